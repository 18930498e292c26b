"""The background task: every `retry_s`, make the acts of newly completed notarisation
sessions and try to seal every act still pending. Nothing is lost when the service stops: the
pending acts are rows, taken up again at the next start."""

from __future__ import annotations

import asyncio
import logging
from contextlib import suppress

from starlette.concurrency import run_in_threadpool

from central.db import Database
from central.evidence.acts import open_acts, seal_pending
from central.evidence.settings import EvidenceSettings
from central.evidence.signer import SignerError, load_roots
from central.mediation.agreement_seal import seal_pending_agreements
from central.sessions.evidence_types import EvidenceSources

log = logging.getLogger(__name__)


class EvidenceTask:
    def __init__(
        self, database: Database, settings: EvidenceSettings, sources: EvidenceSources
    ) -> None:
        self._database = database
        self._settings = settings
        self._sources = sources
        self._task: asyncio.Task[None] | None = None

    def once(self) -> int:
        """One round (blocking); how many acts were sealed."""
        open_acts(self._database, self._settings, self._sources)
        try:
            roots = load_roots(self._settings.trust_roots)
        except SignerError as err:
            log.error("acts cannot be sealed: %s", err)
            return 0
        sealed = seal_pending(self._database, self._settings, roots)
        # the mediation agreements every party signed (issue 18) take the same seal
        return sealed + seal_pending_agreements(self._database, self._settings, roots)

    async def _run(self) -> None:
        while True:
            try:
                await run_in_threadpool(self.once)
            except Exception:  # one bad round must not end the task; the next one retries
                log.exception("evidence round failed")
            await asyncio.sleep(self._settings.retry_s or 30.0)

    async def start(self) -> None:
        self._task = asyncio.create_task(self._run())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with suppress(asyncio.CancelledError):
                await self._task
            self._task = None
