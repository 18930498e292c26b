"""`lexkiosk-central org|user|kiosk|journal` on both backends, through `main(argv)`."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime

import pytest
from fastapi.testclient import TestClient

from central.app import create_app
from central.cli import main
from central.settings import CentralSettings
from tests.central.support import PASSWORD


def run(capsys: pytest.CaptureFixture[str], url: str, *argv: str) -> tuple[int, str, str]:
    status = main([*argv[:2], "--db", url, *argv[2:]])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def seeded(central_db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch) -> str:
    """GIVEN a root bureau and an admin added through the command line."""
    status, _, err = run(
        capsys,
        central_db_url,
        "org",
        "add",
        "root",
        "--name",
        "Bureau",
        "--kind",
        "justice_bureau",
        "--region",
        "150000",
    )
    assert status == 0, err
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    status, out, err = run(
        capsys,
        central_db_url,
        "user",
        "add",
        "admin1",
        "--name",
        "Admin",
        "--org",
        "root",
        "--role",
        "admin",
        "--role",
        "supervisor",
        "--password-stdin",
    )
    assert status == 0, err
    assert "admin1 added" in out
    return central_db_url


def test_user_added_on_the_command_line_can_log_in(seeded: str, tmp_path) -> None:
    app = create_app(CentralSettings(db_url=seeded, data_dir=tmp_path))
    with TestClient(app) as client:
        reply = client.post("/api/v1/auth/login", json={"username": "admin1", "password": PASSWORD})
    assert reply.status_code == 200
    assert reply.json()["staff"]["roles"] == ["admin", "supervisor"]


def test_user_list_and_disable(seeded: str, capsys) -> None:
    status, out, _ = run(capsys, seeded, "user", "list", "--json")
    assert status == 0
    assert json.loads(out.splitlines()[0])["disabled"] is False
    assert run(capsys, seeded, "user", "disable", "admin1")[0] == 0
    _, out, _ = run(capsys, seeded, "user", "list")
    assert "disabled" in out


def test_user_add_rejects_a_short_password_and_says_why(seeded: str, capsys, monkeypatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    status, _out, err = run(
        capsys,
        seeded,
        "user",
        "add",
        "bob",
        "--name",
        "Bob",
        "--org",
        "root",
        "--role",
        "clerk",
        "--password-stdin",
    )
    assert status == 2
    assert "password" in err and "12 characters" in err
    assert "Traceback" not in err


def test_user_add_without_a_terminal_needs_password_stdin(seeded: str, capsys, monkeypatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    status, _, err = run(
        capsys, seeded, "user", "add", "bob", "--name", "Bob", "--org", "root", "--role", "clerk"
    )
    assert status == 2
    assert "--password-stdin" in err


def test_unknown_role_is_refused_by_the_parser(seeded: str, capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(
            ["user", "add", "bob", "--db", seeded, "--name", "B", "--org", "root", "--role", "king"]
        )
    assert exit_info.value.code == 2
    assert "invalid choice: 'king'" in capsys.readouterr().err


def test_kiosk_enrol_code_list_and_revoke(seeded: str, capsys, tmp_path) -> None:
    status, out, _ = run(capsys, seeded, "kiosk", "enroll-code", "--org", "root")
    assert status == 0
    code = out.strip()
    app = create_app(CentralSettings(db_url=seeded, data_dir=tmp_path))
    with TestClient(app) as client:
        enrolled = client.post(
            "/api/v1/enrol", json={"code": code, "terminal_id": "K001", "site": "hall"}
        )
        assert enrolled.status_code == 201
        assert run(capsys, seeded, "kiosk", "revoke", "K001")[0] == 0
        beat = client.post(
            "/api/v1/heartbeat",
            json={"sent_at": datetime.now(UTC).isoformat(), "app_version": "1", "devices": []},
            headers={"Authorization": f"Bearer {enrolled.json()['device_token']}"},
        )
        assert beat.status_code == 401
    _, out, _ = run(capsys, seeded, "kiosk", "list")
    assert "revoked" in out
    status, _, err = run(capsys, seeded, "kiosk", "revoke", "NOPE")
    assert status == 1 and "no terminal 'NOPE'" in err


def test_enrol_code_for_an_unknown_org_is_refused(seeded: str, capsys) -> None:
    status, _, err = run(capsys, seeded, "kiosk", "enroll-code", "--org", "nowhere")
    assert status == 1
    assert "no organisation with code 'nowhere'" in err


NEW_ORG = ("--new-org-name", "Hall", "--new-org-kind", "mediation_committee", "--new-org-region")


def test_enrol_code_adds_a_missing_org_in_the_same_run(seeded: str, capsys) -> None:
    """GIVEN no organisation `hall`
    WHEN a code is asked for `hall` with the --new-org-* options, twice
    THEN the first run adds it, the second uses it as it is (no second org, no error)."""
    for _ in range(2):
        status, out, err = run(
            capsys, seeded, "kiosk", "enroll-code", "--org", "hall", *NEW_ORG, "150100"
        )
        assert status == 0, err
        assert len(out.strip().splitlines()) == 1, "only the code is printed"
    _, listed, _ = run(capsys, seeded, "org", "list")
    assert [line.split()[:2] for line in listed.splitlines() if line.startswith("hall")] == [
        ["hall", "mediation_committee"]
    ]


def test_enrol_code_uses_an_existing_org_and_ignores_the_new_org_options(
    seeded: str, capsys
) -> None:
    status, _, err = run(
        capsys, seeded, "kiosk", "enroll-code", "--org", "root", *NEW_ORG, "990000"
    )
    assert status == 0, err
    _, listed, _ = run(capsys, seeded, "org", "list")
    assert "990000" not in listed and "mediation_committee" not in listed


def test_enrol_code_names_what_a_missing_org_still_needs(seeded: str, capsys) -> None:
    status, _, err = run(
        capsys, seeded, "kiosk", "enroll-code", "--org", "hall", "--new-org-name", "Hall"
    )
    assert status == 2
    assert "missing: --new-org-kind, --new-org-region" in err
    status, _, err = run(capsys, seeded, "kiosk", "enroll-code", "--org", "hall", *NEW_ORG, "15")
    assert status == 2 and "region_code" in err and "Traceback" not in err
    _, listed, _ = run(capsys, seeded, "org", "list")
    assert "hall" not in listed, "a refused run adds nothing"


def test_journal_head_and_verify(seeded: str, capsys) -> None:
    status, out, _ = run(capsys, seeded, "journal", "head")
    assert status == 0
    head = out.strip()
    assert head.startswith("2:") and len(head) == 66, "SEQ:HASH, pasteable into --head"
    status, out, _ = run(capsys, seeded, "journal", "verify", "--head", head, "--chain-only")
    assert status == 0
    assert "journal ok: 2 entries" in out


def test_journal_verify_rejects_a_malformed_head(seeded: str, capsys) -> None:
    with pytest.raises(SystemExit):
        main(["journal", "verify", "--db", seeded, "--head", "xyz"])
    assert "SEQ:HASH, the hash 64 lowercase hex digits" in capsys.readouterr().err
