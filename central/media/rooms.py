"""Room management for the central service: a VideoRoom room per session with a random id,
created with the `admin_key`, admitting exactly the session's participants (each gets a join
token in the room's `allowed` list), destroyed when the session ends."""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass, field
from pathlib import Path

from central.media.credentials import IceServer, ice_servers, janus_token
from central.media.errors import MediaRefused
from central.media.janus_api import videoroom_call
from central.media.settings import MediaSettings

# Janus room ids travel as JSON numbers: stay within what JavaScript holds exactly.
_MAX_ROOM_ID = 2**53 - 1


@dataclass(frozen=True, repr=False)
class Room:
    """A created room: its id, its secret (needed to destroy it or change who is admitted)
    and the join token of each participant."""

    room_id: int
    secret: str
    join_tokens: dict[str, str] = field(default_factory=dict)

    def __repr__(self) -> str:  # tokens and secret stay out of logs
        return f"Room({self.room_id}, participants={sorted(self.join_tokens)})"


@dataclass(frozen=True, repr=False)
class ParticipantGrant:
    """What one participant gets from the central service to join its session's call."""

    participant_id: str
    janus_url: str
    room_id: int
    janus_token: str
    join_token: str
    ice_servers: tuple[IceServer, ...]
    expires_at: int
    max_video_bps: int

    def __repr__(self) -> str:
        return f"ParticipantGrant({self.participant_id!r}, room={self.room_id})"


class JanusRooms:
    """Creates, adjusts and destroys VideoRoom rooms; the only holder of the admin_key."""

    def __init__(self, settings: MediaSettings, timeout_s: float = 10.0) -> None:
        self._settings = settings
        self._timeout_s = timeout_s

    def _token(self) -> str:
        s = self._settings
        return janus_token(s.janus_token_secret.get_secret_value(), int(time.time()) + 300)

    async def create_room(
        self,
        participants: list[str],
        admin_key: str | None = None,
        description: str = "session",
        publishers: int | None = None,
        subscribers_must_publish: bool = False,
    ) -> Room:
        """A room admitting exactly `participants` (ids). `admin_key` overrides the configured
        key (only tests use that, to show a wrong key is refused). `publishers` raises the
        room's publisher limit for parties admitted later (a mediation's invited guests).
        `subscribers_must_publish`: Janus checks join tokens for publishers only; with this a
        subscription needs the private id of a publisher in the same room too (Janus's
        `require_pvtid`), so nobody outside the room's tokens can subscribe to its feeds even
        knowing the room and feed ids (a mediation's side talk)."""
        if not participants or len(set(participants)) != len(participants):
            raise ValueError("a room needs distinct participants")
        key = (
            admin_key
            if admin_key is not None
            else self._settings.janus_admin_key.get_secret_value()
        )
        tokens = {p: secrets.token_urlsafe(24) for p in participants}
        room_id = secrets.randbelow(_MAX_ROOM_ID) + 1
        secret = secrets.token_urlsafe(24)
        async with videoroom_call(self._settings.janus_url, self._token(), self._timeout_s) as call:
            await call.request(
                {
                    "request": "create",
                    "admin_key": key,
                    "room": room_id,
                    "secret": secret,
                    "description": description,
                    "is_private": True,
                    "permanent": False,
                    # one more than the participants: while a call is handed over, the
                    # colleague may publish a moment before the one who let go has left
                    "publishers": max(publishers or 0, len(participants) + 1),
                    "allowed": list(tokens.values()),
                    "audiocodec": "opus",
                    "videocodec": "vp8",
                    "notify_joining": True,
                    "require_pvtid": subscribers_must_publish,
                }
            )
        return Room(room_id, secret, tokens)

    async def destroy_room(self, room: Room) -> None:
        async with videoroom_call(self._settings.janus_url, self._token(), self._timeout_s) as call:
            await call.request({"request": "destroy", "room": room.room_id, "secret": room.secret})

    async def admit(self, room: Room, participant_id: str) -> Room:
        """The room with one more participant admitted (a colleague taking over the call):
        a fresh join token in the room's `allowed` list."""
        token = secrets.token_urlsafe(24)
        await self._allowed(room, "add", [token])
        return Room(room.room_id, room.secret, {**room.join_tokens, participant_id: token})

    async def revoke(self, room: Room, participant_id: str) -> None:
        """`participant_id` no longer admitted: its join token leaves the `allowed` list and
        whatever it still publishes in the room is kicked (Janus closes its subscriptions)."""
        token = room.join_tokens.get(participant_id)
        if token is not None:
            await self.withdraw(room, token)
        async with videoroom_call(self._settings.janus_url, self._token(), self._timeout_s) as call:
            listed = await call.request({"request": "listparticipants", "room": room.room_id})
            for person in listed.get("participants", []):
                if person.get("display") == participant_id:
                    await call.request(
                        {
                            "request": "kick",
                            "room": room.room_id,
                            "secret": room.secret,
                            "id": person["id"],
                        }
                    )

    async def moderate(self, room: Room, participant_id: str, muted: bool) -> int:
        """Mute (or unmute) on the server every stream `participant_id` publishes in the room:
        Janus stops relaying it to every subscriber, whatever their client asks. Janus 1.x
        moderates per m-line (`mid`); publishers here offer audio and video as mids 0 and 1
        (aiortc, janus.js), and higher mids are tried too. Returns how many publishers of the
        participant were moderated (0: not publishing now; the caller applies it on join)."""
        done = 0
        async with videoroom_call(self._settings.janus_url, self._token(), self._timeout_s) as call:
            listed = await call.request({"request": "listparticipants", "room": room.room_id})
            for person in listed.get("participants", []):
                if person.get("display") != participant_id or not person.get("publisher"):
                    continue
                for mid in ("0", "1", "2", "3"):
                    try:
                        await call.request(
                            {
                                "request": "moderate",
                                "room": room.room_id,
                                "secret": room.secret,
                                "id": person["id"],
                                "mid": mid,
                                "mute": muted,
                            }
                        )
                    except MediaRefused:
                        break  # no such m-line: the publisher's streams end before it
                done += 1
        return done

    async def withdraw(self, room: Room, token: str) -> None:
        """One join token no longer admits anyone to the room."""
        await self._allowed(room, "remove", [token])

    async def _allowed(self, room: Room, action: str, tokens: list[str]) -> None:
        async with videoroom_call(self._settings.janus_url, self._token(), self._timeout_s) as call:
            await call.request(
                {
                    "request": "allowed",
                    "room": room.room_id,
                    "secret": room.secret,
                    "action": action,
                    "allowed": tokens,
                }
            )

    async def record(self, room: Room, folder: Path | None) -> None:
        """Start the room's recording of every publisher into `folder`, or stop it (None),
        which closes each publisher's files. A new segment starts in a folder of its own, so
        one segment's files are never mixed with the next one's; Janus asks each publisher
        for a keyframe when a recorder starts, so every segment begins with a picture.
        The folder must lie outside Janus's protected folders (MediaSettings checks
        recordings_dir); Janus would otherwise refuse silently."""
        async with videoroom_call(self._settings.janus_url, self._token(), self._timeout_s) as call:
            if folder is not None:
                if not folder.resolve().is_relative_to(self._settings.recordings_dir):
                    raise ValueError(
                        f"{folder} is not below the recordings folder "
                        f"{self._settings.recordings_dir}"
                    )
                folder.mkdir(parents=True, exist_ok=True, mode=0o700)
                await call.request(
                    {
                        "request": "edit",
                        "room": room.room_id,
                        "secret": room.secret,
                        "new_rec_dir": str(folder.resolve()),
                    }
                )
            await call.request(
                {
                    "request": "enable_recording",
                    "room": room.room_id,
                    "secret": room.secret,
                    "record": folder is not None,
                }
            )

    async def exists(self, room_id: int) -> bool:
        async with videoroom_call(self._settings.janus_url, self._token(), self._timeout_s) as call:
            data = await call.request({"request": "exists", "room": room_id})
        return bool(data.get("exists"))

    def grant(self, room: Room, participant_id: str, now: float | None = None) -> ParticipantGrant:
        """The Janus address, room, tokens and ICE servers for one admitted participant.
        `expires_at` is when its first part (the TURN credential) expires: join before it.
        The join token dies with the room, destroyed when the session ends; the Janus token
        (signed, not revocable) admits to no room without a join token."""
        s = self._settings
        now = time.time() if now is None else now
        expires_at = int(now) + min(s.turn_credential_ttl_s, s.credential_ttl_s)
        return ParticipantGrant(
            participant_id=participant_id,
            janus_url=s.participant_janus_url,
            room_id=room.room_id,
            janus_token=janus_token(
                s.janus_token_secret.get_secret_value(), int(now) + s.credential_ttl_s
            ),
            join_token=room.join_tokens[participant_id],
            ice_servers=tuple(ice_servers(s, participant_id, now)),
            expires_at=expires_at,
            max_video_bps=s.video_cap_bps(len(room.join_tokens)),
        )
