"""A terminal enrolled with a real central service through `lexkiosk enrol`, as a technician
would, its shell built as `lexkiosk run` builds it (offscreen)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from config.loader import load_settings
from config.settings import TerminalSettings
from devices.manager import DeviceManager
from kiosk.app import get_app
from kiosk.central_process import CentralProcess
from kiosk.net.token_store import TokenStore
from kiosk.shell import Shell
from tests.helpers import run_cli


def kiosk_env(central: CentralProcess, data_dir: Path, terminal_id: str) -> dict[str, str]:
    """The environment of a terminal using `central`, none of the caller's LEXKIOSK_ settings
    (the configuration file named does not exist: defaults and these variables only)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("LEXKIOSK_")}
    return env | {
        "LEXKIOSK_CONFIG": str(data_dir.parent / "none.toml"),
        "LEXKIOSK_CENTRAL_URL": central.url,
        "LEXKIOSK_DATA_DIR": str(data_dir),
        "LEXKIOSK_TERMINAL_ID": terminal_id,
    }


@dataclass
class EnrolledKiosk:
    """A shell shown but not started (`shell.start()` starts the network side)."""

    env: dict[str, str]
    settings: TerminalSettings
    devices: DeviceManager
    shell: Shell
    stopped: bool = field(default=False)

    def stop(self) -> None:
        """Stop the shell once (a test may stop it early to look at what it left behind)."""
        if not self.stopped:
            self.stopped = True
            self.shell.stop()


def enrolled_kiosk(
    qtbot: Any, central: CentralProcess, data_dir: Path, terminal_id: str, site: str | None = None
) -> EnrolledKiosk:
    """Enrol `terminal_id` with a fresh one-time code through the CLI, then build its shell
    with the service's heartbeat interval; the caller stops it."""
    env = kiosk_env(central, data_dir, terminal_id)
    if site is not None:
        env["LEXKIOSK_SITE"] = site
    enrolled = run_cli("lexkiosk", "enrol", central.enrol_code(), env=env)
    assert enrolled.returncode == 0, enrolled.stderr
    settings = load_settings(None, env, {"heartbeat_s": str(central.heartbeat_s)})
    devices = DeviceManager(settings.devices, settings.data_dir, list(settings.languages))
    shell = Shell(
        get_app(settings.profile), settings, devices, TokenStore(settings.data_dir).load()
    )
    qtbot.addWidget(shell.window)
    shell.window.show()
    return EnrolledKiosk(env, settings, devices, shell)
