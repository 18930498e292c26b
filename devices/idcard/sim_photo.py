"""The card emulators' stand-in for the vendor WLT photo codec.

Real cards carry their photo in the proprietary WLT format (1024 bytes, decoded only by vendor
libraries). The emulators need a photo the face check can compare with, in the same 1024
bytes: a greyscale JPEG of the card photo (102 x 126 pixels), at the best quality that fits,
padded with zeros (JPEG readers stop at the end-of-image marker). `EmulatorPhotoDecoder`
decodes exactly that and nothing else, so a real WLT photo stays "cannot decode".
"""

from __future__ import annotations

import cv2
import numpy as np
import numpy.typing as npt

from devices.idcard.wlt import WLT_BYTES, PhotoResult

CARD_PHOTO_SIZE = (102, 126)  # width, height of a 2nd-generation card photo
_SOI = b"\xff\xd8\xff"
_EOI = b"\xff\xd9"


def encode_card_photo(rgb: npt.NDArray[np.uint8]) -> bytes:
    """A portrait (RGB) as the emulator's 1024-byte photo; ValueError if it cannot fit."""
    grey = cv2.cvtColor(
        cv2.resize(rgb, CARD_PHOTO_SIZE, interpolation=cv2.INTER_AREA), cv2.COLOR_RGB2GRAY
    )
    for quality in range(60, 4, -5):
        ok, data = cv2.imencode(
            ".jpg", grey, [cv2.IMWRITE_JPEG_QUALITY, quality, cv2.IMWRITE_JPEG_OPTIMIZE, 1]
        )
        if ok and len(data) <= WLT_BYTES:
            return data.tobytes().ljust(WLT_BYTES, b"\0")
    raise ValueError("the portrait does not fit in a card photo at any usable quality")


class EmulatorPhotoDecoder:
    """Decodes the emulators' card photos; a vendor WLT photo is refused plainly."""

    def decode(self, wlt: bytes) -> PhotoResult:
        if not wlt.startswith(_SOI):
            return PhotoResult(None, detail="cannot decode: not an emulated card photo")
        end = wlt.rfind(_EOI)
        if end < 0:
            return PhotoResult(None, detail="cannot decode: the emulated card photo is cut off")
        return PhotoResult(wlt[: end + len(_EOI)], media_type="image/jpeg")
