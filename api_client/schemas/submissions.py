"""What terminals deliver from their outbox, and the attachments uploaded before it."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field

from api_client.schemas._base import _Wire

# --- Submissions from the outbox -------------------------------------------------------------

SubmissionKind = Literal[
    "legal_aid", "consultation", "notarisation", "mediation", "callback", "rating"
]


class Submission(_Wire):
    """One item from a terminal's outbox. The idempotency key makes a retry harmless: the
    central service answers a repeat with the record it already has."""

    idempotency_key: str = Field(pattern=r"^[0-9a-f-]{36}$")
    kind: SubmissionKind
    tracking_number: str = Field(pattern=r"^[A-Z0-9]{3,12}-\d{6}-\d{5,9}-(\d{4})?[0-9X]$")
    submitted_at: datetime
    payload: dict[str, object]


class SubmissionReceipt(_Wire):
    tracking_number: str
    duplicate: bool = Field(description="true when this key had already been received")


# --- Large attachments, uploaded in chunks ---------------------------------------------------

UPLOAD_ID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
MAX_UPLOAD_BYTES = 64 * 1024 * 1024
MAX_CHUNK_BYTES = 1024 * 1024


class UploadStart(_Wire):
    """Announce a file; the terminal picks the id, so a retry after a crash finds the upload."""

    upload_id: str = Field(pattern=UPLOAD_ID_PATTERN)
    size: int = Field(ge=1, le=MAX_UPLOAD_BYTES)
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")


class UploadState(_Wire):
    upload_id: str
    size: int
    received: int = Field(description="bytes stored so far: resume from here")
    complete: bool
