"""A real central service process for the service journeys, seeded once per module with the
demo knowledge base and templates; shells enrolled with it and holding its offline copy."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from config.loader import load_settings
from devices.manager import DeviceManager
from kiosk.app import get_app
from kiosk.net.enrolment import enrol
from kiosk.net.knowledge import download_knowledge
from kiosk.shell import Shell
from tests.helpers.server import CentralProcess

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


class Desk:
    """A clerk of the demo bureau at the central service, through its HTTP API: publishes
    office hours and slots, reads the requests that arrived."""

    def __init__(self, central: CentralProcess, token: str) -> None:
        self.http = httpx.Client(
            base_url=central.url, headers={"Authorization": f"Bearer {token}"}, timeout=10.0
        )

    def office_hours(self, opens: str = "09:00", closes: str = "17:00") -> None:
        hours = [{"weekday": d, "opens": opens, "closes": closes} for d in range(5)]
        reply = self.http.put(f"/api/v1/organisations/{ORG}/office-hours", json={"hours": hours})
        assert reply.status_code == 200, reply.text

    def slots(self, service: str, starts_at: datetime, count: int) -> list[int]:
        body = {
            "service": service,
            "starts_at": starts_at.isoformat(),
            "minutes": 30,
            "count": count,
        }
        reply = self.http.post(f"/api/v1/organisations/{ORG}/slots", json=body)
        assert reply.status_code == 201, reply.text
        return [int(s["slot_id"]) for s in reply.json()]

    def request(self, tracking: str) -> dict[str, Any] | None:
        reply = self.http.get(f"/api/v1/requests/{tracking}")
        if reply.status_code == 404:
            return None
        assert reply.status_code == 200, reply.text
        found: dict[str, Any] = reply.json()
        return found


ORG = "demo-bureau"


@pytest.fixture(scope="module")
def desk(central: CentralProcess) -> Iterator[Desk]:
    central.add_staff("clerk1", "窗口一", ORG, "clerk", "clerk-password-1")
    login = httpx.post(
        f"{central.url}/api/v1/auth/login",
        json={"username": "clerk1", "password": "clerk-password-1"},
        timeout=10.0,
    )
    assert login.status_code == 200, login.text
    clerk = Desk(central, login.json()["access_token"])
    yield clerk
    clerk.http.close()
