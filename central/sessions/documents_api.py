"""Routes of documents pushed during a call (issue 17).

- staff (notary, lawyer, clerk) who hold the call push a PDF and see the versions; the
  signed PDF comes back to the staff member who handled the session (routed to their
  organisation), also after the call;
- the session's own terminal fetches the current version and returns its signature while
  the session is not over. Another organisation's staff or another terminal get 404.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, BackgroundTasks, Body, Path, Query, Response, status

from api_client.schemas.session_documents import DocumentOut, DocumentShown, SignedDocument
from central.api.deps import BusDep, CurrentKiosk, SessionDep
from central.api.problems import UNAUTHORISED_DEVICE, invalid_or_refused, problems
from central.models import Staff
from central.sessions import documents, staff_side, terminal_side
from central.sessions.deps import ContextDep, SessionId, SessionStaff
from central.sessions.errors import SessionError
from central.sessions.models import VideoSession
from central.sessions.notices import notice_for
from central.sessions.states import ENDED

staff_router = APIRouter(prefix="/api/v1/sessions", tags=["session documents (staff)"])
terminal_router = APIRouter(prefix="/api/v1/kiosk/sessions", tags=["session documents (terminal)"])
_AUTH = problems(s401="staff token missing or expired", s403="not a notary, lawyer or clerk")
_ROUTED = problems(s404="no such session routed to your organisation")
_PUSH = {
    **problems(s403="not your call now", s413="the PDF is too large", s415="not a PDF"),
    **invalid_or_refused("a bad title, or no body"),
}
_NOT_OWN = problems(s404="no such session of this terminal, or no such version")
_SIGN = {
    **problems(s409="replaced by a newer version, or signed already"),
    **invalid_or_refused("a bad image, or a body that does not fit"),
}
Version = Annotated[int, Path(ge=1, le=10_000, description="1, 2, ... in push order")]
PdfBody = Annotated[bytes, Body(media_type="application/pdf", description="the PDF file")]
PDF = "application/pdf"


def _pdf(data: bytes, name: str) -> Response:
    # the title may hold a resident's name: the file name says only what it is
    return Response(
        data,
        media_type=PDF,
        headers={
            "Content-Disposition": f'inline; filename="{name}.pdf"',
            "Cache-Control": "no-store",
        },
    )


def _handled(session: SessionDep, staff: Staff, session_id: str) -> VideoSession:
    vs = staff_side.routed_session(session, staff, session_id)
    if vs.claimed_by_id != staff.id:
        raise SessionError(403, f"session {session_id} was handled by someone else")
    return vs


@staff_router.post(
    "/{session_id}/documents",
    status_code=status.HTTP_201_CREATED,
    responses={**_AUTH, **_ROUTED, **_PUSH},
)
def push_document(
    session_id: SessionId,
    pdf: PdfBody,
    staff: SessionStaff,
    session: SessionDep,
    ctx: ContextDep,
    bus: BusDep,
    background: BackgroundTasks,
    title: Annotated[str, Query(min_length=1, max_length=120)],
) -> DocumentOut:
    """Push a PDF (`Content-Type: application/pdf`, at most 8 MiB) to the resident's screen
    during the call. Pushing again makes a new version and clears any signature."""
    vs = staff_side.own_call(session, staff, session_id)
    documents.push(session, staff, vs, title, pdf, ctx.now)
    background.add_task(notice_for(session, vs).send, bus)
    return documents.listing(session, vs)[-1]


@staff_router.get("/{session_id}/documents", responses={**_AUTH, **_ROUTED})
def list_documents(
    session_id: SessionId, staff: SessionStaff, session: SessionDep
) -> list[DocumentOut]:
    return documents.listing(session, _handled(session, staff, session_id))


@staff_router.get(
    "/{session_id}/documents/{version}/signed",
    response_class=Response,
    responses={**_AUTH, **_ROUTED, 200: {"content": {PDF: {}}}, **problems(s409="not signed")},
)
def signed_document(
    session_id: SessionId, version: Version, staff: SessionStaff, session: SessionDep
) -> Response:
    """The signed PDF: the pushed bytes followed by the signature's incremental update."""
    row = documents.by_version(session, _handled(session, staff, session_id), version)
    if row.signed_pdf is None:
        raise SessionError(409, f"version {version} is not signed")
    return _pdf(row.signed_pdf, f"signed-v{version}")


def _open_session(session: SessionDep, kiosk: CurrentKiosk, session_id: str) -> VideoSession:
    vs = terminal_side.own_session(session, kiosk, session_id)
    if vs.state in ENDED:
        raise SessionError(409, f"session {session_id} is over ({vs.state})")
    return vs


@terminal_router.get(
    "/{session_id}/documents/{version}",
    response_class=Response,
    responses={**UNAUTHORISED_DEVICE, **_NOT_OWN, 200: {"content": {PDF: {}}}},
)
def fetch_document(
    session_id: SessionId, version: Version, kiosk: CurrentKiosk, session: SessionDep
) -> Response:
    """The pushed PDF to show; its SHA-256 is in the session status (`document.sha256`)."""
    row = documents.by_version(session, _open_session(session, kiosk, session_id), version)
    return _pdf(row.pdf, f"document-v{version}")


@terminal_router.post(
    "/{session_id}/documents/{version}/signature",
    responses={**UNAUTHORISED_DEVICE, **_NOT_OWN, **_SIGN},
)
def return_signature(
    session_id: SessionId,
    version: Version,
    body: SignedDocument,
    kiosk: CurrentKiosk,
    session: SessionDep,
    ctx: ContextDep,
    bus: BusDep,
    background: BackgroundTasks,
) -> DocumentShown:
    """The resident signed `version` on the touchscreen: the ink (points with timing) and its
    image. Refused when staff pushed a newer version meanwhile."""
    vs = _open_session(session, kiosk, session_id)
    documents.sign(session, kiosk, vs, version, body, ctx.now)
    background.add_task(notice_for(session, vs).send, bus)
    shown = documents.shown(session, vs)
    assert shown is not None
    return shown
