"""Identify: tap the ID card on the reader, type the ID number, or scan a passport.

The screen shows what the controller tells it (reading, a plain error, who was identified and
how); the typed number is judged key by key by kiosk.flows.identity.
"""

from __future__ import annotations

from kiosk.flows.identity import METHOD_TEXT, TYPING_TEXT, Identity, judge_typing
from kiosk.qt import QCoreApplication, QHBoxLayout, QLineEdit, Qt, QVBoxLayout, QWidget, Signal
from kiosk.screens.base import Screen, styled_button, styled_label
from kiosk.screens.footer import footer_buttons
from kiosk.screens.keypad import Keypad


class IdentifyScreen(Screen):
    number_entered = Signal(str)
    passport_requested = Signal()
    callback_requested = Signal()
    continue_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.identity: Identity | None = None
        self._card_problem = ""
        self._reading = False
        self.title = styled_label("title")
        self.card_hint = styled_label("lead")
        self.card_hint.setObjectName("CardHint")
        self.status = styled_label("body")
        self.status.setObjectName("IdentifyStatus")
        self.type_button = styled_button("choice")
        self.type_button.setObjectName("TypeNumberButton")
        self.type_button.clicked.connect(self._open_typing)
        self.passport_button = styled_button("choice")
        self.passport_button.setObjectName("ScanPassportButton")
        self.passport_button.clicked.connect(self.passport_requested)
        choices = QHBoxLayout()
        choices.setSpacing(24)
        choices.addWidget(self.type_button)
        choices.addWidget(self.passport_button)

        self.number_panel = QWidget()
        self.number_edit = QLineEdit()
        self.number_edit.setObjectName("IdNumberEdit")
        self.number_edit.setMaxLength(18)
        self.number_edit.textChanged.connect(self._judge)
        self.verdict = styled_label("hint")
        self.verdict.setObjectName("IdNumberVerdict")
        self.keypad = Keypad(self.number_edit, with_x=True)
        self.use_number_button = styled_button("primary")
        self.use_number_button.setObjectName("UseNumberButton")
        self.use_number_button.clicked.connect(
            lambda: self.number_entered.emit(self.number_edit.text())
        )
        left = QVBoxLayout()
        left.addWidget(self.number_edit)
        left.addWidget(self.verdict)
        left.addWidget(self.use_number_button)
        left.addStretch(1)
        panel = QHBoxLayout(self.number_panel)
        panel.setContentsMargins(0, 0, 0, 0)
        panel.setSpacing(24)
        panel.addLayout(left, 1)
        panel.addWidget(self.keypad, 0, Qt.AlignmentFlag.AlignTop)

        self.scan_help = QWidget()
        self.scan_help.setObjectName("ScanHelp")
        self.scan_tips = styled_label("body")
        self.scan_tips.setObjectName("ScanTips")
        self.scan_tips.setWordWrap(True)
        self.scan_type_button = styled_button("choice")
        self.scan_type_button.setObjectName("ScanTypeNumberButton")
        self.scan_type_button.clicked.connect(self._open_typing)
        self.scan_callback_button = styled_button("choice")
        self.scan_callback_button.setObjectName("ScanCallbackButton")
        self.scan_callback_button.clicked.connect(self.callback_requested)
        ways = QHBoxLayout()
        ways.setSpacing(24)
        ways.addWidget(self.scan_type_button)
        ways.addWidget(self.scan_callback_button)
        help_layout = QVBoxLayout(self.scan_help)
        help_layout.setContentsMargins(0, 0, 0, 0)
        help_layout.addWidget(self.scan_tips)
        help_layout.addLayout(ways)

        self.result = styled_label("success")
        self.result.setObjectName("IdentityResult")
        self.face_note = styled_label("hint")
        self.face_note.setObjectName("FaceNote")
        # a terminal without a camera (a TV): the face cannot be checked, a call-back can
        self.face_callback_button = styled_button("choice")
        self.face_callback_button.setObjectName("FaceCallbackButton")
        self.face_callback_button.clicked.connect(self.callback_requested)
        self._camera_fitted = True
        footer, self.back_button, go = footer_buttons("IdentifyBack", "IdentifyContinue")
        assert go is not None
        self.continue_button = go
        self.continue_button.clicked.connect(self.continue_requested)
        self.back_button.clicked.connect(self.back_requested)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 24)
        layout.setSpacing(16)
        for widget in (self.title, self.card_hint, self.status):
            layout.addWidget(widget)
        layout.addLayout(choices)
        layout.addWidget(self.scan_help)
        layout.addWidget(self.number_panel)
        layout.addWidget(self.result)
        layout.addWidget(self.face_note)
        layout.addWidget(self.face_callback_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        layout.addLayout(footer)
        self.reset()

    def reset(self) -> None:
        """A new resident: nothing typed, nothing read."""
        self.identity = None
        self._card_problem = ""
        self._reading = False
        self.number_edit.clear()
        self.number_panel.hide()
        self.scan_help.hide()
        self.type_button.show()
        self.result.hide()
        self.face_callback_button.hide()
        self.set_face_note("")

    def set_face_note(self, text: str) -> None:
        """Why the face is not checked (a translated sentence); "" hides the note."""
        self.face_note.setText(text)
        self.face_note.setVisible(bool(text))
        self.retranslate()

    def set_reading(self, reading: bool) -> None:
        self._reading = reading
        self.retranslate()

    def set_card_problem(self, text: str) -> None:
        """A plain sentence (already translated) about the reader or the card; "" clears it."""
        self._card_problem = text
        self.retranslate()

    def show_scan_help(self) -> None:
        """Reads keep failing: what to try with the document, and the ways forward (the help's
        own "type the number" replaces the one in the row above, so it is offered once)."""
        self.type_button.hide()
        self.scan_help.show()
        self.retranslate()

    def set_devices_fitted(self, reader: bool, camera: bool) -> None:
        """A terminal without a card reader (a TV) opens the number at once and says nothing
        about placing a card; without a camera there is no passport to scan."""
        self.card_hint.setVisible(reader)
        self.passport_button.setVisible(camera)
        self._camera_fitted = camera
        if not reader and self.identity is None:
            self._open_typing()
            self.type_button.hide()

    def set_passport_available(self, available: bool) -> None:
        self.passport_button.setEnabled(available)

    def show_identity(self, identity: Identity) -> None:
        self.identity = identity
        self._reading = False
        self._card_problem = ""
        self.number_panel.hide()
        self.scan_help.hide()
        self.result.show()
        self.face_callback_button.setVisible(not self._camera_fitted)
        self.retranslate()

    def _open_typing(self) -> None:
        self.scan_help.hide()
        self.type_button.show()
        self.number_panel.show()
        self.number_edit.setFocus()
        self._judge()

    def _judge(self) -> None:
        verdict = judge_typing(self.number_edit.text())
        text = QCoreApplication.translate("Identify", TYPING_TEXT[verdict.key])
        self.verdict.setText(text.replace("%1", str(verdict.remaining)))
        self.verdict.setProperty("state", "error" if verdict.error else "ok")
        self.verdict.style().unpolish(self.verdict)
        self.verdict.style().polish(self.verdict)
        self.use_number_button.setEnabled(verdict.complete)

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("Identify", "Show who you are"))
        self.card_hint.setText(
            QCoreApplication.translate(
                "Identify", "Place your ID card on the reader below the screen"
            )
        )
        if self._card_problem:
            status = self._card_problem
        elif self._reading:
            status = QCoreApplication.translate(
                "Identify", "Reading your card, please keep it on the reader…"
            )
        else:
            status = QCoreApplication.translate("Identify", "Or choose another way:")
        self.status.setText(status)
        self.type_button.setText(QCoreApplication.translate("Identify", "Type my ID number"))
        self.passport_button.setText(QCoreApplication.translate("Identify", "Scan my passport"))
        self.number_edit.setPlaceholderText(
            QCoreApplication.translate("Identify", "18-character ID number")
        )
        self.use_number_button.setText(QCoreApplication.translate("Identify", "Use this number"))
        self.scan_tips.setText(
            QCoreApplication.translate(
                "Identify",
                "The document could not be read twice. Please try this: lay the page flat "
                "(press the booklet open), move it into the light, away from glare and "
                "shadow, and hold it still until the screen changes.",
            )
        )
        self.scan_type_button.setText(
            QCoreApplication.translate("Identify", "Type my ID number instead")
        )
        self.scan_callback_button.setText(
            QCoreApplication.translate("Identify", "Ask for a call-back")
        )
        self.face_callback_button.setText(
            QCoreApplication.translate("Identify", "Ask for a call-back")
        )
        self.keypad.retranslate()
        self._judge()
        if self.identity is not None:
            how = QCoreApplication.translate("Identify", METHOD_TEXT[self.identity.method])
            who = " ".join(p for p in (self.identity.name, self.identity.masked) if p)
            self.result.setText(
                QCoreApplication.translate("Identify", "Identified: %1 (%2)")
                .replace("%1", who)
                .replace("%2", how)
            )
        self.continue_button.setText(QCoreApplication.translate("Identify", "Continue"))
        self.continue_button.setEnabled(self.identity is not None)
        self.back_button.setText(QCoreApplication.translate("Identify", "Back"))
