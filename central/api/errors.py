"""Domain refusals answered as HTTP, registered once by the app factory (central.app).

The rules raise their own errors with a message safe to show; the routes let them through and
these handlers answer `{"detail": message}` with the status the error carries, as an
`HTTPException` would. Errors whose status depends on the route (FleetError, ConfigError,
StaffError: 404 when looking up, 409 when creating) are still translated in the route.
"""

from __future__ import annotations

from fastapi import FastAPI, Request, status
from fastapi.responses import JSONResponse

from central.api.console_auth import ConsoleRefused, console_refused
from central.api.console_page import ConsolePage, console_page
from central.api.validation import register_validation_handler
from central.fleet.remote_commands import CommandError
from central.fleet.uploads import UploadError
from central.knowledge.articles import KnowledgeError
from central.requests.errors import RequestError


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


def register_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(RequestError, _request_error)
    app.add_exception_handler(KnowledgeError, _knowledge_error)
    app.add_exception_handler(UploadError, _upload_error)
    app.add_exception_handler(CommandError, _command_error)
    app.add_exception_handler(ConsoleRefused, console_refused)
    app.add_exception_handler(ConsolePage, console_page)
    register_validation_handler(app)  # 422s without the submitted values
