"""Requests across channels: progress, bookings, staff work, transfers, the public side."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import Field, field_validator, model_validator

from api_client.personal_data import PHONE_PATTERN as PHONE_PATTERN
from api_client.personal_data import (
    IdentifiedBy,
    document_number_problem,
    id_number_problem,
    normalise_phone,
)
from api_client.schemas._base import (
    ID_MAX,
    IDEMPOTENCY_KEY_PATTERN,
    TRACKING_NUMBER_PATTERN,
    _Wire,
)
from api_client.schemas.staff import ORG_CODE_PATTERN, USERNAME_PATTERN

# --- Requests across channels (issue 6) -------------------------------------------------------

RequestKind = Literal["legal_aid", "consultation", "notarisation", "mediation", "callback"]
Channel = Literal["kiosk", "hall", "hotline", "online"]
RequestStatus = Literal[
    "submitted",
    "accepted",
    "in_progress",
    "transferred",
    "returned",
    "completed",
    "closed",
    "rejected",
]
TransferState = Literal["pending", "accepted", "returned"]


class ProgressQuery(_Wire):
    """Tracking number plus a second factor: the last four of the ID number or of the phone."""

    tracking_number: str = Field(pattern=TRACKING_NUMBER_PATTERN)
    last4: str = Field(pattern=r"^[0-9]{3}[0-9X]$")


class ProgressStep(_Wire):
    at: datetime
    status: RequestStatus
    text: str = Field(description="the step in plain words, fit to show and read aloud")


class Progress(_Wire):
    """What a resident may see about a request: no personal data, no internal notes."""

    tracking_number: str
    kind: RequestKind
    status: RequestStatus
    status_text: str = Field(description="the status in plain words, fit to read aloud")
    organisation: str
    created_at: datetime
    updated_at: datetime
    due_at: datetime
    steps: list[ProgressStep]


class OfficeHoursOut(_Wire):
    weekday: int = Field(ge=0, le=6, description="0 = Monday")
    opens: str
    closes: str


class SlotOut(_Wire):
    slot_id: int
    service: str
    starts_at: datetime
    ends_at: datetime


class OrganisationSlots(_Wire):
    """One organisation's office hours and its free slots."""

    organisation_code: str
    organisation_name: str
    office_hours: list[OfficeHoursOut]
    slots: list[SlotOut]


class BookingRequest(_Wire):
    """Book a slot and create the request in one step; the key makes a retry harmless."""

    idempotency_key: str = Field(pattern=r"^[0-9a-f-]{36}$")
    tracking_number: str = Field(pattern=TRACKING_NUMBER_PATTERN)
    slot_id: int = Field(ge=1, le=ID_MAX)
    kind: Literal["notarisation", "mediation"]
    applicant: KioskApplicant
    summary: str = Field(default="", max_length=2000)


class BookingOut(_Wire):
    tracking_number: str
    slot: SlotOut
    organisation_name: str
    duplicate: bool


CheckInWindow = Literal["open", "too_early", "over"]


class BookingCheckIn(_Wire):
    """A booked appointment as the terminal that booked it sees it when the resident checks
    in: whether the check-in window (from a while before the slot to its end) is open now;
    inside it, a session asked for this tracking number goes to the booked organisation."""

    tracking_number: str
    kind: Literal["notarisation", "mediation"]
    slot: SlotOut
    organisation_name: str
    window: CheckInWindow


# --- Requests: staff work, transfers, ratings, slots, the public side (issue 6) ---------------

ID_NUMBER_PATTERN = r"^[0-9]{17}[0-9X]$"
StaffChannel = Literal["hall", "hotline"]
RequestAction = Literal[
    "accept",
    "start",
    "complete",
    "close",
    "reject",
    "transfer",
    "transfer_accept",
    "transfer_return",
]
AppointmentService = Literal["notarisation", "mediation"]


class ApplicantIn(_Wire):
    """Who asks: the contact staff call back. Personal data: stored, never logged."""

    name: str = Field(min_length=1, max_length=64)
    phone: str = Field(pattern=PHONE_PATTERN, description="digits only, e.g. 13800138000")
    id_number: str | None = Field(None, pattern=ID_NUMBER_PATTERN, description="18 characters")
    address: str = Field("", max_length=200)


class KioskApplicant(ApplicantIn):
    """`ApplicantIn` as a terminal knows the resident: the name may be unknown (a typed ID
    number carries none), the document may be a passport, and `identified_by` says how the
    terminal established who it is. Personal data: stored, never logged."""

    name: str = Field("", max_length=64)
    id_number: str | None = Field(
        None,
        max_length=24,
        description="an 18-character ID or permit number with its check character, an older "
        "foreign permanent resident card's number, or a travel document's number",
    )
    identified_by: IdentifiedBy | None = None

    @field_validator("phone", mode="before")
    @classmethod
    def _digits_only(cls, value: Any) -> Any:
        """A keypad's spaces and a landline's dash are not part of the number."""
        return normalise_phone(value) if isinstance(value, str) else value

    @field_validator("id_number")
    @classmethod
    def _document_number(cls, value: str | None) -> str | None:
        problem = None if value is None else id_number_problem(value)
        if problem is not None:
            raise ValueError(problem)
        return value

    @model_validator(mode="after")
    def _number_fits_method(self) -> KioskApplicant:
        if self.id_number is not None and self.identified_by is not None:
            problem = document_number_problem(self.id_number, self.identified_by)
            if problem is not None:
                raise ValueError(f"id_number does not fit {self.identified_by}: {problem}")
        return self

    def contact(self) -> dict[str, str]:
        """What a request stores about its applicant: the fields given, empty ones left out."""
        return {k: v for k, v in self.model_dump(exclude_none=True).items() if v}


class RequestCreate(_Wire):
    """A request taken at the service hall or on the 12348 line (a phone call becomes one)."""

    idempotency_key: str = Field(pattern=IDEMPOTENCY_KEY_PATTERN)
    kind: RequestKind
    channel: StaffChannel
    applicant: ApplicantIn
    summary: str = Field(min_length=1, max_length=2000)


class RequestCreated(_Wire):
    tracking_number: str
    duplicate: bool = Field(description="true when this key had already created the request")


class RequestOut(_Wire):
    """One line of the request list: the applicant's name is masked."""

    tracking_number: str
    kind: RequestKind
    channel: Channel
    status: RequestStatus
    organisation: str = Field(description="code of the organisation holding it")
    organisation_name: str
    site: str
    assignee: str | None
    applicant_name: str = Field(description="masked, e.g. 张*")
    created_at: datetime
    updated_at: datetime
    due_at: datetime
    overdue: bool
    pending_transfer_to: str | None = Field(None, description="organisation code")
    transfer_overdue: bool = False


class RequestPage(_Wire):
    items: list[RequestOut]
    total: int
    page: int
    per_page: int


class RequestEventOut(_Wire):
    at: datetime
    actor: str
    action: str
    from_status: RequestStatus | None
    to_status: RequestStatus | None
    organisation: str | None
    note: str


class TransferOut(_Wire):
    id: int
    tracking_number: str
    from_organisation: str
    to_organisation: str
    to_channel: Channel | None
    reason: str
    deadline_at: datetime
    created_at: datetime
    created_by: str
    state: TransferState
    answered_at: datetime | None
    answered_by: str | None
    answer_reason: str | None
    overdue: bool


class RatingOut(_Wire):
    score: int
    comment: str
    channel: Channel
    rated_at: datetime


class ApplicantOut(_Wire):
    name: str
    phone: str
    id_number: str = Field(description="masked to the first six and last four")
    address: str


class RequestDetail(RequestOut):
    summary: str
    applicant: ApplicantOut
    attachments: list[str]
    reject_reason: str | None
    completed_at: datetime | None
    closed_at: datetime | None
    history: list[RequestEventOut]
    transfers: list[TransferOut]
    rating: RatingOut | None
    appointment: SlotOut | None
    allowed_actions: list[RequestAction] = Field(
        description="what the workflow allows from the current status"
    )


class ActionNote(_Wire):
    note: str = Field("", max_length=1000)


class RejectBody(_Wire):
    reason: str = Field(min_length=2, max_length=500)


class AssignBody(_Wire):
    username: str = Field(pattern=USERNAME_PATTERN)


class TransferCreate(_Wire):
    to_organisation: str = Field(pattern=ORG_CODE_PATTERN, description="organisation code")
    to_channel: Channel | None = None
    reason: str = Field(min_length=2, max_length=500)
    deadline_days: int = Field(3, ge=1, le=60, description="working days to accept or return")


class TransferReturn(_Wire):
    reason: str = Field(min_length=2, max_length=500)


class OfficeHoursSet(_Wire):
    """Replaces the organisation's office hours."""

    hours: list[OfficeHoursOut] = Field(max_length=28)


class SlotsCreate(_Wire):
    """`count` consecutive slots of `minutes` each from `starts_at`."""

    service: AppointmentService
    starts_at: datetime
    minutes: int = Field(30, ge=10, le=240)
    count: int = Field(1, ge=1, le=48)


class PublicRequestCreate(_Wire):
    """An online consultation or call-back request from the resident's phone page."""

    idempotency_key: str = Field(pattern=IDEMPOTENCY_KEY_PATTERN)
    kind: Literal["consultation", "callback"]
    name: str = Field(min_length=1, max_length=64)
    phone: str = Field(pattern=PHONE_PATTERN, description="digits only, e.g. 13800138000")
    question: str = Field(min_length=2, max_length=2000)


class PublicRatingCreate(_Wire):
    tracking_number: str = Field(pattern=TRACKING_NUMBER_PATTERN)
    last4: str = Field(pattern=r"^[0-9]{3}[0-9X]$")
    score: int = Field(ge=1, le=5)
    comment: str = Field("", max_length=500)
