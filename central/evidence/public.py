"""The verdict `/public/verify` gives for an upload or an act's QR link, in plain Chinese."""

from __future__ import annotations

import hashlib
import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from central.evidence.answers import ActFacts, SealAnswer
from central.evidence.models import NotarialAct
from central.evidence.signer import Roots
from central.evidence.verify_pdf import read_seal

_ACT_IN_REASON = re.compile(r"NA-\d{8}-[0-9A-F]{8}")


def act_facts(act: NotarialAct) -> ActFacts:
    return ActFacts(
        act=act.public_id,
        kind=str(act.record.get("kind", "")),
        organisation=str(act.record.get("organisation", "")),
        state="sealed" if act.state == "sealed" else "sealing_pending",
        recorded_at=act.created_at,
        sealed_at=act.sealed_at,
        seal_signer=act.seal_signer,
        time_stamp=act.seal_time,
    )


def _verdict(answer: SealAnswer) -> str:
    if not answer.sealed:
        return "该文件没有电子签章，无法核验。"
    if not answer.intact:
        return "签章无效：盖章后文件内容被改动过。"
    if not answer.certificate_valid_then:
        return "签章的证书不受信任，或盖章时证书已失效。"
    if answer.altered:
        return f"盖章后文件被改动过：{answer.what_changed}。"
    if answer.act is None:
        return "签章有效，但本系统没有这份公证书的记录。"
    if answer.updated_after_sealing and not answer.same_as_sealed:
        return f"签章有效；盖章后有更新：{answer.what_changed}。"
    return "签章有效，文件自盖章后未被改动。"


def seal_answer(session: Session, data: bytes, roots: Roots) -> SealAnswer:
    """NotAPdf propagates (the route answers 415 naming what is accepted)."""
    report = read_seal(data, roots)
    found = _ACT_IN_REASON.search(report.reason)
    act = (
        session.scalars(select(NotarialAct).where(NotarialAct.public_id == found.group())).first()
        if found
        else None
    )
    same = act is not None and act.sealed_sha256 == hashlib.sha256(data).hexdigest()
    answer = SealAnswer(
        sealed=report.sealed,
        signer=report.signer,
        signed_at=report.signed_at,
        intact=report.intact,
        certificate_valid_then=report.trusted,
        timestamped=report.timestamped,
        revocation_embedded=report.revocation_embedded,
        altered=report.sealed and not report.permitted,
        updated_after_sealing=report.updated_after and not same,
        update_permitted=report.permitted,
        what_changed=report.what_changed,
        same_as_sealed=same,
        verdict="",
        act=act_facts(act) if act is not None and act.state == "sealed" else None,
    )
    return answer.model_copy(update={"verdict": _verdict(answer)})
