"""A factory for shells with emulated devices and a clock the test moves by hand."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from api_client.outbox.files import ensure_key
from config.loader import load_settings
from devices.manager import DeviceManager
from kiosk.app import get_app
from kiosk.shell import Shell


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make_shell(qtbot, tmp_path: Path, clock: FakeClock) -> Iterator[Callable[..., Shell]]:
    made: list[Shell] = []

    def factory(token: str | None = None, **overrides: str) -> Shell:
        settings = load_settings(None, {}, {"data_dir": str(tmp_path), **overrides})
        ensure_key(tmp_path)  # done at enrolment on a real terminal
        app = get_app(settings.profile)
        devices = DeviceManager(settings.devices, settings.data_dir, list(settings.languages))
        shell = Shell(app, settings, devices, token, clock=clock)
        qtbot.addWidget(shell.window)
        shell.window.show()
        made.append(shell)
        return shell

    yield factory
    for shell in made:
        shell.stop()


@pytest.fixture
def offline_shell(make_shell) -> Shell:
    """An enrolled terminal whose central service does not answer (nothing listens there)."""
    from kiosk.central_process import free_port

    shell: Shell = make_shell(token="t" * 43, central_url=f"http://127.0.0.1:{free_port()}")
    shell.network.start()
    return shell
