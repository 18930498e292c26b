"""Identity re-proof after a drop (issue 17), over HTTP against a real `lexkiosk-central
serve` process on SQLite: the terminal reports proofs of its own session, the notary holding
the call reads them and opens the document image (journaled), and a notarisation cannot be
completed while a drop has no passed re-proof after it. Janus is not needed: the call's
start is written as the e2e call writes it, the drops are the terminal's own reports."""

from __future__ import annotations

import hashlib
import io
import itertools
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from PIL import Image
from sqlalchemy import select

from central.clock import utcnow
from central.db import Database
from central.migrate import upgrade
from central.models import JournalEntry
from central.sessions.models import VideoSession
from central.sessions.reproof import identity_of
from central.sessions.transitions import move
from tests.central.sessions.support import Headers, Scene
from tests.helpers.server import live_service

MASK = "150102************"
_TERMINALS = itertools.count(1)


@dataclass
class World:
    scene: Scene
    http: httpx.Client
    database: Database
    ana: Headers  # a notary of the city office
    ben: Headers  # another notary of the same office
    far: Headers  # a notary of another city's office
    leo: Headers  # a lawyer of the city office (takes consultations)
    log: Path  # the service's own output


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    """GIVEN one real central process on SQLite, a city notary office with notaries Ana and
    Ben, a district bureau owning the terminals, and a notary office in another city."""
    root = tmp_path_factory.mktemp("reproof")
    url = f"sqlite:///{root / 'central.sqlite3'}"
    upgrade(url)
    with live_service(url, data_dir=root / "data") as service:
        http = httpx.Client(base_url=service.base, timeout=30)
        database = Database(url)
        scene = Scene(http, database)
        scene.org("root", "150000")
        scene.org("city-notary", "150100", parent="root")
        scene.org("district", "150102", kind="justice_bureau", parent="root")
        scene.org("far-notary", "150200", parent="root")
        ana = scene.staff("ana", "notary", "city-notary")
        ben = scene.staff("ben", "notary", "city-notary")
        far = scene.staff("fay", "notary", "far-notary")
        leo = scene.staff("leo", "lawyer", "city-notary")
        scene.available(ana)
        scene.available(leo)
        try:
            yield World(scene, http, database, ana, ben, far, leo, root / "data" / "central.log")
        finally:
            http.close()
            database.dispose()


@dataclass
class Call:
    sid: str
    kiosk: Headers


def _in_call(world: World, kind: str = "notarisation") -> Call:
    """A session of a new terminal, claimed by Ana (Leo for a consultation), in the call."""
    terminal = f"R{next(_TERMINALS):03d}"
    kiosk = world.scene.terminal(terminal, "district")
    number = world.scene.delivered_request(terminal, kiosk)
    sid = world.scene.ask(kiosk, number, kind=kind)["session_id"]
    staff = world.leo if kind == "consultation" else world.ana
    claimed = world.http.post(f"/api/v1/sessions/{sid}/claim", headers=staff)
    assert claimed.status_code == 200, claimed.text
    with world.database.session() as session:  # the room itself needs Janus: see the e2e
        vs = session.scalars(select(VideoSession).where(VideoSession.public_id == sid)).one()
        move(session, vs, "connecting", "test", room_id=1, room_secret="x")
        move(session, vs, "in_call", "test", started_at=utcnow())
    return Call(sid, kiosk)


def _report(world: World, call: Call, event: str) -> None:
    reply = world.http.post(
        f"/api/v1/kiosk/sessions/{call.sid}/report", json={"event": event}, headers=call.kiosk
    )
    assert reply.status_code == 200, reply.text


def _drop_and_return(world: World, call: Call) -> None:
    for event in ("dropped", "reconnecting", "joined"):
        _report(world, call, event)


def _proof(world: World, call: Call, **fields: Any) -> httpx.Response:
    body = {"occasion": "reproof", "method": "id_card", "result": "passed"}
    body |= {"subject_masked": MASK} | fields
    return world.http.post(
        f"/api/v1/kiosk/sessions/{call.sid}/identity-proofs", json=body, headers=call.kiosk
    )


def _end(world: World, call: Call, outcome: str = "completed") -> httpx.Response:
    return world.http.post(
        f"/api/v1/sessions/{call.sid}/end", json={"outcome": outcome}, headers=world.ana
    )


def _upload(world: World, kiosk: Headers, data: bytes) -> str:
    upload_id = str(uuid.uuid4())
    start = {"upload_id": upload_id, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    assert world.http.post("/api/v1/uploads", json=start, headers=kiosk).status_code == 201
    put = world.http.put(
        f"/api/v1/uploads/{upload_id}",
        params={"offset": 0},
        content=data,
        headers=kiosk | {"Content-Type": "application/octet-stream"},
    )
    assert put.json()["complete"] is True
    return upload_id


def _card_image() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (86, 54), (200, 220, 240)).save(out, format="PNG")
    return out.getvalue()


def test_a_notarisation_cannot_complete_until_the_identity_is_proved_after_each_drop(
    world: World,
) -> None:
    """GIVEN a notarisation whose resident was identified by card at the start WHEN the call
    drops and comes back THEN ending it as completed is refused naming the drop; a failed
    re-proof does not count; a card of another person is kept as failed; after a passed
    re-proof it completes; a second drop needs a second re-proof."""
    call = _in_call(world)
    assert _proof(world, call, occasion="start").status_code == 201
    _drop_and_return(world, call)

    refused = _end(world, call)
    assert refused.status_code == 409
    assert "not proved again after the drop" in refused.json()["detail"]
    assert "ID card" in refused.json()["detail"]

    failed = _proof(world, call, result="failed", detail="no card within 60 s")
    assert failed.json()["reproof_needed"] is True
    other = _proof(world, call, subject_masked="150203************")
    assert other.json()["proofs"][-1]["result"] == "failed"
    assert other.json()["proofs"][-1]["detail"] == "not the same document as at the start"
    assert _end(world, call).status_code == 409

    passed = _proof(world, call).json()
    assert (passed["drops"], passed["reproof_needed"]) == (1, False)
    _drop_and_return(world, call)
    assert _end(world, call).status_code == 409
    face = _proof(world, call, method="face_check", detail="face distance 0.41")
    assert face.json()["reproof_needed"] is False
    done = _end(world, call)
    assert done.status_code == 200 and done.json()["state"] == "completed"

    with world.database.session() as session:
        vs = session.scalars(select(VideoSession).where(VideoSession.public_id == call.sid)).one()
        evidence = identity_of(session, vs)
    assert [(e.occasion, e.method, e.result) for e in evidence] == [
        ("start", "id_card", "passed"),
        ("reproof", "id_card", "failed"),
        ("reproof", "id_card", "failed"),
        ("reproof", "id_card", "passed"),
        ("reproof", "face_check", "passed"),
    ]
    assert all(e.subject_masked.endswith("*" * 12) for e in evidence)


def test_other_outcomes_and_other_kinds_need_no_reproof(world: World) -> None:
    """WHEN a notarisation's call dropped THEN it may still end as 'needs a visit'; a drop
    of the notary's own page (the resident stayed in sight), a resident identified only by
    their word and a legal consultation's drop never hold the end."""
    visit = _in_call(world)
    _drop_and_return(world, visit)
    assert _end(world, visit, "needs_visit").status_code == 200
    staff_side = _in_call(world)  # the notary's page dropped: the resident stayed in sight
    for event in ("dropped", "joined"):
        said = world.http.post(
            f"/api/v1/sessions/{staff_side.sid}/report", json={"event": event}, headers=world.ana
        )
        assert said.status_code == 200, said.text
    assert _end(world, staff_side).json()["state"] == "completed"
    declared = _in_call(world)  # the resident only declared who they are: nothing to re-prove
    with world.database.session() as session:
        vs = session.scalars(select(VideoSession).where(VideoSession.public_id == declared.sid))
        vs.one().identified_by = "declared"
    _drop_and_return(world, declared)
    assert _end(world, declared).json()["state"] == "completed"
    consultation = _in_call(world, kind="consultation")
    _drop_and_return(world, consultation)
    ended = world.http.post(
        f"/api/v1/sessions/{consultation.sid}/end", json={"outcome": "completed"}, headers=world.leo
    )
    assert ended.json()["state"] == "completed"


def test_proofs_refuse_bad_input_naming_what_is_allowed(world: World) -> None:
    """WHEN a terminal sends a whole ID number, an unknown method, a second start proof, a
    re-proof before the call or another terminal's session THEN each is refused, saying why."""
    call = _in_call(world)
    whole = _proof(world, call, subject_masked="150102199003071234")
    assert whole.status_code == 422 and "subject_masked" in whole.text
    method = _proof(world, call, method="fingerprint")
    assert method.status_code == 422 and "face_check" in method.text
    assert _proof(world, call, occasion="start").status_code == 201
    again = _proof(world, call, occasion="start")
    assert again.status_code == 409 and "already has its start proof" in again.json()["detail"]
    with_image = _proof(world, call, document_upload_id=str(uuid.uuid4()))
    assert with_image.status_code == 422 and "start proof only" in with_image.json()["detail"]

    stranger = world.scene.terminal(f"R{next(_TERMINALS):03d}", "district")
    foreign = world.http.post(
        f"/api/v1/kiosk/sessions/{call.sid}/identity-proofs",
        json={"occasion": "reproof", "method": "id_card", "result": "passed"}
        | {"subject_masked": MASK},
        headers=stranger,
    )
    assert foreign.status_code == 404
    assert _end(world, call).status_code == 200
    late = _proof(world, call)
    assert late.status_code == 409 and "during the call" in late.json()["detail"]


def test_the_notary_reads_the_results_and_opens_the_document_image_journaled(
    world: World,
) -> None:
    """GIVEN a start proof with the ID card image this terminal uploaded WHEN the notary
    holding the call opens it THEN it is the image, not cached, and the opening is journaled;
    another notary of the office, one of another office and a terminal may not; another
    terminal's upload cannot be attached; after the end the results stay readable but the
    image does not open."""
    call = _in_call(world)
    image = _card_image()
    stranger = world.scene.terminal(f"R{next(_TERMINALS):03d}", "district")
    theirs = _upload(world, stranger, image)
    borrowed = _proof(world, call, occasion="start", document_upload_id=theirs)
    assert borrowed.status_code == 422 and "not a finished upload of this terminal" in borrowed.text
    mine = _upload(world, call.kiosk, image)
    assert _proof(world, call, occasion="start", document_upload_id=mine).status_code == 201

    proofs = world.http.get(f"/api/v1/sessions/{call.sid}/identity-proofs", headers=world.ana)
    assert proofs.json()["proofs"][0]["has_document"] is True
    assert MASK in proofs.text and "王" not in proofs.text
    for outsider, status in ((world.ben, 403), (world.far, 404), (call.kiosk, 401)):
        seen = world.http.get(f"/api/v1/sessions/{call.sid}/identity-proofs", headers=outsider)
        assert seen.status_code == status

    path = f"/api/v1/sessions/{call.sid}/identity-proofs/1/document"
    opened = world.http.get(path, headers=world.ana)
    assert opened.status_code == 200 and opened.content == image
    assert opened.headers["content-type"] == "image/png"
    assert opened.headers["cache-control"] == "no-store"
    assert world.http.get(path, headers=world.ben).status_code == 403
    assert world.http.get(path, headers=world.far).status_code == 404
    missing = world.http.get(
        f"/api/v1/sessions/{call.sid}/identity-proofs/2/document", headers=world.ana
    )
    assert missing.status_code == 404 and "no document image" in missing.json()["detail"]
    with world.database.session() as session:
        reads = session.scalars(
            select(JournalEntry).where(
                JournalEntry.action == "session.identity_document_read",
                JournalEntry.subject == f"session:{call.sid}",
            )
        ).all()
        assert [(r.actor, r.payload["upload_id"]) for r in reads] == [("staff:ana", mine)]
        proofs_journaled = session.scalars(
            select(JournalEntry.payload).where(
                JournalEntry.action == "session.identity_start",
                JournalEntry.subject == f"session:{call.sid}",
            )
        ).all()
        assert proofs_journaled == [{"method": "id_card", "result": "passed", "subject": MASK}]

    assert _end(world, call).status_code == 200
    after = world.http.get(f"/api/v1/sessions/{call.sid}/identity-proofs", headers=world.ana)
    assert after.status_code == 200 and len(after.json()["proofs"]) == 1
    assert world.http.get(path, headers=world.ana).status_code == 403


def test_nothing_personal_reaches_the_service_log(world: World) -> None:
    """WHEN a terminal sends a whole ID number by mistake THEN it is refused at the edge and
    never reaches the service's log (the refusal itself goes back to the sender only)."""
    call = _in_call(world)
    refused = _proof(world, call, subject_masked="15010219900307123X")
    assert refused.status_code == 422 and "subject_masked" in refused.text
    assert world.log.is_file() and "19900307" not in world.log.read_text()
