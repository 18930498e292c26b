"""`/api/v1/events`: a terminal's WebSocket for events pushed to it (commands now).

The first message is `{"type": "ready"}`, sent once the subscription is live, so a caller
knows from then on nothing is missed. The route is not in the OpenAPI document (WebSockets
are not); test_core_events.py checks that it refuses callers without a device token.
"""

from __future__ import annotations

import anyio
from fastapi import APIRouter, WebSocket, status
from starlette.concurrency import run_in_threadpool

from central.bus import Bus, kiosk_channel
from central.db import Database
from central.fleet import kiosk_for_token

router = APIRouter()


def _terminal_for(database: Database, authorization: str) -> str | None:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        return None
    with database.session() as session:
        kiosk = kiosk_for_token(session, token)
        return kiosk.terminal_id if kiosk else None


@router.websocket("/api/v1/events")
async def events(websocket: WebSocket) -> None:
    database: Database = websocket.app.state.db
    bus: Bus = websocket.app.state.bus
    authorization = websocket.headers.get("authorization", "")
    terminal_id = await run_in_threadpool(_terminal_for, database, authorization)
    if terminal_id is None:
        await websocket.close(
            code=status.WS_1008_POLICY_VIOLATION,
            reason="a device token is required (Authorization: Bearer ...)",
        )
        return
    await websocket.accept()
    async with (
        bus.subscribe(kiosk_channel(terminal_id)) as stream,
        anyio.create_task_group() as tasks,
    ):

        async def forward() -> None:
            async for event in stream:
                await websocket.send_json(event)

        tasks.start_soon(forward)
        await websocket.send_json({"type": "ready"})
        while (await websocket.receive())["type"] != "websocket.disconnect":
            pass  # terminals send nothing yet; keep reading to notice the close
        tasks.cancel_scope.cancel()
