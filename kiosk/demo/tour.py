"""The scripted tour `make demo` runs without a display: it writes a PNG of each screen."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from devices.camera.scenes import StillScene
from devices.camera.sim import SimCamera
from devices.idcard.sim import SimIdReader
from devices.idnumber import make_id_number
from devices.xfs import DeviceFamily
from kiosk.demo import scenes
from kiosk.demo.live_call import LiveStaff
from kiosk.flows.connectivity import Link
from kiosk.flows.legal_aid import QUESTIONS
from kiosk.navigation.keyboard_place import float_keyboard, sink_keyboard
from kiosk.profiles import ID_READER, PROFILE_DEVICES
from kiosk.qt import QApplication, Qt
from kiosk.shell import Shell

Say = Callable[[str], None]


def _quiet(_line: str) -> None:
    """The default `say`: the tour's lines go nowhere."""


def _settle(until: float = 0.3) -> None:
    deadline = time.monotonic() + until
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)


def _wait_link(shell: Shell, link: Link, timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        QApplication.processEvents()
        if shell.link is link:
            return True
        time.sleep(0.05)
    return False


class _ShiftedClock:
    """Monotonic time that the tour can move forward to show the idle warning."""

    def __init__(self) -> None:
        self.offset = 0.0

    def __call__(self) -> float:
        return time.monotonic() + self.offset


def _wait(condition: Callable[[], bool], timeout_s: float = 10.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)


def _show_camera(shell: Shell, frame_of: Callable[[int, int], object]) -> None:
    """Put something in front of the emulated camera (no-op with a real camera)."""
    camera = shell.devices.camera()
    if isinstance(camera, SimCamera):
        camera.scene = StillScene([frame_of(camera.width, camera.height)])  # type: ignore[list-item]


def _identify_with_face(shell: Shell, snap: Callable[[str], None]) -> None:
    """The card on the reader; its photo against the camera when the demo has a face."""
    w = shell.window
    if not PROFILE_DEVICES[shell.settings.profile].has(ID_READER):  # a TV: the number typed
        w.identify.number_edit.setText(make_id_number("110105", date(1960, 3, 3), 123))
        w.identify.use_number_button.click()
        snap("identify-typed")
        w.identify.continue_button.click()
        return
    face = scenes.portrait()
    if face is not None:
        _show_camera(shell, lambda wd, ht: scenes.face_in_room(face, wd, ht))
    reader = shell.devices.id_reader()
    if isinstance(reader, SimIdReader):
        reader.place(scenes.card(5, face))
    _wait(lambda: w.stack.currentWidget() is w.face_check or w.identify.continue_button.isEnabled())
    if w.stack.currentWidget() is w.face_check:
        _wait(lambda: w.face_check.preview.frames_shown > 0, 5.0)
        snap("face-check")
        w.face_check.check_button.click()
        _wait(lambda: not w.face_check.busy, 30.0)
        snap("face-check-result")
        w.face_check.continue_button.click()
    else:
        snap("identify-card")
        w.identify.continue_button.click()


def _details(shell: Shell) -> None:
    w = shell.window
    for question in QUESTIONS:
        w.aid_questions.yes[question.id].click()
    w.aid_questions.next_button.click()
    w.aid_details.phone_edit.setText("13800138000")
    w.aid_details.description_edit.setFocus()


def _photos(shell: Shell, snap: Callable[[str], None]) -> None:
    w = shell.window
    screen = w.aid_photos
    _show_camera(shell, lambda wd, ht: scenes.document(wd, ht, "PAY SLIP 2026-10"))
    _wait(lambda: screen.preview.frames_shown > 0, 5.0)
    snap("aid-photos")
    screen.take_button.click()
    _wait(screen.keep_button.isVisible)
    snap("aid-photos-review")
    screen.keep_button.click()
    _show_camera(shell, lambda wd, ht: scenes.document(wd, ht, "CONTRACT 2026-03"))
    screen.take_button.click()
    _wait(screen.keep_button.isVisible)
    screen.keep_button.click()
    snap("aid-photos-kept")
    screen.next_button.click()


def _legal_aid(shell: Shell, snap: Callable[[str], None]) -> str:
    """The legal aid journey: card and face, the pinyin keyboard, document photos."""
    w = shell.window
    w.home.tiles["legal_aid"].click()
    snap("consent")
    w.consent.agree_button.click()
    w.identify.type_button.click()
    w.identify.number_edit.setText("1101051960030")
    snap("identify-typing")
    w.identify.number_edit.clear()
    _identify_with_face(shell, snap)
    snap("aid-questions")
    _details(shell)
    keyboard = w.keyboard
    if keyboard is not None and w.keyboard_floats:  # the TV: the keyboard floats while typing
        float_keyboard(w, w.aid_details.description_edit)
    if keyboard is not None:
        for word in ("gongzi", "tuoqian", "sange", "yue"):
            keyboard.type_pinyin(word)
            keyboard.press(Qt.Key.Key_Space, " ")
    keyboard_typed = w.aid_details.description_edit.toPlainText()
    if len(keyboard_typed) < 5:
        w.aid_details.description_edit.setPlainText("工资被拖欠三个月")
    snap("aid-details-pinyin")
    sink_keyboard(w)
    w.aid_details.next_button.click()
    _photos(shell, snap)
    snap("aid-review")
    w.aid_review.submit_button.click()
    _wait(w.aid_receipt.done_button.isEnabled)
    snap("aid-receipt")
    tracking = w.aid_receipt.number.text()
    w.aid_receipt.done_button.click()
    w.rating.faces[5].click()
    snap("rating")
    w.rating.skip_button.click()
    snap("take-card")
    reader = shell.devices.id_reader()
    if isinstance(reader, SimIdReader):
        reader.take_off()
    _wait(lambda: w.stack.currentWidget() is w.attract)
    return tracking


def _printer_out_of_paper(shell: Shell, snap: Callable[[str], None]) -> None:
    """A second application, identified by typed number, when the printer has no paper."""
    w = shell.window
    shell.devices.inject(DeviceFamily.PRINTER, "paper-out")
    w.attract.start_button.click()
    w.home.tiles["legal_aid"].click()
    w.consent.agree_button.click()
    w.identify.type_button.click()
    w.identify.number_edit.setText(make_id_number("110105", date(1960, 3, 3), 123))
    w.identify.use_number_button.click()
    w.identify.continue_button.click()
    _details(shell)
    w.aid_details.description_edit.setPlainText("邻居占用我家的宅基地")
    w.aid_details.next_button.click()
    w.aid_photos.next_button.click()
    w.aid_review.submit_button.click()
    _wait(w.aid_receipt.done_button.isEnabled)
    snap("aid-receipt-printer-out-of-paper")
    shell.devices.inject(DeviceFamily.PRINTER, "paper-full")
    w.aid_receipt.done_button.click()
    w.rating.skip_button.click()
    _wait(lambda: w.stack.currentWidget() is w.attract)


def _mongolian(shell: Shell, snap: Callable[[str], None]) -> None:
    w = shell.window
    if "mn" not in w.attract.lang_buttons:
        return  # no Mongolian font or translation on this machine
    w.attract.lang_buttons["mn"].click()
    snap("home-mn")
    w.home.tiles["legal_aid"].click()
    snap("consent-mn")
    w.consent.agree_button.click()
    snap("identify-mn")
    w.identify.back_button.click()
    w.consent.back_button.click()
    w.home.finish_button.click()
    if w.stack.currentWidget() is w.rating:  # a service was opened: it asks for a rating
        w.rating.skip_button.click()
    _wait(lambda: w.stack.currentWidget() is w.attract)


def _video_call(
    shell: Shell, snap: Callable[[str], None], live: LiveStaff | None, say: Say
) -> None:
    """The live call against a scripted notary where the demo could make one, else the fed
    screens (each file named *-fed.png, and said)."""
    if live is None:
        from kiosk.demo import tour_call

        tour_call.run(shell, lambda name: snap(f"{name}-fed"))
        return
    from kiosk.demo import tour_call_live
    from kiosk.demo.scripted_staff import ScriptedStaff

    staff = ScriptedStaff.log_in(live.central_url, live.username, live.password)
    try:
        tour_call_live.run(shell, snap, staff, say)
    finally:
        staff.close()


def run_tour(
    shell: Shell, out_dir: Path, live: LiveStaff | None = None, say: Say = _quiet
) -> list[Path]:
    """Drives the shell through every screen, writing a PNG of each into `out_dir`; `live`:
    the video call is a real one against that staff member (the tour then runs in a network
    namespace, kiosk/demo/live_call.py), else its screens are fed."""
    out_dir.mkdir(parents=True, exist_ok=True)
    clock = _ShiftedClock()
    shell.clock = clock
    shell.start()
    window = shell.window
    window.show()
    written: list[Path] = []

    def snap(name: str) -> None:
        _settle()
        path = out_dir / f"{len(written) + 1:02d}-{name}.png"
        window.grab().save(str(path))
        written.append(path)

    try:
        _wait_link(shell, Link.CONNECTED, 15.0)
        snap("attract")
        window.attract.start_button.click()
        snap("home-zh")
        window.strip.lang_buttons["en"].click()
        snap("home-en")
        window.strip.lang_buttons["zh"].click()
        tracking = _legal_aid(shell, snap)
        _printer_out_of_paper(shell, snap)
        _mongolian(shell, snap)
        from kiosk.demo import tour_services

        tour_services.run(shell, snap, tracking, scenes.card(5, None).id_number[-4:])
        _video_call(shell, snap, live, say)
        window.attract.start_button.click()
        window.home.tiles["hotline"].click()
        snap("hotline")
        window.hotline.back_button.click()
        clock.offset += shell.idle.timeout_s - shell.idle.warning_s + 1
        shell.check_idle()
        snap("idle-warning")
        clock.offset += shell.idle.warning_s
        shell.check_idle()
        snap("attract-after-timeout")
    finally:
        shell.stop()
        window.close()
    return written
