"""`lexkiosk-central kiosk technicians`: push the technicians who may open technician mode
on a group of terminals. PINs come on stdin (`NAME PIN` a line), are hashed here and never
stored, printed or journaled."""

from __future__ import annotations

from typing import TextIO

from sqlalchemy.orm import Session

from api_client.schemas import ConfigPush
from central.auth.staff import StaffError, organisation_by_code
from central.cli.admin import CLI_ACTOR, CommandError
from central.fleet.configs import ConfigError, push
from central.fleet.technicians import TechnicianError, technicians_document


def read_entries(stream: TextIO) -> list[tuple[str, str]]:
    entries = []
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        parts = line.split()
        if len(parts) != 2:
            raise CommandError(f"line {number}: expected `NAME PIN`", 2)
        entries.append((parts[0], parts[1]))
    if not entries:
        raise CommandError("no technicians on stdin (one `NAME PIN` a line)", 2)
    return entries


def push_technicians(
    session: Session, org_code: str, target_kind: str, target: str, entries: list[tuple[str, str]]
) -> list[str]:
    try:
        org = organisation_by_code(session, org_code)
        document = technicians_document(entries)
        body = ConfigPush.model_validate(
            {"target_kind": target_kind, "target": target, "document": document}
        )
        version = push(session, body, org, CLI_ACTOR)
    except (StaffError, TechnicianError, ConfigError) as err:
        raise CommandError(str(err)) from None
    names = ", ".join(name for name, _ in entries)
    return [f"configuration v{version.id} pushed to {target_kind} {target!r}: technicians {names}"]
