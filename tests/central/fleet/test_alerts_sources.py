"""The alerts' database sources on both backends: heartbeat figures kept per terminal, crash
loops from the journal and failed updates from the update reports, each clearing when its
cause is gone (a healthy heartbeat, a report older than the window, a later install)."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from api_client.tracking import make_tracking_number
from central.clock import utcnow
from central.fleet.alerts import AlertKind
from central.fleet.alerts_board import fleet_alerts
from central.fleet.alerts_settings import AlertSettings
from central.fleet.alerts_sources import crash_loops, failed_updates
from central.fleet.enrolment import list_kiosks
from central.models import Kiosk, UpdateRelease, UpdateRollout, UpdateTarget
from central.settings import CentralSettings
from tests.central.support import Central


def _kinds(central: Central) -> list[tuple[AlertKind, str]]:
    central.app.state.heartbeats.writer.flush()
    settings: CentralSettings = central.app.state.settings
    with central.database.session() as session:
        views = list_kiosks(session, timedelta(seconds=30))
        found = fleet_alerts(session, AlertSettings(), settings.evidence, views, utcnow())
    return [(a.kind, a.subject) for a in found]


def _beat(central: Central, device: dict[str, str], **figures: object) -> None:
    body = {"sent_at": datetime.now(UTC).isoformat(), "app_version": "1", "devices": [], **figures}
    assert central.client.post("/api/v1/heartbeat", json=body, headers=device).status_code == 200


def test_heartbeat_figures_raise_alerts_and_a_healthy_heartbeat_clears_them(
    central: Central,
) -> None:
    device = central.enrol("K001")
    _beat(central, device, outbox_backlog=500, disk_free_percent=2.0)
    assert _kinds(central) == [(AlertKind.OUTBOX_BACKLOG, "K001"), (AlertKind.DISK_SPACE, "K001")]
    _beat(central, device, outbox_backlog=0, disk_free_percent=40.0)
    assert _kinds(central) == []


def test_a_heartbeat_out_of_range_is_refused_naming_the_field(central: Central) -> None:
    device = central.enrol("K001")
    body = {"sent_at": datetime.now(UTC).isoformat(), "app_version": "1", "devices": []}
    reply = central.client.post(
        "/api/v1/heartbeat", json={**body, "disk_free_percent": 140}, headers=device
    )
    assert reply.status_code == 422 and "disk_free_percent" in reply.text


def test_a_crash_loop_report_alerts_within_its_window_only(central: Central) -> None:
    device = central.enrol("K001")
    central.enrol("K002")
    body = {
        "idempotency_key": str(uuid.uuid4()),
        "kind": "terminal_event",
        "tracking_number": make_tracking_number("K001", date(2026, 12, 7), 1),
        "submitted_at": datetime.now(UTC).isoformat(),
        "payload": {"event": "shell.crash_loop", "detail": "5 restarts in 60 s"},
    }
    reply = central.client.post("/api/v1/submissions", json=body, headers=device)
    assert reply.status_code in (200, 201), reply.text
    assert (AlertKind.CRASH_LOOP, "K001") in _kinds(central)
    with central.database.session() as session:
        ids = {"K001", "K002"}
        assert set(crash_loops(session, utcnow() - timedelta(hours=1), ids)) == {"K001"}
        assert crash_loops(session, utcnow() + timedelta(seconds=1), ids) == {}  # window passed
        assert crash_loops(session, utcnow() - timedelta(hours=1), {"K002"}) == {}


def _offer(central: Central, version: str, terminal_id: str) -> None:
    now = utcnow()
    with central.database.session() as session:
        release = UpdateRelease(
            version=version,
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


def test_a_failed_update_alerts_until_a_later_version_installs(central: Central) -> None:
    device = central.enrol("K001")
    for version, outcome in (("1.4.0", "rolled_back"), ("1.4.1", "installed")):
        _offer(central, version, "K001")
        reply = central.client.post(
            "/api/v1/terminals/me/update-report",
            json={"version": version, "outcome": outcome, "detail": ""},
            headers=device,
        )
        assert reply.status_code == 204, reply.text
        with central.database.session() as session:
            failed = failed_updates(session, utcnow() - timedelta(days=1), {"K001"})
        if outcome == "rolled_back":
            assert failed == {"K001": "1.4.0: rolled back"}
            assert (AlertKind.UPDATE_FAILED, "K001") in _kinds(central)
        else:
            assert failed == {}
            assert _kinds(central) == []
