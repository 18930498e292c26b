"""The call page's document push, `/console/sessions/{id}/documents`: the staff member holding
the call sends a PDF (the page's script posts the file itself, `Content-Type:
application/pdf`, with the title in the query) to the resident's screen. The same rules as
the staff API (central.sessions.documents): a new push is a new version and clears any
signature; only the console's login differs (its cookie). The page then lists the versions
and links the signed PDF once the resident signed."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, BackgroundTasks, Path, Query, Request
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from api_client.schemas.session_documents import MAX_DOCUMENT_BYTES, DocumentOut
from central.api.console_sessions_common import CALL_RESPONSES, CallStaff, settings_of
from central.api.deps import BusDep, DatabaseDep
from central.api.problems import problems
from central.models import Staff
from central.sessions import documents
from central.sessions.deps import SessionId, context
from central.sessions.errors import SessionError
from central.sessions.notices import notice_for
from central.sessions.staff_side import own_call, routed_session

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


def _listing(database: DatabaseDep, staff: Staff, session_id: str) -> list[DocumentOut]:
    with database.session() as session:
        vs = routed_session(session, staff, session_id)
        if vs.claimed_by_id != staff.id:
            raise SessionError(403, f"session {session_id} was handled by someone else")
        return documents.listing(session, vs)


@router.get("/{session_id}/documents", responses=CALL_RESPONSES)
async def list_documents(
    session_id: SessionId, staff: CallStaff, database: DatabaseDep
) -> list[DocumentOut]:
    """The versions pushed in this call and whether each came back signed (the call page
    asks after a push, to show the signed PDF's link)."""
    return await run_in_threadpool(_listing, database, staff, session_id)


@router.get(
    "/{session_id}/documents/{version}/signed",
    response_class=Response,
    responses={**CALL_RESPONSES, 200: {"content": {PDF: {}}}, **problems(s409="not signed")},
)
async def signed_document(
    session_id: SessionId,
    version: Annotated[int, Path(ge=1, le=10_000)],
    staff: CallStaff,
    database: DatabaseDep,
) -> Response:
    """The PDF as the resident signed it, for the staff member who handled the call."""

    def load() -> bytes:
        with database.session() as session:
            vs = routed_session(session, staff, session_id)
            if vs.claimed_by_id != staff.id:
                raise SessionError(403, f"session {session_id} was handled by someone else")
            row = documents.by_version(session, vs, version)
            if row.signed_pdf is None:
                raise SessionError(409, f"version {version} is not signed")
            return row.signed_pdf

    data = await run_in_threadpool(load)
    return Response(
        data,
        media_type=PDF,
        headers={
            "Content-Disposition": f'inline; filename="signed-v{version}.pdf"',
            "Cache-Control": "no-store",
        },
    )
