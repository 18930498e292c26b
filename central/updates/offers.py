"""What a terminal is offered, may download, and reports (the terminal routes' rules).

A version is offered to a terminal while its rollout is neither halted nor complete, the
terminal's wave has opened, it has not reported on the version yet, and its heartbeat does not
say it runs it. Only such a terminal may download the bundle: to every other terminal, of this
organisation or another, the version does not exist (404).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from api_client.personal_data import scrub
from api_client.schemas import UpdateReport
from central.journal import chain as journal
from central.models import Kiosk, UpdateRelease, UpdateRollout, UpdateTarget
from central.updates import waves
from central.updates.errors import UpdateError


def _places(
    session: Session, kiosk: Kiosk, version: str | None = None
) -> list[tuple[UpdateRelease, UpdateRollout, UpdateTarget]]:
    query = (
        select(UpdateRelease, UpdateRollout, UpdateTarget)
        .join(UpdateRollout, UpdateRollout.release_id == UpdateRelease.id)
        .join(UpdateTarget, UpdateTarget.rollout_id == UpdateRollout.id)
        .where(UpdateTarget.kiosk_id == kiosk.id)
        .order_by(UpdateRelease.id.desc())
    )
    if version is not None:
        query = query.where(UpdateRelease.version == version)
    return [(release, rollout, target) for release, rollout, target in session.execute(query)]


def _offered(
    release: UpdateRelease, rollout: UpdateRollout, target: UpdateTarget, kiosk: Kiosk
) -> bool:
    return (
        rollout.halted_at is None
        and rollout.completed_at is None
        and target.wave <= rollout.wave
        and target.outcome is None
        and kiosk.app_version != release.version
    )


def offer_for(session: Session, kiosk: Kiosk, now: datetime) -> UpdateRelease | None:
    """The newest version offered to this terminal; the first time, journaled as offered.
    Asking also moves rollouts on whose soak time has passed."""
    for release, rollout, target in _places(session, kiosk):
        if rollout.soak_s is not None and rollout.wave == 1:
            session.refresh(rollout, with_for_update=True)  # one asker opens the wave
            waves.advance(session, rollout, release.version, now)
        if _offered(release, rollout, target, kiosk):
            if target.offered_at is None:
                target.offered_at = now
                journal.append(
                    session,
                    f"kiosk:{kiosk.terminal_id}",
                    "update.offered",
                    f"update:{release.version}",
                    {"wave": target.wave},
                )
            return release
    return None


def downloadable(session: Session, kiosk: Kiosk, version: str) -> UpdateRelease:
    for release, rollout, target in _places(session, kiosk, version):
        if _offered(release, rollout, target, kiosk):
            return release
    raise UpdateError(f"no version {version} is offered to this terminal", 404)


def record_report(session: Session, kiosk: Kiosk, body: UpdateReport, now: datetime) -> None:
    """Record what the terminal did, journal it, and let the rollout halt or move on."""
    release = session.scalar(select(UpdateRelease).where(UpdateRelease.version == body.version))
    if release is None:
        raise UpdateError(f"there is no published version {body.version}", 422)
    rollout = session.scalar(
        select(UpdateRollout).where(UpdateRollout.release_id == release.id).with_for_update()
    )
    target = None
    if rollout is not None:
        target = session.scalar(
            select(UpdateTarget).where(
                UpdateTarget.rollout_id == rollout.id, UpdateTarget.kiosk_id == kiosk.id
            )
        )
    if rollout is None or target is None or target.wave > rollout.wave:
        raise UpdateError(f"version {body.version} was not offered to this terminal", 422)
    detail = scrub(body.detail)[:500]
    if (target.outcome, target.detail) == (body.outcome, detail):
        return  # the same report again (a retry after a lost answer): once is enough
    target.outcome, target.detail, target.reported_at = body.outcome, detail, now
    journal.append(
        session,
        f"kiosk:{kiosk.terminal_id}",
        f"update.{body.outcome}",
        f"update:{body.version}",
        {"detail": detail, "wave": target.wave},
    )
    session.flush()
    waves.advance(session, rollout, body.version, now)
