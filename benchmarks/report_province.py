"""A made-up province for the report benchmark: organisations, sites, terminals, and a
deterministic stream of requests over ten years (China time), in chunks.

Mix (roughly what a province's public legal service sees): the 12348 hotline takes over
half the requests, the service halls a fifth, the online platform and the kiosks the rest;
consultations dominate; handling times are log-normal per kind; a few requests are still
open or stuck; 8% are transferred; a third of the completed ones are rated.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

FIRST_DAY = date(2016, 1, 1)
DAYS = 3653  # 2016-01-01 .. 2025-12-31
EPOCH = datetime(1970, 1, 1)
CST_OFFSET_S = 8 * 3600
CITIES = ["1501", "1502", "1503", "1504", "1505", "1506", "1507", "1508", "1509", "1522",
          "1525", "1529"]  # fmt: skip
COUNTIES_PER_CITY = 8
COUNTY_KINDS = ("justice_bureau", "legal_aid_centre", "notary_office", "mediation_committee")
KINDS = ("consultation", "legal_aid", "notarisation", "mediation", "callback")
KIND_WEIGHTS = {
    "hotline": (70, 10, 0, 5, 15),
    "online": (65, 15, 10, 10, 0),
    "hall": (35, 25, 25, 15, 0),
    "kiosk": (60, 15, 15, 10, 0),
}
CHANNELS = ("hotline", "hall", "online", "kiosk")
CHANNEL_WEIGHTS = (55, 18, 15, 12)
# median hours and spread of the handling time, and the days a request is due in
HANDLING = {
    "consultation": (0.5, 1.2, 1),
    "callback": (6.0, 0.8, 1),
    "legal_aid": (72.0, 0.7, 7),
    "notarisation": (120.0, 0.6, 15),
    "mediation": (240.0, 0.8, 30),
}
NULL = None


@dataclass
class Org:
    id: int
    code: str
    name: str
    kind: str
    region: str
    parent_id: int | None


@dataclass
class Province:
    orgs: list[Org] = field(default_factory=list)
    counties: list[tuple[str, list[Org]]] = field(default_factory=list)  # region, its orgs
    hotline: Org | None = None
    kiosks: list[tuple[int, str, int]] = field(default_factory=list)  # id, site, owner


def build_province() -> Province:
    province = Province()

    def add(code: str, name: str, kind: str, region: str, parent: int | None) -> Org:
        org = Org(len(province.orgs) + 1, code, name, kind, region, parent)
        province.orgs.append(org)
        return org

    root = add("province", "Province Justice Department", "justice_bureau", "150000", None)
    province.hotline = add("hotline", "12348 Hotline Centre", "hotline_centre", "150000", root.id)
    for city in CITIES:
        bureau = add(f"c{city}", f"City {city} Justice Bureau", "justice_bureau", f"{city}00",
                     root.id)  # fmt: skip
        for n in range(1, COUNTIES_PER_CITY + 1):
            region = f"{city}{n:02d}"
            members = [
                add(f"{kind.split('_')[0]}-{region}", f"{region} {kind}", kind, region, bureau.id)
                for kind in COUNTY_KINDS
            ]
            province.counties.append((region, members))
            for k in (1, 2):
                kiosk_id = len(province.kiosks) + 1
                province.kiosks.append((kiosk_id, f"{region} kiosk {k}", members[0].id))
    return province


def stamp(seconds: float) -> str:
    """UTC seconds since the epoch as SQLAlchemy stores datetimes in SQLite (and PostgreSQL
    reads them with the session time zone at UTC)."""
    return (EPOCH + timedelta(seconds=seconds)).isoformat(" ", "microseconds")


def day_start_utc(day_index: int) -> float:
    start = datetime.combine(FIRST_DAY, datetime.min.time(), UTC) + timedelta(days=day_index)
    return start.timestamp() - CST_OFFSET_S


def per_day(total: int) -> list[int]:
    """Requests per day, growing from 0.5x to 1.5x of the mean over the ten years."""
    weights = [0.5 + n / DAYS for n in range(DAYS)]
    scale = total / sum(weights)
    counts = [int(w * scale) for w in weights]
    for n in range(total - sum(counts)):
        counts[-1 - n % DAYS] += 1
    return counts


@dataclass
class Chunk:
    requests: list[tuple[object, ...]]
    transfers: list[tuple[object, ...]]
    ratings: list[tuple[object, ...]]


def request_chunks(province: Province, total: int, chunk: int = 100_000) -> Iterator[Chunk]:
    rng = random.Random(20261129)
    end_s = day_start_utc(DAYS)
    orgs = province.orgs
    out = Chunk([], [], [])
    rid = 0
    for day_index, count in enumerate(per_day(total)):
        base = day_start_utc(day_index)
        offsets = sorted(rng.uniform(6 * 3600, 22 * 3600) for _ in range(count))
        channels = rng.choices(CHANNELS, CHANNEL_WEIGHTS, k=count)
        for offset, channel in zip(offsets, channels, strict=True):
            rid += 1
            created = base + offset
            kind = rng.choices(KINDS, KIND_WEIGHTS[channel])[0]
            region, members = rng.choice(province.counties)
            assert province.hotline is not None
            org = (
                province.hotline
                if channel == "hotline" and rng.random() < 0.6
                else rng.choice(members)
            )
            if channel == "hotline":
                site = "12348 line"
            elif channel == "online":
                site = "Online platform"
            elif channel == "kiosk":
                site = f"{region} kiosk {rng.randint(1, 2)}"
            else:
                site = f"{region} service hall"
            median_h, spread, due_days = HANDLING[kind]
            taken = rng.lognormvariate(0, spread) * median_h * 3600
            open_chance = 0.4 if end_s - created < 60 * 86400 else 0.03
            stuck = rng.random() < open_chance or created + taken > end_s
            status = rng.choice(("submitted", "accepted", "in_progress")) if stuck else "completed"
            if not stuck and rng.random() < 0.02:
                status = "rejected"
            completed = None if stuck or status == "rejected" else stamp(created + taken)
            when = stamp(created)
            out.requests.append(
                (rid, f"PX-{rid:09d}", kind, channel, status, org.id, region, site, when,
                 completed or when, stamp(created + due_days * 86400), completed)
            )  # fmt: skip
            if rng.random() < 0.08:
                target = rng.choice(orgs)
                deadline = created + 3 * 86400
                roll = rng.random()
                state = "accepted" if roll < 0.85 else ("returned" if roll < 0.95 else "pending")
                if state == "pending" and end_s - created > 30 * 86400:
                    state = "accepted"
                answered = (
                    None if state == "pending" else stamp(created + rng.uniform(0.1, 5) * 86400)
                )
                out.transfers.append(
                    (rid, org.id, target.id, stamp(deadline), stamp(created + 600), state,
                     answered)
                )  # fmt: skip
            if completed is not None and rng.random() < 0.35:
                score = rng.choices((1, 2, 3, 4, 5), (3, 4, 10, 33, 50))[0]
                out.ratings.append((rid, score, channel, completed))
            if len(out.requests) >= chunk:
                yield out
                out = Chunk([], [], [])
    if out.requests:
        yield out


def uptime_rows(province: Province) -> Iterator[tuple[int, str, float]]:
    """(kiosk id, day, online seconds): most days near full, some outages, a few dead days."""
    rng = random.Random(7)
    for kiosk_id, _, _ in province.kiosks:
        for n in range(DAYS):
            roll = rng.random()
            seconds = 0.0 if roll < 0.02 else 86400 * (rng.uniform(0.5, 1.0) if roll < 0.1 else 1)
            yield kiosk_id, (FIRST_DAY + timedelta(days=n)).isoformat(), seconds
