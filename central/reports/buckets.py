"""Handling-time buckets: a month's durations counted per (site, bucket), so a long period's
median and p90 are found without reading every distinct duration. A bucket is the duration's
whole minutes rounded down to six significant bits (exact minutes below 64, then 32 buckets
per doubling: 2 minutes wide near an hour, about 3 % of the value above). The report reads
the counts, finds per site and over all sites the buckets holding the ranks it needs, and
reads the exact durations of those buckets only; every other bucket enters the weighted list
as one stand-in value inside the bucket, which sorts where its durations would (the bucket
rises with the duration), so the quantiles stay exactly those of the full list."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable

BITS = 6
Weighted = list[tuple[str, float, int]]  # site, seconds, how many


def bucket(seconds: float) -> int:
    """Non-decreasing in seconds; bucket(stand_in(k)) == k."""
    minutes = math.floor(seconds / 60)
    if minutes < 1 << BITS:
        return minutes
    shift = minutes.bit_length() - BITS
    return (minutes >> shift) << shift


def stand_in(code: int) -> float:
    """A duration inside the bucket (its first whole minute)."""
    return 60.0 * code


def span(code: int) -> tuple[float, float]:
    """Seconds that may fall in the bucket, a little wider than it (callers filter with
    `bucket`): a query's range, safe against the rounding of seconds / 60."""
    width = 1 if code < 1 << BITS else 1 << (code.bit_length() - BITS)
    return 60.0 * code - 1, 60.0 * (code + width) + 1


def quantile_ranks(total: int) -> list[int]:
    """The 0-based ranks the median (both middle ones for an even count) and the nearest-rank
    p90 take in the sorted, expanded list of `total` values."""
    half = total // 2
    return sorted({half - 1 if total % 2 == 0 else half, half, math.ceil(0.9 * total) - 1})


def _holding(counts: dict[int, int]) -> set[int]:
    """The buckets that hold the ranks the report needs."""
    total = sum(counts.values())
    if total <= 0:
        return set()
    ranks = quantile_ranks(total)
    found: set[int] = set()
    seen = 0
    for code in sorted(counts):
        seen += counts[code]
        while ranks and ranks[0] < seen:
            ranks.pop(0)
            found.add(code)
        if not ranks:
            break
    return found


def needed(counts: dict[tuple[str, int], int]) -> tuple[set[tuple[str, int]], set[int]]:
    """(site, bucket) pairs whose exact durations decide a site's figures, and the buckets
    whose exact durations (of every site) decide the whole report's."""
    per_site: dict[str, dict[int, int]] = defaultdict(dict)
    overall: dict[int, int] = defaultdict(int)
    for (site, code), n in counts.items():
        per_site[site][code] = n
        overall[code] += n
    pairs = {(site, code) for site, c in per_site.items() for code in _holding(c)}
    return pairs, _holding(overall)


def merge(counts: dict[tuple[str, int], int], exact: Iterable[tuple[str, float, int]]) -> Weighted:
    """The weighted list the report takes: the exact durations given (those of the needed
    buckets) and one stand-in per other bucket, with the bucket's count."""
    out: Weighted = []
    covered: set[tuple[str, int]] = set()
    for site, seconds, n in exact:
        covered.add((site, bucket(seconds)))
        out.append((site, seconds, n))
    out.extend(
        (site, stand_in(code), n)
        for (site, code), n in counts.items()
        if (site, code) not in covered
    )
    return out
