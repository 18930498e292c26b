"""Run inside a test's network namespace (`ip netns exec NAME python -m tests.media_scenario
MODE ...`): start Janus and coturn with the central service's supervisor, create rooms with its
room client, run aiortc participants, print one JSON line of results.

Modes: `call` (two participants; `--relay` forces both through TURN) and `refusals`.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import signal
import socket
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
from aioice.stun import TransactionFailed
from aioice.turn import create_turn_endpoint

from central.media.credentials import turn_credential
from central.media.errors import MediaRefused
from central.media.rooms import JanusRooms, ParticipantGrant
from central.media.settings import MediaSettings
from central.media.supervisor import MediaSupervisor
from remote_sessions.errors import CallError, CallRefused
from remote_sessions.grant import JoinGrant
from remote_sessions.pattern import counter_frame, read_counter
from remote_sessions.state import CallState
from remote_sessions.tracks import FrameSourceTrack, ToneTrack
from remote_sessions.videoroom import VideoRoomClient
from tests.helpers.media import namespace_media

TONES = {"kiosk": 440.0, "staff": 660.0}
COUNTER_START = {"kiosk": 1000, "staff": 40000}
SIZE = (320, 240)


def join_grant(grant: ParticipantGrant) -> JoinGrant:
    """The central service's grant as the kiosk receives it (through JSON)."""
    return JoinGrant.from_dict(
        {
            "janus_url": grant.janus_url,
            "room_id": grant.room_id,
            "janus_token": grant.janus_token,
            "join_token": grant.join_token,
            "ice_servers": [s.as_dict() for s in grant.ice_servers],
            "participant_id": grant.participant_id,
        }
    )


def participant(
    grant: JoinGrant,
    who: str,
    relay: bool,
    states: list[str] | None = None,
    size: tuple[int, int] = SIZE,
) -> VideoRoomClient:
    counter = itertools.count(COUNTER_START[who])  # goes on across reconnections
    return VideoRoomClient(
        grant,
        video=lambda: FrameSourceTrack(lambda: counter_frame(next(counter), *size), 15, size),
        audio=lambda: ToneTrack(TONES[who]),
        relay_only=relay,
        connect_timeout_s=90,
        on_state=None if states is None else (lambda state: states.append(state.value)),
    )


def dominant_hz(samples: np.ndarray, rate: int) -> float | None:
    if len(samples) < rate // 4 or float(np.abs(samples).max()) < 500:
        return None
    spectrum = np.abs(np.fft.rfft(samples.astype(np.float64) * np.hanning(len(samples))))
    return float(np.fft.rfftfreq(len(samples), 1 / rate)[int(spectrum.argmax())])


async def observe(
    client: VideoRoomClient, other: str, timeout_s: float, above: int = 0
) -> dict[str, Any]:
    """Wait (bounded) until five distinct counters of `other` (above `above`) were decoded and
    its tone heard."""
    low = max(COUNTER_START[other], above + 1)
    seen: list[int] = []
    last_seq = 0
    tone: float | None = None
    first_counter_at: float | None = None
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline and (len(set(seen)) < 5 or tone is None):
        frame = client.remote.latest()
        if frame is not None and frame.seq != last_seq:
            last_seq = frame.seq
            value = read_counter(frame.pixels)
            if value is not None and low <= value < COUNTER_START[other] + 20000:
                seen.append(value)
                first_counter_at = first_counter_at or time.monotonic()
        if tone is None or abs(tone - TONES[other]) > 15:
            tone = dominant_hz(client.remote.audio(), client.remote.audio_rate)
        await asyncio.sleep(0.02)  # polls a condition under a bounded deadline
    return {
        "counters": seen,
        "increasing": seen == sorted(seen),
        "tone_hz": tone,
        "pairs": client.selected_pairs(),
        "first_frame_s": client.remote.first_frame_at,
        "first_counter_at": first_counter_at,
    }


async def call(settings: MediaSettings, relay: bool, reconnect: bool) -> dict[str, Any]:
    rooms = JanusRooms(settings)
    room = await rooms.create_room(["kiosk", "staff"])
    states: list[str] = []
    kiosk = participant(join_grant(rooms.grant(room, "kiosk")), "kiosk", relay, states)
    staff = participant(join_grant(rooms.grant(room, "staff")), "staff", relay)
    out: dict[str, Any] = {}
    started = time.monotonic()
    try:
        await kiosk.start()
        await staff.start()
        out["kiosk"], out["staff"] = await asyncio.gather(
            observe(kiosk, "staff", 60), observe(staff, "kiosk", 60)
        )
        for seen in (out["kiosk"], out["staff"]):
            if seen["first_frame_s"] is not None:
                seen["first_frame_s"] -= started
        if reconnect:
            seen_by_staff = max(out["staff"]["counters"], default=0)
            seen_by_kiosk = max(out["kiosk"]["counters"], default=0)
            first_feed = kiosk.feed_id
            cut = time.monotonic()
            await kiosk.reconnect()
            again = await asyncio.gather(
                observe(kiosk, "staff", 60, above=seen_by_kiosk),
                observe(staff, "kiosk", 60, above=seen_by_staff),
            )
            out["after_reconnect"] = {
                "kiosk": again[0],
                "staff": again[1],
                "new_feed": kiosk.feed_id != first_feed,
                "frames_again_s": max(
                    (seen["first_counter_at"] or cut + 1e9) - cut for seen in again
                ),
            }
    finally:
        await kiosk.close()
        await staff.close()
        await rooms.destroy_room(room)
    out["kiosk_states"] = states
    out["room_gone"] = not await rooms.exists(room.room_id)
    return out


async def refusals(settings: MediaSettings) -> dict[str, Any]:
    out: dict[str, Any] = {}
    rooms = JanusRooms(settings)
    try:
        await rooms.create_room(["kiosk"], admin_key="not-the-admin-key-0123")
        out["create_without_key"] = "accepted"
    except MediaRefused as err:
        out["create_without_key"] = err.code
    room_a = await rooms.create_room(["kiosk", "staff"])
    room_b = await rooms.create_room(["kiosk", "staff"])
    grant_a = join_grant(rooms.grant(room_a, "kiosk"))
    intruder = JoinGrant.from_dict(
        {**_as_dict(grant_a), "room_id": room_b.room_id}  # room A's token at room B's door
    )
    client = participant(intruder, "kiosk", relay=False)
    try:
        await client.start()
        out["foreign_token"] = "accepted"
    except CallRefused as err:
        out["foreign_token"] = err.code
        out["foreign_token_state"] = client.state.value
    own = participant(grant_a, "kiosk", relay=False)
    await own.start()
    out["own_token_state"] = own.state.value
    await own.close()
    for room in (room_a, room_b):
        await rooms.destroy_room(room)
    secret = settings.turn_secret.get_secret_value()
    now = int(time.time())
    out["turn_fresh"] = await allocate(settings, turn_credential(secret, "kiosk", now + 600))
    out["turn_expired"] = await allocate(settings, turn_credential(secret, "kiosk", now - 1))
    fresh = turn_credential(secret, "kiosk", now + 600)
    room_c = await rooms.create_room(["kiosk"])
    stale = turn_credential(secret, "kiosk", now - 1)
    granted = rooms.grant(room_c, "kiosk")
    late = JoinGrant.from_dict(
        {
            **_as_dict(join_grant(granted)),
            "ice_servers": [
                {
                    "urls": settings.turn_url,
                    "username": stale.username,
                    "credential": stale.password,
                }
            ],
        }
    )
    relayed = participant(late, "kiosk", relay=True)
    try:
        await relayed.start()
        out["relay_call_expired"] = "connected"
    except CallError as err:
        out["relay_call_expired"] = relayed.state.value
        out["relay_call_expired_error"] = str(err)
    await rooms.destroy_room(room_c)
    out["relay_to_janus"] = await relay_probe(settings, fresh, settings.turn_allowed_peer_ips[0])
    out["relay_elsewhere"] = await relay_probe(settings, fresh, settings.turn_listening_ip)
    return out


class _Outcome(asyncio.DatagramProtocol):
    def __init__(self, done: asyncio.Future[str], label: str | None = None) -> None:
        self.done = done
        self.label = label

    def datagram_received(self, data: bytes, addr: Any) -> None:
        if self.label and not self.done.done():
            self.done.set_result(self.label)

    def error_received(self, exc: Exception) -> None:
        if isinstance(exc, TransactionFailed) and not self.done.done():
            self.done.set_result(str(exc.response.attributes["ERROR-CODE"][0]))


async def relay_probe(settings: MediaSettings, cred: Any, peer_ip: str) -> str:
    """Send one datagram through a TURN allocation to a listener on `peer_ip`: "delivered",
    or coturn's error code for the permission."""
    loop = asyncio.get_running_loop()
    done: asyncio.Future[str] = loop.create_future()
    listener, _ = await loop.create_datagram_endpoint(
        lambda: _Outcome(done, "delivered"), local_addr=(peer_ip, 0)
    )
    relay, _ = await create_turn_endpoint(
        lambda: _Outcome(done),
        server_addr=(settings.turn_listening_ip, settings.turn_port),
        username=cred.username,
        password=cred.password,
        channel_refresh_time=600,
        lifetime=600,
    )
    try:
        relay.sendto(b"probe", listener.get_extra_info("sockname"))
        async with asyncio.timeout(20):
            return await done
    finally:
        relay.close()
        listener.close()


async def janus_dies(settings: MediaSettings, supervisor: MediaSupervisor) -> dict[str, Any]:
    """A call runs; Janus is killed; both participants report the interruption."""
    rooms = JanusRooms(settings)
    room = await rooms.create_room(["kiosk", "staff"])
    states: list[str] = []
    kiosk = participant(join_grant(rooms.grant(room, "kiosk")), "kiosk", False, states)
    staff = participant(join_grant(rooms.grant(room, "staff")), "staff", False)
    try:
        await kiosk.start()
        await staff.start()
        before = await observe(kiosk, "staff", 60)
        os.kill(supervisor.pids()["janus"], signal.SIGKILL)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not (
            kiosk.state is CallState.INTERRUPTED and staff.state is CallState.INTERRUPTED
        ):
            await asyncio.sleep(0.02)  # polls a condition under a bounded deadline
        return {
            "frames_before": len(before["counters"]),
            "kiosk_states": list(states),
            "staff_state": staff.state.value,
            "kiosk_error": kiosk.error,
        }
    finally:
        await kiosk.close()
        await staff.close()


def _as_dict(grant: JoinGrant) -> dict[str, Any]:
    return {
        "janus_url": grant.janus_url,
        "room_id": grant.room_id,
        "janus_token": grant.janus_token,
        "join_token": grant.join_token,
        "ice_servers": [
            {"urls": s.urls, "username": s.username, "credential": s.credential}
            for s in grant.ice_servers
        ],
        "participant_id": grant.participant_id,
    }


async def allocate(settings: MediaSettings, cred: Any) -> str:
    """Ask coturn for a relay allocation with a credential: "allocated" or the error code."""
    try:
        transport, _ = await create_turn_endpoint(
            asyncio.DatagramProtocol,
            server_addr=(settings.turn_listening_ip, settings.turn_port),
            username=cred.username,
            password=cred.password,
            channel_refresh_time=600,
            lifetime=600,
        )
    except TransactionFailed as err:
        return str(err.response.attributes.get("ERROR-CODE", ("?",))[0])
    transport.close()
    return "allocated"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["call", "refusals", "janus-dies"])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--janus-ip", required=True)
    parser.add_argument("--turn-ip", required=True)
    parser.add_argument("--relay-ip", required=True)
    parser.add_argument("--relay", action="store_true")
    parser.add_argument("--reconnect", action="store_true")
    args = parser.parse_args()
    settings = namespace_media(args.data, args.janus_ip, args.turn_ip, args.relay_ip)
    socket.setdefaulttimeout(30)
    with MediaSupervisor(settings) as supervisor:
        if args.mode == "call":
            result = asyncio.run(call(settings, args.relay, args.reconnect))
        elif args.mode == "janus-dies":
            result = asyncio.run(janus_dies(settings, supervisor))
        else:
            result = asyncio.run(refusals(settings))
    sys.stdout.write(json.dumps(result) + "\n")


if __name__ == "__main__":
    main()
