"""Image files to RGB arrays and back: card and passport photos in, document photos out."""

from __future__ import annotations

import cv2
import numpy as np
import numpy.typing as npt

Rgb = npt.NDArray[np.uint8]


def decode_image(data: bytes) -> Rgb | None:
    """An image file's bytes (JPEG, PNG, BMP) as RGB; None when they are not an image."""
    if not data:
        return None
    bgr = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)
    if bgr is None:
        return None
    return cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB)  # type: ignore[return-value]


def encode_jpeg(rgb: Rgb, quality: int = 85) -> bytes:
    """An RGB frame as JPEG bytes (a document photo to attach)."""
    ok, data = cv2.imencode(
        ".jpg", cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, quality]
    )
    if not ok:
        raise ValueError("the frame could not be encoded as JPEG")
    return data.tobytes()
