"""`/api/v1/events`: a WebSocket of events pushed to a terminal or to staff watching the fleet.

A terminal (device token) receives its own commands and changes of its video sessions' queue.
Staff who may see terminals (admin, supervisor, technician; staff token) receive the heartbeats
of the terminals their organisation and those below it own, as they arrive; staff who take
video sessions (notary, lawyer, clerk) receive their organisation's session queue changes.
The first message is `{"type": "ready"}`, sent once the subscription is live, so a caller
knows from then on nothing is missed. The route is not in the OpenAPI document (WebSockets
are not); test_core_events.py checks whom it refuses.
"""

from __future__ import annotations

from dataclasses import dataclass

import anyio
from fastapi import APIRouter, WebSocket, status
from starlette.concurrency import run_in_threadpool

from central.auth.staff import staff_for_token, subtree_ids
from central.auth.tokens import DEVICE_TOKEN_PREFIX
from central.bus import Bus, fleet_channel, kiosk_channel
from central.db import Database
from central.fleet.enrolment import kiosk_for_token
from central.sessions.notices import sessions_channel

router = APIRouter()

FLEET_ROLES = frozenset({"admin", "supervisor", "technician"})
SESSION_ROLES = frozenset({"notary", "lawyer", "clerk"})


@dataclass(frozen=True)
class _Listener:
    channels: tuple[str, ...] = ()
    refusal: str = ""


def _listener_for(database: Database, authorization: str) -> _Listener:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        return _Listener(refusal="a device or staff token is required (Authorization: Bearer ...)")
    with database.session() as session:
        if token.startswith(DEVICE_TOKEN_PREFIX):
            kiosk = kiosk_for_token(session, token)
            if kiosk is None:
                return _Listener(refusal="the device token is unknown or revoked")
            return _Listener((kiosk_channel(kiosk.terminal_id),))
        staff = staff_for_token(session, token)
        if staff is None:
            return _Listener(refusal="the staff token is unknown, expired or revoked")
        channels: list[str] = []
        if FLEET_ROLES.intersection(staff.roles):
            orgs = sorted(subtree_ids(session, staff.organisation_id))
            channels += [fleet_channel(org) for org in orgs]
        if SESSION_ROLES.intersection(staff.roles):
            channels.append(sessions_channel(staff.organisation_id))
        if not channels:
            return _Listener(
                refusal="events need one of the roles admin, supervisor, technician (the "
                "fleet) or notary, lawyer, clerk (video sessions)"
            )
        return _Listener(tuple(channels))


@router.websocket("/api/v1/events")
async def events(websocket: WebSocket) -> None:
    database: Database = websocket.app.state.db
    bus: Bus = websocket.app.state.bus
    authorization = websocket.headers.get("authorization", "")
    listener = await run_in_threadpool(_listener_for, database, authorization)
    if not listener.channels:
        await websocket.close(code=status.WS_1008_POLICY_VIOLATION, reason=listener.refusal)
        return
    await relay_events(websocket, bus, *listener.channels)


async def relay_events(websocket: WebSocket, bus: Bus, *channels: str) -> None:
    """Accept the socket, say `ready` once subscribed, then pass on every event of `channels`
    until the other side closes (nothing is read from it; reading notices the close)."""
    await websocket.accept()
    async with bus.subscribe(*channels) as stream, anyio.create_task_group() as tasks:

        async def forward() -> None:
            async for event in stream:
                await websocket.send_json(event)

        tasks.start_soon(forward)
        await websocket.send_json({"type": "ready"})
        while (await websocket.receive())["type"] != "websocket.disconnect":
            pass
        tasks.cancel_scope.cancel()
