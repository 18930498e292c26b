"""The wire contract of documents pushed during a call (issue 17): staff push a PDF, the
terminal fetches it, shows it, and returns it signed by touch (the ink as points with timing,
its image, and the PDF with the signature stamped in as an incremental update).

Pydantic only, like the rest of `api_client.schemas`.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

SHA256_PATTERN = r"^[0-9a-f]{64}$"
# The largest PDF staff may push (the body gate lets 12 MiB through for these routes).
MAX_DOCUMENT_BYTES = 8 * 1024 * 1024
MAX_INK_POINTS = 20_000


class _Wire(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DocumentShown(_Wire):
    """What the terminal learns with the session's status: the current document to show."""

    version: int = Field(ge=1, description="1, 2, ... a new push is a new version")
    title: str
    sha256: str = Field(pattern=SHA256_PATTERN, description="of the PDF as pushed")
    signed: bool = Field(description="this version came back signed")


class DocumentOut(_Wire):
    """One pushed version as staff see it."""

    version: int
    title: str
    sha256: str
    size: int
    pushed_at: datetime
    current: bool = Field(description="the latest push (an older one is superseded)")
    signed_sha256: str | None = None
    signed_at: datetime | None = None
    ink_sha256: str | None = None
    ink_points: int = 0


class InkPoint(_Wire):
    """One touch sample on the pad: position in pad pixels, time since the first touch."""

    x: float = Field(ge=0, le=10_000)
    y: float = Field(ge=0, le=10_000)
    t_ms: int = Field(ge=0, le=3_600_000)


class InkStroke(_Wire):
    """From a finger down to the finger up."""

    points: list[InkPoint] = Field(min_length=1, max_length=MAX_INK_POINTS)


class Ink(_Wire):
    """The signature as written: strokes of timed points on a pad of the given size."""

    width: int = Field(ge=50, le=10_000)
    height: int = Field(ge=20, le=10_000)
    strokes: list[InkStroke] = Field(min_length=1, max_length=500)


class SignedDocument(_Wire):
    """What the terminal returns: the version it showed (by hash), the ink as written and
    its image (PNG, base64). The central service stamps the ink into the PDF as an
    incremental update (the pushed bytes stay the first bytes of the signed file)."""

    sha256: str = Field(pattern=SHA256_PATTERN, description="the version signed, as pushed")
    signature_png_b64: str = Field(min_length=8, max_length=700_000)
    ink: Ink
