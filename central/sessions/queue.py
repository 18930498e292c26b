"""The queue as the terminal and the staff see it: position, estimated wait, who sees what,
and abandoning sessions that waited past the limit."""

from __future__ import annotations

import math
from datetime import datetime, timedelta
from statistics import mean

from sqlalchemy import select
from sqlalchemy.orm import Session

from central.clock import as_utc
from central.models import Staff
from central.sessions.errors import SessionError
from central.sessions.models import SessionRouteRow, VideoSession
from central.sessions.routing import available_staff, presence_of, speaks
from central.sessions.settings import SessionSettings
from central.sessions.transitions import move

PREFERRED_LANGUAGES = frozenset({"mn"})


def route_ids(session: Session, vs: VideoSession) -> list[int]:
    return list(
        session.scalars(
            select(SessionRouteRow.organisation_id).where(SessionRouteRow.session_id == vs.id)
        )
    )


def queued_alike(session: Session, vs: VideoSession) -> list[VideoSession]:
    """Queued sessions of the same kind that share an organisation with `vs`, oldest first."""
    shared = select(SessionRouteRow.session_id).where(
        SessionRouteRow.organisation_id.in_(route_ids(session, vs))
    )
    return list(
        session.scalars(
            select(VideoSession)
            .where(
                VideoSession.state == "queued",
                VideoSession.kind == vs.kind,
                VideoSession.id.in_(shared),
            )
            .order_by(VideoSession.queued_at, VideoSession.id)
        )
    )


def handling_s(session: Session, kind: str, settings: SessionSettings) -> float:
    """The mean length of the kind's most recent finished calls."""
    recent = session.execute(
        select(VideoSession.started_at, VideoSession.ended_at)
        .where(
            VideoSession.kind == kind,
            VideoSession.state == "completed",
            VideoSession.started_at.is_not(None),
        )
        .order_by(VideoSession.ended_at.desc())
        .limit(settings.handling_sample)
    ).all()
    lengths = [
        (as_utc(end) - as_utc(start)).total_seconds() for start, end in recent if start and end
    ]
    return mean(lengths) if lengths else settings.default_handling_s


def position_and_wait(
    session: Session, vs: VideoSession, settings: SessionSettings
) -> tuple[int, int, int]:
    """(position, estimated wait in seconds, available staff) of a queued session."""
    ahead = queued_alike(session, vs)
    position = next((n for n, other in enumerate(ahead, 1) if other.id == vs.id), len(ahead) + 1)
    staff = len(available_staff(session, vs.kind, route_ids(session, vs)))
    rounds = math.ceil(position / max(1, staff))
    return position, int(rounds * handling_s(session, vs.kind, settings)), staff


def abandon_overdue(session: Session, settings: SessionSettings, now: datetime) -> int:
    """Abandon sessions queued longer than the limit; returns how many. Another worker
    sweeping the same session at once is not an error."""
    limit = now - timedelta(seconds=settings.max_wait_s)
    overdue = session.scalars(
        select(VideoSession).where(VideoSession.state == "queued", VideoSession.queued_at < limit)
    ).all()
    count = 0
    for vs in overdue:
        try:
            move(session, vs, "abandoned", "system", "waited_too_long", ended_at=now)
            count += 1
        except SessionError:
            continue
    return count


def held_back_from(
    session: Session, vs: VideoSession, staff: Staff, settings: SessionSettings, now: datetime
) -> bool:
    """Whether `staff` may not see or claim `vs` yet: it was booked with someone else, or the
    resident chose Mongolian and an available colleague who speaks it has it first."""
    if vs.reserved_for_id is not None and vs.reserved_for_id != staff.id:
        return True
    if vs.language not in PREFERRED_LANGUAGES or vs.queued_at is None:
        return False
    if (now - as_utc(vs.queued_at)).total_seconds() >= settings.preferred_language_s:
        return False
    presence = presence_of(session, [staff.id]).get(staff.id)
    if speaks(presence, vs.language):
        return False
    speakers = available_staff(session, vs.kind, route_ids(session, vs))
    all_presence = presence_of(session, (s.id for s in speakers))
    return any(speaks(all_presence.get(s.id), vs.language) for s in speakers)
