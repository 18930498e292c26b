"""The central platform's generated files, checked with the real tools: every unit passes
`systemd-analyze verify` silently, the nginx site passes `nginx -t`; bad settings are
refused by name, and secrets survive a second render."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from central.deploy.settings import load_platform
from central.evidence.settings import EvidenceSettings
from central.fleet.alerts_settings import AlertSettings
from kiosk.central_process import free_port
from tests.helpers.platform import EXAMPLE, platform_settings, render, write_settings
from tests.helpers.system import require

UNITS = (
    "lexkiosk-central@8701.service",
    "lexkiosk-central@8702.service",
    "lexkiosk-central-janus.service",
    "lexkiosk-central-coturn.service",
    "lexkiosk-central.target",
)


@pytest.fixture
def rendered(tmp_path: Path) -> Path:
    """GIVEN the example settings moved below tmp_path, with the optional seal, alert and
    terminal-CA settings, rendered into its etc folder."""
    raw = platform_settings(tmp_path, free_port())
    tls = raw["web"]["tls_certificate"]
    raw["web"]["terminal_ca"] = tls
    raw["evidence"] = {
        "key_file": raw["web"]["tls_certificate_key"],
        "cert_file": tls,
        "trust_roots": [tls],
        "tsa_url": "http://127.0.0.1:9/tsa",
    }
    raw["alerts"] = {"outbox_backlog_max": 100, "ocsp_url": "http://127.0.0.1:9/ocsp"}
    settings = write_settings(tmp_path / "platform.toml", raw)
    done = render(settings, tmp_path / "etc")
    assert done.returncode == 0, done.stderr
    assert "made new secrets" in done.stdout
    return tmp_path / "etc"


def test_units_pass_systemd_analyze_verify_with_no_output(rendered: Path) -> None:
    require("systemd-analyze", "systemd")
    units = rendered / "systemd"
    for port in (8701, 8702):  # instances of the template, as the target wants them
        shutil.copy(units / "lexkiosk-central@.service", units / f"lexkiosk-central@{port}.service")
    verify = subprocess.run(
        ["systemd-analyze", "verify", *(f"./{name}" for name in UNITS)],
        capture_output=True,
        text=True,
        cwd=units,
        timeout=60,
    )
    assert (verify.returncode, verify.stdout, verify.stderr) == (0, "", "")
    worker = (units / "lexkiosk-central@.service").read_text()
    assert "--port %i" in worker and "ProtectSystem=strict" in worker
    etc, tls = rendered, rendered.parent / "tls" / "cert.pem"
    for option in (
        f"--evidence-settings {etc / 'evidence.json'}",
        f"--alert-settings {etc / 'alerts.json'}",
        f"--terminal-ca {tls}",
        "--forwarded-allow-ips 127.0.0.1",
    ):
        assert option in worker, option
    target = (units / "lexkiosk-central.target").read_text()
    assert "lexkiosk-central@8701.service lexkiosk-central@8702.service" in target


def test_nginx_site_passes_nginx_t(rendered: Path, tmp_path: Path) -> None:
    nginx = require("nginx", "nginx")
    (tmp_path / "nginx").mkdir()
    check = subprocess.run(
        [nginx, "-t", "-c", str(rendered / "nginx" / "nginx.conf"), "-p", str(tmp_path / "nginx")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert check.returncode == 0, check.stderr
    assert "test is successful" in check.stderr
    site = (rendered / "nginx" / "lexkiosk-central.conf").read_text()
    for line in (
        "server 127.0.0.1:8701",
        "server 127.0.0.1:8702",
        "client_max_body_size 12m;",
        "client_header_timeout 10s;",
        "location = /api/v1/events",
        "location = /janus-ws",
        "proxy_set_header Upgrade $http_upgrade;",
    ):
        assert line in site


def test_the_seal_and_alert_files_the_unit_names_are_what_serve_reads(rendered: Path) -> None:
    tls = rendered.parent / "tls"
    evidence = EvidenceSettings.model_validate_json((rendered / "evidence.json").read_text())
    assert evidence.key_file == tls / "key.pem" and evidence.trust_roots == (tls / "cert.pem",)
    assert evidence.public_base_url.startswith("https://legal.test:")  # nginx, not a worker
    assert stat.S_IMODE(os.stat(rendered / "evidence.json").st_mode) == 0o600
    alerts = AlertSettings.model_validate_json((rendered / "alerts.json").read_text())
    assert alerts.outbox_backlog_max == 100
    assert alerts.tls_cert_file == tls / "cert.pem"  # the certificate nginx serves is watched


def test_the_examples_of_the_optional_settings_load(tmp_path: Path) -> None:
    """The example's commented `#: ` lines are valid settings once uncommented."""
    text = EXAMPLE.read_text(encoding="utf-8")
    assert text.count("\n#: ") >= 10
    (tmp_path / "platform.toml").write_text(text.replace("\n#: ", "\n"), encoding="utf-8")
    platform = load_platform(tmp_path / "platform.toml")
    assert platform.evidence is not None and platform.evidence.tsa_url
    assert platform.alerts is not None and platform.alerts.ocsp_url
    assert platform.web.terminal_ca == Path("/etc/ssl/lexkiosk/ca.pem")
    assert load_platform(EXAMPLE).evidence is None  # as shipped: all three off


def test_without_the_optional_sections_the_unit_names_no_such_file(tmp_path: Path) -> None:
    raw = platform_settings(tmp_path, free_port())
    done = render(write_settings(tmp_path / "platform.toml", raw), tmp_path / "etc")
    assert done.returncode == 0, done.stderr
    worker = (tmp_path / "etc" / "systemd" / "lexkiosk-central@.service").read_text()
    for option in ("--evidence-settings", "--alert-settings", "--terminal-ca"):
        assert option not in worker
    assert not (tmp_path / "etc" / "evidence.json").exists()


def test_secrets_are_private_and_kept_on_a_second_render(rendered: Path, tmp_path: Path) -> None:
    first = (tmp_path / "secrets.toml").read_text()
    done = render(tmp_path / "platform.toml", rendered)
    assert done.returncode == 0, done.stderr
    assert "made new secrets" not in done.stdout
    assert (tmp_path / "secrets.toml").read_text() == first
    for private in ("secrets.toml", "etc/central.env", "etc/media.json", "etc/janus/janus.jcfg"):
        assert stat.S_IMODE(os.stat(tmp_path / private).st_mode) == 0o600, private
    env = (rendered / "central.env").read_text()
    assert "@/lexkiosk?host=/run/postgresql&port=5432\n" in env
    assert "LEXCENTRAL_DB=postgresql+psycopg://lexkiosk:" in env


@pytest.mark.parametrize(
    ("table", "change", "named"),
    [
        ("web", {"https_port": 70000}, "web.https_port"),
        ("web", {"tls_certificate": "certs/x.pem"}, "web.tls_certificate"),
        ("workers", {"first_port": 18187, "count": 3}, "collides with the workers' ports"),
        ("database", {"role": "lex kiosk"}, "database.role"),
        ("media", {"media_ip": "not-an-ip"}, "media.media_ip"),
        ("web", {"terminal_ca": "ca.pem"}, "web.terminal_ca"),
        (
            "evidence",
            {"key_file": "k.pem", "cert_file": "/c.pem"},
            "evidence: Value error, key_file k.pem",
        ),
        ("evidence", {"tsa_ur": "http://tsa"}, "evidence.tsa_ur"),
        ("evidence", {"pkcs11": "token"}, "evidence.pkcs11"),
        ("alerts", {"outbox_backlog_max": 0}, "alerts.outbox_backlog_max"),
    ],
)
def test_bad_settings_are_refused_by_name(
    tmp_path: Path, table: str, change: dict[str, object], named: str
) -> None:
    raw = platform_settings(tmp_path, 18443, **{table: change})
    done = render(write_settings(tmp_path / "platform.toml", raw), tmp_path / "etc")
    assert done.returncode == 2
    assert named in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "etc").exists()


def test_a_missing_or_broken_settings_file_is_named(tmp_path: Path) -> None:
    done = render(tmp_path / "nope.toml", tmp_path / "etc")
    assert done.returncode == 2
    assert f"cannot read the settings file {tmp_path / 'nope.toml'}" in done.stderr
    (tmp_path / "bad.toml").write_text("[web\n")
    done = render(tmp_path / "bad.toml", tmp_path / "etc")
    assert done.returncode == 2 and "is not valid TOML" in done.stderr
    assert "Traceback" not in done.stderr
