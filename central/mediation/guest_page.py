"""The guest's agreement page, `/guest/sessions/{id}/agreement`: the other party in a browser
reads the current version and signs it on a canvas (pointer events; the script sends the
drawing as PNG). The script is a file of this service (the CSP allows no inline script); it
refuses to send an empty canvas and shows the service's answer, including "the agreement
changed, please read it again" when the mediator edited it meanwhile."""

from __future__ import annotations

from pathlib import Path
from typing import Final

from fastapi import APIRouter, FastAPI
from fastapi.responses import HTMLResponse, Response

from central.api.deps import SessionDep
from central.console.words import WORDS_STYLE, bi
from central.mediation import agreement, parties
from central.mediation.agreement_html import agreement_block
from central.mediation.guest import GuestDep
from central.sessions.deps import SessionId

router = APIRouter(prefix="/guest/sessions", tags=["mediation guest pages"])
SCRIPT: Final = Path(__file__).resolve().parent / "static" / "agreement_sign.js"
CSP: Final = (
    "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'"
)
_STYLE = (
    "body{font-family:sans-serif;max-width:46rem;margin:1rem auto;padding:0 1rem;color:#1b232b}"
    "pre{white-space:pre-wrap;font:inherit;line-height:1.7;background:#f6f7f8;padding:1rem}"
    "#pad{border:2px solid #4a5560;touch-action:none;background:#fff;width:100%;max-width:600px}"
    "button{font-size:1.1rem;padding:.6rem 1.2rem;margin:.5rem .5rem 0 0}"
    ".signed{color:#136c2e}.unsigned{color:#8a4b00}#sign-message{font-weight:bold}" + WORDS_STYLE
)


@router.get("/{session_id}/agreement", response_class=HTMLResponse)
def agreement_page(session_id: SessionId, admitted: GuestDep, session: SessionDep) -> Response:
    vs, party = parties.guest(session, admitted, session_id)
    shown = agreement.shown(session, vs, party.role)
    mine = next(s for s in shown.signatures if s.role == party.role)
    pad = (
        f'<p id="sign-message">{bi("您已签名。", "You have signed.")}</p>'
        if mine.signed
        else f"<h3>{bi('请在下面签名', 'Sign below')}</h3>"
        '<canvas id="pad" width="600" height="220" aria-label="签名板 Signature pad"></canvas>'
        f'<div><button id="clear" type="button">{bi("重写", "Clear")}</button>'
        f'<button id="sign" type="button">{bi("确认签名", "Sign")}</button></div>'
        '<p id="sign-message" role="status"></p>'
    )
    html = (
        '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{shown.title}</title><style>{_STYLE}</style></head>"
        f'<body><main data-session="{vs.public_id}" data-version="{shown.version}">'
        f"{agreement_block(shown)}{pad}</main>"
        f'<script src="/guest/sessions/{vs.public_id}/agreement/sign.js"></script></body></html>'
    )
    return HTMLResponse(html, headers={"Content-Security-Policy": CSP, "Cache-Control": "no-store"})


@router.get("/{session_id}/agreement/sign.js")
def agreement_script(session_id: SessionId, admitted: GuestDep, session: SessionDep) -> Response:
    parties.guest(session, admitted, session_id)
    return Response(SCRIPT.read_text(encoding="utf-8"), media_type="text/javascript; charset=utf-8")


def install(app: FastAPI) -> None:
    app.include_router(router)
