"""Terminals as staff see them: scoped by organisation and region; revoke; rotation; offline."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import update

from central.clock import utcnow
from central.models import Kiosk
from tests.central.support import Central


def _fleet(central: Central) -> dict[str, dict[str, str]]:
    """GIVEN terminals in Hohhot (150100) and Baotou (150200), each having sent a heartbeat."""
    central.add_org("hohhot", "150100", parent="root")
    central.add_org("baotou", "150200", parent="root")
    devices = {"H001": central.enrol("H001", org="hohhot"), "B001": central.enrol("B001", "baotou")}
    for headers in devices.values():
        assert central.beat(headers, [{"family": "printer", "status": "online"}]) == 200
    return devices


def test_staff_see_only_terminals_of_their_organisations(central: Central) -> None:
    _fleet(central)
    tech = central.staff("technician", org="hohhot")
    listed = central.client.get("/api/v1/kiosks", headers=tech).json()
    assert [k["terminal_id"] for k in listed] == ["H001"]
    assert listed[0]["online"] is True
    assert listed[0]["organisation"] == "hohhot"
    assert listed[0]["devices"] == [{"family": "printer", "status": "online", "detail": ""}]


def test_supervisor_at_the_top_filters_by_region(central: Central) -> None:
    _fleet(central)
    boss = central.staff("supervisor")
    everything = central.client.get("/api/v1/kiosks", headers=boss).json()
    assert {k["terminal_id"] for k in everything} == {"H001", "B001"}
    baotou = central.client.get("/api/v1/kiosks?region=150200", headers=boss).json()
    assert [k["terminal_id"] for k in baotou] == ["B001"]
    bad = central.client.get("/api/v1/kiosks?region=abc", headers=boss)
    assert bad.status_code == 422


def test_a_silent_terminal_is_offline_after_the_configured_time(central: Central) -> None:
    _fleet(central)
    central.app.state.heartbeats.writer.flush()  # written behind: the heartbeats come first
    with central.database.session() as session:
        session.execute(
            update(Kiosk)
            .where(Kiosk.terminal_id == "B001")
            .values(last_seen=utcnow() - timedelta(seconds=31))
        )
    boss = central.staff("supervisor")
    offline = central.client.get("/api/v1/kiosks?online=false", headers=boss).json()
    assert [k["terminal_id"] for k in offline] == ["B001"]


def test_technician_revokes_a_terminal_in_scope(central: Central) -> None:
    devices = _fleet(central)
    tech = central.staff("technician", org="hohhot")
    assert central.client.post("/api/v1/kiosks/B001/revoke", headers=tech).status_code == 404
    revoked = central.client.post("/api/v1/kiosks/H001/revoke", headers=tech)
    assert revoked.status_code == 200 and revoked.json()["revoked"] is True
    assert central.beat(devices["H001"]) == 401
    assert central.beat(devices["B001"]) == 200


def test_supervisor_may_look_but_not_revoke(central: Central) -> None:
    _fleet(central)
    boss = central.staff("supervisor")
    assert central.client.post("/api/v1/kiosks/H001/revoke", headers=boss).status_code == 403


def test_technician_issues_an_enrolment_code_for_their_organisation(central: Central) -> None:
    central.add_org("hohhot", "150100", parent="root")
    tech = central.staff("technician", org="hohhot")
    issued = central.client.post(
        "/api/v1/enrol-codes", json={"organisation": "hohhot", "site": "hall"}, headers=tech
    )
    assert issued.status_code == 201
    enrolled = central.client.post(
        "/api/v1/enrol",
        json={"code": issued.json()["code"], "terminal_id": "H009", "site": "hall"},
    )
    assert enrolled.status_code == 201
    above = central.client.post("/api/v1/enrol-codes", json={"organisation": "root"}, headers=tech)
    assert above.status_code == 404


def test_token_rotation_keeps_the_old_token_until_the_new_one_is_used(central: Central) -> None:
    old = central.enrol("K001")
    rotated = central.client.post("/api/v1/token/rotate", headers=old)
    assert rotated.status_code == 200
    new = {"Authorization": f"Bearer {rotated.json()['device_token']}"}
    assert central.beat(old) == 200, "the reply may have been lost: the old token still works"
    assert central.beat(new) == 200
    assert central.beat(old) == 401, "once the new token arrived the old one is retired"


def test_a_code_left_from_before_codes_named_an_owner_enrols_nothing(central: Central) -> None:
    """GIVEN an unused code that names no organisation (the CLI could issue one until now).
    Terminals it enrolled would belong to nobody: it is refused."""
    from central.auth.tokens import sha256_hex
    from central.models import EnrolCode

    code = "ABCD-EFGH-JKLM"
    with central.database.session() as session:
        now = utcnow()
        session.add(
            EnrolCode(
                code_sha256=sha256_hex(code), created_at=now, expires_at=now + timedelta(hours=1)
            )
        )
    enrolled = central.client.post(
        "/api/v1/enrol", json={"code": code, "terminal_id": "U001", "site": "hall"}
    )
    assert enrolled.status_code == 403
    assert "names no organisation" in enrolled.json()["detail"]
