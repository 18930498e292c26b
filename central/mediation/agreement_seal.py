"""Sealing agreements every party signed, through the evidence seal (PAdES B-LT, time-stamped).

Run in the evidence task's rounds: an agreement stays `sealing_pending` (attempts counted, the
reason kept) while the time-stamp or revocation services are down, and is taken up again at
the next round; it becomes `sealed` only with a seal that was read back whole."""

from __future__ import annotations

import hashlib
import logging

from sqlalchemy import select, update

from central.clock import utcnow
from central.db import Database
from central.evidence.seal import SealError, seal_pdf
from central.evidence.settings import EvidenceSettings
from central.evidence.signer import Roots, SignerError
from central.journal import chain as journal
from central.mediation.agreement_model import SEALED, SEALING_PENDING, MediationAgreement

log = logging.getLogger(__name__)
ACTOR = "system:evidence"


def _fail(database: Database, row_id: int, err: Exception) -> None:
    with database.session() as session:
        session.execute(
            update(MediationAgreement)
            .where(MediationAgreement.id == row_id, MediationAgreement.state == SEALING_PENDING)
            .values(attempts=MediationAgreement.attempts + 1, last_error=str(err)[:300])
        )


def seal_one(database: Database, settings: EvidenceSettings, roots: Roots, row_id: int) -> bool:
    """Try once; True when the agreement is sealed now."""
    with database.session() as session:
        row = session.get(MediationAgreement, row_id)
        if row is None or row.state != SEALING_PENDING or row.pdf is None:
            return False
        public_id, pdf, version = row.public_id, row.pdf, row.version
    try:
        sealed, report = seal_pdf(
            pdf, public_id, settings, roots, reason=f"人民调解协议书 {public_id} 第{version}版"
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
            {"version": version, "sealed_sha256": digest,
             "seal_cert_sha256": report.signer_cert_sha256,
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
