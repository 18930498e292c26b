"""The act of a completed notarisation session on SQLite and PostgreSQL: its journal entry
gathers what the recording, identity and document parts hand in (masked values and hashes
only), it is made once, and without a time-stamp service it stays "sealing pending" saying
why."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from central.evidence.acts import open_acts
from central.evidence.models import NotarialAct
from central.evidence.settings import EvidenceSettings
from central.evidence.task import EvidenceTask
from central.models import JournalEntry
from central.sessions.evidence_types import (
    DocumentEvidence,
    EvidenceSources,
    IdentityEvidence,
    SegmentEvidence,
)
from central.sessions.models import VideoSession
from tests.central.sessions.support import Scene
from tests.central.support import Central
from tests.helpers.sealed_acts import RESIDENT_NAME, RESIDENT_PHONE, completed_notarisation

AT = datetime(2026, 12, 7, 3, 0, tzinfo=UTC)


def _segments(_s: Session, vs: VideoSession) -> Sequence[SegmentEvidence]:
    first = SegmentEvidence(
        1, AT, AT, {"a.mjr": "1" * 64}, "2" * 64, "", "3" * 64, f"{vs.public_id}/1"
    )
    second = SegmentEvidence(
        2, AT, AT, {"b.mjr": "4" * 64}, "5" * 64, "3" * 64, "6" * 64, f"{vs.public_id}/2"
    )
    return [first, second]


def _identity(_s: Session, _vs: VideoSession) -> Sequence[IdentityEvidence]:
    return [
        IdentityEvidence(AT, "start", "id_card", "passed", "1501**********123X", ""),
        IdentityEvidence(
            AT, "reproof", "face_check", "passed", "1501**********123X", "face distance 0.41"
        ),
    ]


def _documents(_s: Session, _vs: VideoSession) -> Sequence[DocumentEvidence]:
    return [DocumentEvidence("委托书", "7" * 64, "8" * 64, AT, "9" * 64)]


SOURCES = EvidenceSources(segments=_segments, identity=_identity, documents=_documents)


def test_the_act_journals_what_the_parts_hand_in_once_and_waits_for_a_time_stamp(
    central: Central,
) -> None:
    """GIVEN a notary office, a terminal and a notarisation session completed by notary Ana
    WHEN the evidence round runs twice THEN one act exists, journaled with the segments (linked
    hashes, where stored), the identity proofs (masked, the re-proof too), the documents'
    hashes and the parties masked; no name or phone anywhere; and with no time-stamp service
    the act stays "sealing pending" with the reason kept."""
    scene = Scene(central.client, central.database)
    scene.org("city-notary", "150100", parent="root")
    scene.org("district", "150102", kind="justice_bureau", parent="root")
    notary = scene.staff("ana", "notary", "city-notary")
    scene.available(notary)
    terminal = scene.terminal("K001", "district")
    sid = completed_notarisation(scene, terminal, notary)

    settings = EvidenceSettings(office_name="city-notary office")
    assert open_acts(central.database, settings, SOURCES) == 1
    assert open_acts(central.database, settings, SOURCES) == 0
    EvidenceTask(central.database, settings, SOURCES).once()

    with central.database.session() as session:
        act = session.scalars(select(NotarialAct)).one()
        entries = session.scalars(
            select(JournalEntry).where(JournalEntry.subject == f"act:{act.public_id}")
        ).all()
        assert [e.action for e in entries] == ["act.recorded"]
        journaled = entries[0].payload
    assert act.state == "sealing_pending" and act.attempts == 1
    assert act.last_error == "no time-stamp service configured (evidence.tsa_url)"
    record = act.record
    assert record["session"] == sid and record["organisation"] == "city-notary office"
    assert [s["prev_sha256"] for s in record["segments"]] == ["", "3" * 64]
    assert record["segments"][1]["stored_at"].endswith("/2")
    assert [i["occasion"] for i in record["identity"]] == ["start", "reproof"]
    assert record["parties"]["resident"] == ["1501**********123X"]
    assert record["parties"]["notary"] != "Ana" and record["parties"]["notary_account"] == "ana"
    assert record["documents"][0]["signed_sha256"] == "8" * 64
    assert journaled["certificate_sha256"] == act.certificate_sha256
    text = json.dumps(journaled, ensure_ascii=False)
    assert RESIDENT_NAME not in text and RESIDENT_NAME[0] not in text and RESIDENT_PHONE not in text


def test_the_console_act_page_is_for_the_handling_office_only(
    central: Central, tmp_path: Path
) -> None:
    """GIVEN a completed notarisation's act WHEN notary Ana of the handling office opens its
    page THEN she sees its state, why it is pending, the masked identity evidence (with the
    re-proof), the documents and the linked segments; before the act exists the page says so;
    a notary of another office is told there is no such session."""
    scene = Scene(central.client, central.database)
    scene.org("city-notary", "150100", parent="root")
    scene.org("far-notary", "150100", parent="root")
    scene.org("district", "150102", kind="justice_bureau", parent="root")
    ana = scene.staff("ana", "notary", "city-notary")
    scene.available(ana)
    terminal = scene.terminal("K001", "district")
    sid = completed_notarisation(scene, terminal, ana)
    page = f"/console/sessions/{sid}/act"

    def cookie(headers: dict[str, str]) -> dict[str, str]:
        return {"Cookie": "lexkiosk_staff=" + headers["Authorization"].removeprefix("Bearer ")}

    early = central.client.get(page, headers=cookie(ana))
    assert early.status_code == 200 and "还没有公证记录" in early.text
    open_acts(central.database, EvidenceSettings(office_name="city-notary office"), SOURCES)
    EvidenceTask(central.database, EvidenceSettings(), SOURCES).once()

    shown = central.client.get(page, headers=cookie(ana))
    assert shown.status_code == 200
    html = shown.text
    assert "盖章处理中" in html and "no time-stamp service configured" in html
    assert "1501**********123X" in html and "断线后重新核验" in html and "人脸比对" in html
    assert "委托书" in html and "8" * 64 in html and "6" * 64 in html and f"{sid}/2" in html
    assert RESIDENT_NAME not in html and RESIDENT_PHONE not in html
    (tmp_path / "act.html").write_text(html)

    other = scene.staff("olga", "notary", "far-notary")
    refused = central.client.get(page, headers=cookie(other))
    assert refused.status_code == 404 and "8" * 64 not in refused.text
