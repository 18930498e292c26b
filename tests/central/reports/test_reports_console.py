"""/console/reports over HTTP: who may open it, and what a bad picker value answers."""

from __future__ import annotations

import pytest

from tests.central.support import Central


def test_the_page_needs_a_login_and_the_role(central: Central) -> None:
    reply = central.client.get("/console/reports")
    assert reply.status_code == 401 and 'name="password"' in reply.text
    reply = central.client.get("/console/reports", headers=central.staff("clerk"))
    assert reply.status_code == 403 and "supervisors and admins" in reply.text
    reply = central.client.get("/console/reports/export", headers=central.staff("technician"))
    assert reply.status_code == 403


def test_the_page_and_the_export_for_a_supervisor(central: Central) -> None:
    supervisor = central.staff("supervisor")
    reply = central.client.get("/console/reports?period=yearly&date=2026-05-01", headers=supervisor)
    assert reply.status_code == 200
    assert "2026</span></h1>" in reply.text and "<svg" in reply.text
    assert 'href="/console/reports/export?period=yearly&amp;date=2026-05-01"' in reply.text
    reply = central.client.get(
        "/console/reports/export?period=yearly&date=2026-05-01", headers=supervisor
    )
    assert reply.status_code == 200
    assert "lexkiosk-report-root-2026.csv" in reply.headers["content-disposition"]


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ("period=daily", "choose one of weekly, monthly, quarterly, yearly"),
        ("date=2026-02-30", "use YYYY-MM-DD"),
        ("date=1999-01-01", "use a date from 2000-01-01 to 2099-12-31"),
    ],
)
def test_a_bad_choice_is_shown_with_what_is_allowed(
    central: Central, query: str, words: str
) -> None:
    supervisor = central.staff("supervisor")
    for path in ("/console/reports", "/console/reports/export"):
        reply = central.client.get(f"{path}?{query}", headers=supervisor)
        assert reply.status_code == 400
        assert words in reply.text
