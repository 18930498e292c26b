"""`lexkiosk run` and `lexkiosk demo`: put the shell, the devices and the network together."""

from __future__ import annotations

import asyncio
import logging
import shutil
import sys
from collections.abc import Mapping
from pathlib import Path

from config.settings import TerminalSettings
from devices.manager import DeviceManager
from kiosk.app import MissingFont, get_app, route_qt_messages_to_logging
from kiosk.net.token_store import TokenStore
from kiosk.qt import QTimer
from kiosk.shell import Shell

log = logging.getLogger(__name__)


RESTART_EXIT_CODE = 75  # the service manager (systemd Restart=always) starts the shell again


def _build(settings: TerminalSettings, config_file: Path | None = None) -> Shell:
    route_qt_messages_to_logging()
    app = get_app(settings.profile)
    devices = DeviceManager(settings.devices, settings.data_dir, list(settings.languages))
    token = TokenStore(settings.data_dir).load()
    return Shell(app, settings, devices, token, config_file=config_file)


def run(settings: TerminalSettings, config_file: Path | None = None) -> int:
    try:
        shell = _build(settings, config_file)
    except MissingFont as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    shell.window.showFullScreen()
    app = get_app(settings.profile)

    def after_first_paint() -> None:
        """The network, the outbox, remote commands and the keyboard's QML."""
        shell.start()
        shell.commands.restart_requested.connect(lambda: app.exit(RESTART_EXIT_CODE))

    QTimer.singleShot(0, after_first_paint)
    code = app.exec()
    shell.stop()
    return code


def _has_display(env: Mapping[str, str]) -> bool:
    if env.get("QT_QPA_PLATFORM", "") in ("offscreen", "minimal"):
        return False
    return bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))


def demo(
    settings: TerminalSettings, out_dir: Path, force_tour: bool, env: Mapping[str, str]
) -> int:
    """Embedded central service + the shell with emulated devices, connected."""
    from kiosk.central_process import CentralProcess
    from kiosk.net.enrolment import enrol
    from kiosk.net.knowledge import download_knowledge

    root = Path(".data/demo")
    shutil.rmtree(root, ignore_errors=True)  # every demo starts from an empty service
    central = CentralProcess(root / "central", heartbeat_s=2.0)
    print(f"[demo] starting the central service (SQLite in {central.data_dir})")
    central.start()
    try:
        print(f"[demo] central service: {central.url}  (health: {central.url}/healthz)")
        settings = settings.model_copy(
            update={"central_url": central.url, "data_dir": root / "kiosk", "heartbeat_s": 2.0}
        )
        for line in central.seed_knowledge():
            print(f"[demo] knowledge base: {line}")
        from kiosk.demo_appointments import seed_appointments

        slots = seed_appointments(central.url, central.data_dir)
        print(f"[demo] appointments: office hours and {slots} free slots published")
        code = central.enrol_code()
        asyncio.run(enrol(settings, code))
        print(f"[demo] terminal {settings.terminal_id} enrolled with a one-time code")
        synced = asyncio.run(download_knowledge(settings))
        print(
            f"[demo] offline knowledge base: {synced.articles_changed} articles, "
            f"{synced.templates} templates in {settings.data_dir}"
        )
        tour = force_tour or not _has_display(env)
        if tour:
            from kiosk.demo_tour import run_tour

            print("[demo] no display: running the shell offscreen through a scripted tour")
            written = run_tour(_build(settings), out_dir)
            for path in written:
                print(f"[demo] wrote {path}")
            print(f"[demo] {len(written)} screens written to {out_dir}/")
            return 0
        print("[demo] starting the shell; close the window to stop")
        return run(settings)
    finally:
        central.stop()
        print("[demo] central service stopped")
