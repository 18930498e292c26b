"""Where the alerts' inputs come from besides heartbeats: crash-loop reports in the journal,
update reports, certificate files, and the probes of the time-stamp and OCSP services."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
from cryptography import x509
from sqlalchemy import select
from sqlalchemy.orm import Session

from central.clock import as_utc
from central.evidence.settings import EvidenceSettings
from central.fleet.alerts_settings import AlertSettings
from central.models import JournalEntry, Kiosk, UpdateRelease, UpdateRollout, UpdateTarget

log = logging.getLogger(__name__)
CRASH_LOOP_ACTION = "terminal.shell.crash_loop"  # central.requests.adoption journals it
_TERMINAL_ACTOR = "terminal:"


def crash_loops(session: Session, since: datetime, terminal_ids: Collection[str]) -> dict[str, str]:
    """Terminals among `terminal_ids` that reported a crash loop since `since`."""
    rows = session.execute(
        select(JournalEntry.actor, JournalEntry.at)
        .where(JournalEntry.action == CRASH_LOOP_ACTION, JournalEntry.at >= since)
        .order_by(JournalEntry.seq)
    ).all()
    found = {}
    for actor, at in rows:
        terminal = actor.removeprefix(_TERMINAL_ACTOR)
        if actor.startswith(_TERMINAL_ACTOR) and terminal in terminal_ids:
            found[terminal] = f"shell restarted in a loop ({as_utc(at):%Y-%m-%d %H:%M} UTC)"
    return found


def failed_updates(
    session: Session, since: datetime, terminal_ids: Collection[str]
) -> dict[str, str]:
    """Terminals whose latest update report since `since` is a roll-back or a refusal."""
    rows = session.execute(
        select(Kiosk.terminal_id, UpdateTarget.outcome, UpdateRelease.version)
        .join(Kiosk, UpdateTarget.kiosk_id == Kiosk.id)
        .join(UpdateRollout, UpdateTarget.rollout_id == UpdateRollout.id)
        .join(UpdateRelease, UpdateRollout.release_id == UpdateRelease.id)
        .where(UpdateTarget.reported_at >= since, UpdateTarget.outcome.is_not(None))
        .order_by(UpdateTarget.reported_at)
    ).all()
    latest: dict[str, tuple[str, str]] = {}
    for terminal, outcome, version in rows:
        if terminal in terminal_ids:
            latest[terminal] = (outcome or "", version)
    return {
        t: f"{version}: {outcome.replace('_', ' ')}"
        for t, (outcome, version) in latest.items()
        if outcome != "installed"
    }


def certificate_expiries(alerts: AlertSettings, evidence: EvidenceSettings) -> dict[str, datetime]:
    """notAfter of the TLS certificate and the signing certificates; a file that cannot be
    read counts as expired now (an operator must look either way)."""
    files: dict[str, Path] = {}
    if alerts.tls_cert_file is not None:
        files["tls"] = alerts.tls_cert_file
    if evidence.cert_file is not None:
        files["signing"] = evidence.cert_file
    for i, path in enumerate(evidence.chain_files, 1):
        files[f"chain-{i}"] = path
    found = {}
    for name, path in files.items():
        try:
            cert = x509.load_pem_x509_certificate(path.read_bytes())
        except (OSError, ValueError) as err:
            log.warning("certificate %s unreadable: %s", name, type(err).__name__)
            found[name] = datetime(1970, 1, 1, tzinfo=UTC)
            continue
        found[name] = cert.not_valid_after_utc
    return found


@dataclass
class ServiceProbe:
    """The last answer of each watched service (tsa, ocsp): any HTTP answer means reachable
    (a TSA answers a bare GET with 405); a refused connection or a timeout does not."""

    urls: dict[str, str]
    timeout_s: float
    reachable: dict[str, bool] = field(default_factory=dict)

    @classmethod
    def from_settings(cls, alerts: AlertSettings, evidence: EvidenceSettings) -> ServiceProbe:
        urls = {"tsa": evidence.tsa_url, "ocsp": alerts.ocsp_url}
        return cls({k: v for k, v in urls.items() if v}, alerts.probe_timeout_s)

    async def probe_once(self) -> dict[str, bool]:
        async with httpx.AsyncClient(timeout=self.timeout_s) as client:
            answers = await asyncio.gather(*(self._probe(client, u) for u in self.urls.values()))
        self.reachable = dict(zip(self.urls, answers, strict=True))
        return self.reachable

    async def _probe(self, client: httpx.AsyncClient, url: str) -> bool:
        try:
            await client.get(url)
        except httpx.HTTPError:
            return False
        return True

    async def run(self, every_s: float) -> None:
        while True:
            await self.probe_once()
            await asyncio.sleep(every_s)


def window_start(now: datetime, seconds: float) -> datetime:
    return now - timedelta(seconds=seconds)
