"""The other party of a mediation at a terminal, once their ID card is read: the 8-character
code from the invitation slip, typed on the on-screen keyboard or held to the QR scanner.
A wrong code shows the central service's own message (how many tries are left)."""

from __future__ import annotations

from kiosk.flows import mediation as flow
from kiosk.qt import QCoreApplication, QLineEdit, Qt, QVBoxLayout, QWidget, Signal
from kiosk.screens.base import Screen, styled_button, styled_label
from kiosk.screens.footer import footer_buttons

translate = QCoreApplication.translate


class MediationCodeScreen(Screen):
    wants_keyboard = True
    code_entered = Signal(str)  # a well-formed code (flow.read_code)
    scan_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.busy = False
        self.scanner = False  # the terminal has a QR scanner: the lead says so
        self.problem = ""  # translated already: ours, or the service's message as it came
        self.title = styled_label("title")
        self.lead = styled_label("lead")
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("MediationCode")
        self.code_edit.setMaxLength(80)  # a scanned link is longer than the code
        self.code_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhLatinOnly
            | Qt.InputMethodHint.ImhUppercaseOnly
            | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.code_edit.setStyleSheet("font-size: 40px; letter-spacing: 6px;")
        self.code_edit.textChanged.connect(lambda _text: self.retranslate())
        self.code_edit.returnPressed.connect(self._join)
        self.join_button = styled_button("primary")
        self.join_button.setObjectName("MediationJoin")
        self.join_button.clicked.connect(self._join)
        self.scan_button = styled_button("choice")
        self.scan_button.setObjectName("MediationScan")
        self.scan_button.clicked.connect(self.scan_requested)
        self.message = styled_label("lead")
        self.message.setObjectName("MediationCodeMessage")
        self.message.setProperty("state", "error")
        footer, self.back_button, _go = footer_buttons("MediationCodeBack", None)
        self.back_button.clicked.connect(self.back_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 16)
        layout.setSpacing(14)
        widgets = (self.title, self.lead, self.code_edit, self.join_button, self.scan_button)
        for widget in (*widgets, self.message):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addLayout(footer)
        self.retranslate()

    def reset(self, scanner: bool = False) -> None:
        self.scanner = scanner
        self.code_edit.clear()
        self.show_problem("")

    def show_problem(self, problem: str, busy: bool = False) -> None:
        """`problem` as the resident reads it ("" for none); `busy` while the code is checked."""
        self.problem = problem
        self.busy = busy
        self.retranslate()

    def scanned(self, text: str) -> None:
        """What the QR scanner read from the slip: joins as if typed."""
        self.code_edit.setText(text)
        self._join()

    def _join(self) -> None:
        if self.busy:
            return
        code = flow.read_code(self.code_edit.text())
        if code is None:
            self.show_problem(translate("Mediation", flow.BAD_CODE))
            return
        self.code_entered.emit(code)

    def spoken_text(self) -> str:
        return "\n".join((self.title.text(), self.problem or self.lead.text()))

    def retranslate(self) -> None:
        self.title.setText(translate("Mediation", "Join the mediation you were invited to"))
        if self.scanner:
            lead = translate(
                "Mediation",
                "Type the 8-character code from your invitation slip, or hold the slip's QR "
                "code to the scanner:",
            )
        else:
            lead = translate("Mediation", "Type the 8-character code from your invitation slip:")
        self.lead.setText(lead)
        self.code_edit.setPlaceholderText("K7M2QX9P")
        self.join_button.setText(
            translate("Mediation", "Checking…") if self.busy else translate("Mediation", "Join")
        )
        self.join_button.setEnabled(not self.busy and bool(self.code_edit.text().strip()))
        self.message.setText(self.problem)
        self.message.setVisible(bool(self.problem))
        self.scan_button.setText(translate("Mediation", "Scan the QR code on the slip"))
        self.scan_button.setVisible(self.scanner)
        self.scan_button.setEnabled(not self.busy)
        self.back_button.setText(translate("Mediation", "Back"))
