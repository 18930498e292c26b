"""Routes of identity proofs (issue 17): the terminal reports a proof of its own session
(device token); the staff member who holds or held the call reads the results, and while
holding it opens the document image (staff token; sessions routed to their organisation)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Request, status
from fastapi.responses import FileResponse, Response

from api_client.schemas.identity_proofs import IdentityProofIn, IdentityProofs
from central.api.deps import CurrentKiosk, SessionDep
from central.api.problems import UNAUTHORISED_DEVICE, Responses, invalid_or_refused, problems
from central.sessions import reproof, terminal_side
from central.sessions.deps import ContextDep, SessionId, SessionStaff

terminal_router = APIRouter(prefix="/api/v1/kiosk/sessions", tags=["video sessions (terminal)"])
staff_router = APIRouter(prefix="/api/v1/sessions", tags=["video sessions (staff)"])
_AUTH = problems(s401="staff token missing or expired", s403="not a notary, lawyer or clerk")
ProofNumber = Annotated[int, Path(ge=1, le=1000, description="1 = the first proof made")]
NO_STORE = {"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"}
IMAGE_RESPONSES: Responses = {200: {"content": {"image/jpeg": {}, "image/png": {}}}}


@terminal_router.post(
    "/{session_id}/identity-proofs",
    status_code=status.HTTP_201_CREATED,
    responses={
        **UNAUTHORISED_DEVICE,
        **problems(s404="no such session of this terminal", s409="not now"),
        **invalid_or_refused("a bad upload, or a body that does not fit"),
    },
)
def report_proof(
    session_id: SessionId,
    body: IdentityProofIn,
    kiosk: CurrentKiosk,
    session: SessionDep,
    ctx: ContextDep,
) -> IdentityProofs:
    """How the resident was identified at the start, or again after a drop (masked only)."""
    vs = terminal_side.own_session(session, kiosk, session_id)
    reproof.record(session, kiosk, vs, body, ctx.now)
    return reproof.status(session, vs)


@staff_router.get(
    "/{session_id}/identity-proofs",
    responses={**_AUTH, **problems(s404="no such session routed to your organisation")},
)
def read_proofs(session_id: SessionId, staff: SessionStaff, session: SessionDep) -> IdentityProofs:
    """The proofs of a call this staff member holds or handled, and whether one is missing."""
    return reproof.status(session, reproof.held_or_handled(session, staff, session_id))


@staff_router.get(
    "/{session_id}/identity-proofs/{proof_number}/document",
    response_class=FileResponse,
    responses={**IMAGE_RESPONSES, **_AUTH, **problems(s404="no document image")},
)
def open_document(
    session_id: SessionId,
    proof_number: ProofNumber,
    request: Request,
    staff: SessionStaff,
    session: SessionDep,
) -> Response:
    """The resident's ID card or passport image, for the staff member holding the call only;
    each opening journaled. Served to the console, never through the call's media."""
    root = request.app.state.settings.data_dir
    path, media_type = reproof.document_file(session, staff, session_id, proof_number, root)
    return FileResponse(path, media_type=media_type, headers=NO_STORE)
