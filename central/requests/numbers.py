"""Tracking numbers the central service issues, second-factor hashes, and masks.

Requests taken at the hall, on the 12348 line or online get `HALL-`, `HOTLINE-` or `WEB-`
numbers in the terminals' format (api_client.tracking), with a sequence per prefix and local
day. Terminal ids are at least three characters, so enrolment refuses these three prefixes.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, time
from typing import Final
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from api_client.schemas import Channel
from api_client.tracking import make_tracking_number
from central.models import RequestRow

PREFIXES: Final[dict[Channel, str]] = {"hall": "HALL", "hotline": "HOTLINE", "online": "WEB"}
RESERVED_TERMINAL_IDS: Final[frozenset[str]] = frozenset(PREFIXES.values())


def next_tracking_number(session: Session, channel: Channel, now: datetime, zone: ZoneInfo) -> str:
    """The next number of the local day for `channel`. Two writers may pick the same one: the
    unique tracking number refuses the second, which then asks again (see records.create).

    Only rows created since the local midnight are looked at (the created_at index), so the
    look-up stays small however many requests there are.
    """
    day = now.astimezone(zone).date()
    stem = f"{PREFIXES[channel]}-{day:%y%m%d}-"
    last = session.scalar(
        select(func.max(RequestRow.tracking_number)).where(
            RequestRow.created_at >= datetime.combine(day, time.min, tzinfo=zone),
            RequestRow.tracking_number.like(f"{stem}%"),
        )
    )
    sequence = int(last.split("-")[2]) + 1 if last else 1
    return make_tracking_number(PREFIXES[channel], day, sequence)


def last4_hash(tracking_number: str, digits: str) -> str:
    """The salted hash of a second factor; the tracking number is the salt, so equal last
    digits of two residents hash apart."""
    material = f"lexkiosk-progress:{tracking_number.upper()}:{digits.upper()}"
    return hashlib.sha256(material.encode()).hexdigest()


def last4(value: str | None) -> str | None:
    """The last four characters of an ID or phone number, or None when there are fewer."""
    if not value:
        return None
    clean = "".join(c for c in value if c.isalnum()).upper()
    return clean[-4:] if len(clean) >= 4 else None


def mask_name(name: str) -> str:
    """`张三丰` -> `张**`; staff lists show who it is about without showing it all."""
    name = name.strip()
    return name[:1] + "*" * (len(name) - 1) if name else ""


def mask_id(id_number: str) -> str:
    """`150102199003071234` -> `150102************`: the region of issue only. Never the
    last four digits: they are the progress query's second factor."""
    if len(id_number) <= 10:
        return "*" * len(id_number)
    return id_number[:6] + "*" * (len(id_number) - 6)
