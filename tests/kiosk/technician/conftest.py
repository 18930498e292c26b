"""Shells for technician mode: a real central service process, a terminal enrolled with it
through `lexkiosk enrol`, its settings file naming the technicians (as a pushed configuration
does), emulated devices and the real CUPS queue."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import tomli_w

from config.loader import load_settings
from config.pin import hash_pin
from devices.manager import DeviceManager
from kiosk.app import get_app
from kiosk.central_process import CentralProcess
from kiosk.net.token_store import TokenStore
from kiosk.shell import Shell
from tests.helpers import run_cli
from tests.helpers.kiosk import kiosk_env

PIN = "482913"
TECHNICIAN = "wang.tech"


@pytest.fixture(scope="module")
def central(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CentralProcess]:
    with CentralProcess(tmp_path_factory.mktemp("central"), heartbeat_s=2.0) as process:
        yield process


@pytest.fixture
def tech_shell(
    qtbot: Any, tmp_path: Path, central: CentralProcess
) -> Iterator[Callable[..., Shell]]:
    """`factory(terminal_id, enrol=True, **settings)`: the shell, shown and started."""
    made: list[Shell] = []

    def factory(terminal_id: str, enrol: bool = True, **settings: Any) -> Shell:
        data_dir = tmp_path / terminal_id
        env = kiosk_env(central, data_dir, terminal_id)
        if enrol:
            done = run_cli("lexkiosk", "enrol", central.enrol_code(), env=env)
            assert done.returncode == 0, done.stderr
        config_file = tmp_path / f"{terminal_id}.toml"
        tree = {"technicians": [{"name": TECHNICIAN, "pin_hash": hash_pin(PIN)}], **settings}
        config_file.write_text(tomli_w.dumps(tree))
        loaded = load_settings(config_file, env, {"heartbeat_s": "2"})
        devices = DeviceManager(loaded.devices, loaded.data_dir, list(loaded.languages))
        shell = Shell(
            get_app(loaded.profile),
            loaded,
            devices,
            TokenStore(loaded.data_dir).load(),
            config_file=config_file,
        )
        qtbot.addWidget(shell.window)
        shell.window.show()
        qtbot.waitExposed(shell.window)
        shell.start()
        made.append(shell)
        return shell

    yield factory
    for shell in made:
        shell.stop()
