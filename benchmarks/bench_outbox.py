"""Outbox figures: durable adds per second, and the time to drain 1,000 items queued during an
outage into a local central service, next to posting the same items straight to it."""

from __future__ import annotations

import asyncio
import tempfile
import time
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import httpx

from api_client.client import CentralClient
from api_client.outbox.delivery import OutboxDelivery
from api_client.outbox.files import ensure_key, open_outbox
from api_client.schemas import parse_submission
from api_client.tracking import make_tracking_number
from kiosk.central_process import CentralProcess

N = 1000


def _token(central: CentralProcess, terminal_id: str) -> str:
    body = {"code": central.enrol_code(), "terminal_id": terminal_id, "site": "bench"}
    return str(
        httpx.post(f"{central.url}/api/v1/enrol", json=body, timeout=10).json()["device_token"]
    )


async def _direct(url: str, token: str) -> float:
    """Baseline: the same submissions posted straight to the service, no outbox."""
    async with CentralClient(url, token) as client:
        start = time.perf_counter()
        for n in range(1, N + 1):
            await client.submit(
                parse_submission(
                    {
                        "idempotency_key": str(uuid.uuid4()),
                        "kind": "rating",
                        "tracking_number": make_tracking_number("BENCHB", date(2026, 11, 29), n),
                        "submitted_at": datetime.now(UTC),
                        "payload": {"score": n % 5 + 1, "comment": "bench"},
                    }
                )
            )
        return time.perf_counter() - start


async def _drain(store_dir: Path, url: str, token: str) -> float:
    store = open_outbox(store_dir, "BENCHA")
    async with CentralClient(url, token) as client:
        delivery = OutboxDelivery(store, client, time.time)
        start = time.perf_counter()
        while store.status(time.time()).pending:
            await delivery.deliver_due(batch=200)
        return time.perf_counter() - start


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        central = CentralProcess(Path(tmp) / "central")
        central.start()
        token_a, token_b = _token(central, "BENCHA"), _token(central, "BENCHB")
        central.stop()  # the outage: residents keep submitting
        kiosk = Path(tmp) / "kiosk"
        ensure_key(kiosk)
        store = open_outbox(kiosk, "BENCHA")
        start = time.perf_counter()
        for n in range(N):
            store.add("rating", {"score": n % 5 + 1, "comment": "bench"})
        add_s = time.perf_counter() - start
        store.close()
        central.start()
        try:
            direct_s = asyncio.run(_direct(central.url, token_b))
            drain_s = asyncio.run(_drain(kiosk, central.url, token_a))
        finally:
            central.stop()
    each_ms = add_s * 1000 / N
    print(f"durable adds (fsync each):        {N / add_s:7.0f} items/s ({each_ms:.2f} ms each)")
    print(f"direct POST, no outbox (baseline): {N / direct_s:7.0f} items/s")
    print(f"drain after the outage:           {N / drain_s:7.0f} items/s, {N} in {drain_s:.2f} s")
    print(f"outbox delivery / direct POST:     {direct_s / drain_s:.2f}x")


if __name__ == "__main__":
    main()
