"""Identity re-proof after a dropped notarisation call (issue 17): before the call resumes,
the resident taps the same ID card again. Plain Python: what a card read again means, and
what the central service is told (the mask of the number, never the number or the name)."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from api_client.personal_data import mask_id_number
from api_client.schemas.identity_proofs import IdentityProofIn, ProofResult
from devices.idcard.port import IdCardData
from kiosk.flows import QT_TRANSLATE_NOOP
from kiosk.flows.identity import Identity

# The kinds of session whose act needs the identity proved again after each drop, when the
# resident was identified by a document at the start (as central.sessions.reproof rules).
REPROOF_KINDS = frozenset({"notarisation"})
IDENTIFIED_BY_DOCUMENT = frozenset({"id_card", "passport", "face_check"})


class ReproofStep(enum.Enum):
    WAITING = "waiting"  # tap the card
    READING = "reading"
    SENDING = "sending"  # passed here; telling the central service
    PASSED = "passed"  # the central service has it: the call comes back
    WRONG_CARD = "wrong_card"
    UNREADABLE = "unreadable"
    NOT_SENT = "not_sent"  # the central service could not be told: try again


STEP_TEXT: dict[ReproofStep, str] = {
    ReproofStep.WAITING: QT_TRANSLATE_NOOP(
        "Reproof", "Please place the ID card you used at the start on the reader again."
    ),
    ReproofStep.READING: QT_TRANSLATE_NOOP("Reproof", "Reading the card, please hold it still…"),
    ReproofStep.SENDING: QT_TRANSLATE_NOOP("Reproof", "Thank you. Telling the notary…"),
    ReproofStep.PASSED: QT_TRANSLATE_NOOP(
        "Reproof", "Thank you, it is you. The call is coming back."
    ),
    ReproofStep.WRONG_CARD: QT_TRANSLATE_NOOP(
        "Reproof",
        "This is not the card you used at the start. Please place your own ID card on the reader.",
    ),
    ReproofStep.UNREADABLE: QT_TRANSLATE_NOOP(
        "Reproof", "The card could not be read. Please take it off and place it again."
    ),
    ReproofStep.NOT_SENT: QT_TRANSLATE_NOOP(
        "Reproof", "The notary could not be told yet. Please place the card again."
    ),
}


@dataclass(frozen=True)
class CardVerdict:
    step: ReproofStep
    proof: IdentityProofIn | None  # what the central service is told; None: nothing to tell


def judge_card(start: Identity | None, card: IdCardData | None) -> CardVerdict:
    """A card read again: the same number as at the start passes; another person's card
    fails (and is reported, masked); an unreadable read is only said on screen."""
    if card is None:
        return CardVerdict(ReproofStep.UNREADABLE, None)
    same = start is not None and card.id_number.upper() == start.id_number.upper()
    result: ProofResult = "passed" if same else "failed"
    proof = IdentityProofIn(
        occasion="reproof",
        method="id_card",
        result=result,
        subject_masked=mask_id_number(card.id_number),
        detail="" if same else "the card's number differs from the start's",
    )
    return CardVerdict(ReproofStep.SENDING if same else ReproofStep.WRONG_CARD, proof)
