"""One real recording, made once for the module: Janus records a two-party aiortc call in a
test namespace, the kiosk's path is cut (a drop) and it reconnects, so the recording has two
segments. The central service closes both (hash, journal, convert, mux, encrypt); the tests
check what plays and what `journal verify` finds, on copies of that one recording."""

from __future__ import annotations

import itertools
import json
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import av
import httpx
import numpy as np
import pytest
from sqlalchemy import select

from central.api.console_auth import COOKIE
from central.cli.recordings import recordings_verify
from central.db import Database
from central.migrate import upgrade
from central.models import JournalEntry
from central.recordings.at_rest import create_key, load_key, open_sealed
from central.recordings.segments import MUXED_NAME, journaled_segments
from central.recordings.settings import RecordingSettings, recording_settings
from remote_sessions.pattern import read_counter
from tests.central.sessions.support import Headers, Scene
from tests.helpers import run_cli
from tests.helpers.browser import (
    accessibility_problems,
    launch_chromium,
    require_chromium,
    screenshots_dir,
)
from tests.helpers.media import require_media
from tests.helpers.netns import network_namespace, run_inside
from tests.helpers.server import live_service
from tests.media_scenario import COUNTER_START

pytestmark = [pytest.mark.e2e, pytest.mark.slow, pytest.mark.timeout(600)]


@dataclass(frozen=True)
class Recorded:
    db_url: str
    settings: RecordingSettings
    call: dict[str, Any]
    records: list[dict[str, Any]]
    public_id: str
    base: str
    headers: dict[str, Headers]


def _claimed_session(scene: Scene) -> tuple[str, dict[str, Headers]]:
    """A notarisation session from terminal K001 claimed by notary ana (city-notary, under the
    city bureau); a supervisor above her, one of another bureau, and her colleague bob."""
    scene.org("city", "150100", kind="justice_bureau")
    scene.org("city-notary", "150100", parent="city")
    scene.org("other", "150200", kind="justice_bureau")
    scene.org("district", "150102", kind="justice_bureau")
    headers = {
        "ana": scene.staff("ana", "notary", "city-notary"),
        "bob": scene.staff("bob", "notary", "city-notary"),
        "sup": scene.staff("sup", "supervisor", "city"),
        "other-sup": scene.staff("otsup", "supervisor", "other"),
        "device": scene.terminal("K001", "district"),
    }
    available = scene.http.request(
        "PUT",
        "/api/v1/sessions/availability",
        json={"available": True, "languages": ["zh"]},
        headers=headers["ana"],
    )
    assert available.status_code == 200, available.text
    number = scene.delivered_request("K001", headers["device"], "notarisation")
    public_id = str(scene.ask(headers["device"], number)["session_id"])
    claim = scene.http.request(
        "POST", f"/api/v1/sessions/{public_id}/claim", headers=headers["ana"]
    )
    assert claim.status_code == 200, claim.text
    return public_id, headers


@pytest.fixture(scope="module")
def recorded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Recorded]:
    """GIVEN notary ana's session, the central service running as a process, and her call
    recorded by real Janus under the recording control, with a drop in the middle."""
    require_media()
    data = tmp_path_factory.mktemp("recording")
    db_url = f"sqlite:///{data / 'central.sqlite3'}"
    upgrade(db_url)
    central_dir = data / "central"
    settings = recording_settings(central_dir, None)  # where `serve` keeps them by default
    create_key(settings.key_file)
    db = Database(db_url)
    try:
        with (
            live_service(db_url, data_dir=central_dir) as service,
            httpx.Client(base_url=service.base, timeout=60) as http,
        ):
            public_id, headers = _claimed_session(Scene(http, db))
            with network_namespace() as ns:
                call = run_inside(
                    ns,
                    "tests.recording_scenario",
                    *("--data", str(data / "media"), "--janus-ip", ns.address_a),
                    *("--turn-ip", ns.address_b, "--relay-ip", ns.address_a),
                    *("--db", db_url, "--session", public_id),
                    *("--store", str(settings.store_dir), "--key", str(settings.key_file)),
                )
            with db.session() as session:
                records = journaled_segments(session, public_id)
            yield Recorded(db_url, settings, call, records, public_id, service.base, headers)
    finally:
        db.dispose()


def _muxed(recorded: Recorded, index: int, into: Path) -> Path:
    """Segment `index`'s muxed file, decrypted to `into` (as playback does)."""
    stored_at = recorded.records[index - 1]["stored_at"]
    blob = (recorded.settings.store_dir / stored_at / f"{MUXED_NAME}.enc").read_bytes()
    plain = open_sealed(load_key(recorded.settings.key_file), blob, f"{stored_at}/{MUXED_NAME}")
    path = into / f"segment-{index}.webm"
    path.write_bytes(plain)
    return path


def _probe(path: Path) -> dict[str, Any]:
    done = subprocess.run(
        ["ffprobe", "-v", "error", "-show_streams", "-show_format", "-of", "json", str(path)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def test_two_linked_segments_are_journaled(recorded: Recorded) -> None:
    first, second = recorded.records
    assert (first["index"], second["index"]) == (1, 2)
    assert first["prev_sha256"] == ""
    assert second["prev_sha256"] == first["record_sha256"]
    assert len(first["feeds"]) == 2 and len(second["feeds"]) == 2
    assert set(second["feeds"]) != set(first["feeds"])  # the kiosk came back as a new feed


def test_each_segment_plays_with_both_participants(recorded: Recorded, tmp_path: Path) -> None:
    for index, segment in enumerate(recorded.records, start=1):
        info = _probe(_muxed(recorded, index, tmp_path))
        streams = info["streams"]
        videos = [s for s in streams if s["codec_type"] == "video"]
        audios = [s for s in streams if s["codec_type"] == "audio"]
        # side by side + each participant's own picture; mixed + each one's own sound
        assert len(videos) == 3 and len(audios) == 3, streams
        assert (videos[0]["width"], videos[0]["height"]) == (640, 240)
        # the span the recording was on (started to stopped), to within a second
        expected = (
            datetime.fromisoformat(segment["ended_at"])
            - datetime.fromisoformat(segment["started_at"])
        ).total_seconds()
        duration = float(info["format"]["duration"])
        assert abs(duration - expected) <= 1.0, (duration, expected)
        titles = [s.get("tags", {}).get("title") for s in streams]
        feeds = recorded.records[index - 1]["feeds"]
        assert titles.count(f"feed {feeds[0]}") == 2 and titles.count(f"feed {feeds[1]}") == 2


def _counters(path: Path) -> dict[str, list[int]]:
    """The counters each participant's own kept video track shows, frame by frame."""
    seen: dict[str, list[int]] = {}
    with av.open(str(path)) as container:
        tracks = container.streams.video[1:]
        for stream in tracks:
            title = str(stream.metadata.get("title", stream.index))
            values = seen.setdefault(title, [])
            for frame in container.decode(stream):
                value = read_counter(np.asarray(frame.to_ndarray(format="rgb24"), dtype=np.uint8))
                if value is not None:
                    values.append(value)
            container.seek(0)
    return seen


def test_counter_frames_have_no_gap_longer_than_the_drop(
    recorded: Recorded, tmp_path: Path
) -> None:
    allowed = round(recorded.call["drop_s"] * 15) + 15  # frames sent while cut, plus a second
    staff_low = COUNTER_START["staff"]
    per_segment = [_counters(_muxed(recorded, i, tmp_path)) for i in (1, 2)]
    staff: list[int] = []
    for seen in per_segment:
        assert len(seen) == 2, seen
        for values in seen.values():
            assert len(values) >= 30, values  # seconds of decodable pictures, both tiles
            gaps = [b - a for a, b in itertools.pairwise(values)]
            assert max(gaps) <= 5, gaps  # within a segment: no frames lost to speak of
        staff += next(v for v in seen.values() if v[0] >= staff_low)
    jumps = [b - a for a, b in itertools.pairwise(staff)]
    assert max(jumps) <= allowed, (max(jumps), allowed)


def _verify(recorded: Recorded, store: Path | None = None) -> subprocess.CompletedProcess[str]:
    """`lexkiosk-central journal verify` as an auditor runs it, on the recording's store."""
    settings = recorded.settings
    return run_cli(
        "lexkiosk-central",
        "journal",
        "verify",
        "--chain-only",
        "--db",
        recorded.db_url,
        "--data-dir",
        str(settings.store_dir.parent),
        "--recordings-dir",
        str(store or settings.store_dir),
        "--recordings-key",
        str(settings.key_file),
    )


def _copy_store(recorded: Recorded, tmp_path: Path) -> Path:
    return Path(shutil.copytree(recorded.settings.store_dir, tmp_path / "store"))


def test_journal_verify_holds_then_names_an_altered_byte(
    recorded: Recorded, tmp_path: Path
) -> None:
    db = Database(recorded.db_url)
    try:
        with db.session() as session:  # what the command prints when all holds
            whole = recordings_verify(session, recorded.settings)
    finally:
        db.dispose()
    assert whole == ["recordings ok: 2 segments of 1 sessions"]
    store = _copy_store(recorded, tmp_path)
    target = store / recorded.records[0]["stored_at"] / f"{MUXED_NAME}.enc"
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0x01
    target.write_bytes(bytes(data))
    altered = _verify(recorded, store)
    assert altered.returncode == 1
    named = f"session {recorded.public_id} segment 1: file {MUXED_NAME} is altered"
    assert f"{named} (it does not decrypt)" in altered.stderr
    assert "segment 2" not in altered.stderr and "Traceback" not in altered.stderr


def test_journal_verify_names_a_deleted_second_segment(recorded: Recorded, tmp_path: Path) -> None:
    store = _copy_store(recorded, tmp_path)
    shutil.rmtree(store / recorded.records[1]["stored_at"])
    gone = _verify(recorded, store)
    assert gone.returncode == 1
    assert f"session {recorded.public_id} segment 2: missing" in gone.stderr
    assert "segment 1" not in gone.stderr


def test_only_the_handler_and_her_supervisor_may_play_each_playback_journaled(
    recorded: Recorded, tmp_path: Path
) -> None:
    """GIVEN the recording of ana's session WHEN each caller asks for segment 2 over HTTP
    THEN ana and the supervisor above her get the file (the one journaled), her colleague and
    another bureau's supervisor a 404 naming who may, a terminal a 401."""
    path = f"/api/v1/sessions/{recorded.public_id}/recordings"
    expected = _muxed(recorded, 2, tmp_path).read_bytes()
    with httpx.Client(base_url=recorded.base, timeout=60) as http:
        listing = http.get(path, headers=recorded.headers["ana"])
        assert listing.status_code == 200, listing.text
        assert [s["index"] for s in listing.json()] == [1, 2]
        for who in ("ana", "sup"):
            played = http.get(f"{path}/2", headers=recorded.headers[who])
            assert played.status_code == 200, (who, played.text)
            assert played.headers["content-type"] == "video/webm"
            assert played.content == expected
        for who in ("bob", "other-sup"):
            refused = http.get(f"{path}/2", headers=recorded.headers[who])
            assert refused.status_code == 404, (who, refused.text)
            assert "only the staff member who handled it and their supervisor" in refused.text
        assert http.get(f"{path}/2", headers=recorded.headers["device"]).status_code == 401
        assert http.get(f"{path}/3", headers=recorded.headers["ana"]).status_code == 404
    db = Database(recorded.db_url)
    try:
        with db.session() as session:
            played_by = session.execute(
                select(JournalEntry.actor, JournalEntry.payload).where(
                    JournalEntry.action == "recording.played",
                    JournalEntry.subject == f"session:{recorded.public_id}",
                )
            ).all()
    finally:
        db.dispose()
    assert sorted(played_by) == [("staff:ana", {"segment": 2}), ("staff:sup", {"segment": 2})]


def test_the_playback_page_plays_both_segments_in_chromium(
    recorded: Recorded, tmp_path: Path
) -> None:
    """GIVEN ana logged in to the console WHEN Chromium opens the session's recording page
    THEN both segments load in the page's players with their length, and the page passes the
    accessibility audit; the call page shows the start control with both consents."""
    require_chromium()
    from playwright.sync_api import sync_playwright

    shots = screenshots_dir(tmp_path)
    token = recorded.headers["ana"]["Authorization"].split(" ", 1)[1]
    with sync_playwright() as driver:
        browser = launch_chromium(driver)
        try:
            context = browser.new_context(viewport={"width": 1100, "height": 900})
            context.add_cookies([{"name": COOKIE, "value": token, "url": recorded.base}])
            page = context.new_page()
            page.goto(f"{recorded.base}/console/sessions/{recorded.public_id}/recordings")
            page.wait_for_function(
                "() => [...document.querySelectorAll('video')].length === 2 && "
                "[...document.querySelectorAll('video')].every(v => v.readyState >= 1)",
                timeout=30_000,
            )
            lengths = page.eval_on_selector_all("video", "vs => vs.map(v => v.duration)")
            expected = [float(r["duration_s"]) for r in recorded.records]
            assert [round(x) for x in lengths] == [round(x) for x in expected], lengths
            page.screenshot(path=str(shots / "console-recordings.png"), full_page=True)
            assert accessibility_problems(page) == []
            page.goto(f"{recorded.base}/console/sessions/{recorded.public_id}")
            form = page.locator("#recording-form")
            assert form.is_visible()
            assert page.locator("#consent-read").get_attribute("required") is not None
            page.screenshot(path=str(shots / "console-call-recording.png"), full_page=True)
        finally:
            browser.close()
