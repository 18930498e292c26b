"""An in-process ID reader emulator: a card is placed on it and taken off.

The serial-line emulator speaking the SAM frame protocol replaces this for driver tests.
"""

from __future__ import annotations

import threading

from devices.base import EventSource
from devices.errors import DeviceTimeout
from devices.idcard.port import IdCardData
from devices.xfs import DeviceFamily, DeviceStatus, EventKind


class SimIdReader(EventSource):
    def __init__(self) -> None:
        super().__init__(DeviceFamily.ID_READER, DeviceStatus.ONLINE)
        self._card: IdCardData | None = None
        self._inserted = threading.Event()

    def capabilities(self) -> dict[str, object]:
        return {"cardTypes": ["resident"], "photo": "wlt", "emulated": True}

    def place(self, card: IdCardData) -> None:
        self._card = card
        self._inserted.set()
        self.emit(EventKind.MEDIA_INSERTED)

    def take_off(self) -> None:
        self._card = None
        self._inserted.clear()
        self.emit(EventKind.MEDIA_REMOVED)

    def card_present(self) -> bool:
        return self._card is not None

    def read_card(self, timeout_s: float) -> IdCardData:
        if not self._inserted.wait(timeout_s) or self._card is None:
            raise DeviceTimeout(self.family, "no card was placed on the reader in time")
        return self._card

    def close(self) -> None:
        self.set_status(DeviceStatus.OFFLINE)
