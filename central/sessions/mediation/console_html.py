"""The mediator's mediation page in the console: participants (how each was identified, when
they consented), invitations, the invite form, mute / remove / side-talk buttons, who has
consented to the recording and who has not yet, and the slot the agreement panel loads into
(`#agreement-slot`, from /console/sessions/{id}/agreement/section)."""

from __future__ import annotations

from html import escape
from zoneinfo import ZoneInfo

from api_client.schemas.mediation import MediationState, ParticipantShown
from central.console.recordings_html import recording_form
from central.console.sessions_call_html import end_form
from central.console.sessions_html import local, message, shell
from central.console.words import bi, bi_text, data

JOINED_BY = {
    "id_card": ("身份证读卡", "ID card read at a kiosk"),
    "passport": ("护照", "passport"),
    "face_check": ("人脸核验", "face check"),
    "code_and_id_last4": ("邀请码和身份证后四位", "invitation code and ID last four"),
    "staff_login": ("工作人员登录", "staff login"),
    "declared": ("自述身份", "declared only"),
    "none": ("未核验", "not identified"),
}
DELIVERY = {"sms": ("短信", "SMS"), "kiosk_print": ("一体机打印", "kiosk print")}
STATES = {
    "sent": ("已发送", "sent"),
    "redeemed": ("已加入", "joined"),
    "expired": ("已过期", "expired"),
    "locked": ("已锁定", "locked"),
    "withdrawn": ("已撤回", "withdrawn"),
}
ROLES = {
    "resident": ("申请人", "resident"),
    "other_party": ("另一方当事人", "other party"),
    "mediator": ("调解员", "mediator"),
}


def _button(action: str, label: tuple[str, str], name: str = "", value: str = "") -> str:
    field = f'<input type="hidden" name="{name}" value="{escape(value)}">' if name else ""
    return (
        f'<form method="post" action="{escape(action)}" class="inline">{field}'
        f'<button type="submit" class="secondary">{bi(*label)}</button></form>'
    )


def _row(base: str, p: ParticipantShown, state: MediationState, zone: ZoneInfo) -> str:
    actions = ""
    if p.role != "mediator":
        mute = ("取消静音", "Unmute") if p.muted else ("静音", "Mute")
        actions += _button(
            f"{base}/participants/{p.participant_id}/mute", mute, "muted", str(not p.muted)
        )
        actions += _button(f"{base}/participants/{p.participant_id}/remove", ("移出", "Remove"))
        if state.side_talk is None:
            actions += _button(
                f"{base}/side-talk", ("单独谈话", "Side talk"), "participant_id", p.participant_id
            )
    flags = []
    if p.muted:
        flags.append(bi("已静音", "muted"))
    if p.in_side_talk:
        flags.append(bi("单独谈话中", "in side talk"))
    return (
        f"<tr><td>{data(p.display_name)}</td><td>{bi(*ROLES[p.role])}</td>"
        f"<td>{bi(*JOINED_BY[p.joined_by])}</td>"
        f"<td>{escape(local(p.consented_at, zone)) if p.consented_at else '-'}</td>"
        f"<td>{' '.join(flags)}</td>"
        f'<td><div style="display:flex;flex-wrap:wrap;gap:6px">{actions}</div></td></tr>'
    )


def _who(state: MediationState, participant_id: str) -> str:
    """A participant as the mediator knows them: the (masked) name and the role, not the id."""
    for p in state.participants:
        if p.participant_id == participant_id:
            return f"{data(p.display_name)} ({bi(*ROLES[p.role])})"
    return data(participant_id)


def _named(p: ParticipantShown) -> str:
    return f"{data(p.display_name)} ({bi(*ROLES[p.role])})"


def _items(items: list[str]) -> str:
    return "".join(f"<li>{item}</li>" for item in items) or f"<li>{bi('无', 'nobody')}</li>"


def _recording_consent(state: MediationState, zone: ZoneInfo, recording_started: bool) -> str:
    """Who has consented to the recording and who has not yet, by masked name and role. A
    party who joined by invitation consented on joining (the consent names the call's audio
    and video); the resident consents by voice when the mediator reads the notice, which
    the mediator confirms with the boxes below when starting the recording. Refreshed with
    the participants (`data-refresh`)."""
    given: list[str] = []
    pending: list[str] = []
    for p in state.participants:
        if p.role == "mediator":
            continue
        if p.role == "resident" and recording_started:
            given.append(
                f"{_named(p)} {bi('口头同意，录像开始时确认', 'spoken, confirmed at the start')}"
            )
        elif p.role == "resident":
            pending.append(
                f"{_named(p)} {bi('请宣读告知并勾选下方两项', 'read the notice, tick both boxes')}"
            )
        elif p.consented_at is not None:
            at = escape(local(p.consented_at, zone))
            given.append(f"{_named(p)} {bi('加入时同意', 'on joining')} {at}")
        else:
            pending.append(_named(p))
    for i in state.invitations:
        if i.state == "sent":
            invited = bi("已邀请，尚未加入", "invited, not joined yet")
            pending.append(f"{data(i.display_name)} ({bi(*ROLES['other_party'])}) {invited}")
    return (
        '<div id="recording-consent" data-refresh>'
        f"<p><strong>{bi('已同意录像', 'Consented to recording')}</strong></p>"
        f'<ul id="recording-consented">{_items(given)}</ul>'
        f"<p><strong>{bi('尚未同意', 'Not consented yet')}</strong></p>"
        f'<ul id="recording-not-consented">{_items(pending)}</ul></div>'
    )


def _recording(state: MediationState, zone: ZoneInfo, recording_started: bool) -> str:
    """The recording form, its confirmations naming the resident, and who consented."""
    residents = [_named(p) for p in state.participants if p.role == "resident"]
    resident = " ".join(residents) or bi("申请人", "the resident")
    return recording_form(
        state.session_id,
        _recording_consent(state, zone, recording_started),
        f"{bi('已向申请人宣读录像告知', 'I read the recording notice aloud to')} {resident}",
        f"{resident} {bi('已口头表示同意', 'stated consent, spoken')}",
    )


def _invite_form(base: str) -> str:
    return (
        f'<form method="post" action="{base}/invite" class="invite" '
        'style="display:flex;flex-direction:column;gap:10px;max-width:36em">'
        f"<h2>{bi('邀请另一方当事人', 'Invite the other party')}</h2>"
        f'<label>{bi("姓名", "Name")} <input name="display_name" required maxlength="40"></label>'
        f"<label>{bi('身份证后四位', 'ID number, last four')} "
        '<input name="id_last4" required pattern="[0-9]{3}[0-9Xx]" maxlength="4" '
        'inputmode="numeric"></label>'
        f"<fieldset><legend>{bi('送达方式', 'Delivery')}</legend>"
        f'<label><input type="radio" name="delivery" value="sms" checked> {bi("短信", "SMS")}'
        "</label>"
        f'<label><input type="radio" name="delivery" value="kiosk_print"> '
        f"{bi('在一体机打印二维码', 'printed as a QR code at the kiosk')}</label></fieldset>"
        f'<label>{bi("手机号(短信)", "Mobile (for SMS)")} <input name="phone" maxlength="11" '
        'inputmode="tel" pattern="1[3-9][0-9]{9}"></label>'
        f'<label>{bi("有效分钟", "Valid minutes")} <input name="valid_minutes" type="number" '
        'min="5" max="1440" value="60"></label>'
        f'<button type="submit">{bi("发送邀请", "Send the invitation")}</button></form>'
    )


SCRIPTS = [
    "/console/sessions/vendor/adapter.js",
    "/console/sessions/vendor/janus.js",
    "/console/sessions/static/bitrate.js",
    "/console/sessions/static/tiles.js",
    "/console/sessions/static/rooms.js",
    "/console/sessions/static/mediation.js",
    "/console/sessions/static/mediator.js",
    "/console/sessions/static/recording.js",
]
END_CONFIRM = (
    "我确认结束本次调解：所有参与人将离开通话",
    "I confirm ending this mediation: every participant leaves the call",
)
CALL_STYLE = (
    "#mediation-videos{display:grid;grid-template-columns:repeat(auto-fill,minmax(260px,1fr));"
    "gap:10px}#mediation-videos video{width:100%;background:#222;border-radius:6px}"
    "#mediation-videos video[data-room=side]{outline:4px solid #e0b84c}"
    "#mediation-videos figure{margin:0}#mediation-videos figcaption{padding:4px 2px}"
)


def _call_section(session_id: str) -> str:
    """The mediator's own call (mediator.js): every other participant's picture, the
    side room's marked, and their own camera."""
    return (
        f'<section id="mediation-call" data-session="{escape(session_id)}">'
        f"<style>{CALL_STYLE}</style>"
        f'<p id="mediation-call-status" role="status">{bi("正在连接", "Connecting")}</p>'
        '<div id="mediation-videos"><figure><video id="me" autoplay muted playsinline '
        f'aria-label="{escape(bi_text("本人画面", "my camera"))}"></video>'
        f"<figcaption>{bi('本人', 'me')}</figcaption></figure></div></section>"
    )


def page(
    state: MediationState,
    username: str,
    zone: ZoneInfo,
    note: str = "",
    cleared: int = 0,
    recording_started: bool = False,
) -> str:
    """`cleared`: the signatures the mediator's last save of the agreement cleared, for the
    panel to say so; `recording_started`: the resident's spoken consent was confirmed."""
    base = f"/console/sessions/{state.session_id}/mediation"
    rows = "".join(_row(base, p, state, zone) for p in state.participants)
    side = ""
    if state.side_talk is not None:
        recorded = (
            bi("录制为单独片段", "recorded as its own segment")
            if state.side_talk.recorded
            else bi("不录制", "not recorded")
        )
        side = (
            f'<p class="ok" role="status">{bi("单独谈话中", "Side talk on")}: '
            f"{_who(state, state.side_talk.with_participant)} · {recorded}</p>"
            + _button(f"{base}/side-talk/end", ("结束单独谈话", "End the side talk"))
        )
    invites = "".join(
        f"<tr><td>{data(i.display_name)}</td><td>{bi(*DELIVERY[i.delivery])}</td>"
        f"<td>{bi(*STATES[i.state])}</td><td>{i.attempts_left}</td>"
        f"<td>{escape(local(i.expires_at, zone))}</td></tr>"
        for i in state.invitations
    )
    body = (
        _call_section(state.session_id)
        + '<div id="mediation-now" data-refresh>'
        + message(note)
        + side
        + f"<h2>{bi('参与人', 'Participants')}</h2><table><thead><tr>"
        f"<th>{bi('姓名', 'Name')}</th><th>{bi('身份', 'Role')}</th>"
        f"<th>{bi('身份核验方式', 'Identified by')}</th><th>{bi('同意时间', 'Consented')}</th>"
        f"<th>{bi('状态', 'State')}</th><th>{bi('操作', 'Actions')}</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
        + _invite_form(base)
        + f"<h2>{bi('邀请', 'Invitations')}</h2><table><thead><tr>"
        f"<th>{bi('姓名', 'Name')}</th><th>{bi('送达', 'Delivery')}</th>"
        f"<th>{bi('状态', 'State')}</th><th>{bi('剩余次数', 'Attempts left')}</th>"
        f"<th>{bi('有效期至', 'Expires')}</th></tr></thead><tbody>{invites}</tbody></table>"
        + "</div>"
        + '<section id="agreement-slot" '
        f'data-src="/console/sessions/{state.session_id}/agreement/section'
        f'{f"?cleared={cleared}" if cleared else ""}">'
        f"<h2>{bi('调解协议', 'Agreement')}</h2></section>"
        + _recording(state, zone, recording_started)
        + end_form(state.session_id, END_CONFIRM, ("结束调解", "End the mediation"))
    )
    return shell(
        ("人民调解", "Mediation"),
        username,
        body,
        scripts=SCRIPTS,
        styles=["/console/sessions/static/tiles.css"],
    )
