"""The console's words around a mediation, over HTTP on an app without Janus: the page's
recording consent names who consented and who has not, and the end of a mediation is worded
as a mediation's (调解结果), not as a call's (通话结果)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from fastapi.testclient import TestClient

from api_client.schemas.mediation import MediationState
from central.sessions.mediation.console_html import page
from tests.central.mediation.support import Mediation, sqlite_mediation


@pytest.fixture
def mediation(tmp_path: Path) -> Iterator[Mediation]:
    """GIVEN the committee's mediator `mia` who claimed K001's mediation, logged in to the
    console by its cookie (SQLite only: these are the pages' words, not the database's)."""
    with sqlite_mediation(tmp_path) as scene:
        yield scene


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


def _list(html: str, list_id: str) -> str:
    start = html.index(f'<ul id="{list_id}">')
    return html[start : html.index("</ul>", start)]


def test_the_recording_consent_names_who_consented_and_who_has_not(
    mediation: Mediation,
) -> None:
    """GIVEN the other party 李四 who joined by invitation (consenting on joining) and a
    third party 赵六 invited but not joined WHEN the mediator opens the mediation page THEN
    the recording's consent lists 李* as consented on joining, and the resident 王** (whose
    consent is spoken, confirmed with the boxes) and the invited 赵* as not consented yet."""
    joined = mediation.invite()
    code = mediation.message_of(joined["invitation_id"])["code"]
    assert mediation.redeem(joined["invitation_id"], code).status_code == 200
    mediation.invite(display_name="赵六", id_last4="4321")
    c, sid = _console(mediation), mediation.session_id

    html = c.get(f"/console/sessions/{sid}/mediation").text
    consented = _list(html, "recording-consented")
    assert '<span translate="no">李*</span>' in consented and "另一方当事人" in consented
    assert "加入时同意" in consented and "on joining" in consented
    assert "王*" not in consented and "赵*" not in consented
    waiting = _list(html, "recording-not-consented")
    assert '<span translate="no">王**</span>' in waiting and "申请人" in waiting
    assert '<span translate="no">赵*</span>' in waiting and "已邀请，尚未加入" in waiting
    assert "李*" not in waiting
    # THEN the boxes the mediator ticks name the resident, not "the resident" in general
    form = html[html.index('<form id="recording-form"') :]
    form = form[: form.index("</form>")]
    assert "I read the recording notice aloud to" in form and "王*" in form
    # THEN the lists are refreshed with the participants while the page stays open
    assert '<div id="recording-consent" data-refresh>' in html


def test_once_recording_started_the_resident_s_spoken_consent_counts(
    mediation: Mediation,
) -> None:
    """The page as it is built once the recording has started (that needs Janus: the
    namespace test tests/e2e/test_mediation_chain.py opens it so): the resident is listed as
    consented, by voice; the state is the service's own, read over the staff API."""
    state = MediationState.model_validate(
        mediation.central.client.get(
            mediation.staff_url("/mediation"), headers=mediation.mediator
        ).json()
    )
    html = page(state, "mia", ZoneInfo("Asia/Shanghai"), recording_started=True)
    consented = _list(html, "recording-consented")
    assert '<span translate="no">王**</span>' in consented and "口头同意" in consented
    assert "王*" not in _list(html, "recording-not-consented")
