"""The resident's mediation call: up to five other participants in a grid, each with the
name the service shows (masked) and their role, the resident's own picture, and plain notes
when the mediator has muted them or holds a side talk (the server enforces both; the notes
only say what is happening). One button leaves the call; once the mediator has filled in the
agreement, one beside it opens the agreement (the call goes on behind it) and says what is
new: ready to sign, changed, signed, sealed."""

from __future__ import annotations

from kiosk.flows import agreement as agreement_flow
from kiosk.flows import mediation as flow
from kiosk.qt import (
    QCoreApplication,
    QGridLayout,
    QHBoxLayout,
    QImage,
    QPixmap,
    QResizeEvent,
    QSizePolicy,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from kiosk.screens.base import Screen, styled_button, styled_label
from kiosk.screens.video_label import paint, video_label

translate = QCoreApplication.translate
GRID_COLUMNS = 3
TILE_MAX = (400, 300)


class ParticipantTile(QWidget):
    """One other participant: the picture, then name and role under it."""

    def __init__(self, index: int) -> None:
        super().__init__()
        self.setObjectName(f"MediationTile{index}")
        self.tile: flow.Tile | None = None
        self.picture = video_label(f"MediationTilePicture{index}", (200, 150))
        self.picture.setMaximumSize(*TILE_MAX)  # a 4:3 picture, not a stretched band
        self.caption = styled_label("body")
        self.caption.setObjectName(f"MediationTileName{index}")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.picture, 1, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.caption)

    def show_tile(self, tile: flow.Tile | None) -> None:
        if tile is None or self.tile is None or tile.participant_id != self.tile.participant_id:
            self.picture.clear()
        self.tile = tile
        self.setVisible(tile is not None)
        self.retranslate()

    def showvideo_label(self, image: QImage) -> None:
        pixmap = QPixmap.fromImage(image).scaled(
            self.picture.size(),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.picture.setPixmap(pixmap)

    def retranslate(self) -> None:
        tile = self.tile
        if tile is None:
            self.caption.setText("")
            return
        role = translate("Mediation", flow.ROLES.get(tile.role, tile.role))
        text = translate("Mediation", "%1 · %2").replace("%1", tile.name).replace("%2", role)
        if tile.muted:
            text += " " + translate("Mediation", "(muted)")
        self.caption.setText(text)


class MediationCallScreen(Screen):
    leave_requested = Signal()
    agreement_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = flow.MediationView((), ())
        self.agreement = agreement_flow.AgreementNote.NONE
        self.title = styled_label("title")
        self.tiles = [ParticipantTile(i) for i in range(flow.MAX_TILES)]
        self.own = video_label("MediationSelfView", (160, 120))
        self.own.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.own.setFixedSize(240, 180)
        self.own_caption = styled_label("hint")
        self.notes = styled_label("lead")
        self.notes.setObjectName("MediationNotes")
        self.notes.setStyleSheet("background: #fff4d6; padding: 10px;")
        self.waiting = styled_label("lead")
        self.waiting.setObjectName("MediationWaiting")
        self.leave_button = styled_button("back")
        self.leave_button.setObjectName("MediationLeave")
        self.leave_button.clicked.connect(self.leave_requested)
        self.agreement_button = styled_button("primary")
        self.agreement_button.setObjectName("MediationAgreement")
        self.agreement_button.clicked.connect(self.agreement_requested)
        self._grid = QGridLayout()
        self._grid.setSpacing(12)
        self._columns = 0
        self._arrange(GRID_COLUMNS)
        own = QVBoxLayout()
        own.setSpacing(4)
        own.addWidget(self.own)
        own.addWidget(self.own_caption)
        footer = QHBoxLayout()
        footer.addWidget(self.leave_button, 0, Qt.AlignmentFlag.AlignBottom)
        # beside Leave: no row of its own (the robot and the TV have no height to spare)
        footer.addWidget(self.agreement_button, 0, Qt.AlignmentFlag.AlignBottom)
        footer.addStretch(1)
        footer.addLayout(own)  # this terminal's own picture, small, in the corner
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.notes)
        layout.addWidget(self.waiting)
        layout.addLayout(self._grid)
        layout.addStretch(1)
        layout.addLayout(footer)
        self.show_view(self.view)

    def _arrange(self, columns: int) -> None:
        """Two columns on an upright kiosk, three on a landscape TV or robot."""
        if columns == self._columns:
            return
        self._columns = columns
        for tile in self.tiles:
            self._grid.removeWidget(tile)
        for index, tile in enumerate(self.tiles):
            self._grid.addWidget(tile, index // columns, index % columns)

    def resizeEvent(self, event: QResizeEvent) -> None:
        upright = event.size().height() > event.size().width()
        self._arrange(2 if upright else GRID_COLUMNS)
        super().resizeEvent(event)

    def show_view(self, view: flow.MediationView) -> None:
        self.view = view
        for index, tile in enumerate(self.tiles):
            tile.show_tile(view.tiles[index] if index < len(view.tiles) else None)
        self.retranslate()

    def show_pictures(self, images: dict[str, QImage]) -> None:
        """The newest frame of each participant shown, by participant id (UI thread)."""
        for tile in self.tiles:
            if tile.tile is not None and tile.tile.participant_id in images:
                tile.showvideo_label(images[tile.tile.participant_id])

    def show_own(self, image: QImage) -> None:
        paint(self.own, image)

    def show_agreement(self, note: agreement_flow.AgreementNote) -> None:
        self.agreement = note
        self.retranslate()

    def agreement_text(self) -> str:
        text = agreement_flow.NOTES.get(self.agreement, "")
        return translate("Mediation", text) if text else ""

    def note_texts(self) -> list[str]:
        return [translate("Mediation", flow.NOTES[n]) for n in self.view.notes if n in flow.NOTES]

    def spoken_text(self) -> str:
        agreement = self.agreement_text()
        return "\n".join(
            [self.title.text(), *self.note_texts(), *([agreement] if agreement else [])]
        )

    def retranslate(self) -> None:
        self.title.setText(translate("Mediation", "Mediation call"))
        notes = self.note_texts()
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))
        alone = not self.view.tiles and flow.Note.REMOVED not in self.view.notes
        self.waiting.setText(translate("Mediation", "Waiting for the others to join…"))
        self.waiting.setVisible(alone)
        self.own_caption.setText(translate("Mediation", "You"))
        for tile in self.tiles:
            tile.retranslate()
        self.leave_button.setText(translate("Mediation", "Leave the call"))
        agreement = self.agreement_text()
        self.agreement_button.setText(agreement)
        removed = flow.Note.REMOVED in self.view.notes
        self.agreement_button.setVisible(bool(agreement) and not removed)
