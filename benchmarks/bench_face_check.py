"""The face check as a resident meets it: the matcher's load (done in the background while
the card is placed) and the time from touching "check my face" to the verdict on screen,
next to the bare match alone (benchmarks/bench_face.py's figure) in the same run."""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    from skimage import data

    from api_client.outbox.files import ensure_key
    from config.loader import load_settings
    from devices.camera.scenes import StillScene
    from devices.face.match import FaceMatcher
    from devices.manager import DeviceManager
    from devices.xfs import DeviceFamily
    from kiosk.app import get_app
    from kiosk.demo import scenes as demo_scenes
    from kiosk.qt import QApplication
    from kiosk.shell import Shell

    folder = Path(tempfile.mkdtemp(prefix="bench-face-check-"))
    settings = load_settings(None, {}, {"data_dir": str(folder)})
    ensure_key(folder)
    app = get_app(settings.profile)
    devices = DeviceManager(settings.devices, settings.data_dir, list(settings.languages))
    shell = Shell(app, settings, devices, None)
    w = shell.window
    w.show()

    def wait(condition, timeout_s: float = 60.0) -> None:
        deadline = time.monotonic() + timeout_s
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError("the shell did not get there in time")
            QApplication.processEvents()
            time.sleep(0.002)

    face = demo_scenes.portrait()
    assert face is not None
    camera = devices.devices[DeviceFamily.CAMERA]
    camera.scene = StillScene([demo_scenes.face_in_room(face, camera.width, camera.height)])  # type: ignore[attr-defined]
    started = time.perf_counter()
    FaceMatcher()
    load = time.perf_counter() - started

    verdicts: list[float] = []
    for round_ in range(5):
        w.attract.start_button.click()
        w.home.tiles["legal_aid"].click()
        w.consent.agree_button.click()
        devices.devices[DeviceFamily.ID_READER].place(demo_scenes.card(round_ + 1, face))  # type: ignore[attr-defined]
        wait(lambda: w.stack.currentWidget() is w.face_check)
        wait(lambda: not shell.controllers.tasks.busy_with("face-load"))
        wait(lambda: w.face_check.preview.frames_shown > 0)
        started = time.perf_counter()
        w.face_check.check_button.click()
        wait(lambda: not w.face_check.busy)
        verdicts.append(time.perf_counter() - started)
        assert shell.journey.face_check is not None and shell.journey.face_check.matched
        w.face_check.back_button.click()
        w.identify.back_button.click()
        w.consent.back_button.click()
        w.home.finish_button.click()
        w.rating.skip_button.click()
        devices.devices[DeviceFamily.ID_READER].take_off()  # type: ignore[attr-defined]
        wait(lambda: w.stack.currentWidget() is w.attract)
    matcher = FaceMatcher()
    reference = data.astronaut()
    frame = demo_scenes.face_in_room(face, 640, 480)
    bare = []
    for _ in range(5):
        started = time.perf_counter()
        matcher.match(frame, reference)
        bare.append(time.perf_counter() - started)
    shell.stop()
    print(f"matcher load (in the background, at the identify screen): {load * 1000:6.0f} ms")
    touch, alone = statistics.median(verdicts) * 1000, statistics.median(bare) * 1000
    print(
        f"touch -> verdict on screen, 640x480 camera:  median {touch:6.0f} ms, "
        f"max {max(verdicts) * 1000:.0f} ms (5 residents)"
    )
    print(f"bare match on the same frame:               median {alone:6.0f} ms")


if __name__ == "__main__":
    main()
