"""The wire contract of remote mediation (issue 18): a session of kind "mediation" with up to
six participants, invitations with a one-time code, the mediator's controls (mute, remove,
side talk) and the agreement each party signs.

Who calls what (routes are built by the central service; the paths are the contract):

- the mediator (staff, role mediator), JSON under ``/api/v1/staff/sessions/{session_id}``:
  ``POST /invitations`` (InvitationCreate -> InvitationOut), ``GET /mediation``
  (-> MediationState), ``POST /participants/{participant_id}/mute`` (MuteIn),
  ``POST /participants/{participant_id}/remove``, ``POST /side-talk`` (SideTalkIn),
  ``DELETE /side-talk``, ``GET /grant?room=main|side`` (-> sessions.GrantOut);
- the resident's terminal, under ``/api/v1/terminal/sessions/{session_id}``: ``GET /mediation``
  (-> MediationState), ``GET /grant?room=main|side``, ``GET /invitations/{invitation_id}/slip``
  (-> InvitationSlip, only for a delivery "kiosk_print" of its own session, once);
- the other party at another terminal, after reading their ID card there:
  ``POST /api/v1/terminal/invitations/redeem`` (TerminalRedeem -> Admission);
- the other party in a browser: the link ``/join/{invitation_id}?code=...`` (a page), then
  ``POST /api/v1/invitations/{invitation_id}/redeem`` (BrowserRedeem -> Admission; the answer
  also sets the guest's cookie), then under ``/api/v1/guest/sessions/{session_id}`` with that
  cookie: ``GET /mediation``, ``GET /grant?room=main|side``, ``POST /report`` (sessions.CallReport),
  ``POST /leave``.

Side talk is enforced by the server: the mediator and the chosen party get a second Janus room
whose ``allowed`` list holds only their join tokens, and their publishers in the main room are
muted by the central service (VideoRoom ``moderate``), so nobody else receives their media
whatever their client does. Each participant's client follows ``MediationState`` (polled) and
joins or leaves the side room as it says.

Pydantic only, like the rest of `api_client.schemas`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

MAX_PARTICIPANTS = 6
INVITATION_ID_PATTERN = r"^inv_[A-Za-z0-9_-]{16,32}$"
# the one-time code: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L)
INVITATION_CODE_PATTERN = r"^[2-9A-HJKMNP-Z]{8}$"
ID_LAST4_PATTERN = r"^[0-9]{3}[0-9X]$"

MediationRole = Literal["resident", "other_party", "mediator"]
Delivery = Literal["sms", "kiosk_print"]
InvitationState = Literal["sent", "redeemed", "expired", "locked", "withdrawn"]
# how a participant's identity was established; the mediator sees it for everyone
JoinedBy = Literal[
    "id_card", "passport", "face_check", "code_and_id_last4", "staff_login", "declared", "none"
]
RoomName = Literal["main", "side"]


class _Wire(BaseModel):
    model_config = ConfigDict(extra="forbid")


class InvitationCreate(_Wire):
    """The mediator invites the other party. The ID number's last four is what the invited
    person must give in a browser (a terminal checks it against the card it reads)."""

    delivery: Delivery
    display_name: str = Field(min_length=1, max_length=40, description="as the mediator knows them")
    id_last4: str = Field(pattern=ID_LAST4_PATTERN)
    phone: str | None = Field(None, description="mainland mobile, required for delivery sms")
    valid_minutes: int = Field(60, ge=5, le=24 * 60)


class InvitationOut(_Wire):
    invitation_id: str = Field(pattern=INVITATION_ID_PATTERN)
    delivery: Delivery
    state: InvitationState
    display_name: str = Field(description="masked, e.g. 李*")
    phone_masked: str | None = None
    expires_at: datetime
    attempts_left: int


class InvitationSlip(_Wire):
    """What the resident's terminal prints for the resident to pass on: the link (as text and
    QR code) and the code. Fetched once; the code is not kept by the terminal afterwards."""

    invitation_id: str = Field(pattern=INVITATION_ID_PATTERN)
    link: str
    code: str = Field(pattern=INVITATION_CODE_PATTERN)
    expires_at: datetime


class BrowserRedeem(_Wire):
    code: str = Field(pattern=INVITATION_CODE_PATTERN)
    id_last4: str = Field(pattern=ID_LAST4_PATTERN)
    consent: Literal[True] = Field(description="consents to the processing of their data")
    consent_version: str = Field(min_length=1, max_length=32)


class TerminalRedeem(_Wire):
    """At another terminal: the code (typed or scanned from the slip's QR code) and the ID
    number read from the card there (checked against the invitation's last four, never
    stored whole)."""

    code: str = Field(pattern=INVITATION_CODE_PATTERN)
    id_number: str = Field(min_length=15, max_length=18)
    consent: Literal[True]
    consent_version: str = Field(min_length=1, max_length=32)


class Admission(_Wire):
    session_id: str
    participant_id: str
    role: MediationRole


class ParticipantShown(_Wire):
    participant_id: str
    role: MediationRole
    display_name: str = Field(description="masked, e.g. 李*")
    joined_by: JoinedBy
    consented_at: datetime | None
    present: bool = Field(description="in the call now")
    muted: bool = Field(description="muted by the mediator (enforced by the server)")
    in_side_talk: bool


class SideTalkShown(_Wire):
    with_participant: str = Field(description="participant id of the party in the side talk")
    started_at: datetime
    recorded: bool


class MediationState(_Wire):
    """Each participant's view, polled: who is in the call and how they were identified, the
    side talk if any, and which rooms the asking participant may join now."""

    session_id: str
    you: str = Field(description="the asking participant's id")
    participants: list[ParticipantShown] = Field(max_length=MAX_PARTICIPANTS)
    side_talk: SideTalkShown | None = None
    your_rooms: list[RoomName] = Field(description="'side' only while you are in the side talk")
    removed: bool = Field(False, description="you were removed: leave the call")
    invitations: list[InvitationOut] = Field(
        default_factory=list, description="only in the mediator's view"
    )


class MuteIn(_Wire):
    muted: bool


class SideTalkIn(_Wire):
    participant_id: str
