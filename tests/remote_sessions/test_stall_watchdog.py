"""A call whose remote picture stops is a drop: the watchdog turns a connected call into
interrupted once a feed that delivered frames falls silent for `stall_s`; a call with no
remote feed yet (the other side has not published) is not a drop. No network: the client's
state is set as a joined call's would be."""

from __future__ import annotations

import asyncio

import numpy as np

from remote_sessions.grant import JoinGrant
from remote_sessions.state import CallState
from remote_sessions.tracks import FrameSourceTrack, ToneTrack
from remote_sessions.videoroom import VideoRoomClient

_GRANT = JoinGrant("ws://127.0.0.1:1/", 1, "janus-token", "join-token", (), "kiosk")


def _connected_client(stall_s: float, seen: list[CallState]) -> VideoRoomClient:
    client = VideoRoomClient(
        _GRANT,
        lambda: FrameSourceTrack(lambda: None, 15, (320, 240)),
        lambda: ToneTrack(440.0),
        on_state=seen.append,
        stall_s=stall_s,
    )
    client.state = CallState.CONNECTED  # as after start(): joined and publishing
    return client


def test_a_feed_that_falls_silent_interrupts_the_call() -> None:
    seen: list[CallState] = []
    client = _connected_client(0.2, seen)
    client.remote.put_frame(7, np.zeros((240, 320, 3), dtype=np.uint8))

    async def watch() -> None:
        async with asyncio.timeout(10):  # a bound; it ends as soon as the call is interrupted
            await client._watch_frames()

    asyncio.run(watch())
    assert client.state is CallState.INTERRUPTED
    assert seen == [CallState.INTERRUPTED]
    assert client.error is not None and "no picture" in client.error


def test_no_remote_feed_yet_is_not_a_drop() -> None:
    seen: list[CallState] = []
    client = _connected_client(0.1, seen)

    async def watch() -> None:
        task = asyncio.create_task(client._watch_frames())
        done, _ = await asyncio.wait({task}, timeout=0.5)  # several stall periods
        task.cancel()
        assert not done

    asyncio.run(watch())
    assert client.state is CallState.CONNECTED
    assert seen == []
