"""`lexkiosk-central updates` as a process: bad input gets one plain line, never a traceback;
the trusted key reaches terminals with their configuration."""

from __future__ import annotations

import pytest

from tests.helpers.central_updates import UpdateScene, make_bundle

# What the command line says does not depend on the database; test_*_live.py run on both.
pytestmark = pytest.mark.parametrize("central_db_url", ["sqlite"], indirect=True)


def test_bad_input_gets_a_plain_message(scene: UpdateScene) -> None:
    not_a_key = scene.bundles / "note.pub"
    scene.bundles.mkdir(parents=True, exist_ok=True)
    not_a_key.write_text("hello\n")
    cases = [
        (("trust", str(not_a_key)), 2, "error: not a PEM public key (expected release.pub)"),
        (("trust", str(scene.bundles / "none.pub")), 2, "error: cannot read the public key"),
        (("publish", str(scene.bundles / "none.bundle")), 2, "error: cannot read"),
        (("publish", str(scene.bundles)), 2, "is a directory, not a bundle file"),
        (("rollout", "7.0.0"), 1, "error: version 7.0.0 is not published"),
        (("status", "7.0.0"), 1, "error: version 7.0.0 is not published"),
        (("halt", "7.0.0"), 1, "error: version 7.0.0 is not published"),
        (("rollout", "1.0.0", "--canary", "0%"), 2, "'0%' is out of range; use 1%-100%"),
        (("rollout", "1.0.0", "--canary", "many"), 2, "'many' is not a share"),
        (("rollout", "1.0.0", "--halt-after", "-1"), 2, "out of range"),
    ]
    for args, code, message in cases:
        done = scene.cli(*args)
        assert done.returncode == code, (args, done.stderr)
        assert message in done.stderr, (args, done.stderr)
        assert "Traceback" not in done.stderr


def test_state_refusals_and_the_pushed_key(scene: UpdateScene) -> None:
    """GIVEN a published 1.1.0 and one terminal THEN rolling out twice, resuming a running
    rollout, and a rollout for an organisation that does not exist are refused plainly; the
    terminal's configuration carries the trusted release key."""
    device = scene.terminals("alpha", ["KA01"])["KA01"]
    bundle = make_bundle(scene.bundles, "1.1.0", scene.keys / "release.key")
    assert scene.cli("publish", str(bundle)).returncode == 0
    nobody = scene.cli("rollout", "1.1.0", "--organisation", "nosuch")
    assert nobody.returncode == 1 and nobody.stderr == "error: there is no organisation 'nosuch'\n"
    assert scene.cli("rollout", "1.1.0").returncode == 0
    twice = scene.cli("rollout", "1.1.0")
    assert twice.returncode == 1 and "rolled out already" in twice.stderr
    running = scene.cli("resume", "1.1.0")
    assert running.stderr == "error: the rollout of 1.1.0 is not halted\n"

    config = scene.http.get("/api/v1/config", headers=device)
    assert config.status_code == 200
    pem = (scene.keys / "release.pub").read_text()
    assert config.json()["document"]["updates"] == {"release_keys": [pem]}


def test_staff_cannot_push_release_keys_or_the_updaters_programs(scene: UpdateScene) -> None:
    """GIVEN a technician WHEN they push a configuration naming release keys, the updater's
    interpreter or its restart command THEN each is refused (409) with the reason."""
    staff = scene.served.staff("tech1", ["technician"], "alpha")
    for key, value in (
        ("release_keys", ["-----BEGIN PUBLIC KEY-----"]),
        ("python", "/tmp/evil"),
        ("restart_command", ["sh", "-c", "id"]),
    ):
        body = {"target_kind": "all", "target": "", "document": {"updates": {key: value}}}
        reply = scene.http.post("/api/v1/configs", json=body, headers=staff)
        assert reply.status_code == 409, reply.text
        assert f"updates.{key}" in reply.json()["detail"]
    harmless = {"updates": {"health_timeout_s": 90}}
    body = {"target_kind": "all", "target": "", "document": harmless}
    reply = scene.http.post("/api/v1/configs", json=body, headers=staff)
    assert reply.status_code == 201, reply.text
    assert reply.json()["document"]["updates"]["health_timeout_s"] == 90
    assert len(reply.json()["document"]["updates"]["release_keys"]) == 1
