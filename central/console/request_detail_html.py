"""One request's page: the record, its history, its transfer orders and what you may do."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from zoneinfo import ZoneInfo

from api_client.schemas import RequestDetail, TransferOut
from central.console.requests_html import CHANNELS, alert, local, page, select


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
    late = ' <span class="late">overdue</span>' if item.overdue else ""
    facts = (
        f'<dt>Status</dt><dd id="status">{escape(item.status)}{late}</dd>'
        f"<dt>Kind</dt><dd>{escape(item.kind)}</dd>"
        f"<dt>Channel / site</dt><dd>{escape(item.channel)} / {escape(item.site)}</dd>"
        f"<dt>Held by</dt><dd>{escape(item.organisation_name)} ({escape(item.organisation)})</dd>"
        f"<dt>Assignee</dt><dd>{escape(item.assignee or '-')}</dd>"
        f"<dt>Created</dt><dd>{local(item.created_at, zone)}</dd>"
        f"<dt>Due</dt><dd>{local(item.due_at, zone)}</dd>"
    )
    if item.reject_reason:
        facts += f"<dt>Rejected because</dt><dd>{escape(item.reject_reason)}</dd>"
    if item.appointment:
        facts += f"<dt>Appointment</dt><dd>{local(item.appointment.starts_at, zone)}</dd>"
    if item.rating:
        facts += f"<dt>Rating</dt><dd>{item.rating.score}/5 {escape(item.rating.comment)}</dd>"
    who = item.applicant
    applicant = (
        f"<dt>Name</dt><dd>{escape(who.name)}</dd><dt>Phone</dt><dd>{escape(who.phone)}</dd>"
        f"<dt>ID number</dt><dd>{escape(who.id_number or '-')}</dd>"
        f"<dt>Address</dt><dd>{escape(who.address or '-')}</dd>"
        f"<dt>About</dt><dd>{escape(item.summary)}</dd>"
    )
    if item.attachments:
        links = " ".join(
            f'<a href="/console/requests/{number}/attachments/{escape(a)}">document {n}</a>'
            for n, a in enumerate(item.attachments, 1)
        )
        applicant += f"<dt>Documents</dt><dd>{links}</dd>"
    body = (
        f"<h1>Request {number}</h1>{alert(message)}{alert(ok, ok=True)}"
        f'<section class="card"><dl>{facts}</dl></section>'
        f'<section class="card"><h2>Applicant 申请人</h2><dl>{applicant}</dl></section>'
        f"{_actions(item, can)}"
        f'<section class="card"><h2>History 办理记录</h2>{_history(item, zone)}</section>'
        f'<section class="card"><h2>Transfer orders 转办单</h2>{_transfers(item, zone)}</section>'
    )
    return page(item.tracking_number, username, body, fleet)


def _history(item: RequestDetail, zone: ZoneInfo) -> str:
    rows = "".join(
        f'<tr data-action="{escape(e.action)}"><td>{local(e.at, zone)}</td>'
        f"<td>{escape(e.actor)}</td><td>{escape(e.action)}</td>"
        f"<td>{escape(e.from_status or '')} → {escape(e.to_status or '')}</td>"
        f'<td>{escape(e.organisation or "")}</td><td class="note">{escape(e.note)}</td></tr>'
        for e in item.history
    )
    return (
        '<table id="history"><thead><tr><th>When</th><th>Who</th><th>Step</th><th>Status</th>'
        f"<th>Organisation</th><th>Note / reason</th></tr></thead><tbody>{rows}</tbody></table>"
    )


def _transfers(item: RequestDetail, zone: ZoneInfo) -> str:
    if not item.transfers:
        return "<p>None.</p>"
    rows = "".join(
        f'<tr data-transfer="{t.id}"><td>{t.id}</td><td>{escape(t.from_organisation)} → '
        f"{escape(t.to_organisation)}{' (' + escape(t.to_channel) + ')' if t.to_channel else ''}"
        f"</td><td>{escape(t.reason)}</td><td>{local(t.deadline_at, zone)}"
        f"{' <span class=late>overdue</span>' if t.overdue else ''}</td>"
        f'<td class="state">{escape(t.state)}</td><td>{escape(t.answer_reason or "")}</td></tr>'
        for t in item.transfers
    )
    return (
        '<table id="transfers"><thead><tr><th>No.</th><th>Route</th><th>Reason</th>'
        "<th>Deadline</th><th>State</th><th>Answer</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )


def _button(number: str, action: str, label: str) -> str:
    return (
        f'<form method="post" action="/console/requests/{number}/action">'
        f'<input type="hidden" name="action" value="{action}">'
        f'<button type="submit" name="do" value="{action}">{escape(label)}</button></form>'
    )


LABELS = {
    "accept": "Accept 受理",
    "start": "Start work 开始办理",
    "complete": "Complete 办结",
    "close": "Close 结案",
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
                '<label>Reason for rejecting<input name="note" minlength="2" required></label>'
                '<button type="submit" class="secondary">Reject 不予受理</button></form>'
            )
        if "transfer" in item.allowed_actions:
            parts.append(_transfer_form(number, can.organisations))
    if can.answers is not None:
        tid = can.answers.id
        parts.append(
            f'<form method="post" action="/console/transfers/{tid}/answer">'
            '<input type="hidden" name="decision" value="accept">'
            '<button type="submit" id="accept-transfer">Accept transfer 接收</button></form>'
            f'<form class="stack" id="return-form" method="post" '
            f'action="/console/transfers/{tid}/answer">'
            '<input type="hidden" name="decision" value="return">'
            '<label>Reason for returning 退回理由<input name="reason" minlength="2" required>'
            '</label><button type="submit" class="secondary">Return 退回</button></form>'
        )
    if not parts:
        return ""
    joined = "".join(parts)
    return (
        f'<section class="card"><h2>Actions 操作</h2><div class="actions">{joined}</div></section>'
    )


def _transfer_form(number: str, organisations: list[tuple[str, str]]) -> str:
    return (
        f'<form class="stack" id="transfer-form" method="post" '
        f'action="/console/requests/{number}/transfer">'
        + select("to_organisation", "Transfer to 转至", "", [("", "choose 请选择"), *organisations])
        + select("to_channel", "Channel", "", [("", "(same)"), *CHANNELS])
        + '<label>Reason 转办理由<input name="reason" minlength="2" required></label>'
        '<label>Deadline (working days)<input name="deadline_days" type="number" min="1" '
        'max="60" value="3"></label><button type="submit">Transfer 转办</button></form>'
    )
