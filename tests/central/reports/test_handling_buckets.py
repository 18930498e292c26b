"""Handling-time buckets: the weighted list made of bucket counts, the exact durations of the
buckets holding the ranks and stand-ins for the rest gives the same median and p90 as the full
list, per site and over all sites, and the same count."""

from __future__ import annotations

import random
from collections import defaultdict

from central.reports.buckets import bucket, merge, needed, span, stand_in
from central.reports.build import median_p90


def _durations(rng: random.Random, n: int) -> list[tuple[str, float, int]]:
    """Lognormal hours as the service sees them, some exact repeats, whole minutes, bucket
    edges (within a rounding of seconds / 60) and a negative one (a clock set back)."""
    out = []
    for i in range(n):
        roll = rng.random()
        if roll < 0.1:
            seconds = 60.0 * rng.randrange(2000) + rng.choice((0.0, -1e-9, 1e-9, 59.999999))
        elif roll < 0.15 and out:
            seconds = out[-1][1]
        elif roll < 0.16:
            seconds = -rng.uniform(0, 600)
        else:
            seconds = 3600 * rng.lognormvariate(0.5, 1.6)
        out.append((f"site {i % 7}", seconds, rng.choice((1, 1, 1, 2, 5))))
    return out


def _reduced(rows: list[tuple[str, float, int]]) -> list[tuple[str, float, int]]:
    counts: dict[tuple[str, int], int] = defaultdict(int)
    for site, seconds, n in rows:
        counts[(site, bucket(seconds))] += n
    pairs, everywhere = needed(counts)
    exact = [r for r in rows if bucket(r[1]) in everywhere or (r[0], bucket(r[1])) in pairs]
    return merge(counts, exact)


def _by_site(rows: list[tuple[str, float, int]]) -> dict[str, list[tuple[float, int]]]:
    out: dict[str, list[tuple[float, int]]] = defaultdict(list)
    for site, seconds, n in rows:
        out[site].append((seconds, n))
    return out


def test_quantiles_from_buckets_equal_those_of_every_duration() -> None:
    rng = random.Random(21)
    for size in (1, 2, 3, 10, 101, 4000):
        rows = _durations(rng, size)
        reduced = _reduced(rows)
        assert sum(n for *_, n in reduced) == sum(n for *_, n in rows)
        assert median_p90([(s, n) for _, s, n in reduced]) == median_p90(
            [(s, n) for _, s, n in rows]
        )
        full, fast = _by_site(rows), _by_site(reduced)
        assert set(full) == set(fast)
        for site, values in full.items():
            assert median_p90(fast[site]) == median_p90(values), (size, site)
    counts: dict[tuple[str, int], int] = defaultdict(int)
    for site, seconds, n in rows:
        counts[(site, bucket(seconds))] += n
    pairs, everywhere = needed(counts)
    exact = [r for r in rows if bucket(r[1]) in everywhere or (r[0], bucket(r[1])) in pairs]
    assert len(exact) < len(rows) / 10  # the point: few exact durations are read


def test_a_bucket_rises_with_the_duration_and_its_range_holds_it() -> None:
    rng = random.Random(5)
    values = sorted([3600 * rng.lognormvariate(1, 2) for _ in range(5000)] + [-30.0, 0.0])
    codes = [bucket(v) for v in values]
    assert codes == sorted(codes)
    for value, code in zip(values, codes, strict=True):
        low, high = span(code)
        assert low <= value < high
        assert bucket(stand_in(code)) == code
