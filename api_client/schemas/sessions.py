"""The wire contract of video sessions (issue 16): a terminal asks for a session, follows its
place in the queue, fetches its grant to join the call and reports what the call does; staff
see the queue, claim, hand over and end.

Pydantic only, like the rest of `api_client.schemas`: imported by both `api_client` and `central`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from api_client.schemas._base import TRACKING_NUMBER_PATTERN
from api_client.schemas.session_documents import DocumentShown

SessionKind = Literal["notarisation", "consultation", "legal_aid", "mediation"]
SessionState = Literal[
    "requested",
    "queued",
    "claimed",
    "connecting",
    "in_call",
    "interrupted",
    "reconnecting",
    "completing",
    "completed",
    "abandoned",
    "failed",
]
Language = Literal["zh", "en", "mn"]
IdentifiedBy = Literal["id_card", "passport", "face_check", "declared", "none"]
CallEvent = Literal["joined", "dropped", "reconnecting", "failed"]
Outcome = Literal["completed", "needs_visit", "referred"]
Offer = Literal["callback", "appointment"]
SESSION_ID_PATTERN = r"^vs_[A-Za-z0-9_-]{16,32}$"
REGION_PATTERN = r"^[1-9][0-9]{5}$"


class _Wire(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SessionRequest(_Wire):
    """A terminal asks for a video session for a request it created (tracking number)."""

    tracking_number: str = Field(pattern=TRACKING_NUMBER_PATTERN)
    kind: SessionKind
    language: Language = "zh"
    identified_by: IdentifiedBy = Field(description="how the resident's identity was established")


class OfficeSpan(_Wire):
    weekday: int = Field(ge=0, le=6, description="0 = Monday")
    opens: str
    closes: str


class OrganisationHours(_Wire):
    organisation: str = Field(description="organisation name")
    hours: list[OfficeSpan]


class Unavailable(_Wire):
    """Nobody can take the session now: the plain message, the hours, what else to offer."""

    reason: Literal["nobody_available", "outside_office_hours", "no_organisation"]
    message: str = Field(description="plain words, fit to show and read aloud")
    hours: list[OrganisationHours]
    offers: list[Offer]


class StaffShown(_Wire):
    """Who takes the call, as the resident sees it."""

    display_name: str
    role: str


class SessionStatus(_Wire):
    """What the terminal shows: the state, its place in the queue and the estimated wait."""

    session_id: str
    kind: SessionKind
    state: SessionState
    position: int | None = Field(None, description="1 = next; only while queued")
    estimated_wait_s: int | None = Field(None, description="only while queued")
    available_staff: int = Field(description="available staff who may take it")
    staff: StaffShown | None = None
    unavailable: Unavailable | None = None
    caption: str | None = Field(
        None, description="the text line staff typed for the resident, shown large during the call"
    )
    document: DocumentShown | None = Field(
        None, description="the document staff pushed during the call, to show and sign"
    )
    recording: bool = Field(
        False, description="the call is being recorded now (the resident sees it on screen)"
    )
    updated_at: datetime


class IceServerOut(_Wire):
    urls: str
    username: str | None = None
    credential: str | None = None


class GrantOut(_Wire):
    """What one participant needs to join the call; every part expires at `expires_at`."""

    participant_id: str
    janus_url: str
    room_id: int
    janus_token: str
    join_token: str
    ice_servers: list[IceServerOut] = Field(min_length=1)
    expires_at: int = Field(description="Unix seconds")
    max_video_bps: int | None = Field(
        None,
        gt=0,
        description="cap the video you publish to this many bit/s (the service divides a "
        "budget among the participants of a larger call); absent: no cap given",
    )


class CallReport(_Wire):
    """A participant says what its call did (joined, dropped, reconnecting, failed)."""

    event: CallEvent
    detail: str = Field("", max_length=200)


class SessionRating(_Wire):
    score: int = Field(ge=1, le=5)
    comment: str = Field("", max_length=500)


class QueueItem(_Wire):
    """One line of a staff member's queue: no personal data beyond the masked name."""

    session_id: str
    kind: SessionKind
    state: SessionState
    language: Language
    identified_by: IdentifiedBy
    tracking_number: str
    applicant_name: str = Field(description="masked, e.g. 张*")
    site: str
    queued_at: datetime | None
    reserved_for_you: bool = Field(description="an appointment booked with you")


class ClaimOut(_Wire):
    session_id: str
    state: SessionState


class HandOver(_Wire):
    """Release the session to the queue, or give it to a named colleague."""

    to_username: str | None = Field(None, pattern=r"^[a-z][a-z0-9._-]{2,31}$")


class Caption(_Wire):
    """The large text line staff type during the call for residents who cannot hear well;
    an empty text clears it."""

    text: str = Field("", max_length=300)


class EndSession(_Wire):
    outcome: Outcome
    note: str = Field("", max_length=1000)


def _chinese() -> list[Language]:
    return ["zh"]


class Availability(_Wire):
    available: bool
    languages: list[Language] = Field(default_factory=_chinese, min_length=1, max_length=3)


class AvailabilityOut(_Wire):
    username: str
    available: bool
    languages: list[Language]


class SessionRouteIn(_Wire):
    """An organisation takes sessions of `kind` from terminals in `region_code` (a province
    `150000`, a city `150100` or a district `150102` and what lies below)."""

    kind: SessionKind
    region_code: str = Field(pattern=REGION_PATTERN)


class SessionFigures(_Wire):
    """The sessions asked for in a report's period (China time), routed to the supervisor's
    organisation or those below it."""

    label: str = Field(description="the period, e.g. 2026-12")
    sessions: int
    by_kind: dict[str, int]
    completed: int
    abandoned: int = Field(description="left, waited too long, or nobody could take it")
    unavailable: int = Field(description="of the abandoned: nobody available or closed")
    failed: int
    abandoned_share: float | None = Field(description="abandoned / ended")
    median_wait_s: float | None = Field(description="queued to claimed")
    median_handling_s: float | None = Field(description="first in call to ended, completed")
    ratings: int
    mean_rating: float | None = Field(description="1-5, given at the kiosk after the call")
