"""QR codes and barcodes with zxing-cpp, which also decodes Chinese (UTF-8/GBK) payloads."""

from __future__ import annotations

from dataclasses import dataclass

import zxingcpp

from devices.scanner.ocr import Image


@dataclass(frozen=True, repr=False)
class Barcode:
    format: str
    text: str

    def __repr__(self) -> str:
        return f"Barcode({self.format}, {len(self.text)} chars)"


def read_barcodes(image: Image) -> list[Barcode]:
    return [
        Barcode(result.format.name, result.text)
        for result in zxingcpp.read_barcodes(image)
        if result.valid
    ]
