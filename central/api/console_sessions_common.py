"""What the console's session routes share: who may use them (notaries, mediators, lawyers
and clerks, by cookie), reading their forms, and turning a refusal of the session rules into
a page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, TypeVar
from urllib.parse import parse_qs
from zoneinfo import ZoneInfo

from fastapi import Depends, Request

from central.api.console_auth import console_member
from central.api.console_forms import MAX_FORM_BYTES
from central.api.console_page import ConsolePage
from central.api.problems import Responses
from central.console.sessions_html import message, shell
from central.console.words import bi
from central.models import Staff
from central.sessions.deps import SESSION_ROLES
from central.sessions.errors import SessionError
from central.settings import CentralSettings

T = TypeVar("T")
_EITHER: dict[str, Any] = {"content": {"text/html": {}, "application/json": {}}}
_HTML: dict[str, Any] = {"content": {"text/html": {}}}
CALL_RESPONSES: Responses = {
    303: {"description": "done; back to the page (a form posted without the script)"},
    400: _EITHER,
    401: _HTML,
    403: _EITHER,
    404: _EITHER,
    409: _EITHER,
    422: _EITHER,
    503: _EITHER,
}
"""The call page's actions answer the script with JSON and a plain form post with HTML."""
_REFUSAL = (
    "视频服务页面供公证员、人民调解员、律师和法律援助工作人员使用。 "
    "The video session pages are for notaries, mediators, lawyers and legal-aid clerks."
)
CallStaff = Annotated[
    Staff, Depends(console_member(SESSION_ROLES, _REFUSAL, back=lambda path: path))
]
"""A logged-in notary, mediator, lawyer or clerk (SESSION_ROLES); a login returns to the
page asked for. Each route still checks the session is theirs (routed, claimed)."""


async def read_fields(request: Request) -> dict[str, list[str]]:
    """Every value of every field (a form may repeat one, e.g. languages)."""
    raw = (await request.body())[:MAX_FORM_BYTES].decode("utf-8", "replace")
    return parse_qs(raw, keep_blank_values=True)


def first(fields: dict[str, list[str]], name: str) -> str:
    return fields.get(name, [""])[0]


def settings_of(request: Request) -> CentralSettings:
    settings: CentralSettings = request.app.state.settings
    return settings


def zone_of(request: Request) -> ZoneInfo:
    return ZoneInfo(settings_of(request).timezone)


def refused_page(username: str, reason: str) -> str:
    return refused_html(username, message(reason))


def refused_html(username: str, alert: str) -> str:
    """The refusal page around `alert` (HTML), with the way back to the sessions page."""
    back = f'<p><a href="/console/sessions">{bi("视频服务", "Video sessions")}</a></p>'
    return shell(("无法显示", "Cannot show this"), username, alert + back)


def or_page(staff: Staff, look: Callable[[], T]) -> T:
    """`look()`, or the console's refusal page with the session rules' status and reason."""
    try:
        return look()
    except SessionError as err:
        raise ConsolePage(refused_page(staff.username, str(err)), err.status) from None
