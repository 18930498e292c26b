"""Terminal-facing fleet routes: enrolment, heartbeats, token rotation."""

from __future__ import annotations

import logging

from fastapi import APIRouter, HTTPException, Request, status
from starlette.concurrency import run_in_threadpool

from api_client.schemas import (
    EnrolRequest,
    EnrolResponse,
    Heartbeat,
    HeartbeatAck,
    TokenRotation,
)
from central.api.deps import CurrentKiosk, DeviceToken, SessionDep, SettingsDep, unauthorised
from central.api.problems import UNAUTHORISED_DEVICE, problems
from central.bus import Bus, fleet_channel
from central.fleet.enrolment import FleetError, enrol, rotate_token
from central.fleet.heartbeats import HeartbeatService, heartbeat_event, token_digest

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api/v1", tags=["fleet"])


@router.post(
    "/enrol",
    status_code=status.HTTP_201_CREATED,
    responses=problems(s403="code unknown, used or expired"),
)
def enrol_terminal(body: EnrolRequest, session: SessionDep, settings: SettingsDep) -> EnrolResponse:
    try:
        kiosk, token = enrol(session, body)
    except FleetError as err:
        raise HTTPException(status.HTTP_403_FORBIDDEN, str(err)) from None
    log.info("terminal enrolled", extra={"terminal_id": kiosk.terminal_id, "site": kiosk.site})
    return EnrolResponse(
        kiosk_id=kiosk.id,
        terminal_id=kiosk.terminal_id,
        device_token=token,
        ca_pem=settings.terminal_ca_pem,
    )


@router.post("/heartbeat", responses=UNAUTHORISED_DEVICE)
async def heartbeat(body: Heartbeat, request: Request, token: DeviceToken) -> HeartbeatAck:
    """Record the terminal's state; tell it whether a new configuration or commands wait.

    Answered in the event loop from memory for a known token; one thread hop otherwise
    (see central.fleet.heartbeats).
    """
    service: HeartbeatService = request.app.state.heartbeats
    digest = token_digest(token)
    answered = service.beat_fast(digest, body)
    if answered is None:
        answered = await run_in_threadpool(service.beat_slow, digest, body)
    if answered is None:
        raise unauthorised("the device token is unknown or revoked; enrol the terminal again")
    who = answered.who
    if who.organisation_id is not None:  # staff watching the fleet see it live
        bus: Bus = request.app.state.bus
        await bus.publish(fleet_channel(who.organisation_id), heartbeat_event(who, body))
    return answered.ack


@router.post("/token/rotate", responses=UNAUTHORISED_DEVICE)
def rotate(kiosk: CurrentKiosk, session: SessionDep) -> TokenRotation:
    """A new device token; the old one keeps working until the new one is first used."""
    return TokenRotation(device_token=rotate_token(session, kiosk))
