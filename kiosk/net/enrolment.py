"""Turn a one-time code into a device token for this terminal."""

from __future__ import annotations

from api_client.client import CentralClient
from api_client.outbox.files import ensure_key
from api_client.schemas import EnrolRequest, EnrolResponse
from config.settings import TerminalSettings
from kiosk.net.token_store import TokenStore


async def enrol(settings: TerminalSettings, code: str) -> EnrolResponse:
    """Enrol with the central service and store the token; raises api_client.client errors."""
    request = EnrolRequest(
        code=code.strip().upper(), terminal_id=settings.terminal_id, site=settings.site
    )
    async with CentralClient(settings.central_url, ca_file=settings.central_ca) as client:
        response = await client.enrol(request)
    TokenStore(settings.data_dir).save(response.device_token)
    ensure_key(settings.data_dir)  # the outbox's encryption key is born with the enrolment
    return response
