"""Starting a recording through the API, without a call: what is refused before any media
is touched, and to whom (an app on SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest

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
        assert "recording starts only after consent" in reply.json()["detail"]


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
