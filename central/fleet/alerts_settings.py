"""Alert thresholds and what the service watches beyond its terminals (central.fleet.alerts)."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field


class AlertSettings(BaseModel):
    """Defaults suit a county fleet reporting every 10 s; every limit is inclusive."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    offline_limit_s: float = Field(
        900.0, ge=30.0, le=7 * 24 * 3600.0, description="silence before an offline alert"
    )
    outbox_backlog_max: int = Field(
        50, ge=1, le=1_000_000, description="outbox items waiting before an alert"
    )
    disk_free_min_percent: float = Field(
        10.0, gt=0, lt=100, description="free disk below this raises an alert"
    )
    clock_skew_max_s: float = Field(
        30.0, gt=0, le=3600.0, description="a terminal clock further off raises an alert"
    )
    crash_loop_window_s: float = Field(
        3600.0, ge=60.0, le=7 * 24 * 3600.0, description="a crash loop reported this recently"
    )
    update_failed_window_s: float = Field(
        7 * 24 * 3600.0, ge=60.0, le=90 * 24 * 3600.0, description="a failed update this recent"
    )
    cert_warn_days: float = Field(
        30.0, gt=0, le=365.0, description="a certificate expiring within this raises an alert"
    )
    tls_cert_file: Path | None = Field(
        None, description="the certificate the TLS front serves (PEM), watched for expiry"
    )
    ocsp_url: str | None = Field(
        None, description="the OCSP responder seals rely on; probed with the time-stamp service"
    )
    probe_s: float | None = Field(
        None,
        ge=1.0,
        le=3600.0,
        description="how often the time-stamp and OCSP services are probed; None: never "
        "(`serve` sets it; an app built for a test leaves it off)",
    )
    probe_timeout_s: float = Field(5.0, gt=0, le=60.0)
