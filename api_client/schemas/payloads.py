"""What each kind of submission carries: one typed payload per kind, versioned.

Version 2 is what the journeys in `kiosk/flows/` build. Version 1 (no `version` key) is what
terminals queued before issue 15: plain dicts whose shapes are recorded in
`tests/api_client/fixtures/outbox_v1/`. An outbox item may wait days for the network, so the
contract still reads version 1: `upgrade_v1` turns it into version 2 before validation, and
a malformed ID number or phone is refused either way.
"""

from __future__ import annotations

from typing import Annotated, Any, Final, Literal

from pydantic import Field

from api_client.personal_data import normalise_phone
from api_client.schemas._base import TRACKING_NUMBER_PATTERN, _Wire
from api_client.schemas.knowledge import KnowledgeCategory
from api_client.schemas.requests import KioskApplicant

PAYLOAD_VERSION: Final = 2
UPLOAD_ID = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
MAX_ATTACHMENTS = 20


class _Payload(_Wire):
    version: Literal[2] = PAYLOAD_VERSION
    attachments: list[Annotated[str, Field(pattern=UPLOAD_ID)]] = Field(
        default_factory=list,
        max_length=MAX_ATTACHMENTS,
        description="upload ids, each fully uploaded before the submission",
    )


class LegalAidPayload(_Payload):
    applicant: KioskApplicant
    eligibility: dict[Annotated[str, Field(max_length=32)], bool] = Field(
        default_factory=dict, max_length=16, description="the screening questions' answers"
    )
    description: str = Field("", max_length=2000)
    document_photos: int = Field(0, ge=0, le=MAX_ATTACHMENTS)


class ConsultationPayload(_Payload):
    """A lawyer is asked to call back about a question (an article the resident read)."""

    applicant: KioskApplicant
    contact: Literal["callback"] = "callback"
    article_id: int | None = Field(None, ge=1)
    question: str = Field("", max_length=2000)
    category: KnowledgeCategory | None = None


class AppointmentPayload(_Payload):
    """Notarisation or mediation asked for through the outbox (bookings go online)."""

    applicant: KioskApplicant
    summary: str = Field("", max_length=2000)


class CallbackPayload(_Payload):
    """The 12348 hotline calls back."""

    applicant: KioskApplicant
    topic: str = Field("", max_length=64)


class RatingPayload(_Payload):
    """No personal data: the service rated, the score, the resident's words."""

    service: str = Field("", max_length=64)
    score: int = Field(ge=1, le=5)
    comment: str = Field("", max_length=500)
    request_tracking_number: str | None = Field(None, pattern=TRACKING_NUMBER_PATTERN)


TerminalEventName = Literal[
    "technician.entered",
    "technician.refused",
    "technician.locked_out",
    "technician.left",
    "shell.crash_loop",
]


class TerminalEventPayload(_Payload):
    """Something that happened at the terminal itself, for the central journal: who (a
    technician's account name, never a PIN) and what; no resident's data."""

    event: TerminalEventName
    technician: str = Field("", max_length=64, pattern=r"^[A-Za-z0-9_.-]*$")
    detail: str = Field("", max_length=200)


AnyPayload = (
    LegalAidPayload
    | ConsultationPayload
    | AppointmentPayload
    | CallbackPayload
    | RatingPayload
    | TerminalEventPayload
)
PAYLOAD_OF: Final[dict[str, type[AnyPayload]]] = {
    "legal_aid": LegalAidPayload,
    "consultation": ConsultationPayload,
    "notarisation": AppointmentPayload,
    "mediation": AppointmentPayload,
    "callback": CallbackPayload,
    "rating": RatingPayload,
    "terminal_event": TerminalEventPayload,
}

# --- Version 1: the plain dicts terminals queued before -------------------------------------

_CONTACT: Final = ("name", "phone", "id_number", "address", "identified_by")
# Keys version 1 carried that version 2 says otherwise: the tracking number (the submission
# has it) and the channel (the kind decides it).
_DROPPED: Final = ("tracking_number", "channel")


def upgrade_v1(payload: dict[str, Any]) -> dict[str, Any]:
    """A version 1 payload in version 2's shape (then validated like any other): the contact
    gathered into `applicant` (it sat at the top level in call-back requests), the phone's
    spaces and dashes dropped, the keys version 2 no longer carries left out."""
    out = {k: v for k, v in payload.items() if k not in (*_CONTACT, *_DROPPED, "applicant")}
    given = payload.get("applicant")
    applicant = dict(given) if isinstance(given, dict) else {}
    applicant |= {k: payload[k] for k in _CONTACT if k in payload and k not in applicant}
    for key in ("id_number", "identified_by"):
        if applicant.get(key) in ("", None):
            applicant.pop(key, None)  # version 1 sent what it had, empty or not
    if isinstance(applicant.get("phone"), str):
        applicant["phone"] = normalise_phone(applicant["phone"])
    if applicant:
        out["applicant"] = applicant
    return out | {"version": PAYLOAD_VERSION}


def as_version_2(payload: object) -> object:
    """`payload` unchanged when it is a version (2) already, else upgraded from version 1."""
    if isinstance(payload, dict) and "version" not in payload:
        return upgrade_v1(payload)
    return payload


def read_payload(kind: str, payload: dict[str, Any]) -> AnyPayload:
    """A stored payload (of either version) as its model; pydantic.ValidationError if bad."""
    return PAYLOAD_OF[kind].model_validate(as_version_2(payload))
