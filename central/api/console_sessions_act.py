"""`/console/sessions/{session_id}/act`: the notarial act of a completed notarisation, for
staff of the organisation that handled it (central.evidence.act_view)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from central.api.console_sessions_common import CallStaff, or_page, zone_of
from central.api.deps import SessionDep
from central.api.request_console_common import PAGE_RESPONSES
from central.console.act_html import act_page, no_act_page
from central.evidence.act_view import act_view
from central.sessions.deps import SessionId

router = APIRouter(prefix="/console/sessions", tags=["console"])


@router.get("/{session_id}/act", response_class=HTMLResponse, responses=PAGE_RESPONSES)
def act(
    session_id: SessionId, request: Request, session: SessionDep, staff: CallStaff
) -> HTMLResponse:
    view = or_page(staff, lambda: act_view(session, staff, session_id))
    if view is None:
        return HTMLResponse(no_act_page(staff.username, session_id))
    return HTMLResponse(act_page(staff.username, view, zone_of(request)))
