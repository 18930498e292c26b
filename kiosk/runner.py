"""`lexkiosk run` and `lexkiosk demo`: put the shell, the devices and the network together."""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from config.hints import FirstFrameHints
from kiosk.app import MissingFont, get_app, route_qt_messages_to_logging
from kiosk.first_frame import FirstFrame
from kiosk.qt import QEvent, QObject, QTimer, QWidget, Signal

if TYPE_CHECKING:
    from config.settings import TerminalSettings
    from kiosk.shell import Shell

log = logging.getLogger(__name__)


RESTART_EXIT_CODE = 75  # the service manager (systemd Restart=always) starts the shell again


def _build(settings: TerminalSettings, config_file: Path | None = None) -> Shell:
    from devices.manager import DeviceManager
    from kiosk.net.token_store import TokenStore
    from kiosk.shell import Shell

    route_qt_messages_to_logging()
    app = get_app(settings.profile)
    devices = DeviceManager(settings.devices, settings.data_dir, list(settings.languages))
    token = TokenStore(settings.data_dir).load()
    return Shell(app, settings, devices, token, config_file=config_file)


def hints_of(settings: TerminalSettings) -> FirstFrameHints:
    return FirstFrameHints(settings.profile, tuple(settings.languages), settings.default_language)


class StagedStart(QObject):
    """Start-up in two stages, so the resident sees the attract screen as early as a bare window.

    Stage one creates the QApplication and paints a FirstFrame (QtCore/QtGui/QtWidgets only, no
    settings schema). After that paint, stage two validates the settings, builds the devices
    and the full Shell (every screen, Qt Quick, numpy for the camera), shows its window over
    the first frame and hides the first frame once the window is painted; only then are the
    network, the outbox and the keyboard's QML started. A touch on the first frame is handed
    to the shell's attract screen, so the journey starts as if the shell had been there.
    An error in stage two (invalid settings, a crash) ends the event loop and is re-raised by
    `run`, as it was raised before the first paint when the shell was built in one go.
    """

    painted = Signal()  # the first frame is on screen
    ready = Signal()  # the full shell's window is painted over the first frame

    def __init__(
        self,
        hints: FirstFrameHints,
        load: Callable[[], TerminalSettings],
        config_file: Path | None = None,
        full_screen: bool = True,
    ) -> None:
        route_qt_messages_to_logging()
        self.app = get_app(hints.profile)
        super().__init__()
        self._hints = hints
        self._load = load
        self._config_file = config_file
        self._full_screen = full_screen
        self.shell: Shell | None = None
        self._handed_over = False  # the first frame is hidden and deleted
        self.error: Exception | None = None
        self.first = FirstFrame(self.app, hints)
        self.first.painted.connect(self.painted)
        self.first.painted.connect(lambda: QTimer.singleShot(0, self, self._build_shell))
        self.first.attract.started.connect(self._forward_touch)
        self.first.strip.language_chosen.connect(self._forward_language)
        self.first.attract.language_chosen.connect(self._forward_start_in)

    def show(self) -> None:
        self._show(self.first)

    def _show(self, window: QWidget) -> None:
        if self._full_screen:
            window.showFullScreen()
        else:
            window.show()

    def _build_shell(self) -> None:
        try:
            settings = self._load()
            if settings.profile != self._hints.profile:
                get_app(settings.profile)
            self.first.release_translation()
            shell = _build(settings, self._config_file)
        except Exception as err:  # re-raised by run() once the event loop has ended
            self.error = err
            self.app.exit(1)
            return
        self.shell = shell
        if self.first.language_chosen is not None:
            shell.window.strip.language_chosen.emit(self.first.language_chosen)
        if self.first.started_in is not None:
            shell.window.attract.language_chosen.emit(self.first.started_in)
        elif self.first.touched:
            shell.window.attract.started.emit()
        shell.window.installEventFilter(self)
        self._show(shell.window)

    def _forward_touch(self) -> None:
        """A touch on the first frame while the shell's window is not painted yet."""
        if self.shell is not None:
            self.shell.window.attract.started.emit()

    def _forward_start_in(self, lang: str) -> None:
        """A language button on the first frame's attract screen: start the journey in it."""
        if self.shell is not None:
            self.shell.window.attract.language_chosen.emit(lang)

    def _forward_language(self, lang: str) -> None:
        if self.shell is not None:
            self.shell.window.strip.language_chosen.emit(lang)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        shell = self.shell
        if shell is not None and watched is shell.window and event.type() == QEvent.Type.Paint:
            shell.window.removeEventFilter(self)
            self.ready.emit()
            QTimer.singleShot(0, self, self._after_shell_paint)
        return False

    def _after_shell_paint(self) -> None:
        """The network, the outbox, remote commands and the keyboard's QML."""
        self.first.hide()
        self.first.deleteLater()
        self._handed_over = True
        shell = self.shell
        assert shell is not None
        shell.start()
        shell.commands.restart_requested.connect(lambda: self.app.exit(RESTART_EXIT_CODE))

    def stop(self) -> None:
        if not self._handed_over:
            self.first.close()
        if self.shell is not None:
            self.shell.stop()


def run(
    load: Callable[[], TerminalSettings],
    hints: FirstFrameHints,
    config_file: Path | None = None,
    env: Mapping[str, str] | None = None,
) -> int:
    """The shell, full screen, until it exits; settings are loaded (validated) after the first
    paint, and a ConfigError from `load` is raised from here as before. Under systemd
    (`$NOTIFY_SOCKET`) it reports READY=1 and pings the watchdog from the UI thread."""
    from kiosk.sd_notify import Notifier, watchdog_interval_ms
    from kiosk.supervision import Supervision, install_drill

    env = os.environ if env is None else env
    try:
        start = StagedStart(hints, load, config_file)
    except MissingFont as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    supervision = Supervision(Notifier.from_env(env), watchdog_interval_ms(env))
    start.ready.connect(supervision.ready)
    install_drill()
    start.show()
    code = start.app.exec()
    supervision.stopping()
    start.stop()
    if isinstance(start.error, MissingFont):
        print(f"error: {start.error}", file=sys.stderr)
        return 1
    if start.error is not None:
        raise start.error
    return code


def _has_display(env: Mapping[str, str]) -> bool:
    if env.get("QT_QPA_PLATFORM", "") in ("offscreen", "minimal"):
        return False
    return bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))


def demo(
    settings: TerminalSettings,
    out_dir: Path,
    force_tour: bool,
    env: Mapping[str, str],
    services_only: bool = False,
    language: str | None = None,
) -> int:
    """Embedded central service (with Janus and coturn) + the shell with emulated devices,
    connected. `services_only`: no shell; wait for SIGINT or SIGTERM after the logins. The
    headless tour runs in a network namespace of its own where it can, so that its video call
    is a real one (kiosk/demo/live_call.py). `language`: the tour snaps every screen in that
    language instead (kiosk.demo.tour_language), with no call."""
    from kiosk.demo import live_call

    def say(line: str) -> None:
        print(f"[demo] {line}", flush=True)

    tour = not services_only and (force_tour or not _has_display(env))
    with contextlib.ExitStack() as stack:
        live = tour and language is None and live_call.enter_namespace(stack, say) is not None
        return _demo_services(settings, out_dir, tour, live, services_only, say, language)


def _demo_services(
    settings: TerminalSettings,
    out_dir: Path,
    tour: bool,
    live: bool,
    services_only: bool,
    say: Callable[[str], None],
    language: str | None = None,
) -> int:
    import asyncio

    from kiosk.demo import services
    from kiosk.demo.live_call import LiveStaff
    from kiosk.net.enrolment import enrol
    from kiosk.net.knowledge import download_knowledge

    root = Path(".data/demo")
    shutil.rmtree(root, ignore_errors=True)  # every demo starts from an empty service
    try:
        central = services.start_central(root / "central", say)
    except RuntimeError as err:  # names what failed, with the end of the service's log
        print(f"[demo] {err}", file=sys.stderr)
        return 1
    try:
        print(f"[demo] central service: {central.url}  (health: {central.url}/healthz)")
        settings = settings.model_copy(
            update={"central_url": central.url, "data_dir": root / "kiosk", "heartbeat_s": 2.0}
        )
        staff = services.seed_demo(central, say)  # organisations, staff, knowledge base
        from kiosk.demo.appointments import seed_appointments

        slots = seed_appointments(central.url, central.data_dir)
        print(f"[demo] appointments: office hours and {slots} free slots published")
        code = central.enrol_code(add_org=False)  # its owner, demo-bureau, is seeded
        asyncio.run(enrol(settings, code))
        print(f"[demo] terminal {settings.terminal_id} enrolled with a one-time code")
        synced = asyncio.run(download_knowledge(settings))
        print(
            f"[demo] offline knowledge base: {synced.articles_changed} articles, "
            f"{synced.templates} templates in {settings.data_dir}"
        )
        services.announce_staff(central, staff, say)
        if services_only:
            services.wait_for_stop(
                lambda: say("running without the kiosk window; stop with Ctrl-C")
            )
            return 0
        if tour and language is not None:
            from kiosk.demo.tour_language import run_language_tour

            written = run_language_tour(_build(settings), out_dir, language)
            for path in written:
                print(f"[demo] wrote {path}")
            print(f"[demo] {len(written)} screens in {language} written under {out_dir}/")
            return 0 if written else 1
        if tour:
            from kiosk.demo.tour import run_tour

            notary = next((s for s in staff if s.role == "notary"), None)
            taker = None
            if live and central.media and notary is not None:
                taker = LiveStaff(central.url, notary.username, notary.password)
            elif live:
                say("Janus and coturn are not running: the tour's call screens are fed")
            print("[demo] no display: running the shell offscreen through a scripted tour")
            written = run_tour(_build(settings), out_dir, taker, say)
            for path in written:
                print(f"[demo] wrote {path}")
            print(f"[demo] {len(written)} screens written to {out_dir}/")
            return 0
        print("[demo] starting the shell; close the window to stop")
        return run(lambda: settings, hints_of(settings))
    finally:
        central.stop()
        print("[demo] central service stopped")
