"""The PIN pad technician mode opens with: the kiosk's big keypad, the PIN hidden as typed,
and while a lock-out holds, the time left instead of the OK button."""

from __future__ import annotations

import math

from kiosk.qt import QCoreApplication, QLineEdit, QTimer, QVBoxLayout, Signal
from kiosk.screens.base import Screen, styled_button, styled_label
from kiosk.screens.keypad_entry import KeypadEntry


class PinPad(Screen):
    entered = Signal(str)
    cancelled = Signal()

    def __init__(self, locked_s: float) -> None:
        super().__init__()
        self.setObjectName("technician_pin_pad")
        self.title = styled_label("title")
        self.entry = KeypadEntry("technician_pin", "technician_pin_ok", max_length=12, with_x=False)
        self.entry.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.entry.button.clicked.connect(self._submit)
        self.entry.edit.returnPressed.connect(self._submit)
        self.message = styled_label("error")
        self.message.setObjectName("technician_pin_message")
        self.cancel = styled_button("secondary")
        self.cancel.setObjectName("technician_pin_cancel")
        self.cancel.clicked.connect(self.cancelled)
        column = QVBoxLayout(self)
        column.setContentsMargins(48, 40, 48, 40)
        column.setSpacing(24)
        column.addWidget(self.title)
        column.addLayout(self.entry, 1)
        column.addWidget(self.message)
        column.addWidget(self.cancel)
        self._unlock_at_ms = 0
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count_down)
        self._left_s = 0
        self.retranslate()
        if locked_s > 0:
            self.lock(locked_s)

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("Technician", "Technician: enter your PIN"))
        self.entry.label.setText(QCoreApplication.translate("Technician", "PIN"))
        self.entry.button.setText(QCoreApplication.translate("Technician", "OK"))
        self.cancel.setText(QCoreApplication.translate("Technician", "Back to the start screen"))

    def _submit(self) -> None:
        pin = self.entry.edit.text()
        self.entry.edit.clear()
        if pin and self.entry.button.isEnabled():
            self.entered.emit(pin)

    def refuse(self, locked_s: float) -> None:
        if locked_s > 0:
            self.lock(locked_s)
        else:
            self.message.setText(QCoreApplication.translate("Technician", "Wrong PIN."))

    def lock(self, locked_s: float) -> None:
        self._left_s = math.ceil(locked_s)
        self.entry.button.setEnabled(False)
        self._show_left()
        self._tick.start()

    def _count_down(self) -> None:
        self._left_s -= 1
        if self._left_s <= 0:
            self._tick.stop()
            self.entry.button.setEnabled(True)
            self.message.setText("")
            return
        self._show_left()

    def _show_left(self) -> None:
        self.message.setText(
            QCoreApplication.translate(
                "Technician", "Too many wrong PINs: try again in %1 s."
            ).replace("%1", str(self._left_s))
        )
