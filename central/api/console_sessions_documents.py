"""The call page's document push, `/console/sessions/{id}/documents`: the staff member holding
the call sends a PDF (the page's script posts the file itself, `Content-Type:
application/pdf`, with the title in the query) to the resident's screen. The same rules as
the staff API (central.sessions.documents): a new push is a new version and clears any
signature; only the console's login differs (its cookie)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, BackgroundTasks, Query, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from api_client.schemas.session_documents import MAX_DOCUMENT_BYTES
from central.api.console_sessions_common import CALL_RESPONSES, CallStaff, settings_of
from central.api.deps import BusDep, DatabaseDep
from central.api.problems import problems
from central.sessions import documents
from central.sessions.deps import SessionId, context
from central.sessions.errors import SessionError
from central.sessions.notices import notice_for
from central.sessions.staff_side import own_call

router = APIRouter(prefix="/console/sessions", tags=["console"])
PDF = "application/pdf"


@router.post(
    "/{session_id}/documents",
    responses={**CALL_RESPONSES, **problems(s413="the PDF is too large", s415="not a PDF")},
)
async def push_document(
    session_id: SessionId,
    request: Request,
    staff: CallStaff,
    database: DatabaseDep,
    bus: BusDep,
    title: Annotated[str, Query(min_length=1, max_length=120)],
) -> JSONResponse:
    """Push a PDF to the resident's screen; answers the version and its SHA-256."""
    if request.headers.get("content-type", "").split(";")[0].strip() != PDF:
        raise SessionError(415, "send the file itself with Content-Type: application/pdf")
    pdf = await request.body()
    if len(pdf) > MAX_DOCUMENT_BYTES:
        raise SessionError(413, f"at most {MAX_DOCUMENT_BYTES} bytes are accepted")
    tasks = BackgroundTasks()

    def store() -> dict[str, object]:
        ctx = context(settings_of(request))
        with database.session() as session:
            vs = own_call(session, staff, session_id)
            row = documents.push(session, staff, vs, title, pdf, ctx.now)
            tasks.add_task(notice_for(session, vs).send, bus)
            return {"version": row.version, "sha256": row.sha256, "title": row.title}

    answer = await run_in_threadpool(store)
    return JSONResponse(answer, status_code=201, background=tasks)
