"""A kiosk process for the exactly-once test: submits items and delivers them, and can die.

Run as `python tests/e2e/outbox_child.py DATA_DIR URL TOKEN COUNT [--die-after-send K]`.
Prints each tracking number the moment `add` returns (the resident has been told "submitted").
With --die-after-send K it SIGKILLs itself right after the K-th confirmation arrives from the
central service and before the outbox records it: the worst moment for exactly-once.
"""

from __future__ import annotations

import asyncio
import os
import random
import signal
import sys
import time
from pathlib import Path

from api_client.client import CentralClient
from api_client.outbox.delivery import OutboxDelivery
from api_client.outbox.files import ensure_key, open_outbox
from api_client.outbox.store import OutboxItem, OutboxStore


class DyingStore:
    """Wraps the store so that the K-th `delivered` call kills the process instead."""

    def __init__(self, store: OutboxStore, die_after: int) -> None:
        self._store = store
        self._left = die_after

    def __getattr__(self, name: str) -> object:
        return getattr(self._store, name)

    def delivered(self, item: OutboxItem) -> None:
        self._left -= 1
        if self._left == 0:
            os.kill(os.getpid(), signal.SIGKILL)
        self._store.delivered(item)


async def main(data_dir: Path, url: str, token: str, count: int, die_after: int) -> None:
    ensure_key(data_dir)
    store = open_outbox(data_dir, "OUTBOX1")
    target = DyingStore(store, die_after) if die_after else store
    rng = random.Random()
    async with CentralClient(url, token, timeout_s=3.0) as client:
        delivery = OutboxDelivery(target, client, time.time, rng)  # type: ignore[arg-type]
        for n in range(count):
            item = store.add("rating", {"score": 1 + n % 5, "comment": f"item {n}"})
            print(item.tracking_number, flush=True)
            if rng.random() < 0.3:
                await delivery.deliver_due()
        while store.status(time.time()).pending:
            store.retry_now(time.time())
            await delivery.deliver_due()
            await asyncio.sleep(0.05)


if __name__ == "__main__":
    args = sys.argv[1:]
    die = int(args[args.index("--die-after-send") + 1]) if "--die-after-send" in args else 0
    asyncio.run(main(Path(args[0]), args[1], args[2], int(args[3]), die))
