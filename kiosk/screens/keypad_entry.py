"""A number typed on the big keypad: its label, the field, the button that sends it and, if
asked for, a confirmation line under the button, with the keypad beside them. The hotline's
and the lawyer's call-back phone and the progress query's last four characters use it."""

from __future__ import annotations

from kiosk.qt import QHBoxLayout, QLabel, QLineEdit, Qt, QVBoxLayout
from kiosk.screens.base import styled_button, styled_label
from kiosk.screens.keypad import Keypad

KEYPAD_GAP = 24


class KeypadEntry(QHBoxLayout):
    """The owning screen sets the texts, connects `button.clicked` and `edit.textChanged`."""

    def __init__(
        self,
        edit_name: str,
        button_name: str,
        *,
        max_length: int,
        with_x: bool,
        label_style: str = "lead",
        confirmation_name: str = "",
        spacing: int | None = None,
    ) -> None:
        super().__init__()
        self.label = styled_label(label_style)
        self.edit = QLineEdit()
        self.edit.setObjectName(edit_name)
        self.edit.setMaxLength(max_length)
        self.keypad = Keypad(self.edit, with_x=with_x)
        self.button = styled_button("primary")
        self.button.setObjectName(button_name)
        self.confirmation: QLabel | None = None
        left = QVBoxLayout()
        if spacing is not None:
            left.setSpacing(spacing)
        left.addWidget(self.label)
        left.addWidget(self.edit)
        left.addWidget(self.button)
        if confirmation_name:
            self.confirmation = styled_label("success")
            self.confirmation.setObjectName(confirmation_name)
            left.addWidget(self.confirmation)
        left.addStretch(1)
        self.setSpacing(KEYPAD_GAP)
        self.addLayout(left, 1)
        self.addWidget(self.keypad, 0, Qt.AlignmentFlag.AlignTop)
