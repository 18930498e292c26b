"""The other side's feed leaving as the call ends: its peer connection closes to the end
though the teardown cancels the task closing it (a close cut short left unclosed transports
after the acceptance call), and Janus closing the subscription is not a lost path."""

from __future__ import annotations

import asyncio

from remote_sessions.grant import JoinGrant
from remote_sessions.state import CallState
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


def test_the_other_side_leaving_is_not_our_path_lost() -> None:
    """Janus closes a subscription with the reason "Close PC" when its publisher leaves (the
    notary ended the call and the page went): the feed is dropped, the call is not
    interrupted (that report raced the end of the session). ICE failing is a lost path."""

    async def scenario(reason: str) -> tuple[CallState, bool]:
        grant = JoinGrant("ws://127.0.0.1:1/", 42, "t", "j", (), "k")
        client = VideoRoomClient(grant, ToneTrack, ToneTrack)
        client.state = CallState.CONNECTED
        leaving = SlowClose()
        client._subscribers[7] = (5, leaving)  # type: ignore[assignment]
        client._subscriber_event({"janus": "hangup", "sender": 5, "reason": reason})
        for task in list(client._tasks):
            await task
        return client.state, 7 in client._subscribers

    assert asyncio.run(scenario("Close PC")) == (CallState.CONNECTED, False)
    assert asyncio.run(scenario("ICE failed")) == (CallState.INTERRUPTED, True)


def test_a_feed_announced_leaving_then_hung_up_is_not_our_path_lost() -> None:
    """The staff member's page going: Janus announces their feed unpublished and leaving on
    the publisher handle, then hangs up its subscription with "DTLS alert" (the browser
    closed its side). The call is not interrupted: a "dropped" report then raced the staff
    member's End (the console's End answered 409 instead of the outcome page)."""

    async def scenario() -> tuple[CallState, bool]:
        grant = JoinGrant("ws://127.0.0.1:1/", 42, "t", "j", (), "k")
        client = VideoRoomClient(grant, ToneTrack, ToneTrack)
        client.state = CallState.CONNECTED
        leaving = SlowClose()
        client._subscribers[7] = (5, leaving)  # type: ignore[assignment]
        for gone in ({"unpublished": 7}, {"leaving": 7}):
            data = {"videoroom": "event", "room": 42, **gone}
            client._publisher_event({"janus": "event", "plugindata": {"data": data}})
        client._subscriber_event({"janus": "hangup", "sender": 5, "reason": "DTLS alert"})
        for task in list(client._tasks):
            await task
        return client.state, leaving.finished

    assert asyncio.run(scenario()) == (CallState.CONNECTED, True)
