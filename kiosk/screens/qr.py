"""A QR code on screen, for the resident's phone: drawn by segno, shown as a pixmap."""

from __future__ import annotations

import io

import segno

from kiosk.qt import QPixmap


def qr_pixmap(text: str, scale: int = 8) -> QPixmap:
    """`text` as a QR code with the quiet zone phones need; `scale` pixels a module."""
    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=scale, border=4)
    pixmap = QPixmap()
    if not pixmap.loadFromData(buffer.getvalue(), "PNG"):
        raise ValueError("the QR code could not be drawn")
    return pixmap
