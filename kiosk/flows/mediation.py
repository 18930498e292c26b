"""Remote mediation at a terminal, in plain Python (issue 18): the invitation code the other
party types or scans, and what the resident's call screen shows from `MediationState` (the
other participants' tiles, the mediator's notes, which invitation slips to print).

The screens translate the texts here in context "Mediation".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from urllib.parse import parse_qs, urlparse

from api_client.schemas.mediation import INVITATION_CODE_PATTERN, MediationState
from kiosk.flows import QT_TRANSLATE_NOOP

CODE_LENGTH = 8
MAX_TILES = 5  # six participants: this one and five others
CONSENT_VERSION = "mediation-1"
_CODE = re.compile(INVITATION_CODE_PATTERN)

BAD_CODE = QT_TRANSLATE_NOOP(
    "Mediation",
    "The code has 8 characters: the digits 2 to 9 and the letters A to Z without I, L and O. "
    "Please check the code on your invitation slip.",
)
ROLES = {
    "resident": QT_TRANSLATE_NOOP("Mediation", "party"),
    "other_party": QT_TRANSLATE_NOOP("Mediation", "other party"),
    "mediator": QT_TRANSLATE_NOOP("Mediation", "mediator"),
}


def read_code(text: str) -> str | None:
    """The invitation code in what was typed or scanned, or None when it is not one.

    The slip's QR code holds the link (`.../join/inv_...?code=K7M2QX9P`); typed, spaces and
    dashes are ignored and lower case is read as upper case. A look-alike (O, I, L) is not in
    the alphabet, so it stays a wrong code the screen explains."""
    text = text.strip()
    if "://" in text:
        codes = parse_qs(urlparse(text).query).get("code", [])
        text = codes[0] if codes else ""
    code = re.sub(r"[\s-]", "", text).upper()
    return code if _CODE.fullmatch(code) else None


class Note(Enum):
    """What the resident is told beside the pictures (the server enforces all of it)."""

    NONE = "none"
    MUTED = "muted"
    ASIDE_OTHER = "aside_other"
    ASIDE_YOU = "aside_you"
    REMOVED = "removed"


NOTES = {
    Note.MUTED: QT_TRANSLATE_NOOP(
        "Mediation", "The mediator has muted your microphone. The others cannot hear you."
    ),
    Note.ASIDE_OTHER: QT_TRANSLATE_NOOP(
        "Mediation",
        "The mediator is talking alone with the other party. Please wait: you will be back "
        "together soon.",
    ),
    Note.ASIDE_YOU: QT_TRANSLATE_NOOP(
        "Mediation",
        "You are in a private talk with the mediator. The other party cannot see or hear it.",
    ),
    Note.REMOVED: QT_TRANSLATE_NOOP("Mediation", "The mediator has ended your part in the call."),
}


@dataclass(frozen=True)
class Tile:
    participant_id: str
    name: str  # masked by the service, e.g. 李*
    role: str  # a key of ROLES
    muted: bool
    paused: bool = False  # in a side talk this terminal is not part of (or outside it): no media


@dataclass(frozen=True)
class MediationView:
    tiles: tuple[Tile, ...]
    notes: tuple[Note, ...]


def view_of(state: MediationState) -> MediationView:
    """The tiles of everyone else in the call (at most five) and the notes for this one."""
    me = next((p for p in state.participants if p.participant_id == state.you), None)
    others = [p for p in state.participants if p.participant_id != state.you and p.present]
    talking = state.side_talk is not None
    aside = me is not None and me.in_side_talk
    tiles = tuple(
        Tile(p.participant_id, p.display_name, p.role, p.muted, talking and p.in_side_talk != aside)
        for p in others[:MAX_TILES]
    )
    notes: list[Note] = []
    if state.removed:
        return MediationView((), (Note.REMOVED,))
    if me is not None and me.muted:
        notes.append(Note.MUTED)
    talk = state.side_talk
    if talk is not None:
        notes.append(Note.ASIDE_YOU if talk.with_participant == state.you else Note.ASIDE_OTHER)
    return MediationView(tiles, tuple(notes))


def slips_to_print(state: MediationState, printed: set[str]) -> list[str]:
    """Invitation ids of this session to hand out on paper that were not printed yet (the
    service answers a slip once, so each is fetched once)."""
    return [
        inv.invitation_id
        for inv in state.invitations
        if inv.delivery == "kiosk_print"
        and inv.state == "sent"
        and inv.invitation_id not in printed
    ]
