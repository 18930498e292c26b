"""A legal aid application with a face check and document photos reaches a real central
service: the submission says card + face, the photos arrive byte for byte as uploads, and
nothing of them is left in the kiosk's temp folder."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from devices.xfs import DeviceFamily
from kiosk.qt import Qt
from tests.helpers.journeys import answer_all_and_describe, take_and_keep
from tests.helpers.kiosk import EnrolledKiosk
from tests.helpers.server import CentralProcess
from tests.kiosk.documents import document_scene
from tests.kiosk.faces import astronaut_portrait, camera_scene, card_with_photo

pytestmark = pytest.mark.e2e
CLICK = Qt.MouseButton.LeftButton


def _received(db: Path) -> list[tuple[str, dict]]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT tracking_number, payload FROM submissions").fetchall()
    return [(r[0], json.loads(r[1])) for r in rows]


def test_face_checked_application_with_photos_reaches_the_centre(
    qtbot, tmp_path: Path, central: CentralProcess, kiosk: Callable[..., EnrolledKiosk]
) -> None:
    terminal = kiosk("PHOTO1")
    shell, devices = terminal.shell, terminal.devices
    shell.start()
    w = shell.window
    camera = devices.devices[DeviceFamily.CAMERA]
    camera.scene = camera_scene(tmp_path, astronaut_portrait(), "face")  # type: ignore[attr-defined]
    qtbot.mouseClick(w.attract.start_button, CLICK)
    qtbot.mouseClick(w.home.tiles["legal_aid"], CLICK)
    qtbot.mouseClick(w.consent.agree_button, CLICK)
    reader = devices.devices[DeviceFamily.ID_READER]
    reader.place(card_with_photo(9, astronaut_portrait()))  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.face_check)
    qtbot.mouseClick(w.face_check.check_button, CLICK)
    qtbot.waitUntil(lambda: not w.face_check.busy, timeout=20_000)
    qtbot.mouseClick(w.face_check.continue_button, CLICK)
    answer_all_and_describe(qtbot, shell)
    camera.scene = document_scene(tmp_path)  # type: ignore[attr-defined]
    qtbot.mouseClick(w.aid_details.next_button, CLICK)
    take_and_keep(qtbot, shell)
    take_and_keep(qtbot, shell)
    photos = shell.journey.legal_aid.photos
    taken = photos.all_data()
    folder = photos.folder
    assert len(taken) == 2 and folder is not None
    qtbot.mouseClick(w.aid_photos.next_button, CLICK)
    qtbot.mouseClick(w.aid_review.submit_button, CLICK)
    tracking = w.aid_receipt.number.text()
    assert not folder.exists()

    db = central.data_dir / "central.sqlite3"
    qtbot.waitUntil(lambda: [t for t, _ in _received(db)] == [tracking], timeout=15_000)
    [(_, payload)] = _received(db)
    assert payload["applicant"]["identified_by"] == "id_card_face"
    assert payload["document_photos"] == 2
    stored = [
        (central.data_dir / "uploads" / f"{upload_id}.bin").read_bytes()
        for upload_id in payload["attachments"]
    ]
    assert stored == taken
