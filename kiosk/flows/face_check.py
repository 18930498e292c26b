"""The face check: the live face against the photo on the card or passport, a few tries.

The reference photo is personal data: it lives in the ResidentSession inside a FaceCheck and
is dropped when the check ends or the session is wiped. No Qt, no camera: the controller feeds
in the matcher's verdicts.
"""

from __future__ import annotations

import enum
from typing import Any

from kiosk.flows import QT_TRANSLATE_NOOP

MAX_ATTEMPTS = 3


class FaceOutcome(enum.Enum):
    MATCH = "match"
    NO_MATCH = "no_match"
    NO_FACE = "no_face"
    CAMERA = "camera"  # no frame could be taken


# What the resident reads after each try (context "FaceCheck").
OUTCOME_TEXT = {
    FaceOutcome.MATCH: QT_TRANSLATE_NOOP("FaceCheck", "Your face matches the photo. Thank you."),
    FaceOutcome.NO_MATCH: QT_TRANSLATE_NOOP(
        "FaceCheck",
        "Your face does not match the photo. Take off glasses or a hat, look straight at "
        "the camera and try again.",
    ),
    FaceOutcome.NO_FACE: QT_TRANSLATE_NOOP(
        "FaceCheck",
        "No face was seen. Stand in front of the screen, look at the camera and try again.",
    ),
    FaceOutcome.CAMERA: QT_TRANSLATE_NOOP(
        "FaceCheck", "The camera is not working right now. You can continue without a face check."
    ),
}
NO_REFERENCE = QT_TRANSLATE_NOOP(
    "FaceCheck",
    "The photo on your document could not be read, so your face is not checked. You can continue.",
)
TRIES_USED = QT_TRANSLATE_NOOP(
    "FaceCheck",
    "The face check did not succeed. You can continue; staff will check your identity.",
)

_VERDICTS = {
    "same_person": FaceOutcome.MATCH,
    "different_person": FaceOutcome.NO_MATCH,
    "no_live_face": FaceOutcome.NO_FACE,
}


class FaceCheck:
    """One resident's face check against `reference` (an RGB image of the document photo)."""

    def __init__(self, reference: Any, source: str) -> None:
        self.reference: Any = reference
        self.source = source  # "card" or "passport": which photo, for the screen's wording
        self.attempts = 0
        self.outcome: FaceOutcome | None = None

    def record(self, verdict: str | None) -> FaceOutcome:
        """A try ended with the matcher's verdict; None when no frame could be taken."""
        self.attempts += 1
        self.outcome = (
            FaceOutcome.CAMERA if verdict is None else _VERDICTS.get(verdict, FaceOutcome.CAMERA)
        )
        if self.outcome is FaceOutcome.MATCH:
            self.discard()
        return self.outcome

    @property
    def matched(self) -> bool:
        return self.outcome is FaceOutcome.MATCH

    @property
    def can_try(self) -> bool:
        failed = self.outcome in (FaceOutcome.MATCH, FaceOutcome.CAMERA)
        return not failed and self.attempts < MAX_ATTEMPTS and self.reference is not None

    def discard(self) -> None:
        """Forget the reference photo (the check is over, or the session is wiped)."""
        self.reference = None

    def __repr__(self) -> str:
        outcome = self.outcome.value if self.outcome else None
        return f"FaceCheck({self.source}, attempts={self.attempts}, outcome={outcome})"
