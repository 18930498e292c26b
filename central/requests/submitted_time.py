"""When the resident submitted: the terminal's stamp, trusted within bounds.

A terminal that was offline delivers its outbox later; the request must count on the day the
resident submitted (reports, handling time, deadlines), not the day it arrived. The stamp comes
from the terminal's clock, so it is bounded: at most `clock_skew_s` after the service received
it (a terminal clock running a little fast: the stamp becomes the receipt time, silently) and
at most `max_age_days` before it. The outbox keeps an item until it is delivered, with no
expiry of its own; 60 days is longer than any repair trip of a terminal in a herding area, and
short enough that a closed quarter's report does not change long after it was published.
Outside the bounds the service uses its own receipt time and journals that the terminal's
clock was off; the submission itself is never refused (the outbox must drain).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from pydantic import BaseModel, ConfigDict, Field

from central.clock import as_utc


class SubmittedTimeSettings(BaseModel):
    """How far a terminal's submitted-at stamp is believed."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    clock_skew_s: float = Field(
        300.0, ge=0, le=3600.0, description="a stamp this far after receipt is a fast clock"
    )
    max_age_days: float = Field(
        60.0, gt=0, le=366.0, description="an older stamp is a wrong clock, not a late delivery"
    )


def resident_time(
    claimed: datetime, received: datetime, bounds: SubmittedTimeSettings
) -> tuple[datetime, str | None]:
    """The time the request counts from, and why the claim was not believed (None: it was)."""
    claimed, received = as_utc(claimed), as_utc(received)
    if claimed > received + timedelta(seconds=bounds.clock_skew_s):
        return received, "ahead"
    if claimed < received - timedelta(days=bounds.max_age_days):
        return received, "too_old"
    return min(claimed, received), None
