"""What /metrics computes at scrape time: the fleet by state and region, the alerts, the
request flow between channels and the video-session queue (gauges of central.web.metrics).

Counts come from GROUP BY queries; only the last day's sessions are read row by row. Label
values outside a known set (a channel the schema does not name) are counted as "other"."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta
from typing import get_args

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from api_client.schemas.requests import Channel
from central.clock import as_utc
from central.fleet.alerts import AlertKind
from central.fleet.alerts_board import fleet_alerts
from central.fleet.alerts_sources import certificate_expiries
from central.fleet.enrolment import list_kiosks
from central.models import RequestRow, TransferOrder
from central.sessions.models import VideoSession
from central.settings import CentralSettings
from central.web.metrics import Metrics

CHANNELS = frozenset(get_args(Channel))
STATES = ("online", "offline", "revoked")


def _channel(value: str | None) -> str:
    if value is None:
        return "none"
    return value if value in CHANNELS else "other"


def _region(code: str | None) -> str:
    return f"{code[:4]}00" if code else "none"


def refresh_fleet(
    metrics: Metrics,
    session: Session,
    settings: CentralSettings,
    reachable: dict[str, bool],
    now: datetime,
) -> None:
    views = list_kiosks(session, timedelta(seconds=settings.offline_after_s))
    states = Counter(
        "revoked" if v.revoked else ("online" if v.online else "offline") for v in views
    )
    for state in STATES:
        metrics.kiosks.labels(state).set(states[state])
    metrics.kiosks_by_region.clear()
    by_region = Counter(
        (_region(v.region_code), "revoked" if v.revoked else ("online" if v.online else "offline"))
        for v in views
    )
    for (region, state), n in by_region.items():
        metrics.kiosks_by_region.labels(region, state).set(n)
    metrics.terminal_last_seen.clear()
    for v in views:
        if v.last_seen is not None and not v.revoked:
            metrics.terminal_last_seen.labels(v.terminal_id).set(v.last_seen.timestamp())
    alerts = fleet_alerts(
        session, settings.alerts, settings.evidence, views, now, reachable, service_wide=True
    )
    kinds = Counter(a.kind for a in alerts)
    for kind in AlertKind:
        metrics.alerts.labels(kind.value).set(kinds[kind])
    metrics.terminal_alert.clear()
    for a in alerts:
        if a.terminal:
            metrics.terminal_alert.labels(a.subject, a.kind.value).set(1)
    metrics.cert_expiry.clear()
    for name, not_after in certificate_expiries(settings.alerts, settings.evidence).items():
        metrics.cert_expiry.labels(name).set(not_after.timestamp())
    metrics.service_up.clear()
    for name, ok in reachable.items():
        metrics.service_up.labels(name).set(1 if ok else 0)


def refresh_flow(metrics: Metrics, session: Session, now: datetime) -> None:
    """Requests by channel and status, transfers between channels, the session queue."""
    metrics.requests_by_channel.clear()
    for channel, status, n in session.execute(
        select(RequestRow.channel, RequestRow.status, func.count()).group_by(
            RequestRow.channel, RequestRow.status
        )
    ):
        metrics.requests_by_channel.labels(_channel(channel), status).inc(n)
    metrics.transfers.clear()
    for source, target, n in session.execute(
        select(RequestRow.channel, TransferOrder.to_channel, func.count())
        .join(RequestRow, TransferOrder.request_id == RequestRow.id)
        .group_by(RequestRow.channel, TransferOrder.to_channel)
    ):
        metrics.transfers.labels(_channel(source), _channel(target)).inc(n)
    metrics.sessions.clear()
    for kind, state, n in session.execute(
        select(VideoSession.kind, VideoSession.state, func.count()).group_by(
            VideoSession.kind, VideoSession.state
        )
    ):
        metrics.sessions.labels(kind, state).set(n)
    _session_times(metrics, session, now - timedelta(days=1))


def _session_times(metrics: Metrics, session: Session, since: datetime) -> None:
    waits: dict[str, list[float]] = {}
    lengths: dict[str, list[float]] = {}
    rows = session.execute(
        select(
            VideoSession.kind,
            VideoSession.queued_at,
            VideoSession.claimed_at,
            VideoSession.started_at,
            VideoSession.ended_at,
        ).where((VideoSession.claimed_at >= since) | (VideoSession.ended_at >= since))
    )
    for kind, queued, claimed, started, ended in rows:
        if queued is not None and claimed is not None and as_utc(claimed) >= since:
            waits.setdefault(kind, []).append((as_utc(claimed) - as_utc(queued)).total_seconds())
        if started is not None and ended is not None and as_utc(ended) >= since:
            lengths.setdefault(kind, []).append((as_utc(ended) - as_utc(started)).total_seconds())
    metrics.session_wait.clear()
    metrics.session_handling.clear()
    for kind, values in waits.items():
        metrics.session_wait.labels(kind).set(sum(values) / len(values))
    for kind, values in lengths.items():
        metrics.session_handling.labels(kind).set(sum(values) / len(values))
