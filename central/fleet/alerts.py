"""Fleet alerts: what needs a technician or an operator now, worked out from what the service
already holds (each terminal's last heartbeat, its update reports and crash-loop reports, the
certificates it serves and signs with, the probes of the time-stamp and OCSP services).

Evaluation is pure: the same inputs always give the same alerts, and an alert clears as soon
as its cause is gone. The console's terminals page lists them first; /metrics exports them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from central.fleet.alerts_settings import AlertSettings
from central.fleet.enrolment import KioskView


class AlertKind(StrEnum):
    OFFLINE = "offline"
    DEVICE_FAULT = "device_fault"
    PAPER_LOW = "paper_low"
    OUTBOX_BACKLOG = "outbox_backlog"
    CRASH_LOOP = "crash_loop"
    UPDATE_FAILED = "update_failed"
    DISK_SPACE = "disk_space"
    CLOCK_SKEW = "clock_skew"
    CERT_EXPIRY = "cert_expiry"
    SERVICE_UNREACHABLE = "service_unreachable"


# Device states that mean the device cannot serve (XFS4IoT); "starting" and "deviceBusy" pass.
FAULT_STATES = frozenset({"offline", "noDevice", "hardwareError", "userError", "powerOff"})
_PAPER_WORDS = ("paper low", "paper out", "out of paper", "low on paper", "media-low")


@dataclass(frozen=True)
class Alert:
    """`subject` is a terminal id, a certificate's name or a service's name: never a person."""

    kind: AlertKind
    subject: str
    detail: str
    region_code: str | None = None

    @property
    def terminal(self) -> bool:
        return self.kind not in (AlertKind.CERT_EXPIRY, AlertKind.SERVICE_UNREACHABLE)


def _paper_low(device: dict[str, str]) -> bool:
    detail = device.get("detail", "").lower()
    return device.get("family") == "printer" and any(w in detail for w in _PAPER_WORDS)


def device_alerts(view: KioskView) -> list[Alert]:
    """Paper low on a printer that still prints; any device that cannot serve is a fault."""
    alerts = []
    for device in view.devices:
        family, status = device.get("family", "?"), device.get("status", "")
        if _paper_low(device):
            kind = AlertKind.DEVICE_FAULT if status in FAULT_STATES else AlertKind.PAPER_LOW
            alerts.append(Alert(kind, view.terminal_id, f"{family}: {device.get('detail')}"))
        elif status in FAULT_STATES:
            detail = device.get("detail") or status
            alerts.append(Alert(AlertKind.DEVICE_FAULT, view.terminal_id, f"{family}: {detail}"))
    return alerts


def health_alerts(view: KioskView, limits: AlertSettings) -> list[Alert]:
    """Outbox backlog, disk space and clock skew from the last heartbeat's figures."""
    health = view.health or {}
    alerts = []
    backlog = health.get("outbox_backlog")
    if isinstance(backlog, int) and backlog >= limits.outbox_backlog_max:
        alerts.append(Alert(AlertKind.OUTBOX_BACKLOG, view.terminal_id, f"{backlog} waiting"))
    free = health.get("disk_free_percent")
    if isinstance(free, int | float) and free < limits.disk_free_min_percent:
        alerts.append(Alert(AlertKind.DISK_SPACE, view.terminal_id, f"{free:.1f}% free"))
    skew = health.get("clock_skew_s")
    if isinstance(skew, int | float) and abs(skew) > limits.clock_skew_max_s:
        alerts.append(Alert(AlertKind.CLOCK_SKEW, view.terminal_id, f"{skew:+.0f} s"))
    return alerts


def terminal_alerts(
    views: Iterable[KioskView],
    now: datetime,
    limits: AlertSettings,
    crash_loops: dict[str, str] | None = None,
    failed_updates: dict[str, str] | None = None,
) -> list[Alert]:
    """Every alert of these terminals (revoked ones have none). `crash_loops` and
    `failed_updates` map a terminal id to what it reported (central.fleet.alerts_sources)."""
    crash_loops, failed_updates = crash_loops or {}, failed_updates or {}
    silence = timedelta(seconds=limits.offline_limit_s)
    alerts: list[Alert] = []
    for view in views:
        if view.revoked:
            continue
        found: list[Alert] = []
        if view.last_seen is not None and now - view.last_seen >= silence:
            found.append(
                Alert(
                    AlertKind.OFFLINE,
                    view.terminal_id,
                    f"last seen {view.last_seen:%Y-%m-%d %H:%M} UTC",
                )
            )
        found += device_alerts(view)
        found += health_alerts(view, limits)
        if view.terminal_id in crash_loops:
            found.append(
                Alert(AlertKind.CRASH_LOOP, view.terminal_id, crash_loops[view.terminal_id])
            )
        if view.terminal_id in failed_updates:
            found.append(
                Alert(AlertKind.UPDATE_FAILED, view.terminal_id, failed_updates[view.terminal_id])
            )
        alerts += [Alert(a.kind, a.subject, a.detail, view.region_code) for a in found]
    return alerts


def cert_alerts(expiries: dict[str, datetime], now: datetime, limits: AlertSettings) -> list[Alert]:
    """`expiries` maps a certificate's name (tls, signing, chain-1, ...) to its notAfter."""
    warn = timedelta(days=limits.cert_warn_days)
    alerts = []
    for name, not_after in sorted(expiries.items()):
        if not_after - now <= warn:
            left = (not_after - now).total_seconds() / 86400
            what = "expired" if left < 0 else f"expires in {left:.0f} day(s)"
            alerts.append(Alert(AlertKind.CERT_EXPIRY, name, f"{what} ({not_after:%Y-%m-%d})"))
    return alerts


def service_alerts(reachable: dict[str, bool]) -> list[Alert]:
    """`reachable` maps a probed service (tsa, ocsp) to its last probe's answer."""
    return [
        Alert(AlertKind.SERVICE_UNREACHABLE, name, "no answer within the probe's timeout")
        for name, ok in sorted(reachable.items())
        if not ok
    ]


ORDER = {kind: i for i, kind in enumerate(AlertKind)}


def ordered(alerts: Iterable[Alert]) -> list[Alert]:
    """Service-wide alerts first (they hit every terminal), then by kind and subject."""
    return sorted(alerts, key=lambda a: (a.terminal, ORDER[a.kind], a.subject))
