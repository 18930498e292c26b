"""The other party's page in a browser: `/join/{invitation_id}?code=...` asks for the last four
of the ID number and the consent, then joins the call with janus.js (relay only) and follows
MediationState: the side room when the guest is in a side talk, a note while the mediator
talks with the other party alone. Served with the console's CSP (scripts from this service
only: /console/sessions/static/join.js and the vendor janus.js and adapter.js)."""

from __future__ import annotations

from html import escape

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from api_client.schemas.mediation import INVITATION_CODE_PATTERN
from central.api.console_sessions import page_csp
from central.console.words import bi
from central.sessions.mediation.deps import InvitationId

router = APIRouter(tags=["mediation (guest)"])

CONSENT = (
    "我同意本次人民调解处理我的个人信息(姓名、身份证号后四位、通话音视频),"
    "用于核验身份、进行调解和依法留存记录。",
    "I consent to this people's mediation processing my personal data (name, last four of my "
    "ID number, the call's audio and video) to check who I am, to mediate and to keep the "
    "record the law requires.",
)
SIDE_NOTE = (
    "调解员正在与另一方单独谈话,请稍候。",
    "The mediator is talking with the other party alone; please wait.",
)
STYLE = (
    "body{font-family:'WenQuanYi Micro Hei',sans-serif;margin:0;background:#f4f6f8;color:#1b1f24}"
    "main{max-width:960px;margin:0 auto;padding:24px}h1{font-size:1.6rem}"
    ".en{color:#4a5563;font-size:.9em}form{background:#fff;padding:20px;border-radius:8px;"
    "display:grid;gap:14px;max-width:560px}input[type=text]{font-size:1.4rem;width:6em;"
    "padding:6px}button{font-size:1.2rem;padding:10px 18px;background:#0b5cad;color:#fff;"
    "border:0;border-radius:6px;cursor:pointer}button .en{color:#e3edf8}#videos{display:grid;"
    "grid-template-columns:repeat(auto-fill,minmax(280px,1fr));gap:10px;margin-top:16px}"
    "video{width:100%;background:#222;border-radius:6px}figure{margin:0}"
    "figcaption{font-size:.95rem;padding:4px 2px}.note{background:#fff4d6;padding:12px;"
    "border-radius:6px;border:1px solid #e0b84c}.alert{background:#fde8e8;padding:12px;"
    "border-radius:6px;border:1px solid #c0392b}[hidden]{display:none}"
)


def page(invitation_id: str, code: str, consent_version: str) -> str:
    return (
        '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<title>人民调解 Mediation - LexKiosk</title>"
        f"<style>{STYLE}</style>"
        '<link rel="stylesheet" href="/console/sessions/static/tiles.css">'
        '<script src="/console/sessions/vendor/adapter.js" defer></script>'
        '<script src="/console/sessions/vendor/janus.js" defer></script>'
        '<script src="/console/sessions/static/bitrate.js" defer></script>'
        '<script src="/console/sessions/static/tiles.js" defer></script>'
        '<script src="/console/sessions/static/rooms.js" defer></script>'
        '<script src="/console/sessions/static/join.js" defer></script></head><body><main>'
        f"<h1>{bi('加入视频调解', 'Join the video mediation')}</h1>"
        f'<form id="join" data-invitation="{escape(invitation_id)}" data-code="{escape(code)}" '
        f'data-consent-version="{escape(consent_version)}">'
        f'<label for="last4">{bi("请输入您身份证号码的后四位", "The last four of your ID number")}'
        "</label>"
        '<input id="last4" name="last4" type="text" required maxlength="4" '
        'pattern="[0-9]{3}[0-9Xx]" autocomplete="off" inputmode="numeric">'
        f'<p id="consent-text">{bi(*CONSENT)}</p>'
        f'<label><input id="consent" type="checkbox" required> {bi("我同意", "I agree")}</label>'
        f'<button type="submit">{bi("同意并加入", "Agree and join")}</button>'
        '<p id="error" class="alert" role="alert" hidden></p></form>'
        f'<section id="call" hidden><p id="status" role="status">{bi("正在连接", "Connecting")}</p>'
        f'<p id="side-note" class="note" hidden>{bi(*SIDE_NOTE)}</p>'
        '<p id="agreement-link" hidden><a id="agreement-open" target="_blank" rel="noopener">'
        f"{bi('阅读并签署调解协议', 'Read and sign the agreement')}</a></p>"
        '<div id="videos"><figure><video id="me" autoplay muted playsinline></video>'
        f"<figcaption>{bi('本人', 'me')}</figcaption></figure></div></section>"
        "</main></body></html>"
    )


@router.get("/join/{invitation_id}", response_class=HTMLResponse)
def join(
    invitation_id: InvitationId,
    request: Request,
    code: str = Query("", pattern=f"{INVITATION_CODE_PATTERN}|^$"),
) -> HTMLResponse:
    """The invitation link's page (anonymous: the code and the last four are checked when
    the guest submits, by the rate-limited redeem route)."""
    settings = request.app.state.settings
    media = settings.media
    csp = page_csp(request, media.participant_janus_url if media is not None else None)
    return HTMLResponse(
        page(invitation_id, code, settings.mediation.consent_version),
        headers={"Content-Security-Policy": csp},
    )
