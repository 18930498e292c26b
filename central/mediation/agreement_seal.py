"""Sealing agreements every party signed, through the evidence seal (PAdES B-LT, time-stamped).

Run in the evidence task's rounds: an agreement stays `sealing_pending` (attempts counted, the
reason kept) while the time-stamp or revocation services are down, and is taken up again at
the next round; it becomes `sealed` only with a seal that was read back whole. It is sealed in
the name of the organisation that mediated it when that one has its own seal
(central.evidence.identity), else with the office seal."""

from __future__ import annotations

import hashlib
import logging

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from central.clock import utcnow
from central.db import Database
from central.evidence.identity import sealing_as
from central.evidence.seal import SealError, seal_pdf
from central.evidence.settings import EvidenceSettings
from central.evidence.signer import Roots, SignerError
from central.journal import chain as journal
from central.mediation.agreement_model import SEALED, SEALING_PENDING, MediationAgreement
from central.models import Organisation, Staff
from central.sessions.models import VideoSession

log = logging.getLogger(__name__)
ACTOR = "system:evidence"


def _fail(database: Database, row_id: int, err: Exception) -> None:
    with database.session() as session:
        session.execute(
            update(MediationAgreement)
            .where(MediationAgreement.id == row_id, MediationAgreement.state == SEALING_PENDING)
            .values(attempts=MediationAgreement.attempts + 1, last_error=str(err)[:300])
        )


def mediated_by(session: Session, session_id: int) -> tuple[str, str] | None:
    """(code, name) of the organisation whose mediator took the session: the agreement is
    sealed in its name when it has a seal of its own."""
    found = session.execute(
        select(Organisation.code, Organisation.name)
        .join(Staff, Staff.organisation_id == Organisation.id)
        .join(VideoSession, VideoSession.claimed_by_id == Staff.id)
        .where(VideoSession.id == session_id)
    ).first()
    return (found[0], found[1]) if found is not None else None


def seal_one(database: Database, settings: EvidenceSettings, roots: Roots, row_id: int) -> bool:
    """Try once; True when the agreement is sealed now."""
    with database.session() as session:
        row = session.get(MediationAgreement, row_id)
        if row is None or row.state != SEALING_PENDING or row.pdf is None:
            return False
        public_id, pdf, version = row.public_id, row.pdf, row.version
        mediating = mediated_by(session, row.session_id)
    code, name = mediating or (None, "")
    try:
        sealed, report = seal_pdf(
            pdf,
            public_id,
            sealing_as(settings, code, name),
            roots,
            reason=f"人民调解协议书 {public_id} 第{version}版",
        )
    except (SealError, SignerError) as err:
        _fail(database, row_id, err)
        log.warning("agreement %s: sealing pending: %s", public_id, err)
        return False
    digest = hashlib.sha256(sealed).hexdigest()
    with database.session() as session:
        done = session.execute(
            update(MediationAgreement)
            .where(MediationAgreement.id == row_id, MediationAgreement.state == SEALING_PENDING)
            .values(
                state=SEALED,
                sealed_at=utcnow(),
                attempts=MediationAgreement.attempts + 1,
                last_error=None,
                sealed_pdf=sealed,
                sealed_sha256=digest,
            )
        )
        if done.rowcount != 1:  # type: ignore[attr-defined]
            return False  # another worker sealed it first
        journal.append(
            session,
            ACTOR,
            "agreement.sealed",
            f"agreement:{public_id}",
            {"version": version, "sealed_sha256": digest, "mediated_by": code,
             "seal_cert_sha256": report.signer_cert_sha256, "sealed_as": report.signer,
             "time_stamp": report.signed_at.isoformat() if report.signed_at else None},
        )  # fmt: skip
    log.info("agreement %s sealed", public_id)
    return True


def seal_pending_agreements(database: Database, settings: EvidenceSettings, roots: Roots) -> int:
    with database.session() as session:
        ids = session.scalars(
            select(MediationAgreement.id)
            .where(MediationAgreement.state == SEALING_PENDING)
            .order_by(MediationAgreement.id)
        ).all()
    return sum(seal_one(database, settings, roots, i) for i in ids)
