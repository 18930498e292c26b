"""Events that must reach other workers: fleet commands and heartbeats now, calls later.

`LocalBus` delivers within one process (one worker, SQLite). `RedisBus` goes through Redis
pub/sub, so a command queued on one worker reaches a terminal connected to another. Delivery
is best effort either way: an event only says "look now"; the database stays the record, and
a terminal that missed one still finds its commands at the next heartbeat.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any, Protocol

Event = dict[str, Any]


class Bus(Protocol):
    async def publish(self, channel: str, event: Event) -> None: ...

    def subscribe(self, *channels: str) -> Any:
        """An async context manager yielding an async iterator of the channels' events."""
        ...

    async def close(self) -> None: ...


def kiosk_channel(terminal_id: str) -> str:
    return f"lexkiosk:kiosk:{terminal_id}"


def fleet_channel(organisation_id: int) -> str:
    """Heartbeats of the terminals an organisation owns, for its staff's live views."""
    return f"lexkiosk:fleet:{organisation_id}"


class LocalBus:
    """In-process fan-out; subscribers each get a bounded queue (slow ones drop old events)."""

    def __init__(self, queue_size: int = 100) -> None:
        self._subscribers: dict[str, set[asyncio.Queue[Event]]] = {}
        self._queue_size = queue_size

    async def publish(self, channel: str, event: Event) -> None:
        for queue in list(self._subscribers.get(channel, ())):
            if queue.full():
                queue.get_nowait()
            queue.put_nowait(event)

    @asynccontextmanager
    async def subscribe(self, *channels: str) -> AsyncIterator[AsyncIterator[Event]]:
        queue: asyncio.Queue[Event] = asyncio.Queue(self._queue_size)
        for channel in channels:
            self._subscribers.setdefault(channel, set()).add(queue)

        async def events() -> AsyncIterator[Event]:
            while True:
                yield await queue.get()

        try:
            yield events()
        finally:
            for channel in channels:
                subscribers = self._subscribers.get(channel, set())
                subscribers.discard(queue)
                if not subscribers:
                    self._subscribers.pop(channel, None)

    async def close(self) -> None:
        self._subscribers.clear()


class RedisBus:
    """Redis pub/sub; one connection pool per worker, one pub/sub connection per subscriber."""

    def __init__(self, url: str) -> None:
        import redis.asyncio as redis

        self._client = redis.Redis.from_url(url)

    async def publish(self, channel: str, event: Event) -> None:
        await self._client.publish(channel, json.dumps(event))

    @asynccontextmanager
    async def subscribe(self, *channels: str) -> AsyncIterator[AsyncIterator[Event]]:
        pubsub = self._client.pubsub(ignore_subscribe_messages=True)
        await pubsub.subscribe(*channels)

        async def events() -> AsyncIterator[Event]:
            async for message in pubsub.listen():
                if message.get("type") == "message":
                    yield json.loads(message["data"])

        try:
            yield events()
        finally:
            await pubsub.unsubscribe(*channels)
            await pubsub.aclose()

    async def close(self) -> None:
        await self._client.aclose()


def make_bus(redis_url: str | None) -> Bus:
    return RedisBus(redis_url) if redis_url else LocalBus()
