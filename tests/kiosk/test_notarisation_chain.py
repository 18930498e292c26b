"""Drop test (issue 17), the whole chain at once, every part a real process inside a test
network namespace: `lexkiosk-central serve` with media (Janus recording, coturn) and evidence
settings (sealing against Certomancer's CA, time-stamp authority and OCSP responder, served
inside the namespace), the kiosk shell driven by clicks and touches with the real serial ID
card driver on the pty emulator, and the scripted notary (aiortc, over the HTTP API).

The notarisation call starts, the notary starts the recording after consent; the kiosk's path
is cut; the kiosk holds the call on the re-proof screen until the card is read again, then
reconnects; the notary pushes a document and the resident signs it by touch; the notary ends
the act "completed"; the act is sealed (PAdES B-LT, validated with pyHanko against the test
root). The recording's segment breaks come from the product's own reports (the kiosk's
"dropped" and "joined", the end route): two segments, linked, named with the re-proof and the
document in the act's journal entry; `journal verify`, run as a process, holds, then names
segment 1 when one byte of its file is flipped and segment 2 when it is deleted."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from central.db import Database
from central.evidence.models import NotarialAct
from central.models import JournalEntry
from central.recordings.live import STARTED, STOPPED
from central.recordings.segments import MUXED_NAME, journaled_segments, subject_of
from central.sessions.models import VideoSession
from devices.idcard.emulator import IdCardEmulator, synthetic_card
from kiosk.demo.scripted_staff import ScriptedStaff
from kiosk.flows.identity import from_card
from kiosk.qt import Qt
from kiosk.shell import Shell
from tests.central.sessions.support import Scene
from tests.helpers import run_cli
from tests.helpers.call_stack import central_with_media
from tests.helpers.certomancer_pki import CertomancerPki, running_pki
from tests.helpers.kiosk_call import decoded, sign_by_touch, to_waiting_room
from tests.helpers.media import namespace_media, require_media
from tests.helpers.mediation_seal import validated
from tests.helpers.netns import Namespace
from tests.helpers.netns_enter import inside
from tests.helpers.path_cut import path_cut
from tests.helpers.pushed_pdf import pushed_pdf
from tests.helpers.sealed_acts import evidence_settings_file
from tests.media_scenario import SIZE
from tests.session_scenario import _kiosk_endpoints

pytestmark = [pytest.mark.e2e, pytest.mark.slow, pytest.mark.timeout(600)]
CLICK = Qt.MouseButton.LeftButton
TERMINAL = "K001"


@dataclass
class Chain:
    """The running scene, and what the chain test leaves for the journal's tests."""

    base: str
    data: Path
    db: Database
    pki: CertomancerPki
    scene: Scene
    staff: ScriptedStaff
    device_token: str
    done: dict[str, Any] = field(default_factory=dict)

    def act_of(self, sid: str) -> NotarialAct | None:
        with self.db.session() as session:
            return session.scalars(
                select(NotarialAct)
                .join(VideoSession, VideoSession.id == NotarialAct.session_id)
                .where(VideoSession.public_id == sid)
            ).first()

    def state_of(self, sid: str) -> str:
        with self.db.session() as session:
            return session.scalars(
                select(VideoSession.state).where(VideoSession.public_id == sid)
            ).one()

    def switches(self, sid: str) -> list[tuple[str, str, int, str | None]]:
        """Who started and stopped the recording, in order: (actor, action, segment, why)."""
        with self.db.session() as session:
            rows = session.execute(
                select(JournalEntry.actor, JournalEntry.action, JournalEntry.payload)
                .where(
                    JournalEntry.subject == subject_of(sid),
                    JournalEntry.action.in_([STARTED, STOPPED]),
                )
                .order_by(JournalEntry.seq)
            ).all()
        return [(a, b, int(p["segment"]), p.get("reason")) for a, b, p in rows]

    def journaled_act(self, act_id: str) -> dict[str, Any]:
        """The act's notarial journal entry (`act.recorded`), as the journal keeps it."""
        with self.db.session() as session:
            payload: dict[str, Any] = session.scalars(
                select(JournalEntry.payload).where(
                    JournalEntry.subject == f"act:{act_id}", JournalEntry.action == "act.recorded"
                )
            ).one()
        return payload

    def segments(self, sid: str) -> list[dict[str, Any]]:
        with self.db.session() as session:
            return journaled_segments(session, sid)


@pytest.fixture(scope="module")
def chain(netns: Namespace, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Chain]:
    """Everything inside `netns`: this thread enters it for the module, so Certomancer, the
    service, Janus, coturn and the shell's network loop (started from it) all run inside."""
    require_media()
    data = tmp_path_factory.mktemp("chain")
    with ExitStack() as stack:
        stack.enter_context(inside(netns))
        pki = stack.enter_context(running_pki(data / "pki"))
        media = namespace_media(data / "media", netns.address_a, netns.address_b, netns.address_a)
        evidence = evidence_settings_file(pki, data)
        base, db = stack.enter_context(
            central_with_media(data, media, "--evidence-settings", str(evidence))
        )
        http = stack.enter_context(httpx.Client(base_url=base, timeout=60))
        scene = Scene(http, db)
        scene.org("city-notary", "150100")
        scene.org("district", "150102", kind="justice_bureau")
        notary = scene.staff("ana", "notary", "city-notary")
        kiosk = scene.terminal(TERMINAL, "district")
        staff = ScriptedStaff(base, notary, size=SIZE)
        stack.callback(staff.close)
        yield Chain(base, data, db, pki, scene, staff, kiosk["Authorization"].split(" ", 1)[1])


@pytest.fixture(scope="module")
def card_reader() -> Iterator[IdCardEmulator]:
    """The ID card reader's emulator on a pty (the reader's own serial protocol)."""
    emulator = IdCardEmulator()
    emulator.start()
    try:
        yield emulator
    finally:
        emulator.stop()


def _wait(check: Any, timeout_s: float, what: str) -> Any:
    """Poll another process's database (not a Qt wait) until `check()` answers."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        time.sleep(0.1)
    raise AssertionError(f"{what} did not happen within {timeout_s} s")


def test_a_dropped_notarisation_call_ends_sealed_with_two_linked_segments(
    qtbot, make_shell, chain: Chain, card_reader: IdCardEmulator
) -> None:
    """GIVEN a resident identified by ID card at a kiosk whose card reader is the serial one
    WHEN the notary's call is recorded, the kiosk's path is cut, the card read again, a
    document pushed and signed by touch and the act completed THEN the act is sealed (B-LT,
    trusted by the test root) and its journal entry names two linked segments (broken by the
    kiosk's own reports and the end route), the passed re-proof and the signed document."""
    kiosk: Shell = make_shell(
        token=chain.device_token,
        central_url=chain.base,
        terminal_id=TERMINAL,
        **{"devices.id_reader.driver": "serial", "devices.id_reader.port": card_reader.path},
    )
    kiosk.network.start()  # inside the namespace: started from this (the test's) thread
    w = kiosk.window
    chain.scene.available(chain.staff.headers)
    card = synthetic_card(7)
    qtbot.mouseClick(w.attract.start_button, CLICK)
    kiosk.journey.session.put("consent", "notary_mediation")  # the identify journey's own
    kiosk.journey.identified(from_card(card))  # read at the start (the identify tests' part)
    to_waiting_room(qtbot, kiosk, started=True)
    qtbot.waitUntil(lambda: w.session_wait.position.isVisible(), timeout=30_000)
    sid = kiosk.sessions.session_id
    assert sid is not None
    chain.done["sid"] = sid

    # the call; the notary starts the recording after consent, the resident sees it is on
    chain.staff.claim_and_join(sid)
    call = w.session_call
    seen: set[int] = set()
    qtbot.waitUntil(lambda: decoded(kiosk, seen), timeout=60_000)
    _wait(lambda: chain.state_of(sid) == "in_call", 30, "the call")
    started = chain.staff.http.post(
        f"/api/v1/sessions/{sid}/recording",
        json={"consent_read_aloud": True, "consent_spoken": True},
    )
    assert started.status_code == 200, started.text
    assert started.json()["state"] == "on"
    qtbot.waitUntil(lambda: call.recording.isVisible(), timeout=30_000)
    recorded: set[int] = set()
    qtbot.waitUntil(lambda: decoded(kiosk, recorded, above=max(seen) + 30), timeout=30_000)

    # the drop: the kiosk's own report closes segment 1; it holds the call for the card
    client = kiosk.sessions.call
    assert client is not None
    with path_cut(_kiosk_endpoints(client)):
        qtbot.waitUntil(lambda: call.banner.text() != "", timeout=30_000)
        _wait(lambda: chain.state_of(sid) == "interrupted", 30, "the interruption")
        qtbot.waitUntil(lambda: w.stack.currentWidget() is w.session_reproof, timeout=30_000)
        w.session_reproof.grab().save(str(chain.data / "reproof.png"))
    card_reader.place(card)  # the real serial driver reads it off the pty
    qtbot.waitUntil(lambda: w.stack.currentWidget() is call, timeout=30_000)
    card_reader.take_off()
    again: set[int] = set()
    qtbot.waitUntil(lambda: decoded(kiosk, again, above=max(recorded)), timeout=120_000)
    qtbot.waitUntil(lambda: not call.banner.isVisible(), timeout=30_000)
    first = _wait(lambda: chain.segments(sid), 60, "segment 1's record")
    assert [s["index"] for s in first] == [1]
    qtbot.waitUntil(lambda: call.recording.isVisible(), timeout=30_000)  # segment 2 is on

    # the document: pushed during the call, signed on the pad with a finger
    pdf = pushed_pdf(2)
    version = chain.staff.push_document(sid, pdf, "委托书")
    screen = w.session_document
    qtbot.waitUntil(lambda: w.stack.currentWidget() is screen, timeout=30_000)
    qtbot.waitUntil(lambda: screen.state == "reading", timeout=15_000)
    sign_by_touch(qtbot, screen.pad)
    qtbot.mouseClick(screen.sign, CLICK)
    qtbot.waitUntil(lambda: screen.state == "signed", timeout=15_000)
    signed = chain.staff.signed_document(sid, version)
    assert signed.startswith(pdf)
    screen.grab().save(str(chain.data / "signed.png"))
    qtbot.mouseClick(screen.back, CLICK)
    assert w.stack.currentWidget() is call

    # the end route closes segment 2; the act is sealed once the seal is whole
    chain.staff.end(sid, "completed")
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.session_rating, timeout=30_000)
    qtbot.mouseClick(w.session_rating.skip_button, CLICK)
    assert kiosk.session.empty
    act = _wait(
        lambda: (a := chain.act_of(sid)) is not None and a.state == "sealed" and a, 90, "the seal"
    )
    assert act.sealed_pdf is not None
    verdict = validated(act.sealed_pdf, chain.pki.cert_file("root"))
    assert verdict.intact and verdict.valid and verdict.trusted
    stamp = verdict.timestamp_validity
    assert stamp is not None and stamp.intact and stamp.valid and stamp.trusted

    segments = chain.segments(sid)
    assert [s["index"] for s in segments] == [1, 2]
    assert segments[0]["prev_sha256"] == ""
    assert segments[1]["prev_sha256"] == segments[0]["record_sha256"]
    assert all(s["file_sha256"] and len(s["feeds"]) == 2 for s in segments), segments
    # the breaks came from the product's own reports: the kiosk's drop and rejoin, the end
    assert chain.switches(sid) == [
        ("staff:ana", "recording.started", 1, None),
        ("terminal:K001", "recording.stopped", 1, "drop"),
        ("terminal:K001", "recording.started", 2, None),
        ("staff:ana", "recording.stopped", 2, "end"),
    ]
    record = chain.journaled_act(act.public_id)
    assert record == {**act.record, "certificate_sha256": act.certificate_sha256}
    assert [(s["index"], s["record_sha256"]) for s in record["segments"]] == [
        (s["index"], s["record_sha256"]) for s in segments
    ]
    masked = card.id_number[:6] + "*" * 12
    assert [(i["occasion"], i["result"], i["subject_masked"]) for i in record["identity"]] == [
        ("start", "passed", masked),
        ("reproof", "passed", masked),
    ]
    [document] = record["documents"]
    assert document["sha256"] == hashlib.sha256(pdf).hexdigest()
    assert document["signed_sha256"] == hashlib.sha256(signed).hexdigest()
    assert card.id_number not in str(record) and card.name not in str(record)
    chain.done["segments"] = segments


def _verify(chain: Chain, store: Path) -> subprocess.CompletedProcess[str]:
    """`lexkiosk-central journal verify`, as an auditor runs it, on a copy of the store."""
    return run_cli(
        "lexkiosk-central",
        "journal",
        "verify",
        "--db",
        f"sqlite:///{chain.data / 'central.sqlite3'}",
        "--data-dir",
        str(chain.data),
        "--recordings-dir",
        str(store),
        "--recordings-key",
        str(chain.data / "recordings.key"),
    )


def test_journal_verify_holds_then_names_the_altered_and_the_deleted_segment(
    chain: Chain, tmp_path: Path
) -> None:
    """GIVEN the chain's recording WHEN `journal verify` runs THEN it holds; WHEN one byte of
    a segment-1 file is flipped THEN it fails naming segment 1 (and only it); WHEN segment 2
    is deleted THEN it fails naming segment 2."""
    assert "segments" in chain.done, "the chain test did not get as far as the segments"
    sid, segments = chain.done["sid"], chain.done["segments"]
    whole = _verify(chain, chain.data / "recording-store")
    assert whole.returncode == 0, whole.stderr
    assert "recordings ok: 2 segments of 1 sessions" in whole.stdout

    flipped = Path(shutil.copytree(chain.data / "recording-store", tmp_path / "flipped"))
    target = flipped / segments[0]["stored_at"] / f"{MUXED_NAME}.enc"
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0x01
    target.write_bytes(bytes(data))
    altered = _verify(chain, flipped)
    assert altered.returncode == 1
    assert f"session {sid} segment 1: file {MUXED_NAME} is altered" in altered.stderr
    assert "segment 2" not in altered.stderr and "Traceback" not in altered.stderr

    deleted = Path(shutil.copytree(chain.data / "recording-store", tmp_path / "deleted"))
    shutil.rmtree(deleted / segments[1]["stored_at"])
    gone = _verify(chain, deleted)
    assert gone.returncode == 1
    assert f"session {sid} segment 2: missing" in gone.stderr
    assert "segment 1" not in gone.stderr and "Traceback" not in gone.stderr
