"""A short Janus session over its WebSocket transport for request-and-answer work (room
management): connect, create a session, attach the VideoRoom plugin, send, detach, close.

Only the central service uses it; participants' media sessions live in `remote_sessions/`.
"""

from __future__ import annotations

import asyncio
import json
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import WebSocketException
from websockets.typing import Subprotocol

from central.media.credentials import VIDEOROOM_PLUGIN
from central.media.errors import MediaError, MediaRefused

JANUS_SUBPROTOCOL = Subprotocol("janus-protocol")
Json = dict[str, Any]


class JanusCall:
    """One attached VideoRoom handle; `request()` sends a synchronous plugin request."""

    def __init__(self, ws: ClientConnection, token: str, timeout_s: float) -> None:
        self._ws = ws
        self._token = token
        self._timeout_s = timeout_s
        self.session_id: int | None = None
        self.handle_id: int | None = None

    async def send(self, message: Json) -> Json:
        """Send one Janus message and return its answer (skipping acks and events)."""
        transaction = secrets.token_hex(8)
        await self._ws.send(
            json.dumps({**message, "transaction": transaction, "token": self._token})
        )
        try:
            async with asyncio.timeout(self._timeout_s):
                while True:
                    reply = json.loads(await self._ws.recv())
                    if reply.get("transaction") == transaction and reply.get("janus") != "ack":
                        break
        except TimeoutError:
            raise MediaError(f"Janus did not answer {message['janus']} in time") from None
        if reply.get("janus") == "error":
            error = reply.get("error", {})
            raise MediaRefused(
                f"Janus refused: {error.get('reason', 'no reason')}", error.get("code")
            )
        return dict(reply)

    async def request(self, body: Json) -> Json:
        reply = await self.send(
            {
                "janus": "message",
                "session_id": self.session_id,
                "handle_id": self.handle_id,
                "body": body,
            }
        )
        data = dict(reply.get("plugindata", {}).get("data", {}))
        if "error_code" in data:
            raise MediaRefused(f"Janus VideoRoom refused: {data.get('error')}", data["error_code"])
        return data


@asynccontextmanager
async def videoroom_call(url: str, token: str, timeout_s: float = 10.0) -> AsyncIterator[JanusCall]:
    """A Janus session with a VideoRoom handle, torn down on exit."""
    try:
        async with asyncio.timeout(timeout_s):
            ws = await connect(url, subprotocols=[JANUS_SUBPROTOCOL], open_timeout=timeout_s)
    except (OSError, TimeoutError, WebSocketException) as err:
        raise MediaError(f"Janus does not answer at {url}: {err}") from None
    try:
        call = JanusCall(ws, token, timeout_s)
        created = await call.send({"janus": "create"})
        call.session_id = int(created["data"]["id"])
        attached = await call.send(
            {"janus": "attach", "session_id": call.session_id, "plugin": VIDEOROOM_PLUGIN}
        )
        call.handle_id = int(attached["data"]["id"])
        yield call
        await call.send({"janus": "destroy", "session_id": call.session_id})
    except (OSError, WebSocketException) as err:
        raise MediaError(f"the connection to Janus broke: {err}") from None
    finally:
        await ws.close()
