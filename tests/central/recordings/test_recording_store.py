"""The recording store without a call: encryption at rest, the black tile for a participant
without a picture, what `verify` says of reordered records, deletion and retention."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from central.cli import main
from central.cli.admin import org_add, user_add
from central.db import Database
from central.journal import chain as journal
from central.migrate import upgrade
from central.models import JournalEntry
from central.recordings.at_rest import (
    Damaged,
    RecordingKeyError,
    create_key,
    load_key,
    open_sealed,
    seal,
)
from central.recordings.convert import Track, mux
from central.recordings.deletion import DeletionRefused, delete_recordings
from central.recordings.segments import MUXED_NAME, SEGMENT_ACTION, record_hash, sha256_file
from central.recordings.settings import RecordingSettings
from central.recordings.verify import verify_recordings
from tests.helpers import run_cli


def _ffmpeg(*args: str) -> None:
    subprocess.run(["ffmpeg", "-nostdin", "-loglevel", "error", "-y", *args], check=True)


def test_sealed_file_opens_only_unaltered_under_its_own_name(tmp_path: Path) -> None:
    create_key(tmp_path / "k")
    key = load_key(tmp_path / "k")
    blob = seal(key, b"recorded bytes", "S1/segment-1/a.mjr")
    assert open_sealed(key, blob, "S1/segment-1/a.mjr") == b"recorded bytes"
    with pytest.raises(Damaged, match="does not decrypt"):
        open_sealed(key, blob, "S1/segment-2/a.mjr")  # moved to another segment
    altered = bytearray(blob)
    altered[-1] ^= 1
    with pytest.raises(Damaged, match="does not decrypt"):
        open_sealed(key, bytes(altered), "S1/segment-1/a.mjr")
    with pytest.raises(FileExistsError):
        create_key(tmp_path / "k")  # a key is never replaced


def test_a_bad_key_file_is_named_with_what_it_must_hold(tmp_path: Path) -> None:
    with pytest.raises(RecordingKeyError, match="cannot be read"):
        load_key(tmp_path / "absent.key")
    (tmp_path / "short.key").write_text("abcd")
    with pytest.raises(RecordingKeyError, match="64 hex digits"):
        load_key(tmp_path / "short.key")


def test_retention_below_a_day_is_refused_with_the_rule() -> None:
    with pytest.raises(ValueError, match="use 1 or more days, or leave the kind out"):
        RecordingSettings(store_dir=Path("s"), key_file=Path("k"), retention_days={"x": 0})


def test_a_participant_without_a_picture_gets_a_black_tile(tmp_path: Path) -> None:
    """GIVEN one participant with picture and sound, another with sound only (its video had
    no keyframe) WHEN the segment is muxed THEN both tiles are there, the second black."""
    video, tone_a, tone_b = tmp_path / "a.webm", tmp_path / "a.opus", tmp_path / "b.opus"
    _ffmpeg("-f", "lavfi", "-i", "color=c=white:s=320x240:r=15:d=2", "-c:v", "libvpx", str(video))
    _ffmpeg("-f", "lavfi", "-i", "sine=f=440:d=2", "-c:a", "libopus", str(tone_a))
    _ffmpeg("-f", "lavfi", "-i", "sine=f=660:d=2", "-c:a", "libopus", str(tone_b))
    tracks = [
        Track("11", "video", video, 0.0, 2.0),
        Track("11", "audio", tone_a, 0.0, 2.0),
        Track("22", "audio", tone_b, 0.5, 2.0),
    ]
    settings = RecordingSettings(store_dir=tmp_path, key_file=tmp_path / "k")
    out = tmp_path / "segment.webm"
    assert mux(tracks, ["11", "22"], out, settings) == pytest.approx(2.5)
    probe = subprocess.run(
        ["ffprobe", "-v", "error", "-show_streams", "-of", "json", str(out)],
        capture_output=True,
        text=True,
        check=True,
    )
    streams = json.loads(probe.stdout)["streams"]
    assert [s["codec_type"] for s in streams] == ["video", "audio"] + ["video", "audio"] * 2
    assert (streams[0]["width"], streams[0]["height"]) == (640, 240)
    frame = subprocess.run(
        [
            *("ffmpeg", "-loglevel", "error", "-i", str(out), "-map", "0:v:0", "-frames:v", "1"),
            *("-f", "rawvideo", "-pix_fmt", "gray", "-"),
        ],
        capture_output=True,
        check=True,
    ).stdout
    rows = [frame[i * 640 : (i + 1) * 640] for i in range(240)]
    assert sum(sum(r[:320]) for r in rows) / (320 * 240) > 200  # white picture on the left
    assert sum(sum(r[320:]) for r in rows) / (320 * 240) < 30  # black tile on the right


@pytest.fixture
def store(tmp_path: Path) -> Iterator[tuple[Database, RecordingSettings]]:
    """GIVEN a database with an admin, a clerk and one session's two segments in the store."""
    url = f"sqlite:///{tmp_path / 'c.sqlite3'}"
    upgrade(url)
    settings = RecordingSettings(
        store_dir=tmp_path / "store", key_file=tmp_path / "k", retention_days={"notarisation": 30}
    )
    create_key(settings.key_file)
    key = load_key(settings.key_file)
    db = Database(url)
    with db.session() as session:
        org = {"name": "O", "kind": "justice_bureau", "region_code": "150000", "parent": None}
        org_add(session, {**org, "code": "bureau"})
        for user, role in (("root", "admin"), ("clerk", "clerk")):
            fields = {"username": user, "display_name": user, "organisation": "bureau"}
            user_add(session, {**fields, "roles": [role], "password": "long-password-1"})
    prev = ""
    for index in (1, 2):
        folder = settings.store_dir / "S1" / f"segment-{index}"
        folder.mkdir(parents=True)
        plain = f"segment {index}".encode()
        (folder / f"{MUXED_NAME}.enc").write_bytes(
            seal(key, plain, f"S1/segment-{index}/{MUXED_NAME}")
        )
        (tmp_path / "plain").write_bytes(plain)
        record: dict[str, Any] = {
            "index": index,
            "raw_sha256": {},
            "file_sha256": sha256_file(tmp_path / "plain"),
            "prev_sha256": prev,
            "stored_at": f"S1/segment-{index}",
        }
        record["record_sha256"] = prev = record_hash(record)
        with db.session() as session:
            journal.append(session, "central", SEGMENT_ACTION, "session:S1", record)
    yield db, settings
    db.dispose()


def test_verify_names_a_segment_whose_record_is_out_of_order(
    store: tuple[Database, RecordingSettings],
) -> None:
    db, settings = store
    with db.session() as session:
        assert verify_recordings(session, settings).problems == []
        rows = session.scalars(
            select(JournalEntry)
            .where(JournalEntry.action == SEGMENT_ACTION)
            .order_by(JournalEntry.seq)
        ).all()
        rows[0].seq, rows[1].seq = -1, -2  # the two segment records swapped in order
        session.flush()
        problems = verify_recordings(session, settings).problems
    assert "session S1 segment 2: out of order" in problems[0]


def test_only_an_admin_deletes_with_a_reason_and_verify_then_skips_it(
    store: tuple[Database, RecordingSettings],
) -> None:
    db, settings = store
    with db.session() as session, pytest.raises(DeletionRefused, match="only an admin"):
        delete_recordings(session, settings, "S1", "clerk", "the resident asked for it")
    with db.session() as session, pytest.raises(DeletionRefused, match="5 to 300"):
        delete_recordings(session, settings, "S1", "root", "no")
    with db.session() as session:
        removed = delete_recordings(session, settings, "S1", "root", "court order 2026-17")
    assert removed.segments == [1, 2]
    assert removed.files == [f"S1/segment-{i}/{MUXED_NAME}.enc" for i in (1, 2)]
    assert not (settings.store_dir / "S1").exists()
    with db.session() as session:
        entry = session.scalars(
            select(JournalEntry).where(JournalEntry.action == "recording.deleted")
        ).one()
        assert (entry.actor, entry.payload["reason"]) == ("staff:root", "court order 2026-17")
        assert verify_recordings(session, settings).ok
        with pytest.raises(DeletionRefused, match="no recordings to delete"):
            delete_recordings(session, settings, "S1", "root", "a second time")


def test_delete_command_reports_what_it_removed(
    store: tuple[Database, RecordingSettings],
) -> None:
    db, settings = store
    url = str(db.engine.url)
    base = ("recordings", "delete", "S1", "--db", url, "--recordings-dir", str(settings.store_dir))
    done = run_cli("lexkiosk-central", *base, "--by", "root", "--reason", "court order 17")
    assert done.returncode == 0, done.stderr
    first, *rest = done.stdout.splitlines()
    assert first.startswith("deleted the recordings of session S1: segments 1, 2, 2 files, ")
    assert first.endswith(" bytes")
    assert rest == [f"  removed S1/segment-{i}/{MUXED_NAME}.enc" for i in (1, 2)]


def test_delete_by_a_non_admin_is_refused_plainly(
    store: tuple[Database, RecordingSettings], capsys: pytest.CaptureFixture[str]
) -> None:
    db, settings = store
    status = main(
        [
            *("recordings", "delete", "S1", "--db", str(db.engine.url)),
            *("--recordings-dir", str(settings.store_dir), "--by", "clerk"),
            *("--reason", "asked for it"),
        ]
    )
    err = capsys.readouterr().err
    assert status == 1 and "only an admin may delete" in err and "Traceback" not in err
    assert (settings.store_dir / "S1" / "segment-1").is_dir()
