"""Document scanner port: reads an MRZ or a QR/barcode from what is held up to the camera."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol, runtime_checkable

from devices.base import Device

ScanKind = Literal["mrz", "qr", "none"]


@dataclass(frozen=True, repr=False)
class ScanResult:
    kind: ScanKind
    text: str  # the MRZ lines or the QR payload: personal data, never logged
    photo: bytes = b""  # the portrait on a passport's photo page (an image file), if cut out

    def __repr__(self) -> str:
        return f"ScanResult({self.kind}, {len(self.text)} chars)"


@runtime_checkable
class DocumentScanner(Device, Protocol):
    def scan(self, timeout_s: float) -> ScanResult:
        """Wait up to `timeout_s` for a readable document; kind `none` when nothing was read."""
        ...
