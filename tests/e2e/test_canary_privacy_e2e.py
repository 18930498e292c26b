"""Canary test: 50 resident journeys with DEBUG logging on, against a real central service, leave
no name, ID number or phone number behind on the terminal (UTF-8 or UTF-16, in logs, temp files
or the data directory, SQLite -wal and -shm files included)."""

from __future__ import annotations

import dataclasses
import json
import logging
import sqlite3
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from devices.idcard.emulator import synthetic_card
from devices.idcard.port import IdCardData
from devices.idnumber import make_id_number
from devices.xfs import DeviceFamily
from kiosk.flows.connectivity import Link
from kiosk.flows.legal_aid import QUESTIONS
from kiosk.qt import Qt
from kiosk.shell import Shell
from tests.helpers.kiosk import EnrolledKiosk
from tests.helpers.server import CentralProcess

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

CLICK = Qt.MouseButton.LeftButton
JOURNEYS = 50
STEMS = "甲乙丙丁戊己庚辛壬癸"
BRANCHES = "子丑寅卯辰巳午未申酉戌亥"


def canary_name(i: int) -> str:
    return "金丝雀" + STEMS[i % 10] + BRANCHES[i // 10]


def canary_birth(i: int) -> date:
    return date(1941 + i, 1 + i % 12, 1 + i % 28)


def canary_id(i: int) -> str:
    return make_id_number("110101", canary_birth(i), 500 + i)  # a valid check character


def canary_phone(i: int) -> str:
    return f"1397{i:07d}"


def canary_card(i: int) -> IdCardData:
    card = synthetic_card(i)
    return dataclasses.replace(
        card, name=canary_name(i), id_number=canary_id(i), birth_date=canary_birth(i)
    )


CODECS = ("utf-8", "utf-16-le", "utf-16-be")


def leaks(roots: list[Path], canaries: list[str]) -> list[str]:
    """Every (file, canary, encoding) where a canary is found, as readable lines."""
    found = []
    for root in roots:
        files = [root] if root.is_file() else [p for p in root.rglob("*") if p.is_file()]
        for path in files:
            data = path.read_bytes()
            for canary in canaries:
                for codec in CODECS:
                    if canary.encode(codec) in data:
                        found.append(f"{path.name}: {canary!r} ({codec})")
    return found


def legal_aid_by_card(qtbot, shell: Shell, i: int) -> None:
    w = shell.window
    qtbot.mouseClick(w.attract.start_button, CLICK)
    qtbot.mouseClick(w.home.tiles["legal_aid"], CLICK)
    qtbot.mouseClick(w.consent.agree_button, CLICK)
    reader = shell.devices.devices[DeviceFamily.ID_READER]
    if i % 2:
        reader.place(canary_card(i))  # type: ignore[attr-defined]
        qtbot.waitUntil(w.identify.continue_button.isEnabled, timeout=10_000)
    else:  # the number typed on the keypad instead of a card
        qtbot.mouseClick(w.identify.type_button, CLICK)
        for key in canary_id(i):
            qtbot.mouseClick(w.identify.keypad.keys[key], CLICK)
        qtbot.mouseClick(w.identify.use_number_button, CLICK)
        assert w.identify.continue_button.isEnabled()
    qtbot.mouseClick(w.identify.continue_button, CLICK)
    for question in QUESTIONS:
        qtbot.mouseClick(w.aid_questions.yes[question.id], CLICK)
    qtbot.mouseClick(w.aid_questions.next_button, CLICK)
    qtbot.keyClicks(w.aid_details.phone_edit, canary_phone(i))
    w.aid_details.description_edit.setFocus()
    qtbot.keyClicks(w.aid_details.description_edit, f"wages unpaid, case {i}")
    qtbot.mouseClick(w.aid_details.next_button, CLICK)
    qtbot.mouseClick(w.aid_review.submit_button, CLICK)
    assert w.stack.currentWidget() is w.aid_receipt
    qtbot.waitUntil(w.aid_receipt.done_button.isEnabled, timeout=20_000)
    qtbot.mouseClick(w.aid_receipt.done_button, CLICK)
    qtbot.mouseClick(w.rating.skip_button, CLICK)
    if i % 2:
        assert w.stack.currentWidget() is w.take_card
        reader.take_off()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.attract, timeout=5_000)


def hotline_call_back(qtbot, shell: Shell, i: int) -> None:
    w = shell.window
    qtbot.mouseClick(w.attract.start_button, CLICK)
    qtbot.mouseClick(w.home.tiles["hotline"], CLICK)
    for digit in canary_phone(i):
        qtbot.mouseClick(w.hotline.keypad.keys[digit], CLICK)
    qtbot.mouseClick(w.hotline.request_button, CLICK)
    assert w.hotline.confirmation.isVisible()
    qtbot.mouseClick(w.hotline.done_button, CLICK)
    qtbot.mouseClick(w.rating.faces[5], CLICK)
    qtbot.keyClicks(w.rating.comment, "ok")
    qtbot.mouseClick(w.rating.send_button, CLICK)
    assert w.stack.currentWidget() is w.attract


@pytest.fixture
def kiosk_tmp(tmp_path: Path, monkeypatch):
    """The kiosk's temp dir: everything the process puts through `tempfile` lands here."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def debug_log(tmp_path: Path):
    path = tmp_path / "logs" / "kiosk.log"
    path.parent.mkdir()
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setLevel(logging.DEBUG)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    yield path
    root.removeHandler(handler)
    root.setLevel(level)
    handler.close()


def test_fifty_journeys_leave_no_canary_behind(
    qtbot,
    central: CentralProcess,
    kiosk: Callable[..., EnrolledKiosk],
    kiosk_tmp: Path,
    debug_log: Path,
) -> None:
    """GIVEN a kiosk enrolled with a real central service, DEBUG logging to a file
    WHEN 50 residents apply for legal aid (by card or typed number) or ask for a call-back,
    with canary names, ID numbers and phone numbers
    THEN the central service holds them all, and the terminal's logs, temp files and data
    directory (outbox database, -wal, -shm, printed receipts, audio) hold none of them."""
    terminal = kiosk("CANARY1")
    shell, settings = terminal.shell, terminal.settings
    shell.start()
    try:
        qtbot.waitUntil(lambda: shell.link is Link.CONNECTED, timeout=15_000)
        for i in range(JOURNEYS):
            if i % 3 == 2:
                hotline_call_back(qtbot, shell, i)
            else:
                legal_aid_by_card(qtbot, shell, i)
            assert shell.session.empty
        received = _wait_received(qtbot, shell, central)
        names = [canary_name(i) for i in range(JOURNEYS) if i % 3 != 2 and i % 2]
        ids = [canary_id(i) for i in range(JOURNEYS) if i % 3 != 2]
        phones = [canary_phone(i) for i in range(JOURNEYS)]
        canaries = names + ids + phones
        assert all(canary in received for canary in canaries)  # they did reach the centre
        data_dir = settings.data_dir
        assert list(data_dir.rglob("*-wal")), "the outbox's WAL file is part of the check"
        roots = [data_dir, kiosk_tmp, debug_log]
        assert leaks(roots, canaries) == []
        # the scanner does find plaintext where it is: in the central service's database
        assert len(leaks([central.data_dir], phones)) >= len(phones)
    finally:
        terminal.stop()
    assert leaks([settings.data_dir, kiosk_tmp, debug_log], canaries) == []
    assert [p for p in kiosk_tmp.rglob("*") if p.is_file()] == []  # temp files removed
    assert debug_log.stat().st_size > 10_000  # DEBUG logging did run


def _wait_received(qtbot, shell: Shell, central: CentralProcess) -> str:
    """Wait for the outbox to empty; what the central service stored, as one JSON text."""
    store = shell.controllers.outbox()
    qtbot.waitUntil(lambda: store.status(0).pending == 0, timeout=60_000)
    with sqlite3.connect(central.data_dir / "central.sqlite3") as conn:
        rows = [json.loads(r[0]) for r in conn.execute("SELECT payload FROM submissions")]
    assert len(rows) >= JOURNEYS
    return json.dumps(rows, ensure_ascii=False)
