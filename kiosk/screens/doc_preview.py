"""Document self-service: the PDF that will print, shown page by page as images of it, then
printed; the resident is reminded to take the paper."""

from __future__ import annotations

from kiosk.qt import (
    QCoreApplication,
    QFrame,
    QHBoxLayout,
    QImage,
    QLabel,
    QPixmap,
    QScrollArea,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from kiosk.screens.base import Screen, styled_button, styled_label

translate = QCoreApplication.translate


class DocPreviewScreen(Screen):
    print_requested = Signal()
    back_requested = Signal()
    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = "empty"  # empty, rendering, ready, printing, printed, failed
        self.status_text = ""
        self.title = styled_label("title")
        self.pages_widget = QWidget()
        self.pages_widget.setObjectName("PreviewPages")
        self.pages = QVBoxLayout(self.pages_widget)
        self.pages.setSpacing(16)
        self.pages.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.pages_widget)
        self.status = styled_label("success")
        self.status.setObjectName("PreviewStatus")
        self.back_button = styled_button("back")
        self.back_button.setObjectName("PreviewBack")
        self.back_button.clicked.connect(self.back_requested)
        self.print_button = styled_button("primary")
        self.print_button.setObjectName("PreviewPrint")
        self.print_button.setMinimumWidth(280)
        self.print_button.clicked.connect(self.print_requested)
        self.done_button = styled_button("primary")
        self.done_button.setObjectName("PreviewDone")
        self.done_button.setMinimumWidth(280)
        self.done_button.clicked.connect(self.done)
        footer = QHBoxLayout()
        footer.addWidget(self.back_button)
        footer.addStretch(1)
        footer.addWidget(self.print_button)
        footer.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 16)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)
        layout.addLayout(footer)
        self.show_pages([])

    def page_labels(self) -> list[QLabel]:
        return [w for w in self.pages_widget.findChildren(QLabel) if w.objectName() == "Page"]

    def show_pages(self, images: list[QImage]) -> None:
        for label in self.page_labels():
            label.setParent(None)
            label.deleteLater()
        for image in images:
            label = QLabel()
            label.setObjectName("Page")
            label.setPixmap(QPixmap.fromImage(image))
            label.setStyleSheet("border: 2px solid #5A6472; background: #FFFFFF;")
            self.pages.addWidget(label)
        self.state = "ready" if images else "empty"
        self.status_text = ""
        self.retranslate()

    def set_state(self, state: str, text: str = "") -> None:
        self.state = state
        self.status_text = text
        failed = state == "failed"
        self.status.setProperty("state", "error" if failed else "")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(translate("Documents", "This is how your document will print"))
        busy = self.state in ("rendering", "printing")
        if self.state == "rendering":
            self.status.setText(translate("Documents", "Preparing the preview…"))
        elif self.state == "printing":
            self.status.setText(translate("Documents", "Printing… please wait."))
        else:
            self.status.setText(self.status_text)
        self.status.setVisible(bool(self.status.text()))
        self.print_button.setText(translate("Documents", "Print"))
        self.print_button.setEnabled(self.state in ("ready", "failed"))
        self.print_button.setVisible(self.state != "printed")
        self.done_button.setText(translate("Documents", "Done"))
        self.done_button.setVisible(self.state in ("printed", "failed"))
        self.back_button.setText(translate("Documents", "Change something"))
        self.back_button.setEnabled(not busy)
