"""The call page (`/console/sessions/{id}`): the video beside what the staff member needs,
and the page after the end showing what became of the request.

Stable element ids for tests and the browser-call harness: #remote-video, #local-video,
#remote-audio, #call-status, #caption-input, #note-input, #hand-over-to, #end-outcome.
The script (sessions_static/call.js) reads the session and the ICE policy from #call's
data attributes; without it the forms still work as plain posts.
"""

from __future__ import annotations

from html import escape
from zoneinfo import ZoneInfo

from central.console.recordings_html import recording_form
from central.console.request_detail_html import STEP_WORDS
from central.console.requests_html import STATUS_WORDS
from central.console.sessions_html import (
    IDENTIFIED_WORDS,
    KIND_WORDS,
    LANGUAGE_WORDS,
    STATE_WORDS,
    local,
    message,
    shell,
    words,
)
from central.console.words import bi, bi_text, data
from central.sessions.call_view import CallView, HistoryLine

OUTCOME_WORDS = {
    "completed": ("已办结", "completed"),
    "needs_visit": ("需要到场办理", "needs a visit"),
    "referred": ("已转介", "referred"),
}
SCRIPTS = (
    "/console/sessions/vendor/adapter.js",
    "/console/sessions/vendor/janus.js",
    "/console/sessions/static/bitrate.js",
    "/console/sessions/static/call.js",
    "/console/sessions/static/identity.js",
    "/console/sessions/static/recording.js",
)


def _face_check(view: CallView) -> str:
    if view.identified_by == "face_check":
        return bi("通过(与证件照片一致)", "passed (matches the document photo)")
    return bi("未进行", "not done")


def _resident(view: CallView) -> str:
    masked = f' <span class="badge">{bi("已遮蔽", "masked")}</span>' if view.name_masked else ""
    rows = (
        (("居民", "Resident"), f"{escape(view.resident_name)}{masked}"),
        (("身份核验方式", "Identity established by"), words(IDENTIFIED_WORDS, view.identified_by)),
        (("人脸核验", "Face check"), _face_check(view)),
        (("类别", "Kind"), words(KIND_WORDS, view.kind)),
        (("语言", "Language"), words(LANGUAGE_WORDS, view.language)),
        (("终端", "Terminal"), data(view.site)),
    )
    items = "".join(f"<dt>{bi(*label)}</dt><dd>{value}</dd>" for label, value in rows)
    return (
        '<section class="card" aria-labelledby="resident-title">'
        f'<h2 id="resident-title">{bi("居民", "Resident")}</h2><dl>{items}</dl></section>'
    )


def _request(view: CallView, reads_requests: bool) -> str:
    sid = escape(view.session_id)
    files = (
        "".join(
            f'<li><a href="/console/sessions/{sid}/attachments/{escape(a)}">'
            f"{bi('附件', 'Attachment')} {i}</a></li>"
            for i, a in enumerate(view.attachments, 1)
        )
        or f"<li>{bi('没有附件', 'No attachments')}</li>"
    )
    number = data(view.tracking_number)
    link = (
        f'<p><a href="/console/requests/{escape(view.tracking_number)}">'
        f"{bi('打开受理页面', 'Open the request page')}</a></p>"
        if reads_requests
        else ""
    )
    return (
        '<section class="card" aria-labelledby="request-title">'
        f'<h2 id="request-title">{bi("事项", "Request")} {number}</h2><dl>'
        f"<dt>{bi('状态', 'Status')}</dt>"
        f'<dd id="request-status">{words(STATUS_WORDS, view.request_status)}</dd>'
        f"<dt>{bi('摘要', 'Summary')}</dt><dd>{escape(view.summary) or '-'}</dd></dl>"
        f'<h3>{bi("附件", "Attachments")}</h3><ul id="attachments">{files}</ul>{link}</section>'
    )


_STEPS = {
    **STEP_WORDS,
    "session.requested": ("请求视频服务", "video session requested"),
    "session.queued": ("排队", "queued"),
    "session.claimed": ("接单", "claimed"),
    "session.connecting": ("连接", "connecting"),
    "session.in_call": ("通话中", "in call"),
    "session.interrupted": ("通话中断", "interrupted"),
    "session.reconnecting": ("重新连接", "reconnecting"),
    "session.completing": ("结束通话", "completing"),
    "session.completed": ("通话完成", "call completed"),
    "session.abandoned": ("放弃", "abandoned"),
    "session.failed": ("未能通话", "failed"),
    "session_outcome.completed": ("通话结果：办结", "outcome: completed"),
    "session_outcome.needs_visit": ("通话结果：需到场", "outcome: needs a visit"),
    "session_outcome.referred": ("通话结果：转介", "outcome: referred"),
    "session_note": ("笔记", "note"),
}
_MEDIATION_STEPS = {
    **_STEPS,
    "session_outcome.completed": ("调解结果：办结", "mediation outcome: completed"),
    "session_outcome.needs_visit": ("调解结果：需到场", "mediation outcome: needs a visit"),
    "session_outcome.referred": ("调解结果：转介", "mediation outcome: referred"),
}
_ENDED = {
    "call": (("通话结果", "Call outcome"), ("通话已结束", "The call has ended")),
    "mediation": (("调解结果", "Mediation outcome"), ("调解已结束", "The mediation has ended")),
}


def _status(code: str | None) -> str:
    return words(STATUS_WORDS, code) if code else "-"


def _history(lines: list[HistoryLine], zone: ZoneInfo, kind: str = "") -> str:
    """The request's history; a mediation's outcome is worded as the mediation's."""
    steps = _MEDIATION_STEPS if kind == "mediation" else _STEPS
    items = []
    for line in lines:
        moved = (
            f" {_status(line.from_status)} → {_status(line.to_status)}"
            if line.from_status != line.to_status
            else ""
        )
        note = f": {data(line.note)}" if line.note else ""
        items.append(
            f"<li><time>{local(line.at, zone)}</time> {words(steps, line.action)}{moved}"
            f" <small>{data(line.actor)}</small>{note}</li>"
        )
    return f'<ol id="history">{"".join(items)}</ol>'


def end_form(
    session_id: str,
    confirm: tuple[str, str] | None = None,
    title: tuple[str, str] = ("结束通话", "End the call"),
) -> str:
    """End with an outcome (POST /console/sessions/{id}/end: the session completed). The call
    page's and the mediation page's (there with `confirm`: a box to tick before it ends for
    every participant, and its own `title`)."""
    sid = escape(session_id)
    outcomes = "".join(
        f'<option value="{key}">{escape(bi_text(*pair))}</option>'
        for key, pair in OUTCOME_WORDS.items()
    )
    check = (
        '<p><input type="checkbox" id="end-confirm" name="confirm" value="yes" required> '
        f'<label for="end-confirm">{bi(*confirm)}</label></p>'
        if confirm
        else ""
    )
    return (
        '<section class="card" aria-labelledby="end-title">'
        f'<h2 id="end-title">{bi(*title)}</h2>'
        f'<form id="end-form" method="post" action="/console/sessions/{sid}/end">'
        f'<label for="end-outcome">{bi("结果", "Outcome")}</label> '
        f'<select id="end-outcome" name="outcome" required>{outcomes}</select><br>'
        f'<label for="end-note">{bi("说明(可选)", "Note (optional)")}</label><br>'
        '<textarea id="end-note" name="note" rows="2" cols="40" maxlength="1000"></textarea><br>'
        f"{check}"
        '<button type="submit" class="danger" id="end-button">'
        f"{bi('结束并保存结果', 'End with this outcome')}</button></form></section>"
    )


def _forms(view: CallView) -> str:
    push_title = bi(
        "推送文书(在终端上阅读、签名)", "Push a document (read and signed at the kiosk)"
    )
    sid = escape(view.session_id)
    to = "".join(
        f'<option value="{escape(u)}">{escape(name)} ({escape(u)})</option>'
        for u, name in view.colleagues
    )
    return (
        recording_form(view.session_id) + '<section class="card" aria-labelledby="caption-title">'
        f'<h2 id="caption-title">{bi("文字提示(显示在终端上)", "Text line (shown on the kiosk)")}'
        f'</h2><form id="caption-form" class="inline" method="post" '
        f'action="/console/sessions/{sid}/caption">'
        f'<label for="caption-input">{bi("文字", "Text")}</label>'
        '<input id="caption-input" name="text" maxlength="300" size="40" autocomplete="off">'
        f'<button type="submit">{bi("显示", "Show")}</button>'
        f'<span id="caption-shown" aria-live="polite"></span></form></section>'
        '<section class="card" aria-labelledby="document-title">'
        f'<h2 id="document-title">{push_title}</h2>'
        '<form id="document-form" class="inline" method="post" '
        f'action="/console/sessions/{sid}/documents">'
        f'<label for="document-name">{bi("标题", "Title")}</label>'
        '<input id="document-name" name="title" maxlength="120" size="20" required>'
        f'<label for="document-file">{bi("PDF 文件", "PDF file")}</label>'
        '<input id="document-file" name="file" type="file" accept="application/pdf" required>'
        f'<button type="submit">{bi("推送", "Push")}</button>'
        '<span id="document-pushed" aria-live="polite"></span>'
        '<span id="document-signed" aria-live="polite"></span></form></section>'
        '<section class="card" aria-labelledby="note-title">'
        f'<h2 id="note-title">{bi("笔记", "Notes")}</h2>'
        f'<form id="note-form" method="post" action="/console/sessions/{sid}/note">'
        f'<label for="note-input">{bi("笔记(记入事项历史)", "Note (kept in the request history)")}'
        "</label><br>"
        '<textarea id="note-input" name="note" rows="3" cols="40" maxlength="1000"></textarea><br>'
        f'<button type="submit">{bi("保存笔记", "Save the note")}</button>'
        '<span id="note-saved" aria-live="polite"></span></form></section>'
        '<section class="card" aria-labelledby="handover-title">'
        f'<h2 id="handover-title">{bi("转给同事", "Hand over")}</h2>'
        f'<form id="hand-over-form" class="inline" method="post" '
        f'action="/console/sessions/{sid}/hand-over">'
        f'<label for="hand-over-to">{bi("交给", "To")}</label><select id="hand-over-to" name="to">'
        f'<option value="">{escape(bi_text("放回队列", "back to the queue"))}</option>{to}</select>'
        f'<button type="submit" class="secondary">{bi("转交", "Hand over")}</button>'
        '<span id="hand-over-said" role="status"></span></form></section>'
        + end_form(view.session_id)
    )


def call_page(
    username: str,
    view: CallView,
    zone: ZoneInfo,
    ice_policy: str,
    reads_requests: bool,
    note: str = "",
    identity: str = "",
) -> str:
    """`identity`: the identity proofs' section (central.console.reproof_html), if any."""
    sid = escape(view.session_id)
    videos = (
        f'<section id="call" class="call" data-session="{sid}" '
        f'data-ice-policy="{escape(ice_policy)}" aria-labelledby="video-title">'
        f'<h2 id="video-title">{bi("视频", "Video")}</h2>'
        f'<p id="call-status" role="status" aria-live="polite">{words(STATE_WORDS, view.state)}</p>'
        '<div class="videos"><video id="remote-video" autoplay playsinline muted '
        f'aria-label="{escape(bi_text("居民的画面", "The resident"))}"></video>'
        '<video id="local-video" autoplay playsinline muted '
        f'aria-label="{escape(bi_text("我的画面", "Your own picture"))}"></video></div>'
        '<audio id="remote-audio" autoplay></audio></section>'
    )
    side = (
        f'<div class="side">{_resident(view)}{identity}'
        f"{_request(view, reads_requests)}{_forms(view)}"
        '<section class="card" aria-labelledby="history-title">'
        f'<h2 id="history-title">{bi("事项历史", "Request history")}</h2>'
        f"{_history(view.history, zone, view.kind)}</section></div>"
    )
    body = f'{message(note)}<div class="layout">{videos}{side}</div>'
    return shell(
        ("视频通话", "Video call"),
        username,
        body,
        SCRIPTS,
        ["/console/sessions/static/call.css"],
    )


def ended_page(username: str, view: CallView, zone: ZoneInfo) -> str:
    """What became of the request after the call, or the mediation, ended."""
    title, ended = _ENDED["mediation" if view.kind == "mediation" else "call"]
    outcome = words(OUTCOME_WORDS, view.outcome) if view.outcome else "-"
    body = (
        '<section class="card" aria-labelledby="ended-title">'
        f'<h2 id="ended-title">{bi(*ended)}</h2><dl>'
        f'<dt>{bi("结果", "Outcome")}</dt><dd id="ended-outcome">{outcome}</dd>'
        f"<dt>{bi('事项', 'Request')}</dt><dd>{data(view.tracking_number)}</dd>"
        f"<dt>{bi('事项状态', 'Request status')}</dt>"
        f'<dd id="request-status">{words(STATUS_WORDS, view.request_status)}</dd></dl>'
        f'<p><a href="/console/sessions">{bi("回到队列", "Back to the queue")}</a></p></section>'
        '<section class="card" aria-labelledby="history-title">'
        f'<h2 id="history-title">{bi("事项历史", "Request history")}</h2>'
        f"{_history(view.history, zone, view.kind)}</section>"
    )
    return shell(title, username, body)
