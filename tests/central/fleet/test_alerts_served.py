"""Fleet alerts on a running `lexkiosk-central serve` (a real process on loopback): every
metric the alert rules and the dashboard name is in a real /metrics scrape; the terminals
page in Chromium lists the alerts first, then the counts; each organisation's staff sees its
own terminals' alerts only, and the service-wide ones are for the top level's admins."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import select, update

from central.clock import utcnow
from central.models import Kiosk, UpdateRelease, UpdateRollout, UpdateTarget
from central.sessions.models import VideoSession
from tests.helpers.browser import accessibility_problems, launch_chromium, require_chromium
from tests.helpers.monitoring import names_used
from tests.helpers.served import Served, consultation, hotline_call, serve_url, until
from tests.helpers.server import free_port

pytestmark = pytest.mark.e2e
COOKIE = "lexkiosk_staff"


@dataclass
class Fleet:
    served: Served
    shots: Path


def _expiring_cert(path: Path, days: int) -> Path:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "central.example.test")])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=300))
        .not_valid_after(now + timedelta(days=days))
        .sign(key, hashes.SHA256())
    )
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return path


def _beat(served: Served, device: dict[str, str], **extra: Any) -> None:
    body = {
        "sent_at": (datetime.now(UTC) + timedelta(seconds=extra.pop("skew_s", 0))).isoformat(),
        "app_version": "1.3.0",
        "devices": extra.pop("devices", []),
        **extra,
    }
    reply = served.http.post("/api/v1/heartbeat", json=body, headers=device)
    assert reply.status_code == 200, reply.text


def _failed_update(served: Served, device: dict[str, str], terminal_id: str) -> None:
    """GIVEN version 1.4.0 offered to the terminal (rows as the rollout makes them) WHEN the
    terminal reports over HTTP that it rolled back."""
    now = utcnow()
    with served.database.session() as session:
        release = UpdateRelease(
            version="1.4.0",
            sha256="0" * 64,
            size=1,
            created=now,
            published_at=now,
            published_by="test",
        )
        session.add(release)
        session.flush()
        rollout = UpdateRollout(
            release_id=release.id,
            organisation_id=None,
            canary_percent=100,
            halt_after=5,
            soak_s=None,
            wave=1,
            started_at=now,
            started_by="test",
            wave_opened_at=now,
        )
        session.add(rollout)
        session.flush()
        kiosk_id = session.scalar(select(Kiosk.id).where(Kiosk.terminal_id == terminal_id))
        assert kiosk_id is not None
        session.add(UpdateTarget(rollout_id=rollout.id, kiosk_id=kiosk_id, wave=1, offered_at=now))
    reply = served.http.post(
        "/api/v1/terminals/me/update-report",
        json={"version": "1.4.0", "outcome": "rolled_back", "detail": "health check failed"},
        headers=device,
    )
    assert reply.status_code == 204, reply.text


def _seed(served: Served) -> None:
    """GIVEN alpha's terminals with a device fault and low paper (K101), a full outbox, a full
    disk and a clock 5 minutes slow (K102, alpha-east), a crash loop and long silence (K103);
    beta's terminal with a broken printer and a failed update (K201), and a healthy one (K202);
    a hotline request transferred to the online platform and video sessions."""
    k101 = served.enrol("K101", "alpha", "Saihan hall")
    _beat(
        served,
        k101,
        devices=[
            {"family": "idReader", "status": "hardwareError", "detail": "no answer to SAM frame"},
            {"family": "printer", "status": "online", "detail": "paper low"},
        ],
    )
    k102 = served.enrol("K102", "alpha-east", "East hall")
    _beat(served, k102, skew_s=-300, outbox_backlog=120, disk_free_percent=4.0)
    k103 = served.enrol("K103", "alpha", "Tuzuo hall")
    _beat(served, k103)
    served.submit(
        k103, "K103", 1, "terminal_event", {"event": "shell.crash_loop", "detail": "5 restarts"}
    )
    k201 = served.enrol("K201", "beta", "Beta hall")
    _beat(served, k201, devices=[{"family": "printer", "status": "hardwareError", "detail": "jam"}])
    _failed_update(served, k201, "K201")
    k202 = served.enrol("K202", "beta", "Beta east")
    _beat(served, k202, outbox_backlog=0, disk_free_percent=55.0)
    number = served.submit(k202, "K202", 1, "consultation", consultation())
    asked = served.http.post(
        "/api/v1/kiosk/sessions",
        json={"tracking_number": number, "kind": "consultation", "identified_by": "id_card"},
        headers=k202,
    )
    assert asked.status_code == 201, asked.text
    operator = served.staff("alphaop", ["hotline_operator"], "alpha")
    call = served.http.post(
        "/api/v1/requests", json=hotline_call(str(uuid.uuid4())), headers=operator
    )
    assert call.status_code == 201, call.text
    moved = served.http.post(
        f"/api/v1/requests/{call.json()['tracking_number']}/transfer",
        json={"to_organisation": "alpha-east", "to_channel": "online", "reason": "在线平台办理"},
        headers=operator,
    )
    assert moved.status_code in (200, 201), moved.text
    now = utcnow()
    with served.database.session() as session:
        # A finished consultation of the last hour, for the wait and handling gauges.
        done = session.scalar(select(VideoSession).order_by(VideoSession.id))
        assert done is not None
        session.execute(
            update(VideoSession)
            .where(VideoSession.id == done.id)
            .values(
                state="completed",
                queued_at=now - timedelta(minutes=50),
                claimed_at=now - timedelta(minutes=48),
                started_at=now - timedelta(minutes=47),
                ended_at=now - timedelta(minutes=30),
            )
        )
        session.execute(
            update(Kiosk)
            .where(Kiosk.terminal_id == "K103")
            .values(last_seen=now - timedelta(hours=2))
        )
    # the heartbeats reach the database within a flush (central.fleet.heartbeat_writer)
    until(lambda: served.http.get("/metrics"), lambda r: 'kind="disk_space"} 1.0' in r.text)


@pytest.fixture(scope="module")
def fleet(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Fleet]:
    folder = tmp_path_factory.mktemp("alerts")
    settings = {
        "tls_cert_file": str(_expiring_cert(folder / "tls.pem", 9)),
        "ocsp_url": f"http://127.0.0.1:{free_port()}/ocsp",  # nothing listens there
        "probe_s": 1.0,
        "probe_timeout_s": 1.0,
    }
    (folder / "alerts.json").write_text(json.dumps(settings))
    url = f"sqlite:///{folder / 'central.sqlite3'}"
    with serve_url(url, "--alert-settings", str(folder / "alerts.json"), data_dir=folder) as served:
        _seed(served)
        shots = folder / "shots"
        shots.mkdir()
        yield Fleet(served, shots)


def _console(served: Served, username: str, roles: list[str], org: str) -> httpx.Response:
    token = served.staff(username, roles, org)["Authorization"].removeprefix("Bearer ")
    return served.http.get("/console/", headers={"Cookie": f"{COOKIE}={token}"})


def test_every_metric_the_rules_and_the_dashboard_name_is_scraped(fleet: Fleet) -> None:
    reply = fleet.served.http.get("/metrics")  # no token: bound to the internal network
    assert reply.status_code == 200
    samples: dict[str, int] = {}
    for family in text_string_to_metric_families(reply.text):
        for sample in family.samples:
            samples[sample.name] = samples.get(sample.name, 0) + 1
    used = names_used()
    assert len(used) >= 15
    missing = {name: where for name, where in used.items() if not samples.get(name)}
    assert not missing, f"named by the rules or the dashboard, absent from /metrics: {missing}"
    text = reply.text
    assert 'lexkiosk_terminal_alert{kind="crash_loop",terminal="K103"} 1.0' in text
    assert 'lexkiosk_terminal_alert{kind="update_failed",terminal="K201"} 1.0' in text
    assert 'lexkiosk_terminal_alert{kind="clock_skew",terminal="K102"} 1.0' in text
    assert 'lexkiosk_alerts{kind="paper_low"} 1.0' in text
    assert 'lexkiosk_service_reachable{service="ocsp"} 0.0' in text
    assert 'lexkiosk_transfers{from_channel="hotline",to_channel="online"} 1.0' in text
    assert 'lexkiosk_kiosks_by_region{region="150100",state="offline"} 1.0' in text
    assert "Saihan" not in text and "王小明" not in text  # sites and residents stay out


def test_the_terminals_page_shows_the_alerts_first_in_chromium(fleet: Fleet) -> None:
    require_chromium()
    from playwright.sync_api import expect, sync_playwright

    served = fleet.served
    token = served.staff("rootadmin", ["admin"], "alpha")["Authorization"].removeprefix("Bearer ")
    with sync_playwright() as driver:
        browser = launch_chromium(driver)
        try:
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            host = httpx.URL(served.base).host
            context.add_cookies([{"name": COOKIE, "value": token, "domain": host, "path": "/"}])
            page = context.new_page()
            page.goto(f"{served.base}/console/")
            alerts = page.locator("section.alerts tr[data-alert]")
            expect(alerts.first).to_be_visible()
            page.screenshot(path=str(fleet.shots / "terminals-alerts.png"), full_page=True)
            order = page.evaluate(
                """() => [...document.querySelectorAll(
                    'section.alerts, .counts, form.filters, tr[data-terminal]')]
                    .map(e => e.matches('tr') ? 'list' : e.className.split(' ')[0])"""
            )
            assert order[:3] == ["alerts", "counts", "filters"] and order[3] == "list"
            kinds = [
                (row.get_attribute("data-alert"), row.get_attribute("data-subject"))
                for row in alerts.all()
            ]
            assert kinds[:2] == [("cert_expiry", "tls"), ("service_unreachable", "ocsp")]
            assert ("offline", "K103") in kinds and ("crash_loop", "K103") in kinds
            assert ("device_fault", "K101") in kinds and ("paper_low", "K101") in kinds
            assert {
                ("outbox_backlog", "K102"),
                ("disk_space", "K102"),
                ("clock_skew", "K102"),
            } <= set(kinds)
            assert not [k for k in kinds if k[1] in ("K201", "K202")]  # beta's are not alpha's
            expect(page.locator('tr[data-state="online"] td').nth(1)).to_have_text("2")
            expect(page.locator('tr[data-state="offline"] td').nth(1)).to_have_text("1")
            expect(page.locator('tr[data-region="150100"]')).to_be_visible()
            assert not accessibility_problems(page)
        finally:
            browser.close()


def test_other_organisations_see_their_own_alerts_and_anonymous_is_refused(fleet: Fleet) -> None:
    served = fleet.served
    beta = _console(served, "betatech", ["technician"], "beta")
    assert beta.status_code == 200
    assert 'data-subject="K201"' in beta.text and 'data-alert="update_failed"' in beta.text
    assert "K101" not in beta.text and "K102" not in beta.text and "K103" not in beta.text
    assert 'data-subject="tls"' not in beta.text  # service-wide: for the top level's admins
    east = _console(served, "eastsup", ["supervisor"], "alpha-east")
    assert 'data-subject="K102"' in east.text
    assert "K101" not in east.text and "K201" not in east.text
    east_admin = _console(served, "eastadmin", ["admin"], "alpha-east")
    assert 'data-subject="ocsp"' not in east_admin.text  # an admin below the top level
    anonymous = served.http.get("/console/")
    assert anonymous.status_code == 401 and "data-alert" not in anonymous.text
    clerk = _console(served, "betaclerk", ["clerk"], "beta")
    assert clerk.status_code == 403 and "data-alert" not in clerk.text
