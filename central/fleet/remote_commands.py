"""Remote commands queued for a terminal: restart the shell, take a screenshot, upload logs.

Delivery is at least once: a terminal fetching again gets every command not yet finished, and
it skips ids it has already run. No HTTP here.
"""

from __future__ import annotations

import base64
import binascii
import hashlib

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from api_client.schemas import CommandKind, CommandOut, CommandResult
from central.clock import utcnow
from central.journal import chain as journal
from central.models import Kiosk, KioskCommand

MAX_ATTACHMENT_BYTES = 6 * 1024 * 1024
_OPEN = ("queued", "sent")


class CommandError(Exception):
    """A command rule refused the request; the message is safe to show the caller."""


def queue(session: Session, kiosk: Kiosk, kind: CommandKind, actor: str) -> KioskCommand:
    if kiosk.revoked_at is not None:
        raise CommandError(f"terminal {kiosk.terminal_id} is revoked; it takes no commands")
    command = KioskCommand(
        kiosk_id=kiosk.id,
        kind=kind,
        state="queued",
        created_at=utcnow(),
        created_by=actor,
        detail="",
    )
    session.add(command)
    session.flush()
    journal.append(session, actor, "command.queue", f"kiosk:{kiosk.terminal_id}", {"kind": kind})
    return command


def pending_count(session: Session, kiosk: Kiosk) -> int:
    query = select(func.count()).where(
        KioskCommand.kiosk_id == kiosk.id, KioskCommand.state.in_(_OPEN)
    )
    return session.scalar(query) or 0


def take_pending(session: Session, kiosk: Kiosk) -> list[KioskCommand]:
    now = utcnow()
    commands = list(
        session.scalars(
            select(KioskCommand)
            .where(KioskCommand.kiosk_id == kiosk.id, KioskCommand.state.in_(_OPEN))
            .order_by(KioskCommand.id)
        )
    )
    for command in commands:
        if command.state == "queued":
            command.state, command.sent_at = "sent", now
    return commands


def finish(session: Session, kiosk: Kiosk, command_id: int, result: CommandResult) -> KioskCommand:
    command = session.get(KioskCommand, command_id)
    if command is None or command.kiosk_id != kiosk.id:
        raise CommandError(f"there is no command {command_id} for this terminal")
    if command.state not in _OPEN:
        raise CommandError(f"command {command_id} is already {command.state}")
    attachment = None
    if result.attachment_b64 is not None:
        if result.attachment_type is None:
            raise CommandError("an attachment needs attachment_type")
        try:
            attachment = base64.b64decode(result.attachment_b64, validate=True)
        except binascii.Error:
            raise CommandError("attachment_b64 is not valid base64") from None
        if len(attachment) > MAX_ATTACHMENT_BYTES:
            raise CommandError(f"the attachment is over {MAX_ATTACHMENT_BYTES // 2**20} MiB")
    command.state = result.outcome
    command.finished_at = utcnow()
    command.detail = result.detail
    command.attachment = attachment
    command.attachment_type = result.attachment_type if attachment is not None else None
    payload = {"outcome": result.outcome, "kind": command.kind}
    if attachment is not None:
        payload["attachment_sha256"] = hashlib.sha256(attachment).hexdigest()
    journal.append(
        session, f"kiosk:{kiosk.terminal_id}", "command.finish", f"command:{command.id}", payload
    )
    return command


def command_out(command: KioskCommand, terminal_id: str) -> CommandOut:
    return CommandOut(
        id=command.id,
        terminal_id=terminal_id,
        kind=command.kind,
        state=command.state,
        created_at=command.created_at,
        created_by=command.created_by,
        finished_at=command.finished_at,
        detail=command.detail,
        attachment_type=command.attachment_type,
        attachment_size=len(command.attachment) if command.attachment is not None else None,
    )
