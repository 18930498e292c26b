"""The report's median and p90 over weighted durations (value, how many) equal those of the
expanded list (statistics.median; p90 by nearest rank), which the full recomputation used."""

from __future__ import annotations

import math
import random
import statistics
from collections import Counter

from central.reports.quantiles import median_p90


def _expanded(values: list[float]) -> tuple[float | None, float | None]:
    if not values:
        return None, None
    ordered = sorted(values)
    return statistics.median(ordered), ordered[math.ceil(0.9 * len(ordered)) - 1]


def test_weighted_median_and_p90_equal_those_of_the_expanded_list() -> None:
    rng = random.Random(21)
    pool = [0.0, 1.5, 3600.0, 7200.25, 86400.0]
    for size in [*range(12), 99, 100, 101, 1000]:
        for _ in range(40):
            values = [rng.choice([*pool, rng.uniform(0, 1e6)]) for _ in range(size)]
            weighted = list(Counter(values).items())
            rng.shuffle(weighted)
            split = [(v, 1) for v in values]  # the same values, one entry each
            padded = weighted + [(v, 0) for v in values[:2]]  # zero weights count for nothing
            expected = _expanded(values)
            assert median_p90(weighted) == expected
            assert median_p90(split) == expected
            assert median_p90(padded) == expected


def test_no_values_give_no_median() -> None:
    assert median_p90([]) == (None, None)
    assert median_p90([(5.0, 0)]) == (None, None)
