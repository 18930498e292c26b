"""The service's checkpoint writer: at start, every `journal_checkpoint_s` and at shutdown, sign
the journal entries added since the last checkpoint. Each checkpoint is also logged (its last
entry as SEQ:HASH, pasteable into `journal verify --head`), a second copy outside the database.
"""

from __future__ import annotations

import asyncio
import logging
from contextlib import suppress

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from starlette.concurrency import run_in_threadpool

from central.db import Database
from central.journal.checkpoints import JournalFiles, write_checkpoint
from central.journal.signing import CheckpointError, key_id, load_or_create_key

log = logging.getLogger(__name__)


class CheckpointTask:
    def __init__(self, database: Database, files: JournalFiles, interval_s: float) -> None:
        self._database = database
        self._files = files
        self._interval_s = interval_s
        self._key: Ed25519PrivateKey | None = None
        self._task: asyncio.Task[None] | None = None
        self._stopping = asyncio.Event()

    async def start(self) -> None:
        """Load (or make) the key and sign what is new. A key that cannot be used is logged
        and the service runs on unsigned: `journal verify` then says why it fails."""
        self._stopping = asyncio.Event()  # bound to the running loop
        try:
            key, made = await run_in_threadpool(load_or_create_key, self._files.key)
        except (CheckpointError, OSError) as err:
            log.error("journal checkpoints are off: %s", err)
            return
        self._key = key
        if made:
            log.warning(
                "journal signing key created; keep a copy of its public key with the auditors",
                extra={"key_file": str(self._files.key), "key_id": key_id(key.public_key())},
            )
        await run_in_threadpool(self.once)
        self._task = asyncio.create_task(self._run())

    def once(self) -> None:
        """One checkpoint, if there is anything new; a refusal is logged, never raised."""
        if self._key is None:
            return
        try:
            with self._database.session() as session:
                record = write_checkpoint(session, self._key, self._files.checkpoints)
        except (CheckpointError, OSError) as err:
            log.error("journal checkpoint refused: %s", err)
            return
        if record is not None:
            log.info(
                "journal checkpoint",
                extra={
                    "head": f"{record['seq']}:{record['hashes'][-1]}",
                    "from_seq": record["from_seq"],
                    "key_id": record["key_id"],
                    "signature": record["signature"],
                },
            )

    async def _run(self) -> None:
        while not self._stopping.is_set():
            with suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), self._interval_s)
                return
            try:
                await run_in_threadpool(self.once)
            except Exception:  # the next round tries again
                log.exception("journal checkpoint failed")

    async def stop(self) -> None:
        self._stopping.set()
        if self._task is not None:
            await self._task
        await run_in_threadpool(self.once)
