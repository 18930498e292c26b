"""The mediation agreement's calls to the central service, made on the network loop and
waited for by a worker thread (kiosk.tasks), never by the UI thread."""

from __future__ import annotations

from collections.abc import Callable

from api_client.client import CentralClient
from api_client.schemas.agreement import AgreementOut, AgreementSign
from kiosk.net.loop import NetworkThread

TIMEOUT_S = 30.0


class CentralAgreementLink:
    """Read the agreement with its PDF, sign it (blocking: call from a worker)."""

    def __init__(
        self, network: Callable[[], NetworkThread], client: Callable[[], CentralClient]
    ) -> None:
        self._network = network
        self._client = client

    async def _read(self, session_id: str) -> tuple[AgreementOut, bytes]:
        async with self._client() as central:
            shown = await central.agreement(session_id)
            return shown, await central.agreement_document(session_id)

    async def _sign(self, session_id: str, body: AgreementSign) -> AgreementOut:
        async with self._client() as central:
            return await central.sign_agreement(session_id, body)

    def read(self, session_id: str) -> tuple[AgreementOut, bytes]:
        return self._network().submit(self._read(session_id)).result(TIMEOUT_S)

    def sign(self, session_id: str, body: AgreementSign) -> AgreementOut:
        return self._network().submit(self._sign(session_id, body)).result(TIMEOUT_S)
