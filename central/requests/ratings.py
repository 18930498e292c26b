"""Satisfaction: 1-5 and a comment, once per request."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from central import journal
from central.clock import utcnow
from central.models import RatingRow, RequestRow
from central.requests.errors import RequestError
from central.requests.locking import write_lock


def rate(
    session: Session, row: RequestRow, score: int, comment: str, channel: str, actor: str
) -> RatingRow:
    write_lock(session)
    if not 1 <= score <= 5:
        raise RequestError(400, f"a score is 1 to 5, not {score}")
    if session.scalars(select(RatingRow.id).where(RatingRow.request_id == row.id)).first():
        raise RequestError(409, f"request {row.tracking_number} has already been rated")
    rating = RatingRow(
        request_id=row.id,
        score=score,
        comment=comment.strip()[:500],
        channel=channel,
        rated_at=utcnow(),
    )
    try:
        with session.begin_nested():
            session.add(rating)
            session.flush()
    except IntegrityError:
        raise RequestError(409, f"request {row.tracking_number} has already been rated") from None
    payload = {"score": score, "comment_sha256": journal.payload_hash({"c": rating.comment})}
    journal.append(session, actor, "request.rate", f"request:{row.tracking_number}", payload)
    return rating
