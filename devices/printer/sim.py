"""A printer emulator with a paper supply: jobs land as files in an output folder.

Fault injection: `load_paper(sheets)` (0 = paper out) and `set_offline()`.
"""

from __future__ import annotations

import itertools
import shutil
import threading
from pathlib import Path

from devices.base import EventSource
from devices.xfs import (
    Completion,
    CompletionCode,
    DeviceFamily,
    DeviceStatus,
    EventKind,
    PaperLevel,
)

LOW_SHEETS = 20


class SimPrinter(EventSource):
    def __init__(self, out_dir: Path, sheets: int = 200) -> None:
        super().__init__(DeviceFamily.PRINTER, DeviceStatus.ONLINE)
        self.out_dir = out_dir
        self._sheets = sheets
        self._jobs = itertools.count(1)
        self._lock = threading.Lock()

    def capabilities(self) -> dict[str, object]:
        return {"formats": ["application/pdf"], "paper": ["a4"], "emulated": True}

    def paper(self) -> PaperLevel:
        if self._sheets <= 0:
            return PaperLevel.OUT
        return PaperLevel.LOW if self._sheets <= LOW_SHEETS else PaperLevel.FULL

    def load_paper(self, sheets: int) -> None:
        before = self.paper()
        self._sheets = sheets
        if self.paper() is not before:
            self.emit(EventKind.PAPER_THRESHOLD, level=self.paper().value)

    def set_offline(self, offline: bool = True) -> None:
        self.set_status(DeviceStatus.OFFLINE if offline else DeviceStatus.ONLINE)

    def print_pdf(self, pdf: Path, title: str, timeout_s: float) -> Completion[str]:
        with self._lock:
            if self.status() is not DeviceStatus.ONLINE:
                return Completion(CompletionCode.DEVICE_NOT_READY, detail="the printer is offline")
            if self.paper() is PaperLevel.OUT:
                return Completion(
                    CompletionCode.DEVICE_NOT_READY, detail="the printer is out of paper"
                )
            if not pdf.read_bytes().startswith(b"%PDF-"):
                return Completion(CompletionCode.INVALID_DATA, detail="the file is not a PDF")
            job = f"sim-{next(self._jobs)}"
            self.out_dir.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(pdf, self.out_dir / f"{job}.pdf")
            self.load_paper(self._sheets - 1)
            return Completion(CompletionCode.SUCCESS, result=job)

    def close(self) -> None:
        self.set_status(DeviceStatus.OFFLINE)
