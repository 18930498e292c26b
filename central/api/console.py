"""`/console/`: the fleet page for technicians and supervisors, server-rendered HTML.

A browser logs in with a form; the staff token then travels in an HttpOnly, SameSite=Strict
cookie, accepted by these routes only (the JSON API takes bearer tokens alone). Without a
valid token the page answers 401 with the login form.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Annotated, Any
from urllib.parse import parse_qs

from fastapi import APIRouter, Depends, Query, Request, status
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from api_client.schemas import USERNAME_PATTERN
from central.api.console_auth import COOKIE, ConsoleToken, console_member
from central.api.deps import DatabaseDep, SessionDep, SettingsDep
from central.api.kiosks import scoped_kiosks
from central.auth.login_limits import LoginLimits, TooManyLogins
from central.auth.staff import IssuedToken, login, revoke_token, staff_for_token
from central.clock import utcnow
from central.console.fleet_board_html import board_html
from central.console.fleet_html import Filters, fleet_page, login_page, matches
from central.console.words import bi
from central.fleet.alerts_board import fleet_alerts, sees_service
from central.models import Staff

router = APIRouter(prefix="/console", tags=["console"])
__all__ = ["CONSOLE_ROLES", "COOKIE", "router"]
CONSOLE_ROLES = frozenset({"admin", "supervisor", "technician"})
_HTML: dict[str, Any] = {"content": {"text/html": {}}}
FleetViewer = Annotated[
    Staff,
    Depends(
        console_member(
            CONSOLE_ROLES,
            bi(
                "终端页面仅供管理员、主管和技术员使用。",
                "The fleet console is for admins, supervisors and technicians.",
            ),
        )
    ),
]


@router.get("/", response_class=HTMLResponse, responses={401: _HTML, 403: _HTML})
def fleet(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    staff: FleetViewer,
    state: Annotated[str, Query(pattern="^(|online|offline|revoked)$")] = "",
    region: Annotated[str, Query(pattern="^([1-9][0-9]{5})?$")] = "",
    faults: bool = False,
    q: Annotated[str, Query(max_length=64)] = "",
) -> HTMLResponse:
    filters = Filters(state=state, region=region, faults_only=faults, text=q)
    scoped = scoped_kiosks(session, settings, staff)
    alerts = fleet_alerts(
        session,
        settings.alerts,
        settings.evidence,
        scoped,
        utcnow(),
        request.app.state.probe.reachable,
        sees_service(session, staff),
    )
    views = [v for v in scoped if matches(v, filters)]
    board = board_html(alerts, scoped)
    return HTMLResponse(fleet_page(staff.username, views, filters, request.url.query, board))


@router.get("/login", response_class=HTMLResponse)
def login_form() -> HTMLResponse:
    return HTMLResponse(login_page())


@router.post(
    "/login",
    response_class=HTMLResponse,
    responses={
        303: {"description": "logged in; to /console/"},
        400: _HTML,
        401: _HTML,
        429: _HTML,
    },
    openapi_extra={
        "requestBody": {
            "content": {
                "application/x-www-form-urlencoded": {
                    "schema": {
                        "type": "object",
                        "properties": {
                            "username": {"type": "string"},
                            "password": {"type": "string"},
                        },
                        "required": ["username", "password"],
                    }
                }
            }
        }
    },
)
async def login_submit(request: Request, database: DatabaseDep, settings: SettingsDep) -> Response:
    """Form login (no python-multipart needed: a urlencoded body parses with the stdlib)."""
    fields = parse_qs((await request.body())[:4096].decode("utf-8", "replace"))
    username = (fields.get("username") or [""])[0].strip()
    password = (fields.get("password") or [""])[0]
    next_page = (fields.get("next") or ["/console/"])[0]
    if not re.fullmatch(r"/console/[A-Za-z0-9/_-]*", next_page):
        next_page = "/console/"  # only pages of this console: no open redirect
    limits: LoginLimits = request.app.state.login_limits
    client = request.client.host if request.client else "unknown"
    try:
        admitted = await run_in_threadpool(limits.admit, username, client)
    except TooManyLogins as err:
        message = bi(
            f"登录失败次数过多，请 {err.seconds} 秒后再试。",
            f"Too many failed logins; try again in {err.seconds} s.",
        )
        return HTMLResponse(
            login_page(message, next_page), status_code=status.HTTP_429_TOO_MANY_REQUESTS
        )
    if not re.fullmatch(USERNAME_PATTERN, username) or not password:
        message = bi(
            "请输入用户名（3-32 位小写字母、数字、“.”“_”或“-”，以字母开头）和密码。",
            "Enter a username (3-32 lowercase letters, digits, '.', '_' or '-', "
            "starting with a letter) and a password.",
        )
        return HTMLResponse(login_page(message, next_page), status_code=status.HTTP_400_BAD_REQUEST)
    ttl = timedelta(seconds=settings.staff_token_ttl_s)
    failures = request.app.state.failed_logins

    def check() -> IssuedToken | None:
        with database.session() as session:
            return login(session, username, password, ttl, client, failures)

    # argon2 takes tens of milliseconds: on the event loop, a few anonymous logins at once
    # held every other request (heartbeats waited seconds). A worker thread does it.
    issued = await run_in_threadpool(check)
    if issued is None:
        request.app.state.metrics.login_failures.inc()
        return HTMLResponse(
            login_page(
                bi(
                    "用户名或密码错误，或账号已停用。",
                    "Wrong username or password, or the account is disabled.",
                ),
                next_page,
            ),
            status_code=status.HTTP_401_UNAUTHORIZED,
        )
    await run_in_threadpool(limits.succeeded, admitted)
    # Clerks and hotline operators work on requests; the fleet page is not theirs.
    if next_page == "/console/" and not CONSOLE_ROLES.intersection(issued.staff.roles):
        next_page = "/console/requests"
    reply = RedirectResponse(next_page, status_code=status.HTTP_303_SEE_OTHER)
    reply.set_cookie(
        COOKIE,
        issued.token,
        max_age=int(settings.staff_token_ttl_s),
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
        path="/console",
    )
    return reply


@router.post(
    "/logout",
    response_class=HTMLResponse,
    responses={303: {"description": "logged out; to the login form"}, 401: _HTML},
)
def logout(session: SessionDep, token: ConsoleToken) -> Response:
    reply: Response
    if token and staff_for_token(session, token) is not None:
        revoke_token(session, token)
        reply = RedirectResponse("/console/login", status_code=status.HTTP_303_SEE_OTHER)
    else:
        reply = HTMLResponse(login_page(), status_code=status.HTTP_401_UNAUTHORIZED)
    reply.delete_cookie(COOKIE, path="/console")
    return reply
