"""The call screen tells the resident the call is recorded: a red line beside the staff
member's name while the central service says recording is on, in the resident's language."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from api_client.schemas.sessions import SessionStatus
from kiosk.controllers.session_view import CallView
from kiosk.i18n.translator import LanguageSwitcher
from kiosk.qt import QApplication, QCoreApplication
from kiosk.screens.session_call import SessionCallScreen
from remote_sessions.state import CallState


def status(state: str, **fields: object) -> SessionStatus:
    values = {
        "session_id": "vs_0123456789abcdefgh",
        "kind": "notarisation",
        "state": state,
        "available_staff": 1,
        "updated_at": datetime.now(UTC),
    }
    return SessionStatus.model_validate(values | fields)


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[LanguageSwitcher]:
    switcher = LanguageSwitcher(QCoreApplication.instance() or qapp)
    assert switcher.switch("zh")
    yield switcher
    switcher.switch("en")


def test_recording_on_is_shown_and_goes_with_it(qtbot, chinese, tmp_path: Path) -> None:
    screen = SessionCallScreen()
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    view = CallView("notarisation", "K001-20261206-0001")
    staff = {"display_name": "Ana", "role": "notary"}
    view.apply_status(status("in_call", staff=staff))
    view.apply_call(CallState.CONNECTED)
    screen.show_view(view)
    assert not screen.recording.isVisible()
    view.apply_status(status("in_call", staff=staff, recording=True))
    screen.show_view(view)
    assert screen.recording.isVisible()
    assert screen.recording.text() == "● 正在录像：本次通话正在录音录像"
    shot = Path(os.environ.get("LEXKIOSK_SHOTS", tmp_path)) / "session-recording.png"
    assert screen.grab().save(str(shot))
    view.apply_status(status("in_call", staff=staff, recording=False))
    screen.show_view(view)
    assert not screen.recording.isVisible()
