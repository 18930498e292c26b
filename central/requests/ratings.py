"""Satisfaction: 1-5 and a comment, once per request and channel.

Two things get rated, apart. At the end of a kiosk journey the resident rates *the service at
the terminal* (channel `kiosk`): only the terminal whose journey made the request may file that
rating (central.requests.adoption). Online, with the progress query's second factor, the
resident rates *the outcome* (channel `online`), so that rating opens once the request is done.
Neither refuses the other.
"""

from __future__ import annotations

from typing import Final

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from central.clock import utcnow
from central.journal import chain as journal
from central.models import RatingRow, RequestRow
from central.requests.errors import RequestError
from central.requests.locking import write_lock

DONE: Final[frozenset[str]] = frozenset({"completed", "closed", "rejected"})


def rated(session: Session, row: RequestRow, channel: str) -> bool:
    query = select(RatingRow.id).where(RatingRow.request_id == row.id, RatingRow.channel == channel)
    return session.scalars(query).first() is not None


def rate(
    session: Session, row: RequestRow, score: int, comment: str, channel: str, actor: str
) -> RatingRow:
    write_lock(session)
    if not 1 <= score <= 5:
        raise RequestError(400, f"a score is 1 to 5, not {score}")
    if channel == "online" and row.status not in DONE:
        raise RequestError(
            409, f"request {row.tracking_number} is not done yet: rate its outcome when it is"
        )
    if rated(session, row, channel):
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
    payload = {
        "score": score,
        "channel": channel,
        "comment_sha256": journal.payload_hash({"c": rating.comment}),
    }
    journal.append(session, actor, "request.rate", f"request:{row.tracking_number}", payload)
    return rating
