"""Run inside a test's network namespace (`ip netns exec NAME python -m tests.session_scenario
...`): Janus and coturn under the media supervisor, a real `lexkiosk-central serve` with those
media settings, a notary who claims and starts the call over HTTP, and the kiosk's
`SessionFlow` asking, waiting, joining, losing its path to Janus for CUT_S seconds (its
sockets blackholed inside the namespace), reconnecting with new peer connections and rating.
Prints one JSON line of what each side saw and what the central service kept.

`--size` and `--measure-s` make it the measuring side of benchmarks/bench_sessions.py: a
CPU window of the call and a bare aiortc subscription to Janus as the baseline."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import numpy as np
from aiortc import RTCPeerConnection, RTCSessionDescription
from sqlalchemy import select

from api_client.client import CentralClient
from api_client.schemas.identity_proofs import IdentityProofIn
from central.db import Database
from central.media.rooms import JanusRooms
from central.media.settings import MediaSettings
from central.models import JournalEntry, RequestEvent, RequestRow
from central.sessions.models import SessionEvent, VideoSession
from remote_sessions.errors import CallError
from remote_sessions.grant import JoinGrant
from remote_sessions.janus_session import JanusSession
from remote_sessions.pattern import counter_frame
from remote_sessions.peer import new_peer
from remote_sessions.received import RemoteFrame
from remote_sessions.session_flow import SessionFlow
from remote_sessions.state import CallState
from remote_sessions.tracks import FrameSourceTrack, ToneTrack
from remote_sessions.videoroom import VIDEOROOM, VideoRoomClient
from tests.central.sessions.support import Scene
from tests.helpers.call_stack import central_with_media
from tests.helpers.media import namespace_media
from tests.helpers.path_cut import Endpoint, call_endpoints, path_cut
from tests.media_scenario import COUNTER_START, SIZE, TONES, observe, participant

CUT_S = 5.0
REPROOF = IdentityProofIn(
    occasion="reproof", method="id_card", result="passed", subject_masked="150102" + "*" * 12
)
_NO_FRAME = RemoteFrame(0, np.zeros((1, 1, 3), dtype=np.uint8), 0, 0.0)
TICKS = os.sysconf("SC_CLK_TCK")


def _kiosk_tracks(size: tuple[int, int]) -> tuple[Any, Any]:
    counter = iter(range(COUNTER_START["kiosk"], 10**9))

    def video() -> FrameSourceTrack:
        return FrameSourceTrack(lambda: counter_frame(next(counter), *size), 15, size)

    def audio() -> ToneTrack:
        return ToneTrack(TONES["kiosk"])

    return video, audio


async def _wait_state(flow: SessionFlow, state: CallState, timeout_s: float) -> None:
    async with asyncio.timeout(timeout_s):
        while flow.call is None or flow.call.state is not state:
            await asyncio.sleep(0.02)  # polls a condition under a bounded deadline


def _peers(call: VideoRoomClient) -> list[RTCPeerConnection]:
    publisher = [call._publisher] if call._publisher is not None else []
    return publisher + [pc for _, pc in call._subscribers.values()]


def _kiosk_endpoints(call: VideoRoomClient) -> list[Endpoint]:
    """The kiosk's WebSocket to Janus and every local ICE candidate of its peer connections."""
    return call_endpoints(call)


async def _cut_and_reconnect(
    flow: SessionFlow, staff: VideoRoomClient, central: CentralClient, seen: dict[str, Any]
) -> dict[str, Any]:
    """The kiosk's path to Janus goes silent for CUT_S s; the kiosk notices and reports it;
    once the path is back it rejoins with new peer connections and frames flow both ways."""
    call = flow.call
    assert call is not None
    out: dict[str, Any] = {}
    old = _peers(call)
    above = {who: max(seen[who]["counters"], default=0) for who in ("kiosk", "staff")}
    cut_at = time.monotonic()
    with path_cut(_kiosk_endpoints(call)):
        await _wait_state(flow, CallState.INTERRUPTED, 30)
        out["noticed_s"] = time.monotonic() - cut_at
        out["kiosk_error"] = call.error
        await flow.reported()
        out["after_drop"] = (await central.session_status(flow.session_id)).state
        await asyncio.sleep(max(0.0, cut_at + CUT_S - time.monotonic()))  # the cut's length
    restored_at = time.monotonic()
    await flow.reconnect()
    await flow.reported()
    out["after_reconnect"] = (await central.session_status(flow.session_id)).state
    out["new_peer_connections"] = bool(_peers(call)) and not any(
        pc is before for pc in _peers(call) for before in old
    )
    again = await asyncio.gather(
        observe(call, "staff", 60, above=above["kiosk"]),
        observe(staff, "kiosk", 60, above=above["staff"]),
    )
    out["frames_again"] = {
        who: len(set(a["counters"])) for who, a in zip(("kiosk", "staff"), again, strict=True)
    }
    firsts = [a["first_counter_at"] for a in again]
    if all(f is not None for f in firsts):
        out["drop_to_frames_s"] = max(firsts) - cut_at
        out["restore_to_frames_s"] = max(firsts) - restored_at
    return out


def _cpu_s() -> float:
    fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


async def _cpu_window(
    call: VideoRoomClient, staff: VideoRoomClient, seconds: float
) -> dict[str, Any]:
    """This process's CPU per second of call (the kiosk and the scripted staff participant,
    each sending and receiving one stream) and the frames each side decoded."""
    seq0 = [(m.latest() or _NO_FRAME).seq for m in (call.remote, staff.remote)]
    cpu0, wall0 = _cpu_s(), time.monotonic()
    await asyncio.sleep(seconds)  # the measuring window itself
    wall = time.monotonic() - wall0
    seq1 = [(m.latest() or _NO_FRAME).seq for m in (call.remote, staff.remote)]
    return {
        "process_cpu_per_s": (_cpu_s() - cpu0) / wall,
        "frames_per_s": [(b - a) / wall for a, b in zip(seq0, seq1, strict=True)],
    }


async def _bare_subscription(grant: JoinGrant, feed: int) -> float:
    """The baseline: a plain aiortc peer connection subscribing to `feed` on Janus, from
    opening the Janus session to the first decoded frame."""
    started = time.monotonic()
    janus = JanusSession(grant.janus_url, grant.janus_token)
    await janus.open()
    pc = new_peer(grant.ice_servers, relay_only=False)
    first: asyncio.Future[float] = asyncio.get_running_loop().create_future()
    tasks: list[asyncio.Task[None]] = []

    @pc.on("track")
    def on_track(track: Any) -> None:
        async def consume() -> None:
            await track.recv()
            if not first.done():
                first.set_result(time.monotonic())

        if track.kind == "video":
            tasks.append(asyncio.create_task(consume()))

    try:
        handle = await janus.attach(VIDEOROOM, lambda _event: None)
        offer = await janus.message(
            handle,
            {
                "request": "join",
                "ptype": "subscriber",
                "room": grant.room_id,
                "streams": [{"feed": feed}],
                "token": grant.join_token,
            },
        )
        await pc.setRemoteDescription(RTCSessionDescription(**offer["jsep"]))
        await pc.setLocalDescription(await pc.createAnswer())
        await janus.message(
            handle,
            {"request": "start"},
            jsep={"type": "answer", "sdp": pc.localDescription.sdp, "trickle": False},
        )
        async with asyncio.timeout(60):
            return await first - started
    finally:
        for task in tasks:
            task.cancel()
        await pc.close()
        await janus.close()


async def run(
    base: str,
    db: Database,
    settings: MediaSettings,
    size: tuple[int, int] = SIZE,
    measure_s: float = 0.0,
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    http = httpx.AsyncClient(base_url=base, timeout=60)
    scene = Scene(httpx.Client(base_url=base, timeout=60), db)
    scene.org("city-notary", "150100")
    scene.org("district", "150102", kind="justice_bureau")
    notary = scene.staff("ana", "notary", "city-notary")
    other_notary = scene.staff("ben", "notary", "city-notary")
    scene.available(notary)
    scene.available(other_notary)
    kiosk_headers = scene.terminal("K001", "district")
    other_kiosk = scene.terminal("K002", "district")
    number = scene.delivered_request("K001", kiosk_headers)
    token = kiosk_headers["Authorization"].split(" ", 1)[1]
    video, audio = _kiosk_tracks(size)
    states: list[str] = []
    async with CentralClient(base, token, timeout_s=60) as central:
        flow = SessionFlow(
            central, video, audio, on_call=lambda s: states.append(s.value), poll_s=0.2
        )
        asked = await flow.ask(number, "notarisation", "id_card")
        out["asked"] = {"state": asked.state, "position": asked.position}
        sid = flow.session_id
        claim_at = time.monotonic()
        claimed = await http.post(f"/api/v1/sessions/{sid}/claim", headers=notary)
        out["claim"] = claimed.status_code
        connected = await http.post(f"/api/v1/sessions/{sid}/connect", headers=notary)
        staff_grant = JoinGrant.from_dict(connected.json())
        staff = participant(staff_grant, "staff", relay=False, size=size)
        staff_joined = asyncio.create_task(staff.start())  # the notary's page joins meanwhile
        kiosk_grant = await flow.wait_for_staff(60)
        out["kiosk_grant_room"] = kiosk_grant.room_id == staff_grant.room_id
        out["ice_servers"] = [s.urls for s in kiosk_grant.ice_servers]
        await flow.join(kiosk_grant, connect_timeout_s=90)
        await staff_joined
        assert flow.call is not None
        out["kiosk"], out["staff"] = await asyncio.gather(
            observe(flow.call, "staff", 60), observe(staff, "kiosk", 60)
        )
        first = flow.call.remote.first_frame_at
        out["claim_to_first_frame_s"] = None if first is None else first - claim_at
        await flow.reported()
        out["after_join"] = (await central.session_status(sid)).state

        out["foreign_token"] = await _foreign_token(
            scene, http, other_kiosk, other_notary, staff_grant
        )

        if measure_s > 0:
            out["cpu"] = await _cpu_window(flow.call, staff, measure_s)
            assert staff.feed_id is not None
            out["bare_subscription_s"] = await _bare_subscription(staff_grant, staff.feed_id)
        out["drop"] = await _cut_and_reconnect(flow, staff, central, out)
        # the resident proves who they are again after the drop (the kiosk's card re-proof)
        await central.report_identity_proof(sid, REPROOF)

        ended = await http.post(
            f"/api/v1/sessions/{sid}/end", json={"outcome": "completed"}, headers=notary
        )
        out["end"] = ended.json()
        await flow.finish()
        await staff.close()
        await flow.rate(5)
        out["kiosk_states"] = states
        room_id = staff_grant.room_id
    out["room_gone"] = await _room_gone(settings, room_id)
    out.update(kept(db, sid, number))
    await http.aclose()
    return out


async def _foreign_token(
    scene: Scene,
    http: httpx.AsyncClient,
    kiosk: dict[str, str],
    notary: dict[str, str],
    room_grant: JoinGrant,
) -> str:
    """Session B's join token used on session A's room is refused by Janus."""
    sid = scene.ask(kiosk, scene.delivered_request("K002", kiosk))["session_id"]
    await http.post(f"/api/v1/sessions/{sid}/claim", headers=notary)
    other = JoinGrant.from_dict(
        (await http.post(f"/api/v1/sessions/{sid}/connect", headers=notary)).json()
    )
    mixed = JoinGrant(
        room_grant.janus_url,
        room_grant.room_id,
        other.janus_token,
        other.join_token,
        other.ice_servers,
        other.participant_id,
    )
    intruder = participant(mixed, "staff", relay=False)
    try:
        await intruder.start()
    except CallError as err:
        return str(err)
    finally:
        await intruder.close()
        await http.post(f"/api/v1/sessions/{sid}/end", json={"outcome": "referred"}, headers=notary)
    return "joined"


async def _room_gone(settings: MediaSettings, room_id: int) -> bool:
    rooms = JanusRooms(settings)
    async with asyncio.timeout(30):
        while await rooms.exists(room_id):  # destroyed after the answer was sent
            await asyncio.sleep(0.1)  # polls a condition under a bounded deadline
    return True


def kept(db: Database, sid: str, number: str) -> dict[str, Any]:
    with db.session() as session:
        vs = session.scalars(select(VideoSession).where(VideoSession.public_id == sid)).one()
        moves = session.scalars(
            select(SessionEvent.to_state)
            .where(SessionEvent.session_id == vs.id)
            .order_by(SessionEvent.id)
        ).all()
        journal = session.scalars(
            select(JournalEntry.action)
            .where(JournalEntry.subject == f"session:{sid}")
            .order_by(JournalEntry.seq)
        ).all()
        request = session.scalars(
            select(RequestRow).where(RequestRow.tracking_number == number)
        ).one()
        history = session.scalars(
            select(RequestEvent.action)
            .where(RequestEvent.request_id == request.id)
            .order_by(RequestEvent.id)
        ).all()
        return {
            "moves": list(moves),
            "journal": list(journal),
            "history": list(history),
            "rating": vs.rating,
        }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--janus-ip", required=True)
    parser.add_argument("--turn-ip", required=True)
    parser.add_argument("--relay-ip", required=True)
    parser.add_argument("--size", default=f"{SIZE[0]}x{SIZE[1]}", help="WIDTHxHEIGHT")
    parser.add_argument("--measure-s", type=float, default=0.0)
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.split("x"))
    args.data.mkdir(parents=True, exist_ok=True)
    settings = namespace_media(args.data / "media", args.janus_ip, args.turn_ip, args.relay_ip)
    with central_with_media(args.data, settings) as (base, db):
        result = asyncio.run(run(base, db, settings, (width, height), args.measure_s))
    sys.stdout.write(json.dumps(result) + "\n")


if __name__ == "__main__":
    main()
