"""The journal's head and a verification walk, for admins and supervisors.

The walk also holds the database against the signed checkpoints when the service keeps them
(`serve` does); an auditor who does not trust this service runs `journal verify` elsewhere
with the public key instead.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api_client.schemas import JournalHeadOut, JournalVerifyOut
from central.api.deps import AuditStaff, SessionDep, SettingsDep
from central.journal import chain as journal
from central.journal.checkpoints import journal_files, verify_signed
from central.journal.signing import CheckpointError, load_private_key, read_checkpoints

router = APIRouter(prefix="/api/v1/journal", tags=["journal"])


@router.get("/head")
def journal_head(staff: AuditStaff, session: SessionDep) -> JournalHeadOut:
    seq, digest = journal.head(session)
    return JournalHeadOut(seq=seq, entry_hash=digest)


@router.get("/verify")
def journal_verify(
    staff: AuditStaff,
    session: SessionDep,
    settings: SettingsDep,
    head: Annotated[str | None, Query(pattern=r"^[0-9a-f]{64}$")] = None,
) -> JournalVerifyOut:
    files = journal_files(settings)
    try:
        points = (
            read_checkpoints(files.checkpoints, load_private_key(files.key).public_key())
            if settings.journal_checkpoint_s is not None
            else []
        )
    except CheckpointError as err:
        seq, digest = journal.head(session)
        return JournalVerifyOut(ok=False, entries=seq, head=digest, reason=str(err))
    verdict = verify_signed(session, points, head)
    return JournalVerifyOut(
        ok=verdict.ok,
        entries=verdict.entries,
        head=verdict.head,
        broken_at_seq=verdict.broken_at_seq,
        reason=verdict.reason,
    )
