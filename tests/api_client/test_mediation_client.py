"""The terminal's mediation calls over real HTTP against a service speaking the contract."""

from __future__ import annotations

import asyncio

import pytest

from api_client.client import CentralClient, CentralRejected
from api_client.mediation import Mediation
from api_client.schemas.mediation import TerminalRedeem
from tests.helpers.mediation_fake import (
    CODE,
    INVITATION,
    SESSION,
    TOKEN,
    WRONG_CODE,
    mediation_fake,
)

ID_NUMBER = "11010519491231002X"


def _redeem(code: str) -> TerminalRedeem:
    return TerminalRedeem(code=code, id_number=ID_NUMBER, consent=True, consent_version="m1")


def test_state_and_grants_follow_the_side_talk() -> None:
    """GIVEN a mediation WHEN the mediator takes the resident aside THEN the state lists the
    side room for this terminal and its grant is given; afterwards the side grant is refused."""
    with mediation_fake() as fake:

        async def scenario() -> None:
            async with CentralClient(fake.base, TOKEN) as central:
                client = Mediation(central)
                state = await client.mediation_state(SESSION)
                assert state.your_rooms == ["main"] and len(state.participants) == 3
                with pytest.raises(CentralRejected) as refused:
                    await client.mediation_grant(SESSION, "side")
                assert refused.value.status_code == 403
                fake.side_talk_with = "p_resident"
                state = await client.mediation_state(SESSION)
                assert state.your_rooms == ["main", "side"]
                assert state.side_talk is not None
                side = await client.mediation_grant(SESSION, "side")
                assert side.room_id == 2002 and side.join_token == "join-side"
                main = await client.mediation_grant(SESSION, "main")
                assert main.room_id == 1001

        asyncio.run(scenario())


def test_the_slip_comes_once_and_a_wrong_code_gets_the_services_message() -> None:
    with mediation_fake() as fake:

        async def scenario() -> None:
            async with CentralClient(fake.base, TOKEN) as central:
                client = Mediation(central)
                slip = await client.invitation_slip(SESSION, INVITATION)
                assert slip.code == CODE and slip.link.endswith(f"code={CODE}")
                with pytest.raises(CentralRejected):
                    await client.invitation_slip(SESSION, INVITATION)
                with pytest.raises(CentralRejected) as refused:
                    await client.redeem_invitation(_redeem("ABCDEFGH"))
                assert refused.value.detail == WRONG_CODE
                admitted = await client.redeem_invitation(_redeem(CODE))
                assert admitted.role == "other_party" and admitted.session_id == SESSION

        asyncio.run(scenario())
    assert [r.code for r in fake.redeemed] == [CODE]


def test_a_terminal_without_its_token_is_refused() -> None:
    with mediation_fake() as fake:

        async def scenario() -> None:
            async with CentralClient(fake.base, "not-the-token") as central:
                client = Mediation(central)
                with pytest.raises(CentralRejected) as refused:
                    await client.mediation_state(SESSION)
                assert refused.value.status_code == 401

        asyncio.run(scenario())
