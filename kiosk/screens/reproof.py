"""Identity re-proof after a dropped notarisation call: the resident places the ID card used
at the start on the reader again before the call resumes. A view over
kiosk.flows.reproof.ReproofStep: the controller says what the read found; the screen says it
in plain words, large, and offers one way out (end the call)."""

from __future__ import annotations

from kiosk.flows.reproof import STEP_TEXT, ReproofStep
from kiosk.qt import QCoreApplication, Qt, QVBoxLayout, QWidget, Signal
from kiosk.screens.base import Screen, styled_button, styled_label


class ReproofScreen(Screen):
    end_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = ReproofStep.WAITING
        self.title = styled_label("title")
        self.why = styled_label("lead")
        self.why.setObjectName("ReproofWhy")
        self.why.setWordWrap(True)
        self.status = styled_label("lead")
        self.status.setObjectName("ReproofStatus")
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.end_button = styled_button("back")
        self.end_button.setObjectName("ReproofEnd")
        self.end_button.clicked.connect(self.end_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 24)
        layout.setSpacing(24)
        layout.addWidget(self.title)
        layout.addWidget(self.why)
        layout.addStretch(1)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.end_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate()

    def show_step(self, step: ReproofStep) -> None:
        self.step = step
        self.retranslate()

    def spoken_text(self) -> str:
        return "\n".join(t for t in (self.why.text(), self.status.text()) if t)

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.title.setText(translate("Reproof", "Please confirm who you are again"))
        self.why.setText(
            translate(
                "Reproof",
                "The call was interrupted. Before the notary continues, the law asks us to "
                "check again that it is still you.",
            )
        )
        self.status.setText(translate("Reproof", STEP_TEXT[self.step]))
        problem = self.step in (
            ReproofStep.WRONG_CARD,
            ReproofStep.UNREADABLE,
            ReproofStep.NOT_SENT,
        )
        self.status.setProperty("state", "error" if problem else "")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.end_button.setText(translate("Reproof", "End the call"))
