"""Legal aid, step 3: everything the resident is about to send, then submit."""

from __future__ import annotations

from kiosk.flows.identity import METHOD_TEXT
from kiosk.flows.legal_aid import QUESTIONS, LegalAidForm
from kiosk.qt import QCoreApplication, QVBoxLayout, QWidget, Signal
from kiosk.screens.base import Screen, styled_label
from kiosk.screens.footer import footer_buttons


class AidReviewScreen(Screen):
    submit_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form: LegalAidForm | None = None
        self.problem = ""
        self.title = styled_label("title")
        self.summary = styled_label("body")
        self.summary.setObjectName("ReviewSummary")
        self.error = styled_label("error")
        self.error.setObjectName("ReviewError")
        footer, self.back_button, go = footer_buttons("ReviewBack", "SubmitButton")
        assert go is not None
        self.submit_button = go
        self.submit_button.clicked.connect(self.submit_requested)
        self.back_button.clicked.connect(self.back_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 24)
        layout.setSpacing(20)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(footer)
        self.retranslate()

    def show_form(self, form: LegalAidForm | None) -> None:
        self.form = form
        self.problem = ""
        self.retranslate()

    def show_problem(self, text: str) -> None:
        """A plain, translated sentence: the application was not stored."""
        self.problem = text
        self.retranslate()

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.title.setText(translate("LegalAid", "Check and submit"))
        lines: list[str] = []
        form = self.form
        if form is not None and form.identity is not None:
            who = form.identity
            how = translate("Identify", METHOD_TEXT[who.method])
            lines.append(translate("LegalAid", "Applicant:") + f" {who.name} {who.masked} ({how})")
            lines.append(translate("LegalAid", "Phone:") + f" {form.phone}")
            for question in QUESTIONS:
                answer = form.answers.get(question.id)
                word = translate("LegalAid", "Yes" if answer else "No")
                lines.append(f"{translate('LegalAid', question.text)} {word}")
            lines.append(translate("LegalAid", "Your case:") + f" {form.description.strip()}")
            lines.append(
                translate("LegalAid", "Photos of documents: %1").replace(
                    "%1", str(len(form.photos))
                )
            )
        self.summary.setText("\n".join(lines))
        self.error.setText(self.problem)
        self.error.setVisible(bool(self.problem))
        self.submit_button.setText(translate("LegalAid", "Submit my application"))
        self.back_button.setText(translate("LegalAid", "Change"))
