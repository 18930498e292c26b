"""Wires the plain-Python journey, the devices and the network thread to the main window."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, get_args

from config.paths import default_config_path
from config.settings import TerminalSettings
from devices.manager import DeviceManager
from devices.xfs import DeviceEvent
from kiosk.bridge import ThreadBridge
from kiosk.controllers.access import AccessController
from kiosk.controllers.session_microphone import MicrophoneMailbox
from kiosk.controllers.session_runner import CameraMailbox, SessionRunner
from kiosk.controllers.session_speaker import CallSpeaker
from kiosk.controllers.wiring import Controllers
from kiosk.flows.connectivity import Link
from kiosk.flows.idle import IdleGuard, IdlePhase
from kiosk.flows.journey import ATTRACT, EndReason, Journey
from kiosk.flows.navigation import Navigator
from kiosk.flows.photos import session_folder, sweep
from kiosk.flows.session import ResidentSession
from kiosk.i18n.translator import SOURCE_LANGUAGE, LanguageSwitcher
from kiosk.navigation.remote import RemoteControl
from kiosk.navigation.touch_keyboard import TouchKeyboard
from kiosk.net.calls import CentralCalls
from kiosk.net.knowledge_refresh import keep_knowledge_fresh
from kiosk.profiles import PROFILE_DEVICES, PROFILES
from kiosk.qt import QApplication, QEvent, QObject, QTimer
from kiosk.recent_logs import RecentLogs
from kiosk.window import MainWindow

if TYPE_CHECKING:
    from api_client.outbox.store import OutboxStore
    from api_client.schemas import DeviceState
    from kiosk.controllers.presence import PresenceGreeter
    from kiosk.net.loop import NetworkThread
    from kiosk.remote_commands import CommandRunner

log = logging.getLogger(__name__)

_ACTIVITY_EVENTS = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
}


class _ActivityFilter(QObject):
    """Every touch, key or remote-control press anywhere in the app resets the idle clock."""

    def __init__(self, on_activity: Callable[[], None]) -> None:
        super().__init__()
        self._on_activity = on_activity

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY_EVENTS:
            self._on_activity()
        return False


class Shell:
    """One resident-facing shell. `clock` is injectable so idle tests need not wait."""

    def __init__(
        self,
        app: QApplication,
        settings: TerminalSettings,
        devices: DeviceManager,
        device_token: str | None,
        clock: Callable[[], float] = time.monotonic,
        config_file: Path | None = None,
    ) -> None:
        self.settings = settings
        self._app = app
        self.devices = devices
        self.clock = clock
        self.languages = LanguageSwitcher(app)
        self.session = ResidentSession()
        idle = settings.idle
        self.idle = IdleGuard(idle.timeout_s, idle.warning_s, idle.max_extensions)
        self.navigator = Navigator(ATTRACT)
        self.journey = Journey(
            self.navigator,
            self.session,
            self.idle,
            settings.default_language,
            card_on_reader=lambda: self.controllers.identify.card_on_reader(),
            photo_folder=session_folder(settings.data_dir),
        )
        if sweep(session_folder(settings.data_dir)):
            log.warning("removed document photos a previous run left behind")
        offered: list[str] = [lang for lang in settings.languages if self.languages.available(lang)]
        # The translation is installed before the screens exist, so each is translated once as
        # it is built rather than built in English and retranslated (a third of its build time).
        self.languages.switch(settings.default_language)
        self.window = MainWindow(PROFILES[settings.profile], offered)
        self._network: NetworkThread | None = None
        calls = CentralCalls(self.network, settings.central_url, device_token, settings.central_ca)
        self.sessions = SessionRunner(
            lambda: self.network,
            settings.central_url,
            device_token,
            CameraMailbox(devices.frames),
            settings.central_ca,
            outbox=self._outbox_if_enrolled,
            microphone=MicrophoneMailbox(devices.microphone),
            speaker=CallSpeaker(devices.speaker),
        )
        self.controllers = Controllers(
            self.window, self.journey, devices, settings, clock, calls, self.sessions
        )
        self._presence_and_note()
        self.access = AccessController(
            self.window, settings.profile, self.idle, self.controllers.voice
        )
        self.bridge = ThreadBridge()
        self._filter = _ActivityFilter(lambda: self.idle.activity(self.clock()))
        app.installEventFilter(self._filter)
        self._connect()
        self._apply_language(settings.default_language)
        self._show_devices()
        self.idle_timer = QTimer()
        self.idle_timer.setInterval(1000)
        self.idle_timer.timeout.connect(self.check_idle)
        self.idle_timer.start()
        # The keyboard's QML loads as soon as the event loop runs, i.e. after the first paint.
        QTimer.singleShot(0, self.window, self.window.warm_up)
        self._commands: CommandRunner | None = None
        self._token = device_token
        self.recent_logs = RecentLogs()
        logging.getLogger().addHandler(self.recent_logs)
        self._config_file = config_file
        from kiosk.technician.mode import TechnicianMode

        self.technician = TechnicianMode(self, config_file or default_config_path({}))
        self.remote: RemoteControl | None = None
        if PROFILES[settings.profile].remote:  # the TV: arrows, OK, Back and digits only
            # installed last, so it sees a key first: a digit that completes the technician's
            # sequence must not also land in the PIN field that sequence opens
            self.remote = RemoteControl(self.window, self.journey, self.controllers.voice.say)
            app.installEventFilter(self.remote)
        self.touch_keyboard: TouchKeyboard | None = None
        if self.window.keyboard_floats and self.remote is None:  # the robot: touch, landscape
            self.touch_keyboard = TouchKeyboard(self.window, app)

    def _presence_and_note(self) -> None:
        """The "spoken in Chinese" note over every screen, and the robot's presence greeting
        (started with the shell, see `start`)."""
        from kiosk.screens.speech_note import SpeechNote

        self.speech_note = SpeechNote(self.window)
        self.controllers.voice.note = self.speech_note.show_note
        self.presence: PresenceGreeter | None = None
        if PROFILE_DEVICES[self.settings.profile].presence_greeting:
            from kiosk.controllers.presence import PresenceGreeter

            self.presence = PresenceGreeter(
                self.devices.frames, self.journey, self.controllers.voice, self.clock
            )

    @property
    def network(self) -> NetworkThread:
        """The asyncio thread, built on first use: asyncio and the HTTP client are not imported
        before the attract screen is painted."""
        if self._network is None:
            from kiosk.net.loop import NetworkThread

            self._network = NetworkThread()
        return self._network

    @property
    def commands(self) -> CommandRunner:
        """Remote commands from the central service (built on first use, like `network`)."""
        if self._commands is None:
            from kiosk.remote_commands import CommandRunner

            self._commands = CommandRunner(
                self.window, self.recent_logs, lambda: self.idle.phase is not IdlePhase.DISARMED
            )
        return self._commands

    def _connect(self) -> None:
        w = self.window
        w.attract.started.connect(lambda: self.journey.start(self.clock()))
        w.attract.language_chosen.connect(self._start_in)
        w.home.service_chosen.connect(self.journey.open_service)
        w.home.finish_requested.connect(self.journey.finish)
        w.take_card.done.connect(lambda: self.journey.card_taken())
        w.service.back_requested.connect(self.journey.back)
        w.end_session.finish_requested.connect(self.journey.finish)
        w.end_session.back_requested.connect(self.journey.back)
        w.strip.language_chosen.connect(self.journey.choose_language)
        w.idle_warning.continue_requested.connect(self._extend)
        w.idle_warning.finish_requested.connect(lambda: self.journey.end(EndReason.FINISHED))
        self.navigator.changed.connect(self.controllers.router.show)
        self.journey.language_changed.connect(self._apply_language)
        self.journey.ended.connect(lambda _reason: self.window.idle_warning.hide())
        self.journey.ended.connect(lambda _reason: self.controllers.voice.new_journey())
        self.journey.ended.connect(lambda _reason: self.access.reset())
        self.journey.ended.connect(lambda _reason: self.window.recycle_keyboard())
        self.bridge.link_changed.connect(self.window.strip.set_link)
        self.bridge.devices_changed.connect(self._show_devices)
        self.bridge.outbox_changed.connect(
            lambda status: self.window.strip.set_waiting(status.pending)
        )
        self.bridge.device_event.connect(self.controllers.identify.on_device_event)
        self.bridge.device_event.connect(self.controllers.reproof.on_device_event)
        self.devices.subscribe(self._on_device_event)

    def start(self) -> None:
        """Start the network side and device health polling.

        Called once the attract screen is painted (see kiosk.runner): the HTTP client and the
        fleet sync are imported here, not at start-up, and the keyboard's QML is loaded now.
        """
        from importlib.metadata import version

        from api_client.client import CentralClient
        from api_client.schemas import HeartbeatAck
        from kiosk.net.fleet_sync import FleetSync
        from kiosk.net.heartbeat import HeartbeatService
        from kiosk.net.terminal_health import TerminalHealth
        from kiosk.updates.health import HealthMarker

        self.window.warm_up()
        settings = self.settings
        fleet = FleetSync(
            self._config_file or default_config_path({}), settings.data_dir, self.commands.execute
        )
        health = HealthMarker(settings.data_dir, version("lexkiosk"))
        health.painted()  # start() runs once the shell's window is painted (kiosk.runner)

        async def on_ack(client: CentralClient, ack: HeartbeatAck) -> None:
            health.heartbeat_acknowledged()
            await fleet.on_ack(client, ack)

        heartbeat = HeartbeatService(
            settings.central_url,
            self._token,
            settings.heartbeat_s,
            self.device_states,
            self.bridge.link_changed.emit,
            ca_file=settings.central_ca,
            on_ack=on_ack,
            health=TerminalHealth(settings.data_dir, self._outbox_or_none).figures,
        )
        self.network.start()
        self.network.submit(heartbeat.run())
        self._start_outbox()
        if self._token is not None:  # forms and answers for offline use
            self.network.submit(
                keep_knowledge_fresh(
                    self.settings.central_url,
                    self._token,
                    self.settings.data_dir,
                    self.settings.central_ca,
                )
            )
        self.devices.start_polling()
        if self.presence is not None:
            self.presence.start()

    def _outbox_if_enrolled(self) -> OutboxStore:
        """The outbox the video session drains first (the same store the delivery uses)."""
        return self.controllers.outbox()

    def _outbox_or_none(self) -> OutboxStore | None:
        """The outbox for the heartbeat's backlog figure; None before enrolment."""
        from api_client.outbox.crypto import DeviceKeyError
        from api_client.outbox.files import key_path

        if self._token is None or not key_path(self.settings.data_dir).exists():
            return None
        try:
            return self.controllers.outbox()
        except DeviceKeyError:
            return None  # _start_outbox logs it once

    def _start_outbox(self) -> None:
        """Deliver what residents submitted, in the background; the strip shows what waits."""
        from api_client.outbox.crypto import DeviceKeyError
        from api_client.outbox.files import key_path
        from kiosk.net.outbox_service import OutboxService

        if self._token is None or not key_path(self.settings.data_dir).exists():
            return  # not enrolled yet: items wait in the outbox once there is one
        try:
            store = self.controllers.outbox()
        except DeviceKeyError as err:
            log.error("outbox unavailable: %s", err)
            return
        service = OutboxService(
            store,
            self.settings.central_url,
            self._token,
            self.bridge.outbox_changed.emit,
            ca_file=self.settings.central_ca,
        )
        store.on_added(service.wake)
        self.network.submit(service.run())

    def stop(self) -> None:
        if self.presence is not None:
            self.presence.stop()
        self.technician.close()
        logging.getLogger().removeHandler(self.recent_logs)
        self._app.removeEventFilter(self._filter)
        if self.remote is not None:
            self._app.removeEventFilter(self.remote)
        if self.touch_keyboard is not None:
            self.touch_keyboard.stop()
        self.idle_timer.stop()
        if self._network is not None:
            self._network.stop()
        self.devices.close()
        self.controllers.close()
        self.session.wipe()
        self.languages.switch(SOURCE_LANGUAGE)

    def _start_in(self, lang: str) -> None:
        """A language button on the attract screen: start, in that language (reset at the end)."""
        self.journey.start(self.clock())
        self.journey.choose_language(lang)

    def _apply_language(self, lang: str) -> None:
        if not self.languages.switch(lang):
            return
        self.window.strip.set_current_language(lang)

    def _extend(self) -> None:
        if self.idle.extend(self.clock()):
            self.window.idle_warning.hide()

    def check_idle(self) -> None:
        tick = self.idle.tick(self.clock())
        if tick.phase is IdlePhase.WARNING:
            first = not self.window.idle_warning.isVisible()
            self.window.idle_warning.show_countdown(tick.seconds_left, tick.can_extend)
            if first:  # said once, when the warning appears, with the time left in it
                text = self.window.idle_warning.explain.text()
                self.controllers.voice.say(text, pause_idle=False)
        elif tick.phase is IdlePhase.EXPIRED:
            log.info("journey ended after inactivity; resident data wiped")
            self.journey.end(EndReason.IDLE)
        elif self.window.idle_warning.isVisible():
            self.window.idle_warning.hide()

    def _on_device_event(self, event: DeviceEvent) -> None:
        self.bridge.devices_changed.emit()  # may run on a device worker thread
        self.bridge.device_event.emit(event)

    def _show_devices(self) -> None:
        self.window.strip.set_devices(self.devices.statuses())

    def device_states(self) -> list[DeviceState]:
        """Called on the network thread; status() only reads a field.

        Only the families the wire contract names are sent: a central service that does not
        know the speaker and microphone yet would otherwise refuse the whole heartbeat.
        """
        from api_client.schemas import DeviceFamilyName, DeviceState

        known = set(get_args(DeviceFamilyName))
        return [
            DeviceState(family=family.value, status=status.value)
            for family, status in self.devices.statuses().items()
            if family.value in known
        ]

    @property
    def link(self) -> Link:
        return self.window.strip.link
