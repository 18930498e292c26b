"""The fleet console at /console/: form login, the terminal table, filters, going offline."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import update

from central.clock import utcnow
from central.models import Kiosk
from tests.central.support import PASSWORD, Central


def _log_in(central: Central, username: str, password: str = PASSWORD) -> int:
    reply = central.client.post(
        "/console/login",
        content=f"username={username}&password={password.replace(' ', '+')}",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
        follow_redirects=False,
    )
    return reply.status_code


def _fleet(central: Central) -> None:
    """GIVEN a technician and two terminals that reported, one with the printer out of paper."""
    central.add_staff("tech1", ["technician"])
    printer_out = [{"family": "printer", "status": "online", "detail": "paper out"}]
    central.beat(central.enrol("K001", site="Saihan hall"), printer_out)
    central.beat(central.enrol("K002", site="<b>Tuzuo</b>"))


def test_anonymous_gets_the_login_form_with_401(central: Central) -> None:
    reply = central.client.get("/console/")
    assert reply.status_code == 401
    assert '<form method="post" action="/console/login">' in reply.text


def test_log_in_and_see_every_terminal(central: Central) -> None:
    _fleet(central)
    assert _log_in(central, "tech1") == 303
    page = central.client.get("/console/")
    assert page.status_code == 200
    assert 'data-terminal="K001"' in page.text and 'data-terminal="K002"' in page.text
    assert "printer: paper out" in page.text
    assert "&lt;b&gt;Tuzuo&lt;/b&gt;" in page.text and "<b>Tuzuo</b>" not in page.text


def test_filters(central: Central) -> None:
    _fleet(central)
    _log_in(central, "tech1")
    faults = central.client.get("/console/?faults=1").text
    assert 'data-terminal="K001"' in faults and 'data-terminal="K002"' not in faults
    search = central.client.get("/console/?q=tuzuo").text
    assert 'data-terminal="K002"' in search and 'data-terminal="K001"' not in search
    bad = central.client.get("/console/?state=sleeping")
    assert bad.status_code == 422


def test_a_terminal_that_falls_silent_shows_offline(central: Central) -> None:
    _fleet(central)
    _log_in(central, "tech1")
    assert 'data-terminal="K001"' in central.client.get("/console/?state=online").text
    with central.database.session() as session:
        session.execute(
            update(Kiosk)
            .where(Kiosk.terminal_id == "K001")
            .values(last_seen=utcnow() - timedelta(minutes=5))
        )
    offline = central.client.get("/console/?state=offline").text
    assert 'data-terminal="K001"' in offline and 'data-terminal="K002"' not in offline


def test_wrong_password_and_bad_form(central: Central) -> None:
    central.add_staff("tech1", ["technician"])
    assert _log_in(central, "tech1", "wrong password") == 401
    assert _log_in(central, "TECH!", "x") == 400


def test_logout_revokes_the_cookie_token(central: Central) -> None:
    central.add_staff("tech1", ["technician"])
    _log_in(central, "tech1")
    assert central.client.get("/console/").status_code == 200
    cookie = central.client.cookies.get("lexkiosk_staff")
    assert central.client.post("/console/logout", follow_redirects=False).status_code == 303
    central.client.cookies.set("lexkiosk_staff", cookie or "", path="/console")
    assert central.client.get("/console/").status_code == 401


def test_roles_without_fleet_access_get_403(central: Central) -> None:
    central.add_staff("notary1", ["notary"])
    _log_in(central, "notary1")
    assert central.client.get("/console/").status_code == 403


def test_the_cookie_does_not_open_the_json_api(central: Central) -> None:
    central.add_staff("tech1", ["technician"])
    _log_in(central, "tech1")
    assert central.client.get("/api/v1/kiosks").status_code == 401
