"""Acts from completed notarisation sessions, and their seals.

A completed notarisation session without an act gets one: its record (the notarial journal
entry, journaled as `act.recorded`) and its unsigned certificate, in state `sealing_pending`.
Sealing happens outside any transaction (it waits on the time-stamp and OCSP services); an
act becomes `sealed` (journaled as `act.sealed`) only with a seal that was read back whole.
A failed attempt is counted and its reason kept; the act stays pending for the next round.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import exists, select, update

from central.clock import utcnow
from central.db import Database
from central.evidence.certificate import certificate_pdf, verify_link
from central.evidence.models import SEALED, SEALING_PENDING, NotarialAct
from central.evidence.record import act_record
from central.evidence.seal import SealError, seal_pdf
from central.evidence.settings import EvidenceSettings
from central.evidence.signer import Roots, SignerError
from central.journal import chain as journal
from central.sessions.evidence_types import EvidenceSources
from central.sessions.models import VideoSession

log = logging.getLogger(__name__)
ACTOR = "system:evidence"


@dataclass(frozen=True)
class Pending:
    id: int
    public_id: str
    pdf: bytes


def new_act_id(now: datetime) -> str:
    return f"NA-{now:%Y%m%d}-{secrets.token_hex(4).upper()}"


def open_acts(database: Database, settings: EvidenceSettings, sources: EvidenceSources) -> int:
    """Make the act of each completed notarisation session that has none; how many."""
    made = 0
    with database.session() as session:
        done = session.scalars(
            select(VideoSession).where(
                VideoSession.kind == "notarisation",
                VideoSession.state == "completed",
                ~exists().where(NotarialAct.session_id == VideoSession.id),
            )
        ).all()
        for vs in done:
            if not sources.settled(session, vs):  # a segment is still being closed
                continue
            now = utcnow()
            act_id = new_act_id(now)
            code = secrets.token_urlsafe(12)
            record = act_record(session, vs, act_id, sources, now)
            pdf = certificate_pdf(
                record, settings.office_name, verify_link(settings.public_base_url, act_id, code)
            )
            session.add(
                NotarialAct(
                    public_id=act_id,
                    verify_code=code,
                    session_id=vs.id,
                    state=SEALING_PENDING,
                    created_at=now,
                    attempts=0,
                    record=record,
                    certificate_pdf=pdf,
                    certificate_sha256=hashlib.sha256(pdf).hexdigest(),
                )
            )
            journal.append(
                session,
                ACTOR,
                "act.recorded",
                f"act:{act_id}",
                {**record, "certificate_sha256": hashlib.sha256(pdf).hexdigest()},
            )
            made += 1
    return made


def pending(database: Database) -> list[Pending]:
    with database.session() as session:
        rows = session.execute(
            select(NotarialAct.id, NotarialAct.public_id, NotarialAct.certificate_pdf)
            .where(NotarialAct.state == SEALING_PENDING)
            .order_by(NotarialAct.id)
        ).all()
    return [Pending(row.id, row.public_id, row.certificate_pdf) for row in rows]


def seal_one(database: Database, settings: EvidenceSettings, roots: Roots, act: Pending) -> bool:
    """Try once; True when the act is sealed now."""
    try:
        sealed, report = seal_pdf(act.pdf, act.public_id, settings, roots)
    except (SealError, SignerError) as err:
        with database.session() as session:
            session.execute(
                update(NotarialAct)
                .where(NotarialAct.id == act.id, NotarialAct.state == SEALING_PENDING)
                .values(attempts=NotarialAct.attempts + 1, last_error=str(err)[:300])
            )
        log.warning("act %s: sealing pending: %s", act.public_id, err)
        return False
    digest = hashlib.sha256(sealed).hexdigest()
    with database.session() as session:
        done = session.execute(
            update(NotarialAct)
            .where(NotarialAct.id == act.id, NotarialAct.state == SEALING_PENDING)
            .values(
                state=SEALED,
                sealed_at=utcnow(),
                attempts=NotarialAct.attempts + 1,
                last_error=None,
                sealed_pdf=sealed,
                sealed_sha256=digest,
                seal_signer=report.signer[:300],
                seal_cert_sha256=report.signer_cert_sha256,
                seal_time=report.signed_at,
            )
        )
        if done.rowcount != 1:  # type: ignore[attr-defined]
            return False  # another worker sealed it first
        journal.append(
            session,
            ACTOR,
            "act.sealed",
            f"act:{act.public_id}",
            {
                "sealed_sha256": digest,
                "seal_signer": report.signer,
                "seal_cert_sha256": report.signer_cert_sha256,
                "time_stamp": report.signed_at.isoformat() if report.signed_at else None,
            },
        )
    log.info("act %s sealed", act.public_id)
    return True


def seal_pending(database: Database, settings: EvidenceSettings, roots: Roots) -> int:
    """One round over the pending acts; how many were sealed."""
    return sum(seal_one(database, settings, roots, act) for act in pending(database))
