"""`/console/requests/...` form actions: change a request, issue or answer a transfer order;
answered with a redirect (303), or the page again with what was wrong."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Path, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from api_client.schemas import (
    ID_MAX,
    TransferCreate,
)
from central.api.console_forms import form_errors, read_form
from central.api.request_console_common import (
    FORM_BODY,
    FORM_RESPONSES,
    Number,
    Worker,
    detail_response,
    redirect_to,
    zone_of,
)
from central.auth.staff import subtree_ids
from central.console.fleet_html import login_page
from central.console.words import bi
from central.models import RequestRow, Staff, TransferOrder
from central.requests import actions, transfers
from central.requests.access import visible
from central.requests.errors import RequestError

router = APIRouter(prefix="/console", tags=["console"])


async def _form_action(request: Request, staff: Staff, number: str, run: Any) -> Response:
    """Run `run(session, staff, fields)` in its own transaction; on a refusal show the page
    again, from a fresh transaction, with the reason."""
    database = request.app.state.db
    try:
        # A refusal raised inside the block rolls back whatever the step had written.
        with database.session() as session:
            fields = await read_form(request)  # the sender is known (Worker) before the body
            note = run(session, staff, fields)
            try:
                visible(session, staff, number)
            except RequestError:  # returned to the sender: back to your own list
                return RedirectResponse(
                    f"/console/requests?done={quote(note)}", status_code=status.HTTP_303_SEE_OTHER
                )
            return redirect_to(number, note)
    except (RequestError, ValidationError) as err:
        code = err.status if isinstance(err, RequestError) else 422
        message = form_errors(err)
    with database.session() as session:
        return detail_response(request, session, staff, number, message=message, code=code)


@router.post(
    "/requests/{tracking_number}/action",
    response_class=HTMLResponse,
    responses=FORM_RESPONSES,
    openapi_extra=FORM_BODY,
)
async def request_action(tracking_number: Number, request: Request, staff: Worker) -> Response:
    def run(session: Session, staff: Staff, fields: dict[str, str]) -> str:
        action = fields.get("action", "")
        if action not in ("accept", "start", "complete", "close", "reject"):
            raise RequestError(400, "choose one of accept, start, complete, close, reject")
        actions.act(session, staff, tracking_number, action, fields.get("note", ""))  # type: ignore[arg-type]
        return action

    return await _form_action(request, staff, tracking_number, run)


@router.post(
    "/requests/{tracking_number}/transfer",
    response_class=HTMLResponse,
    responses=FORM_RESPONSES,
    openapi_extra=FORM_BODY,
)
async def request_transfer(tracking_number: Number, request: Request, staff: Worker) -> Response:
    zone = zone_of(request)

    def run(session: Session, staff: Staff, fields: dict[str, str]) -> str:
        body = TransferCreate(
            to_organisation=fields.get("to_organisation", ""),
            to_channel=fields.get("to_channel") or None,
            reason=fields.get("reason", "").strip(),
            deadline_days=fields.get("deadline_days") or 3,
        )
        transfers.transfer(session, staff, tracking_number, body, zone)
        return "transfer"

    return await _form_action(request, staff, tracking_number, run)


@router.post(
    "/transfers/{transfer_id}/answer",
    response_class=HTMLResponse,
    responses=FORM_RESPONSES,
    openapi_extra=FORM_BODY,
)
async def transfer_answer(
    transfer_id: Annotated[int, Path(ge=1, le=ID_MAX)],
    request: Request,
    staff: Worker,
) -> Response:
    database = request.app.state.db
    with database.session() as session:
        number = _number_of(session, staff, transfer_id)
    if number is None:
        return HTMLResponse(
            login_page(
                bi(
                    f"本机构没有编号为 {transfer_id} 的转办单。",
                    f"No transfer order {transfer_id} for your organisations.",
                )
            ),
            status_code=status.HTTP_404_NOT_FOUND,
        )

    def run(session: Session, staff: Staff, fields: dict[str, str]) -> str:
        decision = fields.get("decision", "")
        if decision not in ("accept", "return"):
            raise RequestError(400, "decide accept or return")
        transfers.answer(
            session, staff, transfer_id, decision == "accept", fields.get("reason", "")
        )
        return f"transfer_{decision}"

    return await _form_action(request, staff, number, run)


def _number_of(session: Session, staff: Staff, transfer_id: int) -> str | None:
    found = session.execute(
        select(RequestRow.tracking_number, TransferOrder.to_organisation_id)
        .join(TransferOrder, TransferOrder.request_id == RequestRow.id)
        .where(TransferOrder.id == transfer_id)
    ).first()
    if found is None or found[1] not in subtree_ids(session, staff.organisation_id):
        return None
    return str(found[0])
