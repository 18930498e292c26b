"""Legal aid, done: the tracking number, the receipt being printed, then "take your receipt"."""

from __future__ import annotations

import enum

from kiosk.qt import QCoreApplication, Qt, QVBoxLayout, QWidget, Signal
from kiosk.screens.base import Screen, styled_button, styled_label
from kiosk.screens.fitted_label import FittedLabel
from kiosk.screens.print_problem import PrintProblemPanel


class PrintState(enum.Enum):
    PRINTING = "printing"
    PRINTED = "printed"
    FAILED = "failed"


class AidReceiptScreen(Screen):
    done = Signal()
    video_requested = Signal()  # talk to a clerk of the legal aid centre by video now

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tracking = ""
        self.state = PrintState.PRINTING
        self.printer_problem = ""
        self.title = styled_label("title")
        self.intro = styled_label("body")
        self.number = FittedLabel()  # a long number must not widen the window past the screen
        self.number.setProperty("role", "hero")
        self.number.setObjectName("TrackingNumber")
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.print_status = styled_label("lead")
        self.print_status.setObjectName("PrintStatus")
        self.next_steps = styled_label("hint")
        self.print_problem = PrintProblemPanel()
        self.done_button = styled_button("primary")
        self.done_button.setObjectName("ReceiptDone")
        self.done_button.setMinimumWidth(320)
        self.done_button.clicked.connect(self.done)
        self.video_button = styled_button("choice")
        self.video_button.setObjectName("ReceiptVideo")
        self.video_button.clicked.connect(self.video_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 24)
        layout.setSpacing(20)
        for widget in (
            self.title,
            self.intro,
            self.number,
            self.print_status,
            self.print_problem,
            self.next_steps,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.video_button)
        layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignRight)
        self.retranslate()

    def show_receipt(
        self, tracking: str, state: PrintState, printer_problem: str = "", progress_url: str = ""
    ) -> None:
        """`progress_url` (the progress page of `tracking`) is shown as a QR code when the
        receipt could not be printed."""
        self.tracking = tracking
        self.state = state
        self.printer_problem = printer_problem
        self.print_problem.show_url(progress_url if state is PrintState.FAILED else "")
        self.retranslate()

    def spoken_text(self) -> str:
        return "\n".join((self.title.text(), self.print_status.text()))

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.title.setText(translate("Receipt", "Your application has been received"))
        self.intro.setText(translate("Receipt", "Your tracking number:"))
        self.number.setText(self.tracking)
        if self.state is PrintState.PRINTING:
            status = translate("Receipt", "Printing your receipt…")
        elif self.state is PrintState.PRINTED:
            status = translate("Receipt", "Please take your receipt from the printer.")
        else:
            status = (
                self.printer_problem
                + " "
                + translate(
                    "Receipt",
                    "Please write down the tracking number; your application is kept and "
                    "will be sent.",
                )
            )
        self.print_status.setText(status)
        self.print_status.setProperty("state", "error" if self.state is PrintState.FAILED else "")
        self.next_steps.setText(
            translate(
                "Receipt",
                "The legal aid centre will call you within 7 working days. You can check "
                "progress with the tracking number here or on the QR code of the receipt.",
            )
        )
        self.print_problem.retranslate()
        self.done_button.setText(translate("Receipt", "Done"))
        self.done_button.setEnabled(self.state is not PrintState.PRINTING)
        self.video_button.setText(translate("Receipt", "Talk to a legal aid clerk by video now"))
        self.video_button.setEnabled(bool(self.tracking) and self.state is not PrintState.PRINTING)
