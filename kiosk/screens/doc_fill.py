"""Document self-service: the chosen form's fields, one under the other, typed on the pinyin
keyboard (choices as large buttons); what the ID card said is already filled in."""

from __future__ import annotations

from api_client.schemas import TemplateField
from kiosk.flows.documents import DocumentForm
from kiosk.qt import (
    QApplication,
    QCoreApplication,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from kiosk.screens.base import Screen, styled_button, styled_label
from kiosk.screens.footer import footer_buttons

translate = QCoreApplication.translate
_DIGITS = {"phone", "id_number", "money"}


class DocFillScreen(Screen):
    wants_keyboard = True
    preview_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form: DocumentForm | None = None
        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.choices: dict[str, dict[str, QPushButton]] = {}
        self.title = styled_label("title")
        self.hint = styled_label("hint")
        self.body = QWidget()
        self.body.setObjectName("ScrollBody")
        self.fields_layout = QVBoxLayout(self.body)
        self.fields_layout.setContentsMargins(0, 0, 16, 0)
        self.fields_layout.setSpacing(8)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(self.body)
        self.problem = styled_label("body")
        self.problem.setObjectName("DocFillProblem")
        self.problem.setProperty("state", "error")
        footer, self.back_button, go = footer_buttons("DocFillBack", "DocFillPreview")
        assert go is not None
        self.preview_button = go
        self.preview_button.clicked.connect(self.preview_requested)
        self.back_button.clicked.connect(self.back_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 16)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.scroller, 1)
        layout.addWidget(self.problem)
        layout.addLayout(footer)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
        self.show_form(None)

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        """The field being typed into stays in view above the keyboard."""
        if new is not None and new in self.edits.values():
            self.scroller.ensureWidgetVisible(new, 0, 40)

    def show_form(self, form: DocumentForm | None) -> None:
        self.form = None  # no echo into the form while the widgets are rebuilt
        while self.fields_layout.count():
            item = self.fields_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.edits, self.choices = {}, {}
        if form is not None:
            for f in form.fields:
                self._add_field(f, form.values.get(f.name, ""))
        self.fields_layout.addStretch(1)
        self.form = form
        self.retranslate()

    def _add_field(self, f: TemplateField, value: str) -> None:
        label = styled_label("body")
        label.setText(f.label + ("" if f.required else translate("Documents", " (optional)")))
        self.fields_layout.addWidget(label)
        if f.type == "choice":
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            buttons: dict[str, QPushButton] = {}
            for choice in f.choices:
                button = styled_button("toggle")
                button.setObjectName(f"choice_{f.name}_{len(buttons)}")
                button.setCheckable(True)
                button.setChecked(choice == value)
                button.setText(choice)
                button.clicked.connect(lambda _=False, n=f.name, c=choice: self._chose(n, c))
                line.addWidget(button)
                buttons[choice] = button
            line.addStretch(1)
            self.fields_layout.addWidget(row)
            self.choices[f.name] = buttons
            return
        edit: QLineEdit | QPlainTextEdit
        if f.type == "multiline":
            edit = QPlainTextEdit()
            edit.setPlainText(value)
            edit.setMinimumHeight(150)
            edit.textChanged.connect(lambda n=f.name, e=edit: self._typed(n, e.toPlainText()))
        else:
            edit = QLineEdit()
            edit.setText(value)
            edit.setMaxLength(f.max_length)
            edit.textChanged.connect(lambda text, n=f.name: self._typed(n, text))
            if f.type in _DIGITS:
                edit.setInputMethodHints(Qt.InputMethodHint.ImhPreferNumbers)
        edit.setObjectName(f"field_{f.name}")
        self.fields_layout.addWidget(edit)
        self.edits[f.name] = edit

    def _typed(self, name: str, text: str) -> None:
        if self.form is not None:
            self.form.set(name, text)
            self.retranslate()

    def _chose(self, name: str, choice: str) -> None:
        if self.form is not None:
            self.form.set(name, choice)
        for text, button in self.choices.get(name, {}).items():
            button.setChecked(text == choice)
        self.retranslate()

    def spoken_text(self) -> str:
        return self.title.text() + "\n" + self.hint.text()

    def retranslate(self) -> None:
        form = self.form
        self.title.setText(form.template.title if form else "")
        self.hint.setText(
            translate(
                "Documents",
                "Fill in the fields with the keyboard below. What your ID card says is "
                "already filled in.",
            )
        )
        problems = form.problems() if form else []
        text = " ".join(translate("Documents", m).replace("%1", a) for m, a in problems)
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        self.preview_button.setText(translate("Documents", "See how it will print"))
        self.preview_button.setEnabled(form is not None and not problems)
        self.back_button.setText(translate("Documents", "Back"))
