"""Download the knowledge base and the templates into the kiosk's data directory, so the
resident's search and the document self-service work without a network.

Incremental: the offline file remembers the last change number, and only later changes are
fetched (a page at a time); the templates, a handful, come whole each time. The file is
replaced atomically (`knowledge.store.write_update`), so the shell can search while a sync
runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from api_client.client import CentralClient
from api_client.knowledge.store import OfflineKnowledge, write_update
from api_client.schemas import ArticleOut

MAX_PAGES = 200  # 100,000 changes: a runaway answer cannot loop forever


@dataclass(frozen=True)
class SyncResult:
    since: int
    revision: int
    articles_changed: int
    templates: int


async def sync_knowledge(client: CentralClient, data_dir: Path) -> SyncResult:
    """Raises CentralUnreachable / CentralRejected (from the client); the offline file is
    then left as it was."""
    store = OfflineKnowledge(data_dir)
    since = revision = store.revision()
    changed: list[ArticleOut] = []
    for _ in range(MAX_PAGES):
        page = await client.knowledge_changes(revision)
        changed.extend(page.articles)
        if not page.articles or page.revision <= revision:
            revision = max(revision, page.revision)
            break
        revision = page.revision
    templates = await client.templates()
    write_update(data_dir, changed, revision, templates)
    return SyncResult(since, revision, len(changed), len(templates))
