"""High 1: enrolment cannot move, revive or take over a terminal of another organisation."""

from __future__ import annotations

import base64
import uuid
from datetime import UTC, date, datetime

import httpx
from sqlalchemy import select

from api_client.tracking import make_tracking_number
from central.auth.tokens import sha256_hex
from central.clock import utcnow
from central.db import Database
from central.models import Kiosk, KioskCommand
from tests.central.attacks.conftest import Seeded
from tests.helpers import run_cli
from tests.helpers.server import LiveService

LEGACY_TOKEN = "lkd_legacy-terminal-token-enrolled-before-owners"
PNG = base64.b64encode(b"\x89PNG\r\n\x1a\n resident's screen").decode()


def _code(client: httpx.Client, seeded: Seeded, who: str, body: dict[str, str]) -> httpx.Response:
    return client.post("/api/v1/enrol-codes", json=body, headers=seeded.auth(who))


def _enrol(client: httpx.Client, code: str, terminal_id: str) -> httpx.Response:
    return client.post(
        "/api/v1/enrol", json={"code": code, "terminal_id": terminal_id, "site": "hall"}
    )


def _beat(client: httpx.Client, token: str) -> int:
    body = {"sent_at": datetime.now(UTC).isoformat(), "app_version": "1", "devices": []}
    headers = {"Authorization": f"Bearer {token}"}
    return client.post("/api/v1/heartbeat", json=body, headers=headers).status_code


def _screenshot(client: httpx.Client, seeded: Seeded, who: str, terminal: str, token: str) -> int:
    """`who` asks for a screenshot; the terminal sends one back. Returns the command id."""
    queued = client.post(
        f"/api/v1/kiosks/{terminal}/commands", json={"kind": "screenshot"}, headers=seeded.auth(who)
    )
    assert queued.status_code == 201, queued.text
    device = {"Authorization": f"Bearer {token}"}
    assert client.get("/api/v1/commands/pending", headers=device).status_code == 200
    command_id: int = queued.json()["id"]
    result = {"outcome": "succeeded", "attachment_type": "image/png", "attachment_b64": PNG}
    done = client.post(f"/api/v1/commands/{command_id}/result", json=result, headers=device)
    assert done.status_code == 200, done.text
    return command_id


def test_another_organisation_cannot_take_over_a_terminal(
    seeded: Seeded, service: LiveService
) -> None:
    """GIVEN bureau-b's terminal B001 holding a screenshot of a resident's screen
    WHEN bureau-a's technician enrols B001 with a code of bureau-a
    THEN it is refused, B001's token keeps working and bureau-a reads nothing of it."""
    with httpx.Client(base_url=service.base, timeout=10) as client:
        code_b = _code(client, seeded, "tech-b", {"organisation": "bureau-b"}).json()["code"]
        enrolled = _enrol(client, code_b, "B001")
        assert enrolled.status_code == 201, enrolled.text
        token_b = enrolled.json()["device_token"]
        shot = _screenshot(client, seeded, "tech-b", "B001", token_b)

        code_a = _code(client, seeded, "tech-a", {"organisation": "bureau-a"}).json()["code"]
        taken = _enrol(client, code_a, "B001")
        assert taken.status_code == 403, taken.text
        assert "re-enrolment code" in taken.json()["detail"]
        assert _beat(client, token_b) == 200
        attachment = f"/api/v1/commands/{shot}/attachment"
        assert client.get(attachment, headers=seeded.auth("tech-a")).status_code == 404
        assert client.get(attachment, headers=seeded.auth("tech-b")).status_code == 200
        listed = client.get("/api/v1/kiosks", headers=seeded.auth("admin-a")).json()
        assert "B001" not in [k["terminal_id"] for k in listed]
        # bureau-a's unused code still enrols a terminal of its own
        assert _enrol(client, code_a, "A001").status_code == 201


def test_only_the_owner_re_enrols_and_a_revoked_terminal_stays_revoked(
    seeded: Seeded, service: LiveService
) -> None:
    with httpx.Client(base_url=service.base, timeout=10) as client:
        code = _code(client, seeded, "tech-b", {"organisation": "bureau-b"}).json()["code"]
        old = _enrol(client, code, "B002").json()["device_token"]
        # bureau-a cannot ask for a re-enrolment code of bureau-b's terminal
        foreign = {"organisation": "bureau-a", "terminal_id": "B002"}
        assert _code(client, seeded, "tech-a", foreign).status_code == 404
        mine = {"organisation": "bureau-b", "terminal_id": "B002"}
        again = _code(client, seeded, "tech-b", mine)
        assert again.status_code == 201, again.text
        reenrol = again.json()["code"]
        assert _enrol(client, reenrol, "NEW01").status_code == 403  # only for B002
        renewed = _enrol(client, reenrol, "B002")
        assert renewed.status_code == 201, renewed.text
        assert _beat(client, renewed.json()["device_token"]) == 200
        assert _beat(client, old) == 401

        assert client.post("/api/v1/kiosks/B002/revoke", headers=seeded.auth("tech-b")).is_success
        refused = _code(client, seeded, "tech-b", mine)
        assert refused.status_code == 409, refused.text
        plain = _code(client, seeded, "tech-b", {"organisation": "bureau-b"}).json()["code"]
        revived = _enrol(client, plain, "B002")
        assert revived.status_code == 403
        assert "revoked" in revived.json()["detail"]


def test_terminals_without_an_owner_serve_nobody_until_an_operator_assigns_them(
    seeded: Seeded, service: LiveService
) -> None:
    """GIVEN a terminal enrolled before codes had to name an organisation, holding a
    screenshot that bureau-a's admin asked for while it had no owner."""
    database = Database(seeded.db_url)
    try:
        with database.session() as session:
            kiosk = Kiosk(
                terminal_id="U001",
                site="hall",
                token_sha256=sha256_hex(LEGACY_TOKEN),
                enrolled_at=utcnow(),
                devices=[],
            )
            session.add(kiosk)
            session.flush()
            session.add(
                KioskCommand(
                    kiosk_id=kiosk.id,
                    kind="screenshot",
                    state="succeeded",
                    created_at=utcnow(),
                    created_by="staff:admin-a",
                    attachment_type="image/png",
                    attachment=b"\x89PNG",
                )
            )
    finally:
        database.dispose()
    with httpx.Client(base_url=service.base, timeout=10) as client:
        device = {"Authorization": f"Bearer {LEGACY_TOKEN}"}
        callback = {
            "idempotency_key": str(uuid.uuid4()),
            "kind": "callback",
            "tracking_number": make_tracking_number("U001", date(2026, 11, 29), 1),
            "submitted_at": datetime.now(UTC).isoformat(),
            "payload": {"channel": "hotline", "phone": "13800138000", "topic": "labour"},
        }
        delivered = client.post("/api/v1/submissions", json=callback, headers=device)
        assert delivered.status_code == 201, "kept, so the resident's receipt stays valid"
        for who in ("admin-a", "admin-b"):
            listed = client.get("/api/v1/kiosks", headers=seeded.auth(who)).json()
            assert "U001" not in [k["terminal_id"] for k in listed], who
            revoke = client.post("/api/v1/kiosks/U001/revoke", headers=seeded.auth(who))
            assert revoke.status_code == 404, who
            requests = client.get("/api/v1/requests", headers=seeded.auth(who))
            assert requests.json()["total"] == 0, who

        assigned = run_cli(
            "lexkiosk-central",
            "kiosk",
            "assign",
            "U001",
            "--org",
            "bureau-b",
            "--db",
            seeded.db_url,
        )
        assert assigned.returncode == 0, assigned.stderr
        assert "bureau-b" in assigned.stdout and "1 submission(s)" in assigned.stdout
        adopted = client.get("/api/v1/requests", headers=seeded.auth("admin-b")).json()
        assert adopted["total"] == 1
        assert client.get("/api/v1/requests", headers=seeded.auth("admin-a")).json()["total"] == 0
        listed = client.get("/api/v1/kiosks", headers=seeded.auth("tech-b")).json()
        assert "U001" in [k["terminal_id"] for k in listed]
        database = Database(seeded.db_url)
        try:
            with database.session() as session:
                command = session.scalars(select(KioskCommand)).one()
        finally:
            database.dispose()
        # what bureau-a asked for before the owner was known is not handed to bureau-b
        url = f"/api/v1/commands/{command.id}/attachment"
        assert client.get(url, headers=seeded.auth("tech-b")).status_code == 404
        again = run_cli(
            "lexkiosk-central",
            "kiosk",
            "assign",
            "U001",
            "--org",
            "bureau-a",
            "--db",
            seeded.db_url,
        )
        assert again.returncode == 1
        assert "already belongs to bureau-b" in again.stderr
