"""Identity proofs of a notarial act (issue 17): how the resident was identified when the
session began, and again after each drop of the call, before the act may complete.

A drop is a move to `interrupted` the terminal reported (its own path to the call went: the
resident was out of the notary's sight and the terminal knows to ask again; a drop of the
staff member's page leaves the resident's picture running); drops in a row with no return to
the call between them count as one break. Each break needs a passed re-proof made after it
and before the next break: otherwise a notarisation cannot be completed (`guard_completion`).
Only masked values are kept (the mask of the document number); the document image stays a
terminal's upload, opened on demand by the staff member holding the call, every opening
journaled. It never goes through the call's media, so it never reaches a recording.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from api_client.schemas.identity_proofs import (
    IdentityProofIn,
    IdentityProofOut,
    IdentityProofs,
    ProofMethod,
    ProofOccasion,
    ProofResult,
)
from central.fleet.uploads import stored_path
from central.journal import chain as journal
from central.models import Kiosk, Staff, UploadRow
from central.sessions.errors import SessionError
from central.sessions.evidence_types import IdentityEvidence, IdentityOf
from central.sessions.models import SessionEvent, VideoSession
from central.sessions.reproof_models import IdentityProofRow
from central.sessions.staff_side import own_call, routed_session
from central.sessions.states import IN_ROOM

# The kinds whose act needs a re-proof after each drop, when the terminal identified the
# resident by a document (a resident who only declared who they are has nothing to re-prove
# at the terminal: the notary identifies them over the video).
REPROOF_KINDS = frozenset({"notarisation"})
IDENTIFIED_BY_DOCUMENT = frozenset({"id_card", "passport", "face_check"})
# A start proof is made before the call (claimed) or at its beginning; re-proofs in a live call.
_START_STATES = frozenset({"queued", "claimed", *IN_ROOM})
_SAME_SUBJECT = "not the same document as at the start"


def _proofs(session: Session, vs: VideoSession) -> list[IdentityProofRow]:
    return list(
        session.scalars(
            select(IdentityProofRow)
            .where(IdentityProofRow.session_id == vs.id)
            .order_by(IdentityProofRow.at, IdentityProofRow.id)
        )
    )


def breaks(session: Session, vs: VideoSession) -> list[tuple[datetime, datetime | None]]:
    """Each break of the call: (when it dropped, when the next break began or None)."""
    moves = session.execute(
        select(SessionEvent.at, SessionEvent.to_state, SessionEvent.actor)
        .where(SessionEvent.session_id == vs.id)
        .order_by(SessionEvent.id)
    ).all()
    starts: list[datetime] = []
    back_in_call = True
    for at, to_state, actor in moves:
        if to_state == "interrupted" and actor.startswith("terminal:") and back_in_call:
            starts.append(at)
            back_in_call = False
        elif to_state == "in_call":
            back_in_call = True
    return [(at, starts[i + 1] if i + 1 < len(starts) else None) for i, at in enumerate(starts)]


def unproved_breaks(session: Session, vs: VideoSession) -> list[datetime]:
    """The breaks with no passed re-proof between them and the next break."""
    passed = [
        p.at for p in _proofs(session, vs) if p.occasion == "reproof" and p.result == "passed"
    ]
    return [
        start
        for start, until in breaks(session, vs)
        if not any(start <= at and (until is None or at < until) for at in passed)
    ]


def status(session: Session, vs: VideoSession) -> IdentityProofs:
    rows = _proofs(session, vs)
    needed = needs_reproof(vs) and bool(unproved_breaks(session, vs))
    return IdentityProofs(
        session_id=vs.public_id,
        drops=len(breaks(session, vs)),
        reproof_needed=needed,
        proofs=[
            IdentityProofOut(
                number=n,
                at=row.at,
                occasion=cast(ProofOccasion, row.occasion),
                method=cast(ProofMethod, row.method),
                result=cast(ProofResult, row.result),
                subject_masked=row.subject_masked,
                detail=row.detail,
                has_document=row.document_upload_id is not None,
            )
            for n, row in enumerate(rows, 1)
        ],
    )


def _check_document(session: Session, kiosk: Kiosk, upload_id: str | None) -> None:
    if upload_id is None:
        return
    upload = session.get(UploadRow, upload_id)
    if upload is None or upload.kiosk_id != kiosk.id or upload.completed_at is None:
        raise SessionError(
            422, f"document_upload_id {upload_id} is not a finished upload of this terminal"
        )


def record(
    session: Session, kiosk: Kiosk, vs: VideoSession, body: IdentityProofIn, now: datetime
) -> IdentityProofRow:
    """Keep one proof the terminal made. A re-proof is taken only while the call is live; a
    passed one whose document differs from the start's is kept as failed, saying so."""
    rows = _proofs(session, vs)
    start = next((r for r in rows if r.occasion == "start"), None)
    if body.occasion == "start":
        if start is not None:
            raise SessionError(409, f"session {vs.public_id} already has its start proof")
        if vs.state not in _START_STATES:
            raise SessionError(409, f"a start proof comes before the call ends; it is {vs.state}")
    else:
        if vs.state not in IN_ROOM:
            raise SessionError(409, f"a re-proof is made during the call; it is {vs.state}")
        if body.document_upload_id is not None:
            raise SessionError(422, "document_upload_id goes with the start proof only")
    _check_document(session, kiosk, body.document_upload_id)
    result, detail = body.result, body.detail.strip()
    if (
        result == "passed"
        and start is not None
        and body.method != "face_check"
        and start.subject_masked != body.subject_masked
    ):
        result, detail = "failed", _SAME_SUBJECT
    row = IdentityProofRow(
        session_id=vs.id,
        at=now,
        occasion=body.occasion,
        method=body.method,
        result=result,
        subject_masked=body.subject_masked,
        detail=detail,
        document_upload_id=body.document_upload_id,
    )
    session.add(row)
    session.flush()
    journal.append(
        session,
        f"terminal:{kiosk.terminal_id}",
        f"session.identity_{body.occasion}",
        f"session:{vs.public_id}",
        {"method": body.method, "result": result, "subject": body.subject_masked},
    )
    return row


def needs_reproof(vs: VideoSession) -> bool:
    return vs.kind in REPROOF_KINDS and vs.identified_by in IDENTIFIED_BY_DOCUMENT


def guard_completion(session: Session, vs: VideoSession) -> None:
    """Refuse to complete a notarial act while a drop has no passed re-proof after it."""
    if not needs_reproof(vs):
        return
    missing = unproved_breaks(session, vs)
    if missing:
        at = missing[-1].strftime("%H:%M:%S UTC")
        raise SessionError(
            409,
            f"the act cannot be completed: the resident's identity was not proved again after "
            f"the drop at {at}; ask them to tap their ID card or take the face check, or end "
            f"with another outcome (needs a visit, referred)",
        )


def held_or_handled(session: Session, staff: Staff, public_id: str) -> VideoSession:
    """The session if this staff member holds the call now or handled it until it ended."""
    vs = routed_session(session, staff, public_id)
    if vs.claimed_by_id != staff.id:
        raise SessionError(403, f"session {public_id} is not yours")
    return vs


def document_file(
    session: Session, staff: Staff, public_id: str, number: int, root: Path
) -> tuple[Path, str]:
    """The document image of proof `number`, for the staff member holding the call; each
    opening journaled. Returns the stored file and its media type."""
    vs = own_call(session, staff, public_id)
    rows = _proofs(session, vs)
    row = rows[number - 1] if 1 <= number <= len(rows) else None
    upload_id = row.document_upload_id if row is not None else None
    path = stored_path(root, upload_id) if upload_id is not None else None
    if upload_id is None or path is None or not path.is_file():
        raise SessionError(404, f"proof {number} of session {public_id} has no document image")
    upload = session.get(UploadRow, upload_id)
    assert upload is not None  # a foreign key
    journal.append(
        session,
        f"staff:{staff.username}",
        "session.identity_document_read",
        f"session:{vs.public_id}",
        {"proof": number, "upload_id": upload_id, "sha256": upload.sha256},
    )
    return path, _media_type(path)


def _media_type(path: Path) -> str:
    with path.open("rb") as file:
        head = file.read(8)
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    return "application/octet-stream"


def identity_of(session: Session, vs: VideoSession) -> Sequence[IdentityEvidence]:
    """The `IdentityOf` provider for the act's journal entry (central.sessions.evidence_types)."""
    return [
        IdentityEvidence(
            at=row.at,
            occasion=cast(ProofOccasion, row.occasion),
            method=cast(ProofMethod, row.method),
            result=cast(ProofResult, row.result),
            subject_masked=row.subject_masked,
            detail=row.detail,
        )
        for row in _proofs(session, vs)
    ]


PROVIDES: IdentityOf = identity_of  # what the act's journal entry is given (checked by mypy)
