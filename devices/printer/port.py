"""Printer port: print a PDF and follow the job; paper level as XFS4IoT thresholds."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol, runtime_checkable

from devices.base import Device
from devices.xfs import Completion, PaperLevel


@runtime_checkable
class Printer(Device, Protocol):
    def print_pdf(self, pdf: Path, title: str, timeout_s: float) -> Completion[str]:
        """Print and wait for the job to end; the result on success is the job id."""
        ...

    def paper(self) -> PaperLevel: ...
