"""The request pages' HTML, built by hand like console_html.py: a shell, the list, the form.

Every value goes through `escape`: names and summaries come from residents.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from html import escape
from typing import get_args
from zoneinfo import ZoneInfo

from api_client.schemas import RequestOut, RequestStatus
from central.console.nav import NAV_STYLE, sections_nav

STYLE = """
body{font-family:"WenQuanYi Micro Hei",sans-serif;margin:0;color:#1d2329;background:#fafbfc}
header{background:#123c69;color:#fff;padding:.6rem 1.5rem;display:flex;gap:1.2rem;
align-items:center}header a{color:#fff}header .me{margin-left:auto}
main{padding:1rem 1.5rem}h1{font-size:1.4rem;margin:.4rem 0 1rem}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{padding:.4rem .6rem;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}
th{background:#eef1f4}.late{color:#b3261e;font-weight:bold}.note{color:#555}
.alert{background:#fde7e6;color:#8c1d18;padding:.6rem 1rem;border-radius:4px}
.ok{background:#e6f4ea;color:#0d652d;padding:.6rem 1rem;border-radius:4px}
form.filters{margin:0 0 1rem;display:flex;gap:.8rem;flex-wrap:wrap;align-items:end}
form.stack{display:grid;gap:.6rem;max-width:36rem}form.stack label{display:grid;gap:.2rem}
input,select,textarea,button{font:inherit;padding:.3rem .45rem}
button{background:#123c69;color:#fff;border:0;border-radius:4px;padding:.4rem .9rem;
cursor:pointer}button.secondary{background:#5f6b76}
section.card{background:#fff;border:1px solid #dde2e7;border-radius:6px;padding:.8rem 1rem;
margin:0 0 1rem}dl{display:grid;grid-template-columns:10rem 1fr;gap:.3rem .8rem;margin:0}
dt{color:#555}dd{margin:0}.actions{display:flex;gap:1rem;flex-wrap:wrap;align-items:start}
.badge{display:inline-block;padding:.05rem .45rem;border-radius:3px;background:#e3e8ee}
section.card h2{font-size:1.1rem;margin:.1rem 0 .6rem}
"""
PER_PAGE = 100
STATUSES: tuple[str, ...] = get_args(RequestStatus)  # the wire contract's, in its order
KINDS = (
    ("legal_aid", "legal aid 法律援助"),
    ("consultation", "consultation 法律咨询"),
    ("notarisation", "notarisation 公证"),
    ("mediation", "mediation 人民调解"),
    ("callback", "call-back 回拨"),
)
CHANNELS = (
    ("kiosk", "kiosk"),
    ("hall", "hall 大厅"),
    ("hotline", "hotline 12348"),
    ("online", "online 网上"),
)


def local(moment: datetime | None, zone: ZoneInfo) -> str:
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M") if moment else "-"


def page(title: str, username: str, body: str, fleet: bool = False) -> str:
    terminals = '<a href="/console/">Terminals</a>' if fleet else ""
    header = (
        '<header><strong>LexKiosk</strong><a href="/console/requests">Requests 受理</a>'
        f'<a href="/console/requests/new">New request 登记</a>{terminals}'
        f'<span class="me">{escape(username)}</span>'
        '<form method="post" action="/console/logout"><button class="secondary" '
        'type="submit">Log out</button></form></header>'
    )
    return (
        '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)} - LexKiosk</title><style>{STYLE}{NAV_STYLE}</style></head>"
        f"<body>{sections_nav()}{header}<main>{body}</main></body></html>"
    )


def alert(message: str, ok: bool = False) -> str:
    if not message:
        return ""
    kind = "ok" if ok else "alert"
    return f'<p class="{kind}" role="{"status" if ok else "alert"}">{escape(message)}</p>'


def select(name: str, label: str, current: str, options: Iterable[tuple[str, str]]) -> str:
    items = "".join(
        f'<option value="{escape(v)}"{" selected" if v == current else ""}>{escape(text)}</option>'
        for v, text in options
    )
    return f'<label>{escape(label)} <select name="{name}">{items}</select></label>'


def list_page(
    username: str,
    fleet: bool,
    items: list[RequestOut],
    total: int,
    filters: dict[str, str],
    zone: ZoneInfo,
    ok: str = "",
    page_no: int = 1,
) -> str:
    rows = "".join(_row(item, zone) for item in items)
    query = "&".join(f"{k}={escape(v)}" for k, v in filters.items() if v)
    pager = ""
    if page_no > 1:
        pager += f'<a href="/console/requests?{query}&page={page_no - 1}">« previous</a> '
    if page_no * PER_PAGE < total:
        pager += f'<a href="/console/requests?{query}&page={page_no + 1}">next »</a>'

    checked = " checked" if filters.get("overdue") else ""
    body = (
        "<h1>Requests 服务申请</h1>"
        + alert(ok, ok=True)
        + '<form class="filters" method="get" action="/console/requests">'
        + select(
            "status",
            "Status",
            filters.get("status", ""),
            [("", "any"), *((s, s) for s in STATUSES)],
        )
        + select("kind", "Kind", filters.get("kind", ""), [("", "any"), *KINDS])
        + select("channel", "Channel", filters.get("channel", ""), [("", "any"), *CHANNELS])
        + f'<label><input type="checkbox" name="overdue" value="1"{checked}> overdue only</label>'
        f'<label>Tracking number <input name="q" value="{escape(filters.get("q", ""))}" '
        'size="22"></label><button type="submit">Filter</button></form>'
        f'<p id="count">{total} request(s)</p>'
        "<table><thead><tr><th>Tracking number</th><th>Kind</th><th>Channel</th><th>Status</th>"
        "<th>Organisation</th><th>Applicant</th><th>Assignee</th><th>Due</th><th>Flags</th>"
        f"</tr></thead><tbody>{rows}</tbody></table><p>{pager}</p>"
    )
    return page("Requests", username, body, fleet)


def _row(item: RequestOut, zone: ZoneInfo) -> str:
    flags = []
    if item.overdue:
        flags.append('<span class="late">overdue</span>')
    if item.pending_transfer_to:
        late = " late" if item.transfer_overdue else ""
        flags.append(f'<span class="badge{late}">to {escape(item.pending_transfer_to)}</span>')
        if item.transfer_overdue:
            flags.append('<span class="late">transfer overdue</span>')
    number = escape(item.tracking_number)
    return (
        f'<tr data-tracking="{number}"><td><a href="/console/requests/{number}">{number}</a></td>'
        f"<td>{escape(item.kind)}</td><td>{escape(item.channel)}</td>"
        f'<td class="status">{escape(item.status)}</td>'
        f"<td>{escape(item.organisation_name)}</td><td>{escape(item.applicant_name)}</td>"
        f"<td>{escape(item.assignee or '-')}</td><td>{local(item.due_at, zone)}</td>"
        f'<td class="flags">{" ".join(flags)}</td></tr>'
    )


def create_page(
    username: str,
    fleet: bool,
    channels: list[str],
    key: str,
    values: dict[str, str],
    message: str = "",
) -> str:
    def field(name: str, label: str, extra: str = "") -> str:
        return (
            f'<label>{escape(label)}<input name="{name}" value="{escape(values.get(name, ""))}"'
            f"{extra}></label>"
        )

    body = (
        "<h1>New request 登记来访或来电</h1>"
        + alert(message)
        + '<form class="stack" method="post" action="/console/requests">'
        f'<input type="hidden" name="idempotency_key" value="{escape(key)}">'
        + select(
            "channel",
            "Channel 渠道",
            values.get("channel", channels[0]),
            [c for c in CHANNELS if c[0] in channels],
        )
        + select("kind", "Kind 类型", values.get("kind", "consultation"), KINDS)
        + field("name", "Applicant's name 姓名", " required maxlength=64")
        + field("phone", "Phone 电话 (digits)", ' required inputmode="tel" maxlength=12')
        + field("id_number", "ID number 身份证号 (optional)", " maxlength=18")
        + field("address", "Address 地址 (optional)", " maxlength=200")
        + '<label>What it is about 事由<textarea name="summary" rows="5" required '
        f'maxlength="2000">{escape(values.get("summary", ""))}</textarea></label>'
        '<button type="submit">Record request 保存</button></form>'
    )
    return page("New request", username, body, fleet)
