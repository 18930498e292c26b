"""The robot's presence greeting, decided in plain Python: whom to greet and when not to.

The detector's sightings become arrivals in `devices.face.presence.PresenceTracker` (one per
person, after a dwell); here an arrival is greeted only when no journey is in progress, i.e. the
attract screen is showing. A person who arrived during a journey is not greeted when it ends:
they were seen already.
"""

from __future__ import annotations

from devices.speech.prompts import MessageId
from kiosk.flows import QT_TRANSLATE_NOOP
from kiosk.flows.journey import ATTRACT

GREETING = MessageId(
    "Presence",
    QT_TRANSLATE_NOOP(
        "Presence",
        "Hello, welcome to the public legal service centre. Touch a service on my screen to begin.",
    ),
)


def should_greet(current_screen: str) -> bool:
    """Greet only a resident who is not in a journey (the attract screen is showing)."""
    return current_screen == ATTRACT
