"""The notarial journal entry of one act: date and time, the act, the parties (masked), the
identity evidence with its re-proofs, the documents' hashes, the recording segments' hashes and
where they are kept. The parts come from `EvidenceSources` (recordings, identity, documents),
written elsewhere and handed in at wiring; each defaults to "nothing recorded"."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from api_client.personal_data import mask_name
from central.models import Organisation, RequestRow, Staff
from central.sessions.evidence_types import (
    DocumentEvidence,
    EvidenceSources,
    IdentityEvidence,
    SegmentEvidence,
)
from central.sessions.models import VideoSession


def _none(_session: Session, _vs: VideoSession) -> Sequence[Any]:
    return ()


NO_SOURCES = EvidenceSources(segments=_none, identity=_none, documents=_none)


def _plain(value: object) -> object:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _items(rows: Sequence[SegmentEvidence | IdentityEvidence | DocumentEvidence]) -> list[Any]:
    return [_plain(asdict(row)) for row in rows]


def act_record(
    session: Session, vs: VideoSession, act_id: str, sources: EvidenceSources, now: datetime
) -> dict[str, Any]:
    """What the journal keeps of the act; masked values and hashes only (no name, no number)."""
    request = session.get(RequestRow, vs.request_id)
    assert request is not None  # a foreign key
    staff = session.get(Staff, vs.claimed_by_id) if vs.claimed_by_id else None
    # the office that handled the act (the notary's), not the terminal's
    organisation = session.get(
        Organisation, staff.organisation_id if staff else request.organisation_id
    )
    identity = list(sources.identity(session, vs))
    subjects = sorted({i.subject_masked for i in identity if i.subject_masked})
    return {
        "act": act_id,
        "kind": vs.kind,
        "session": vs.public_id,
        "tracking_number": request.tracking_number,
        "recorded_at": now.isoformat(),
        "call_started_at": vs.started_at.isoformat() if vs.started_at else None,
        "call_ended_at": vs.ended_at.isoformat() if vs.ended_at else None,
        "organisation": organisation.name if organisation else "",
        "parties": {
            "resident": subjects,
            "notary": mask_name(staff.display_name) if staff else "",
            "notary_account": staff.username if staff else "",
        },
        "identity": _items(identity),
        "documents": _items(list(sources.documents(session, vs))),
        "segments": _items(list(sources.segments(session, vs))),
    }
