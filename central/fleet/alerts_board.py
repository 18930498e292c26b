"""The alerts a staff member sees: their terminals' alerts, and the service-wide ones
(certificates, time-stamp and OCSP services) for those who run the service."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlalchemy.orm import Session

from central.evidence.settings import EvidenceSettings
from central.fleet.alerts import Alert, cert_alerts, ordered, service_alerts, terminal_alerts
from central.fleet.alerts_settings import AlertSettings
from central.fleet.alerts_sources import (
    certificate_expiries,
    crash_loops,
    failed_updates,
    window_start,
)
from central.fleet.enrolment import KioskView
from central.models import Organisation, Staff

SERVICE_ROLES = frozenset({"admin"})  # who sees the certificates and the outside services


def fleet_alerts(
    session: Session,
    limits: AlertSettings,
    evidence: EvidenceSettings,
    views: Collection[KioskView],
    now: datetime,
    reachable: dict[str, bool] | None = None,
    service_wide: bool = False,
) -> list[Alert]:
    """`views` are the terminals the caller may see (already scoped by organisation), so the
    journal and update reports are read for those terminals only."""
    ids = {v.terminal_id for v in views}
    loops = crash_loops(session, window_start(now, limits.crash_loop_window_s), ids)
    failed = failed_updates(session, window_start(now, limits.update_failed_window_s), ids)
    alerts = terminal_alerts(views, now, limits, loops, failed)
    if service_wide:
        alerts += cert_alerts(certificate_expiries(limits, evidence), now, limits)
        alerts += service_alerts(reachable or {})
    return ordered(alerts)


def sees_service(session: Session, staff: Staff) -> bool:
    """An admin of a top-level organisation runs the service; others see their terminals."""
    if not SERVICE_ROLES.intersection(staff.roles or []):
        return False
    org = session.get(Organisation, staff.organisation_id)
    return org is not None and org.parent_id is None
