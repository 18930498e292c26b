"""Remote commands: staff queue them for a terminal; the terminal fetches and reports."""

from __future__ import annotations

from typing import Annotated

from anyio import from_thread
from fastapi import APIRouter, HTTPException, Path, Response, status
from sqlalchemy import select
from sqlalchemy.orm import Session

from api_client.schemas import ID_MAX, CommandOut, CommandRequest, CommandResult
from central.api.deps import (
    BusDep,
    CurrentKiosk,
    DatabaseDep,
    FleetOperator,
    FleetStaff,
    SessionDep,
)
from central.api.problems import NOT_IN_SCOPE, UNAUTHORISED_DEVICE, problems
from central.api.scope import TerminalId, actor, kiosk_in_scope
from central.auth.staff import subtree_ids
from central.bus import kiosk_channel
from central.fleet.remote_commands import command_out, finish, queue, take_pending
from central.models import Kiosk, KioskCommand, Staff

router = APIRouter(prefix="/api/v1", tags=["remote commands"])
CommandId = Annotated[int, Path(ge=1, le=ID_MAX)]


@router.post(
    "/kiosks/{terminal_id}/commands",
    status_code=status.HTTP_201_CREATED,
    responses={**NOT_IN_SCOPE, **problems(s409="the terminal is revoked")},
)
def queue_command(
    terminal_id: TerminalId,
    body: CommandRequest,
    staff: FleetOperator,
    database: DatabaseDep,
    bus: BusDep,
) -> CommandOut:
    """Queue, commit, then tell whichever worker holds the terminal's event stream."""
    with database.session() as session:
        kiosk = kiosk_in_scope(session, staff, terminal_id)
        command = queue(session, kiosk, body.kind, actor(staff))
        session.flush()
        out = command_out(command, kiosk.terminal_id)
    event = {"type": "command", "id": out.id, "kind": out.kind}
    from_thread.run(bus.publish, kiosk_channel(out.terminal_id), event)
    return out


@router.get("/kiosks/{terminal_id}/commands", responses=NOT_IN_SCOPE)
def list_commands(
    terminal_id: TerminalId, staff: FleetStaff, session: SessionDep
) -> list[CommandOut]:
    kiosk = kiosk_in_scope(session, staff, terminal_id)
    query = (
        select(KioskCommand)
        .where(KioskCommand.kiosk_id == kiosk.id)
        .order_by(KioskCommand.id.desc())
        .limit(100)
    )
    return [command_out(c, kiosk.terminal_id) for c in session.scalars(query)]


@router.get(
    "/commands/{command_id}/attachment",
    response_class=Response,
    responses={
        **NOT_IN_SCOPE,
        200: {"content": {"image/png": {}, "text/plain": {}, "application/gzip": {}}},
    },
)
def command_attachment(
    command_id: CommandId, staff: FleetOperator, session: SessionDep
) -> Response:
    """A screenshot or log bundle may show a resident's screen: it is for the organisation
    that asked for it (or one above), and only while the terminal is still in your scope."""
    command = session.get(KioskCommand, command_id)
    kiosk = session.get(Kiosk, command.kiosk_id) if command else None
    scope = subtree_ids(session, staff.organisation_id)
    if (
        command is None
        or kiosk is None
        or kiosk.organisation_id not in scope
        or _asker_organisation(session, command) not in scope
        or command.attachment is None
    ):
        raise HTTPException(
            status.HTTP_404_NOT_FOUND,
            f"no attachment for command {command_id} in your organisations",
        )
    return Response(command.attachment, media_type=command.attachment_type)


def _asker_organisation(session: Session, command: KioskCommand) -> int | None:
    kind, _, username = command.created_by.partition(":")
    if kind != "staff":
        return None
    return session.scalar(select(Staff.organisation_id).where(Staff.username == username))


@router.get("/commands/pending", responses=UNAUTHORISED_DEVICE)
def pending_commands(kiosk: CurrentKiosk, session: SessionDep) -> list[CommandOut]:
    """Every command not yet finished; a terminal skips ids it has already run."""
    return [command_out(c, kiosk.terminal_id) for c in take_pending(session, kiosk)]


@router.post(
    "/commands/{command_id}/result",
    responses={**UNAUTHORISED_DEVICE, **problems(s409="unknown, finished or bad attachment")},
)
def command_result(
    command_id: CommandId, body: CommandResult, kiosk: CurrentKiosk, session: SessionDep
) -> CommandOut:
    command = finish(session, kiosk, command_id, body)
    return command_out(command, kiosk.terminal_id)
