"""Configuration pushed to a terminal or a group; the terminal applies or refuses it."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from tests.central.support import Central


def _setup(central: Central) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """GIVEN a technician in Hohhot (150100) and terminals H001 (Hohhot) and B001 (Baotou)."""
    central.add_org("hohhot", "150100", parent="root")
    central.add_org("baotou", "150200", parent="root")
    return (
        central.staff("technician", org="hohhot"),
        central.enrol("H001", org="hohhot", site="hall-a"),
        central.enrol("B001", org="baotou", site="hall-a"),
    )


def _push(
    central: Central, headers: dict[str, str], kind: str, target: str, doc: dict[str, Any]
) -> int:
    body = {"target_kind": kind, "target": target, "document": doc}
    reply = central.client.post("/api/v1/configs", json=body, headers=headers)
    assert reply.status_code == 201, reply.text
    version: int = reply.json()["version"]
    return version


def _ack(central: Central, device: dict[str, str]) -> dict[str, Any]:
    body = {"sent_at": datetime.now(UTC).isoformat(), "app_version": "1", "devices": []}
    reply = central.client.post("/api/v1/heartbeat", json=body, headers=device)
    assert reply.status_code == 200
    ack: dict[str, Any] = reply.json()
    return ack


def test_a_region_push_reaches_only_terminals_in_scope(central: Central) -> None:
    tech, hohhot, baotou = _setup(central)
    version = _push(central, tech, "all", "", {"idle_timeout_s": 90})
    assert _ack(central, hohhot)["config_version"] == version
    assert _ack(central, baotou)["config_version"] is None, "outside the pusher's organisation"
    fetched = central.client.get("/api/v1/config", headers=hohhot)
    assert fetched.status_code == 200
    assert fetched.json()["document"] == {"idle_timeout_s": 90}
    assert central.client.get("/api/v1/config", headers=baotou).status_code == 204


def test_the_newest_version_addressed_to_a_terminal_wins(central: Central) -> None:
    tech, hohhot, _ = _setup(central)
    _push(central, tech, "region", "150100", {"volume": 5})
    own = _push(central, tech, "terminal", "H001", {"volume": 8})
    assert central.client.get("/api/v1/config", headers=hohhot).json()["version"] == own
    not_modified = central.client.get(f"/api/v1/config?current={own}", headers=hohhot)
    assert not_modified.status_code == 204
    site = _push(central, tech, "site", "hall-a", {"volume": 3})
    assert central.client.get("/api/v1/config", headers=hohhot).json()["version"] == site


def test_applied_and_refused_reports(central: Central) -> None:
    """GIVEN v1 applied WHEN v2 is refused THEN the terminal's version in force stays v1."""
    tech, hohhot, _ = _setup(central)
    v1 = _push(central, tech, "terminal", "H001", {"volume": 5})
    applied = {"version": v1, "outcome": "applied"}
    assert (
        central.client.post("/api/v1/config/report", json=applied, headers=hohhot).status_code
        == 204
    )
    v2 = _push(central, tech, "terminal", "H001", {"volume": "loud"})
    refused = {"version": v2, "outcome": "refused", "detail": "volume: not an integer"}
    assert (
        central.client.post("/api/v1/config/report", json=refused, headers=hohhot).status_code
        == 204
    )
    listed = central.client.get("/api/v1/kiosks", headers=tech).json()
    assert listed[0]["config_version"] == v1
    unknown = central.client.post(
        "/api/v1/config/report", json={"version": 999, "outcome": "applied"}, headers=hohhot
    )
    assert unknown.status_code == 404


def test_push_rules_say_what_is_allowed(central: Central) -> None:
    tech, _, _ = _setup(central)
    outside = {"target_kind": "region", "target": "150200", "document": {}}
    reply = central.client.post("/api/v1/configs", json=outside, headers=tech)
    assert reply.status_code == 409
    assert "outside your organisation's region 150100" in reply.json()["detail"]
    misfit = {"target_kind": "terminal", "target": "lower case", "document": {}}
    reply = central.client.post("/api/v1/configs", json=misfit, headers=tech)
    assert reply.status_code == 409
    assert "terminal id of 3-12 capitals and digits" in reply.json()["detail"]
    huge = {"target_kind": "all", "target": "", "document": {"x": "y" * 70_000}}
    assert central.client.post("/api/v1/configs", json=huge, headers=tech).status_code == 409


def test_supervisors_see_versions_but_cannot_push(central: Central) -> None:
    tech, _, _ = _setup(central)
    _push(central, tech, "all", "", {"a": 1})
    boss = central.staff("supervisor")
    assert len(central.client.get("/api/v1/configs", headers=boss).json()) == 1
    body = {"target_kind": "all", "target": "", "document": {}}
    assert central.client.post("/api/v1/configs", json=body, headers=boss).status_code == 403


def test_nul_characters_are_refused_before_they_reach_the_database(central: Central) -> None:
    tech, _, _ = _setup(central)
    body = {"target_kind": "site", "target": "hall\x00a", "document": {}}
    reply = central.client.post("/api/v1/configs", json=body, headers=tech)
    assert reply.status_code == 422
    assert "NUL" in reply.json()["detail"][0]["msg"]


def test_settings_only_the_terminal_sets_are_refused_with_their_reason(central: Central) -> None:
    """GIVEN a technician WHEN they push a document naming the central service, its CA, the
    data folder, the terminal's id or its own PIN THEN the push is refused (409) naming the
    setting and why, and nothing is stored for the terminals to fetch."""
    tech, hohhot, _ = _setup(central)
    for key, value in (
        ("central_url", "https://evil.example:8443"),
        ("central_ca", "/tmp/evil-ca.pem"),
        ("data_dir", "/tmp/elsewhere"),
        ("terminal_id", "H002"),
        ("technician_pin_hash", "x"),
    ):
        body = {"target_kind": "all", "target": "", "document": {key: value, "site": "ok"}}
        reply = central.client.post("/api/v1/configs", json=body, headers=tech)
        assert reply.status_code == 409, reply.text
        detail = reply.json()["detail"]
        assert detail.startswith(f"{key} is ") and "never pushed" in detail, detail
    assert central.client.get("/api/v1/config", headers=hohhot).status_code == 204
