"""The call page's section on the resident's identity: each proof (at the start, after each
drop) with its method, result and masked subject, whether a re-proof is still missing (the
act cannot complete until it passes), and the document image opened on demand.

Stable ids: #identity-proofs (the section, with data-reproof-needed), #reproof-needed.
"""

from __future__ import annotations

from html import escape
from zoneinfo import ZoneInfo

from api_client.schemas.identity_proofs import IdentityProofOut, IdentityProofs
from central.console.sessions_html import local, words
from central.console.words import bi, data

OCCASION_WORDS = {"start": ("开始时", "at the start"), "reproof": ("中断后再次核验", "re-proof")}
METHOD_WORDS = {
    "id_card": ("刷身份证", "ID card tapped"),
    "passport": ("护照", "passport"),
    "face_check": ("人脸核验", "face check"),
}
RESULT_WORDS = {"passed": ("通过", "passed"), "failed": ("未通过", "failed")}


def _row(proof: IdentityProofOut, session_id: str, zone: ZoneInfo) -> str:
    opener = (
        f' <a class="document" target="_blank" rel="noopener" href="/console/sessions/'
        f'{escape(session_id)}/identity/{proof.number}/document">'
        f"{bi('查看证件图像', 'Open the document image')}</a>"
        if proof.has_document
        else ""
    )
    detail = f" <small>{data(proof.detail)}</small>" if proof.detail else ""
    return (
        f'<li class="proof {proof.result}"><time>{local(proof.at, zone)}</time> '
        f"{words(OCCASION_WORDS, proof.occasion)}: {words(METHOD_WORDS, proof.method)} "
        f"<strong>{words(RESULT_WORDS, proof.result)}</strong> "
        f"{data(proof.subject_masked)}{detail}{opener}</li>"
    )


def _needed(status: IdentityProofs) -> str:
    if status.reproof_needed:
        return (
            '<p id="reproof-needed" class="warning" role="alert">'
            + bi(
                "通话中断后尚未重新核验身份：核验通过前不能办结。",
                "The call dropped and identity has not been proved again: "
                "the act cannot complete until it passes.",
            )
            + "</p>"
        )
    if status.drops:
        said = bi("每次中断后均已重新核验。", "Re-proved after each drop.")
        return f'<p id="reproof-needed">{said}</p>'
    return ""


def proofs_section(status: IdentityProofs, zone: ZoneInfo) -> str:
    items = "".join(_row(p, status.session_id, zone) for p in status.proofs) or (
        f"<li>{bi('终端尚未报告核验结果', 'No identity proof reported yet')}</li>"
    )
    needed = "true" if status.reproof_needed else "false"
    return (
        f'<section id="identity-proofs" class="card" data-reproof-needed="{needed}" '
        f'aria-labelledby="proofs-title" aria-live="polite">'
        f'<h2 id="proofs-title">{bi("身份核验记录", "Identity proofs")}</h2>'
        f'{_needed(status)}<ol class="proofs">{items}</ol></section>'
    )
