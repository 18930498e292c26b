"""The terminal's calls of remote mediation (issue 18), on top of the central client.

A view over a connected `CentralClient` rather than more methods on it: the mediation routes are
their own part of the contract (`api_client.schemas.mediation`), and the kiosk's calls on the
network thread, which hand out a `CentralClient`, wrap it per call. Paths follow that module's
docstring.
"""

from __future__ import annotations

from typing import Literal

from api_client.client import CentralClient
from api_client.schemas.mediation import (
    Admission,
    InvitationSlip,
    MediationState,
    TerminalRedeem,
)
from api_client.schemas.sessions import GrantOut

RoomName = Literal["main", "side"]
_TERMINAL = "/api/v1/terminal"


class Mediation:
    """The resident's terminal in a mediation, and the other party's terminal redeeming an
    invitation. Errors are the central client's: `CentralRejected` carries the service's
    plain message (a wrong code, an expired invitation), `CentralUnreachable` a dead line."""

    def __init__(self, central: CentralClient) -> None:
        self._central = central  # same package: its request helpers map errors once

    async def mediation_state(self, session_id: str) -> MediationState:
        """This terminal's participant's view: who is in the call, the side talk, its rooms."""
        path = f"{_TERMINAL}/sessions/{session_id}/mediation"
        return await self._central._call("GET", path, None, MediationState)

    async def mediation_grant(self, session_id: str, room: RoomName) -> GrantOut:
        """What joins the main room or, only while in the side talk, the side room; the
        service refuses the side room to anyone outside the side talk."""
        path = f"{_TERMINAL}/sessions/{session_id}/grant"
        return await self._central._send("GET", path, None, {}, GrantOut, params={"room": room})

    async def invitation_slip(self, session_id: str, invitation_id: str) -> InvitationSlip:
        """The link and code of a kiosk_print invitation of this session; answered once."""
        path = f"{_TERMINAL}/sessions/{session_id}/invitations/{invitation_id}/slip"
        return await self._central._call("GET", path, None, InvitationSlip)

    async def redeem_invitation(self, redeem: TerminalRedeem) -> Admission:
        """The other party, at this terminal after reading their card, joins the session."""
        return await self._central._call(
            "POST", f"{_TERMINAL}/invitations/redeem", redeem, Admission
        )
