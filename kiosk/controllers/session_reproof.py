"""The runner's part of the identity re-proof after a drop (issue 17), on the network loop:
a notarisation call that dropped is not brought back until the resident has proved who they
are again and the central service has the result. The screen (kiosk.controllers.reproof)
reads the card and hands the proof here; the answer comes back as a queued signal."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, cast

from api_client.client import CentralClient, CentralError
from api_client.schemas.identity_proofs import IdentityProofIn, ProofMethod
from kiosk.flows.reproof import IDENTIFIED_BY_DOCUMENT, REPROOF_KINDS
from kiosk.net.loop import NetworkThread

if TYPE_CHECKING:
    from remote_sessions.session_flow import SessionFlow

log = logging.getLogger(__name__)


class _Emits(Protocol):
    def emit(self, *args: Any) -> None: ...


class ReproofSignals(Protocol):
    @property
    def reproof(self) -> _Emits: ...

    @property
    def proved(self) -> _Emits: ...


class Reproofs:
    """Holds a dropped notarisation call until a passed re-proof is told to the service."""

    def __init__(
        self,
        network: Callable[[], NetworkThread],
        client: Callable[[], CentralClient],
        signals: ReproofSignals,
        session_id: Callable[[], str | None],
        poll_s: float,
    ) -> None:
        self._network = network
        self._client = client
        self._signals = signals
        self._session_id = session_id
        self.poll_s = poll_s
        self.kind = ""
        self.identified_by = ""  # how the session says the resident was identified
        self._proved: asyncio.Event | None = None  # set: the call may come back

    def back_in_call(self) -> None:
        """The call is up again: the next drop needs a new re-proof."""
        self._proved = None

    async def before_resuming(self, flow: SessionFlow, central: CentralClient) -> bool:
        """Ask for the re-proof once per drop and wait for it; False when the session ended
        meanwhile (the staff member ended it, or the resident left)."""
        from remote_sessions.session_flow import OVER

        if self.kind not in REPROOF_KINDS or self.identified_by not in IDENTIFIED_BY_DOCUMENT:
            return True  # nothing to prove again at the terminal
        if self._proved is None:
            self._proved = asyncio.Event()
            self._signals.reproof.emit()
        proved = self._proved
        while not proved.is_set():
            status = await central.session_status(flow.session_id)
            if status.state in OVER:
                return False
            try:
                await asyncio.wait_for(proved.wait(), self.poll_s)
            except TimeoutError:
                continue
        return True

    async def report_start(self, central: CentralClient, session_id: str, masked: str) -> None:
        """How the resident was identified when the session began (masked), once asked."""
        method = self.identified_by
        if method not in IDENTIFIED_BY_DOCUMENT or not masked:
            return
        proof = IdentityProofIn(
            occasion="start",
            method=cast(ProofMethod, method),
            result="passed",
            subject_masked=masked,
        )
        try:
            await central.report_identity_proof(session_id, proof)
        except CentralError as err:  # the act then lacks it: the notary sees no start proof
            log.warning("the start proof was not sent: %s", type(err).__name__)

    def prove(self, proof: IdentityProofIn) -> None:
        """UI thread: send what the card said; a passed proof lets the call come back."""
        try:
            self._network().submit(self._send(proof))
        except RuntimeError:  # the network thread is not running
            self._signals.proved.emit(False)

    async def _send(self, proof: IdentityProofIn) -> None:
        session_id = self._session_id()
        sent = False
        if session_id is not None:
            try:
                async with self._client() as central:
                    await central.report_identity_proof(session_id, proof)
                sent = True
            except CentralError as err:
                log.warning("the re-proof was not sent: %s", type(err).__name__)
        if sent and proof.result == "passed" and self._proved is not None:
            self._proved.set()
        self._signals.proved.emit(sent)
