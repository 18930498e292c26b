"""Central service settings, built once by the CLI (or a test) and passed to the app factory."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from central.evidence.settings import EvidenceSettings
from central.fleet.alerts_settings import AlertSettings
from central.media.settings import MediaSettings
from central.recordings.settings import RecordingSettings
from central.requests.submitted_time import SubmittedTimeSettings
from central.sessions.mediation.settings import MediationSettings
from central.sessions.settings import SessionSettings


def default_db_url(data_dir: Path) -> str:
    return f"sqlite:///{(data_dir / 'central.sqlite3').resolve()}"


class CentralSettings(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    db_url: str = Field(min_length=1)
    data_dir: Path = Path(".data/central")
    heartbeat_s: float = Field(10.0, ge=1.0, le=600.0, description="interval terminals are told")
    offline_after_s: float = Field(35.0, ge=2.0, description="silence before a terminal is offline")
    heartbeat_flush_s: float = Field(
        1.0, gt=0, le=10.0, description="write-behind of heartbeat state and hint reloads"
    )
    device_cache_ttl_s: float = Field(
        120.0, ge=0, le=3600.0, description="longest a device token stays cached unchecked"
    )
    enrol_code_ttl_h: float = Field(24.0, gt=0, le=24 * 30)
    staff_token_ttl_s: float = Field(8 * 3600.0, ge=60.0, le=7 * 24 * 3600.0)
    login_max_failures: int = Field(
        5, ge=1, le=100, description="failed logins per account at one client address"
    )
    login_max_per_address: int = Field(
        20, ge=1, le=10_000, description="failed logins per client address, all accounts"
    )
    login_window_s: float = Field(300.0, ge=1.0, le=24 * 3600.0)
    public_search_per_minute: int = Field(
        60, ge=1, le=100_000, description="knowledge searches per client address a minute"
    )
    redis_url: str | None = Field(
        None,
        description="Redis for events and rate limits shared between workers; "
        "None: in-process only (one worker)",
    )
    timezone: str = Field(
        "Asia/Shanghai", description="local time for daily tracking sequences and working days"
    )
    online_organisation: str | None = Field(
        None,
        description="code of the organisation that receives online requests; "
        "None: the first top-level organisation",
    )
    public_per_client: int = Field(
        30, ge=1, le=10_000, description="public calls per client address per window"
    )
    public_failures_per_number: int = Field(
        5, ge=1, le=100, description="wrong second factors per tracking number per window"
    )
    public_window_s: float = Field(600.0, ge=1.0, le=24 * 3600.0)
    journal_key_file: Path | None = Field(
        None,
        description="Ed25519 key that signs journal checkpoints (default: in data_dir); "
        "keep it where the database's writers cannot read it",
    )
    journal_checkpoint_file: Path | None = Field(
        None, description="where signed checkpoints are appended (default: in data_dir)"
    )
    journal_checkpoint_s: float | None = Field(
        None,
        ge=1.0,
        le=24 * 3600.0,
        description="how often the service signs new journal entries; None: never (`serve` "
        "sets it; an app built for a test or the demo leaves it off)",
    )
    header_timeout_s: float = Field(
        10.0, gt=0, le=600.0, description="longest wait for a request's line and headers"
    )
    body_timeout_s: float = Field(
        60.0, gt=0, le=3600.0, description="longest wait for a whole request body"
    )
    failed_login_journal_s: float = Field(
        900.0,
        ge=1.0,
        le=24 * 3600.0,
        description="at most one journal entry per account per this many seconds of failed "
        "logins (central.auth.failed_logins); failures for unknown names are never journaled",
    )
    alerts: AlertSettings = Field(
        default_factory=AlertSettings, description="fleet alert thresholds (central.fleet.alerts)"
    )
    sessions: SessionSettings = Field(
        default_factory=SessionSettings, description="video-session queue rules"
    )
    terminal_ca_pem: str | None = Field(
        None,
        description="PEM of the CA that signs the certificate terminals are served (the TLS "
        "front's); handed to each terminal at enrolment, which pins it from then on",
    )
    mediation: MediationSettings = Field(
        default_factory=MediationSettings,
        description="mediation sessions: invitations, their notifier, side talks (issue 18)",
    )
    media: MediaSettings | None = Field(
        None, description="Janus and coturn for video calls; None: no calls (grants answer 503)"
    )
    evidence: EvidenceSettings = Field(
        default_factory=EvidenceSettings,
        description="sealing notarial acts and /public/verify (central.evidence)",
    )
    recordings: RecordingSettings | None = Field(
        None,
        description="the recording store, its key file and retention per session kind; "
        "None: recording-store/ and recordings.key in data_dir, every kind kept",
    )
    submitted_time: SubmittedTimeSettings = Field(
        default_factory=SubmittedTimeSettings,
        description="how far a terminal's submitted-at stamp is believed "
        "(central.requests.submitted_time)",
    )
