"""The mediation agreement as the call screen announces it, in plain Python (issue 18): from
the agreement the central service shows this party (or none yet) and the version this
terminal last put in front of the resident, what the call screen's agreement button says.

The screens translate the texts here in context "Mediation".
"""

from __future__ import annotations

from enum import Enum

from api_client.schemas.agreement import AgreementOut
from kiosk.flows import QT_TRANSLATE_NOOP


class AgreementNote(Enum):
    NONE = "none"  # no agreement filled in yet: no button
    READY = "ready"
    CHANGED = "changed"
    SIGNED = "signed"  # this party signed; the others not all yet
    SEALED = "sealed"


NOTES = {
    AgreementNote.READY: QT_TRANSLATE_NOOP("Mediation", "The agreement is ready: read and sign it"),
    AgreementNote.CHANGED: QT_TRANSLATE_NOOP(
        "Mediation", "The agreement was changed: read it and sign again"
    ),
    AgreementNote.SIGNED: QT_TRANSLATE_NOOP(
        "Mediation", "You signed the agreement: see who else has signed"
    ),
    AgreementNote.SEALED: QT_TRANSLATE_NOOP(
        "Mediation", "Everyone signed: the agreement is sealed and your copy is printed"
    ),
}
SIGNED = QT_TRANSLATE_NOOP("Mediation", "%1: signed")
NOT_SIGNED = QT_TRANSLATE_NOOP("Mediation", "%1: not signed yet")
YOU = QT_TRANSLATE_NOOP("Mediation", "%1 (you)")


def mine_signed(shown: AgreementOut) -> bool:
    return any(s.signed for s in shown.signatures if s.role == shown.you)


def note_for(shown: AgreementOut | None, read_version: int | None) -> AgreementNote:
    """`read_version`: the version the resident was last shown here (None: not opened yet).
    A change by the mediator clears every signature, so a new version after reading is
    "changed" whatever was signed before."""
    if shown is None:
        return AgreementNote.NONE
    if shown.state == "sealed":
        return AgreementNote.SEALED
    if read_version is not None and read_version != shown.version:
        return AgreementNote.CHANGED
    if mine_signed(shown):
        return AgreementNote.SIGNED
    return AgreementNote.READY
