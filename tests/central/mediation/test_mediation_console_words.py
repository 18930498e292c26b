"""The console's words around a mediation, over HTTP on an app without Janus: the page's
recording consent names who consented and who has not, and the end of a mediation is worded
as a mediation's (调解结果), not as a call's (通话结果)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from central.app import create_app
from central.migrate import upgrade
from central.sessions.mediation.settings import MediationSettings
from central.settings import CentralSettings
from tests.central.mediation.support import Mediation, mediation_scene
from tests.central.support import Central


@pytest.fixture
def mediation(tmp_path: Path) -> Iterator[Mediation]:
    """GIVEN the committee's mediator `mia` who claimed K001's mediation, logged in to the
    console by its cookie (SQLite only: these are the pages' words, not the database's)."""
    url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    upgrade(url)
    notified = tmp_path / "sms.jsonl"
    ours = CentralSettings(
        db_url=url, data_dir=tmp_path, mediation=MediationSettings(notifier_file=notified)
    )
    app = create_app(ours)
    with TestClient(app) as client:
        central = Central(app, client, app.state.db)
        central.add_org("root", "150000")
        yield mediation_scene(central, notified)


def _console(mediation: Mediation) -> TestClient:
    client = mediation.central.client
    client.cookies.clear()
    token = mediation.mediator["Authorization"].split(" ", 1)[1]
    client.cookies.set("lexkiosk_staff", token, path="/console")
    return client


def test_a_mediation_ends_with_the_mediation_s_outcome_not_a_call_s(
    mediation: Mediation,
) -> None:
    c, sid = _console(mediation), mediation.session_id
    page = c.get(f"/console/sessions/{sid}/mediation")
    assert page.status_code == 200, page.text
    assert "结束调解" in page.text and "End the mediation" in page.text
    assert "结束通话" not in page.text
    # WHEN the mediator ends the mediation from its page with an outcome
    ended = c.post(
        f"/console/sessions/{sid}/end",
        data={"outcome": "completed", "note": "", "confirm": "yes"},
        headers={"Origin": str(c.base_url)},
        follow_redirects=False,
    )
    assert ended.status_code == 303, ended.text
    assert ended.headers["location"] == f"/console/sessions/{sid}/ended"
    # THEN the page after it speaks of the mediation's outcome, in both languages
    shown = c.get(ended.headers["location"])
    assert shown.status_code == 200, shown.text
    html = shown.text
    assert "<title>调解结果 Mediation outcome - LexKiosk</title>" in html
    assert "调解已结束" in html and "The mediation has ended" in html
    assert "调解结果：办结" in html and "mediation outcome: completed" in html
    for call_words in ("通话结果", "Call outcome", "通话已结束", "The call has ended"):
        assert call_words not in html, call_words
