"""View the settings file and change one setting, typed on the on-screen keyboard: the whole
file is validated with the change before anything is written (config.store), and each problem
is one line naming the key, the value and what is allowed."""

from __future__ import annotations

from pathlib import Path

from config.errors import ConfigError
from config.store import set_value
from kiosk.qt import (
    QCoreApplication,
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from kiosk.screens.base import styled_button, styled_label
from kiosk.technician.config_view import file_text


class ConfigPage(QWidget):
    wants_keyboard = True

    def __init__(self, config_file: Path) -> None:
        super().__init__()
        self.setObjectName("technician_config")
        self._file = config_file
        self.view = QPlainTextEdit()
        self.view.setObjectName("config_view")
        self.view.setReadOnly(True)
        self.key = QLineEdit()
        self.key.setObjectName("config_key")
        self.value = QLineEdit()
        self.value.setObjectName("config_value")
        self.save = styled_button("primary")
        self.save.setObjectName("config_save")
        self.save.clicked.connect(self._save)
        self.value.returnPressed.connect(self._save)
        self.problems = styled_label("error")
        self.problems.setObjectName("config_problems")
        self.saved = styled_label("success")
        self.saved.setObjectName("config_saved")

        self.save.setText(QCoreApplication.translate("Technician", "Check and save"))
        form = QGridLayout()
        key_label = styled_label("body")
        key_label.setText(QCoreApplication.translate("Technician", "Setting (e.g. idle.timeout_s)"))
        value_label = styled_label("body")
        value_label.setText(QCoreApplication.translate("Technician", "New value"))
        form.addWidget(key_label, 0, 0)
        form.addWidget(self.key, 0, 1)
        form.addWidget(value_label, 1, 0)
        form.addWidget(self.value, 1, 1)
        column = QVBoxLayout(self)
        column.addWidget(self.view, 1)
        column.addLayout(form)
        column.addWidget(self.save)
        column.addWidget(self.problems)
        column.addWidget(self.saved)
        self.refresh()

    def refresh(self) -> None:
        self.view.setPlainText(file_text(self._file))

    def _save(self) -> None:
        key, raw = self.key.text().strip(), self.value.text().strip()
        self.saved.setText("")
        if not key:
            self.problems.setText(
                QCoreApplication.translate("Technician", "Type a setting's name.")
            )
            return
        try:
            set_value(self._file, key, raw)
        except ConfigError as err:
            # one line per problem; where it came from is this file, said once above
            self.problems.setText(
                "\n".join(f"{p.key} = {p.value}: {p.message}" for p in err.problems)
            )
            return
        self.problems.setText("")
        self.saved.setText(
            QCoreApplication.translate(
                "Technician", "Saved. In force from the next start of the shell."
            )
        )
        self.value.clear()
        self.refresh()
