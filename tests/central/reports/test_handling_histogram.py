"""The handling figures from a duration histogram, refined by the exact durations of only the
buckets that hold a wanted rank, equal those from every duration; a bucket's bounds hold
exactly its durations; a histogram that disagrees with the durations is refused."""

from __future__ import annotations

import itertools
import math
import random
from collections import Counter
from collections.abc import Mapping

from central.reports.quantiles import (
    LOWEST,
    Range,
    bounds,
    bucket,
    from_histogram,
    from_weighted,
)

SITES = ("hall", "hotline", "kiosk 1", "")


def _durations(rng: random.Random, size: int) -> list[tuple[str, float, int]]:
    """GIVEN durations like the province's: log-normal hours, some repeated, a few <= 0."""
    out = []
    for _ in range(size):
        roll = rng.random()
        if roll < 0.03:
            seconds = rng.choice((0.0, -0.5, -3600.0))
        elif roll < 0.1:
            seconds = rng.choice((60.0, 3600.0, 86400.0))  # exact bucket edges
        else:
            seconds = rng.lognormvariate(8, 2.5)
        out.append((rng.choice(SITES), seconds, rng.choice((1, 1, 1, 2))))
    return out


def _inside(seconds: float, span: Range) -> bool:
    low, high = span
    return (low is None or seconds >= low) and (high is None or seconds < high)


def test_a_bucket_holds_exactly_the_durations_within_its_bounds() -> None:
    rng = random.Random(5)
    values = [0.0, -1.0, 5e-324, 2.3e-308, 1e-6, 1.0, 0.5, 60.0, 3599.999999, 3600.0, 1e9]
    values += [rng.lognormvariate(8, 3) for _ in range(2000)]
    for seconds in values:
        number = bucket(seconds)
        assert _inside(seconds, bounds(number)), seconds
        assert not _inside(seconds, bounds(number + 1)) and not _inside(seconds, bounds(number - 1))
    assert bucket(0.0) == bucket(-5.0) == LOWEST
    ordered = sorted(values)
    assert all(bucket(a) <= bucket(b) for a, b in itertools.pairwise(ordered))


def test_figures_from_the_histogram_equal_those_from_every_duration() -> None:
    """WHEN the figures are found from per-(site, bucket) counts and the exact durations of
    the wanted buckets THEN they equal those from every duration, and far fewer are read."""
    rng = random.Random(2126)
    for size in (0, 1, 2, 3, 10, 101, 2000):
        durations = _durations(rng, size)
        counts = Counter[tuple[str, int]]()
        for site, seconds, n in durations:
            counts[(site, bucket(seconds))] += n
        read: list[int] = []

        def fetch(
            ranges: Mapping[str, list[Range]],
            durations: list[tuple[str, float, int]] = durations,
            read: list[int] = read,
        ) -> list[tuple[str, float, int]]:
            found = [d for d in durations if any(_inside(d[1], r) for r in ranges.get(d[0], ()))]
            read.append(len(found))
            return found

        assert from_histogram(counts, fetch) == from_weighted(durations), size
        if size == 2000:
            assert sum(read) < size / 2


def test_a_histogram_that_disagrees_with_the_durations_is_refused() -> None:
    durations = [("hall", float(s), 1) for s in range(1, 200)]
    counts = Counter((site, bucket(seconds)) for site, seconds, _ in durations)
    middle = bucket(100.0)
    counts[("hall", middle)] += 1  # a count the durations do not hold
    assert from_histogram(counts, lambda ranges: durations) is None
    assert math.isfinite(from_weighted(durations).median or math.nan)
