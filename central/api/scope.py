"""What a staff member may reach: their organisation and the ones below it. Anything outside
answers 404, the same as something that does not exist, so scope does not leak names."""

from __future__ import annotations

from typing import Annotated

from fastapi import HTTPException, Path, status
from sqlalchemy.orm import Session

from api_client.schemas import TERMINAL_ID_PATTERN
from central.auth.staff import StaffError, kiosk_scope, organisation_by_code, subtree_ids
from central.fleet.enrolment import FleetError, kiosk_by_terminal_id
from central.models import Kiosk, Organisation, Staff

TerminalId = Annotated[str, Path(pattern=TERMINAL_ID_PATTERN, description="e.g. K001")]


def actor(staff: Staff) -> str:
    return f"staff:{staff.username}"


def kiosk_in_scope(session: Session, staff: Staff, terminal_id: str) -> Kiosk:
    try:
        kiosk = kiosk_by_terminal_id(session, terminal_id)
    except FleetError as err:
        raise HTTPException(status.HTTP_404_NOT_FOUND, str(err)) from None
    if kiosk.organisation_id not in kiosk_scope(session, staff.organisation_id):
        raise HTTPException(
            status.HTTP_404_NOT_FOUND, f"no terminal {terminal_id!r} in your organisations"
        )
    return kiosk


def organisation_in_scope(session: Session, staff: Staff, code: str) -> Organisation:
    try:
        org = organisation_by_code(session, code)
    except StaffError as err:
        raise HTTPException(status.HTTP_404_NOT_FOUND, str(err)) from None
    if org.id not in subtree_ids(session, staff.organisation_id):
        raise HTTPException(
            status.HTTP_404_NOT_FOUND, f"no organisation with code {code!r} in your organisations"
        )
    return org
