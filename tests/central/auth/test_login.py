"""Staff login, tokens, expiry, revocation, rate limiting and role checks, through HTTP."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import update

from central.clock import utcnow
from central.models import StaffToken
from tests.central.support import PASSWORD, Central


def test_login_returns_a_token_that_identifies_the_member(central: Central) -> None:
    central.add_staff("alice", ["notary"])
    headers = central.login("alice")
    me = central.client.get("/api/v1/auth/me", headers=headers)
    assert me.status_code == 200
    assert me.json() == {
        "username": "alice",
        "display_name": "Alice",
        "organisation": "root",
        "roles": ["notary"],
        "disabled": False,
    }


def test_wrong_password_and_unknown_user_answer_alike(central: Central) -> None:
    central.add_staff("alice", ["notary"])
    wrong = central.client.post(
        "/api/v1/auth/login", json={"username": "alice", "password": "nope"}
    )
    unknown = central.client.post(
        "/api/v1/auth/login", json={"username": "bob", "password": "nope"}
    )
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json()


def test_bad_login_body_says_what_is_allowed(central: Central) -> None:
    reply = central.client.post("/api/v1/auth/login", json={"username": "A!", "password": ""})
    assert reply.status_code == 422
    fields = {tuple(e["loc"]) for e in reply.json()["detail"]}
    assert fields == {("body", "username"), ("body", "password")}


def test_logout_revokes_the_token(central: Central) -> None:
    central.add_staff("alice", ["clerk"])
    headers = central.login("alice")
    assert central.client.post("/api/v1/auth/logout", headers=headers).status_code == 204
    again = central.client.get("/api/v1/auth/me", headers=headers)
    assert again.status_code == 401
    assert "log in again" in again.json()["detail"]


def test_an_expired_token_is_refused(central: Central) -> None:
    central.add_staff("alice", ["clerk"])
    headers = central.login("alice")
    with central.database.session() as session:
        session.execute(update(StaffToken).values(expires_at=utcnow() - timedelta(seconds=1)))
    assert central.client.get("/api/v1/auth/me", headers=headers).status_code == 401


def test_no_token_and_a_device_token_are_not_staff(central: Central) -> None:
    device = central.enrol("K001")
    assert central.client.get("/api/v1/auth/me").status_code == 401
    assert central.client.get("/api/v1/auth/me", headers=device).status_code == 401


def test_login_is_rate_limited_per_username(central: Central) -> None:
    """GIVEN five failed logins for alice WHEN the right password follows THEN 429."""
    central.add_staff("alice", ["clerk"])
    for _ in range(5):
        reply = central.client.post(
            "/api/v1/auth/login", json={"username": "alice", "password": "guess"}
        )
        assert reply.status_code == 401
    blocked = central.client.post(
        "/api/v1/auth/login", json={"username": "alice", "password": PASSWORD}
    )
    assert blocked.status_code == 429
    assert int(blocked.headers["Retry-After"]) > 0
    assert "too many failed logins" in blocked.json()["detail"]


def test_role_checks_refuse_with_the_roles_needed(central: Central) -> None:
    clerk = central.staff("clerk")
    reply = central.client.get("/api/v1/staff", headers=clerk)
    assert reply.status_code == 403
    assert "admin" in reply.json()["detail"]
