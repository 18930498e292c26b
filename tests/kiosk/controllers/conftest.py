"""A real central service process for the service journeys, seeded once per module with the
demo knowledge base and templates; shells enrolled with it and holding its offline copy."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from config.loader import load_settings
from devices.manager import DeviceManager
from kiosk.app import get_app
from kiosk.central_process import CentralProcess
from kiosk.net.enrolment import enrol
from kiosk.net.knowledge import download_knowledge
from kiosk.shell import Shell

_numbers = itertools.count(1)


@pytest.fixture(scope="module")
def central(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CentralProcess]:
    process = CentralProcess(tmp_path_factory.mktemp("central"), heartbeat_s=1.0)
    process.start()
    try:
        process.seed_knowledge()
        yield process
    finally:
        process.stop()


@pytest.fixture
def online_shell(
    qtbot, tmp_path: Path, clock, central: CentralProcess
) -> Iterator[Callable[..., Shell]]:
    """Enrolled with `central` (a terminal id of its own), knowledge downloaded, started."""
    made: list[Shell] = []

    def factory(download: bool = True, **overrides: str) -> Shell:
        terminal = f"JRN{next(_numbers):03d}"
        settings = load_settings(
            None,
            {},
            {
                "data_dir": str(tmp_path / terminal),
                "central_url": central.url,
                "terminal_id": terminal,
                "heartbeat_s": "1",
                **overrides,
            },
        )
        token = asyncio.run(enrol(settings, central.enrol_code())).device_token
        if download:
            asyncio.run(download_knowledge(settings))
        devices = DeviceManager(settings.devices, settings.data_dir, list(settings.languages))
        shell = Shell(get_app(settings.profile), settings, devices, token, clock=clock)
        qtbot.addWidget(shell.window)
        shell.window.show()
        shell.start()
        made.append(shell)
        return shell

    yield factory
    for shell in made:
        shell.stop()
