"""What a resident may learn about a request: its status in plain words, never the content.

The second factor is the last four of the ID number or of the phone. A wrong factor and an
unknown number look the same to the caller (`find` returns None for both).
"""

from __future__ import annotations

import hmac
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from api_client.schemas import Progress, ProgressStep
from central.models import Organisation, RequestEvent, RequestRow
from central.requests.numbers import last4_hash
from central.requests.records import by_number

STATUS_TEXT: Final[dict[str, dict[str, str]]] = {
    "zh": {
        "submitted": "已收到您的申请，等待受理",
        "accepted": "已受理",
        "in_progress": "正在办理",
        "transferred": "已转交其他机构办理",
        "returned": "已退回原受理机构",
        "completed": "已办结",
        "closed": "已结案",
        "rejected": "不予受理",
    },
    "en": {
        "submitted": "Received, waiting to be accepted",
        "accepted": "Accepted",
        "in_progress": "Being handled",
        "transferred": "Passed to another office",
        "returned": "Returned to the first office",
        "completed": "Done",
        "closed": "Closed",
        "rejected": "Not accepted",
    },
}


def language(accept_language: str | None) -> str:
    """`en` when the caller prefers English, otherwise Chinese."""
    first = (accept_language or "").split(",")[0].strip().lower()
    return "en" if first.startswith("en") else "zh"


def find(session: Session, tracking_number: str, digits: str) -> RequestRow | None:
    row = by_number(session, tracking_number)
    if row is None:
        return None
    given = last4_hash(row.tracking_number, digits)
    matches = [
        hmac.compare_digest(given, stored)
        for stored in (row.id_last4_hash, row.phone_last4_hash)
        if stored is not None
    ]
    return row if any(matches) else None


def progress_of(session: Session, row: RequestRow, lang: str) -> Progress:
    texts = STATUS_TEXT.get(lang, STATUS_TEXT["zh"])
    org = session.get(Organisation, row.organisation_id)
    events = session.scalars(
        select(RequestEvent)
        .where(RequestEvent.request_id == row.id, RequestEvent.to_status.is_not(None))
        .order_by(RequestEvent.id)
    )
    steps: list[ProgressStep] = []
    for event in events:
        if steps and steps[-1].status == event.to_status:
            continue  # an assignment does not change what the resident sees
        status = event.to_status or "submitted"
        steps.append(ProgressStep(at=event.at, status=status, text=texts[status]))
    return Progress(
        tracking_number=row.tracking_number,
        kind=row.kind,
        status=row.status,
        status_text=texts[row.status],
        organisation=org.name if org else "",
        created_at=row.created_at,
        updated_at=row.updated_at,
        due_at=row.due_at,
        steps=steps,
    )
