"""The kiosk's client against the real central app (in-process ASGI), and a dead address."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import httpx
import pytest

from api_client.client import CentralClient, CentralRejected, CentralUnreachable
from api_client.schemas import DeviceState, EnrolRequest, Heartbeat
from central.app import create_app


def test_enrol_then_heartbeat_through_the_client(central_settings, enrol_code) -> None:
    app = create_app(central_settings)
    code = enrol_code()

    async def scenario() -> None:
        transport = httpx.ASGITransport(app=app)
        async with CentralClient("http://central", transport=transport) as anon:
            assert (await anon.health()).database == "ok"
            enrolled = await anon.enrol(EnrolRequest(code=code, terminal_id="CLI001", site="s"))
            with pytest.raises(CentralRejected) as refused:
                await anon.enrol(EnrolRequest(code=code, terminal_id="CLI002", site="s"))
            assert refused.value.status_code == 403
        beat = Heartbeat(
            sent_at=datetime.now(UTC),
            app_version="t",
            devices=[DeviceState(family="camera", status="online")],
        )
        async with CentralClient(
            "http://central", enrolled.device_token, transport=transport
        ) as device:
            ack = await device.heartbeat(beat)
            assert ack.next_heartbeat_s == central_settings.heartbeat_s

    asyncio.run(scenario())


def test_unreachable_is_its_own_error() -> None:
    async def scenario() -> None:
        async with CentralClient("http://127.0.0.1:9", timeout_s=2) as client:
            with pytest.raises(CentralUnreachable):
                await client.health()

    asyncio.run(scenario())


def test_a_refusal_names_the_field_but_not_the_value_it_echoed(
    central_settings, enrol_code
) -> None:
    """GIVEN the real service's 422 answer to a submission (which no longer echoes the refused
    input), and the same answer as an older service or a proxy would give it, with the input
    echoed WHEN the client maps it to CentralRejected THEN the resident's value is in neither
    error, which the outbox stores as last_error and logs may print."""
    canary = "13970012345"
    app = create_app(central_settings)
    code = enrol_code()

    async def real_answer() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with CentralClient("http://central", transport=transport) as anon:
            token = await anon.enrol(EnrolRequest(code=code, terminal_id="RAW001", site="s"))
        headers = {"Authorization": f"Bearer {token.device_token}"}
        async with httpx.AsyncClient(transport=transport, base_url="http://central") as raw:
            body = {"idempotency_key": canary, "kind": "callback", "payload": {"phone": canary}}
            return await raw.post("/api/v1/submissions", json=body, headers=headers)

    answer = asyncio.run(real_answer())
    assert answer.status_code == 422 and canary not in answer.text  # the service keeps it
    problems = answer.json()["detail"]
    echoed = httpx.Response(  # as a service before the 422 handler answered
        422, json={"detail": [{**problem, "input": canary} for problem in problems]}
    )

    async def scenario(replayed: httpx.Response) -> None:
        transport = httpx.MockTransport(lambda _request: replayed)
        async with CentralClient("http://central", "token", transport=transport) as client:
            with pytest.raises(CentralRejected) as refused:
                await client.health()
            assert refused.value.status_code == 422
            assert canary not in str(refused.value)
            assert "body." in refused.value.detail

    asyncio.run(scenario(answer))
    asyncio.run(scenario(echoed))
