"""CPU of the robot's presence detector loop, as a share of one core, next to two baselines.

The loop is what the shell runs: the emulated camera (640x480, 15 fps) read once by the frame
pipeline, the presence lane analysing 3 frames a second (grey, scaled to 240 rows, dlib HOG).
Measured as process CPU over a wall-clock window, with the visitor in front of the camera and
without, against (a) the same pipeline with no presence lane (the camera's own cost) and (b) the
face check's detector (face_recognition on the full frame, upsampled once) at the same 3 fps.
The issue's budget: a tenth of a core.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from devices.camera.face_scene import PresenceScene
from devices.camera.pipeline import FramePipeline
from devices.camera.port import Frame, Pixels
from devices.camera.sim import SimCamera
from devices.face.match import FaceMatcher
from devices.face.presence import FaceDetector, PresenceSettings

WINDOW_S = 6.0


def _cpu_share(
    face: bool, analyse: Callable[[Pixels], object] | None, fps: float
) -> tuple[float, int]:
    """Process CPU seconds per wall second while the pipeline runs for WINDOW_S."""
    scene = PresenceScene(640, 480, face_visible=face)
    pipeline = FramePipeline(SimCamera(640, 480, 15, scene))
    handled = [0]

    def lane(frame: Frame) -> None:
        if analyse is not None:
            analyse(frame.pixels)
        handled[0] += 1

    if analyse is not None:
        pipeline.add_analyser("presence", lane, 1.0 / fps)
    pipeline.start()
    time.sleep(1.0)  # warm-up: first frames, detector set-up
    cpu0, wall0, done0 = time.process_time(), time.monotonic(), handled[0]
    time.sleep(WINDOW_S)
    cpu, wall = time.process_time() - cpu0, time.monotonic() - wall0
    frames = handled[0] - done0
    pipeline.stop()
    return cpu / wall, frames


def main() -> None:
    settings = PresenceSettings()
    detector = FaceDetector(settings.height)
    matcher = FaceMatcher()
    camera_only, _ = _cpu_share(False, None, settings.fps)
    rows = []
    for face in (True, False):
        share, frames = _cpu_share(face, detector.count, settings.fps)
        rows.append((face, share, frames))
    check, check_frames = _cpu_share(True, matcher.faces, settings.fps)
    print(f"camera emulator + pipeline alone (baseline):       {camera_only:6.3f} core")
    for face, share, frames in rows:
        loop = share - camera_only
        what = "visitor in view" if face else "empty room     "
        print(
            f"presence loop, {what}, {frames / WINDOW_S:.1f} frames/s: {share:6.3f} core "
            f"(detector {loop:+.3f} core, {loop / 0.1:.0%} of the 0.1-core budget)"
        )
    with_face = rows[0][1] - camera_only
    check_loop = check - camera_only
    print(
        f"face-check detector at the same rate (baseline):  {check:6.3f} core "
        f"(detector {check_loop:+.3f} core, {check_frames / WINDOW_S:.1f} frames/s)"
    )
    if with_face > 0:
        print(f"presence detector / face-check detector: {with_face / check_loop:.2f}x the CPU")


if __name__ == "__main__":
    main()
