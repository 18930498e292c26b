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
from central.console.words import WORDS_STYLE, bi, bi_text, data

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
margin:0 0 1rem}dl{display:grid;grid-template-columns:13rem 1fr;gap:.3rem .8rem;margin:0}
dt{color:#555}dd{margin:0}.actions{display:flex;gap:1rem;flex-wrap:wrap;align-items:start}
.badge{display:inline-block;padding:.05rem .45rem;border-radius:3px;background:#e3e8ee}
section.card h2{font-size:1.1rem;margin:.1rem 0 .6rem}
th .en{display:block;margin-left:0}header .en,button .en{color:inherit}h1 .en{font-size:.65em}
"""
PER_PAGE = 100
STATUSES: tuple[str, ...] = get_args(RequestStatus)  # the wire contract's, in its order
KIND_WORDS = {
    "legal_aid": ("法律援助", "legal aid"),
    "consultation": ("法律咨询", "consultation"),
    "notarisation": ("公证", "notarisation"),
    "mediation": ("人民调解", "mediation"),
    "callback": ("电话回拨", "call-back"),
}
CHANNEL_WORDS = {
    "kiosk": ("自助终端", "kiosk"),
    "hall": ("服务大厅", "hall"),
    "hotline": ("12348 热线", "hotline"),
    "online": ("网上平台", "online"),
}
STATUS_WORDS = {
    "submitted": ("待受理", "submitted"),
    "accepted": ("已受理", "accepted"),
    "in_progress": ("办理中", "in progress"),
    "transferred": ("已转办", "transferred"),
    "returned": ("已退回", "returned"),
    "completed": ("已办结", "completed"),
    "closed": ("已结案", "closed"),
    "rejected": ("不予受理", "rejected"),
}
# <option> holds no markup: its text is the pair as plain text.
KINDS = tuple((code, bi_text(*words)) for code, words in KIND_WORDS.items())
CHANNELS = tuple((code, bi_text(*words)) for code, words in CHANNEL_WORDS.items())


def said(words: dict[str, tuple[str, str]], code: str) -> str:
    """A code (a kind, a channel, a status) in words, HTML; an unknown code as data."""
    return bi(*words[code]) if code in words else data(code)


def local(moment: datetime | None, zone: ZoneInfo) -> str:
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M") if moment else "-"


def page(title: str, username: str, body: str, fleet: bool = False) -> str:
    """`title` is plain text (`bi_text`), `body` HTML."""
    terminals = f'<a href="/console/">{bi("终端", "Terminals")}</a>' if fleet else ""
    header = (
        f'<header><strong translate="no">LexKiosk</strong>'
        f'<a href="/console/requests">{bi("受理", "Requests")}</a>'
        f'<a href="/console/requests/new">{bi("登记", "New request")}</a>{terminals}'
        f'<span class="me">{data(username)}</span>'
        '<form method="post" action="/console/logout"><button class="secondary" '
        f'type="submit">{bi("退出", "Log out")}</button></form></header>'
    )
    return (
        '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)} - LexKiosk</title>"
        f"<style>{STYLE}{NAV_STYLE}{WORDS_STYLE}</style></head>"
        f"<body>{sections_nav()}{header}<main>{body}</main></body></html>"
    )


def alert(message: str, ok: bool = False) -> str:
    """`message` is HTML written with `words.bi` (Chinese, then English)."""
    if not message:
        return ""
    kind = "ok" if ok else "alert"
    return f'<p class="{kind}" role="{"status" if ok else "alert"}">{message}</p>'


def select(name: str, label: str, current: str, options: Iterable[tuple[str, str]]) -> str:
    """`label` is HTML; the options' texts are plain (an <option> holds no markup)."""
    items = "".join(
        f'<option value="{escape(v)}"{" selected" if v == current else ""}>{escape(text)}</option>'
        for v, text in options
    )
    return f'<label><span>{label}</span> <select name="{name}">{items}</select></label>'


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
        back = bi("« 上一页", "previous")
        pager += f'<a href="/console/requests?{query}&page={page_no - 1}">{back}</a> '
    if page_no * PER_PAGE < total:
        on = bi("下一页 »", "next")
        pager += f'<a href="/console/requests?{query}&page={page_no + 1}">{on}</a>'

    checked = " checked" if filters.get("overdue") else ""
    any_ = ("", bi_text("全部", "any"))
    statuses = [(s, bi_text(*STATUS_WORDS.get(s, (s, s)))) for s in STATUSES]
    heads = "".join(f"<th>{bi(*words)}</th>" for words in LIST_HEADERS)
    body = (
        f"<h1>{bi('服务申请', 'Requests')}</h1>"
        + alert(ok, ok=True)
        + '<form class="filters" method="get" action="/console/requests">'
        + select("status", bi("状态", "Status"), filters.get("status", ""), [any_, *statuses])
        + select("kind", bi("类型", "Kind"), filters.get("kind", ""), [any_, *KINDS])
        + select("channel", bi("渠道", "Channel"), filters.get("channel", ""), [any_, *CHANNELS])
        + f'<label><input type="checkbox" name="overdue" value="1"{checked}> '
        f"{bi('只看超期', 'overdue only')}</label>"
        f"<label>{bi('受理编号', 'Tracking number')} "
        f'<input name="q" value="{escape(filters.get("q", ""))}" size="22"></label>'
        f'<button type="submit">{bi("筛选", "Filter")}</button></form>'
        f'<p id="count">{bi(f"共 {total} 件", f"{total} request(s)")}</p>'
        f"<table><thead><tr>{heads}</tr></thead><tbody>{rows}</tbody></table><p>{pager}</p>"
    )
    return page(bi_text("服务申请", "Requests"), username, body, fleet)


LIST_HEADERS = (
    ("受理编号", "Tracking number"),
    ("类型", "Kind"),
    ("渠道", "Channel"),
    ("状态", "Status"),
    ("承办机构", "Organisation"),
    ("申请人", "Applicant"),
    ("经办人", "Assignee"),
    ("办理期限", "Due"),
    ("提示", "Flags"),
)


def _row(item: RequestOut, zone: ZoneInfo) -> str:
    flags = []
    if item.overdue:
        flags.append(f'<span class="late">{bi("超期", "overdue")}</span>')
    if item.pending_transfer_to:
        late = " late" if item.transfer_overdue else ""
        flags.append(
            f'<span class="badge{late}">{bi("转至", "to")} {data(item.pending_transfer_to)}</span>'
        )
        if item.transfer_overdue:
            flags.append(f'<span class="late">{bi("转办超期", "transfer overdue")}</span>')
    number = escape(item.tracking_number)
    return (
        f'<tr data-tracking="{number}"><td><a href="/console/requests/{number}" translate="no">'
        f"{number}</a></td>"
        f"<td>{said(KIND_WORDS, item.kind)}</td><td>{said(CHANNEL_WORDS, item.channel)}</td>"
        f'<td class="status" data-status="{escape(item.status)}">'
        f"{said(STATUS_WORDS, item.status)}</td>"
        f"<td>{data(item.organisation_name)}</td><td>{data(item.applicant_name)}</td>"
        f"<td>{data(item.assignee or '-')}</td><td>{local(item.due_at, zone)}</td>"
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
            f"<label><span>{label}</span>"
            f'<input name="{name}" value="{escape(values.get(name, ""))}"'
            f"{extra}></label>"
        )

    body = (
        f"<h1>{bi('登记来访或来电', 'New request')}</h1>"
        + alert(message)
        + '<form class="stack" method="post" action="/console/requests">'
        f'<input type="hidden" name="idempotency_key" value="{escape(key)}">'
        + select(
            "channel",
            bi("渠道", "Channel"),
            values.get("channel", channels[0]),
            [c for c in CHANNELS if c[0] in channels],
        )
        + select("kind", bi("类型", "Kind"), values.get("kind", "consultation"), KINDS)
        + field("name", bi("申请人姓名", "Applicant's name"), " required maxlength=64")
        + field(
            "phone",
            bi("电话（只填数字）", "Phone (digits)"),
            ' required inputmode="tel" maxlength=12',
        )
        + field("id_number", bi("身份证号（选填）", "ID number (optional)"), " maxlength=18")
        + field("address", bi("地址（选填）", "Address (optional)"), " maxlength=200")
        + f"<label><span>{bi('事由', 'What it is about')}</span>"
        '<textarea name="summary" rows="5" required '
        f'maxlength="2000">{escape(values.get("summary", ""))}</textarea></label>'
        f'<button type="submit">{bi("保存", "Record request")}</button></form>'
    )
    return page(bi_text("登记", "New request"), username, body, fleet)
