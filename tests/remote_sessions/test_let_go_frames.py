"""A feed let go stays gone: a frame its subscription had already decoded when the publisher
left (the staff member's page reloaded) is not put back as that feed's picture, and a
reconnect starts with no frame of the old connection. Either leftover was a stale entry the
watchdog took for a picture stalled for good: the call was reported dropped again 0.75 s
after it had been rejoined (CI, stop 25)."""

from __future__ import annotations

import asyncio

import numpy as np
from av import VideoFrame

from remote_sessions.grant import JoinGrant
from remote_sessions.state import CallState
from remote_sessions.tracks import ToneTrack
from remote_sessions.videoroom import VideoRoomClient

_GRANT = JoinGrant("ws://127.0.0.1:1/", 42, "t", "j", (), "k")


class ClosedPeer:
    async def close(self) -> None:
        return None


class QueuedTrack:
    """A subscription's video track with one frame decoded and queued, handed out only once
    `release` is set (the feed is let go meanwhile); then the track ends."""

    kind = "video"

    def __init__(self) -> None:
        self.release = asyncio.Event()
        self.handed = 0

    async def recv(self) -> VideoFrame:
        from aiortc.mediastreams import MediaStreamError

        if self.handed:
            raise MediaStreamError
        await self.release.wait()
        self.handed += 1
        return VideoFrame.from_ndarray(np.zeros((24, 32, 3), dtype=np.uint8), format="rgb24")


def test_a_frame_queued_when_the_feed_was_let_go_is_not_put_back() -> None:
    async def scenario() -> tuple[list[int], int]:
        client = VideoRoomClient(_GRANT, ToneTrack, ToneTrack)
        client.state = CallState.CONNECTED
        pc = ClosedPeer()
        client._subscribers[7] = (5, pc)  # type: ignore[assignment]
        track = QueuedTrack()
        consumer = asyncio.ensure_future(client._consume(7, pc, track))  # type: ignore[arg-type]
        client._publisher_event({"plugindata": {"data": {"leaving": 7}}})  # the page went
        track.release.set()
        await asyncio.wait_for(consumer, 5)
        for task in list(client._tasks):
            await task
        return list(client.remote.frames()), track.handed

    feeds, handed = asyncio.run(scenario())
    assert handed == 1  # the queued frame did come out of the track
    assert feeds == []  # and was not taken for feed 7's picture


def test_a_frame_of_a_subscribed_feed_is_shown() -> None:
    async def scenario() -> list[int]:
        client = VideoRoomClient(_GRANT, ToneTrack, ToneTrack)
        pc = ClosedPeer()
        client._subscribers[7] = (5, pc)  # type: ignore[assignment]
        track = QueuedTrack()
        track.release.set()
        await asyncio.wait_for(client._consume(7, pc, track), 5)  # type: ignore[arg-type]
        return list(client.remote.frames())

    assert asyncio.run(scenario()) == [7]


def test_a_reconnect_starts_without_the_old_connections_frames() -> None:
    """A leftover frame of a feed no longer subscribed is gone after the teardown, so the new
    connection's watchdog has nothing stale to judge."""

    async def scenario() -> tuple[list[int], list[CallState]]:
        seen: list[CallState] = []
        client = VideoRoomClient(_GRANT, ToneTrack, ToneTrack, on_state=seen.append, stall_s=0.2)
        client.remote.put_frame(7, np.zeros((24, 32, 3), dtype=np.uint8))  # not subscribed
        await client._teardown()
        client.state = CallState.CONNECTED  # as after the rejoin
        await asyncio.sleep(0.3)  # older than stall_s, had it stayed
        task = asyncio.create_task(client._watch_frames())
        await asyncio.wait({task}, timeout=0.5)  # several watchdog periods
        task.cancel()
        return list(client.remote.frames()), seen

    feeds, seen = asyncio.run(scenario())
    assert feeds == []
    assert CallState.INTERRUPTED not in seen
