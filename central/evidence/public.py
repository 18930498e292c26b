"""The verdict `/public/verify` gives for an upload or an act's QR link, in plain Chinese (and
English under it). An upload names what it is in its seal's reason: a notarial act's number, or
a mediation agreement's number and version. Either is found by that number alone (one indexed
look-up, whatever the upload), then compared with the sealed copy's digest."""

from __future__ import annotations

import hashlib
import re
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from central.evidence.answers import ActFacts, AgreementFacts, SealAnswer
from central.evidence.models import NotarialAct
from central.evidence.signer import Roots
from central.evidence.verify_pdf import SealReport, read_seal
from central.mediation.agreement_model import SEALED, MediationAgreement
from central.mediation.agreement_seal import mediated_by

_ACT_IN_REASON = re.compile(r"NA-\d{8}-[0-9A-F]{8}")
_AGREEMENT_IN_REASON = re.compile(r"人民调解协议书 (MA-\d{8}-[0-9A-F]{8})")


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


def agreement_facts(session: Session, report: SealReport, digest: str) -> AgreementFacts | None:
    """The sealed agreement an upload's seal names, only when that seal is intact and trusted:
    a number typed into a forged or self-made seal learns nothing."""
    found = _AGREEMENT_IN_REASON.search(report.reason)
    if found is None or not (report.intact and report.trusted):
        return None
    row = session.scalars(
        select(MediationAgreement).where(MediationAgreement.public_id == found.group(1))
    ).first()
    if row is None or row.state != SEALED:
        return None
    organisation = mediated_by(session, row.session_id)
    return AgreementFacts(
        agreement=row.public_id,
        document="人民调解协议书",
        version=row.version,
        organisation=organisation[1] if organisation else "",
        sealed_at=row.sealed_at,
        same_as_recorded=row.sealed_sha256 == digest,
    )


def _agreement_verdict(
    answer: SealAnswer, facts: AgreementFacts, zone: ZoneInfo
) -> tuple[str, str]:
    at = facts.sealed_at or answer.signed_at
    day = at.astimezone(zone).date() if at else None
    zh_day = f"{day.year}年{day.month}月{day.day}日" if day else "（日期不详）"
    en_day = day.isoformat() if day else "(date unknown)"
    head = (
        f"签章有效：这是一份人民调解协议书（编号 {facts.agreement}，第{facts.version}版），"
        f"由{answer.signer}于{zh_day}盖章"
    )
    head_en = (
        f"Valid seal: a people's mediation agreement (No. {facts.agreement}, version "
        f"{facts.version}), sealed by {answer.signer} on {en_day}"
    )
    if facts.same_as_recorded:
        return (
            f"{head}，与本系统存档的盖章件完全一致。",
            f"{head_en}; identical to the sealed copy this service keeps.",
        )
    why = f"（{answer.what_changed}）" if answer.updated_after_sealing else ""
    return (
        f"{head}；但这份文件不是本系统存档的那一份盖章件{why}。",
        f"{head_en}; but this file is not the sealed copy this service keeps.",
    )


def _verdict(answer: SealAnswer, zone: ZoneInfo) -> tuple[str, str]:
    """(Chinese, English); an agreement's day of sealing in the service's time zone."""
    if not answer.sealed:
        return "该文件没有电子签章，无法核验。", "This file carries no electronic seal."
    if not answer.intact:
        return (
            "签章无效：盖章后文件内容被改动过。",
            "Invalid seal: the sealed content was changed.",
        )
    if not answer.certificate_valid_then:
        return (
            "签章的证书不受信任，或盖章时证书已失效。",
            "The seal's certificate is not trusted, or was not valid when it sealed.",
        )
    if answer.altered:
        return (
            f"盖章后文件被改动过：{answer.what_changed}。",
            "The file was changed after it was sealed.",
        )
    if answer.agreement is not None:
        return _agreement_verdict(answer, answer.agreement, zone)
    if answer.act is None:
        return (
            "签章有效，但本系统没有这份公证书的记录。",
            "Valid seal, but this service has no record of this notarial certificate.",
        )
    if answer.updated_after_sealing and not answer.same_as_sealed:
        return (
            f"签章有效；盖章后有更新：{answer.what_changed}。",
            "Valid seal; updated after sealing in a permitted way.",
        )
    return "签章有效，文件自盖章后未被改动。", "Valid seal; the file is unchanged since sealing."


def seal_answer(session: Session, data: bytes, roots: Roots, zone: ZoneInfo) -> SealAnswer:
    """NotAPdf propagates (the route answers 415 naming what is accepted)."""
    report = read_seal(data, roots)
    found = _ACT_IN_REASON.search(report.reason)
    act = (
        session.scalars(select(NotarialAct).where(NotarialAct.public_id == found.group())).first()
        if found
        else None
    )
    digest = hashlib.sha256(data).hexdigest()
    agreement = None if found else agreement_facts(session, report, digest)
    same = (act is not None and act.sealed_sha256 == digest) or (
        agreement is not None and agreement.same_as_recorded
    )
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
        verdict_en="",
        act=act_facts(act) if act is not None and act.state == "sealed" else None,
        agreement=agreement,
    )
    zh, en = _verdict(answer, zone)
    return answer.model_copy(update={"verdict": zh, "verdict_en": en, "time_zone": zone.key})
