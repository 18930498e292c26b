"""One request's page: the record, its history, its transfer orders and what you may do."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from zoneinfo import ZoneInfo

from api_client.schemas import RequestDetail, TransferOut
from central.console.requests_html import (
    CHANNEL_WORDS,
    CHANNELS,
    KIND_WORDS,
    STATUS_WORDS,
    alert,
    local,
    page,
    said,
    select,
)
from central.console.words import bi, bi_text, data


@dataclass(frozen=True)
class Abilities:
    """What the viewer may do here: act on a request their organisations hold, or answer a
    transfer order sent to them."""

    holds: bool
    answers: TransferOut | None
    organisations: list[tuple[str, str]]  # (code, name) of possible receivers


def detail_page(
    username: str,
    fleet: bool,
    item: RequestDetail,
    can: Abilities,
    zone: ZoneInfo,
    message: str = "",
    ok: str = "",
) -> str:
    number = escape(item.tracking_number)
    late = f' <span class="late">{bi("超期", "overdue")}</span>' if item.overdue else ""
    facts = (
        f"<dt>{bi('状态', 'Status')}</dt>"
        f'<dd id="status" data-status="{escape(item.status)}">'
        f"{said(STATUS_WORDS, item.status)}{late}</dd>"
        f"<dt>{bi('类型', 'Kind')}</dt><dd>{said(KIND_WORDS, item.kind)}</dd>"
        f"<dt>{bi('渠道 / 站点', 'Channel / site')}</dt>"
        f"<dd>{said(CHANNEL_WORDS, item.channel)} / {data(item.site)}</dd>"
        f"<dt>{bi('承办机构', 'Held by')}</dt>"
        f"<dd>{data(item.organisation_name)} ({data(item.organisation)})</dd>"
        f"<dt>{bi('经办人', 'Assignee')}</dt><dd>{data(item.assignee or '-')}</dd>"
        f"<dt>{bi('登记时间', 'Created')}</dt><dd>{local(item.created_at, zone)}</dd>"
        f"<dt>{bi('办理期限', 'Due')}</dt><dd>{local(item.due_at, zone)}</dd>"
    )
    if item.reject_reason:
        facts += (
            f"<dt>{bi('不予受理理由', 'Rejected because')}</dt><dd>{data(item.reject_reason)}</dd>"
        )
    if item.appointment:
        facts += (
            f"<dt>{bi('预约时间', 'Appointment')}</dt>"
            f"<dd>{local(item.appointment.starts_at, zone)}</dd>"
        )
    if item.rating:
        facts += (
            f"<dt>{bi('评价', 'Rating')}</dt>"
            f"<dd>{item.rating.score}/5 {data(item.rating.comment)}</dd>"
        )
    who = item.applicant
    applicant = (
        f"<dt>{bi('姓名', 'Name')}</dt><dd>{data(who.name)}</dd>"
        f"<dt>{bi('电话', 'Phone')}</dt><dd>{data(who.phone)}</dd>"
        f"<dt>{bi('身份证号', 'ID number')}</dt><dd>{data(who.id_number or '-')}</dd>"
        f"<dt>{bi('地址', 'Address')}</dt><dd>{data(who.address or '-')}</dd>"
        f"<dt>{bi('事由', 'About')}</dt><dd>{data(item.summary)}</dd>"
    )
    if item.attachments:
        links = " ".join(
            f'<a href="/console/requests/{number}/attachments/{escape(a)}">'
            f"{bi(f'材料 {n}', f'document {n}')}</a>"
            for n, a in enumerate(item.attachments, 1)
        )
        applicant += f"<dt>{bi('材料', 'Documents')}</dt><dd>{links}</dd>"
    body = (
        f"<h1>{bi('服务申请', 'Request')} {data(item.tracking_number)}</h1>"
        f"{alert(message)}{alert(ok, ok=True)}"
        f'<section class="card"><dl>{facts}</dl></section>'
        f'<section class="card"><h2>{bi("申请人", "Applicant")}</h2><dl>{applicant}</dl></section>'
        f"{_actions(item, can)}"
        f'<section class="card"><h2>{bi("办理记录", "History")}</h2>'
        f"{_history(item, zone)}</section>"
        f'<section class="card"><h2>{bi("转办单", "Transfer orders")}</h2>'
        f"{_transfers(item, zone)}</section>"
    )
    return page(bi_text("服务申请", "Request") + " " + item.tracking_number, username, body, fleet)


STEP_WORDS = {
    "create": ("登记", "create"),
    "accept": ("受理", "accept"),
    "start": ("开始办理", "start"),
    "complete": ("办结", "complete"),
    "close": ("结案", "close"),
    "reject": ("不予受理", "reject"),
    "transfer": ("转办", "transfer"),
    "transfer_accept": ("接收转办", "transfer accepted"),
    "transfer_return": ("退回转办", "transfer returned"),
    "assign": ("指派", "assign"),
    "book": ("预约", "book"),
}
TRANSFER_WORDS = {
    "pending": ("待接收", "pending"),
    "accepted": ("已接收", "accepted"),
    "returned": ("已退回", "returned"),
}


def _heads(*words: tuple[str, str]) -> str:
    return "".join(f"<th>{bi(*w)}</th>" for w in words)


def _history(item: RequestDetail, zone: ZoneInfo) -> str:
    def status(code: str | None) -> str:
        return said(STATUS_WORDS, code) if code else ""

    rows = "".join(
        f'<tr data-action="{escape(e.action)}"><td>{local(e.at, zone)}</td>'
        f"<td>{data(e.actor)}</td><td>{said(STEP_WORDS, e.action)}</td>"
        f"<td>{status(e.from_status)} → {status(e.to_status)}</td>"
        f'<td>{data(e.organisation or "")}</td><td class="note">{data(e.note)}</td></tr>'
        for e in item.history
    )
    heads = _heads(
        ("时间", "When"),
        ("经办人", "Who"),
        ("环节", "Step"),
        ("状态", "Status"),
        ("机构", "Organisation"),
        ("备注 / 理由", "Note / reason"),
    )
    return f'<table id="history"><thead><tr>{heads}</tr></thead><tbody>{rows}</tbody></table>'


def _transfers(item: RequestDetail, zone: ZoneInfo) -> str:
    if not item.transfers:
        return f"<p>{bi('无', 'None.')}</p>"
    rows = "".join(
        f'<tr data-transfer="{t.id}"><td>{t.id}</td><td>{data(t.from_organisation)} → '
        f"{data(t.to_organisation)}"
        f"{' (' + said(CHANNEL_WORDS, t.to_channel) + ')' if t.to_channel else ''}"
        f"</td><td>{data(t.reason)}</td><td>{local(t.deadline_at, zone)}"
        f"{' <span class=late>' + bi('超期', 'overdue') + '</span>' if t.overdue else ''}</td>"
        f'<td class="state" data-state="{escape(t.state)}">{said(TRANSFER_WORDS, t.state)}</td>'
        f"<td>{escape(t.answer_reason or '')}</td></tr>"
        for t in item.transfers
    )
    heads = _heads(
        ("编号", "No."),
        ("线路", "Route"),
        ("理由", "Reason"),
        ("期限", "Deadline"),
        ("状态", "State"),
        ("答复", "Answer"),
    )
    return f'<table id="transfers"><thead><tr>{heads}</tr></thead><tbody>{rows}</tbody></table>'


def _button(number: str, action: str, label: str) -> str:
    return (
        f'<form method="post" action="/console/requests/{number}/action">'
        f'<input type="hidden" name="action" value="{action}">'
        f'<button type="submit" name="do" value="{action}">{label}</button></form>'
    )


LABELS = {
    "accept": bi("受理", "Accept"),
    "start": bi("开始办理", "Start work"),
    "complete": bi("办结", "Complete"),
    "close": bi("结案", "Close"),
}


def _actions(item: RequestDetail, can: Abilities) -> str:
    number = escape(item.tracking_number)
    parts: list[str] = []
    if can.holds:
        parts += [_button(number, a, LABELS[a]) for a in item.allowed_actions if a in LABELS]
        if "reject" in item.allowed_actions:
            parts.append(
                f'<form class="stack" method="post" action="/console/requests/{number}/action">'
                '<input type="hidden" name="action" value="reject">'
                f"<label><span>{bi('不予受理理由', 'Reason for rejecting')}</span>"
                '<input name="note" minlength="2" required></label>'
                '<button type="submit" class="secondary">'
                f"{bi('不予受理', 'Reject')}</button></form>"
            )
        if "transfer" in item.allowed_actions:
            parts.append(_transfer_form(number, can.organisations))
    if can.answers is not None:
        tid = can.answers.id
        parts.append(
            f'<form method="post" action="/console/transfers/{tid}/answer">'
            '<input type="hidden" name="decision" value="accept">'
            f'<button type="submit" id="accept-transfer">{bi("接收", "Accept transfer")}</button>'
            "</form>"
            f'<form class="stack" id="return-form" method="post" '
            f'action="/console/transfers/{tid}/answer">'
            '<input type="hidden" name="decision" value="return">'
            f"<label><span>{bi('退回理由', 'Reason for returning')}</span>"
            '<input name="reason" minlength="2" required></label>'
            f'<button type="submit" class="secondary">{bi("退回", "Return")}</button></form>'
        )
    if not parts:
        return ""
    joined = "".join(parts)
    return (
        f'<section class="card"><h2>{bi("操作", "Actions")}</h2>'
        f'<div class="actions">{joined}</div></section>'
    )


def _transfer_form(number: str, organisations: list[tuple[str, str]]) -> str:
    return (
        f'<form class="stack" id="transfer-form" method="post" '
        f'action="/console/requests/{number}/transfer">'
        + select(
            "to_organisation",
            bi("转至", "Transfer to"),
            "",
            [("", bi_text("请选择", "choose")), *organisations],
        )
        + select(
            "to_channel",
            bi("渠道", "Channel"),
            "",
            [("", bi_text("（不变）", "(same)")), *CHANNELS],
        )
        + f"<label><span>{bi('转办理由', 'Reason')}</span>"
        '<input name="reason" minlength="2" required></label>'
        f"<label><span>{bi('办理期限（工作日）', 'Deadline (working days)')}</span>"
        '<input name="deadline_days" type="number" min="1" max="60" value="3"></label>'
        f'<button type="submit">{bi("转办", "Transfer")}</button></form>'
    )
