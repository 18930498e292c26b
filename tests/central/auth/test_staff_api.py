"""Organisations and staff accounts through HTTP: admins manage only their own subtree."""

from __future__ import annotations

from tests.central.support import PASSWORD, Central


def _tree(central: Central) -> None:
    """GIVEN root (150000) > hohhot (150100) > saihan (150105), and baotou (150200) beside."""
    central.add_org("hohhot", "150100", parent="root")
    central.add_org("saihan", "150105", parent="hohhot")
    central.add_org("baotou", "150200", parent="root")


def test_members_see_their_organisation_and_those_below(central: Central) -> None:
    _tree(central)
    clerk = central.staff("clerk", org="hohhot")
    codes = [o["code"] for o in central.client.get("/api/v1/organisations", headers=clerk).json()]
    assert codes == ["hohhot", "saihan"]


def test_admin_adds_an_organisation_under_one_they_manage(central: Central) -> None:
    _tree(central)
    admin = central.staff("admin", org="hohhot")
    body = {
        "code": "saihan-notary",
        "name": "Saihan notary office",
        "kind": "notary_office",
        "region_code": "150105",
        "parent": "hohhot",
    }
    created = central.client.post("/api/v1/organisations", json=body, headers=admin)
    assert created.status_code == 201, created.text
    assert created.json()["parent"] == "hohhot"
    elsewhere = central.client.post(
        "/api/v1/organisations",
        json={**body, "code": "bt-notary", "parent": "baotou", "region_code": "150200"},
        headers=admin,
    )
    assert elsewhere.status_code == 404


def test_an_organisation_outside_its_parents_region_is_refused(central: Central) -> None:
    _tree(central)
    admin = central.staff("admin")
    body = {
        "code": "odd",
        "name": "Odd",
        "kind": "law_firm",
        "region_code": "150200",
        "parent": "hohhot",
    }
    reply = central.client.post("/api/v1/organisations", json=body, headers=admin)
    assert reply.status_code == 409
    assert "not inside the parent's region 150100" in reply.json()["detail"]


def test_bad_organisation_kind_lists_the_allowed_kinds(central: Central) -> None:
    admin = central.staff("admin")
    body = {"code": "x1", "name": "X", "kind": "bank", "region_code": "150100", "parent": "root"}
    reply = central.client.post("/api/v1/organisations", json=body, headers=admin)
    assert reply.status_code == 422
    assert "notary_office" in reply.json()["detail"][0]["msg"]


def test_admin_adds_lists_and_disables_staff_in_scope(central: Central) -> None:
    _tree(central)
    admin = central.staff("admin", org="hohhot")
    body = {
        "username": "wang.notary",
        "display_name": "Wang",
        "organisation": "saihan",
        "roles": ["notary"],
        "password": PASSWORD,
    }
    assert central.client.post("/api/v1/staff", json=body, headers=admin).status_code == 201
    duplicate = central.client.post("/api/v1/staff", json=body, headers=admin)
    assert duplicate.status_code == 409
    outside = central.client.post(
        "/api/v1/staff", json={**body, "username": "liwei", "organisation": "baotou"}, headers=admin
    )
    assert outside.status_code == 404
    central.add_staff("zhao", ["clerk"], org="baotou")
    names = [s["username"] for s in central.client.get("/api/v1/staff", headers=admin).json()]
    assert "wang.notary" in names and "zhao" not in names

    wang = central.login("wang.notary")
    disabled = central.client.post("/api/v1/staff/wang.notary/disable", headers=admin)
    assert disabled.status_code == 200 and disabled.json()["disabled"] is True
    assert central.client.get("/api/v1/auth/me", headers=wang).status_code == 401
    relogin = central.client.post(
        "/api/v1/auth/login", json={"username": "wang.notary", "password": PASSWORD}
    )
    assert relogin.status_code == 401
    assert central.client.post("/api/v1/staff/zhao/disable", headers=admin).status_code == 404


def test_admin_cannot_disable_themselves(central: Central) -> None:
    central.add_staff("boss", ["admin"])
    admin = central.login("boss")
    reply = central.client.post("/api/v1/staff/boss/disable", headers=admin)
    assert reply.status_code == 409


def test_weak_password_is_refused_with_the_rule(central: Central) -> None:
    admin = central.staff("admin")
    body = {
        "username": "weak",
        "display_name": "W",
        "organisation": "root",
        "roles": ["clerk"],
        "password": "123",
    }
    reply = central.client.post("/api/v1/staff", json=body, headers=admin)
    assert reply.status_code == 422
    assert "at least 12 characters" in reply.json()["detail"][0]["msg"]
