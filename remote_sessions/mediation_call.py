"""The terminal's participant in a mediation (issue 18): the main room for the whole call,
the side room only while the mediator talks with this party alone, nothing once removed.

The central service decides everything (`MediationState.your_rooms`, `removed`) and enforces
it in Janus; this follows it: a state polled on the network loop joins the side room
(publishing there too, so the mediator hears this party in the side talk) or leaves it.
The main room's VideoRoom client subscribes to every publisher there (up to five other
participants), so a call of six needs nothing more.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from typing import Literal, Protocol

from api_client.client import CentralError
from api_client.schemas.mediation import MediationState
from api_client.schemas.sessions import GrantOut
from remote_sessions.grant import JoinGrant
from remote_sessions.received import RemoteFrame, RemoteMedia
from remote_sessions.videoroom import GrantSource, TrackFactory, VideoRoomClient

log = logging.getLogger(__name__)
RoomName = Literal["main", "side"]
StateSource = Callable[[], Awaitable[MediationState]]
GrantFetch = Callable[[RoomName], Awaitable[GrantOut]]
MediationListener = Callable[[MediationState], None]


class Room(Protocol):
    """What this class needs of a room's client (VideoRoomClient in the product)."""

    remote: RemoteMedia

    displays: dict[int, str]

    async def start(self) -> None: ...

    async def close(self) -> None: ...

    async def resubscribe(self) -> None: ...


RoomFactory = Callable[[RoomName, JoinGrant, GrantSource], Room]


class MediationCall:
    """Follows one participant's `MediationState` with a client per room it may be in."""

    def __init__(
        self,
        state: StateSource,
        grant: GrantFetch,
        rooms: RoomFactory,
        on_state: MediationListener | None = None,
        poll_s: float = 1.0,
    ) -> None:
        """`state` polls the central service, `grant` fetches a room's grant, `rooms` builds
        a joined room's client (see `videoroom_rooms`); `on_state` hears every state."""
        self._state = state
        self._grant = grant
        self._make = rooms
        self._on_state = on_state
        self._poll_s = poll_s
        self.rooms: dict[RoomName, Room] = {}
        self.last: MediationState | None = None
        self.removed = False
        self._lock = asyncio.Lock()

    async def start(self) -> MediationState:
        """Fetch the state and join what it lists (the main room)."""
        return await self.poll_once()

    async def poll_once(self) -> MediationState:
        state = await self._state()
        await self.follow(state)
        return state

    async def follow(self, state: MediationState) -> None:
        """Join the rooms `state` lists and leave the others; leave all when removed."""
        async with self._lock:
            self.last = state
            wanted: set[RoomName] = set() if state.removed else set(state.your_rooms)
            for name in [n for n in reversed(self.rooms) if n not in wanted]:
                log.info("leaving the %s room", name)
                await self.rooms.pop(name).close()
                if name == "side" and "main" in self.rooms and "main" in wanted:
                    # Janus asks the main room's publishers for no key frame when their
                    # relay resumes: pictures would stay frozen on the old subscriptions
                    await self.rooms["main"].resubscribe()
            for name in ("main", "side"):
                if name in wanted and name not in self.rooms:
                    await self._join(name)
            self.removed = state.removed
        if self._on_state is not None:
            self._on_state(state)

    async def _join(self, name: RoomName) -> None:
        log.info("joining the %s room", name)

        async def renew() -> JoinGrant:
            return _join_grant(await self._grant(name))

        room = self._make(name, _join_grant(await self._grant(name)), renew)
        await room.start()
        self.rooms[name] = room

    def pictures(self) -> dict[str, RemoteFrame]:
        """The newest picture of each other participant, by participant id (the publisher's
        display); during a side talk the side room's picture wins (any thread may call)."""
        out: dict[str, RemoteFrame] = {}
        for name in ("main", "side"):
            room = self.rooms.get(name)
            if room is None:
                continue
            for feed, frame in room.remote.frames().items():
                who = room.displays.get(feed)
                if who is not None:
                    out[who] = frame
        return out

    async def run(self) -> None:
        """Poll until removed (or cancelled); a missed poll is tried again at the next."""
        while not self.removed:
            await asyncio.sleep(self._poll_s)  # the pace of polling, not a synchronisation
            try:
                await self.poll_once()
            except CentralError as err:
                log.warning("the mediation state could not be fetched: %s", type(err).__name__)

    async def close(self) -> None:
        async with self._lock:
            for name in list(reversed(self.rooms)):
                with contextlib.suppress(Exception):
                    await self.rooms.pop(name).close()


def videoroom_rooms(
    video: TrackFactory, audio: TrackFactory, relay_only: bool = False, stall_s: float | None = None
) -> RoomFactory:
    """Rooms as VideoRoom clients publishing `video` and `audio` (fresh tracks per room)."""

    def make(name: RoomName, grant: JoinGrant, renew: GrantSource) -> Room:
        return VideoRoomClient(
            grant, video, audio, relay_only=relay_only, stall_s=stall_s, renew=renew
        )

    return make


def _join_grant(grant: GrantOut) -> JoinGrant:
    return JoinGrant.from_dict(grant.model_dump())
