"""Resident-facing JSON under `/public/api/` (the online channel) and the terminals' progress
query. No token: every call counts against the caller's address, and wrong second factors
against the tracking number, so guessing the last four digits runs out quickly."""

from __future__ import annotations

import math
from typing import Annotated

from fastapi import APIRouter, Depends, Header, HTTPException, Request, Response, status
from sqlalchemy import select
from sqlalchemy.orm import Session

from api_client.schemas import (
    Progress,
    ProgressQuery,
    PublicRatingCreate,
    PublicRequestCreate,
    RatingOut,
    RequestCreated,
)
from central.api.deps import CurrentKiosk, SessionDep, SettingsDep
from central.api.problems import UNAUTHORISED_DEVICE, problems
from central.api.request_deps import Zone
from central.models import Organisation, RequestRow
from central.ratelimit import Limiter
from central.requests import progress
from central.requests.ratings import rate
from central.requests.records import NewRequest, create, scoped_key

router = APIRouter(tags=["public"])
NOT_FOUND = "no request with this tracking number and these last four digits"
_LIMITED = problems(s429="too many attempts; see Retry-After")
_PROGRESS = {**_LIMITED, **problems(s404=NOT_FOUND)}
AcceptLanguage = Annotated[str | None, Header()]


def _too_many(wait: float) -> HTTPException:
    seconds = math.ceil(wait)
    return HTTPException(
        status.HTTP_429_TOO_MANY_REQUESTS,
        f"too many attempts; try again in {seconds} s",
        headers={"Retry-After": str(seconds)},
    )


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def per_client(request: Request) -> None:
    """Count this call against the caller's address; refuse past the limit."""
    limiter: Limiter = request.app.state.public_limiter
    taken = limiter.take(f"client:{_client(request)}")
    if taken.wait > 0:
        raise _too_many(taken.wait)


PerClient = Depends(per_client)


def _checked(
    request: Request, session: Session, number: str, digits: str, asker: str
) -> RequestRow:
    """The request if the second factor matches. Each try is counted first against this
    number *for this asker* (a client address, or a terminal): someone guessing slows only
    himself, never the resident's own query from elsewhere; a match hands the try back."""
    limiter: Limiter = request.app.state.progress_limiter
    key = f"number:{asker}:{number.strip().upper()}"
    taken = limiter.take(key)
    if taken.wait > 0:
        raise _too_many(taken.wait)
    row = progress.find(session, number, digits)
    if row is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, NOT_FOUND)
    limiter.give_back(key, taken.ticket)
    return row


@router.post("/public/api/progress", responses=_PROGRESS, dependencies=[PerClient])
def public_progress(
    body: ProgressQuery,
    request: Request,
    session: SessionDep,
    accept_language: AcceptLanguage = None,
) -> Progress:
    """A request's progress for the resident holding its receipt."""
    row = _checked(request, session, body.tracking_number, body.last4, _client(request))
    return progress.progress_of(session, row, progress.language(accept_language))


@router.post("/api/v1/kiosk/progress", responses={**_PROGRESS, **UNAUTHORISED_DEVICE})
def kiosk_progress(
    body: ProgressQuery,
    request: Request,
    kiosk: CurrentKiosk,
    session: SessionDep,
    accept_language: AcceptLanguage = None,
) -> Progress:
    """The same query from a terminal's progress journey."""
    asker = f"terminal:{kiosk.terminal_id}"
    row = _checked(request, session, body.tracking_number, body.last4, asker)
    return progress.progress_of(session, row, progress.language(accept_language))


def _online_organisation(session: Session, code: str | None) -> Organisation:
    query = select(Organisation)
    if code is not None:
        query = query.where(Organisation.code == code)
    else:
        query = query.where(Organisation.parent_id.is_(None)).order_by(Organisation.id)
    org = session.scalars(query).first()
    if org is None:
        raise HTTPException(
            status.HTTP_503_SERVICE_UNAVAILABLE, "online requests are not taken yet; call 12348"
        )
    return org


@router.post(
    "/public/api/requests",
    status_code=status.HTTP_201_CREATED,
    dependencies=[PerClient],
    responses={
        200: {"model": RequestCreated, "description": "a repeat of the same idempotency key"},
        **_LIMITED,
        **problems(s409="the key belongs to another request", s503="not taken yet"),
    },
)
def public_request(
    body: PublicRequestCreate,
    session: SessionDep,
    settings: SettingsDep,
    zone: Zone,
    response: Response,
) -> RequestCreated:
    """An online consultation or call-back request; answers the tracking number. The last
    four digits of the phone are the second factor of its progress query."""
    org = _online_organisation(session, settings.online_organisation)
    new = NewRequest(
        kind=body.kind,
        channel="online",
        organisation=org,
        site="web",
        applicant={"name": body.name, "phone": body.phone},
        summary=body.question,
        idempotency_key=scoped_key("web", body.idempotency_key),
    )
    row, duplicate = create(session, new, "public:online", zone)
    if duplicate:
        response.status_code = status.HTTP_200_OK
    return RequestCreated(tracking_number=row.tracking_number, duplicate=duplicate)


@router.post(
    "/public/api/ratings",
    status_code=status.HTTP_201_CREATED,
    dependencies=[PerClient],
    responses={
        **_PROGRESS,
        **problems(s400="score out of range", s409="the request has already been rated"),
    },
)
def public_rating(body: PublicRatingCreate, request: Request, session: SessionDep) -> RatingOut:
    """Rate a request (1-5 and a comment), once, with the same second factor as progress."""
    row = _checked(request, session, body.tracking_number, body.last4, _client(request))
    rating = rate(session, row, body.score, body.comment, "online", "public:online")
    return RatingOut(
        score=rating.score, comment=rating.comment, channel="online", rated_at=rating.rated_at
    )
