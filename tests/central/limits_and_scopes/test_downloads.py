"""What leaves the service in bulk, against a running service: terminals' knowledge downloads
carry no drafts (finding 8), CSV reports carry no formulas (finding 9)."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from zoneinfo import ZoneInfo

from tests.helpers.served import Served, consultation, until

PUBLISHED = {
    "question": "工地老板拖欠工资不给怎么办？",
    "answer": "保留工资条，向劳动保障监察投诉或申请劳动仲裁。",
    "category": "labour",
}
DRAFT = {
    "question": "草稿：尚未审核的问题",
    "answer": "内部草稿，尚未审核，不得外发",
    "category": "labour",
}


def test_the_incremental_download_carries_no_draft(served: Served) -> None:
    """GIVEN a terminal that downloaded the knowledge base WHEN a clerk saves a draft and then
    takes a published article down THEN the next download names both only by id."""
    clerk = served.staff("alphaclerk", ["clerk"], "alpha")
    device = served.enrol("A001", "alpha")
    first = served.http.post("/api/v1/articles", json=PUBLISHED, headers=clerk)
    assert first.status_code == 201, first.text
    start = until(
        lambda: served.http.get("/api/v1/kiosk/knowledge", headers=device),
        lambda r: len(r.json()["articles"]) == 1,
    ).json()
    assert [a["id"] for a in start["articles"]] == [first.json()["id"]]

    draft = served.http.post(
        "/api/v1/articles", json=DRAFT | {"published": False}, headers=clerk
    ).json()
    served.http.post(f"/api/v1/articles/{first.json()['id']}/unpublish", headers=clerk)
    reply = until(
        lambda: served.http.get(
            "/api/v1/kiosk/knowledge", params={"since": start["revision"]}, headers=device
        ),
        lambda r: len(r.json()["articles"]) == 2,
    )
    assert reply.status_code == 200
    assert "草稿" not in reply.text and "申请劳动仲裁" not in reply.text
    changes = reply.json()["articles"]
    assert {(a["id"], a["published"]) for a in changes} == {
        (draft["id"], False),
        (first.json()["id"], False),
    }


def test_a_csv_report_cell_is_never_a_formula(served: Served) -> None:
    """GIVEN a terminal whose site name starts with '=' and a request made there WHEN the
    supervisor downloads the CSV report THEN that cell starts with a quote, not '='."""
    supervisor = served.staff("alphasup", ["supervisor"], "alpha")
    site = '=HYPERLINK("http://127.0.0.1/x","click")'
    device = served.enrol("A001", "alpha", site=site)
    served.submit(device, "A001", 1, "consultation", consultation())
    today = datetime.now(ZoneInfo("Asia/Shanghai")).date().isoformat()
    reply = until(
        lambda: served.http.get(
            "/api/v1/reports/weekly", params={"date": today, "format": "csv"}, headers=supervisor
        ),
        lambda r: "HYPERLINK" in r.text,
    )
    assert reply.status_code == 200, reply.text
    rows = list(csv.reader(io.StringIO(reply.text.lstrip("\ufeff"))))
    cells = [cell for row in rows for cell in row]
    assert "'" + site in cells
    assert not [c for c in cells if c[:1] in ("=", "+", "@", "\t", "\r")]
    assert not [c for c in cells if c.startswith("-") and not _number(c)]


def _number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
