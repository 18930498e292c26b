"""A mediation asked for while no mediator is available ends as a one-to-one session does in
that case (issue 18, found running the demo): not left waiting in a queue nobody serves, but
told plainly that no mediator can take it, with the office hours and the call-back /
appointment offer; once a mediator is available the next request is queued for them."""

from __future__ import annotations

import pytest

from tests.central.sessions.support import Scene
from tests.central.support import Central


@pytest.fixture
def scene(central: Central) -> Scene:
    """GIVEN a mediation committee for 150100 with the mediator `mia` (away) and a staffed
    notary office beside it, and a district bureau (150102) owning terminal K001."""
    s = Scene(central.client, central.database)
    s.org("committee", "150100", kind="mediation_committee", parent="root")
    s.org("city-notary", "150100", parent="root")
    s.org("district", "150102", kind="justice_bureau", parent="root")
    return s


def test_a_mediation_with_no_mediator_available_is_refused_plainly_then_queued(
    central: Central, scene: Scene
) -> None:
    mia = scene.staff("mia", "mediator", "committee")
    away = central.client.put(
        "/api/v1/sessions/availability", json={"available": False}, headers=mia
    )
    assert away.status_code == 200, away.text
    ana = scene.staff("ana", "notary", "city-notary")
    scene.available(ana)  # staff of another kind being available changes nothing
    k1 = scene.terminal("K001", "district")

    # WHEN the resident asks for a mediation THEN no queue: the plain message and the offers,
    # shaped as a one-to-one session's refusal
    status = scene.ask(k1, scene.delivered_request("K001", k1, "mediation"), kind="mediation")
    assert status["state"] == "abandoned" and status["position"] is None
    refusal = status["unavailable"]
    assert refusal["reason"] == "nobody_available"
    assert refusal["offers"] == ["callback", "appointment"]
    assert refusal["message"].startswith("现在没有调解员可以接听调解视频通话。"), refusal
    assert refusal["message"].endswith("我们可以给您回电，您也可以预约。")
    english = scene.ask(
        k1, scene.delivered_request("K001", k1, "mediation"), kind="mediation", language="en"
    )["unavailable"]["message"]
    assert english.startswith("No mediator can take a mediation call right now."), english
    # a one-to-one session's refusal keeps its own words
    central.client.put("/api/v1/sessions/availability", json={"available": False}, headers=ana)
    notary = scene.ask(k1, scene.delivered_request("K001", k1, "notarisation"))
    assert notary["unavailable"]["message"].startswith("现在没有工作人员可以接听视频通话。")
    assert notary["unavailable"]["offers"] == refusal["offers"]

    # WHEN the mediator sets themselves available THEN the next mediation waits for them
    scene.available(mia)
    queued = scene.ask(k1, scene.delivered_request("K001", k1, "mediation"), kind="mediation")
    assert queued["state"] == "queued" and queued["position"] == 1, queued
    assert queued["unavailable"] is None
    claimed = central.client.post(f"/api/v1/sessions/{queued['session_id']}/claim", headers=mia)
    assert claimed.status_code == 200, claimed.text
