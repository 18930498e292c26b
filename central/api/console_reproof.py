"""`/console/sessions/{id}/identity...`: the call page's section on the resident's identity
proofs (its script fetches it again) and the document image opened on demand, for the staff
member holding the call (cookie login). The rules are central.sessions.reproof's."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, Response
from pydantic import BaseModel

from central.api.console_sessions_common import CallStaff, or_page, settings_of, zone_of
from central.api.deps import SessionDep
from central.api.request_console_common import PAGE_RESPONSES
from central.console.reproof_html import proofs_section
from central.sessions import reproof
from central.sessions.deps import SessionId
from central.sessions.reproof_api import IMAGE_RESPONSES, NO_STORE, ProofNumber

router = APIRouter(prefix="/console/sessions", tags=["console"])


class IdentitySection(BaseModel):
    html: str
    reproof_needed: bool


@router.get("/{session_id}/identity/section", responses=PAGE_RESPONSES)
def section(
    session_id: SessionId, request: Request, staff: CallStaff, session: SessionDep
) -> IdentitySection:
    """The call page's section, rendered again for its script to put in place."""
    vs = or_page(staff, lambda: reproof.held_or_handled(session, staff, session_id))
    status = reproof.status(session, vs)
    return IdentitySection(
        html=proofs_section(status, zone_of(request)), reproof_needed=status.reproof_needed
    )


@router.get(
    "/{session_id}/identity/{proof_number}/document",
    response_class=FileResponse,
    responses={**IMAGE_RESPONSES, **PAGE_RESPONSES},
)
def document(
    session_id: SessionId,
    proof_number: ProofNumber,
    request: Request,
    staff: CallStaff,
    session: SessionDep,
) -> Response:
    """The ID card or passport image, on demand; each opening journaled."""
    root = settings_of(request).data_dir
    path, media_type = or_page(
        staff, lambda: reproof.document_file(session, staff, session_id, proof_number, root)
    )
    return FileResponse(path, media_type=media_type, headers=NO_STORE)
