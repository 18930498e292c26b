"""A Janus session over its WebSocket transport: transactions answered in order of arrival,
events routed to the handle they concern, a keepalive so Janus keeps the session."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import secrets
from collections.abc import Callable
from typing import Any

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import WebSocketException
from websockets.typing import Subprotocol

from remote_sessions.errors import CallError, CallRefused

log = logging.getLogger(__name__)
Json = dict[str, Any]
EventHandler = Callable[[Json], None]
KEEPALIVE_S = 25.0  # Janus drops a session after 60 s of silence


class JanusSession:
    """One Janus session; `close()` (or a broken socket) ends it and fails pending requests."""

    def __init__(self, url: str, token: str, timeout_s: float = 15.0) -> None:
        self._url = url
        self._token = token
        self._timeout_s = timeout_s
        self._ws: ClientConnection | None = None
        self._pending: dict[str, asyncio.Future[Json]] = {}
        self._handlers: dict[int, EventHandler] = {}
        self._tasks: list[asyncio.Task[None]] = []
        self.session_id: int | None = None
        self.on_lost: Callable[[], None] | None = None

    async def open(self) -> None:
        try:
            async with asyncio.timeout(self._timeout_s):
                self._ws = await connect(self._url, subprotocols=[Subprotocol("janus-protocol")])
        except (OSError, TimeoutError, WebSocketException) as err:
            raise CallError(f"Janus does not answer at {self._url}: {err}") from None
        self._tasks.append(asyncio.create_task(self._read(), name="janus-read"))
        created = await self.send({"janus": "create"})
        self.session_id = int(created["data"]["id"])
        self._tasks.append(asyncio.create_task(self._keepalive(), name="janus-keepalive"))

    async def attach(self, plugin: str, on_event: EventHandler) -> int:
        reply = await self.send({"janus": "attach", "plugin": plugin})
        handle = int(reply["data"]["id"])
        self._handlers[handle] = on_event
        return handle

    async def detach(self, handle: int) -> None:
        self._handlers.pop(handle, None)
        with contextlib.suppress(CallError):
            await self.send({"janus": "detach", "handle_id": handle})

    async def message(self, handle: int, body: Json, jsep: Json | None = None) -> Json:
        """Send a plugin message and wait for its event (Janus acks first, then answers)."""
        message: Json = {"janus": "message", "handle_id": handle, "body": body}
        if jsep is not None:
            message["jsep"] = jsep
        reply = await self.send(message)
        data = reply.get("plugindata", {}).get("data", {})
        if "error_code" in data:
            raise CallRefused(f"Janus VideoRoom refused: {data.get('error')}", data["error_code"])
        return reply

    async def send(self, message: Json) -> Json:
        if self._ws is None:
            raise CallError("the Janus session is closed")
        transaction = secrets.token_hex(8)
        full = {**message, "transaction": transaction, "token": self._token}
        if (
            self.session_id is not None
            and "session_id" not in full
            and message["janus"] != "create"
        ):
            full["session_id"] = self.session_id
        future: asyncio.Future[Json] = asyncio.get_running_loop().create_future()
        self._pending[transaction] = future
        try:
            await self._ws.send(json.dumps(full))
            async with asyncio.timeout(self._timeout_s):
                reply = await future
        except (OSError, WebSocketException) as err:
            raise CallError(f"the connection to Janus broke: {err}") from None
        except TimeoutError:
            raise CallError(f"Janus did not answer {message['janus']} in time") from None
        finally:
            self._pending.pop(transaction, None)
        if reply.get("janus") == "error":
            error = reply.get("error", {})
            raise CallRefused(f"Janus refused: {error.get('reason')}", error.get("code"))
        return reply

    async def _read(self) -> None:
        assert self._ws is not None
        try:
            async for raw in self._ws:
                self._dispatch(json.loads(raw))
        except (OSError, WebSocketException, ValueError) as err:
            log.info("Janus connection ended: %s", err)
        finally:
            for future in self._pending.values():
                if not future.done():
                    future.set_exception(CallError("the connection to Janus closed"))
            if self._ws is not None and self.on_lost is not None:
                self.on_lost()

    def _dispatch(self, reply: Json) -> None:
        kind = reply.get("janus")
        future = self._pending.get(str(reply.get("transaction")))
        if future is not None and kind != "ack" and not future.done():
            future.set_result(reply)
            return
        if kind == "ack":
            return
        handler = self._handlers.get(int(reply.get("sender", 0)))
        if handler is not None:
            handler(reply)

    async def _keepalive(self) -> None:
        while True:
            await asyncio.sleep(KEEPALIVE_S)  # a period, not synchronisation
            with contextlib.suppress(CallError):
                await self.send({"janus": "keepalive"})

    async def close(self) -> None:
        ws, self._ws = self._ws, None
        if ws is not None and self.session_id is not None:
            with contextlib.suppress(OSError, WebSocketException):
                await ws.send(
                    json.dumps(
                        {
                            "janus": "destroy",
                            "session_id": self.session_id,
                            "transaction": secrets.token_hex(8),
                            "token": self._token,
                        }
                    )
                )
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks.clear()
        if ws is not None:
            await ws.close()
