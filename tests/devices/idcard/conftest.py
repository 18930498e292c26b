"""Fixtures for the ID card reader: the pty emulator and the real driver opened on it."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from devices.base import Device
from devices.idcard.emulator import IdCardEmulator, synthetic_card
from devices.idcard.serial_reader import SerialIdReader
from devices.xfs import DeviceEvent, DeviceStatus, EventKind


@pytest.fixture
def emulator(tmp_path: Path) -> Iterator[IdCardEmulator]:
    """A reader with a synthetic resident card, reachable through a stable link."""
    with IdCardEmulator(synthetic_card(7), link=tmp_path / "ttyID0") as emu:
        yield emu


@pytest.fixture
def make_reader(emulator: IdCardEmulator) -> Iterator[Callable[..., SerialIdReader]]:
    """Open the real driver on the emulator's port; every reader is closed afterwards."""
    readers: list[SerialIdReader] = []

    def make(**kwargs: object) -> SerialIdReader:
        reader = SerialIdReader(emulator.path, emulator.baud, **kwargs)  # type: ignore[arg-type]
        readers.append(reader)
        return reader

    yield make
    for reader in readers:
        reader.close()


class EventLog:
    """Collects a device's events and lets a test wait for one without sleeping."""

    def __init__(self) -> None:
        self.events: list[DeviceEvent] = []
        self._changed = threading.Condition()

    def __call__(self, event: DeviceEvent) -> None:
        with self._changed:
            self.events.append(event)
            self._changed.notify_all()

    def clear(self) -> None:
        with self._changed:
            self.events.clear()

    def kinds(self) -> list[EventKind]:
        return [event.kind for event in self.events]

    def wait_for(self, kind: EventKind, timeout: float = 5.0, **detail: str) -> bool:
        def seen() -> bool:
            return any(
                e.kind is kind and all(e.detail.get(k) == v for k, v in detail.items())
                for e in self.events
            )

        with self._changed:
            return self._changed.wait_for(seen, timeout)

    def wait_for_status(
        self, status: DeviceStatus, device: Device | None = None, timeout: float = 5.0
    ) -> bool:
        """Wait until `device` has `status`, or a change to it is seen after subscribing.

        Subscribe first: a change before that is only seen through `device.status()`.
        """

        def reached() -> bool:
            return (device is not None and device.status() is status) or any(
                e.kind is EventKind.STATUS_CHANGED and e.detail.get("status") == status.value
                for e in self.events
            )

        with self._changed:
            return self._changed.wait_for(reached, timeout)


@pytest.fixture
def event_log() -> EventLog:
    return EventLog()
