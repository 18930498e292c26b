"""The agreement as HTML, for the guest's page and the mediator's console panel: the title,
the rendered text, each party's signature status and the seal status.

Stable ids: #agreement (with data-version and data-state), #agreement-text, #signatures,
#seal-state.
"""

from __future__ import annotations

from html import escape

from api_client.schemas.agreement import AgreementOut
from central.console.words import bi

ROLE_WORDS = {
    "resident": ("申请方当事人", "resident"),
    "other_party": ("另一方当事人", "other party"),
    "mediator": ("人民调解员", "mediator"),
}
STATE_WORDS = {
    "signing": ("等待各方签名", "waiting for every party's signature"),
    "sealing_pending": ("各方已签名，正在盖章", "signed by all, the seal is pending"),
    "sealed": ("已盖章", "sealed"),
}


def signatures_list(shown: AgreementOut) -> str:
    items = []
    for sig in shown.signatures:
        done = bi("已签名", "signed") if sig.signed else bi("未签名", "not signed")
        mark = "signed" if sig.signed else "unsigned"
        items.append(
            f'<li class="{mark}" data-role="{sig.role}">{bi(*ROLE_WORDS[sig.role])}: {done}</li>'
        )
    return f'<ul id="signatures">{"".join(items)}</ul>'


def agreement_block(shown: AgreementOut) -> str:
    # the body starts with the title, already the heading
    text = shown.text.removeprefix(shown.title).lstrip("\n")
    return (
        f'<section id="agreement" data-version="{shown.version}" data-state="{shown.state}">'
        f"<h2>{escape(shown.title)} <small>{bi(f'第{shown.version}版', f'version {shown.version}')}"
        f'</small></h2><pre id="agreement-text">{escape(text)}</pre>'
        f"{signatures_list(shown)}"
        f'<p id="seal-state">{bi(*STATE_WORDS[shown.state])}</p></section>'
    )
