"""The parts of the mediator's agreement panel after the form: the mediator's confirmation
(their signature in the mediator's slot, for the version on screen) and, once sealed, each
party's copy link with its QR code.

The confirmation is one button: the console's script draws the mediator's name as the
signature image (the mediator confirms on a desk computer, not a touchscreen) and posts it
with the version the panel shows, so a change made meanwhile is refused and the panel says so.

Stable ids: #agreement-confirm (also data-testid="agreement-confirm"; data-version, data-name),
#agreement-confirm-message (data-result: confirmed / changed / refused), #agreement-confirmed
(data-testid="agreement-confirmed"), #agreement-copies (one li.copy per party, data-role).
"""

from __future__ import annotations

from html import escape
from zoneinfo import ZoneInfo

from api_client.schemas.agreement import AgreementOut, CopyLink
from api_client.schemas.mediation import MediationRole
from central.console.sessions_html import local
from central.console.words import bi
from central.mediation.agreement_html import ROLE_WORDS
from central.mediation.agreement_model import SIGNING


def confirmation(shown: AgreementOut, name: str, zone: ZoneInfo) -> str:
    """The button while the mediator's slot is open, the time of the confirmation after."""
    mine = next(s for s in shown.signatures if s.role == "mediator")
    if mine.signed:
        when = local(mine.signed_at, zone)
        said = bi(
            f"调解员已确认第{shown.version}版（{when}）。",
            f"You confirmed version {shown.version} ({when}).",
        )
        return (
            '<p id="agreement-confirmed" data-testid="agreement-confirmed" class="ok" '
            f'role="status">{said}</p>'
        )
    if shown.state != SIGNING:
        return ""
    hint = bi(
        f"核对第{shown.version}版无误后，点击确认，即以调解员身份签名。",
        f"Check version {shown.version}, then confirm: this signs it as the mediator.",
    )
    return (
        f'<div id="agreement-confirm-box"><p class="hint">{hint}</p>'
        f'<button type="button" id="agreement-confirm" data-testid="agreement-confirm" '
        f'data-version="{shown.version}" data-name="{escape(name)}">'
        f"{bi('调解员确认协议', 'Confirm as the mediator')}</button>"
        '<p id="agreement-confirm-message" role="status"></p></div>'
    )


def copies(links: list[tuple[MediationRole, CopyLink]], zone: ZoneInfo) -> str:
    """Each party's copy: the download link and its QR code, to read out, send or show."""
    items = []
    for role, link in links:
        until = local(link.expires_at, zone)
        items.append(
            f'<li class="copy" data-role="{role}">{bi(*ROLE_WORDS[role])}: '
            f'<a href="{escape(link.url)}">{bi("下载副本", "download the copy")}</a> '
            f"<small>{bi(f'有效期至 {until}', f'valid until {until}')}</small><br>"
            f'<img src="data:image/png;base64,{link.qr_png_b64}" width="148" height="148" '
            f'alt="{escape(ROLE_WORDS[role][0])}副本二维码 QR code of the copy"></li>'
        )
    title = bi("各方副本（链接和二维码）", "Each party's copy (link and QR code)")
    return f'<h3>{title}</h3><ul id="agreement-copies">{"".join(items)}</ul>'
