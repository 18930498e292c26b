"""Outbox delivery against the real central app (in-process ASGI) and a dead address."""

from __future__ import annotations

import asyncio
import random
from datetime import UTC, datetime
from pathlib import Path

import httpx
from sqlalchemy import func, select

from api_client.client import CentralClient
from api_client.outbox.delivery import MAX_DELAY_S, OutboxDelivery, backoff_s
from api_client.outbox.files import ensure_key, open_outbox
from api_client.schemas import EnrolRequest, parse_submission
from central.app import create_app
from central.db import Database
from central.models import SubmissionRow


def test_backoff_grows_with_jitter_and_is_capped() -> None:
    rng = random.Random(1)
    steps = [backoff_s(n, rng) for n in range(12)]
    assert 1.0 <= steps[0] <= 2.0 and 4.0 <= steps[2] <= 8.0
    assert all(s <= MAX_DELAY_S for s in steps) and steps[-1] >= MAX_DELAY_S / 2


def test_items_arrive_once_even_when_the_confirmation_is_lost(
    tmp_path: Path, central_settings, enrol_code
) -> None:
    """GIVEN items in the outbox WHEN one is delivered but its confirmation is not recorded
    (the terminal died) and delivery runs again THEN the central service holds each once."""
    app = create_app(central_settings)
    ensure_key(tmp_path)
    store = open_outbox(tmp_path, "DLV001")
    items = [store.add("rating", {"score": n % 5 + 1}) for n in range(5)]

    async def scenario() -> None:
        transport = httpx.ASGITransport(app=app)
        async with CentralClient("http://central", transport=transport) as anon:
            token = (
                await anon.enrol(EnrolRequest(code=enrol_code(), terminal_id="DLV001", site="s"))
            ).device_token
        async with CentralClient("http://central", token, transport=transport) as client:
            # The first item reaches the centre, but the terminal "dies" before recording it.
            first = store.due(now=1e12, limit=1)[0]
            await client.submit(
                parse_submission(
                    {
                        "idempotency_key": first.idempotency_key,
                        "kind": "rating",
                        "tracking_number": first.tracking_number,
                        "submitted_at": datetime.now(UTC),
                        "payload": first.payload,
                    }
                )
            )
            delivery = OutboxDelivery(store, client, clock=lambda: 1e12)
            assert await delivery.deliver_due() == 5

    asyncio.run(scenario())
    assert store.status(now=1e12).pending == 0
    database = Database(central_settings.db_url)
    with database.session() as session:
        numbers = session.scalars(select(SubmissionRow.tracking_number)).all()
        assert sorted(numbers) == sorted(i.tracking_number for i in items)
        assert session.scalar(select(func.count()).select_from(SubmissionRow)) == 5
    database.dispose()


def test_an_unreachable_centre_backs_off_and_keeps_the_items(tmp_path: Path) -> None:
    ensure_key(tmp_path)
    store = open_outbox(tmp_path, "DLV002")
    store.add("rating", {"score": 5}, now=900.0)
    store.add("rating", {"score": 4}, now=900.0)

    async def scenario() -> int:
        async with CentralClient("http://127.0.0.1:9", "lkd_x", timeout_s=2) as client:
            return await OutboxDelivery(store, client, clock=lambda: 1000.0).deliver_due()

    assert asyncio.run(scenario()) == 0
    status = store.status(now=1000.0)
    assert status.pending == 2 and status.last_error is not None
    assert "unreachable" in status.last_error
    # The first item backs off; the round stopped there instead of trying the second too.
    assert [item.attempts for item in store.due(now=1e12)] == [1, 0]
    assert len(store.due(now=1000.5)) == 1


class _DropsSecondChunk(httpx.AsyncBaseTransport):
    """The network edge: forwards to the app, but the connection drops on the 2nd chunk."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.offsets: list[int] = []
        self.dropped = False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "PUT":
            self.offsets.append(int(request.url.params["offset"]))
            if len(self.offsets) == 2 and not self.dropped:
                self.dropped = True
                raise httpx.ConnectError("connection dropped", request=request)
        return await self.inner.handle_async_request(request)


def test_a_photo_upload_resumes_after_a_dropped_connection(
    tmp_path: Path, central_settings, enrol_code
) -> None:
    app = create_app(central_settings)
    ensure_key(tmp_path)
    store = open_outbox(tmp_path, "PHO001")
    photo = bytes(range(256)) * 3000  # 768,000 bytes: three chunks of 256 KiB
    aid = {"applicant": {"phone": "13800138000"}, "description": "拖欠工资", "version": 2}
    item = store.add("legal_aid", aid, now=100.0, files=[photo])
    transport = _DropsSecondChunk(httpx.ASGITransport(app=app))

    async def scenario() -> tuple[int, int]:
        async with CentralClient("http://central", transport=transport) as anon:
            request = EnrolRequest(code=enrol_code(), terminal_id="PHO001", site="s")
            token = (await anon.enrol(request)).device_token
        async with CentralClient("http://central", token, transport=transport) as client:
            first = await OutboxDelivery(store, client, clock=lambda: 1e12).deliver_due()
            store.retry_now(now=1e12)
            second = await OutboxDelivery(store, client, clock=lambda: 1e12).deliver_due()
            return first, second

    assert asyncio.run(scenario()) == (0, 1)
    chunk = 256 * 1024
    assert transport.offsets == [0, chunk, chunk, 2 * chunk]  # resumed, nothing sent twice
    upload_id = item.payload["attachments"][0]
    assert (central_settings.data_dir / "uploads" / f"{upload_id}.bin").read_bytes() == photo
    assert not store.files.folder(item.idempotency_key).exists()
