"""Tracking numbers the central service issues and second-factor hashes (the masks staff
views use are api_client.personal_data's, re-exported here).

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

from api_client.personal_data import mask_id_number
from api_client.personal_data import mask_name as mask_name
from api_client.schemas import Channel
from api_client.tracking import make_tracking_number
from central.models import RequestRow

PREFIXES: Final[dict[Channel, str]] = {"hall": "HALL", "hotline": "HOTLINE", "online": "WEB"}
RESERVED_TERMINAL_IDS: Final[frozenset[str]] = frozenset(PREFIXES.values())
mask_id = mask_id_number  # the staff views' name for the one rule


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
