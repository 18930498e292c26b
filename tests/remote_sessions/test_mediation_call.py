"""The terminal follows the mediation state it polls over real HTTP: the main room for the
call, the side room while the mediator talks with it alone, nothing once removed."""

from __future__ import annotations

import asyncio

from api_client.client import CentralClient
from api_client.mediation import Mediation
from remote_sessions.grant import JoinGrant
from remote_sessions.mediation_call import MediationCall, RoomName
from remote_sessions.received import RemoteMedia
from remote_sessions.videoroom import GrantSource
from tests.helpers.mediation_fake import SESSION, TOKEN, mediation_fake


class RecordedRoom:
    """A room's client that records what the call did to it (Janus is not needed to see
    which rooms a state leads to; tests/e2e joins real ones)."""

    def __init__(self, log: list[str], name: RoomName, grant: JoinGrant) -> None:
        self.remote = RemoteMedia()
        self.displays: dict[int, str] = {}
        self._log = log
        self.name = name
        self.grant = grant

    async def start(self) -> None:
        self._log.append(f"join {self.name} {self.grant.room_id} {self.grant.join_token}")

    async def close(self) -> None:
        self._log.append(f"leave {self.name}")

    async def resubscribe(self) -> None:
        self._log.append(f"resubscribe {self.name}")


def test_the_side_room_follows_the_side_talk_and_removal_leaves_all() -> None:
    """GIVEN a resident's terminal in a mediation WHEN the mediator takes it aside, ends the
    side talk, takes it aside again and then removes it THEN the terminal joins the side room
    with its own grant, leaves it and subscribes to the main room's feeds anew (Janus resumes
    them without a key frame), rejoins, and leaves both rooms when removed."""
    events: list[str] = []
    seen: list[list[str]] = []

    def rooms(name: RoomName, grant: JoinGrant, _renew: GrantSource) -> RecordedRoom:
        return RecordedRoom(events, name, grant)

    with mediation_fake() as fake:

        async def scenario() -> MediationCall:
            async with CentralClient(fake.base, TOKEN) as central:
                client = Mediation(central)
                call = MediationCall(
                    lambda: client.mediation_state(SESSION),
                    lambda room: client.mediation_grant(SESSION, room),
                    rooms,
                    on_state=lambda s: seen.append(list(s.your_rooms)),
                )
                await call.start()
                await call.poll_once()  # unchanged: nothing joins twice
                fake.side_talk_with = "p_resident"
                await call.poll_once()
                fake.side_talk_with = None
                await call.poll_once()
                fake.side_talk_with = "p_resident"
                await call.poll_once()
                fake.removed = True
                await call.poll_once()
                assert call.removed and call.rooms == {}
                await call.run()  # returns at once: removed
                return call

        asyncio.run(scenario())
    assert events == [
        "join main 1001 join-main",
        "join side 2002 join-side",
        "leave side",
        "resubscribe main",
        "join side 2002 join-side",
        "leave side",
        "leave main",
    ]
    assert seen[:3] == [["main"], ["main"], ["main", "side"]]
    assert fake.grants == ["main", "side", "side"]


def test_a_side_talk_with_the_other_party_keeps_this_terminal_in_the_main_room() -> None:
    events: list[str] = []

    def rooms(name: RoomName, grant: JoinGrant, _renew: GrantSource) -> RecordedRoom:
        return RecordedRoom(events, name, grant)

    with mediation_fake() as fake:

        async def scenario() -> None:
            async with CentralClient(fake.base, TOKEN) as central:
                client = Mediation(central)
                call = MediationCall(
                    lambda: client.mediation_state(SESSION),
                    lambda room: client.mediation_grant(SESSION, room),
                    rooms,
                )
                await call.start()
                fake.side_talk_with = "p_other"
                state = await call.poll_once()
                assert state.side_talk is not None and set(call.rooms) == {"main"}
                await call.close()

        asyncio.run(scenario())
    assert events == ["join main 1001 join-main", "leave main"]


def test_pictures_are_named_by_the_publishers_display_and_the_side_room_wins() -> None:
    """GIVEN the main room showing the mediator (muted there during the side talk: an old
    frame) and the other party, and the side room showing the mediator WHEN the screen asks for
    the pictures THEN they are keyed by participant id and the mediator's is the side room's."""
    import numpy as np

    events: list[str] = []
    made: dict[str, RecordedRoom] = {}

    def rooms(name: RoomName, grant: JoinGrant, _renew: GrantSource) -> RecordedRoom:
        made[name] = RecordedRoom(events, name, grant)
        return made[name]

    with mediation_fake() as fake:

        async def scenario() -> MediationCall:
            async with CentralClient(fake.base, TOKEN) as central:
                client = Mediation(central)
                call = MediationCall(
                    lambda: client.mediation_state(SESSION),
                    lambda room: client.mediation_grant(SESSION, room),
                    rooms,
                )
                fake.side_talk_with = "p_resident"
                await call.start()
                return call

        call = asyncio.run(scenario())
    main, side = made["main"], made["side"]
    main.displays.update({11: "p_mediator", 12: "p_other"})
    side.displays[21] = "p_mediator"
    main.remote.put_frame(11, np.full((2, 2, 3), 1, np.uint8))
    main.remote.put_frame(12, np.full((2, 2, 3), 2, np.uint8))
    side.remote.put_frame(21, np.full((2, 2, 3), 3, np.uint8))
    main.remote.put_frame(13, np.full((2, 2, 3), 4, np.uint8))  # no display known: not shown
    pictures = call.pictures()
    assert sorted(pictures) == ["p_mediator", "p_other"]
    assert int(pictures["p_mediator"].pixels[0, 0, 0]) == 3
    assert int(pictures["p_other"].pixels[0, 0, 0]) == 2
