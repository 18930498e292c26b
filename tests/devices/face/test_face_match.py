"""Face presence and matching on real photographs shipped in scikit-image's wheel."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from skimage import data

from devices.face.match import FaceBox, FaceMatcher


@pytest.fixture(scope="module")
def matcher() -> FaceMatcher:
    return FaceMatcher()


def _camera_frame(face_photo: np.ndarray, size: int, brightness: float) -> np.ndarray:
    """The photo's subject seen by the kiosk camera: smaller, elsewhere, other light."""
    frame = np.full((720, 1280, 3), 70, np.uint8)
    seen = cv2.resize(face_photo, (size, size), interpolation=cv2.INTER_AREA)
    frame[150 : 150 + size, 700 : 700 + size] = np.clip(seen * brightness, 0, 255).astype(np.uint8)
    return frame


def _lfw_face(index: int) -> np.ndarray:
    """Another person: a face from the LFW subset, enlarged to a usable size."""
    face = (data.lfw_subset()[index] * 255).astype(np.uint8)
    return np.stack([cv2.resize(face, (150, 150), interpolation=cv2.INTER_CUBIC)] * 3, -1)


def test_same_person_under_other_light_and_scale(matcher: FaceMatcher) -> None:
    reference = data.astronaut()
    result = matcher.match(_camera_frame(reference, 320, 0.8), reference)
    assert result.verdict == "same_person"
    assert result.distance is not None and result.distance < 0.6 == result.threshold


@pytest.mark.parametrize("index", [0, 25, 60, 95])
def test_different_people_are_told_apart(matcher: FaceMatcher, index: int) -> None:
    live = _camera_frame(data.astronaut(), 320, 1.0)
    other = _lfw_face(index)
    assert matcher.faces(other), "the enlarged LFW face must itself be detectable"
    result = matcher.match(live, other)
    assert result.verdict == "different_person"
    assert result.distance is not None and result.distance >= 0.6


def test_no_face_in_front_of_the_camera(matcher: FaceMatcher) -> None:
    empty = np.full((720, 1280, 3), 120, np.uint8)
    assert matcher.faces(empty) == []
    result = matcher.match(empty, data.astronaut())
    assert result.verdict == "no_live_face"
    assert "face the camera" in result.message


def test_an_undecodable_reference_photo_is_said_plainly(matcher: FaceMatcher) -> None:
    result = matcher.match(_camera_frame(data.astronaut(), 320, 1.0), None)
    assert result.verdict == "no_reference" and result.distance is None
    assert (
        result.message == "the reference photo could not be decoded, so the face cannot be compared"
    )


def test_largest_face_comes_first(matcher: FaceMatcher) -> None:
    boxes = matcher.faces(_camera_frame(data.astronaut(), 400, 1.0))
    assert boxes and boxes[0].area >= boxes[-1].area
    assert isinstance(boxes[0], FaceBox)
