"""Invitations of the other party: made by the mediator, handed over by a notifier or printed
at the resident's terminal, redeemed once with the one-time code and a second factor (the ID
number's last four in a browser, the ID card read at another terminal). Wrong answers count
down the invitation's attempts; at none left it is locked."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from api_client.personal_data import mask_name, mask_phone, normalise_phone
from api_client.schemas.mediation import (
    MAX_PARTICIPANTS,
    InvitationCreate,
    InvitationOut,
    InvitationSlip,
    JoinedBy,
)
from central.clock import as_utc
from central.db import Database
from central.sessions.errors import SessionError
from central.sessions.mediation.models import MediationInvitation, MediationMember
from central.sessions.mediation.notifiers import InvitationMessage
from central.sessions.mediation.settings import MediationSettings
from central.sessions.models import SessionParticipant, VideoSession
from central.sessions.states import ENDED

CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
_MOBILE = re.compile(r"^1[3-9][0-9]{9}$")


def _digest(salt: str, value: str) -> str:
    return hashlib.sha256(f"{salt}:{value}".encode()).hexdigest()


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(8))


def link_of(base_url: str, invitation_id: str, code: str) -> str:
    return f"{base_url.rstrip('/')}/join/{invitation_id}?code={code}"


def shown(row: MediationInvitation, now: datetime) -> InvitationOut:
    state = row.state
    if state == "sent" and as_utc(row.expires_at) <= now:
        state = "expired"
    return InvitationOut(
        invitation_id=row.public_id,
        delivery=row.delivery,
        state=state,
        display_name=row.display_name_masked,
        phone_masked=row.phone_masked,
        expires_at=as_utc(row.expires_at),
        attempts_left=row.attempts_left,
    )


def present_count(session: Session, vs: VideoSession) -> int:
    """Participants admitted and not removed: the resident, the mediator, each guest."""
    rows = session.scalars(
        select(SessionParticipant).where(
            SessionParticipant.session_id == vs.id, SessionParticipant.left_at.is_(None)
        )
    )
    return len(list(rows))


def create(
    session: Session,
    vs: VideoSession,
    body: InvitationCreate,
    settings: MediationSettings,
    now: datetime,
    base_url: str,
) -> tuple[MediationInvitation, InvitationMessage]:
    """A new invitation and the message to hand over (sent by the caller after the commit);
    `base_url` is where the guest reaches this service (settings.public_base_url, if set)."""
    if body.valid_minutes > settings.invitation_max_minutes:
        raise SessionError(
            422, f"valid_minutes may be at most {settings.invitation_max_minutes} here"
        )
    phone = normalise_phone(body.phone) if body.phone else None
    if body.delivery == "sms" and (phone is None or not _MOBILE.fullmatch(phone)):
        raise SessionError(
            422, "delivery sms needs phone: a mainland mobile number of 11 digits (1xxxxxxxxxx)"
        )
    if present_count(session, vs) >= MAX_PARTICIPANTS:
        raise SessionError(409, f"the call already has {MAX_PARTICIPANTS} participants")
    code, salt = new_code(), secrets.token_hex(16)
    row = MediationInvitation(
        public_id="inv_" + secrets.token_urlsafe(18),
        session_id=vs.id,
        delivery=body.delivery,
        display_name_masked=mask_name(body.display_name),
        phone_masked=mask_phone(phone) if phone else None,
        salt=salt,
        code_sha256=_digest(salt, code),
        last4_sha256=_digest(salt, body.id_last4.upper()),
        slip_code=code if body.delivery == "kiosk_print" else None,
        state="sent",
        attempts_left=settings.attempts_limit,
        created_at=now,
        expires_at=now + timedelta(minutes=body.valid_minutes),
    )
    session.add(row)
    session.flush()
    message = InvitationMessage(
        invitation_id=row.public_id,
        phone=phone if body.delivery == "sms" else None,
        phone_masked=row.phone_masked,
        link=link_of(settings.public_base_url or base_url, row.public_id, code),
        code=code,
        expires_at=row.expires_at,
    )
    return row, message


def slip(
    session: Session,
    vs: VideoSession,
    invitation_id: str,
    settings: MediationSettings,
    base_url: str,
) -> InvitationSlip:
    """The kiosk_print slip of the terminal's own session, once: the code leaves the table."""
    row = session.scalars(
        select(MediationInvitation).where(
            MediationInvitation.public_id == invitation_id,
            MediationInvitation.session_id == vs.id,
            MediationInvitation.delivery == "kiosk_print",
        )
    ).first()
    if row is None:
        raise SessionError(404, f"no invitation {invitation_id} to print for this session")
    if row.slip_code is None:
        raise SessionError(410, "this invitation's slip was already printed")
    code, row.slip_code = row.slip_code, None
    return InvitationSlip(
        invitation_id=row.public_id,
        link=link_of(settings.public_base_url or base_url, row.public_id, code),
        code=code,
        expires_at=as_utc(row.expires_at),
    )


@dataclass(frozen=True)
class Redeemed:
    """An admission: the new participant, and the guest's cookie (browser only)."""

    session_public_id: str
    participant_id: str
    cookie: str | None


def _usable(row: MediationInvitation | None, invitation_id: str, now: datetime) -> None:
    if row is None:
        raise SessionError(404, f"no invitation {invitation_id}")
    if row.state == "locked":
        raise SessionError(423, "this invitation is locked after too many wrong answers")
    if row.state == "redeemed":
        raise SessionError(409, "this invitation was already used")
    if row.state == "withdrawn":
        raise SessionError(410, "this invitation was withdrawn by the mediator")
    if as_utc(row.expires_at) <= now:
        raise SessionError(410, "this invitation has expired: ask the mediator for a new one")


def _count_wrong(database: Database, row_id: int) -> int:
    """One attempt fewer, in its own transaction (kept whatever the request answers)."""
    with database.session() as session:
        row = session.get(MediationInvitation, row_id, with_for_update=True)
        assert row is not None
        row.attempts_left = max(0, row.attempts_left - 1)
        if row.attempts_left == 0:
            row.state = "locked"
        return row.attempts_left


def redeem(
    database: Database,
    invitation_id: str,
    code: str,
    last4: str,
    joined_by: JoinedBy,
    consent_version: str,
    now: datetime,
    kiosk_id: int | None = None,
) -> Redeemed:
    """Check the code and the last four; admit the other party as a participant with the
    consent recorded. A wrong answer is counted before the error is raised."""
    with database.session() as session:
        row = session.scalars(
            select(MediationInvitation).where(MediationInvitation.public_id == invitation_id)
        ).first()
        _usable(row, invitation_id, now)
        assert row is not None
        right = hmac.compare_digest(row.code_sha256, _digest(row.salt, code)) and (
            hmac.compare_digest(row.last4_sha256, _digest(row.salt, last4.upper()))
        )
        row_id = row.id
    if not right:
        left = _count_wrong(database, row_id)
        if left == 0:
            raise SessionError(423, "wrong code or ID number; the invitation is now locked")
        raise SessionError(403, f"wrong code or last four of the ID number; {left} attempts left")
    return _admit(database, row_id, joined_by, consent_version, now, kiosk_id)


def _admit(
    database: Database,
    row_id: int,
    joined_by: JoinedBy,
    consent_version: str,
    now: datetime,
    kiosk_id: int | None,
) -> Redeemed:
    with database.session() as session:
        row = session.get(MediationInvitation, row_id, with_for_update=True)
        assert row is not None
        if row.state != "sent":
            raise SessionError(409, "this invitation was already used")
        vs = session.get(VideoSession, row.session_id)
        assert vs is not None
        if vs.state in ENDED:
            raise SessionError(410, "this mediation session has ended")
        if present_count(session, vs) >= MAX_PARTICIPANTS:
            raise SessionError(
                409,
                f"the call is full: a mediation holds at most {MAX_PARTICIPANTS} participants",
            )
        participant_id = f"party-{secrets.token_hex(6)}"
        cookie = secrets.token_urlsafe(32) if kiosk_id is None else None
        session.add(
            SessionParticipant(
                session_id=vs.id,
                participant_id=participant_id,
                role="other_party",
                kiosk_id=kiosk_id,
                added_at=now,
            )
        )
        session.add(
            MediationMember(
                session_id=vs.id,
                participant_id=participant_id,
                role="other_party",
                display_name_masked=row.display_name_masked,
                joined_by=joined_by,
                consented_at=now,
                consent_version=consent_version,
                muted=False,
                cookie_sha256=hashlib.sha256(cookie.encode()).hexdigest() if cookie else None,
            )
        )
        row.state, row.redeemed_at, row.participant_id = "redeemed", now, participant_id
        return Redeemed(vs.public_id, participant_id, cookie)


def by_code(database: Database, code: str, now: datetime) -> str:
    """The open invitation whose one-time code this is (a terminal sends only the code)."""
    with database.session() as session:
        rows = session.scalars(
            select(MediationInvitation).where(
                MediationInvitation.state == "sent", MediationInvitation.expires_at > now
            )
        )
        for row in rows:
            if hmac.compare_digest(row.code_sha256, _digest(row.salt, code)):
                return row.public_id
    raise SessionError(404, "no open invitation has this code: check the slip or the message")
