"""Rollouts in waves against a running service: the canary share first, the rest once the
canaries installed, a halt after a failure, resumed by hand; every step in the journal."""

from __future__ import annotations

from sqlalchemy import select

from central.models import JournalEntry
from tests.helpers.central_updates import UpdateScene, make_bundle

ALPHA = [f"KA{n:02d}" for n in range(10)]


def _journal(scene: UpdateScene, version: str) -> list[tuple[str, str, dict[str, object]]]:
    with scene.served.database.session() as session:
        rows = session.scalars(
            select(JournalEntry)
            .where(JournalEntry.subject == f"update:{version}")
            .order_by(JournalEntry.seq)
        )
        return [(row.actor, row.action, row.payload) for row in rows]


def _published_and_rolled_out(scene: UpdateScene, version: str, *rollout: str) -> None:
    bundle = make_bundle(scene.bundles, version, scene.keys / "release.key")
    published = scene.cli("publish", str(bundle))
    assert published.returncode == 0, published.stderr
    assert f"version {version} published" in published.stdout
    started = scene.cli("rollout", version, *rollout)
    assert started.returncode == 0, started.stderr


def test_a_good_bundle_reaches_the_canary_share_then_the_rest(scene: UpdateScene) -> None:
    """GIVEN ten terminals of alpha on 1.0.0 and one of beta WHEN 1.1.0 is published and rolled
    out to alpha with a 20% canary THEN two terminals are offered it, the others once both
    canaries report installed, never beta's; the rollout completes and the journal says so."""
    alpha = scene.terminals("alpha", ALPHA)
    beta = scene.terminals("beta", ["KB01"])
    _published_and_rolled_out(scene, "1.1.0", "--canary", "20%", "--organisation", "alpha")

    canary = scene.offered(alpha)
    assert len(canary) == 2
    assert scene.offered(beta) == set()
    status = scene.cli("status", "1.1.0")
    assert status.returncode == 0 and "wave 1 (canary) open" in status.stdout

    for terminal_id in sorted(canary):
        offer = scene.offer(alpha[terminal_id])
        assert offer is not None
        assert scene.download_sha256(alpha[terminal_id], "1.1.0") == offer["sha256"]
        scene.beat(alpha[terminal_id], "1.1.0")
        scene.report(alpha[terminal_id], "1.1.0", "installed", "health check passed")
    rest = set(ALPHA) - canary
    assert scene.offered(alpha) == rest
    assert scene.offered(beta) == set()
    assert "wave 2 (the rest) open" in scene.cli("status", "1.1.0").stdout

    for terminal_id in sorted(rest):
        scene.beat(alpha[terminal_id], "1.1.0")
        scene.report(alpha[terminal_id], "1.1.0", "installed")
    assert scene.offered(alpha) == set()
    assert "version 1.1.0: completed" in scene.cli("status", "1.1.0").stdout

    actions = [action for _, action, _ in _journal(scene, "1.1.0")]
    assert actions[:2] == ["update.published", "update.wave_opened"]
    assert actions.count("update.wave_opened") == 2
    assert actions.count("update.offered") == 10
    assert actions.count("update.installed") == 10
    assert actions[-1] == "update.completed"
    opened = [p for _, a, p in _journal(scene, "1.1.0") if a == "update.wave_opened"]
    assert opened[0]["terminals"] == sorted(canary)
    assert opened[1]["terminals"] == sorted(rest)


def test_a_wave_halts_after_a_failure(scene: UpdateScene) -> None:
    """GIVEN 1.1.0 rolled out with a 20% canary WHEN one canary reports rolled_back THEN no
    other terminal is offered the version (nor may download it), status says halted and the
    journal shows the failure and the halt; resumed by hand, the other canary is offered it
    again but the one that failed is not."""
    alpha = scene.terminals("alpha", ALPHA)
    _published_and_rolled_out(scene, "1.1.0", "--canary", "20%")
    failing, other = sorted(scene.offered(alpha))

    scene.report(alpha[failing], "1.1.0", "rolled_back", "health check: no heartbeat in 60 s")

    assert scene.offered(alpha) == set()
    refused = scene.http.get("/api/v1/updates/1.1.0/bundle", headers=alpha[other])
    assert refused.status_code == 404
    status = scene.cli("status", "1.1.0")
    assert status.returncode == 0
    assert "version 1.1.0: halted: 1 failed report(s)" in status.stdout
    assert f"{failing}" in status.stdout and "rolled_back" in status.stdout
    journal = _journal(scene, "1.1.0")
    assert (f"kiosk:{failing}", "update.rolled_back") in [(a, b) for a, b, _ in journal]
    assert journal[-1][1] == "update.halted"
    assert journal[-1][2] == {"reason": "1 failed report(s)"}

    resumed = scene.cli("resume", "1.1.0")
    assert resumed.returncode == 0, resumed.stderr
    assert scene.offered(alpha) == {other}
    assert _journal(scene, "1.1.0")[-1][1] == "update.resumed"

    halted = scene.cli("halt", "1.1.0", "--reason", "support asked")
    assert halted.returncode == 0, halted.stderr
    assert scene.offered(alpha) == set()
    assert _journal(scene, "1.1.0")[-1][2] == {"reason": "support asked"}
