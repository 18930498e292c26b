"""Keeps the offline knowledge base and templates fresh: a download at start and then every
`every_s` seconds on the network thread. A failed round leaves the offline copy as it was
(the resident's search keeps working) and is tried again next round."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

from api_client.client import CentralClient, CentralError
from api_client.knowledge_sync import sync_knowledge

log = logging.getLogger(__name__)
REFRESH_S = 3600.0
RETRY_S = 60.0


async def keep_knowledge_fresh(
    url: str,
    token: str,
    data_dir: Path,
    ca_file: Path | None = None,
    every_s: float = REFRESH_S,
) -> None:
    while True:
        wait = every_s
        try:
            async with CentralClient(url, token, timeout_s=30.0, ca_file=ca_file) as client:
                result = await sync_knowledge(client, data_dir)
            log.info(
                "knowledge base: %d article(s) changed, %d template(s), revision %d",
                result.articles_changed,
                result.templates,
                result.revision,
            )
        except CentralError as err:
            log.info("knowledge base not refreshed: %s", type(err).__name__)
            wait = min(every_s, RETRY_S)
        await asyncio.sleep(wait)
