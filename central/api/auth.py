"""Staff login and logout, rate-limited per username and per client address."""

from __future__ import annotations

import logging
import math
from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Request, Response, status

from api_client.schemas import LoginRequest, LoginResponse, Problem, StaffOut
from central.api.deps import CurrentStaff, DatabaseDep, SessionDep, SettingsDep, StaffCredentials
from central.ratelimit import FailureLimiter
from central.staff import login, revoke_token, staff_out

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api/v1/auth", tags=["auth"])


def get_limiter(request: Request) -> FailureLimiter:
    limiter: FailureLimiter = request.app.state.login_limiter
    return limiter


LimiterDep = Annotated[FailureLimiter, Depends(get_limiter)]


@router.post(
    "/login",
    responses={
        401: {"model": Problem, "description": "wrong username or password, or disabled"},
        429: {"model": Problem, "description": "too many failed attempts; see Retry-After"},
    },
)
def login_staff(
    body: LoginRequest,
    request: Request,
    database: DatabaseDep,
    settings: SettingsDep,
    limiter: LimiterDep,
) -> LoginResponse:
    client = request.client.host if request.client else "unknown"
    keys = (f"user:{body.username}", f"addr:{client}")
    wait = limiter.retry_after(*keys)
    if wait > 0:
        raise HTTPException(
            status.HTTP_429_TOO_MANY_REQUESTS,
            f"too many failed logins; try again in {math.ceil(wait)} s",
            headers={"Retry-After": str(math.ceil(wait))},
        )
    # Own transaction, committed before answering: a failure is journaled even though the
    # request then ends in a 401.
    with database.session() as session:
        issued = login(
            session,
            body.username,
            body.password,
            timedelta(seconds=settings.staff_token_ttl_s),
            client,
            request.app.state.failed_logins,
        )
        staff = staff_out(session, issued.staff) if issued else None
    if issued is None or staff is None:
        limiter.fail(*keys)
        request.app.state.metrics.login_failures.inc()
        log.info("login failed", extra={"username": body.username, "client": client})
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "wrong username or password, or the account is disabled",
            headers={"WWW-Authenticate": "Bearer"},
        )
    limiter.clear(keys[0])
    return LoginResponse(access_token=issued.token, expires_at=issued.expires_at, staff=staff)


@router.post("/logout", status_code=status.HTTP_204_NO_CONTENT)
def logout(staff: CurrentStaff, credentials: StaffCredentials, session: SessionDep) -> Response:
    if credentials is not None:
        revoke_token(session, credentials.credentials)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/me")
def me(staff: CurrentStaff, session: SessionDep) -> StaffOut:
    return staff_out(session, staff)
