"""One answer from the knowledge base in large type, read aloud on request; from here the
resident can ask a lawyer."""

from __future__ import annotations

from kiosk.flows.consultation import Article
from kiosk.qt import (
    QCoreApplication,
    QHBoxLayout,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from kiosk.screens.base import Screen, styled_button, styled_label
from kiosk.screens.footer import footer_buttons
from kiosk.screens.scrolling import scrolling

translate = QCoreApplication.translate


class AnswerScreen(Screen):
    read_aloud_requested = Signal()
    lawyer_requested = Signal()
    back_requested = Signal()
    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.article: Article | None = None
        self.question = styled_label("title")
        self.question.setObjectName("AnswerQuestion")
        self.answer = styled_label("lead")
        self.answer.setObjectName("AnswerText")
        self.answer.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        text = QVBoxLayout()
        text.addWidget(self.answer)
        text.addStretch(1)
        scroll = scrolling(text)
        self.read_button = styled_button("choice")
        self.read_button.setObjectName("AnswerReadAloud")
        self.read_button.clicked.connect(self.read_aloud_requested)
        self.lawyer_button = styled_button("choice")
        self.lawyer_button.setObjectName("AnswerAskLawyer")
        self.lawyer_button.clicked.connect(self.lawyer_requested)
        actions = QHBoxLayout()
        actions.setSpacing(16)
        actions.addWidget(self.read_button)
        actions.addWidget(self.lawyer_button)
        footer, self.back_button, go = footer_buttons("AnswerBack", "AnswerDone")
        assert go is not None
        self.done_button = go
        self.done_button.clicked.connect(self.done)
        self.back_button.clicked.connect(self.back_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 16)
        layout.setSpacing(16)
        layout.addWidget(self.question)
        layout.addWidget(scroll, 1)
        layout.addLayout(actions)
        layout.addLayout(footer)
        self.show_article(None)

    def show_article(self, article: Article | None) -> None:
        self.article = article
        self.retranslate()

    def spoken_text(self) -> str:
        if self.article is None:
            return ""
        return self.article.question + "\n" + self.article.answer

    def answer_text(self) -> str:
        """The answer as the resident reads it (the label holds it as spaced rich text)."""
        return self.article.answer if self.article else ""

    def retranslate(self) -> None:
        self.question.setText(self.article.question if self.article else "")
        # a spaced label (styled_label): plain text shown with line spacing >= 1.3
        self.answer.setText(self.article.answer if self.article else "")
        self.read_button.setText(translate("Consultation", "Read it to me"))
        self.lawyer_button.setText(translate("Consultation", "Ask a lawyer"))
        self.back_button.setText(translate("Consultation", "Back"))
        self.done_button.setText(translate("Consultation", "Done"))
