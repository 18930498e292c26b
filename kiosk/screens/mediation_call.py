"""The resident's mediation call: up to five other participants in a grid that fills the screen
(kiosk/screens/tile_grid.py), each with the name the service shows (masked) and their role,
the resident's own picture as a tile of its own, and plain notes
when the mediator has muted them or holds a side talk (the server enforces both; the notes
only say what is happening). One button leaves the call; once the mediator has filled in the
agreement, one beside it opens the agreement (the call goes on behind it) and says what is
new: ready to sign, changed, signed, sealed.

In Mongolian the screen turns as every screen does (kiosk.screens.writing_mode): on the robot
and the TV the title and the notes stand as columns beside the grid. On the upright kiosk
(`upright`) that left the grid a narrow column beside a banner as tall as the screen, so there
the screen keeps its rows while the grid is small: the title, the notes, Leave and the
agreement's button side by side in one short row of columns above the grid, and the grid takes
the width (see _place)."""

from __future__ import annotations

from kiosk.flows import agreement as agreement_flow
from kiosk.flows import mediation as flow
from kiosk.qt import (
    QBoxLayout,
    QCoreApplication,
    QHBoxLayout,
    QImage,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from kiosk.screens.base import Screen, styled_button, styled_label
from kiosk.screens.pushed_document import UNBOUNDED
from kiosk.screens.script_text import ScriptButton
from kiosk.screens.tile_grid import GridTile, TileGrid
from kiosk.screens.writing_mode import (
    KEEP_UPRIGHT,
    invalidate_all,
    is_vertical_lr,
    turned_alignment,
    vertical_now,
)

translate = QCoreApplication.translate
CONNECTING = "Connecting…"
PAUSED = "Paused during the private talk"
# The upright kiosk in Mongolian (1080x1920, measured): with up to 4 tiles the grid below one
# row of columns gives larger pictures than one tall column beside them (2 tiles: 838 px
# wide against 483, 3: 604 against 483); with 5 or 6 the tall column does (483 and 402).
ROWS_UP_TO_TILES = 4
# that row's height: a Mongolian word of the title (its largest type) fits in one column
HEADER_ROW_PX = 360


class ParticipantTile(GridTile):
    """One other participant: the picture, then name and role under it (in Mongolian in a
    column beside it); "connecting…" until a frame comes, "paused" during a side talk the
    server keeps from this terminal (never the frozen last frame)."""

    def __init__(self, index: int) -> None:
        super().__init__(f"MediationTilePicture{index}", f"MediationTileName{index}")
        self.setObjectName(f"MediationTile{index}")
        self.tile: flow.Tile | None = None

    def show_tile(self, tile: flow.Tile | None) -> None:
        if (
            tile is None
            or self.tile is None
            or tile.participant_id != self.tile.participant_id
            or tile.paused
        ):
            self.clear_frame()
        self.tile = tile
        self.setVisible(tile is not None)
        self.retranslate()

    def showvideo_label(self, image: QImage) -> None:
        if self.tile is not None and self.tile.paused:
            return  # a stale frame from before the side talk: the placeholder stays
        self.show_frame(image)

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
        self.placeholder.setText(translate("Mediation", PAUSED if tile.paused else CONNECTING))


class MediationCallScreen(Screen):
    leave_requested = Signal()
    agreement_requested = Signal()

    def __init__(self, parent: QWidget | None = None, upright: bool = False) -> None:
        super().__init__(parent)
        self.upright = upright  # a portrait terminal (the kiosk): rows stay rows in Mongolian
        self.view = flow.MediationView((), ())
        self.agreement = agreement_flow.AgreementNote.NONE
        self.title = styled_label("title")
        self.tiles = [ParticipantTile(i) for i in range(flow.MAX_TILES)]
        # this terminal's own picture: the last tile of the grid, captioned "You"
        self.own_tile = GridTile("MediationSelfView", "MediationSelfCaption")
        self.own = self.own_tile.picture
        self.own_caption = self.own_tile.caption
        self.grid = TileGrid([*self.tiles, self.own_tile])
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
        self.footer = QHBoxLayout()
        self.footer.addWidget(self.leave_button, 0, Qt.AlignmentFlag.AlignBottom)
        # beside Leave: no row of its own (the robot and the TV have no height to spare)
        self.footer.addWidget(self.agreement_button, 0, Qt.AlignmentFlag.AlignBottom)
        self.footer.addStretch(1)
        # the title and the notes: rows above the grid, in Mongolian columns side by side
        self.header = QVBoxLayout()
        self.header.setContentsMargins(0, 0, 0, 0)
        self.header.setSpacing(12)
        for widget in (self.title, self.notes, self.waiting):
            self.header.addWidget(widget)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(24, 16, 24, 16)
        self.layout_.setSpacing(12)
        self.layout_.addLayout(self.header)
        self.layout_.addWidget(self.grid, 1)  # the pictures take all the room the rest leaves
        self.layout_.addLayout(self.footer)
        # on the upright kiosk this screen turns its outer layout itself (_place)
        self.layout_.setProperty(KEEP_UPRIGHT, upright)
        self.in_rows = False
        self._placed_vertical = False
        self.show_view(self.view)

    def arrange_for_writing(self) -> None:
        self.grid.set_beside(vertical_now())
        self._place()

    def _place(self) -> None:
        """On the upright kiosk in Mongolian with few tiles: one row of columns (the title, the
        notes, Leave and the agreement's button) above a grid as wide as the screen. With more
        tiles the grid's pictures are larger in one tall column (captions beside them take
        width a second column cannot spare), so the screen turns as the others do."""
        rows = (
            self.upright
            and vertical_now()
            and len(self.view.tiles) + 1 <= ROWS_UP_TO_TILES  # the others and this terminal
        )
        if not self.upright or (rows == self.in_rows and self._placed_vertical == vertical_now()):
            return
        self.in_rows, self._placed_vertical = rows, vertical_now()
        columns = vertical_now() and not rows  # as the writing mode would turn it
        direction = QBoxLayout.Direction
        self.layout_.setDirection(direction.LeftToRight if columns else direction.TopToBottom)
        self.layout_.setContentsMargins(*((16, 24, 16, 24) if columns else (24, 16, 24, 16)))
        for button in (self.leave_button, self.agreement_button):
            self.header.removeWidget(button)
            self.footer.removeWidget(button)
        if rows:
            self.header.addStretch(1)
            self.header.addWidget(self.leave_button)
            self.header.addWidget(self.agreement_button)
        else:
            self._drop_header_stretch()
            bottom = Qt.AlignmentFlag.AlignBottom
            align = turned_alignment(bottom) if is_vertical_lr(self.footer) else bottom
            self.footer.insertWidget(0, self.leave_button, 0, align)
            self.footer.insertWidget(1, self.agreement_button, 0, align)
        buttons = (self.leave_button, self.agreement_button)
        for widget in (self.title, self.notes, self.waiting, *buttons):
            widget.setMaximumHeight(HEADER_ROW_PX if rows else UNBOUNDED)
        for button in buttons:
            if isinstance(button, ScriptButton):  # its columns were for the other place
                button.forget_height()
        invalidate_all(self)

    def _drop_header_stretch(self) -> None:
        for index in reversed(range(self.header.count())):
            item = self.header.itemAt(index)
            if item is not None and item.spacerItem() is not None:
                self.header.takeAt(index)

    def show_view(self, view: flow.MediationView) -> None:
        self.view = view
        for index, tile in enumerate(self.tiles):
            tile.show_tile(view.tiles[index] if index < len(view.tiles) else None)
        self.retranslate()
        self._place()

    def show_pictures(self, images: dict[str, QImage]) -> None:
        """The newest frame of each participant shown, by participant id (UI thread)."""
        for tile in self.tiles:
            if tile.tile is not None and tile.tile.participant_id in images:
                tile.showvideo_label(images[tile.tile.participant_id])

    def show_own(self, image: QImage) -> None:
        self.own_tile.show_frame(image)

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
        self.own_tile.placeholder.setText(translate("Mediation", CONNECTING))
        for tile in self.tiles:
            tile.retranslate()
        self.grid.relayout()
        self.leave_button.setText(translate("Mediation", "Leave the call"))
        agreement = self.agreement_text()
        self.agreement_button.setText(agreement)
        removed = flow.Note.REMOVED in self.view.notes
        self.agreement_button.setVisible(bool(agreement) and not removed)
