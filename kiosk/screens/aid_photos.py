"""Legal aid, step 3: photos of supporting documents, taken with the camera.

Live picture, "take photo", then the photo to keep or retake; kept photos are thumbnails with
a delete button each, up to the form's limit. Photos are optional: "Next" always works.
"""

from __future__ import annotations

from kiosk.flows.legal_aid import LegalAidForm
from kiosk.qt import (
    QBoxLayout,
    QCoreApplication,
    QHBoxLayout,
    QLabel,
    QPixmap,
    QPushButton,
    QResizeEvent,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from kiosk.screens.base import Screen, styled_button, styled_label
from kiosk.screens.footer import footer_buttons
from kiosk.screens.preview import CameraPreview

SLOTS = 5
THUMB = (184, 138)


class _Slot(QWidget):
    """One kept photo: a thumbnail and its delete button."""

    def __init__(self, index: int) -> None:
        super().__init__()
        self.image = QLabel()
        self.image.setObjectName(f"PhotoThumb{index}")
        self.image.setFixedSize(*THUMB)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.delete_button = styled_button("back")
        self.delete_button.setObjectName(f"DeletePhoto{index}")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addWidget(self.image)
        column.addWidget(self.delete_button)


class AidPhotosScreen(Screen):
    take_requested = Signal()
    keep_requested = Signal()
    retake_requested = Signal()
    delete_requested = Signal(int)
    next_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None, remote: bool = False) -> None:
        super().__init__(parent)
        self.remote = remote  # the TV: texts name the remote's keys, never a touch
        self.form: LegalAidForm | None = None
        self.pending: bytes | None = None  # a photo just taken, not kept yet
        self.busy = False
        self.camera_ok = True
        self.title = styled_label("title")
        self.hint = styled_label("body")
        self.preview = CameraPreview(480, 360)
        self.count = styled_label("lead")
        self.count.setObjectName("PhotoCount")
        self.take_button = styled_button("primary")
        self.take_button.setObjectName("TakePhoto")
        self.take_button.clicked.connect(self.take_requested)
        self.keep_button = styled_button("primary")
        self.keep_button.setObjectName("KeepPhoto")
        self.keep_button.clicked.connect(self.keep_requested)
        self.retake_button = styled_button("choice")
        self.retake_button.setObjectName("RetakePhoto")
        self.retake_button.clicked.connect(self.retake_requested)
        side = QVBoxLayout()
        side.setSpacing(16)
        for widget in (self.count, self.take_button, self.keep_button, self.retake_button):
            side.addWidget(widget)
        side.addStretch(1)
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.row.setSpacing(24)
        self.row.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignHCenter)
        self.row.addLayout(side, 1)
        self.slots: list[_Slot] = []
        strip = QHBoxLayout()
        strip.setSpacing(16)
        for index in range(SLOTS):
            slot = _Slot(index)
            slot.delete_button.clicked.connect(
                lambda _=False, i=index: self.delete_requested.emit(i)
            )
            self.slots.append(slot)
            strip.addWidget(slot)
        strip.addStretch(1)
        footer, self.back_button, go = footer_buttons("PhotosBack", "PhotosNext")
        assert go is not None
        self.next_button: QPushButton = go
        self.next_button.clicked.connect(self.next_requested)
        self.back_button.clicked.connect(self.back_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 16)
        layout.setSpacing(14)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addLayout(self.row)
        layout.addLayout(strip)
        layout.addStretch(1)
        layout.addLayout(footer)
        self.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.preview.fit(self.row, self.width(), self.height())
        super().resizeEvent(event)

    def arrange_for_writing(self) -> None:
        self.preview.fit(self.row, self.width(), self.height())

    def show_form(self, form: LegalAidForm | None) -> None:
        self.form = form
        self.pending = None
        self.busy = False
        if form is None:
            self.preview.clear()
        self.refresh()

    def set_camera(self, ok: bool) -> None:
        self.camera_ok = ok
        self.refresh()

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.refresh()

    def show_pending(self, jpeg: bytes | None) -> None:
        """A photo just taken (shown still, to keep or retake); None: back to the live view."""
        self.pending = jpeg
        self.busy = False
        if jpeg is not None:
            pixmap = QPixmap()
            pixmap.loadFromData(jpeg)
            self.preview.show_image(pixmap)
        self.refresh()

    def refresh(self) -> None:
        photos = self.form.photos if self.form is not None else None
        for index, slot in enumerate(self.slots):
            if photos is not None and index < len(photos):
                pixmap = QPixmap()
                pixmap.loadFromData(photos.data(index))
                slot.image.setPixmap(
                    pixmap.scaled(
                        slot.image.size(),
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
                slot.show()
            else:
                slot.image.clear()
                slot.hide()
        self.retranslate()

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        photos = self.form.photos if self.form is not None else None
        kept = len(photos) if photos is not None else 0
        limit = photos.max_photos if photos is not None else SLOTS
        self.title.setText(translate("LegalAid", "Photos of your documents (optional)"))
        if self.remote:
            hint = translate(
                "LegalAid",
                "Hold a document, such as a contract or a pay slip, in front of the camera, "
                "go to “Take photo” and press OK.",
            )
        else:
            hint = translate(
                "LegalAid",
                "Hold a document, such as a contract or a pay slip, in front of the camera "
                "and touch “Take photo”.",
            )
        self.hint.setText(hint)
        if not self.camera_ok:
            self.preview.show_message(
                translate(
                    "LegalAid",
                    "The camera is not working right now. You can go on without photos.",
                )
            )
        self.count.setText(
            translate("LegalAid", "%1 of %2 photos")
            .replace("%1", str(kept))
            .replace("%2", str(limit))
        )
        reviewing = self.pending is not None
        full = photos is not None and photos.full
        if reviewing:
            self.count.setText(
                translate(
                    "LegalAid", "Check the photo: can you read the writing? Keep it or retake it."
                )
            )
        self.take_button.setText(
            translate("LegalAid", "Taking the photo…")
            if self.busy
            else translate("LegalAid", "Take photo")
        )
        self.take_button.setVisible(not reviewing)
        self.take_button.setEnabled(self.camera_ok and not self.busy and not full)
        if full and not reviewing:
            self.count.setText(self.count.text() + translate("LegalAid", " (the most you can add)"))
        self.keep_button.setText(translate("LegalAid", "Keep this photo"))
        self.keep_button.setVisible(reviewing)
        self.retake_button.setText(translate("LegalAid", "Retake"))
        self.retake_button.setVisible(reviewing)
        for slot in self.slots:
            slot.delete_button.setText(translate("LegalAid", "Delete"))
        self.next_button.setText(translate("LegalAid", "Next"))
        self.next_button.setEnabled(not reviewing and not self.busy)
        self.back_button.setText(translate("LegalAid", "Back"))
