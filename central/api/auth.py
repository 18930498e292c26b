"""Staff login and logout, rate-limited per account at a client address and per address
(central.auth.login_limits)."""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Request, Response, status

from api_client.schemas import LoginRequest, LoginResponse, Problem, StaffOut
from central.api.deps import CurrentStaff, DatabaseDep, SessionDep, SettingsDep, StaffCredentials
from central.auth.login_limits import LoginLimits, TooManyLogins
from central.auth.staff import login, revoke_token, staff_out

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api/v1/auth", tags=["auth"])


def get_limits(request: Request) -> LoginLimits:
    limits: LoginLimits = request.app.state.login_limits
    return limits


LimitsDep = Annotated[LoginLimits, Depends(get_limits)]


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
    limits: LimitsDep,
) -> LoginResponse:
    client = request.client.host if request.client else "unknown"
    try:
        admitted = limits.admit(body.username, client)
    except TooManyLogins as err:
        raise HTTPException(
            status.HTTP_429_TOO_MANY_REQUESTS,
            str(err),
            headers={"Retry-After": str(err.seconds)},
        ) from None
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
        request.app.state.metrics.login_failures.inc()
        log.info("login failed", extra={"username": body.username, "client": client})
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "wrong username or password, or the account is disabled",
            headers={"WWW-Authenticate": "Bearer"},
        )
    limits.succeeded(admitted)
    return LoginResponse(access_token=issued.token, expires_at=issued.expires_at, staff=staff)


@router.post("/logout", status_code=status.HTTP_204_NO_CONTENT)
def logout(staff: CurrentStaff, credentials: StaffCredentials, session: SessionDep) -> Response:
    if credentials is not None:
        revoke_token(session, credentials.credentials)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/me")
def me(staff: CurrentStaff, session: SessionDep) -> StaffOut:
    return staff_out(session, staff)
