"""A feed leaving as the call ends: the teardown cancels the feed's unsubscribe task while its
peer connection is closing; the close still runs to the end (a close cut short leaves its
sockets open, found as unclosed transports after a browser call ended)."""

from __future__ import annotations

import asyncio

from remote_sessions.grant import JoinGrant
from remote_sessions.tracks import ToneTrack
from remote_sessions.videoroom import VideoRoomClient


class SlowClose:
    """A peer connection whose close takes a while (aiortc's stops transports one by one)."""

    def __init__(self) -> None:
        self.started = asyncio.Event()
        self.finished = False

    async def close(self) -> None:
        self.started.set()
        await asyncio.sleep(0.05)  # stands for the transports stopping
        self.finished = True


def test_a_leaving_feeds_close_finishes_though_the_call_ends_meanwhile() -> None:
    async def scenario() -> SlowClose:
        grant = JoinGrant("ws://127.0.0.1:1/", 42, "t", "j", (), "k")
        client = VideoRoomClient(grant, ToneTrack, ToneTrack)
        leaving = SlowClose()
        client._subscribers[7] = (1, leaving)  # type: ignore[assignment]
        client._spawn(client._unsubscribe(7))
        await asyncio.wait_for(leaving.started.wait(), 5)
        await client.close()  # cancels the unsubscribe task mid-close
        return leaving

    assert asyncio.run(scenario()).finished
