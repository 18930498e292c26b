"""What terminals deliver from their outbox, and the attachments uploaded before it."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import Field, TypeAdapter, model_validator

from api_client.schemas._base import _Wire
from api_client.schemas.payloads import (
    AppointmentPayload,
    CallbackPayload,
    ConsultationPayload,
    LegalAidPayload,
    RatingPayload,
    TerminalEventPayload,
    as_version_2,
)

# --- Submissions from the outbox -------------------------------------------------------------

SubmissionKind = Literal[
    "legal_aid", "consultation", "notarisation", "mediation", "callback", "rating", "terminal_event"
]


class _SubmissionBase(_Wire):
    """One item from a terminal's outbox. The idempotency key makes a retry harmless: the
    central service answers a repeat with the record it already has. A payload without a
    `version` is version 1 and is upgraded before it is validated (api_client.schemas.payloads).
    """

    idempotency_key: str = Field(pattern=r"^[0-9a-f-]{36}$")
    tracking_number: str = Field(pattern=r"^[A-Z0-9]{3,12}-\d{6}-\d{5,9}-(\d{4})?[0-9X]$")
    submitted_at: datetime

    @model_validator(mode="before")
    @classmethod
    def _upgrade(cls, data: Any) -> Any:
        if isinstance(data, dict) and "payload" in data:
            return {**data, "payload": as_version_2(data["payload"])}
        return data


class LegalAidSubmission(_SubmissionBase):
    kind: Literal["legal_aid"]
    payload: LegalAidPayload


class ConsultationSubmission(_SubmissionBase):
    kind: Literal["consultation"]
    payload: ConsultationPayload


class AppointmentSubmission(_SubmissionBase):
    kind: Literal["notarisation", "mediation"]
    payload: AppointmentPayload


class CallbackSubmission(_SubmissionBase):
    kind: Literal["callback"]
    payload: CallbackPayload


class RatingSubmission(_SubmissionBase):
    kind: Literal["rating"]
    payload: RatingPayload


class TerminalEventSubmission(_SubmissionBase):
    """Journaled by the central service, never adopted into a request."""

    kind: Literal["terminal_event"]
    payload: TerminalEventPayload


# One model per kind, told apart by `kind`: a 422 names the field in the kind's own payload
# (`body.legal_aid.payload.applicant.id_number`).
Submission = Annotated[
    LegalAidSubmission
    | ConsultationSubmission
    | AppointmentSubmission
    | CallbackSubmission
    | RatingSubmission
    | TerminalEventSubmission,
    Field(discriminator="kind"),
]
_SUBMISSION: TypeAdapter[Submission] = TypeAdapter(Submission)


def parse_submission(data: object) -> Submission:
    """A submission of any kind from plain data; pydantic.ValidationError when it is bad."""
    return _SUBMISSION.validate_python(data)


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
