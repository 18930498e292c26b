"""Document self-service, first screen: one large button per document form."""

from __future__ import annotations

from api_client.schemas import TemplateOut
from kiosk.qt import QCoreApplication, QPushButton, QVBoxLayout, QWidget, Signal
from kiosk.screens.base import Screen, styled_button, styled_label
from kiosk.screens.footer import footer_buttons

translate = QCoreApplication.translate
MAX_TEMPLATES = 8


class DocsScreen(Screen):
    template_chosen = Signal(str)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None, remote: bool = False) -> None:
        super().__init__(parent)
        self.remote = remote  # the TV: texts name the remote's keys, never a touch
        self.templates: list[TemplateOut] = []
        self.message_text = ""
        self.title = styled_label("title")
        self.hint = styled_label("hint")
        self.buttons: list[QPushButton] = []
        column = QVBoxLayout()
        column.setSpacing(14)
        for index in range(MAX_TEMPLATES):
            button = styled_button("choice")
            button.setObjectName(f"template_{index}")
            button.clicked.connect(lambda _=False, i=index: self._chosen(i))
            column.addWidget(button)
            self.buttons.append(button)
        self.message = styled_label("body")
        self.message.setObjectName("DocsMessage")
        footer, self.back_button, _go = footer_buttons("DocsBack", None)
        self.back_button.clicked.connect(self.back_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 16)
        layout.setSpacing(16)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addLayout(column)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(footer)
        self.show_templates([], "")

    def show_templates(self, templates: list[TemplateOut], message: str) -> None:
        self.templates = templates[:MAX_TEMPLATES]
        self.message_text = message
        self.retranslate()

    def _chosen(self, index: int) -> None:
        if index < len(self.templates):
            self.template_chosen.emit(self.templates[index].code)

    def spoken_text(self) -> str:
        return "\n".join(t for t in (self.title.text(), self.hint.text(), self.message_text) if t)

    def retranslate(self) -> None:
        self.title.setText(translate("Documents", "Fill in and print a document"))
        if self.remote:
            hint = translate(
                "Documents", "Choose the document you need with the arrow keys and OK:"
            )
        else:
            hint = translate("Documents", "Touch the document you need:")
        self.hint.setText(hint)
        self.hint.setVisible(bool(self.templates))
        for index, button in enumerate(self.buttons):
            button.setVisible(index < len(self.templates))
            if index < len(self.templates):
                button.setText(self.templates[index].title)
        self.message.setText(self.message_text)
        self.message.setVisible(bool(self.message_text))
        self.back_button.setText(translate("Documents", "Back"))
