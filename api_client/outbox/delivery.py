"""Deliver outbox items in order, exactly once, with exponential back-off and jitter.

An item leaves the outbox only after the central service confirmed it. A crash between the
service's commit and the terminal's record of the confirmation is harmless: the retry carries
the same idempotency key, and the service answers with what it already has.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from datetime import UTC, datetime

from pydantic import ValidationError

from api_client.client import CentralClient, CentralRejected, CentralUnreachable
from api_client.outbox.attachments import Attachment
from api_client.outbox.store import OutboxItem, OutboxStore
from api_client.schemas import UploadStart, parse_submission

log = logging.getLogger(__name__)

BASE_DELAY_S = 2.0
MAX_DELAY_S = 300.0
RETRYABLE_STATUS = frozenset({408, 425, 429, 500, 502, 503, 504})


def backoff_s(attempts: int, rng: random.Random) -> float:
    """Exponential back-off with jitter: half the step fixed, half random, capped."""
    step = min(MAX_DELAY_S, BASE_DELAY_S * float(2 ** min(attempts, 16)))
    return step / 2 + rng.random() * step / 2


class OutboxDelivery:
    def __init__(
        self,
        store: OutboxStore,
        client: CentralClient,
        clock: Callable[[], float],
        rng: random.Random | None = None,
    ) -> None:
        self._store = store
        self._client = client
        self._clock = clock
        self._rng = rng or random.Random()

    async def deliver_due(self, batch: int = 50) -> int:
        """Send what is due, oldest first; stop at the first sign the service is away.

        Returns how many items the service confirmed.
        """
        confirmed = 0
        for item in self._store.due(self._clock(), batch):
            outcome = await self._send(item)
            if outcome == "away":
                break
            confirmed += outcome == "confirmed"
        return confirmed

    async def _send(self, item: OutboxItem) -> str:
        try:
            submission = parse_submission(
                {
                    "idempotency_key": item.idempotency_key,
                    "kind": item.kind,
                    "tracking_number": item.tracking_number,
                    "submitted_at": datetime.fromtimestamp(item.created_at, UTC),
                    "payload": item.payload,  # an item queued before issue 15 is upgraded here
                }
            )
        except ValidationError as err:
            self._store.refused(item.id, f"not a valid submission: {err.error_count()} problem(s)")
            return "refused"
        try:
            for attachment in item.attachments:
                await self._upload(item, attachment)
            await self._client.submit(submission)
        except CentralUnreachable as err:
            self._later(item, f"central service unreachable ({type(err.__cause__).__name__})")
            return "away"
        except CentralRejected as err:
            if err.status_code in RETRYABLE_STATUS:
                self._later(item, f"central service answered {err.status_code}")
                return "away"
            log.warning("outbox item %s refused: %s", item.tracking_number, err.status_code)
            self._store.refused(item.id, f"{err.status_code}: {err.detail}")
            return "refused"
        self._store.delivered(item)
        return "confirmed"

    async def _upload(self, item: OutboxItem, attachment: Attachment) -> None:
        """Send the file's chunks from where the service says it stands (resume)."""
        state = await self._client.start_upload(
            UploadStart(
                upload_id=attachment.upload_id, size=attachment.size, sha256=attachment.sha256
            )
        )
        files = self._store.files
        for offset, data in files.chunks(item.idempotency_key, attachment, state.received):
            state = await self._client.put_chunk(attachment.upload_id, offset, data)
        if not state.complete:
            raise CentralRejected(422, "the service did not accept the file as sent")

    def _later(self, item: OutboxItem, error: str) -> None:
        self._store.failed(item.id, error, self._clock() + backoff_s(item.attempts, self._rng))
