"""When printing fails: a QR code that opens the progress page on the resident's phone, so
they leave with the tracking number even without paper. The screen that holds the panel says
what went wrong with the printer."""

from __future__ import annotations

from kiosk.qt import QCoreApplication, QFrame, QHBoxLayout, QLabel, Qt, QWidget
from kiosk.screens.base import styled_label
from kiosk.screens.qr import qr_pixmap


class PrintProblemPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PrintProblem")
        self.url = ""
        self.scan_hint = styled_label("lead")
        self.scan_hint.setObjectName("PrintProblemScanHint")
        self.code = QLabel()
        self.code.setObjectName("ProgressQr")
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row = QHBoxLayout(self)
        row.setContentsMargins(24, 24, 24, 24)
        row.setSpacing(24)
        row.addWidget(self.scan_hint, 1, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.code, 0, Qt.AlignmentFlag.AlignVCenter)
        self.retranslate()
        self.hide()

    def show_url(self, url: str) -> None:
        """Show the QR code of `url` (the progress page); "" hides the panel."""
        if url != self.url:
            self.url = url
            if url:
                self.code.setPixmap(qr_pixmap(url))
            else:
                self.code.clear()
        self.setVisible(bool(url))

    def retranslate(self) -> None:
        self.scan_hint.setText(
            QCoreApplication.translate(
                "PrintProblem",
                "Scan this QR code with your phone: it opens the progress page of your "
                "application, with its tracking number.",
            )
        )
