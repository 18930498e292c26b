"""Legal aid, step 2: a phone number and the case description, typed on the pinyin keyboard."""

from __future__ import annotations

from kiosk.flows.legal_aid import MAX_DESCRIPTION, LegalAidForm
from kiosk.qt import QCoreApplication, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget, Signal
from kiosk.screens.base import Screen, styled_label
from kiosk.screens.footer import footer_buttons


class AidDetailsScreen(Screen):
    """The main window shows the on-screen keyboard under this screen (`wants_keyboard`)."""

    wants_keyboard = True
    next_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None, remote: bool = False) -> None:
        super().__init__(parent)
        self.remote = remote  # the TV: texts name the remote's keys, never a touch
        self.form: LegalAidForm | None = None
        self.title = styled_label("title")
        self.phone_label = styled_label("body")
        self.phone_edit = QLineEdit()
        self.phone_edit.setObjectName("PhoneEdit")
        self.phone_edit.setMaxLength(16)
        self.description_label = styled_label("body")
        self.description_edit = QPlainTextEdit()
        self.description_edit.setObjectName("DescriptionEdit")
        self.description_edit.setMinimumHeight(120)
        self.hint = styled_label("hint")
        self.hint.setObjectName("DetailsHint")
        self.phone_edit.textChanged.connect(self._edited)
        self.description_edit.textChanged.connect(self._edited)
        footer, self.back_button, go = footer_buttons("DetailsBack", "DetailsNext")
        assert go is not None
        self.next_button = go
        self.next_button.clicked.connect(self.next_requested)
        self.back_button.clicked.connect(self.back_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 16)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.phone_label)
        layout.addWidget(self.phone_edit)
        layout.addWidget(self.description_label)
        layout.addWidget(self.description_edit, 1)
        layout.addWidget(self.hint)
        layout.addLayout(footer)
        self.retranslate()

    def show_form(self, form: LegalAidForm | None) -> None:
        self.form = None  # no echo into the form while the fields are filled from it
        self.phone_edit.setText(form.phone if form else "")
        self.description_edit.setPlainText(form.description if form else "")
        self.form = form
        self._edited()

    def _edited(self) -> None:
        if self.form is not None:
            self.form.phone = self.phone_edit.text()
            self.form.description = self.description_edit.toPlainText()[:MAX_DESCRIPTION]
        self.retranslate()

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.title.setText(translate("LegalAid", "Your phone number and your case"))
        self.phone_label.setText(translate("LegalAid", "Phone number (staff will call you):"))
        self.description_label.setText(
            translate("LegalAid", "What happened? Use the keyboard below (pinyin):")
        )
        form = self.form
        if form is not None and form.phone and not form.phone_ok:
            hint = translate("LegalAid", "Please check the phone number.")
        elif form is not None and not form.description_ok:
            hint = translate("LegalAid", "Describe your case in a few words (at least 5).")
        elif self.remote:
            hint = translate("LegalAid", "When you are done, go to Next and press OK.")
        else:
            hint = translate("LegalAid", "When you are done, touch Next.")
        self.hint.setText(hint)
        self.next_button.setText(translate("LegalAid", "Next"))
        self.next_button.setEnabled(form is not None and form.phone_ok and form.description_ok)
        self.back_button.setText(translate("LegalAid", "Back"))
