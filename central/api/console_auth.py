"""Who is logged in on a console page: one dependency for every page, one refusal handler.

A browser carries the staff token in the HttpOnly `lexkiosk_staff` cookie (central.api.console
sets it at login); a script may send it as a bearer token instead. A page declares the roles it
serves with `console_member(...)`; a caller without a valid token gets the login form (401), a
member without one of the roles the login form with the reason (403). The refusal is raised as
`ConsoleRefused` and answered by `console_refused`, registered once with the other handlers
(central.api.errors).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Annotated

from fastapi import Cookie, Depends, Request, status
from fastapi.responses import HTMLResponse

from central.api.deps import DatabaseDep, StaffCredentials
from central.auth.staff import staff_for_token
from central.console.fleet_html import login_page
from central.models import Staff

COOKIE = "lexkiosk_staff"
HOME = "/console/"


class ConsoleRefused(Exception):
    """A console page refused its caller; answered with the login form and `message` (HTML,
    written with `central.console.words.bi`: Chinese, then English)."""

    def __init__(self, status_code: int, message: str = "", next_page: str = HOME) -> None:
        super().__init__(message or f"refused with {status_code}")
        self.status_code = status_code
        self.message = message
        self.next_page = next_page


async def console_refused(_request: Request, exc: Exception) -> HTMLResponse:
    """The exception handler for ConsoleRefused (registered in central.app)."""
    assert isinstance(exc, ConsoleRefused)
    return HTMLResponse(login_page(exc.message, exc.next_page), status_code=exc.status_code)


def console_token(
    credentials: StaffCredentials,
    lexkiosk_staff: Annotated[str | None, Cookie()] = None,
) -> str | None:
    """The staff token of a console request: the bearer token, else the cookie."""
    return credentials.credentials if credentials is not None else lexkiosk_staff


ConsoleToken = Annotated[str | None, Depends(console_token)]


def console_member(
    roles: Iterable[str],
    refusal: str,
    *,
    back: Callable[[str], str] | None = None,
    also: Callable[[Staff], str] | None = None,
) -> Callable[..., Staff]:
    """A dependency returning the logged-in member holding one of `roles`.

    `refusal` is HTML (`words.bi`); `back` maps the request path to where a login should
    return (default: the fleet page);
    `also` is a further check returning the reason to refuse (403, HTML), or "" to admit.

    The token is checked in its own short transaction, closed before the page's session
    connects (a session takes its connection at its first query): a request holds one
    connection at a time, and the form actions, which open their own transactions after
    reading the body, hold none while the body arrives. The member returned is detached,
    with every column loaded (sessions do not expire on commit)."""
    allowed = frozenset(roles)

    def member(request: Request, database: DatabaseDep, token: ConsoleToken) -> Staff:
        next_page = back(request.url.path) if back is not None else HOME
        staff = None
        if token:
            with database.session() as session:
                staff = staff_for_token(session, token)
        if staff is None:
            raise ConsoleRefused(status.HTTP_401_UNAUTHORIZED, next_page=next_page)
        if not allowed.intersection(staff.roles):
            raise ConsoleRefused(status.HTTP_403_FORBIDDEN, refusal, next_page)
        reason = also(staff) if also is not None else ""
        if reason:
            raise ConsoleRefused(status.HTTP_403_FORBIDDEN, reason, next_page)
        request.state.console_username = staff.username  # for a later error page's header
        return staff

    return member
