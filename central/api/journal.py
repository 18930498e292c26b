"""The journal's head and a verification walk, for admins and supervisors."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api_client.schemas import JournalHeadOut, JournalVerifyOut
from central import journal
from central.api.deps import AuditStaff, SessionDep

router = APIRouter(prefix="/api/v1/journal", tags=["journal"])


@router.get("/head")
def journal_head(staff: AuditStaff, session: SessionDep) -> JournalHeadOut:
    seq, digest = journal.head(session)
    return JournalHeadOut(seq=seq, entry_hash=digest)


@router.get("/verify")
def journal_verify(
    staff: AuditStaff,
    session: SessionDep,
    head: Annotated[str | None, Query(pattern=r"^[0-9a-f]{64}$")] = None,
) -> JournalVerifyOut:
    verdict = journal.verify(session, head)
    return JournalVerifyOut(
        ok=verdict.ok,
        entries=verdict.entries,
        head=verdict.head,
        broken_at_seq=verdict.broken_at_seq,
        reason=verdict.reason,
    )
