"""Run inside a test's network namespace (`ip netns exec NAME python -m tests.session_scenario
...`): Janus and coturn under the media supervisor, a real `lexkiosk-central serve` with those
media settings, a notary who claims and starts the call over HTTP, and the kiosk's
`SessionFlow` asking, waiting, joining, dropping, reconnecting and rating. Prints one JSON
line of what each side saw and what the central service kept."""

from __future__ import annotations

import argparse
import asyncio
import json
import socket
import sys
import time
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import select

from api_client.client import CentralClient
from central.db import Database
from central.media.rooms import JanusRooms
from central.media.settings import MediaSettings
from central.media.supervisor import MediaSupervisor
from central.models import JournalEntry, RequestEvent, RequestRow
from central.sessions.models import SessionEvent, VideoSession
from remote_sessions.errors import CallError
from remote_sessions.grant import JoinGrant
from remote_sessions.pattern import counter_frame
from remote_sessions.session_flow import SessionFlow
from remote_sessions.state import CallState
from remote_sessions.tracks import FrameSourceTrack, ToneTrack
from tests.central.sessions.support import Scene
from tests.helpers.media import free_port, media_settings
from tests.helpers.server import live_service
from tests.media_scenario import COUNTER_START, SIZE, TONES, observe, participant

_SECRETS = ("janus_admin_key", "janus_token_secret", "turn_secret")


def _settings_file(settings: MediaSettings, path: Path) -> Path:
    data = settings.model_dump(mode="json")
    data.update({k: getattr(settings, k).get_secret_value() for k in _SECRETS})
    path.write_text(json.dumps(data), encoding="utf-8")
    path.chmod(0o600)
    return path


def _kiosk_tracks() -> tuple[Any, Any]:
    counter = iter(range(COUNTER_START["kiosk"], 10**9))

    def video() -> FrameSourceTrack:
        return FrameSourceTrack(lambda: counter_frame(next(counter), *SIZE), 15, SIZE)

    def audio() -> ToneTrack:
        return ToneTrack(TONES["kiosk"])

    return video, audio


async def _wait_state(flow: SessionFlow, state: CallState, timeout_s: float) -> None:
    async with asyncio.timeout(timeout_s):
        while flow.call is None or flow.call.state is not state:
            await asyncio.sleep(0.02)  # polls a condition under a bounded deadline


async def run(base: str, db: Database, settings: MediaSettings) -> dict[str, Any]:
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
    video, audio = _kiosk_tracks()
    states: list[str] = []
    async with CentralClient(base, token, timeout_s=60) as central:
        flow = SessionFlow(
            central, video, audio, on_call=lambda s: states.append(s.value), poll_s=0.2
        )
        asked = await flow.ask(number, "notarisation", "id_card")
        out["asked"] = {"state": asked.state, "position": asked.position}
        sid = flow.session_id
        claimed = await http.post(f"/api/v1/sessions/{sid}/claim", headers=notary)
        out["claim"] = claimed.status_code
        claim_at = time.monotonic()
        connected = await http.post(f"/api/v1/sessions/{sid}/connect", headers=notary)
        staff_grant = JoinGrant.from_dict(connected.json())
        kiosk_grant = await flow.wait_for_staff(60)
        out["kiosk_grant_room"] = kiosk_grant.room_id == staff_grant.room_id
        out["ice_servers"] = [s.urls for s in kiosk_grant.ice_servers]
        await flow.join(kiosk_grant, connect_timeout_s=90)
        staff = participant(staff_grant, "staff", relay=False)
        await staff.start()
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

        # the kiosk's signalling path is cut: the call says interrupted, then reconnects
        janus = flow.call._janus
        assert janus is not None and janus._ws is not None
        await janus._ws.close()
        await _wait_state(flow, CallState.INTERRUPTED, 30)
        await flow.reported()
        out["after_drop"] = (await central.session_status(sid)).state
        seen = max(out["staff"]["counters"], default=0)
        await flow.reconnect()
        await flow.reported()
        out["after_reconnect"] = (await central.session_status(sid)).state
        again = await observe(staff, "kiosk", 60, above=seen)
        out["frames_again"] = len(set(again["counters"]))

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
    out.update(_kept(db, sid, number))
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


def _kept(db: Database, sid: str, number: str) -> dict[str, Any]:
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
    args = parser.parse_args()
    args.data.mkdir(parents=True, exist_ok=True)
    settings = media_settings(
        args.data / "media",
        janus_ip=args.janus_ip,
        turn_ip=args.turn_ip,
        relay_ip=args.relay_ip,
        janus_media_ip=args.janus_ip,
        ice_enforce_list="v0",
        janus_port=free_port(args.janus_ip),
        turn_port=free_port(args.turn_ip),
    )
    socket.setdefaulttimeout(30)
    db_url = f"sqlite:///{args.data / 'central.sqlite3'}"
    media_file = _settings_file(settings, args.data / "media.json")
    with (
        MediaSupervisor(settings),
        live_service(db_url, "--media-settings", str(media_file), data_dir=args.data) as svc,
    ):
        db = Database(db_url)
        try:
            result = asyncio.run(run(svc.base, db, settings))
        finally:
            db.dispose()
    sys.stdout.write(json.dumps(result) + "\n")


if __name__ == "__main__":
    main()
