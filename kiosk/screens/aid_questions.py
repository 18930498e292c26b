"""Legal aid, step 1: who applies (pre-filled from the identity) and the eligibility questions."""

from __future__ import annotations

from kiosk.flows.identity import METHOD_TEXT
from kiosk.flows.legal_aid import QUESTIONS, LegalAidForm
from kiosk.qt import (
    QCoreApplication,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from kiosk.screens.base import Screen, styled_button, styled_label
from kiosk.screens.footer import footer_buttons


class AidQuestionsScreen(Screen):
    next_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form: LegalAidForm | None = None
        self.title = styled_label("title")
        self.applicant = styled_label("lead")
        self.applicant.setObjectName("Applicant")
        self.question_labels: dict[str, QLabel] = {}
        self.yes: dict[str, QPushButton] = {}
        self.no: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(16)
        grid.setColumnStretch(0, 1)
        for row, question in enumerate(QUESTIONS):
            label = styled_label("body")
            self.question_labels[question.id] = label
            grid.addWidget(label, row, 0)
            for col, (answers, yes) in enumerate(((self.yes, True), (self.no, False)), start=1):
                button = styled_button("toggle")
                button.setObjectName(f"{question.id}_{'yes' if yes else 'no'}")
                button.setCheckable(True)
                button.setMinimumWidth(120)
                button.clicked.connect(lambda _=False, q=question.id, y=yes: self._answer(q, y))
                answers[question.id] = button
                grid.addWidget(button, row, col)
        self.note = styled_label("hint")
        self.note.setObjectName("EligibilityNote")
        footer, self.back_button, go = footer_buttons("QuestionsBack", "QuestionsNext")
        assert go is not None
        self.next_button = go
        self.next_button.clicked.connect(self.next_requested)
        self.back_button.clicked.connect(self.back_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 24)
        layout.setSpacing(20)
        layout.addWidget(self.title)
        layout.addWidget(self.applicant)
        layout.addLayout(grid)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addLayout(footer)
        self.retranslate()

    def show_form(self, form: LegalAidForm | None) -> None:
        self.form = form
        for question in QUESTIONS:
            answer = form.answers.get(question.id) if form is not None else None
            self.yes[question.id].setChecked(answer is True)
            self.no[question.id].setChecked(answer is False)
        self.retranslate()

    def _answer(self, question_id: str, yes: bool) -> None:
        if self.form is None:
            return
        self.form.answer(question_id, yes)
        self.show_form(self.form)

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.title.setText(translate("LegalAid", "Apply for legal aid"))
        form = self.form
        if form is not None and form.identity is not None:
            who = form.identity
            how = translate("Identify", METHOD_TEXT[who.method])
            text = translate("LegalAid", "Applicant: %1 %2 (%3)")
            self.applicant.setText(
                text.replace("%1", who.name).replace("%2", who.masked).replace("%3", how)
            )
        else:
            self.applicant.setText("")
        for question in QUESTIONS:
            self.question_labels[question.id].setText(translate("LegalAid", question.text))
            self.yes[question.id].setText(translate("LegalAid", "Yes"))
            self.no[question.id].setText(translate("LegalAid", "No"))
        if form is not None and form.all_answered and not form.likely_eligible:
            self.note.setText(
                translate(
                    "LegalAid",
                    "You may not qualify, but you can still apply: staff at the legal aid "
                    "centre decide.",
                )
            )
        else:
            self.note.setText(translate("LegalAid", "Answer each question with Yes or No."))
        self.next_button.setText(translate("LegalAid", "Next"))
        self.next_button.setEnabled(form is not None and form.all_answered)
        self.back_button.setText(translate("LegalAid", "Back"))
