"""GET /api/v1/reports/{period}: every figure against values computed by hand on a small
seeded set, on SQLite and PostgreSQL; period edges in China time; scope; bad input."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest

from tests.central.reports.seed import add_kiosk, add_request, add_transfer, cst
from tests.central.support import Central

Q3 = "/api/v1/reports/quarterly?date=2026-08-15"


@pytest.fixture
def seeded(central: Central) -> Central:
    """GIVEN root (150000) > city (150100) > county (150102), and other (150200) under root;
    six requests of city's scope in 2026-Q3, two just outside the quarter, one of `other`;
    transfers, ratings, terminals with online seconds, and targets."""
    central.add_org("city", "150100", parent="root")
    central.add_org("county", "150102", parent="city")
    central.add_org("other", "150200", parent="root")
    db = central.database
    saihan, line = "Saihan hall", "12348 line"
    r1 = add_request(db, "county", "kiosk", "consultation", saihan, "150102", cst(2026, 7, 1),
                     taken_h=2, rating=5)  # fmt: skip
    r2 = add_request(db, "county", "hall", "legal_aid", saihan, "150102",
                     cst(2026, 8, 10, 10), taken_h=10, due_h=24, rating=4)  # fmt: skip
    add_request(db, "city", "hotline", "callback", line, "150100",
                cst(2026, 9, 30, 23, 59, 59), due_h=8)  # fmt: skip
    r4 = add_request(db, "city", "online", "mediation", "Online", "150100",
                     cst(2026, 7, 15, 9), due_h=5 * 24, status="in_progress")  # fmt: skip
    add_request(db, "city", "hotline", "consultation", line, "150100", cst(2026, 8, 1, 8),
                taken_h=30, due_h=24, status="closed", rating=2)  # fmt: skip
    add_request(db, "county", "kiosk", "notarisation", saihan, "150102", cst(2026, 9, 1, 12),
                taken_h=4, rating=5)  # fmt: skip
    add_request(db, "county", "kiosk", "consultation", saihan, "150102",
                cst(2026, 6, 30, 23, 59, 59), taken_h=1, rating=3)  # fmt: skip
    add_request(db, "county", "kiosk", "consultation", saihan, "150102", cst(2026, 10, 1),
                taken_h=1)  # fmt: skip
    r9 = add_request(db, "other", "hall", "consultation", "Baotou hall", "150200",
                     cst(2026, 8, 1), taken_h=100, rating=1)  # fmt: skip

    add_transfer(db, r2, "county", "city", cst(2026, 8, 10, 11), cst(2026, 8, 12))
    add_transfer(db, r4, "city", "other", cst(2026, 7, 15, 10), cst(2026, 7, 16),
                 "returned", answered=cst(2026, 7, 17))  # fmt: skip
    add_transfer(db, r1, "city", "county", cst(2026, 7, 1, 1), cst(2026, 7, 3),
                 "accepted", answered=cst(2026, 7, 2))  # fmt: skip
    add_transfer(db, r9, "other", "root", cst(2026, 8, 1, 1), cst(2026, 8, 2))
    add_transfer(db, r2, "county", "city", cst(2026, 10, 2), cst(2026, 10, 3))

    add_kiosk(db, "K001", saihan, "county", cst(2026, 6, 1),
              {date(2026, 7, 1): 86400, date(2026, 8, 15): 43200,
               date(2026, 6, 30): 86400, date(2026, 10, 1): 86400})  # fmt: skip
    add_kiosk(db, "K002", saihan, "county", cst(2026, 9, 1), {date(2026, 9, 2): 86400})
    add_kiosk(db, "K003", "Baotou hall", "other", cst(2026, 1, 1), {date(2026, 8, 1): 3600})

    admin = central.staff("admin")
    city_target = {"site": "*", "requests_per_month": 2, "median_handling_hours": 8,
                   "satisfaction_min": 4.5, "uptime_min": 0.5}  # fmt: skip
    reply = central.client.put(
        "/api/v1/reports/targets?organisation=city", json=city_target, headers=admin
    )
    assert reply.status_code == 200, reply.text
    root_target = {"site": saihan, "requests_per_month": 10}
    reply = central.client.put("/api/v1/reports/targets", json=root_target, headers=admin)
    assert reply.status_code == 200, reply.text
    return central


def _counts(rows: list[dict]) -> dict[str, tuple[int, int]]:
    return {r["key"]: (r["requests"], r["handled"]) for r in rows}


def test_the_quarter_of_a_city_supervisor(seeded: Central) -> None:
    """WHEN a city supervisor asks for 2026-Q3 THEN every figure matches the hand count."""
    reply = seeded.client.get(Q3, headers=seeded.staff("supervisor", org="city"))
    assert reply.status_code == 200, reply.text
    report = reply.json()
    assert report["label"] == "2026-Q3"
    assert report["starts_at"] == "2026-07-01T00:00:00+08:00"
    assert report["ends_at"] == "2026-10-01T00:00:00+08:00"
    assert report["organisation"] == "city"
    assert (report["requests"], report["handled"]) == (6, 4)
    assert _counts(report["by_channel"]) == {
        "kiosk": (2, 2), "hotline": (2, 1), "hall": (1, 1), "online": (1, 0)
    }  # fmt: skip
    assert [r["key"] for r in report["by_channel"]] == ["hotline", "kiosk", "hall", "online"]
    assert _counts(report["by_kind"]) == {
        "consultation": (2, 2), "legal_aid": (1, 1), "callback": (1, 0),
        "mediation": (1, 0), "notarisation": (1, 1),
    }  # fmt: skip
    assert _counts(report["by_site"]) == {
        "Saihan hall": (3, 3), "12348 line": (2, 1), "Online": (1, 0)
    }  # fmt: skip
    assert _counts(report["by_region"]) == {"150100": (3, 1), "150102": (3, 3)}
    # 2, 4, 10 and 30 hours: median 7, p90 by nearest rank the 4th of 4
    assert report["handling"] == {"completed": 4, "median_hours": 7.0, "p90_hours": 30.0}

    overdue = report["overdue"]
    assert overdue["requests_open_past_due"] == 1  # the mediation; the callback is due later
    assert overdue["requests_completed_late"] == 1  # 30 h against 24 h
    assert overdue["transfers_pending_past_deadline"] == 1
    assert overdue["transfers_answered_late"] == 1
    assert [(o["kind"], o["status"]) for o in overdue["oldest"]] == [("mediation", "in_progress")]

    routes = {(t["from_organisation"], t["to_organisation"]): t for t in report["transfers"]}
    assert set(routes) == {("county", "city"), ("city", "other"), ("city", "county")}
    assert routes[("county", "city")]["pending"] == 1
    assert routes[("city", "other")]["returned"] == 1
    assert routes[("city", "county")]["accepted"] == 1

    assert report["satisfaction"] == {"ratings": 4, "mean": 4.0, "distribution": [0, 1, 0, 1, 2]}

    # K001 all quarter (92 days), K002 from 1 September (30 days); 60 h online in range
    assert report["uptime"] == [
        {"site": "Saihan hall", "terminals": 2, "online_hours": 60.0,
         "expected_hours": 2928.0, "uptime": 0.0205}
    ]  # fmt: skip


def test_the_assessment_against_the_nearest_targets(seeded: Central) -> None:
    """City's "*" target is nearer than root's "Saihan hall" one, so it applies to city."""
    report = seeded.client.get(Q3, headers=seeded.staff("supervisor", org="city")).json()
    sites = {a["site"]: a for a in report["assessment"]}
    saihan = sites["Saihan hall"]
    assert saihan["target_from"] == "city"
    assert (saihan["median_hours"], saihan["satisfaction"]) == (4.0, 4.67)
    # 3 handled of 2 a month x 92 / 30.4375 days; 4 h under 8 h; 4.67 over 4.5; 2% of 50%
    assert saihan["parts"] == {
        "handled": 0.4963, "median_hours": 1.0, "satisfaction": 1.0, "uptime": 0.041
    }  # fmt: skip
    assert saihan["score"] == 63.4
    line = sites["12348 line"]
    assert line["parts"] == {"handled": 0.1654, "median_hours": 0.2667, "satisfaction": 0.4444}
    assert line["score"] == 29.2
    assert sites["Online"]["parts"] == {"handled": 0.0}
    assert sites["Online"]["score"] == 0.0
    assert report["score"] == 30.9
    assert "target/actual" in report["scoring_rule"]


def test_root_sees_every_organisation_and_its_own_site_target(seeded: Central) -> None:
    report = seeded.client.get(Q3, headers=seeded.staff("supervisor")).json()
    assert report["requests"] == 7
    assert _counts(report["by_site"])["Baotou hall"] == (1, 1)
    assert {(t["from_organisation"], t["to_organisation"]) for t in report["transfers"]} >= {
        ("other", "root")
    }
    sites = {a["site"]: a for a in report["assessment"]}
    assert sites["Saihan hall"]["target_from"] == "root"
    assert sites["Saihan hall"]["parts"] == {"handled": 0.0993}  # 3 of 10 x 92 / 30.4375
    assert sites["Baotou hall"]["score"] is None  # no target reaches it
    assert {u["site"] for u in report["uptime"]} == {"Saihan hall", "Baotou hall"}


def test_a_supervisor_does_not_see_other_organisations(seeded: Central) -> None:
    report = seeded.client.get(Q3, headers=seeded.staff("supervisor", org="county")).json()
    assert report["requests"] == 3
    assert {r["key"] for r in report["by_site"]} == {"Saihan hall"}
    text = str(report)
    assert "Baotou" not in text and "other" not in {
        t["to_organisation"] for t in report["transfers"]
    }
    targets = seeded.client.get(
        "/api/v1/reports/targets", headers=seeded.staff("supervisor", org="county")
    ).json()
    assert [(t["organisation"], t["site"]) for t in targets] == [
        ("city", "*"),
        ("root", "Saihan hall"),
    ]


def test_the_csv_holds_the_same_figures(seeded: Central) -> None:
    reply = seeded.client.get(Q3 + "&format=csv", headers=seeded.staff("supervisor", org="city"))
    assert reply.status_code == 200
    assert reply.headers["content-type"].startswith("text/csv")
    assert 'filename="lexkiosk-report-city-2026-Q3.csv"' in reply.headers["content-disposition"]
    rows = list(csv.reader(io.StringIO(reply.content.decode("utf-8-sig"))))
    assert rows[0] == ["section", "item", "measure", "value"]
    found = {(r[0], r[1], r[2]): r[3] for r in rows[1:]}
    assert found[("totals", "all", "requests")] == "6"
    assert found[("by_channel", "hotline", "requests")] == "2"
    assert found[("handling", "all", "median_hours")] == "7.0"
    assert found[("transfers", "county -> city", "pending")] == "1"
    assert found[("satisfaction", "score 5", "ratings")] == "2"
    assert found[("uptime", "Saihan hall", "uptime")] == "0.0205"
    assert found[("assessment", "Saihan hall", "score")] == "63.4"
    assert found[("assessment", "all", "score")] == "30.9"


@pytest.mark.parametrize(
    ("period", "day", "label", "first", "end"),
    [
        ("weekly", "2027-01-02", "2026-W53", "2026-12-28", "2027-01-04"),
        ("weekly", "2026-12-31", "2026-W53", "2026-12-28", "2027-01-04"),
        ("weekly", "2021-01-03", "2020-W53", "2020-12-28", "2021-01-04"),
        ("monthly", "2026-12-31", "2026-12", "2026-12-01", "2027-01-01"),
        ("quarterly", "2026-09-30", "2026-Q3", "2026-07-01", "2026-10-01"),
        ("quarterly", "2026-10-01", "2026-Q4", "2026-10-01", "2027-01-01"),
        ("yearly", "2024-02-29", "2024", "2024-01-01", "2025-01-01"),
    ],
)
def test_periods_in_china_time(
    central: Central, period: str, day: str, label: str, first: str, end: str
) -> None:
    reply = central.client.get(
        f"/api/v1/reports/{period}?date={day}", headers=central.staff("supervisor")
    )
    assert reply.status_code == 200, reply.text
    body = reply.json()
    assert body["label"] == label
    assert body["starts_at"] == f"{first}T00:00:00+08:00"
    assert body["ends_at"] == f"{end}T00:00:00+08:00"


def test_week_53_counts_the_requests_of_its_china_time_days(central: Central) -> None:
    """GIVEN requests just inside and just outside 2026-W53 in China time (the outside ones
    on the same UTC day as inside ones) THEN only the inside ones count."""
    db = central.database
    for moment in (
        cst(2026, 12, 28, 0, 0, 0),  # 2026-12-27 16:00 UTC
        cst(2027, 1, 3, 23, 59, 59),  # 2027-01-03 15:59:59 UTC
        cst(2026, 12, 27, 23, 59, 59),  # outside: 2026-12-27 15:59:59 UTC
        cst(2027, 1, 4, 0, 0, 0),  # outside: 2027-01-03 16:00 UTC
    ):
        add_request(db, "root", "kiosk", "consultation", "Hall", "150000", moment)
    reply = central.client.get(
        "/api/v1/reports/weekly?date=2027-01-01", headers=central.staff("supervisor")
    )
    assert reply.json()["requests"] == 2


@pytest.mark.parametrize(
    ("url", "code", "words"),
    [
        ("/api/v1/reports/daily?date=2026-08-15", 422, "'weekly', 'monthly', 'quarterly'"),
        ("/api/v1/reports/quarterly?date=2026-13-01", 422, "valid date"),
        ("/api/v1/reports/quarterly?date=15.08.2026", 422, "valid date"),
        ("/api/v1/reports/quarterly?date=1999-12-31", 400, "use a date from 2000-01-01"),
        ("/api/v1/reports/yearly?date=9999-12-31", 400, "to 2099-12-31"),
        ("/api/v1/reports/quarterly?date=2026-08-15&format=xml", 422, "'json' or 'csv'"),
    ],
)
def test_bad_input_is_refused_with_what_is_allowed(
    central: Central, url: str, code: int, words: str
) -> None:
    reply = central.client.get(url, headers=central.staff("supervisor"))
    assert reply.status_code == code, reply.text
    assert words in reply.text


def test_only_supervisors_and_admins_get_reports(central: Central) -> None:
    for role, code in (("clerk", 403), ("technician", 403), ("admin", 200), ("supervisor", 200)):
        reply = central.client.get(Q3, headers=central.staff(role))
        assert reply.status_code == code, role
    assert central.client.get(Q3).status_code == 401


def test_targets_are_checked_and_scoped(central: Central) -> None:
    central.add_org("city", "150100", parent="root")
    central.add_org("other", "150200", parent="root")
    city = central.staff("supervisor", org="city")
    bad = {"site": "*", "satisfaction_min": 6}
    reply = central.client.put("/api/v1/reports/targets", json=bad, headers=city)
    assert reply.status_code == 422 and "less than or equal to 5" in reply.text
    good = {"site": "*", "uptime_min": 0.95}
    reply = central.client.put(
        "/api/v1/reports/targets?organisation=other", json=good, headers=city
    )
    assert reply.status_code == 404 and "in your organisations" in reply.text
    reply = central.client.put("/api/v1/reports/targets", json=good, headers=city)
    assert reply.status_code == 200
    assert reply.json()["organisation"] == "city"
    again = {"site": "*", "uptime_min": 0.9}
    central.client.put("/api/v1/reports/targets", json=again, headers=city)
    listed = central.client.get("/api/v1/reports/targets", headers=city).json()
    assert [(t["site"], t["uptime_min"]) for t in listed] == [("*", 0.9)]
