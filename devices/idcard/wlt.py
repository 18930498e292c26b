"""The card photo: 1024 bytes compressed with the card maker's WLT codec.

The codec is proprietary and ships only as vendor libraries, so decoding is a plug-in: the
raw bytes are always kept, and without a decoder the answer is a plain "cannot decode"
rather than an exception, so a journey can go on without the photo.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

WLT_BYTES = 1024


@dataclass(frozen=True, repr=False)
class PhotoResult:
    """A decoded photo (image file bytes, e.g. BMP or PNG) or why there is none."""

    image: bytes | None
    media_type: str = ""
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.image is not None

    def __repr__(self) -> str:  # the image is personal data
        size = len(self.image) if self.image is not None else 0
        return f"PhotoResult(ok={self.ok}, {size} bytes, detail={self.detail!r})"


class PhotoDecoder(Protocol):
    """A vendor WLT decoder wrapped to this interface."""

    def decode(self, wlt: bytes) -> PhotoResult: ...


class NoPhotoDecoder:
    """Used when no vendor decoder is installed."""

    def decode(self, wlt: bytes) -> PhotoResult:
        return PhotoResult(None, detail="cannot decode: no WLT photo decoder is installed")


def decode_photo(wlt: bytes, decoder: PhotoDecoder | None = None) -> PhotoResult:
    """Decode a card photo with `decoder`, never raising: a broken decoder is a plain result."""
    if len(wlt) != WLT_BYTES:
        return PhotoResult(None, detail=f"cannot decode: the photo has {len(wlt)} bytes")
    try:
        return (decoder or NoPhotoDecoder()).decode(wlt)
    except Exception as err:  # a vendor library must not take the journey down
        return PhotoResult(None, detail=f"cannot decode: the decoder failed ({type(err).__name__})")
