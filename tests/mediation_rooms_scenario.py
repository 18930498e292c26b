"""Run inside a test's network namespace (`ip netns exec NAME python -m
tests.mediation_rooms_scenario ...`): Janus and coturn from the central service's supervisor, a main
room for three and a side room for two made by its room client, and the terminal's
MediationCall following scripted MediationStates; prints one JSON line of what each saw.

The resident's terminal (MediationCall, two rooms) and the other party and the mediator
(plain VideoRoom clients) publish counter patterns in their own ranges, so a decoded counter
says whose picture arrived and from which room.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import socket
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from api_client.schemas.mediation import MediationState, ParticipantShown, SideTalkShown
from api_client.schemas.sessions import GrantOut, IceServerOut
from central.media.rooms import JanusRooms, ParticipantGrant, Room
from central.media.supervisor import MediaSupervisor
from remote_sessions.grant import JoinGrant
from remote_sessions.mediation_call import MediationCall, RoomName, videoroom_rooms
from remote_sessions.pattern import counter_frame, read_counter
from remote_sessions.received import RemoteMedia
from remote_sessions.tracks import FrameSourceTrack, ToneTrack
from remote_sessions.videoroom import VideoRoomClient
from tests.helpers.media import namespace_media

SIZE = (320, 240)
# whose counter: the first digit of a five-digit counter says who published it
START = {"resident": 10000, "other": 20000, "mediator": 30000, "mediator_side": 40000}


def _video(who: str) -> Any:
    counter = itertools.count(START[who])
    return lambda: FrameSourceTrack(lambda: counter_frame(next(counter), *SIZE), 15, SIZE)


def _grant_out(grant: ParticipantGrant) -> GrantOut:
    return GrantOut(
        participant_id=grant.participant_id,
        janus_url=grant.janus_url,
        room_id=grant.room_id,
        janus_token=grant.janus_token,
        join_token=grant.join_token,
        ice_servers=[IceServerOut(**s.as_dict()) for s in grant.ice_servers],
        expires_at=grant.expires_at,
    )


def _client(rooms: JanusRooms, room: Room, who: str, pid: str) -> VideoRoomClient:
    grant = JoinGrant.from_dict(_grant_out(rooms.grant(room, pid)).model_dump())
    return VideoRoomClient(grant, _video(who), ToneTrack, connect_timeout_s=60)


def _state(side: bool, removed: bool = False) -> MediationState:
    now = datetime.now(UTC)
    people = [("resident", "resident"), ("other", "other_party"), ("mediator", "mediator")]
    return MediationState(
        session_id="s",
        you="resident",
        participants=[
            ParticipantShown(
                participant_id=pid,
                role=role,
                display_name="x*",
                joined_by="id_card",
                consented_at=now,
                present=True,
                muted=False,
                in_side_talk=side and pid != "other",
            )
            for pid, role in people
        ],
        side_talk=SideTalkShown(with_participant="resident", started_at=now, recorded=True)
        if side
        else None,
        your_rooms=["main", "side"] if side else ["main"],
        removed=removed,
    )


def _whose(media: RemoteMedia) -> set[str]:
    """Whose counters the newest frame of each feed shows."""
    seen = set()
    for frame in media.frames().values():
        value = read_counter(frame.pixels)
        for who, start in START.items():
            if value is not None and start <= value < start + 10000:
                seen.add(who)
    return seen


async def _until(media: RemoteMedia, wanted: set[str], timeout_s: float) -> list[str]:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline and not wanted <= _whose(media):
        await asyncio.sleep(0.05)  # polls a condition under a bounded deadline
    return sorted(_whose(media))


async def scenario(settings: Any) -> dict[str, Any]:
    rooms = JanusRooms(settings)
    main = await rooms.create_room(["resident", "other", "mediator"])
    side = await rooms.create_room(["resident", "mediator"])
    by_name = {"main": main, "side": side}
    other = _client(rooms, main, "other", "other")
    mediator = _client(rooms, main, "mediator", "mediator")
    mediator_side = _client(rooms, side, "mediator_side", "mediator")
    script: list[MediationState] = [_state(False)]

    async def state() -> MediationState:
        return script[-1]

    async def grant(room: RoomName) -> GrantOut:
        return _grant_out(rooms.grant(by_name[room], "resident"))

    call = MediationCall(state, grant, videoroom_rooms(_video("resident"), ToneTrack))
    out: dict[str, Any] = {}
    try:
        await other.start()
        await mediator.start()
        await call.start()
        out["resident_main"] = await _until(call.rooms["main"].remote, {"other", "mediator"}, 30)
        out["pictures_by_participant"] = sorted(call.pictures())
        await mediator_side.start()
        script.append(_state(True))
        await call.poll_once()
        out["rooms_in_side_talk"] = sorted(call.rooms)
        out["resident_side"] = await _until(call.rooms["side"].remote, {"mediator_side"}, 30)
        out["other_during_side_talk"] = sorted(_whose(other.remote))
        out["mediator_side_sees"] = await _until(mediator_side.remote, {"resident"}, 30)
        script.append(_state(False))
        await call.poll_once()
        out["rooms_after_side_talk"] = sorted(call.rooms)
        # the main room's feeds were subscribed anew (their old frames dropped): what shows
        # now came through the new subscriptions
        out["resident_main_after_side_talk"] = await _until(
            call.rooms["main"].remote, {"other", "mediator"}, 30
        )
        script.append(_state(False, removed=True))
        await call.poll_once()
        out["rooms_after_removal"] = sorted(call.rooms)
    finally:
        await call.close()
        for client in (other, mediator, mediator_side):
            await client.close()
        for room in (main, side):
            await rooms.destroy_room(room)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--janus-ip", required=True)
    parser.add_argument("--turn-ip", required=True)
    parser.add_argument("--relay-ip", required=True)
    args = parser.parse_args()
    settings = namespace_media(args.data, args.janus_ip, args.turn_ip, args.relay_ip)
    socket.setdefaulttimeout(30)
    with MediaSupervisor(settings):
        result = asyncio.run(scenario(settings))
    sys.stdout.write(json.dumps(result) + "\n")


if __name__ == "__main__":
    main()
