"""A large digit keypad for ID and phone numbers: elderly residents tap, they do not type."""

from __future__ import annotations

from kiosk.qt import QCoreApplication, QGridLayout, QLineEdit, QPushButton, QSizePolicy, QWidget
from kiosk.screens.base import styled_button
from kiosk.screens.writing_mode import KEEP_UPRIGHT

_KEYS = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "X", "0", "⌫")
# The shell's fonts have no ⌫ (only a test-only fallback font does): the key shows an arrow.
_LABELS = {"⌫": "←"}


class Keypad(QWidget):
    """Types into `target`; `with_x` offers the X that may end an ID number."""

    def __init__(self, target: QLineEdit, with_x: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = target
        self.setProperty(KEEP_UPRIGHT, True)  # a keypad is laid out the same in every script
        self.keys: dict[str, QPushButton] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(10)
        for index, key in enumerate(_KEYS):
            button = styled_button("key", self)
            button.setObjectName(f"key_{'del' if key == '⌫' else key}")
            button.setText(_LABELS.get(key, key))
            button.setMinimumSize(120, 88)
            button.clicked.connect(lambda _=False, k=key: self._press(k))
            grid.addWidget(button, index // 3, index % 3)
            self.keys[key] = button
        self.keys["X"].setVisible(with_x)
        # keys keep their size and sit together at the top, however tall the screen is
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.retranslate()

    def retranslate(self) -> None:
        self.keys["⌫"].setAccessibleName(QCoreApplication.translate("Keypad", "Delete"))

    def _press(self, key: str) -> None:
        if key == "⌫":
            self.target.backspace()
        else:
            self.target.insert(key)
