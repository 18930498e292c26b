"""Diagnostics per device, each with a plain verdict; the camera's picture; device states
and the last faults."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from devices.manager import DeviceManager
from kiosk.camera_feed import to_image
from kiosk.qt import QCoreApplication, QGridLayout, QLabel, QPixmap, Qt, QVBoxLayout, QWidget
from kiosk.screens.base import styled_button, styled_label
from kiosk.technician.checks import CHECKS, CheckResult, run_check
from kiosk.technician.fault_log import FaultLog
from kiosk.technician.worker import Worker

PREVIEW_W, PREVIEW_H = 320, 240


def _labels() -> dict[str, str]:
    return {
        "camera": QCoreApplication.translate("Technician", "Camera picture"),
        "card": QCoreApplication.translate("Technician", "Read a card"),
        "passport": QCoreApplication.translate("Technician", "Read a passport page"),
        "print": QCoreApplication.translate("Technician", "Print a test page"),
        "speech": QCoreApplication.translate("Technician", "Speak a sentence"),
        "microphone": QCoreApplication.translate("Technician", "Microphone level"),
        "tone": QCoreApplication.translate("Technician", "Loudspeaker tone"),
    }


class DevicesPage(QWidget):
    def __init__(
        self,
        manager: DeviceManager,
        faults: FaultLog,
        worker: Worker,
        run: Callable[[str], CheckResult] | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("technician_devices")
        self._manager = manager
        self._faults = faults
        self._worker = worker
        self._run = run or (lambda check: run_check(check, manager, "a4", "zh"))
        self.buttons: dict[str, Any] = {}
        self.verdicts: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        for row, check in enumerate(CHECKS):
            button = styled_button("secondary")
            button.setObjectName(f"check_{check}")
            button.setText(_labels()[check])
            button.clicked.connect(lambda _=False, c=check: self.start(c))
            verdict = styled_label("body")
            verdict.setObjectName(f"verdict_{check}")
            grid.addWidget(button, row, 0)
            grid.addWidget(verdict, row, 1)
            self.buttons[check] = button
            self.verdicts[check] = verdict
        grid.setColumnStretch(1, 1)
        self.preview = QLabel()
        self.preview.setObjectName("camera_preview")
        self.preview.setFixedSize(PREVIEW_W, PREVIEW_H)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("background: #222; color: #ccc;")
        self.states = styled_label("body")
        self.states.setObjectName("device_states")
        column = QVBoxLayout(self)
        column.addLayout(grid)
        column.addWidget(self.preview)
        column.addWidget(self.states)
        column.addStretch(1)
        self.refresh_states()

    def start(self, check: str) -> None:
        self.buttons[check].setEnabled(False)
        self.verdicts[check].setText(QCoreApplication.translate("Technician", "Checking..."))
        self._worker.run(lambda: self._run(check), lambda result: self._show(check, result))

    def _show(self, check: str, result: object) -> None:
        self.buttons[check].setEnabled(True)
        label = self.verdicts[check]
        if isinstance(result, CheckResult):
            word = "OK" if result.ok else "FAULT"
            label.setText(f"{word}: {result.text}")
            label.setProperty("role", "success" if result.ok else "error")
            if result.frame is not None:
                image = to_image(result.frame.pixels)
                self.preview.setPixmap(
                    QPixmap.fromImage(image).scaled(
                        PREVIEW_W, PREVIEW_H, Qt.AspectRatioMode.KeepAspectRatio
                    )
                )
        else:
            label.setText(f"FAULT: {type(result).__name__}")
            label.setProperty("role", "error")
        label.style().unpolish(label)
        label.style().polish(label)
        self.refresh_states()

    def refresh_states(self) -> None:
        lines = [
            f"{family.value}: {status.value}" for family, status in self._manager.statuses().items()
        ]
        faults = [fault.line() for fault in self._faults.recent()[:5]]
        title = QCoreApplication.translate("Technician", "Last device events")
        none = QCoreApplication.translate("Technician", "none since the shell started")
        self.states.setText(
            "   ".join(lines) + f"\n{title}:\n" + ("\n".join(faults) if faults else none)
        )
