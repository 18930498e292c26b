"""`/console/technicians`: a technician pushes technicians' PINs to terminals from the console;
the terminals receive scrypt hashes, and no PIN is ever shown back."""

from __future__ import annotations

from tests.central.support import Central

PAGE = "/console/technicians"


def test_a_technician_pushes_pins_and_terminals_get_only_hashes(central: Central) -> None:
    """GIVEN a technician of root and a terminal of root WHEN two technicians are pushed to
    all terminals from the console THEN the page says which version, and the terminal's
    configuration lists both names with scrypt hashes and no PIN."""
    staff = central.staff("technician")
    device = central.enrol("K001")
    form = {"target_kind": "all", "target": "", "entries": "wang 482913\nli 7391\n"}
    pushed = central.client.post(PAGE, data=form, headers=staff, follow_redirects=False)
    assert pushed.status_code == 303, pushed.text
    shown = central.client.get(pushed.headers["location"], headers=staff)
    assert shown.status_code == 200 and "已下发，配置版本 v" in shown.text
    config = central.client.get("/api/v1/config", headers=device).json()
    listed = config["document"]["technicians"]
    assert [entry["name"] for entry in listed] == ["wang", "li"]
    assert all(entry["pin_hash"].startswith("scrypt$") for entry in listed)
    assert "482913" not in str(config) and "482913" not in shown.text


def test_a_refused_push_says_why_and_never_echoes_the_pins(central: Central) -> None:
    staff = central.staff("technician")
    bad_line = {"target_kind": "all", "target": "", "entries": "wang 482913 extra\n"}
    refused = central.client.post(PAGE, data=bad_line, headers=staff)
    assert refused.status_code == 400
    assert "未下发" in refused.text and "line 1: expected `NAME PIN`" in refused.text
    assert "482913" not in refused.text
    short_pin = {"target_kind": "terminal", "target": "K001", "entries": "wang 12\n"}
    refused = central.client.post(PAGE, data=short_pin, headers=staff)
    assert refused.status_code == 400 and "4 to 12 digits" in refused.text
    assert 'value="K001"' in refused.text
    elsewhere = {"target_kind": "region", "target": "210000", "entries": "wang 482913\n"}
    refused = central.client.post(PAGE, data=elsewhere, headers=staff)
    assert refused.status_code == 409 and "outside your organisation" in refused.text


def test_supervisors_may_not_push_pins(central: Central) -> None:
    supervisor = central.staff("supervisor")
    form = {"target_kind": "all", "target": "", "entries": "wang 482913\n"}
    assert central.client.post(PAGE, data=form, headers=supervisor).status_code == 403
    assert central.client.get(PAGE, headers=supervisor).status_code == 403
