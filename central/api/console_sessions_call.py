"""The call page's actions, under `/console/sessions/{id}/...`, for the staff member holding
the call: start the call (the grant), report the call's state, the text line, notes, hand over
and end with an outcome.

They reuse the staff JSON API's own functions (central.sessions.staff_api), so the rules,
the journal and the live notices are the same; only the login differs (the console's cookie).
The script on the call page posts with `Accept: application/json` and gets JSON; a plain form
post (no script) gets a redirect back to the page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar
from urllib.parse import quote

from fastapi import APIRouter, BackgroundTasks, Request, status
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from pydantic import ValidationError
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from api_client.schemas.sessions import (
    CallReport,
    Caption,
    ClaimOut,
    EndSession,
    GrantOut,
    HandOver,
)
from central.api.console_page import ConsolePage
from central.api.console_sessions_common import (
    CALL_RESPONSES,
    CallStaff,
    first,
    or_page,
    read_fields,
    refused_page,
    settings_of,
)
from central.api.deps import BusDep, DatabaseDep
from central.bus import Bus
from central.db import Database
from central.media.rooms import JanusRooms
from central.models import Staff
from central.recordings.hooks import optional_control
from central.recordings.live import RecordingControl
from central.sessions import staff_api
from central.sessions.deps import SessionId, context
from central.sessions.errors import SessionError
from central.sessions.request_moves import add_note
from central.sessions.staff_side import ended_call_of, own_call
from central.sessions.terminal_side import Context

router = APIRouter(prefix="/console/sessions", tags=["console"])
T = TypeVar("T")
B = TypeVar("B")
# a call move of the staff JSON API (report, hand over, end), called with what its
# dependencies would give it there
_CallMove = Callable[
    [
        str,
        B,
        Staff,
        Session,
        Context,
        JanusRooms | None,
        Bus,
        BackgroundTasks,
        RecordingControl | None,
        Database,
    ],
    ClaimOut,
]


def _wants_json(request: Request) -> bool:
    return "application/json" in request.headers.get("accept", "")


def _back(session_id: str, request: Request, answer: dict[str, str]) -> Response:
    if _wants_json(request):
        return JSONResponse(answer)
    return RedirectResponse(f"/console/sessions/{quote(session_id)}", status.HTTP_303_SEE_OTHER)


def _guarded(request: Request, staff: Staff, look: Callable[[], T]) -> T:
    """`look()`; a refusal of the session rules answers the script as JSON (`detail`, by the
    sessions' error handler) and a plain form post with the console's refusal page."""
    if _wants_json(request):
        return look()
    return or_page(staff, look)


def _in_call(
    request: Request,
    staff: Staff,
    database: Database,
    bus: Bus,
    tasks: BackgroundTasks,
    session_id: str,
    body: B,
    move: _CallMove[B],
) -> ClaimOut:
    """`move` in a database session of its own, with this service's rooms, recording control
    and bus, as the staff JSON API's dependencies give them (run in a worker thread)."""
    ctx = context(settings_of(request))
    with database.session() as session:
        return move(
            session_id,
            body,
            staff,
            session,
            ctx,
            request.app.state.rooms,
            bus,
            tasks,
            optional_control(request),
            database,
        )


def _bad_form(request: Request, staff_name: str, err: ValidationError) -> ConsolePage:
    problems = "; ".join(
        f"{p['loc'][-1] if p['loc'] else 'form'}: {p['msg']}" for p in err.errors()
    )
    if _wants_json(request):
        return ConsolePage(problems, 422)
    return ConsolePage(refused_page(staff_name, problems), 422)


@router.post("/{session_id}/connect", responses=CALL_RESPONSES)
async def connect(
    session_id: SessionId, request: Request, staff: CallStaff, database: DatabaseDep, bus: BusDep
) -> GrantOut:
    """Start the call (the room on Janus) or rejoin it: this staff member's grant."""
    return await staff_api.connect(session_id, staff, database, request.app.state.rooms, bus)


@router.post("/{session_id}/report", responses=CALL_RESPONSES)
async def report(
    session_id: SessionId, request: Request, staff: CallStaff, database: DatabaseDep, bus: BusDep
) -> Response:
    fields = await read_fields(request)
    try:
        body = CallReport(event=first(fields, "event"), detail=first(fields, "detail")[:200])
    except ValidationError as err:
        raise _bad_form(request, staff.username, err) from None
    tasks = BackgroundTasks()

    def store() -> dict[str, str]:
        out = _in_call(
            request, staff, database, bus, tasks, session_id, body, staff_api.staff_report
        )
        return {"state": out.state}

    answer = await run_in_threadpool(store)
    return JSONResponse(answer, background=tasks)


@router.post("/{session_id}/caption", responses=CALL_RESPONSES)
async def caption(
    session_id: SessionId, request: Request, staff: CallStaff, database: DatabaseDep
) -> Response:
    """The text line shown large on the resident's screen (empty clears it)."""
    fields = await read_fields(request)
    try:
        body = Caption(text=first(fields, "text"))
    except ValidationError as err:
        raise _bad_form(request, staff.username, err) from None

    def store() -> Caption:
        ctx = context(settings_of(request))
        with database.session() as session:
            return _guarded(
                request, staff, lambda: staff_api.set_caption(session_id, body, staff, session, ctx)
            )

    shown = await run_in_threadpool(store)
    return _back(session_id, request, {"text": shown.text})


@router.post("/{session_id}/note", responses=CALL_RESPONSES)
async def note(
    session_id: SessionId, request: Request, staff: CallStaff, database: DatabaseDep
) -> Response:
    """A note of the call, kept in the request's history and journaled (as a hash)."""
    fields = await read_fields(request)

    def store() -> str:
        with database.session() as session:
            return _guarded(
                request,
                staff,
                lambda: add_note(
                    session, staff, own_call(session, staff, session_id), first(fields, "note")
                ),
            )

    kept = await run_in_threadpool(store)
    return _back(session_id, request, {"note": kept})


@router.post("/{session_id}/hand-over", response_class=HTMLResponse, responses=CALL_RESPONSES)
async def hand_over(
    session_id: SessionId, request: Request, staff: CallStaff, database: DatabaseDep, bus: BusDep
) -> Response:
    """Back to the queue, or to a named colleague; then the sessions page."""
    fields = await read_fields(request)
    try:
        body = HandOver(to_username=first(fields, "to") or None)
    except ValidationError as err:
        raise _bad_form(request, staff.username, err) from None
    tasks = BackgroundTasks()

    def store() -> None:
        _guarded(
            request,
            staff,
            lambda: _in_call(
                request, staff, database, bus, tasks, session_id, body, staff_api.hand_over
            ),
        )

    await run_in_threadpool(store)
    done = "/console/sessions?done=handed_over"
    if _wants_json(request):
        return JSONResponse({"next": done}, background=tasks)
    return RedirectResponse(done, status.HTTP_303_SEE_OTHER, background=tasks)


@router.post("/{session_id}/end", response_class=HTMLResponse, responses=CALL_RESPONSES)
async def end(
    session_id: SessionId, request: Request, staff: CallStaff, database: DatabaseDep, bus: BusDep
) -> Response:
    """End with an outcome that moves the request on; then what became of the request."""
    fields = await read_fields(request)
    try:
        body = EndSession(outcome=first(fields, "outcome"), note=first(fields, "note").strip())
    except ValidationError as err:
        raise _bad_form(request, staff.username, err) from None
    tasks = BackgroundTasks()

    def store() -> None:
        _guarded(
            request,
            staff,
            lambda: _in_call(request, staff, database, bus, tasks, session_id, body, staff_api.end),
        )

    def ended_meanwhile() -> bool:
        with database.session() as session:
            return ended_call_of(session, staff, session_id)

    try:
        await run_in_threadpool(store)
    except (ConsolePage, SessionError):
        # the call ended without them a moment before (the resident left, the call failed
        # for good): the staff member still gets the page saying what became of the request
        if _wants_json(request) or not await run_in_threadpool(ended_meanwhile):
            raise
    ended = f"/console/sessions/{quote(session_id)}/ended"
    return RedirectResponse(ended, status.HTTP_303_SEE_OTHER, background=tasks)
