"""A legal aid application with a face check and document photos reaches a real central
service: the submission says card + face, the photos arrive byte for byte as uploads, and
nothing of them is left in the kiosk's temp folder."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from config.loader import load_settings
from devices.manager import DeviceManager
from devices.xfs import DeviceFamily
from kiosk.app import get_app
from kiosk.central_process import CentralProcess
from kiosk.net.token_store import TokenStore
from kiosk.qt import Qt
from kiosk.shell import Shell
from tests.helpers import run_cli
from tests.helpers.journeys import answer_all_and_describe, take_and_keep
from tests.kiosk.documents import document_scene
from tests.kiosk.faces import astronaut_portrait, camera_scene, card_with_photo

pytestmark = pytest.mark.e2e
CLICK = Qt.MouseButton.LeftButton


def _received(db: Path) -> list[tuple[str, dict]]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT tracking_number, payload FROM submissions").fetchall()
    return [(r[0], json.loads(r[1])) for r in rows]


def test_face_checked_application_with_photos_reaches_the_centre(qtbot, tmp_path: Path) -> None:
    central = CentralProcess(tmp_path / "central", heartbeat_s=1.0)
    central.start()
    env = {k: v for k, v in os.environ.items() if not k.startswith("LEXKIOSK_")}
    env |= {
        "LEXKIOSK_CONFIG": str(tmp_path / "none.toml"),
        "LEXKIOSK_CENTRAL_URL": central.url,
        "LEXKIOSK_DATA_DIR": str(tmp_path / "kiosk"),
        "LEXKIOSK_TERMINAL_ID": "PHOTO1",
    }
    try:
        assert run_cli("lexkiosk", "enrol", central.enrol_code(), env=env).returncode == 0
        settings = load_settings(None, env, {"heartbeat_s": "1"})
        devices = DeviceManager(settings.devices, settings.data_dir, list(settings.languages))
        shell = Shell(
            get_app(settings.profile), settings, devices, TokenStore(settings.data_dir).load()
        )
        qtbot.addWidget(shell.window)
        shell.window.show()
        shell.start()
        w = shell.window
        camera = devices.devices[DeviceFamily.CAMERA]
        try:
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
        finally:
            shell.stop()
    finally:
        central.stop()
