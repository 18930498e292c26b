"""SessionFlow does not give up at the first failure: a reconnect that fails is tried again
(bounded, with backoff) before the call is failed, and a call report that does not reach the
central service is sent again instead of being lost. The central service is replaced at the
outermost boundary (HTTP, an httpx MockTransport answering as it does); Janus is a real
closed port, so every join fails the way an unreachable Janus fails."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime

import httpx
import pytest

from api_client.client import CentralClient, CentralRejected
from api_client.schemas.sessions import SessionStatus
from remote_sessions.errors import CallError
from remote_sessions.grant import JoinGrant
from remote_sessions.session_flow import SessionFlow
from remote_sessions.state import CallState
from remote_sessions.tracks import FrameSourceTrack, ToneTrack
from remote_sessions.videoroom import VideoRoomClient
from tests.helpers.media import free_port

SID = "s-1"
BASE = "http://central.test"


def _status(state: str) -> dict[str, object]:
    return {
        "session_id": SID,
        "kind": "notarisation",
        "state": state,
        "available_staff": 1,
        "updated_at": datetime.now(UTC).isoformat(),
    }


def _grant(janus_port: int) -> dict[str, object]:
    return {
        "participant_id": "kiosk",
        "janus_url": f"ws://127.0.0.1:{janus_port}/",
        "room_id": 7,
        "janus_token": "janus-token",
        "join_token": "join-token",
        "ice_servers": [{"urls": "turn:127.0.0.1:3478", "username": "u", "credential": "c"}],
        "expires_at": 2_000_000_000,
    }


class Central:
    """Answers like the central service; `fail_reports` transport failures come first."""

    def __init__(self, fail_reports: int = 0, grant_status: int = 200) -> None:
        self.fail_reports = fail_reports
        self.grant_status = grant_status
        self.reports: list[str] = []
        self.report_attempts = 0
        self.grants = 0
        self.janus_port = free_port()  # nothing listens there

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path.endswith("/grant"):
            self.grants += 1
            if self.grant_status != 200:
                return httpx.Response(self.grant_status, json={"detail": "the session ended"})
            return httpx.Response(200, json=_grant(self.janus_port))
        if path.endswith("/report"):
            self.report_attempts += 1
            if self.fail_reports > 0:
                self.fail_reports -= 1
                raise httpx.ConnectError("the network is down", request=request)
            event = json.loads(request.content)["event"]
            self.reports.append(event)
            state = {"dropped": "interrupted", "failed": "failed"}.get(event, event)
            return httpx.Response(200, json=_status(state))
        return httpx.Response(404, json={"detail": "not here"})


def _in_call(flow: SessionFlow, central: Central) -> VideoRoomClient:
    """The flow as after join(): a connected call whose changes the flow reports."""
    grant = JoinGrant.from_dict(_grant(central.janus_port))
    call = VideoRoomClient(
        grant,
        lambda: FrameSourceTrack(lambda: None, 15, (320, 240)),
        lambda: ToneTrack(440.0),
        on_state=flow._call_changed,
        connect_timeout_s=5,
    )
    call.state = CallState.CONNECTED
    flow.call = call
    flow._reporter = asyncio.create_task(flow._report_loop())
    return call


def _flow(client: CentralClient, states: list[CallState]) -> SessionFlow:
    flow = SessionFlow(
        client,
        lambda: FrameSourceTrack(lambda: None, 15, (320, 240)),
        lambda: ToneTrack(440.0),
        on_call=states.append,
        reconnect_attempts=3,
        backoff_s=0.01,
    )
    flow.status = SessionStatus.model_validate(_status("in_call"))
    return flow


def test_a_failed_reconnect_is_tried_again_before_the_call_fails() -> None:
    """GIVEN a call that dropped WHEN every rejoin fails (Janus unreachable)
    THEN the flow tries three times, each with a fresh grant, and reports 'failed' once, last."""
    central = Central()
    states: list[CallState] = []

    async def scenario() -> None:
        async with CentralClient(BASE, "tok", transport=httpx.MockTransport(central)) as client:
            flow = _flow(client, states)
            call = _in_call(flow, central)
            call._media_lost("cut")
            with pytest.raises(CallError):
                async with asyncio.timeout(30):
                    await flow.reconnect()
            await flow.finish()

    asyncio.run(scenario())
    assert central.grants == 3
    assert central.reports[0] == "dropped"
    assert central.reports.count("reconnecting") == 3
    assert central.reports.count("failed") == 1 and central.reports[-1] == "failed"
    assert states.count(CallState.FAILED) == 1
    assert states[-2:] == [CallState.FAILED, CallState.CLOSED]  # finish() hung up after


def test_a_refused_grant_ends_the_retries_at_once() -> None:
    """GIVEN a dropped call WHEN the central service refuses the grant (the session ended)
    THEN there is no second attempt and the call is failed."""
    central = Central(grant_status=409)
    states: list[CallState] = []

    async def scenario() -> None:
        async with CentralClient(BASE, "tok", transport=httpx.MockTransport(central)) as client:
            flow = _flow(client, states)
            call = _in_call(flow, central)
            call._media_lost("cut")
            with pytest.raises(CentralRejected):
                await flow.reconnect()
            await flow.finish()

    asyncio.run(scenario())
    assert central.grants == 1
    assert central.reports == ["dropped", "failed"]


def test_a_dropped_report_that_does_not_arrive_is_sent_again() -> None:
    """GIVEN the network to the central service down for two tries WHEN the call drops
    THEN the 'dropped' report arrives on the third try and the flow shows the interruption."""
    central = Central(fail_reports=2)
    states: list[CallState] = []

    async def scenario() -> SessionFlow:
        async with CentralClient(BASE, "tok", transport=httpx.MockTransport(central)) as client:
            flow = _flow(client, states)
            call = _in_call(flow, central)
            call._media_lost("cut")
            async with asyncio.timeout(30):
                await flow.reported()
            await flow.finish()
            return flow

    flow = asyncio.run(scenario())
    assert central.report_attempts == 3
    assert central.reports == ["dropped"]
    assert flow.status is not None and flow.status.state == "interrupted"
