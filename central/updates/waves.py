"""Rollouts in waves. Wave 1 is a canary share of the terminals in scope (at least one),
chosen by a hash of the version and the terminal id: spread over sites, the same on every run.
Wave 2, the rest, opens when every canary terminal has reported with fewer failures than the
threshold (or, with a soak time, once that has passed with no failure). Failures
(`rolled_back`, `refused`) reaching the threshold halt the rollout: no terminal is offered the
version until someone resumes it. Every step is journaled under `update:<version>`.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from central.auth.staff import subtree_ids
from central.journal import chain as journal
from central.models import Kiosk, Organisation, UpdateRelease, UpdateRollout, UpdateTarget
from central.updates.errors import UpdateError

FAILED = ("rolled_back", "refused")


@dataclass(frozen=True)
class RolloutPlan:
    canary_percent: int = 10
    organisation: str | None = None  # an organisation code: its subtree only
    halt_after: int = 1  # failures that halt
    soak_s: int | None = None  # wave 2 after this long with no failure, even if some are silent


def release_of(session: Session, version: str) -> UpdateRelease:
    release = session.scalar(select(UpdateRelease).where(UpdateRelease.version == version))
    if release is None:
        raise UpdateError(f"version {version} is not published; publish its bundle first", 404)
    return release


def rollout_of(session: Session, version: str, lock: bool = False) -> UpdateRollout:
    query = (
        select(UpdateRollout)
        .join(UpdateRelease, UpdateRelease.id == UpdateRollout.release_id)
        .where(UpdateRelease.version == version)
    )
    rollout = session.scalar(query.with_for_update() if lock else query)
    if rollout is None:
        release_of(session, version)
        raise UpdateError(f"version {version} is not rolled out; start with `rollout`", 404)
    return rollout


def _in_scope(session: Session, organisation_id: int | None) -> list[Kiosk]:
    query = select(Kiosk).where(Kiosk.revoked_at.is_(None))
    if organisation_id is not None:
        query = query.where(Kiosk.organisation_id.in_(subtree_ids(session, organisation_id)))
    return list(session.scalars(query))


def _canary_order(version: str, kiosk: Kiosk) -> str:
    return hashlib.sha256(f"{version}:{kiosk.terminal_id}".encode()).hexdigest()


def start(
    session: Session, version: str, plan: RolloutPlan, actor: str, now: datetime
) -> UpdateRollout:
    release = release_of(session, version)
    if session.scalar(select(UpdateRollout.id).where(UpdateRollout.release_id == release.id)):
        raise UpdateError(f"version {version} is rolled out already; see `status {version}`")
    org_id = None
    if plan.organisation is not None:
        org_id = session.scalar(
            select(Organisation.id).where(Organisation.code == plan.organisation)
        )
        if org_id is None:
            raise UpdateError(f"there is no organisation {plan.organisation!r}", 404)
    kiosks = _in_scope(session, org_id)
    pending = sorted(
        (k for k in kiosks if k.app_version != version), key=lambda k: _canary_order(version, k)
    )
    if not pending:
        raise UpdateError(f"no terminal in scope needs version {version}")
    canary = max(1, math.ceil(len(pending) * plan.canary_percent / 100))
    rollout = UpdateRollout(
        release_id=release.id,
        organisation_id=org_id,
        canary_percent=plan.canary_percent,
        halt_after=plan.halt_after,
        soak_s=plan.soak_s,
        wave=1,
        failures_forgiven=0,
        started_at=now,
        started_by=actor[:64],
        wave_opened_at=now,
    )
    session.add(rollout)
    session.flush()
    first = pending[:canary]
    rest = pending[canary:] + [k for k in kiosks if k.app_version == version]
    for wave, members in ((1, first), (2, rest)):
        for kiosk in members:
            session.add(UpdateTarget(rollout_id=rollout.id, kiosk_id=kiosk.id, wave=wave))
    session.flush()
    journal.append(
        session,
        actor,
        "update.wave_opened",
        f"update:{version}",
        {
            "wave": 1,
            "terminals": sorted(k.terminal_id for k in first),
            "canary_percent": plan.canary_percent,
            "halt_after": plan.halt_after,
            "organisation": plan.organisation,
        },
    )
    return rollout


def targets_of(session: Session, rollout: UpdateRollout) -> list[tuple[UpdateTarget, Kiosk]]:
    rows = session.execute(
        select(UpdateTarget, Kiosk)
        .join(Kiosk, Kiosk.id == UpdateTarget.kiosk_id)
        .where(UpdateTarget.rollout_id == rollout.id)
        .order_by(UpdateTarget.wave, Kiosk.terminal_id)
    )
    return [(target, kiosk) for target, kiosk in rows]


def failures(targets: list[tuple[UpdateTarget, Kiosk]], rollout: UpdateRollout) -> int:
    failed = sum(1 for target, _ in targets if target.outcome in FAILED)
    return failed - rollout.failures_forgiven


def _done(target: UpdateTarget, kiosk: Kiosk, version: str) -> bool:
    return target.outcome is not None or kiosk.app_version == version


def advance(session: Session, rollout: UpdateRollout, version: str, now: datetime) -> None:
    """Halt, open wave 2 or complete, whichever the reports so far call for (the caller holds
    the rollout's row lock, so two reports at once cannot both open a wave)."""
    if rollout.halted_at is not None or rollout.completed_at is not None:
        return
    targets = targets_of(session, rollout)
    failed = failures(targets, rollout)
    if failed >= rollout.halt_after:
        halt(session, rollout, version, f"{failed} failed report(s)", "central", now)
        return
    if rollout.wave == 1:
        canary = [(t, k) for t, k in targets if t.wave == 1]
        soaked = (
            rollout.soak_s is not None
            and failed <= 0
            and now - rollout.wave_opened_at >= timedelta(seconds=rollout.soak_s)
        )
        if soaked or all(_done(t, k, version) for t, k in canary):
            _open_wave_2(session, rollout, version, targets, now)
        return
    if all(_done(t, k, version) for t, k in targets):
        rollout.completed_at = now
        counts: dict[str, int] = {}
        for target, _ in targets:
            key = target.outcome or "running"
            counts[key] = counts.get(key, 0) + 1
        journal.append(session, "central", "update.completed", f"update:{version}", counts)


def _open_wave_2(
    session: Session,
    rollout: UpdateRollout,
    version: str,
    targets: list[tuple[UpdateTarget, Kiosk]],
    now: datetime,
) -> None:
    placed = {kiosk.id for _, kiosk in targets}
    for kiosk in _in_scope(session, rollout.organisation_id):
        if kiosk.id not in placed:  # enrolled since the rollout started
            late = UpdateTarget(rollout_id=rollout.id, kiosk_id=kiosk.id, wave=2)
            session.add(late)
            targets.append((late, kiosk))
    rollout.wave, rollout.wave_opened_at = 2, now
    session.flush()
    opened = sorted(k.terminal_id for t, k in targets if t.wave == 2)
    journal.append(
        session,
        "central",
        "update.wave_opened",
        f"update:{version}",
        {"wave": 2, "terminals": opened},
    )


def halt(
    session: Session, rollout: UpdateRollout, version: str, reason: str, actor: str, now: datetime
) -> None:
    if rollout.halted_at is not None:
        raise UpdateError(f"the rollout of {version} is halted already ({rollout.halt_reason})")
    if rollout.completed_at is not None:
        raise UpdateError(f"the rollout of {version} is complete; nothing to halt")
    rollout.halted_at, rollout.halt_reason = now, reason[:200]
    journal.append(session, actor, "update.halted", f"update:{version}", {"reason": reason[:200]})


def resume(
    session: Session, rollout: UpdateRollout, version: str, actor: str, now: datetime
) -> None:
    """Offer the version again; the failures so far are forgiven (the terminals that failed
    are not offered it again), further ones count from zero."""
    if rollout.halted_at is None:
        raise UpdateError(f"the rollout of {version} is not halted")
    targets = targets_of(session, rollout)
    rollout.failures_forgiven += failures(targets, rollout)
    rollout.halted_at, rollout.halt_reason = None, None
    journal.append(session, actor, "update.resumed", f"update:{version}", {"wave": rollout.wave})
    advance(session, rollout, version, now)
