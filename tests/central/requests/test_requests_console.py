"""The request pages over HTTP with the login cookie: who lands where, who may do what, and
how refusals read."""

from __future__ import annotations

import uuid

from tests.central.requests.support import bureau
from tests.central.support import PASSWORD, Central

FORM = {"Content-Type": "application/x-www-form-urlencoded"}


def _log_in(central: Central, username: str) -> str:
    reply = central.client.post(
        "/console/login",
        content=f"username={username}&password={PASSWORD.replace(' ', '+')}",
        headers=FORM,
        follow_redirects=False,
    )
    assert reply.status_code == 303
    return str(reply.headers["location"])


def test_clerks_land_on_requests_technicians_on_terminals(central: Central) -> None:
    central.add_staff("clerk1", ["clerk"])
    central.add_staff("tech1", ["technician"])
    assert central.client.get("/console/requests").status_code == 401
    assert _log_in(central, "clerk1") == "/console/requests"
    assert central.client.get("/console/requests").status_code == 200
    assert _log_in(central, "tech1") == "/console/"
    assert central.client.get("/console/requests").status_code == 403


def test_record_a_hall_visit_by_form_once(central: Central) -> None:
    central.add_staff("clerk1", ["clerk"])
    _log_in(central, "clerk1")
    form = central.client.get("/console/requests/new").text
    assert 'value="hall"' in form and 'value="hotline"' not in form  # clerks record visits
    key = str(uuid.uuid4())
    body = (
        f"idempotency_key={key}&channel=hall&kind=legal_aid&name=%3Cb%3E%E5%BC%A0%3C%2Fb%3E"
        "&phone=13800138000&id_number=&address=&summary=%E6%B1%82%E5%8A%A9"
    )
    first = central.client.post("/console/requests", content=body, headers=FORM)
    again = central.client.post("/console/requests", content=body, headers=FORM)
    assert first.status_code == again.status_code == 200  # after the 303
    assert first.url == again.url and "/console/requests/HALL-" in str(first.url)
    assert "&lt;b&gt;张&lt;/b&gt;" in first.text and "<b>张</b>" not in first.text
    listed = central.client.get("/console/requests").text
    assert listed.count("data-tracking=") == 1


def test_refusals_show_the_page_again_with_the_reason(central: Central) -> None:
    b = bureau(central)
    number = b.new()
    central.add_staff("op1", ["hotline_operator"], org="east")
    _log_in(central, "op1")
    no_target = central.client.post(
        f"/console/requests/{number}/transfer",
        content="to_organisation=&reason=x&deadline_days=3",
        headers=FORM,
    )
    assert no_target.status_code == 422
    assert "to_organisation: choose the receiving organisation" in no_target.text
    wrong = central.client.post(
        f"/console/requests/{number}/action", content="action=close", headers=FORM
    )
    assert wrong.status_code == 409 and "from &#x27;submitted&#x27; the workflow allows" in (
        wrong.text
    )


def test_supervisors_read_but_do_not_act(central: Central) -> None:
    b = bureau(central)
    number = b.new()
    central.add_staff("sup1", ["supervisor"])
    _log_in(central, "sup1")
    page = central.client.get(f"/console/requests/{number}")
    assert page.status_code == 200 and "Actions" not in page.text and "王小明" in page.text
    assert central.client.get("/console/requests/new").status_code == 403
    act = central.client.post(
        f"/console/requests/{number}/action", content="action=accept", headers=FORM
    )
    assert act.status_code == 403
