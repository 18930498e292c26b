"""Legal consultation by touch: a topic, a search typed in pinyin on the on-screen keyboard,
an answer read aloud, and a lawyer's call-back that reaches the central service."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

import pytest

from devices.xfs import DeviceFamily
from kiosk.qt import Qt
from kiosk.shell import Shell
from tests.helpers.server import CentralProcess

CLICK = Qt.MouseButton.LeftButton
pytestmark = pytest.mark.e2e  # a real central service process


def submissions(central: CentralProcess) -> list[tuple[str, str, dict[str, Any]]]:
    """What the central service stored, read from its database."""
    with sqlite3.connect(central.data_dir / "central.sqlite3") as db:
        rows = db.execute("SELECT tracking_number, kind, payload FROM submissions").fetchall()
    return [(t, k, json.loads(p)) for t, k, p in rows]


def test_browse_search_listen_and_ask_a_lawyer(qtbot, online_shell, central) -> None:
    shell: Shell = online_shell()
    w = shell.window
    speech = shell.devices.devices[DeviceFamily.SPEECH]
    qtbot.mouseClick(w.attract.start_button, CLICK)
    qtbot.mouseClick(w.home.tiles["consultation"], CLICK)
    assert w.stack.currentWidget() is w.consult
    assert w.keyboard is not None and w.keyboard.isVisible()
    qtbot.mouseClick(w.consult.topics["traffic"], CLICK)
    qtbot.waitUntil(lambda: w.consult.results[0].isVisible())
    assert any("交通" in b.text() or "事故" in b.text() for b in w.consult.results if b.isVisible())
    # GIVEN the search field has focus WHEN "gongzi" is typed in pinyin and Search touched
    w.consult.search_edit.setFocus()
    qtbot.waitUntil(w.consult.search_edit.hasFocus)
    w.keyboard.type_pinyin("gongzi")
    w.keyboard.press(Qt.Key.Key_Space, " ")
    qtbot.waitUntil(lambda: "工资" in w.consult.search_edit.text())
    qtbot.mouseClick(w.consult.search_button, CLICK)
    # THEN questions about wages are offered
    qtbot.waitUntil(lambda: "工资" in w.consult.results[0].text())
    question = w.consult.results[0].text()
    qtbot.mouseClick(w.consult.results[0], CLICK)
    assert w.stack.currentWidget() is w.answer
    assert w.answer.question.text() == question
    # the answer is shown as written: no markup leaks into what the resident reads
    assert len(w.answer.answer_text()) > 20
    assert w.answer.answer.text() == w.answer.answer_text()
    assert "<" not in w.answer.answer.text()
    assert w.answer.answer.font().pixelSize() >= 24
    before = speech.utterances["zh"]  # type: ignore[attr-defined]
    qtbot.mouseClick(w.answer.read_button, CLICK)
    qtbot.waitUntil(lambda: speech.utterances["zh"] > before)  # type: ignore[attr-defined]
    qtbot.mouseClick(w.answer.lawyer_button, CLICK)
    assert w.stack.currentWidget() is w.lawyer
    # a video call needs the request first: the button waits for the call-back request
    assert not w.lawyer.video_button.isEnabled() and "视频" in w.lawyer.video_note.text()
    for digit in "13900139000":
        qtbot.mouseClick(w.lawyer.keypad.keys[digit], CLICK)
    qtbot.mouseClick(w.lawyer.request_button, CLICK)
    assert "律师" in w.lawyer.confirmation.text()
    assert w.lawyer.phone_edit.text() == ""
    assert w.lawyer.video_button.isEnabled()
    qtbot.waitUntil(
        lambda: any(k == "consultation" for _, k, _ in submissions(central)), timeout=15_000
    )
    [(tracking, _kind, payload)] = [s for s in submissions(central) if s[1] == "consultation"]
    assert tracking in w.lawyer.confirmation.text()
    assert payload["applicant"]["phone"] == "13900139000" and payload["question"] == question
    # the video call about that request: the notice names a lawyer and asks no phone again
    qtbot.mouseClick(w.lawyer.video_button, CLICK)
    assert w.stack.currentWidget() is w.session_consent
    assert "律师" in w.session_consent.who.text()
    assert not w.session_consent.phone_row.isVisible()
    qtbot.mouseClick(w.session_consent.back_button, CLICK)
    assert w.stack.currentWidget() is w.lawyer
    qtbot.mouseClick(w.lawyer.done_button, CLICK)
    assert w.stack.currentWidget() is w.rating
    qtbot.mouseClick(w.rating.skip_button, CLICK)
    assert shell.session.empty
    assert w.answer.answer.text() == "" and not w.consult.results[0].isVisible()


def test_without_the_offline_copy_it_points_to_12348(qtbot, offline_shell) -> None:
    w = offline_shell.window
    qtbot.mouseClick(w.attract.start_button, CLICK)
    qtbot.mouseClick(w.home.tiles["consultation"], CLICK)
    assert "12348" in w.consult.message.text()
    qtbot.mouseClick(w.consult.topics["labour"], CLICK)
    assert not w.consult.results[0].isVisible()


def test_the_shell_downloads_the_knowledge_base_itself(qtbot, online_shell) -> None:
    """GIVEN a terminal enrolled without the offline copy WHEN its shell starts THEN the
    answers arrive in the background and the topics show them."""
    shell: Shell = online_shell(download=False)
    w = shell.window
    qtbot.waitUntil(lambda: shell.controllers.knowledge.available, timeout=15_000)
    qtbot.mouseClick(w.attract.start_button, CLICK)
    qtbot.mouseClick(w.home.tiles["consultation"], CLICK)
    assert not w.consult.message.isVisible()
    qtbot.mouseClick(w.consult.topics["neighbour"], CLICK)
    qtbot.waitUntil(lambda: w.consult.results[0].isVisible())
