"""Plugging sessions into the app: the routers, the room maker and the one error handler."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from central.media.rooms import JanusRooms
from central.media.settings import MediaSettings
from central.sessions import (
    documents_api,
    regions_api,
    report_api,
    reproof_api,
    staff_api,
    terminal_api,
)
from central.sessions.errors import SessionError


async def _answer(_request: Request, err: Exception) -> JSONResponse:
    assert isinstance(err, SessionError)
    headers = {"WWW-Authenticate": "Bearer"} if err.status == 401 else None
    return JSONResponse({"detail": str(err)}, status_code=err.status, headers=headers)


def install(app: FastAPI, media: MediaSettings | None) -> None:
    app.state.rooms = JanusRooms(media) if media is not None else None
    app.add_exception_handler(SessionError, _answer)
    app.include_router(terminal_api.router)
    app.include_router(staff_api.router)
    app.include_router(report_api.router)
    app.include_router(regions_api.router)
    app.include_router(documents_api.staff_router)
    app.include_router(documents_api.terminal_router)
    app.include_router(reproof_api.terminal_router)
    app.include_router(reproof_api.staff_router)
