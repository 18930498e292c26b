"""What the service refuses about updates, attacked over HTTP and on the command line: a
tampered or unsigned bundle at publish, a download by a terminal the version is not offered to
(of the same organisation or another), reports it cannot place, callers without a token."""

from __future__ import annotations

import pytest

from tests.helpers.central_updates import UpdateScene, make_bundle, tampered, unsigned

SQLITE_ONLY = pytest.mark.parametrize("central_db_url", ["sqlite"], indirect=True)


@SQLITE_ONLY  # publishing reads files; the database only records the release
def test_a_tampered_or_unsigned_bundle_is_refused_at_publish(scene: UpdateScene) -> None:
    """GIVEN a good bundle of 1.1.0 WHEN a copy with one byte of a wheel changed, then a copy
    without its signature, is published THEN each is refused with a plain reason, nothing is
    stored, and the good one publishes afterwards."""
    good = make_bundle(scene.bundles, "1.1.0", scene.keys / "release.key")
    for bad, reason in ((tampered(good), "hash"), (unsigned(good), "sign")):
        refused = scene.cli("publish", str(bad))
        assert refused.returncode == 2, refused.stdout
        assert refused.stderr.startswith(f"error: {bad.name} refused: ")
        assert reason in refused.stderr.lower() and "Traceback" not in refused.stderr
        assert not list((scene.data_dir / "updates" / "bundles").iterdir())
        assert "not published" in scene.cli("status", "1.1.0").stderr
    assert scene.cli("publish", str(good)).returncode == 0
    again = scene.cli("publish", str(good))
    assert again.returncode == 1
    assert again.stderr == "error: version 1.1.0 is published already (the same bundle)\n"


@SQLITE_ONLY
def test_a_bundle_signed_by_an_untrusted_key_is_refused(scene: UpdateScene) -> None:
    other = scene.bundles / "other-keys"
    assert scene.cli("keygen", "--out", str(other)).returncode == 0
    foreign = make_bundle(scene.bundles, "1.2.0", other / "release.key")
    refused = scene.cli("publish", str(foreign))
    assert refused.returncode == 2 and "refused" in refused.stderr
    assert "Traceback" not in refused.stderr


def test_only_an_offered_terminal_may_download(scene: UpdateScene) -> None:
    """GIVEN 1.1.0 offered to one canary of alpha's two terminals WHEN the other, a terminal of
    beta, and a caller without a token ask for the bundle THEN 404, 404 and 401."""
    alpha = scene.terminals("alpha", ["KA01", "KA02"])
    beta = scene.terminals("beta", ["KB01"])
    assert (
        scene.cli(
            "publish", str(make_bundle(scene.bundles, "1.1.0", scene.keys / "release.key"))
        ).returncode
        == 0
    )
    assert (
        scene.cli("rollout", "1.1.0", "--canary", "1%", "--organisation", "alpha").returncode == 0
    )
    (canary,) = scene.offered(alpha)
    (waiting,) = set(alpha) - {canary}
    url = "/api/v1/updates/1.1.0/bundle"
    assert scene.http.get(url, headers=alpha[canary]).status_code == 200
    for device in (alpha[waiting], beta["KB01"]):
        reply = scene.http.get(url, headers=device)
        assert reply.status_code == 404
        assert reply.json() == {"detail": "no version 1.1.0 is offered to this terminal"}
    assert scene.http.get(url).status_code == 401
    assert scene.http.get("/api/v1/terminals/me/update").status_code == 401
    unknown = scene.http.get("/api/v1/updates/9.9.9/bundle", headers=alpha[canary])
    assert unknown.status_code == 404


def test_reports_the_service_cannot_place_are_refused_plainly(scene: UpdateScene) -> None:
    alpha = scene.terminals("alpha", ["KA01"])
    beta = scene.terminals("beta", ["KB01"])
    assert (
        scene.cli(
            "publish", str(make_bundle(scene.bundles, "1.1.0", scene.keys / "release.key"))
        ).returncode
        == 0
    )
    assert scene.cli("rollout", "1.1.0", "--organisation", "alpha").returncode == 0
    route = "/api/v1/terminals/me/update-report"

    def post(device: dict[str, str] | None, body: dict[str, object]) -> tuple[int, object]:
        reply = scene.http.post(route, json=body, headers=device or {})
        return reply.status_code, reply.json() if reply.content else None

    unknown = post(alpha["KA01"], {"version": "9.9.9", "outcome": "installed", "detail": ""})
    assert unknown == (422, {"detail": "there is no published version 9.9.9"})
    elsewhere = post(beta["KB01"], {"version": "1.1.0", "outcome": "installed", "detail": ""})
    assert elsewhere == (422, {"detail": "version 1.1.0 was not offered to this terminal"})
    status, _ = post(alpha["KA01"], {"version": "1.1.0", "outcome": "exploded", "detail": ""})
    assert status == 422
    assert post(None, {"version": "1.1.0", "outcome": "installed"})[0] == 401
    long = post(alpha["KA01"], {"version": "1.1.0", "outcome": "refused", "detail": "x" * 501})
    assert long[0] == 422
    huge = scene.http.post(
        route,
        content=b'{"version": "1.1.0", "detail": "' + b"x" * (2 << 20) + b'"}',
        headers={**alpha["KA01"], "Content-Type": "application/json"},
    )
    assert huge.status_code == 413
    # nothing of the refused reports halted or moved the rollout
    assert scene.offered(alpha) == {"KA01"}
