"""The assessment score of a site against its targets.

Each target that has a figure to compare is a part scored 0-1: for requests handled,
satisfaction and uptime, actual / target (capped at 1); for the median handling time,
target / actual (capped at 1; no time taken counts as met). The site's score is 100 x the
mean of its parts, rounded to one decimal; a site with no part has no score. The report's
score is the mean of its sites' scores. A target of 0 handled requests is always met.
"""

from __future__ import annotations

from dataclasses import dataclass

from api_client.schemas import TargetIn

SCORING_RULE = (
    "Each target with a figure to compare scores 0-1: handled requests, satisfaction and "
    "uptime score actual/target, the median handling time scores target/actual, each capped "
    "at 1. A site's score is 100 x the mean of its parts; the report's score is the mean of "
    "the sites' scores. The monthly handled-requests target is scaled by the period's days / "
    "30.4375."
)
DAYS_PER_MONTH = 365.25 / 12


@dataclass(frozen=True)
class SiteFigures:
    handled: int
    median_hours: float | None
    satisfaction: float | None
    uptime: float | None


def _ratio(actual: float, target: float) -> float:
    return 1.0 if target <= 0 else min(1.0, actual / target)


def parts(figures: SiteFigures, target: TargetIn, period_days: int) -> dict[str, float]:
    out: dict[str, float] = {}
    if target.requests_per_month is not None:
        expected = target.requests_per_month * period_days / DAYS_PER_MONTH
        out["handled"] = _ratio(figures.handled, expected)
    if target.median_handling_hours is not None and figures.median_hours is not None:
        taken = figures.median_hours
        out["median_hours"] = 1.0 if taken <= 0 else min(1.0, target.median_handling_hours / taken)
    if target.satisfaction_min is not None and figures.satisfaction is not None:
        out["satisfaction"] = _ratio(figures.satisfaction, target.satisfaction_min)
    if target.uptime_min is not None and figures.uptime is not None:
        out["uptime"] = _ratio(figures.uptime, target.uptime_min)
    return {name: round(value, 4) for name, value in out.items()}


def score(scored: dict[str, float]) -> float | None:
    if not scored:
        return None
    return round(100 * sum(scored.values()) / len(scored), 1)


def overall(scores: list[float | None]) -> float | None:
    known = [s for s in scores if s is not None]
    return round(sum(known) / len(known), 1) if known else None
