"""Office hours decide a session only through the offices whose staff may take it: a bureau
above a notary office that publishes hours for appointments (as the demo's does) does not
close the notary office, which published none."""

from __future__ import annotations

from datetime import timedelta

import pytest

from central.clock import utcnow
from tests.central.sessions.support import Scene
from tests.central.support import Central


@pytest.fixture
def scene(central: Central) -> Scene:
    scene = Scene(central.client, central.database)
    scene.org("city-notary", "150100", parent="root")
    scene.org("district", "150102", kind="justice_bureau", parent="root")
    return scene


def test_a_closed_bureau_without_notaries_does_not_refuse_the_notary_office(
    central: Central, scene: Scene
) -> None:
    ana = scene.staff("ana", "notary", "city-notary")
    scene.available(ana)
    other_day = (utcnow() + timedelta(days=3)).astimezone().weekday()
    reply = central.client.put(
        "/api/v1/organisations/district/office-hours",
        json={"hours": [{"weekday": other_day, "opens": "00:00", "closes": "23:59"}]},
        headers=central.staff("admin"),
    )
    assert reply.status_code == 200, reply.text
    k1 = scene.terminal("K001", "district")
    status = scene.ask(k1, scene.delivered_request("K001", k1))
    assert status["state"] == "queued" and status["position"] == 1


def test_nobody_available_shows_the_hours_of_the_offices_that_take_calls(
    central: Central, scene: Scene
) -> None:
    """GIVEN the bureau's appointment hours and a notary office with a notary who is away
    WHEN a session is asked for THEN the plain message does not show the bureau's hours."""
    scene.staff("ana", "notary", "city-notary")  # never set available
    reply = central.client.put(
        "/api/v1/organisations/district/office-hours",
        json={"hours": [{"weekday": d, "opens": "00:00", "closes": "23:59"} for d in range(7)]},
        headers=central.staff("admin"),
    )
    assert reply.status_code == 200, reply.text
    k1 = scene.terminal("K001", "district")
    refusal = scene.ask(k1, scene.delivered_request("K001", k1))["unavailable"]
    assert refusal["reason"] == "nobody_available"
    assert [h["organisation"] for h in refusal["hours"]] == ["city-notary office"]
    assert "district office" not in refusal["message"]
