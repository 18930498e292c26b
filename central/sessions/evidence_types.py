"""What each part of a notarial act's evidence hands to the notarial journal entry (#17).

Three parts make the evidence of one act (a notarisation video session): the recording's
segments (central/recordings/), the identity proofs and the documents signed during the call
(central/sessions/reproof*, documents*), and the seal (central/evidence/), which gathers the
first two into the act's journal entry. These records are what crosses between them: plain,
frozen, with hashes and masked values only (never a name, ID number or image).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from sqlalchemy.orm import Session

from central.sessions.models import VideoSession


@dataclass(frozen=True)
class SegmentEvidence:
    """One recording segment: the span between two breaks of the call (start, drop, end) of
    the main room (`kind` "main"), or one side talk of a mediation (`kind` "side_talk", with
    its participants by id and role)."""

    index: int  # 1, 2, ... in call order
    started_at: datetime
    ended_at: datetime
    raw_sha256: dict[str, str]  # each raw .mjr file's name -> SHA-256 of its bytes
    file_sha256: str  # the muxed (side-by-side) file's SHA-256, "" while not yet converted
    prev_sha256: str  # the previous segment record's hash ("" for the first)
    record_sha256: str  # this segment record's hash (covers all the above)
    stored_at: str  # where the encrypted files are kept (a path relative to the store)
    kind: Literal["main", "side_talk"] = "main"
    number: int = 0  # within its kind: main segments 1, 2, ...; side talks 1, 2, ...
    # a side talk's participants: {"participant_id": ..., "role": ...} (no names)
    participants: tuple[dict[str, str], ...] = ()


@dataclass(frozen=True)
class IdentityEvidence:
    """One identification of the resident: at the start, or a re-proof after a drop."""

    at: datetime
    occasion: Literal["start", "reproof"]
    method: Literal["id_card", "passport", "face_check"]
    result: Literal["passed", "failed"]
    subject_masked: str  # e.g. "1501**********123X"; never the whole number or a name
    detail: str  # what the check said, without personal data ("face distance 0.41")


@dataclass(frozen=True)
class DocumentEvidence:
    """A document pushed to the kiosk during the call, and its signature if it was signed."""

    title: str
    sha256: str  # the PDF as pushed
    signed_sha256: str  # the PDF with the resident's signature, "" when not signed
    signed_at: datetime | None
    ink_sha256: str  # the signature's ink (points with timing) as recorded, "" when unsigned


# Each part answers for one session; the seal's act entry is given these three at wiring.
SegmentsOf = Callable[[Session, VideoSession], Sequence[SegmentEvidence]]
IdentityOf = Callable[[Session, VideoSession], Sequence[IdentityEvidence]]
DocumentsOf = Callable[[Session, VideoSession], Sequence[DocumentEvidence]]
# Whether the session's evidence is all in (no recording segment still being closed)
SettledOf = Callable[[Session, VideoSession], bool]


def always_settled(session: Session, video: VideoSession) -> bool:
    return True


@dataclass(frozen=True)
class EvidenceSources:
    segments: SegmentsOf
    identity: IdentityOf
    documents: DocumentsOf
    settled: SettledOf = always_settled  # the act is opened only once this holds
