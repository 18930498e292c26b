"""Dependencies of the session routes: the queue rules, the room maker, the session's
staff, the context of a request (settings, zone, now)."""

from __future__ import annotations

from typing import Annotated
from zoneinfo import ZoneInfo

from fastapi import Depends, Path, Request

from api_client.schemas.sessions import SESSION_ID_PATTERN
from central.api.deps import SettingsDep, require_roles
from central.clock import utcnow
from central.media.rooms import JanusRooms
from central.models import Staff
from central.sessions.errors import SessionError
from central.sessions.terminal_side import Context

SESSION_ROLES = ("notary", "lawyer", "clerk", "mediator")
SessionStaff = Annotated[Staff, Depends(require_roles(*SESSION_ROLES))]
SessionId = Annotated[str, Path(pattern=SESSION_ID_PATTERN, description="e.g. vs_3q2...")]


def context(settings: SettingsDep) -> Context:
    return Context(settings.sessions, ZoneInfo(settings.timezone), utcnow())


def require(rooms: JanusRooms | None) -> JanusRooms:
    """The room maker, or 503 when this service has no media settings (checked after the
    caller's right to the session, so nobody learns more from a 503 than from a 404)."""
    if rooms is None:
        raise SessionError(
            503, "video calls are not configured on this central service (no media settings)"
        )
    return rooms


ContextDep = Annotated[Context, Depends(context)]


def optional_rooms(request: Request) -> JanusRooms | None:
    made: JanusRooms | None = request.app.state.rooms
    return made


MaybeRoomsDep = Annotated[JanusRooms | None, Depends(optional_rooms)]
