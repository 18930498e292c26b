"""A scanner emulator: documents are presented to it one at a time, as a resident would."""

from __future__ import annotations

import queue

from devices.base import EventSource
from devices.scanner.port import ScanKind, ScanResult
from devices.xfs import DeviceFamily, DeviceStatus, EventKind


class SimScanner(EventSource):
    def __init__(self) -> None:
        super().__init__(DeviceFamily.SCANNER, DeviceStatus.ONLINE)
        self._presented: queue.Queue[ScanResult] = queue.Queue()

    def capabilities(self) -> dict[str, object]:
        return {"kinds": ["mrz", "qr"], "emulated": True}

    def present(self, kind: ScanKind, text: str, photo: bytes = b"") -> None:
        """A document held up; `photo` is its portrait as an image file (passports)."""
        self._presented.put(ScanResult(kind, text, photo))
        self.emit(EventKind.MEDIA_INSERTED)

    def scan(self, timeout_s: float) -> ScanResult:
        try:
            return self._presented.get(timeout=timeout_s)
        except queue.Empty:
            return ScanResult("none", "")

    def close(self) -> None:
        self.set_status(DeviceStatus.OFFLINE)
