"""The document staff pushed during the call, full screen: one page at a time with page
turning, read aloud and print on request, and the pad the resident signs on with a finger.
A view over kiosk.flows.signing.PushedDocument; the controller fills it."""

from __future__ import annotations

from collections.abc import Callable

from kiosk.flows import QT_TRANSLATE_NOOP
from kiosk.flows.signing import PushedDocument
from kiosk.qt import (
    QBoxLayout,
    QCoreApplication,
    QHBoxLayout,
    QImage,
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
from kiosk.screens.document_wide import WideSides
from kiosk.screens.signature_pad import SignaturePad
from kiosk.screens.writing_mode import KEEP_UPRIGHT, vertical_now

translate = QCoreApplication.translate
ROW_IN_COLUMNS_PX = 240  # the tallest a row of Mongolian words grows
UNBOUNDED = 16_777_215  # Qt's QWIDGETSIZE_MAX
# What the status line says in each state (the controller may say more)
STATES = {
    "fetching": QT_TRANSLATE_NOOP("PushedDocument", "The document is on its way…"),
    "reading": QT_TRANSLATE_NOOP(
        "PushedDocument",
        "Please read the document. When you agree, sign in the box with your finger.",
    ),
    "sending": QT_TRANSLATE_NOOP("PushedDocument", "Sending your signature…"),
    "signed": QT_TRANSLATE_NOOP(
        "PushedDocument", "Signed. The notary has received your signature."
    ),
    # the mediation agreement (kiosk.controllers.agreement): every party signs, not a notary
    "agreement_signed": QT_TRANSLATE_NOOP(
        "PushedDocument", "Signed. Your signature is on the agreement."
    ),
    "changed": QT_TRANSLATE_NOOP(
        "PushedDocument", "The document was changed. Please read it again and sign again."
    ),
    "empty_pad": QT_TRANSLATE_NOOP("PushedDocument", "Please sign in the box first."),
    "failed": QT_TRANSLATE_NOOP(
        "PushedDocument", "Your signature could not be sent. Please try again."
    ),
    "printing": QT_TRANSLATE_NOOP("PushedDocument", "Printing… please wait."),
    "printed": QT_TRANSLATE_NOOP(
        "PushedDocument", "Printed. Please take your document from the printer below the screen."
    ),
    "print_failed": QT_TRANSLATE_NOOP("PushedDocument", "The document could not be printed."),
}


class PushedDocumentScreen(Screen):
    turn_requested = Signal(int)  # -1 back, +1 forward
    read_requested = Signal()
    print_requested = Signal()
    sign_requested = Signal()
    back_requested = Signal()

    def __init__(
        self, parent: QWidget | None = None, wide: bool = False, tall: bool = False
    ) -> None:
        super().__init__(parent)
        self.wide = wide  # a landscape terminal (robot, TV): the signing beside the page
        self.tall = tall  # and tall enough to stack more under the pad (document_wide)
        self.document: PushedDocument | None = None
        self.state = "empty"
        self._image: QImage | None = None
        self.title = styled_label("title")
        self.title.setObjectName("DocumentTitle")
        self.page = QLabel()
        self.page.setObjectName("DocumentPage")
        self.page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page.setMinimumSize(300, 300)
        self.page.setStyleSheet("border: 2px solid #5A6472; background: #FFFFFF;")
        self.page_number = styled_label("body")
        self.page_number.setObjectName("DocumentPageNumber")
        self.page_number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.previous = self._button("secondary", "DocumentPrevious", lambda: self._turn(-1))
        self.next = self._button("secondary", "DocumentNext", lambda: self._turn(1))
        self.read = self._button("secondary", "DocumentRead", self.read_requested.emit)
        self.print_button = self._button("secondary", "DocumentPrint", self.print_requested.emit)
        self.pad = SignaturePad()
        self.pad_hint = styled_label("body")
        self.clear = self._button("secondary", "DocumentClear", self.pad.clear)
        self.sign = self._button("primary", "DocumentSign", self.sign_requested.emit)
        self.back = self._button("back", "DocumentBack", self.back_requested.emit)
        self.status = styled_label("success")
        self.status.setObjectName("DocumentStatus")
        self.pad.inked.connect(self._inked)
        self.pad.cleared.connect(self._enable)
        self._arrange()
        self.retranslate()

    def _button(self, role: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = styled_button(role)
        button.setObjectName(name)
        button.setMinimumHeight(72)
        button.clicked.connect(slot)
        return button

    def _arrange(self) -> None:
        """The page takes the screen's height; below it the page turning, the pad beside its
        two buttons, and the footer with Back, the status and the page's own actions. In
        Mongolian the words stand in columns, so rows are taller and fewer: the actions and
        Back join the page turning, and the hint stands beside the status or the pad (see
        arrange_for_writing). The page is a Chinese document either way.

        On a landscape terminal (`wide`) the page and its turning stand on the left, the
        signing (pad, Sign, Clear, what side_widgets adds) on the right: both within the
        height without scrolling (kiosk.screens.document_wide)."""
        self.controls = QHBoxLayout()
        self.controls.setSpacing(12)
        for widget in (self.previous, self.page_number, self.next):
            self.controls.addWidget(widget, 1 if widget is self.page_number else 0)
        for button in (self.previous, self.next, self.read, self.print_button):
            button.setMinimumWidth(120)
        self.pad_buttons = QVBoxLayout()
        self.pad_buttons.addWidget(self.sign, 1)
        self.pad_buttons.addWidget(self.clear)
        self.signing = QHBoxLayout()
        self.signing.setSpacing(16)
        self.signing.addWidget(self.pad)
        self.signing.addLayout(self.pad_buttons, 1)
        self.footer = QHBoxLayout()
        self.footer.setSpacing(12)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(32, 16, 32, 12)
        self.layout_.setSpacing(10)
        self.layout_.addWidget(self.title)
        boxes: list[QBoxLayout] = [self.layout_, self.controls, self.signing, self.pad_buttons]
        if self.wide:
            self.sides = WideSides(self, self.tall)
            self.layout_.addLayout(self.sides.body, 1)
            boxes += self.sides.boxes()
        else:
            self.layout_.addWidget(self.page, 1)
            self.layout_.addLayout(self.controls)
            self.layout_.addLayout(self.signing)
        self.layout_.addLayout(self.footer)
        for box in (*boxes, self.footer):
            box.setProperty(KEEP_UPRIGHT, True)
        self._place(vertical=False)

    def side_widgets(self) -> list[QWidget]:
        """What stands above the pad on a landscape terminal (the agreement: the parties)."""
        return []

    def _place(self, vertical: bool) -> None:
        """Where the hint, Back, the status and the page's actions stand in each script."""
        if self.wide:
            self.sides.place(vertical)
            return
        movable = (self.pad_hint, self.back, self.status, self.read, self.print_button)
        for widget in movable:
            for box in (self.layout_, self.controls, self.signing, self.footer):
                box.removeWidget(widget)
        self.controls.setSpacing(8 if vertical else 12)  # six columns of buttons in a row
        self.layout_.setContentsMargins(24 if vertical else 32, 16, 24 if vertical else 32, 12)
        if vertical:
            for widget in (self.read, self.print_button, self.back):
                self.controls.addWidget(widget)
            self.footer.addWidget(self.pad_hint)  # a portrait kiosk: the footer has room
            self.footer.addWidget(self.status, 1)
        else:
            self.layout_.insertWidget(self.layout_.indexOf(self.page) + 2, self.pad_hint)
            self.footer.addWidget(self.back)
            self.footer.addWidget(self.status, 1)
            self.footer.addWidget(self.read)
            self.footer.addWidget(self.print_button)

    # --- what the controller shows ----------------------------------------------------------

    def show_document(self, document: PushedDocument | None) -> None:
        """A new document (or version): the pad is cleared, the first page comes with
        show_page."""
        self.document = document
        self.pad.clear()
        self._image = None
        self.page.clear()
        self.set_state(document.state if document is not None else "empty")

    def show_page(self, image: QImage | None) -> None:
        self._image = image
        self._fit()
        self.retranslate()

    def set_state(self, state: str) -> None:
        self.state = state
        self.pad.locked = state in ("sending", "signed", "agreement_signed")
        failed = state in ("failed", "print_failed", "empty_pad")
        self.status.setProperty("state", "error" if failed else "")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.retranslate()

    def arrange_for_writing(self) -> None:
        """Words written in columns need taller rows: up to ROW_IN_COLUMNS_PX, after which a
        longer text wraps into more columns (the page keeps the rest of the height)."""
        vertical = vertical_now()
        self._place(vertical)
        for widget in (
            self.title,
            self.previous,
            self.next,
            self.read,
            self.print_button,
            self.clear,
            self.sign,
            self.back,
            self.page_number,
            self.pad_hint,
            self.status,
        ):
            tall = min(widget.sizeHint().height(), ROW_IN_COLUMNS_PX)
            widget.setMinimumHeight(tall if vertical else 0)
            widget.setMaximumHeight(ROW_IN_COLUMNS_PX if vertical else UNBOUNDED)
        for button in (self.previous, self.next, self.read, self.print_button, self.back):
            button.setMinimumHeight(max(button.minimumHeight(), 72))

    def _turn(self, step: int) -> None:
        self.turn_requested.emit(step)

    def _fit(self) -> None:
        if self._image is None or self._image.isNull():
            return
        size = self.page.contentsRect().size()
        pixmap = QPixmap.fromImage(self._image).scaled(
            size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        self.page.setPixmap(pixmap)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _inked(self) -> None:
        if self.state == "empty_pad":  # the reminder is answered
            self.set_state("reading")
        self._enable()

    def _enable(self) -> None:
        doc = self.document
        ready = doc is not None and doc.pages > 0
        self.previous.setEnabled(ready and doc is not None and doc.page > 0)
        self.next.setEnabled(ready and doc is not None and doc.page < doc.pages - 1)
        self.read.setEnabled(ready)
        self.print_button.setEnabled(ready and self.state != "printing")
        writable = ready and self.state not in ("sending", "signed")
        self.clear.setEnabled(writable and bool(self.pad.ink.strokes))
        self.sign.setEnabled(writable)

    def spoken_text(self) -> str:
        return f"{self.title.text()} {self.status.text()}"

    def retranslate(self) -> None:
        doc = self.document
        self.title.setText(doc.title if doc is not None else "")
        if doc is not None and doc.pages:
            self.page_number.setText(
                translate("PushedDocument", "Page %1 of %2")
                .replace("%1", str(doc.page + 1))
                .replace("%2", str(doc.pages))
            )
        else:
            self.page_number.setText("")
        self.previous.setText(translate("PushedDocument", "Previous page"))
        self.next.setText(translate("PushedDocument", "Next page"))
        self.read.setText(translate("PushedDocument", "Read this page aloud"))
        self.print_button.setText(translate("PushedDocument", "Print"))
        self.pad_hint.setText(translate("PushedDocument", "Sign here with your finger"))
        self.clear.setText(translate("PushedDocument", "Clear"))
        self.sign.setText(translate("PushedDocument", "Confirm my signature"))
        self.back.setText(translate("PushedDocument", "Back to the call"))
        text = STATES.get(self.state, "")
        self.status.setText(translate("PushedDocument", text) if text else "")
        self.status.setVisible(bool(text))
        self._enable()
