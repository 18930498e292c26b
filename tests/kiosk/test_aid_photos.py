"""Supporting documents photographed by touch: take, retake, keep, delete, a limit, submit;
the photos exist only in the session's temp folder and travel sealed in the outbox."""

from __future__ import annotations

from pathlib import Path

from api_client.outbox.files import open_outbox
from devices.face.images import decode_image
from devices.xfs import DeviceFamily
from kiosk.qt import Qt
from kiosk.shell import Shell
from tests.helpers.journeys import answer_all_and_describe, take_and_keep, to_questions
from tests.kiosk.documents import document_scene

CLICK = Qt.MouseButton.LeftButton


def to_photos(qtbot, shell: Shell, folder: Path) -> None:
    shell.devices.devices[DeviceFamily.CAMERA].scene = document_scene(folder)  # type: ignore[attr-defined]
    to_questions(qtbot, shell)
    answer_all_and_describe(qtbot, shell)
    qtbot.mouseClick(shell.window.aid_details.next_button, CLICK)
    assert shell.window.stack.currentWidget() is shell.window.aid_photos


def test_take_retake_keep_delete_up_to_the_limit_then_submit(qtbot, make_shell, tmp_path) -> None:
    shell: Shell = make_shell()
    screen = shell.window.aid_photos
    to_photos(qtbot, shell, tmp_path)
    qtbot.waitUntil(lambda: screen.preview.frames_shown > 0, timeout=5000)
    assert screen.count.text() == "已拍 0 张，最多 5 张"
    qtbot.mouseClick(screen.take_button, CLICK)
    qtbot.waitUntil(screen.retake_button.isVisible, timeout=5000)
    assert not screen.next_button.isEnabled()  # decide on the photo first
    qtbot.mouseClick(screen.retake_button, CLICK)
    assert screen.take_button.isVisible() and not screen.keep_button.isVisible()
    assert len(shell.journey.legal_aid.photos) == 0
    for _ in range(5):
        take_and_keep(qtbot, shell)
    photos = shell.journey.legal_aid.photos
    assert len(photos) == 5 and screen.count.text() == "已拍 5 张，最多 5 张（已达上限）"
    assert not screen.take_button.isEnabled()  # the limit
    assert all(slot.isVisible() for slot in screen.slots)
    folder = photos.folder
    assert folder is not None and len(list(folder.iterdir())) == 5
    assert folder.parent == tmp_path / "session"  # the terminal's own data dir, not /tmp
    assert folder.stat().st_mode & 0o777 == 0o700
    qtbot.mouseClick(screen.slots[0].delete_button, CLICK)
    assert len(photos) == 4 and not screen.slots[4].isVisible()
    assert screen.take_button.isEnabled()
    page = decode_image(photos.data(0))
    assert page is not None and page.shape == (480, 640, 3)
    assert page[240, 320].mean() > 200  # the white page, not the room

    qtbot.mouseClick(screen.next_button, CLICK)
    review = shell.window.aid_review
    assert "4" in review.summary.text().splitlines()[-1]
    qtbot.mouseClick(review.submit_button, CLICK)
    assert not folder.exists()
    store = open_outbox(tmp_path, "DEV001")
    [item] = store.due(now=1e12)
    assert item.payload["document_photos"] == 4 and len(item.attachments) == 4
    sent = [
        b"".join(d for _, d in store.files.chunks(item.idempotency_key, a, 0))
        for a in item.attachments
    ]
    assert all(data.startswith(b"\xff\xd8") for data in sent)
    store.close()


def test_photos_are_removed_when_the_resident_walks_away(qtbot, make_shell, tmp_path, clock):
    shell: Shell = make_shell()
    to_photos(qtbot, shell, tmp_path)
    take_and_keep(qtbot, shell)
    folder = shell.journey.legal_aid.photos.folder
    assert folder is not None and folder.exists()
    clock.now += shell.idle.timeout_s + 1
    shell.check_idle()
    assert shell.session.empty and not folder.exists()
    assert not shell.window.aid_photos.slots[0].isVisible()
    assert shell.window.aid_photos.pending is None


def test_a_camera_that_is_gone_says_so_and_photos_stay_optional(qtbot, make_shell, tmp_path):
    shell: Shell = make_shell()
    shell.devices.inject(DeviceFamily.CAMERA, "unplug")
    to_photos(qtbot, shell, tmp_path)
    screen = shell.window.aid_photos
    assert "摄像头" in screen.preview.text()
    assert not screen.take_button.isEnabled()
    qtbot.mouseClick(screen.next_button, CLICK)
    assert shell.window.stack.currentWidget() is shell.window.aid_review


def test_photos_a_crash_left_behind_are_swept_at_start_up(qtbot, make_shell, tmp_path) -> None:
    """GIVEN a photo folder a crashed shell left in the data dir WHEN the shell starts
    THEN it is gone before anyone is served."""
    left = tmp_path / "session" / "lexkiosk-photos-crashed"
    left.mkdir(parents=True)
    (left / "page.jpg").write_bytes(b"\xff\xd8 a payslip")
    make_shell()
    assert not left.exists()
