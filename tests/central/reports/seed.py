"""Rows written straight into the tables the reports read (the workflow is another module's
job): requests, transfer orders, ratings, terminals and their online seconds."""

from __future__ import annotations

import itertools
import secrets
from datetime import date, datetime, timedelta

from sqlalchemy import select

from central.db import Database
from central.models import (
    Kiosk,
    KioskUptime,
    Organisation,
    RatingRow,
    RequestRow,
    TransferOrder,
)
from central.reports.periods import CHINA

_serial = itertools.count(1)


def cst(year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0):
    """A moment in China time (UTC+8)."""
    return datetime(year, month, day, hour, minute, second, tzinfo=CHINA)


def org_id(database: Database, code: str) -> int:
    with database.session() as session:
        found = session.scalar(select(Organisation.id).where(Organisation.code == code))
    assert found is not None
    return found


def add_request(
    database: Database,
    org: str,
    channel: str,
    kind: str,
    site: str,
    region: str,
    created: datetime,
    *,
    taken_h: float | None = None,
    due_h: float = 7 * 24,
    status: str | None = None,
    rating: int | None = None,
) -> int:
    """One request created at `created`, completed `taken_h` hours later (None: still open)."""
    completed = created + timedelta(hours=taken_h) if taken_h is not None else None
    n = next(_serial)
    row = RequestRow(
        tracking_number=f"T{n:05d}-260101-{n:05d}-0",
        kind=kind,
        channel=channel,
        status=status or ("completed" if completed else "submitted"),
        organisation_id=org_id(database, org),
        region_code=region,
        site=site,
        created_at=created,
        updated_at=completed or created,
        due_at=created + timedelta(hours=due_h),
        completed_at=completed,
        summary="",
        applicant={},
        attachments=[],
        details={},
    )
    with database.session() as session:
        session.add(row)
        session.flush()
        if rating is not None:
            session.add(
                RatingRow(
                    request_id=row.id,
                    score=rating,
                    comment="",
                    channel=channel,
                    rated_at=completed or created,
                )
            )
        return row.id


def add_transfer(
    database: Database,
    request_id: int,
    src: str,
    dst: str,
    created: datetime,
    deadline: datetime,
    state: str = "pending",
    answered: datetime | None = None,
) -> None:
    with database.session() as session:
        session.add(
            TransferOrder(
                request_id=request_id,
                from_organisation_id=org_id(database, src),
                to_organisation_id=org_id(database, dst),
                reason="belongs there",
                deadline_at=deadline,
                created_at=created,
                created_by="staff:test",
                state=state,
                answered_at=answered,
                answered_by="staff:test" if answered else None,
            )
        )


def add_kiosk(
    database: Database,
    terminal_id: str,
    site: str,
    org: str,
    enrolled: datetime,
    online: dict[date, float] | None = None,
) -> int:
    with database.session() as session:
        kiosk = Kiosk(
            terminal_id=terminal_id,
            site=site,
            token_sha256=secrets.token_hex(32),
            organisation_id=org_id(database, org),
            enrolled_at=enrolled,
            devices=[],
        )
        session.add(kiosk)
        session.flush()
        for day, seconds in (online or {}).items():
            session.add(KioskUptime(kiosk_id=kiosk.id, day=day, online_s=seconds))
        return kiosk.id
