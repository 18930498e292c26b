"""Terminal-facing fleet routes: enrolment, heartbeats, token rotation."""

from __future__ import annotations

import logging

from fastapi import APIRouter, HTTPException, status

from api_client.schemas import (
    EnrolRequest,
    EnrolResponse,
    Heartbeat,
    HeartbeatAck,
    TokenRotation,
)
from central.api.deps import CurrentKiosk, SessionDep, SettingsDep
from central.api.problems import UNAUTHORISED_DEVICE, problems
from central.clock import utcnow
from central.configs import effective_for
from central.fleet import FleetError, enrol, record_heartbeat, rotate_token
from central.remote_commands import pending_count

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api/v1", tags=["fleet"])


@router.post(
    "/enrol",
    status_code=status.HTTP_201_CREATED,
    responses=problems(s403="code unknown, used or expired"),
)
def enrol_terminal(body: EnrolRequest, session: SessionDep) -> EnrolResponse:
    try:
        kiosk, token = enrol(session, body)
    except FleetError as err:
        raise HTTPException(status.HTTP_403_FORBIDDEN, str(err)) from None
    log.info("terminal enrolled", extra={"terminal_id": kiosk.terminal_id, "site": kiosk.site})
    return EnrolResponse(kiosk_id=kiosk.id, terminal_id=kiosk.terminal_id, device_token=token)


@router.post("/heartbeat", responses=UNAUTHORISED_DEVICE)
def heartbeat(
    body: Heartbeat, kiosk: CurrentKiosk, session: SessionDep, settings: SettingsDep
) -> HeartbeatAck:
    """Record the terminal's state; tell it whether a new configuration or commands wait."""
    record_heartbeat(kiosk, body)
    config = effective_for(session, kiosk)
    return HeartbeatAck(
        server_time=utcnow(),
        next_heartbeat_s=settings.heartbeat_s,
        config_version=config.id if config else None,
        pending_commands=pending_count(session, kiosk),
    )


@router.post("/token/rotate", responses=UNAUTHORISED_DEVICE)
def rotate(kiosk: CurrentKiosk, session: SessionDep) -> TokenRotation:
    """A new device token; the old one keeps working until the new one is first used."""
    return TokenRotation(device_token=rotate_token(session, kiosk))
