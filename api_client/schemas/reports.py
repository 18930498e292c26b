"""Supervisor reports: counts, handling times, overdue work, satisfaction, uptime, targets."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field

from api_client.schemas._base import _Wire
from api_client.schemas.requests import Channel, RequestKind, RequestStatus

ReportPeriodName = Literal["weekly", "monthly", "quarterly", "yearly"]
ReportFormat = Literal["json", "csv"]
SITE_TARGET_PATTERN = r"^(\*|[^\x00-\x1f]{1,64})$"


class ReportCount(_Wire):
    key: str = Field(description="channel, kind, site or region code")
    requests: int
    handled: int = Field(description="of these, completed")


class HandlingTime(_Wire):
    """Created to completed, over the period's requests that are completed."""

    completed: int
    median_hours: float | None
    p90_hours: float | None


class OverdueRequest(_Wire):
    tracking_number: str
    kind: RequestKind
    channel: Channel
    site: str
    organisation: str = Field(description="organisation code holding it")
    status: RequestStatus
    due_at: datetime


class Overdue(_Wire):
    """As of the period's end (or now, for the running period)."""

    requests_open_past_due: int = Field(description="not completed, closed or rejected")
    requests_completed_late: int
    transfers_pending_past_deadline: int
    transfers_answered_late: int
    oldest: list[OverdueRequest] = Field(description="up to 20, earliest due first")


class TransferRoute(_Wire):
    from_organisation: str
    to_organisation: str
    transfers: int
    pending: int
    accepted: int
    returned: int


class Satisfaction(_Wire):
    ratings: int
    mean: float | None
    distribution: list[int] = Field(description="how many rated 1, 2, 3, 4 and 5")


class SiteUptime(_Wire):
    site: str
    terminals: int
    online_hours: float
    expected_hours: float = Field(description="the terminals' enrolled time within the period")
    uptime: float | None = Field(description="online / expected, 0-1")


class TargetIn(_Wire):
    """Targets for one site ("*": every site without its own). Omitted: not assessed."""

    site: str = Field(pattern=SITE_TARGET_PATTERN)
    requests_per_month: int | None = Field(
        None, ge=0, le=10_000_000, description="completed requests; scaled to the period length"
    )
    median_handling_hours: float | None = Field(None, gt=0, le=8760)
    satisfaction_min: float | None = Field(None, ge=1, le=5)
    uptime_min: float | None = Field(None, ge=0, le=1)


class TargetOut(TargetIn):
    organisation: str = Field(description="the organisation that set it")
    updated_at: datetime
    updated_by: str


class SiteAssessment(_Wire):
    site: str
    requests: int
    handled: int
    median_hours: float | None
    satisfaction: float | None
    uptime: float | None
    target_from: str | None = Field(description="organisation whose target applies")
    target: TargetIn | None
    parts: dict[str, float] = Field(description="per target met, 0-1 (1 = met)")
    score: float | None = Field(description="0-100; None without a target that applies")


class Report(_Wire):
    period: ReportPeriodName
    label: str = Field(description="e.g. 2026-W53, 2026-07, 2026-Q3, 2026")
    starts_at: datetime = Field(description="China time (UTC+8)")
    ends_at: datetime = Field(description="exclusive")
    as_of: datetime
    organisation: str = Field(description="the report covers this organisation and below")
    requests: int
    handled: int
    by_channel: list[ReportCount]
    by_kind: list[ReportCount]
    by_site: list[ReportCount]
    by_region: list[ReportCount]
    handling: HandlingTime
    overdue: Overdue
    transfers: list[TransferRoute]
    satisfaction: Satisfaction
    uptime: list[SiteUptime]
    assessment: list[SiteAssessment]
    score: float | None = Field(description="mean of the sites' scores")
    scoring_rule: str
