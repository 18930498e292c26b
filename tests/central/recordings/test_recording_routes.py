"""Starting a recording through the API, without a call: what is refused before any media
is touched, and to whom (an app on SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from central.api.console_auth import COOKIE
from central.clock import utcnow
from central.journal import chain as journal
from central.models import JournalEntry
from central.recordings.at_rest import create_key, load_key, seal
from central.recordings.deletion import expire
from central.recordings.segments import MUXED_NAME, SEGMENT_ACTION, subject_of
from central.recordings.settings import RecordingSettings
from central.sessions.models import VideoSession
from tests.central.sessions.support import Headers, Scene
from tests.central.support import Central

CONSENT = {"consent_read_aloud": True, "consent_spoken": True}


@pytest.fixture
def claimed(central: Central) -> tuple[str, dict[str, Headers]]:
    """GIVEN a notarisation session from K001 claimed by notary ana (not yet connected)."""
    scene = Scene(central.client, central.database)
    scene.org("city-notary", "150100", parent="root")
    scene.org("district", "150102", kind="justice_bureau", parent="root")
    who = {
        "ana": scene.staff("ana", "notary", "city-notary"),
        "bob": scene.staff("bob", "notary", "city-notary"),
        "device": scene.terminal("K001", "district"),
    }
    scene.available(who["ana"])
    number = scene.delivered_request("K001", who["device"], "notarisation")
    public_id = str(scene.ask(who["device"], number)["session_id"])
    claim = central.client.post(f"/api/v1/sessions/{public_id}/claim", headers=who["ana"])
    assert claim.status_code == 200, claim.text
    return public_id, who


def test_no_recording_without_both_consents(central: Central, claimed) -> None:
    public_id, who = claimed
    for body in ({**CONSENT, "consent_spoken": False}, {**CONSENT, "consent_read_aloud": False}):
        reply = central.client.post(
            f"/api/v1/sessions/{public_id}/recording", json=body, headers=who["ana"]
        )
        assert reply.status_code == 422
        assert "recording starts only after consent" in reply.json()["detail"][0]["msg"]


def test_only_the_call_holder_starts_it_and_only_in_the_call(central: Central, claimed) -> None:
    public_id, who = claimed
    path = f"/api/v1/sessions/{public_id}/recording"
    assert central.client.post(path, json=CONSENT, headers=who["device"]).status_code == 401
    colleague = central.client.post(path, json=CONSENT, headers=who["bob"])
    assert colleague.status_code == 403 and "is not yours" in colleague.json()["detail"]
    early = central.client.post(path, json=CONSENT, headers=who["ana"])
    assert early.status_code == 409 and "is not in a call" in early.json()["detail"]
    state = central.client.get(path, headers=who["ana"])
    assert state.status_code == 200 and state.json()["state"] == "off"
    kiosk = central.client.get(f"/api/v1/kiosk/sessions/{public_id}", headers=who["device"])
    assert kiosk.json()["recording"] is False


def _one_segment(central: Central, settings: RecordingSettings, public_id: str) -> None:
    create_key(settings.key_file)
    stored_at = f"{public_id}/segment-1"
    (settings.store_dir / stored_at).mkdir(parents=True)
    sealed = seal(load_key(settings.key_file), b"picture", f"{stored_at}/{MUXED_NAME}")
    (settings.store_dir / stored_at / f"{MUXED_NAME}.enc").write_bytes(sealed)
    record = {"index": 1, "raw_sha256": {}, "file_sha256": "", "prev_sha256": ""}
    record |= {"stored_at": stored_at}
    with central.database.session() as session:
        journal.append(session, "central", SEGMENT_ACTION, subject_of(public_id), record)


def _ended(central: Central, public_id: str, days_ago: int) -> None:
    with central.database.session() as session:
        session.execute(
            update(VideoSession)
            .where(VideoSession.public_id == public_id)
            .values(ended_at=utcnow() - timedelta(days=days_ago))
        )


def test_retention_removes_a_kind_past_its_days_and_keeps_others(
    central: Central, claimed, tmp_path: Path
) -> None:
    """GIVEN notarisation recordings kept 30 days WHEN the sweep runs 29 and 31 days after
    the session ended THEN the first keeps it, the second removes it, journaled with why; a
    kind without a retention is kept whatever its age."""
    public_id, _ = claimed
    settings = RecordingSettings(
        store_dir=tmp_path / "store", key_file=tmp_path / "k", retention_days={"mediation": 1}
    )
    _one_segment(central, settings, public_id)
    _ended(central, public_id, 400)
    with central.database.session() as session:
        assert expire(session, settings) == []  # notarisation: no retention set, kept
    settings = settings.model_copy(update={"retention_days": {"notarisation": 30}})
    _ended(central, public_id, 29)
    with central.database.session() as session:
        assert expire(session, settings) == []
    _ended(central, public_id, 31)
    with central.database.session() as session:
        removed = expire(session, settings)
    assert [r.public_id for r in removed] == [public_id]
    assert not (settings.store_dir / public_id).exists()
    with central.database.session() as session:
        entry = session.scalars(
            select(JournalEntry).where(JournalEntry.action == "recording.deleted")
        ).one()
    assert entry.actor == "central"
    assert entry.payload["reason"] == "retention: notarisation recordings are kept 30 days"


def test_console_start_control_needs_both_boxes_then_a_call(central: Central, claimed) -> None:
    """The call page's form, as its script posts it (ana's console cookie)."""
    public_id, who = claimed
    token = who["ana"]["Authorization"].split(" ", 1)[1]
    path = f"/console/sessions/{public_id}/recording"
    headers = {"Accept": "application/json", "Cookie": f"{COOKIE}={token}"}
    one_box = central.client.post(path, data={"consent_spoken": "yes"}, headers=headers)
    assert one_box.status_code == 422
    assert one_box.json()["detail"].startswith("recording starts only after consent")
    both = {"consent_read_aloud": "yes", "consent_spoken": "yes"}
    early = central.client.post(path, data=both, headers=headers)
    assert early.status_code == 409 and "is not in a call" in early.json()["detail"]
