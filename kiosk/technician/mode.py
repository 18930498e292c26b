"""Technician mode wired into the shell: the gesture opens the PIN pad; a right PIN opens the
panel; leaving deletes both and shows the attract screen, with nothing of them left behind
(the widgets, what was typed, the camera picture and the worker go with them)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from api_client.outbox.crypto import DeviceKeyError
from api_client.outbox.store import OutboxStore
from api_client.schemas import TerminalEventName
from devices.audio.port import LevelControl
from kiosk.flows.journey import ATTRACT
from kiosk.qt import QApplication, QCoreApplication, QEvent, QObject, QTimer, QWidget
from kiosk.technician.access import Access, technicians_of
from kiosk.technician.fault_log import FaultLog
from kiosk.technician.gesture import Gesture
from kiosk.technician.lockout import Lockout
from kiosk.technician.panel import TechnicianPanel
from kiosk.technician.pin_pad import PinPad
from kiosk.technician.worker import Worker

if TYPE_CHECKING:
    from kiosk.shell import Shell

log = logging.getLogger(__name__)

LOCKOUT_FILE = "technician_lockout.json"
IDLE_MS = 5 * 60 * 1000  # a technician who walks away: back to the attract screen


class _Activity(QObject):
    """Any touch or key while technician mode is open keeps it open."""

    def __init__(self, timer: QTimer) -> None:
        super().__init__()
        self._timer = timer

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._timer.isActive() and event.type() in (
            QEvent.Type.MouseButtonPress,
            QEvent.Type.KeyPress,
            QEvent.Type.TouchBegin,
        ):
            self._timer.start()
        return False


class TechnicianMode(QObject):
    def __init__(self, shell: Shell, config_file: Path) -> None:
        super().__init__()
        self._shell = shell
        self._config_file = config_file
        self.faults = FaultLog()
        shell.devices.subscribe(self.faults.record)
        window = shell.window
        self.gesture = Gesture(
            window,
            lambda: window.stack.currentWidget() is window.attract,
            self.open_pin_pad,
            window.attract.started.emit,
            touch=shell.settings.profile != "tv",
        )
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(IDLE_MS)
        self.idle_timer.timeout.connect(self._idle)
        self._activity = _Activity(self.idle_timer)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.gesture)
            app.installEventFilter(self._activity)
        self.access = Access(
            technicians_of(shell.settings),
            Lockout(shell.settings.data_dir / LOCKOUT_FILE),
            self._journal,
        )
        self.pin_pad: PinPad | None = None
        self.panel: TechnicianPanel | None = None
        self.worker: Worker | None = None
        self.technician = ""

    @property
    def active(self) -> bool:
        return self.pin_pad is not None or self.panel is not None

    def _journal(self, event: TerminalEventName, technician: str, detail: str) -> None:
        from kiosk.terminal_events import queue_event

        store = self._outbox()
        if store is None:
            log.warning("technician event %s not journaled: the terminal is not enrolled", event)
            return
        queue_event(store, event, technician, detail)

    def _outbox(self) -> OutboxStore | None:
        try:
            return self._shell.controllers.outbox()
        except DeviceKeyError:
            return None

    def _idle(self) -> None:
        log.info("technician mode left after %d s without a touch", IDLE_MS // 1000)
        self.leave()

    def _show(self, widget: QWidget) -> None:
        self.idle_timer.start()
        stack = self._shell.window.stack
        stack.addWidget(widget)
        stack.setCurrentWidget(widget)

    def open_pin_pad(self) -> None:
        if self.active:
            return
        self.pin_pad = PinPad(self.access.remaining_s())
        self.pin_pad.entered.connect(self._try)
        self.pin_pad.cancelled.connect(self.leave)
        self._show(self.pin_pad)

    def _try(self, pin: str) -> None:
        attempt = self.access.attempt(pin)
        if attempt.technician is None:
            if self.pin_pad is not None:
                self.pin_pad.refuse(attempt.locked_s)
            return
        self.technician = attempt.technician
        self._enter()

    def _enter(self) -> None:
        # The pages (OpenCV, zxing, the HTTP client) are imported on the first entry, not
        # while the shell is built: residents never wait for them.
        from kiosk.technician.backlight import find_backlight
        from kiosk.technician.enrolment import enrol_with, scan_code
        from kiosk.technician.page_config import ConfigPage
        from kiosk.technician.page_devices import DevicesPage
        from kiosk.technician.page_enrol import EnrolPage
        from kiosk.technician.page_network import NetworkPage
        from kiosk.technician.page_outbox import OutboxPage
        from kiosk.technician.page_sound_screen import SoundScreenPage

        shell = self._shell
        settings = shell.settings
        worker = self.worker = Worker()

        pages: list[tuple[str, str, QWidget]] = [
            (
                "devices",
                QCoreApplication.translate("Technician", "Devices"),
                DevicesPage(shell.devices, self.faults, worker),
            ),
            (
                "network",
                QCoreApplication.translate("Technician", "Network"),
                NetworkPage(settings.central_url, settings.central_ca, worker),
            ),
            (
                "sound_screen",
                QCoreApplication.translate("Technician", "Volume and brightness"),
                SoundScreenPage(
                    self._config_file,
                    settings.devices.audio.volume,
                    find_backlight(),
                    _level_control(shell.devices.speaker()),
                ),
            ),
            (
                "config",
                QCoreApplication.translate("Technician", "Settings"),
                ConfigPage(self._config_file),
            ),
            (
                "enrol",
                QCoreApplication.translate("Technician", "Enrolment"),
                EnrolPage(
                    worker,
                    lambda: scan_code(shell.devices.camera()),
                    lambda code: enrol_with(settings, code, self._config_file),
                ),
            ),
            (
                "outbox",
                QCoreApplication.translate("Technician", "Outbox and log"),
                OutboxPage(self._outbox, shell.recent_logs),
            ),
        ]
        panel = self.panel = TechnicianPanel(self.technician, pages)
        panel.leave_requested.connect(self.leave)
        panel.restart_requested.connect(self._restart)
        panel.page_changed.connect(shell.window.follow_screen)
        self._discard_pin_pad()
        self._show(panel)

    def _discard_pin_pad(self) -> None:
        if self.pin_pad is not None:
            self._shell.window.stack.removeWidget(self.pin_pad)
            self.pin_pad.deleteLater()
            self.pin_pad = None

    def leave(self) -> None:
        """Back to the attract screen; every widget of technician mode is deleted."""
        self.idle_timer.stop()
        if self.technician:
            self.access.left(self.technician)
            self.technician = ""
        self._shell.controllers.router.show(ATTRACT)
        self._discard_pin_pad()
        if self.panel is not None:
            self._shell.window.stack.removeWidget(self.panel)
            self.panel.deleteLater()
            self.panel = None
        if self.worker is not None:
            self.worker.close()
            self.worker = None
        self._shell.window.recycle_keyboard()

    def _restart(self) -> None:
        self.leave()
        self._shell.commands.restart_requested.emit()

    def close(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.gesture)
            app.removeEventFilter(self._activity)
        if self.active:
            self.leave()


def _level_control(speaker: object) -> LevelControl | None:
    """The loudspeaker's level, where its driver has one (both shipped drivers do)."""
    return speaker if isinstance(speaker, LevelControl) else None
