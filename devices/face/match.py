"""Face presence in a camera frame, and a live face compared with a reference photo.

dlib's HOG detector and its 128-dimension face encoder (models in the
face-recognition-models package, nothing downloaded) through face_recognition. Two encodings
of one person are usually less than 0.6 apart; that is the stated threshold.
"""

from __future__ import annotations

import threading
import warnings
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

Image = npt.NDArray[Any]  # RGB uint8
DEFAULT_THRESHOLD = 0.6

Verdict = Literal["same_person", "different_person", "no_live_face", "no_reference"]

_MESSAGES: dict[Verdict, str] = {
    "same_person": "the live face matches the reference photo",
    "different_person": "the live face does not match the reference photo",
    "no_live_face": "no face was found in the camera image; ask the resident to face the camera",
    "no_reference": "the reference photo could not be decoded, so the face cannot be compared",
}


@dataclass(frozen=True)
class FaceBox:
    top: int
    right: int
    bottom: int
    left: int

    @property
    def area(self) -> int:
        return (self.bottom - self.top) * (self.right - self.left)


@dataclass(frozen=True)
class FaceMatch:
    verdict: Verdict
    distance: float | None
    threshold: float

    @property
    def message(self) -> str:
        return _MESSAGES[self.verdict]


class FaceMatcher:
    """One per process; dlib is not safe to call from several threads at once."""

    def __init__(self, threshold: float = DEFAULT_THRESHOLD) -> None:
        with warnings.catch_warnings():
            # face_recognition_models finds its model files through pkg_resources
            warnings.filterwarnings("ignore", "pkg_resources is deprecated", UserWarning)
            import face_recognition

        self._fr: Any = face_recognition
        self.threshold = threshold
        self._lock = threading.Lock()

    def faces(self, image: Image, upsample: int = 1) -> list[FaceBox]:
        """Faces in the frame, largest first (the resident in front of the kiosk)."""
        with self._lock:
            found = self._fr.face_locations(np.ascontiguousarray(image), upsample)
        return sorted((FaceBox(*box) for box in found), key=lambda b: -b.area)

    def encode(self, image: Image, box: FaceBox | None = None) -> npt.NDArray[np.float64] | None:
        """The encoding of the largest face, or of `box`; None when there is no face."""
        boxes = [box] if box is not None else self.faces(image)[:1]
        if not boxes:
            return None
        locations = [(b.top, b.right, b.bottom, b.left) for b in boxes]
        with self._lock:
            encodings = self._fr.face_encodings(np.ascontiguousarray(image), locations)
        return np.asarray(encodings[0], dtype=np.float64) if encodings else None

    def match(self, live: Image, reference: Image | None) -> FaceMatch:
        """Compare the largest live face with the reference photo's face."""
        if reference is None:
            return FaceMatch("no_reference", None, self.threshold)
        ref = self.encode(reference)
        if ref is None:
            return FaceMatch("no_reference", None, self.threshold)
        seen = self.encode(live)
        if seen is None:
            return FaceMatch("no_live_face", None, self.threshold)
        distance = float(np.linalg.norm(seen - ref))
        verdict: Verdict = "same_person" if distance < self.threshold else "different_person"
        return FaceMatch(verdict, distance, self.threshold)
