"""Face presence on the emulated camera with the real dlib detector, and arrivals from sightings."""

from __future__ import annotations

import pytest

from devices.camera.face_scene import PresenceScene
from devices.camera.sim import SimCamera
from devices.face.presence import FaceDetector, PresenceTracker


@pytest.fixture(scope="module")
def detector() -> FaceDetector:
    return FaceDetector()


@pytest.mark.parametrize(("width", "height"), [(640, 480), (1280, 720)])
def test_the_emulated_camera_shows_a_face_the_detector_finds_and_an_empty_room(
    detector, width, height
) -> None:
    scene = PresenceScene(width, height)
    camera = SimCamera(width, height, fps=30, scene=scene)
    assert detector.count(camera.read_frame(1.0).pixels) == 0
    scene.face_visible = True
    assert detector.count(camera.read_frame(1.0).pixels) == 1
    scene.face_visible = False
    assert detector.count(camera.read_frame(1.0).pixels) == 0


def _arrivals(tracker: PresenceTracker, sightings: list[tuple[float, int]]) -> list[float]:
    return [at for at, faces in sightings if tracker.observe(faces, at)]


def test_a_face_that_stays_is_one_arrival_not_one_per_frame() -> None:
    tracker = PresenceTracker(dwell_s=0.6, absent_s=3.0)
    frames = [(t / 3, 1) for t in range(30)]  # 10 s of a face at 3 frames a second
    assert _arrivals(tracker, frames) == [pytest.approx(2 / 3)]
    assert tracker.present


def test_a_face_glimpsed_for_less_than_the_dwell_is_no_arrival() -> None:
    tracker = PresenceTracker(dwell_s=0.6, absent_s=3.0)
    frames = [(0.0, 1), (0.33, 1), (0.66, 0), (1.0, 0), (5.0, 0)]
    assert _arrivals(tracker, frames) == []


def test_a_missed_frame_is_not_a_second_person_but_a_long_absence_is() -> None:
    """GIVEN a person greeted WHEN the detector misses them for a second THEN no new arrival;
    WHEN nobody is seen for longer than `absent_s` and then a face stays THEN a new arrival."""
    tracker = PresenceTracker(dwell_s=0.6, absent_s=3.0)
    first = [(0.0, 1), (0.4, 1), (0.8, 1), (1.2, 0), (1.6, 0), (2.0, 1), (2.4, 1)]
    assert _arrivals(tracker, first) == [0.8]
    away = [(3.0, 0), (5.0, 0), (6.0, 0)]
    assert _arrivals(tracker, away) == [] and not tracker.present
    back = [(7.0, 1), (7.4, 1), (7.8, 1)]
    assert _arrivals(tracker, back) == [7.8]
