"""A rollout in plain lines, for `lexkiosk-central updates status`: its state, the counts, and
one line per terminal (terminal ids only; nothing personal exists here)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from central.models import UpdateRollout
from central.updates import waves


def state_of(rollout: UpdateRollout) -> str:
    if rollout.completed_at is not None:
        return "completed"
    if rollout.halted_at is not None:
        return f"halted: {rollout.halt_reason}"
    return "wave 1 (canary) open" if rollout.wave == 1 else "wave 2 (the rest) open"


def status_lines(session: Session, version: str, now: datetime) -> list[str]:
    rollout = waves.rollout_of(session, version, lock=True)
    waves.advance(session, rollout, version, now)  # a soak time may have passed
    targets = waves.targets_of(session, rollout)
    counts: dict[str, int] = {}
    lines = []
    for target, kiosk in targets:
        if target.outcome is not None:
            where = target.outcome
        elif kiosk.app_version == version:
            where = "running"
        elif target.wave > rollout.wave:
            where = "waiting"
        else:
            where = "offered" if target.offered_at is not None else "not asked yet"
        counts[where] = counts.get(where, 0) + 1
        detail = f"  ({target.detail})" if target.detail else ""
        lines.append(f"  {kiosk.terminal_id:<12} wave {target.wave}  {where}{detail}")
    summary = ", ".join(f"{n} {name}" for name, n in sorted(counts.items()))
    head = [
        f"version {version}: {state_of(rollout)}",
        f"canary {rollout.canary_percent}%, halts after {rollout.halt_after} failure(s); "
        f"{len(targets)} terminals: {summary}",
    ]
    return head + lines
