"""Exact handling-time figures (how many, median, p90, and each site's median) from weighted
durations, and from duration histograms refined by the few exact durations that hold the
wanted ranks.

A year of a province holds some 250,000 distinct durations; reading them all costs most of
the report. The histogram (per month, site and bucket, kept beside the exact durations by
central.reports.rollups) says which bucket holds each wanted rank and how many durations lie
below it; only those buckets' exact durations are read, so the figures stay exactly the ones
of the full list. Buckets are quarter octaves of seconds, cut with `math.frexp`, so a bucket's
bounds are exact floats and "in the bucket" is the same test in Python and in SQL.
"""

from __future__ import annotations

import math
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from operator import itemgetter

PER_OCTAVE = 4
LOWEST = -(1 << 20)  # every duration <= 0 (a completion stamped before its creation)
Weighted = list[tuple[float, int]]  # a value and how many times it occurs
Range = tuple[float | None, float | None]  # [low, high), None: unbounded


def bucket(seconds: float) -> int:
    """The histogram bucket of a duration: monotonic in the seconds."""
    if seconds < sys.float_info.min:  # <= 0 (or too small a positive for exact bounds)
        return LOWEST
    mantissa, exponent = math.frexp(seconds)  # mantissa in [0.5, 1)
    return exponent * PER_OCTAVE + int((mantissa - 0.5) * 2 * PER_OCTAVE)


def bounds(number: int) -> Range:
    """[low, high) of a bucket: `bucket(x) == number` exactly when low <= x < high."""
    if number == LOWEST:
        return None, sys.float_info.min
    exponent, part = divmod(number, PER_OCTAVE)
    step = 0.5 / PER_OCTAVE
    return math.ldexp(0.5 + part * step, exponent), math.ldexp(0.5 + (part + 1) * step, exponent)


def ranks(total: int) -> tuple[tuple[int, ...], int]:
    """The 0-based ranks of the median (one, or the middle two for an even count, averaged as
    statistics.median does) and of the p90 by nearest rank, in the sorted, expanded list."""
    half = total // 2
    middle = (half,) if total % 2 else (half - 1, half)
    return middle, math.ceil(0.9 * total) - 1


def median_p90(values: Iterable[tuple[float, int]]) -> tuple[float | None, float | None]:
    """The median and the p90 of the values counted with their weights, without expanding."""
    ordered = sorted(values, key=itemgetter(0))
    total = sum(n for _, n in ordered)
    if total <= 0:
        return None, None
    middle, p90 = ranks(total)
    found = _at(ordered, {*middle, p90})
    return sum(found[r] for r in middle) / len(middle), found[p90]


def _at(ordered: Weighted, wanted: set[int], below: int = 0) -> dict[int, float]:
    """The values at the wanted ranks of sorted weighted values whose first has rank `below`."""
    pending = sorted(wanted)
    found: dict[int, float] = {}
    seen = below
    for value, n in ordered:
        seen += n
        while pending and pending[0] < seen:
            found[pending.pop(0)] = value
        if not pending:
            break
    return found


@dataclass(frozen=True)
class HandlingFigures:
    """The period's handling times: how many completed, the median and p90 in seconds, and
    each site's median (sites with no completed request are absent)."""

    completed: int
    median: float | None
    p90: float | None
    site_medians: dict[str, float] = field(default_factory=dict)


def from_weighted(durations: Iterable[tuple[str, float, int]]) -> HandlingFigures:
    """The figures from every duration (site, seconds, how many)."""
    everything: Weighted = []
    per_site: dict[str, Weighted] = defaultdict(list)
    for site, seconds, n in durations:
        everything.append((seconds, n))
        per_site[site].append((seconds, n))
    median, p90 = median_p90(everything)
    medians = {site: median_p90(values)[0] for site, values in per_site.items()}
    return HandlingFigures(
        completed=sum(n for _, n in everything),
        median=median,
        p90=p90,
        site_medians={site: m for site, m in medians.items() if m is not None},
    )


Fetch = Callable[[Mapping[str, list[Range]]], Iterable[tuple[str, float, int]]]


def from_histogram(counts: Mapping[tuple[str, int], int], fetch: Fetch) -> HandlingFigures | None:
    """The figures from per-(site, bucket) counts; `fetch` returns the exact durations (site,
    seconds, how many) of each site in the given ranges (bucket bounds) over the period.
    None when a wanted bucket's exact durations do not add up to its count (roll-ups spoilt
    behind the hook's back, until `rollups rebuild`): the caller reads every duration."""
    per_site: dict[str, dict[int, int]] = defaultdict(dict)
    overall: dict[int, int] = defaultdict(int)
    for (site, number), n in counts.items():
        if n:
            per_site[site][number] = n
            overall[number] += n
    # (site or None for every site, bucket) -> {rank within the bucket: the report's rank}
    wanted: dict[tuple[str | None, int], dict[int, int]] = defaultdict(dict)
    site_ranks: dict[str, tuple[int, ...]] = {}
    for site, buckets in per_site.items():
        middle, _ = ranks(sum(buckets.values()))
        site_ranks[site] = middle
        _locate(buckets, middle, wanted, site)
    total = sum(overall.values())
    middle, p90 = ranks(total) if total else ((), 0)
    if total:
        _locate(overall, (*middle, p90), wanted, None)
    exact = _exact(wanted, per_site, fetch)
    values: dict[tuple[str | None, int], float] = {}
    for (holder, number), local in wanted.items():
        rows = exact[(holder, number)]
        if sum(n for _, n in rows) != (overall if holder is None else per_site[holder])[number]:
            return None  # the histogram disagrees with the exact durations (spoilt roll-ups)
        found = _at(sorted(rows, key=itemgetter(0)), set(local))
        for inside, rank in local.items():
            values[(holder, rank)] = found[inside]
    medians = {
        site: sum(values[(site, r)] for r in chosen) / len(chosen)
        for site, chosen in site_ranks.items()
    }
    return HandlingFigures(
        completed=total,
        median=sum(values[(None, r)] for r in middle) / len(middle) if total else None,
        p90=values[(None, p90)] if total else None,
        site_medians=medians,
    )


def _locate(
    buckets: Mapping[int, int],
    chosen: Iterable[int],
    wanted: dict[tuple[str | None, int], dict[int, int]],
    site: str | None,
) -> None:
    """Note which bucket holds each chosen rank, and the rank within it."""
    pending = sorted(set(chosen))
    below = 0
    for number in sorted(buckets):
        n = buckets[number]
        while pending and pending[0] < below + n:
            rank = pending.pop(0)
            wanted[(site, number)][rank - below] = rank
        below += n
        if not pending:
            return


def _exact(
    wanted: Mapping[tuple[str | None, int], object],
    per_site: Mapping[str, Mapping[int, int]],
    fetch: Fetch,
) -> dict[tuple[str | None, int], Weighted]:
    """The exact durations of the wanted buckets, per (site, bucket) and per (None, bucket)."""
    needed: dict[str, set[int]] = defaultdict(set)
    for site, number in wanted:
        if site is not None:
            needed[site].add(number)
        else:  # a bucket of the whole report: every site with durations in it
            for other, buckets in per_site.items():
                if number in buckets:
                    needed[other].add(number)
    exact: dict[tuple[str | None, int], Weighted] = defaultdict(list)
    for site, seconds, n in fetch({site: _ranges(numbers) for site, numbers in needed.items()}):
        number = bucket(seconds)
        if (site, number) in wanted:
            exact[(site, number)].append((seconds, n))
        if (None, number) in wanted:
            exact[(None, number)].append((seconds, n))
    return exact


def _ranges(numbers: Iterable[int]) -> list[Range]:
    """The buckets' bounds, neighbouring buckets joined into one range."""
    out: list[Range] = []
    last = None
    for number in sorted(numbers):
        low, high = bounds(number)
        if last is not None and last + 1 == number and out:
            out[-1] = (out[-1][0], high)
        else:
            out.append((low, high))
        last = number
    return out
