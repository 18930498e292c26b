"""A terminal downloads the knowledge base from a real central process and searches it with
the network gone; later syncs bring only what changed."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from api_client.client import CentralClient, CentralUnreachable
from api_client.knowledge.store import FILE_NAME, OfflineKnowledge
from api_client.knowledge_sync import sync_knowledge
from api_client.schemas import EnrolRequest
from tests.central.support import PASSWORD
from tests.helpers.server import CentralProcess


@pytest.fixture
def central(tmp_path: Path) -> Iterator[CentralProcess]:
    """GIVEN `lexkiosk-central serve` with the demo knowledge base and a clerk."""
    process = CentralProcess(tmp_path / "central")
    process.start()
    try:
        process.seed_knowledge("bureau")
        process.add_staff("clerk1", "Clerk", "bureau", "clerk", PASSWORD)
        yield process
    finally:
        process.stop()


async def _enrolled_client(central: CentralProcess) -> CentralClient:
    async with CentralClient(central.url) as anonymous:
        enrolled = await anonymous.enrol(
            EnrolRequest(code=central.enrol_code(org="bureau"), terminal_id="K001", site="hall")
        )
    return CentralClient(central.url, device_token=enrolled.device_token)


def _staff(central: CentralProcess) -> dict[str, str]:
    reply = httpx.post(
        f"{central.url}/api/v1/auth/login", json={"username": "clerk1", "password": PASSWORD}
    )
    return {"Authorization": f"Bearer {reply.json()['access_token']}"}


def test_download_search_offline_and_sync_changes(central: CentralProcess, tmp_path: Path) -> None:
    """GIVEN an enrolled terminal WHEN it syncs, a clerk unpublishes an article and edits a
    template, it syncs again, and the service goes away THEN the offline copy follows each
    change, then keeps answering untouched."""
    asyncio.run(_scenario(central, tmp_path / "kiosk"))


async def _scenario(central: CentralProcess, kiosk_dir: Path) -> None:
    offline = OfflineKnowledge(kiosk_dir)
    async with await _enrolled_client(central) as client:

        async def sync() -> tuple[int, int]:
            result = await sync_knowledge(client, kiosk_dir)
            return result.articles_changed, result.templates

        assert await sync() == (44, 5)
        hits = offline.search("拖欠工资").hits
        assert hits[0].question == "老板拖欠工资三个月不发，我该怎么办？"
        assert offline.categories()["labour"] == 7
        iou = next(t for t in offline.templates() if t.code == "iou")
        assert iou.title == "借条" and iou.version == 1

        staff = _staff(central)
        gone = hits[0].id
        httpx.post(f"{central.url}/api/v1/articles/{gone}/unpublish", headers=staff)
        edited = iou.model_dump(mode="json", include={"title", "fields", "body"})
        edited["body"] = edited["body"].replace("借条", "借据", 1)
        reply = httpx.put(f"{central.url}/api/v1/templates/iou", json=edited, headers=staff)
        assert reply.json()["version"] == 2

        assert await sync() == (1, 5)
        assert gone not in [h.id for h in offline.search("拖欠工资").hits]
        iou = next(t for t in offline.templates() if t.code == "iou")
        assert iou.version == 2 and iou.body.startswith("借据")
        assert await sync() == (0, 5)

        before = (kiosk_dir / FILE_NAME).read_bytes()
        central.stop()
        with pytest.raises(CentralUnreachable):
            await sync()
    assert (kiosk_dir / FILE_NAME).read_bytes() == before
    assert offline.search("交通事故").hits, "the offline copy still answers"
    assert [p.name for p in kiosk_dir.iterdir()] == [FILE_NAME]
