"""Session figures for supervisor reports: counts by kind, waits, handling times, the share
abandoned, ratings after the call."""

from __future__ import annotations

import statistics
from collections import Counter
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from api_client.schemas.sessions import SessionFigures
from central.clock import as_utc
from central.sessions.models import SessionRouteRow, VideoSession
from central.sessions.states import ENDED

_UNAVAILABLE = frozenset({"nobody_available", "outside_office_hours", "no_organisation"})


def _median(values: list[float]) -> float | None:
    return round(statistics.median(values), 1) if values else None


def session_figures(
    session: Session, org_ids: set[int], starts: datetime, ends: datetime, label: str
) -> SessionFigures:
    routed = select(SessionRouteRow.session_id).where(SessionRouteRow.organisation_id.in_(org_ids))
    rows = session.scalars(
        select(VideoSession).where(
            VideoSession.id.in_(routed),
            VideoSession.requested_at >= starts,
            VideoSession.requested_at < ends,
        )
    ).all()
    states = Counter(vs.state for vs in rows)
    ended = sum(states[s] for s in ENDED)
    waits = [
        (as_utc(vs.claimed_at) - as_utc(vs.queued_at)).total_seconds()
        for vs in rows
        if vs.claimed_at is not None and vs.queued_at is not None
    ]
    handling = [
        (as_utc(vs.ended_at) - as_utc(vs.started_at)).total_seconds()
        for vs in rows
        if vs.state == "completed" and vs.started_at is not None and vs.ended_at is not None
    ]
    ratings = [vs.rating for vs in rows if vs.rating is not None]
    return SessionFigures(
        label=label,
        sessions=len(rows),
        by_kind=dict(sorted(Counter(vs.kind for vs in rows).items())),
        completed=states["completed"],
        abandoned=states["abandoned"],
        unavailable=sum(1 for vs in rows if vs.end_reason in _UNAVAILABLE),
        failed=states["failed"],
        abandoned_share=round(states["abandoned"] / ended, 3) if ended else None,
        median_wait_s=_median(waits),
        median_handling_s=_median(handling),
        ratings=len(ratings),
        mean_rating=round(statistics.mean(ratings), 2) if ratings else None,
    )
