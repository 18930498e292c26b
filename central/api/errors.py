"""Domain refusals answered as HTTP, registered once by the app factory (central.app).

The rules raise their own errors with a message safe to show; the routes let them through and
these handlers answer `{"detail": message}` with the status the error carries, as an
`HTTPException` would. Errors whose status depends on the route (FleetError, ConfigError,
StaffError: 404 when looking up, 409 when creating) are still translated in the route.

A `MediaError` (Janus down, not answering, or refusing the service's own request) is the
service's problem, not the caller's: 503 with one plain line, Chinese first, never the error's
own text (it names Janus's address); that goes to the log, masked.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request, status
from fastapi.responses import HTMLResponse, JSONResponse, Response

from central.api.console_auth import ConsoleRefused, console_refused
from central.api.console_page import ConsolePage, console_page
from central.api.console_sessions_common import refused_html
from central.api.validation import register_validation_handler
from central.console.words import bi
from central.fleet.remote_commands import CommandError
from central.fleet.uploads import UploadError
from central.knowledge.articles import KnowledgeError
from central.logs import mask_text
from central.media.errors import MediaError
from central.requests.errors import RequestError

log = logging.getLogger(__name__)

MEDIA_DOWN_ZH = "视频服务器暂时无法连接，请稍后再试。"
MEDIA_DOWN_EN = "The video server is not answering right now; try again in a minute."
MEDIA_DOWN = f"{MEDIA_DOWN_ZH} {MEDIA_DOWN_EN}"
"""What a caller is told when Janus cannot be used (the same words whatever failed)."""


def _detail(code: int, err: Exception) -> JSONResponse:
    return JSONResponse({"detail": str(err)}, status_code=code)


async def _request_error(_request: Request, err: Exception) -> JSONResponse:
    assert isinstance(err, RequestError)
    return _detail(err.status, err)


async def _knowledge_error(_request: Request, err: Exception) -> JSONResponse:
    assert isinstance(err, KnowledgeError)
    code = status.HTTP_404_NOT_FOUND if err.not_found else status.HTTP_409_CONFLICT
    return _detail(code, err)


async def _upload_error(_request: Request, err: Exception) -> JSONResponse:
    assert isinstance(err, UploadError)
    return _detail(err.status, err)


async def _command_error(_request: Request, err: Exception) -> JSONResponse:
    return _detail(status.HTTP_409_CONFLICT, err)


async def _media_error(request: Request, err: Exception) -> Response:
    """503; a console page posted as a plain form gets the console's refusal page."""
    assert isinstance(err, MediaError)
    where = f"{request.method} {request.url.path}"
    log.warning("media server unavailable for %s: %s", where, mask_text(str(err)))
    code = status.HTTP_503_SERVICE_UNAVAILABLE
    wants_json = "application/json" in request.headers.get("accept", "")
    if request.url.path.startswith("/console/") and not wants_json:
        username = getattr(request.state, "console_username", "")
        alert = f'<p class="alert" role="alert">{bi(MEDIA_DOWN_ZH, MEDIA_DOWN_EN)}</p>'
        return HTMLResponse(refused_html(username, alert), status_code=code)
    return JSONResponse({"detail": MEDIA_DOWN}, status_code=code)


def register_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(RequestError, _request_error)
    app.add_exception_handler(KnowledgeError, _knowledge_error)
    app.add_exception_handler(UploadError, _upload_error)
    app.add_exception_handler(CommandError, _command_error)
    app.add_exception_handler(MediaError, _media_error)
    app.add_exception_handler(ConsoleRefused, console_refused)
    app.add_exception_handler(ConsolePage, console_page)
    register_validation_handler(app)  # 422s without the submitted values
