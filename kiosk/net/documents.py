"""The pushed document's two calls to the central service, made on the network loop and
waited for by a worker thread (kiosk.tasks), never by the UI thread."""

from __future__ import annotations

from collections.abc import Callable

from api_client.client import CentralClient
from api_client.schemas.session_documents import DocumentShown, SignedDocument
from kiosk.net.loop import NetworkThread

TIMEOUT_S = 30.0


class CentralDocumentLink:
    """Fetch a pushed PDF, return its signature (blocking: call from a worker)."""

    def __init__(
        self, network: Callable[[], NetworkThread], client: Callable[[], CentralClient]
    ) -> None:
        self._network = network
        self._client = client

    async def _fetch(self, session_id: str, version: int) -> bytes:
        async with self._client() as central:
            return await central.session_document(session_id, version)

    async def _sign(self, session_id: str, version: int, body: SignedDocument) -> DocumentShown:
        async with self._client() as central:
            return await central.return_signature(session_id, version, body)

    def fetch(self, session_id: str, version: int) -> bytes:
        return self._network().submit(self._fetch(session_id, version)).result(TIMEOUT_S)

    def sign(self, session_id: str, version: int, body: SignedDocument) -> DocumentShown:
        future = self._network().submit(self._sign(session_id, version, body))
        return future.result(TIMEOUT_S)
