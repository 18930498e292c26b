"""Bring the terminal's offline knowledge base and templates up to date (network thread)."""

from __future__ import annotations

from api_client.client import CentralClient
from api_client.knowledge_sync import SyncResult, sync_knowledge
from config.settings import TerminalSettings
from kiosk.net.token_store import TokenStore


async def download_knowledge(settings: TerminalSettings) -> SyncResult:
    """Raises api_client.client errors; the offline copy then stays as it was."""
    token = TokenStore(settings.data_dir).load()
    async with CentralClient(
        settings.central_url, device_token=token, ca_file=settings.central_ca
    ) as client:
        return await sync_knowledge(client, settings.data_dir)
