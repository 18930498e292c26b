"""The mediation agreement through the API: versions, signatures cleared by a change, stale
versions refused, each party only in its own slot, and who may not see it at all."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from central.mediation.agreement_model import MediationAgreement
from central.mediation.guest import guest_participant
from central.models import JournalEntry
from tests.central.sessions.support import Scene
from tests.central.support import Central
from tests.helpers.agreement import VALUES, Mediation, add_participant, ink_png, mediation

GUEST = "/api/v1/guest/sessions"


@pytest.fixture
def med(central: Central) -> Mediation:
    return mediation(Scene(central.client, central.database))


def test_every_party_reads_it_and_a_change_clears_all_signatures(med: Mediation) -> None:
    unknown = med.put({"nonsense": "x"})
    assert (
        unknown.status_code == 422 and "the fields are: resident_party" in unknown.json()["detail"]
    )
    long = med.put({**VALUES, "mediator": "赵" * 31})
    assert long.status_code == 422 and "at most 30" in long.json()["detail"]
    first = med.put()
    not_png = med.scene.http.request(
        "POST",
        f"/api/v1/kiosk/sessions/{med.sid}/agreement/signature",
        json={"version": 1, "signature_png_b64": "aGVsbG8gd29ybGQ="},
        headers=med.resident,
    )
    assert not_png.status_code == 422 and "PNG" in not_png.json()["detail"]
    assert first.status_code == 200, first.text
    assert first.json() == {"version": 1, "cleared_signatures": 0}
    for who, role in ((med.resident, "resident"), (med.other, "other_party")):
        shown = med.read(who).json()
        assert shown["title"] == "人民调解协议书" and shown["you"] == role
        assert "李大山于2027年1月31日前" in shown["text"] and shown["version"] == 1
        assert [s["signed"] for s in shown["signatures"]] == [False, False, False]
    staff = med.read(med.mediator, "/api/v1/sessions").json()
    assert staff["you"] == "mediator" and staff["state"] == "signing"
    # WHEN the mediator changes it after two signatures THEN all are cleared and counted
    assert med.sign(med.resident, 1).status_code == 200
    assert med.sign(med.other, 1, seed=2).status_code == 200
    changed = med.put({**VALUES, "performance_deadline": "2027年2月28日前"})
    assert changed.json() == {"version": 2, "cleared_signatures": 2}
    shown = med.read(med.resident).json()
    assert shown["version"] == 2 and not any(s["signed"] for s in shown["signatures"])
    assert "2027年2月28日前" in shown["text"]
    # a party still showing version 1 is refused
    stale = med.sign(med.resident, 1)
    assert stale.status_code == 409
    assert (
        "the agreement changed" in stale.json()["detail"] and "version 2" in stale.json()["detail"]
    )


def test_each_party_signs_its_own_slot_once_then_it_waits_for_the_seal(
    med: Mediation, central: Central
) -> None:
    med.put()
    signed = med.sign(med.other, 1).json()
    slots = {s["role"]: s for s in signed["signatures"]}
    assert slots["other_party"]["signed"] and not slots["resident"]["signed"]
    again = med.sign(med.other, 1)
    assert again.status_code == 409 and "other_party has signed" in again.json()["detail"]
    assert med.sign(med.stranger, 1).status_code == 404  # a terminal not in the session
    # WHEN the resident and the mediator sign too THEN the PDF is rendered for the seal
    med.sign(med.resident, 1)
    done = med.sign(med.mediator, 1, "/api/v1/sessions", seed=3).json()
    assert done["state"] == "sealing_pending"
    assert med.put().status_code == 409  # no change after everybody signed
    copy = med.scene.http.request(
        "GET", f"/api/v1/kiosk/sessions/{med.sid}/agreement/copy", headers=med.resident
    )
    assert copy.status_code == 409 and "not sealed yet" in copy.json()["detail"]
    with central.database.session() as session:
        row = session.scalars(select(MediationAgreement)).one()
        assert row.pdf is not None and row.pdf.startswith(b"%PDF")
        actions = session.scalars(
            select(JournalEntry.action).where(JournalEntry.subject == f"session:{med.sid}")
        ).all()
        text = " ".join(str(e.payload) for e in session.scalars(select(JournalEntry)).all())
    assert actions.count("agreement.signed") == 3 and "agreement.signed_by_all" in actions
    assert "李大山" not in text and "王小明" not in text  # hashes only in the journal


def test_other_organisation_other_session_and_anonymous_are_refused_a_guest_signs(
    med: Mediation, central: Central
) -> None:
    med.put()
    scene = med.scene
    scene.org("far", "150200", parent="root")
    far = scene.staff("fay", "lawyer", "far")
    colleague = scene.staff("cal", "lawyer", "centre")
    base = f"/api/v1/sessions/{med.sid}/agreement"
    assert scene.http.request("GET", base, headers=far).status_code == 404
    assert scene.http.request("PUT", base, json={"values": VALUES}, headers=far).status_code == 404
    assert scene.http.request("GET", base, headers=colleague).status_code == 403
    assert scene.http.request("GET", base).status_code == 401
    kiosk = f"/api/v1/kiosk/sessions/{med.sid}/agreement"
    assert scene.http.request("GET", kiosk).status_code == 401
    assert scene.http.request("GET", kiosk, headers=med.stranger).status_code == 404
    # the guest: without an admission 401; admitted to another session 404
    assert scene.http.request("GET", f"{GUEST}/{med.sid}/agreement").status_code == 401
    central.app.dependency_overrides[guest_participant] = lambda: ("vs_other", "guest-1")
    try:
        assert scene.http.request("GET", f"{GUEST}/{med.sid}/agreement").status_code == 404
    finally:
        central.app.dependency_overrides.clear()
    # WHEN the other party is admitted in a browser (a guest) THEN it signs that slot
    pid = add_participant(central.database, med.sid, "other_party", None)
    central.app.dependency_overrides[guest_participant] = lambda: (med.sid, pid)
    try:
        shown = med.read({}, GUEST).json()
        assert shown["you"] == "other_party"
        body = {"version": 1, "signature_png_b64": ink_png(4)}
        signed = scene.http.request("POST", f"{GUEST}/{med.sid}/agreement/signature", json=body)
        assert signed.status_code == 200, signed.text
        slot = next(s for s in signed.json()["signatures"] if s["role"] == "other_party")
        assert slot["participant_id"] == pid
    finally:
        central.app.dependency_overrides.clear()
