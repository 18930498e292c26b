"""Each participant's view of a mediation (MediationState), and the members' rows the
mediator's controls change."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from api_client.personal_data import mask_name
from api_client.schemas.mediation import (
    JoinedBy,
    MediationRole,
    MediationState,
    ParticipantShown,
    RoomName,
    SideTalkShown,
)
from central.clock import as_utc
from central.models import RequestRow, Staff
from central.sessions.mediation.access import Caller
from central.sessions.mediation.invitations import shown
from central.sessions.mediation.models import (
    MediationInvitation,
    MediationMember,
    MediationSideTalk,
)
from central.sessions.models import SessionParticipant, VideoSession

_JOINED_BY: dict[str, JoinedBy] = {
    "id_card": "id_card",
    "passport": "passport",
    "face_check": "face_check",
    "declared": "declared",
}


def _role(person: SessionParticipant) -> MediationRole:
    if person.staff_id is not None:
        return "mediator"
    return "other_party" if person.role == "other_party" else "resident"


def member(session: Session, vs: VideoSession, person: SessionParticipant) -> MediationMember:
    """The participant's member row, made on first sight for the resident and the mediator
    (the other party's is made when they redeem their invitation)."""
    row = session.scalars(
        select(MediationMember).where(
            MediationMember.session_id == vs.id,
            MediationMember.participant_id == person.participant_id,
        )
    ).first()
    if row is not None:
        return row
    role = _role(person)
    if role == "mediator":
        staff = session.get(Staff, person.staff_id)
        name, joined_by = mask_name(staff.display_name if staff else ""), "staff_login"
    else:
        request = session.get(RequestRow, vs.request_id)
        name = mask_name(str(request.applicant.get("name", ""))) if request else ""
        joined_by = _JOINED_BY.get(vs.identified_by, "none")
    row = MediationMember(
        session_id=vs.id,
        participant_id=person.participant_id,
        role=role,
        display_name_masked=name,
        joined_by=joined_by,
        consented_at=None,
        muted=False,
    )
    session.add(row)
    session.flush()
    return row


def people(session: Session, vs: VideoSession) -> list[SessionParticipant]:
    """Everyone admitted to the session and not removed."""
    return list(
        session.scalars(
            select(SessionParticipant)
            .where(SessionParticipant.session_id == vs.id, SessionParticipant.left_at.is_(None))
            .order_by(SessionParticipant.id)
        )
    )


def active_side_talk(session: Session, vs: VideoSession) -> MediationSideTalk | None:
    return session.scalars(
        select(MediationSideTalk).where(
            MediationSideTalk.session_id == vs.id, MediationSideTalk.ended_at.is_(None)
        )
    ).first()


def state_for(session: Session, caller: Caller, now: datetime) -> MediationState:
    vs = caller.vs
    side = active_side_talk(session, vs)
    in_side = set(side.join_tokens) if side else set()
    shown_people = []
    removed = True
    for person in people(session, vs):
        row = member(session, vs, person)
        if person.participant_id == caller.participant_id:
            removed = False
        shown_people.append(
            ParticipantShown(
                participant_id=person.participant_id,
                role=_role(person),
                display_name=row.display_name_masked,
                joined_by=row.joined_by,
                consented_at=as_utc(row.consented_at) if row.consented_at else None,
                present=True,
                muted=row.muted,
                in_side_talk=person.participant_id in in_side,
            )
        )
    rooms: list[RoomName] = [] if removed else ["main"]
    if not removed and caller.participant_id in in_side:
        rooms.append("side")
    invitations = []
    if caller.is_mediator:
        rows = session.scalars(
            select(MediationInvitation)
            .where(MediationInvitation.session_id == vs.id)
            .order_by(MediationInvitation.id)
        )
        invitations = [shown(r, now) for r in rows]
    return MediationState(
        session_id=vs.public_id,
        you=caller.participant_id,
        participants=shown_people,
        side_talk=SideTalkShown(
            with_participant=side.with_participant,
            started_at=as_utc(side.started_at),
            recorded=side.recorded,
        )
        if side
        else None,
        your_rooms=rooms,
        removed=removed,
        invitations=invitations,
    )
