"""Volume (the loudspeaker's level through the audio port, applied at once to every sound
after it and kept in the settings file as `devices.audio.volume`) and screen brightness
(through the backlight port: the sysfs backlight where there is one, otherwise it says it
cannot)."""

from __future__ import annotations

from pathlib import Path

from config.errors import ConfigError
from config.store import set_value
from devices.audio.port import LevelControl
from kiosk.qt import QCoreApplication, QGridLayout, QVBoxLayout, QWidget
from kiosk.screens.base import styled_button, styled_label
from kiosk.technician.backlight import Backlight

STEP = 10


class SoundScreenPage(QWidget):
    def __init__(
        self,
        config_file: Path,
        volume: int,
        backlight: Backlight,
        loudspeaker: LevelControl | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("technician_sound_screen")
        self._file = config_file
        self._volume = volume
        self._backlight = backlight
        self._loudspeaker = loudspeaker

        grid = QGridLayout()
        self.volume = styled_label("lead")
        self.volume.setObjectName("volume_value")
        self.brightness = styled_label("lead")
        self.brightness.setObjectName("brightness_value")
        for row, (name, label, value) in enumerate(
            (
                ("volume", QCoreApplication.translate("Technician", "Volume"), self.volume),
                (
                    "brightness",
                    QCoreApplication.translate("Technician", "Brightness"),
                    self.brightness,
                ),
            )
        ):
            title = styled_label("lead")
            title.setText(label)
            down = styled_button("key")
            down.setObjectName(f"{name}_down")
            down.setText("-")
            up = styled_button("key")
            up.setObjectName(f"{name}_up")
            up.setText("+")
            sign = {down: -STEP, up: STEP}
            for button, delta in sign.items():
                button.clicked.connect(lambda _=False, n=name, d=delta: self.change(n, d))
            grid.addWidget(title, row, 0)
            grid.addWidget(down, row, 1)
            grid.addWidget(value, row, 2)
            grid.addWidget(up, row, 3)
            if name == "brightness" and not backlight.available:
                down.setEnabled(False)
                up.setEnabled(False)
        self.message = styled_label("body")
        self.message.setObjectName("sound_screen_message")
        column = QVBoxLayout(self)
        column.addLayout(grid)
        column.addWidget(self.message)
        column.addStretch(1)
        self._show()

    def change(self, name: str, delta: int) -> None:
        if name == "volume":
            wanted = max(0, min(100, self._volume + delta))
            try:
                set_value(self._file, "devices.audio.volume", str(wanted))
            except ConfigError as err:
                self.message.setText("\n".join(p.line() for p in err.problems))
                return
            self._volume = wanted
            if self._loudspeaker is not None:
                self._loudspeaker.set_level(wanted)
        else:
            try:
                self._backlight.set_percent(self._backlight.percent() + delta)
            except OSError as err:
                self.message.setText(str(err))
                return
        self._show()

    def _show(self) -> None:
        self.volume.setText(f"{self._volume} %")
        if self._backlight.available:
            self.brightness.setText(f"{self._backlight.percent()} %")
        else:
            self.brightness.setText("-")
            self.message.setText(self._backlight.why_not)
