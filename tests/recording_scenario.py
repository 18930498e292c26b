"""Run inside a test's network namespace (`ip netns exec NAME python -m
tests.recording_scenario ...`): Janus and coturn under the media supervisor, a room with two
aiortc participants (counter pattern and tone), the room's recording switched on by the
central service's room client, the kiosk's path cut (a drop: the segment closes), the path
restored and the kiosk reconnected (the next segment), then the end. Prints one JSON line:
each segment's raw folder and times, and the drop's length."""

from __future__ import annotations

import argparse
import asyncio
import json
import socket
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from central.media.rooms import JanusRooms
from central.media.settings import MediaSettings
from central.media.supervisor import MediaSupervisor
from tests.helpers.media import namespace_media
from tests.helpers.path_cut import call_endpoints, path_cut
from tests.media_scenario import join_grant, observe, participant

SEGMENT_S = 6.0  # recorded per segment after both see each other
DROP_S = 3.0  # the path stays cut this long


def _now() -> str:
    return datetime.now(UTC).isoformat()


async def recorded_call(settings: MediaSettings) -> dict[str, Any]:
    rooms = JanusRooms(settings)
    room = await rooms.create_room(["kiosk", "staff"])
    kiosk = participant(join_grant(rooms.grant(room, "kiosk")), "kiosk", relay=False)
    staff = participant(join_grant(rooms.grant(room, "staff")), "staff", relay=False)
    base = settings.recordings_dir / str(room.room_id)
    segments: list[dict[str, Any]] = []
    out: dict[str, Any] = {"segments": segments}
    try:
        await kiosk.start()
        await staff.start()
        await asyncio.gather(observe(kiosk, "staff", 60), observe(staff, "kiosk", 60))
        # recording starts after consent, with both on the call
        await rooms.record(room, base / "segment-1")
        segments.append({"folder": str(base / "segment-1"), "started_at": _now()})
        await asyncio.sleep(SEGMENT_S)  # the call goes on while it is recorded
        cut_at = time.monotonic()
        with path_cut(call_endpoints(kiosk)):
            await asyncio.sleep(1.0)  # the drop is noticed
            await rooms.record(room, None)
            segments[-1]["ended_at"] = _now()
            await asyncio.sleep(DROP_S - 1.0)
        seen = await _rejoin(kiosk, staff)
        await rooms.record(room, base / "segment-2")
        out["drop_s"] = time.monotonic() - cut_at
        segments.append({"folder": str(base / "segment-2"), "started_at": _now()})
        out["after_drop"] = seen
        await asyncio.sleep(SEGMENT_S)
        await rooms.record(room, None)
        segments[-1]["ended_at"] = _now()
    finally:
        await kiosk.close()
        await staff.close()
        await rooms.destroy_room(room)
    return out


async def _rejoin(kiosk: Any, staff: Any) -> int:
    await kiosk.reconnect()
    found = await observe(staff, "kiosk", 60)
    return len(found["counters"])


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
        result = asyncio.run(recorded_call(settings))
    sys.stdout.write(json.dumps(result) + "\n")


if __name__ == "__main__":
    main()
