"""Alert evaluation per kind (central.fleet.alerts): each fires on its cause and clears when
the cause is gone; certificates are real PEM files, the probe talks to a real socket."""

from __future__ import annotations

import asyncio
import dataclasses
import socket
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from central.evidence.settings import EvidenceSettings
from central.fleet.alerts import (
    Alert,
    AlertKind,
    cert_alerts,
    ordered,
    service_alerts,
    terminal_alerts,
)
from central.fleet.alerts_settings import AlertSettings
from central.fleet.alerts_sources import ServiceProbe, certificate_expiries
from central.fleet.enrolment import KioskView

NOW = datetime(2026, 12, 7, 8, 0, tzinfo=UTC)
LIMITS = AlertSettings()
HEALTHY = KioskView(
    "K001",
    "Saihan hall",
    True,
    NOW - timedelta(seconds=5),
    [{"family": "printer", "status": "online", "detail": ""}],
    False,
    "alpha",
    "150105",
    health={"clock_skew_s": 0.4, "outbox_backlog": 0, "disk_free_percent": 61.0},
)


def _kinds(view: KioskView, **sources: dict[str, str]) -> list[AlertKind]:
    return [a.kind for a in terminal_alerts([view], NOW, LIMITS, **sources)]


def test_a_healthy_terminal_has_no_alert() -> None:
    assert _kinds(HEALTHY) == []


def test_offline_fires_past_the_limit_and_clears_on_the_next_heartbeat() -> None:
    silent = dataclasses.replace(HEALTHY, online=False, last_seen=NOW - timedelta(minutes=16))
    just_under = dataclasses.replace(silent, last_seen=NOW - timedelta(minutes=14))
    assert _kinds(silent) == [AlertKind.OFFLINE]
    assert _kinds(just_under) == []  # offline, but not yet past the alert's limit
    assert _kinds(dataclasses.replace(silent, revoked=True)) == []  # revoked: nobody's job


def test_device_fault_fires_for_a_device_that_cannot_serve_and_clears_when_it_is_back() -> None:
    broken = dataclasses.replace(
        HEALTHY,
        devices=[
            {"family": "idReader", "status": "hardwareError", "detail": "no answer to SAM frame"},
            {"family": "camera", "status": "starting", "detail": ""},
        ],
    )
    [alert] = terminal_alerts([broken], NOW, LIMITS)
    assert (alert.kind, alert.subject, alert.region_code) == (
        AlertKind.DEVICE_FAULT,
        "K001",
        "150105",
    )
    assert alert.detail == "idReader: no answer to SAM frame"
    back = dataclasses.replace(broken, devices=[{"family": "idReader", "status": "online"}])
    assert _kinds(back) == []


def test_paper_low_is_its_own_alert_and_paper_out_is_a_fault() -> None:
    low = dataclasses.replace(
        HEALTHY, devices=[{"family": "printer", "status": "online", "detail": "paper low"}]
    )
    out = dataclasses.replace(
        HEALTHY, devices=[{"family": "printer", "status": "userError", "detail": "paper out"}]
    )
    assert _kinds(low) == [AlertKind.PAPER_LOW]
    assert _kinds(out) == [AlertKind.DEVICE_FAULT]
    assert _kinds(dataclasses.replace(low, devices=HEALTHY.devices)) == []


def test_outbox_backlog_disk_and_clock_fire_at_their_limits_and_clear_below() -> None:
    bad = dataclasses.replace(
        HEALTHY, health={"clock_skew_s": -95.0, "outbox_backlog": 50, "disk_free_percent": 7.5}
    )
    alerts = {a.kind: a.detail for a in terminal_alerts([bad], NOW, LIMITS)}
    assert alerts == {
        AlertKind.OUTBOX_BACKLOG: "50 waiting",
        AlertKind.DISK_SPACE: "7.5% free",
        AlertKind.CLOCK_SKEW: "-95 s",
    }
    under = dataclasses.replace(
        HEALTHY, health={"clock_skew_s": 29.0, "outbox_backlog": 49, "disk_free_percent": 10.0}
    )
    assert _kinds(under) == []
    # An old terminal reports neither backlog nor disk: no alert from figures it never sent.
    assert _kinds(dataclasses.replace(HEALTHY, health={"clock_skew_s": 1.0})) == []


def test_crash_loop_and_failed_update_come_from_the_reports_of_that_terminal_only() -> None:
    loops = {"K001": "shell restarted in a loop", "K999": "another terminal"}
    failed = {"K001": "1.4.0: rolled back"}
    assert _kinds(HEALTHY, crash_loops=loops, failed_updates=failed) == [
        AlertKind.CRASH_LOOP,
        AlertKind.UPDATE_FAILED,
    ]
    other = dataclasses.replace(HEALTHY, terminal_id="K002")
    assert _kinds(other, crash_loops=loops, failed_updates=failed) == []


def _certificate(path: Path, not_after: datetime) -> Path:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "central.example.test")])
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_after - timedelta(days=400))
        .not_valid_after(not_after)
        .sign(key, hashes.SHA256())
    )
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return path


def test_certificates_close_to_expiry_fire_and_a_renewed_one_clears(tmp_path: Path) -> None:
    tls = _certificate(tmp_path / "tls.pem", NOW + timedelta(days=12))
    signing = _certificate(tmp_path / "office.pem", NOW + timedelta(days=200))
    limits = AlertSettings(tls_cert_file=tls)
    evidence = EvidenceSettings(key_file=tmp_path / "key.pem", cert_file=signing)
    expiries = certificate_expiries(limits, evidence)
    assert set(expiries) == {"tls", "signing"}
    [alert] = cert_alerts(expiries, NOW, limits)
    assert (alert.kind, alert.subject) == (AlertKind.CERT_EXPIRY, "tls")
    assert alert.detail.startswith("expires in 12 day(s)")
    _certificate(tls, NOW + timedelta(days=365))  # renewed in place
    assert cert_alerts(certificate_expiries(limits, evidence), NOW, limits) == []


def test_an_unreadable_certificate_counts_as_expired(tmp_path: Path) -> None:
    (tmp_path / "tls.pem").write_text("not a certificate")
    limits = AlertSettings(tls_cert_file=tmp_path / "tls.pem")
    [alert] = cert_alerts(certificate_expiries(limits, EvidenceSettings()), NOW, limits)
    assert alert.subject == "tls" and alert.detail.startswith("expired")


async def _answering_server() -> tuple[asyncio.Server, int]:
    """A loopback HTTP server answering 405, as a time-stamp service answers a bare GET."""

    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(b"HTTP/1.1 405 Method Not Allowed\r\ncontent-length: 0\r\n\r\n")
        await writer.drain()
        writer.close()
        await writer.wait_closed()

    server = await asyncio.start_server(answer, "127.0.0.1", 0)
    return server, server.sockets[0].getsockname()[1]


def test_the_probe_tells_an_answering_service_from_a_dead_one() -> None:
    async def scenario() -> dict[str, bool]:
        server, port = await _answering_server()
        with socket.socket() as closed:  # a port nothing listens on
            closed.bind(("127.0.0.1", 0))
            dead = closed.getsockname()[1]
        probe = ServiceProbe(
            {"tsa": f"http://127.0.0.1:{port}/tsa", "ocsp": f"http://127.0.0.1:{dead}/"}, 2.0
        )
        async with server:
            return await probe.probe_once()

    reachable = asyncio.run(scenario())
    assert reachable == {"tsa": True, "ocsp": False}
    [alert] = service_alerts(reachable)
    assert (alert.kind, alert.subject) == (AlertKind.SERVICE_UNREACHABLE, "ocsp")
    assert service_alerts({"tsa": True, "ocsp": True}) == []


def test_a_probe_that_hangs_is_cut_at_its_timeout() -> None:
    async def scenario() -> dict[str, bool]:
        async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            try:
                await reader.read(-1)  # reads until the prober gives up, never answers
            finally:
                writer.close()

        server = await asyncio.start_server(silent, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        async with server:
            return await ServiceProbe({"tsa": f"http://127.0.0.1:{port}/"}, 0.3).probe_once()

    assert asyncio.run(scenario()) == {"tsa": False}


def test_service_wide_alerts_come_first() -> None:
    alerts = [
        Alert(AlertKind.OFFLINE, "K002", ""),
        Alert(AlertKind.SERVICE_UNREACHABLE, "tsa", ""),
        Alert(AlertKind.DEVICE_FAULT, "K001", ""),
        Alert(AlertKind.CERT_EXPIRY, "tls", ""),
    ]
    assert [a.subject for a in ordered(alerts)] == ["tls", "tsa", "K002", "K001"]
