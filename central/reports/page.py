"""The report page of the staff console (`/console/reports`), server-rendered: a period
picker, headline figures, inline SVG charts and tables, and a CSV download link."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from html import escape
from urllib.parse import urlencode

from api_client.schemas import Report, ReportCount
from central.console.nav import NAV_STYLE, sections_nav
from central.console.words import WORDS_STYLE, bi, bi_text, data
from central.reports import labels
from central.reports.periods import CHINA
from central.reports.svg import bar_chart

MAX_ROWS = 30
STATUSES = {
    "submitted": "待受理",
    "accepted": "已受理",
    "in_progress": "办理中",
    "transferred": "已转办",
    "returned": "已退回",
    "completed": "已办结",
    "closed": "已结案",
    "rejected": "不予受理",
}
_STYLE = """
body{font-family:"WenQuanYi Micro Hei",sans-serif;margin:1.5rem;color:#1d2329;max-width:1200px}
h1{font-size:1.5rem;margin-bottom:.2rem}h2{font-size:1.15rem;margin-top:1.8rem}
table{border-collapse:collapse;margin:.4rem 0}th,td{padding:.3rem .6rem;
border-bottom:1px solid #ddd;text-align:left}th{background:#f2f4f6}td.n{text-align:right}
.cards{display:flex;flex-wrap:wrap;gap:.8rem;margin:1rem 0}.card{border:1px solid #d5dae0;
border-radius:6px;padding:.6rem .9rem;min-width:8.5rem}.card b{display:block;font-size:1.4rem}
.charts{display:flex;flex-wrap:wrap;gap:1.5rem}figure.chart{margin:0}
figcaption{font-weight:bold;margin:.3rem 0}form.picker{display:flex;gap:.8rem;align-items:end}
.note{color:#555}.fault{color:#b3261e}a.csv{font-weight:bold}
th .en{display:block;margin-left:0}.card .en{display:block;margin-left:0}h1 .en{font-size:.65em}
"""


class Html(str):
    """A table cell already written as HTML (escaped where it holds data)."""


def coded(words: dict[str, str], code: str) -> Html:
    """A code in Chinese words with the code itself after it, as data: 自助终端 kiosk."""
    return Html(f"{escape(words.get(code, code))} {data(code)}")


def _pair(text: str) -> str:
    """ "中文 English" (Chinese up to the first space) as `bi`; text without a space as is."""
    zh, _, en = text.partition(" ")
    return bi(zh, en) if en else escape(text)


def page(title: str, body: str) -> str:
    return (
        '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title><style>{_STYLE}{NAV_STYLE}{WORDS_STYLE}</style></head>"
        f"<body>{sections_nav()}<main>{body}</main></body></html>"
    )


def _cst(moment: datetime) -> str:
    return moment.astimezone(CHINA).strftime("%Y-%m-%d %H:%M")


def _num(value: float | int | None, suffix: str = "") -> str:
    return "-" if value is None else f"{value:g}{suffix}"


def _table(headers: Sequence[str], rows: Iterable[Sequence[object]], name: str) -> str:
    head = "".join(f"<th>{_pair(h)}</th>" for h in headers)
    body = []
    for row in rows:
        cells = "".join(
            f'<td class="n">{_num(c)}</td>' if isinstance(c, int | float) or c is None
            else f"<td>{c}</td>" if isinstance(c, Html)
            else f"<td>{data(str(c))}</td>"
            for c in row
        )  # fmt: skip
        body.append(f"<tr>{cells}</tr>")
    rows_html = "".join(body)
    return (
        f'<table data-table="{name}"><thead><tr>{head}</tr></thead>'
        f"<tbody>{rows_html}</tbody></table>"
    )


_COUNT_HEADERS = {
    "by-channel": "渠道 channel",
    "by-kind": "类型 kind",
    "by-region": "地区 region",
    "by-site": "站点 site",
}


def _counts(counts: list[ReportCount], name: str, label: Callable[[str], object]) -> str:
    shown = counts[:MAX_ROWS]
    more = len(counts) - len(shown)
    note = f'<p class="note">{bi(f"另有 {more} 行见 CSV", f"{more} more in the CSV")}</p>'
    note = note if more > 0 else ""
    rows = [(label(c.key), c.requests, c.handled) for c in shown]
    first = _COUNT_HEADERS.get(name, "项目 item")
    return _table((first, "受理 requests", "办结 handled"), rows, name) + note


def picker(period: str, day: str, message: str = "") -> str:
    """The period picker; `message` is HTML (`words.bi`)."""
    options = "".join(
        f'<option value="{p}"{" selected" if p == period else ""}>{word} {p}</option>'
        for p, word in labels.PERIODS.items()
    )
    alert = f'<p class="fault" role="alert">{message}</p>' if message else ""
    return (
        f'{alert}<form class="picker" method="get" action="/console/reports">'
        f'<label>{bi("周期", "Period")} <select name="period">{options}</select></label>'
        f'<label>{bi("日期", "Date")} <input type="date" name="date" value="{escape(day)}" '
        'min="2000-01-01" max="2099-12-31"></label>'
        f'<button type="submit">{bi("查看", "Show")}</button></form>'
    )


def _cards(report: Report) -> str:
    cards = [
        ("受理 Requests", _num(report.requests)),
        ("办结 Handled", _num(report.handled)),
        ("中位时长 Median", _num(report.handling.median_hours, " 小时")),
        ("90分位时长 P90", _num(report.handling.p90_hours, " 小时")),
        ("超期未结 Overdue", _num(report.overdue.requests_open_past_due)),
        ("超期转办 Late transfers", _num(report.overdue.transfers_pending_past_deadline)),
        ("满意度 Satisfaction", _num(report.satisfaction.mean)),
        ("考核得分 Score", _num(report.score)),
    ]
    items = "".join(
        f'<div class="card" data-card="{escape(name)}">{_pair(name)}<b>{escape(value)}</b></div>'
        for name, value in cards
    )
    return f'<div class="cards">{items}</div>'


def _charts(report: Report) -> str:
    distribution = [
        (f"{n} 分", float(c)) for n, c in enumerate(report.satisfaction.distribution, 1)
    ]
    uptime = [(u.site, round(100 * u.uptime, 1)) for u in report.uptime if u.uptime is not None]
    charts = [
        bar_chart(
            ("按渠道", "By channel"),
            [(labels.CHANNELS.get(c.key, c.key), c.requests) for c in report.by_channel],
        ),
        bar_chart(
            ("按类型", "By kind"),
            [(labels.KINDS.get(c.key, c.key), c.requests) for c in report.by_kind],
        ),
        bar_chart(("满意度分布", "Satisfaction"), distribution, colour="#188038"),
        bar_chart(
            ("受理最多的站点", "Busiest sites"),
            [(c.key, c.requests) for c in report.by_site[:10]],
            colour="#5f6368",
        ),
        bar_chart(
            ("终端在线率", "Uptime (lowest)"),
            sorted(uptime, key=lambda u: u[1])[:10],
            unit="%",
            colour="#e37400",
            top=100.0,
        ),
    ]
    return f'<div class="charts">{"".join(charts)}</div>'


def _overdue(report: Report) -> str:
    o = report.overdue
    figures = _table(
        ("项目 item", "数量 count"),
        [
            (Html(bi("超期未结", "open past due")), o.requests_open_past_due),
            (Html(bi("超期办结", "completed late")), o.requests_completed_late),
            (
                Html(bi("转办超期未接收", "transfers pending past deadline")),
                o.transfers_pending_past_deadline,
            ),
            (Html(bi("转办超期答复", "transfers answered late")), o.transfers_answered_late),
        ],
        "overdue",
    )
    rows = [
        (r.tracking_number, coded(labels.KINDS, r.kind), coded(labels.CHANNELS, r.channel),
         r.site, r.organisation, coded(STATUSES, r.status), _cst(r.due_at))
        for r in o.oldest
    ]  # fmt: skip
    oldest = _table(
        (
            "受理编号 Tracking",
            "类型 Kind",
            "渠道 Channel",
            "站点 Site",
            "机构 Org",
            "状态 Status",
            "期限 Due",
        ),
        rows,
        "overdue-oldest",
    )
    return figures + (oldest if rows else "")


def _transfers(report: Report) -> str:
    rows = [
        (f"{t.from_organisation} → {t.to_organisation}", t.transfers, t.pending, t.accepted,
         t.returned)
        for t in report.transfers[:MAX_ROWS]
    ]  # fmt: skip
    more = len(report.transfers) - len(rows)
    note = (
        f'<p class="note">{bi(f"另有 {more} 条线路见 CSV", f"{more} more routes in the CSV")}</p>'
    )
    note = note if more > 0 else ""
    headers = ("线路 Route", "转办 all", "待接收 pending", "已接收 accepted", "退回 returned")
    return _table(headers, rows, "transfers") + note


def _uptime(report: Report) -> str:
    rows = [
        (u.site, u.terminals, u.online_hours, u.expected_hours,
         None if u.uptime is None else round(100 * u.uptime, 2))
        for u in report.uptime[:MAX_ROWS]
    ]  # fmt: skip
    headers = (
        "站点 Site",
        "终端 terminals",
        "在线小时 online hours",
        "应在线小时 expected hours",
        "在线率 uptime %",
    )
    return _table(headers, rows, "uptime")


def _assessment(report: Report) -> str:
    ranked = sorted(report.assessment, key=lambda a: (a.score is None, -(a.score or 0), a.site))
    rows = [
        (a.site, a.requests, a.handled, a.median_hours, a.satisfaction,
         None if a.uptime is None else round(100 * a.uptime, 2),
         Html(" ".join(f"{escape(labels.PARTS.get(k, k))} {v:g}" for k, v in a.parts.items())
              or "-"),
         a.target_from or "-", a.score)
        for a in ranked[:MAX_ROWS]
    ]  # fmt: skip
    headers = ("站点 Site", "受理 requests", "办结 handled", "中位时长 median hours",
               "满意度 satisfaction", "在线率 uptime %", "达标 parts", "目标来自 target of",
               "得分 score")  # fmt: skip
    rule = bi("计分规则：", report.scoring_rule)
    return _table(headers, rows, "assessment") + f'<p class="note">{rule}</p>'


def report_page(username: str, report: Report, day: str) -> str:
    query = urlencode({"period": report.period, "date": day})
    start, end = report.starts_at.date().isoformat(), report.ends_at.date().isoformat()
    as_of = _cst(report.as_of)
    span = bi(
        f"{start} – {end}（北京时间，不含结束日；超期统计截至 {as_of}）",
        f"China time, end excluded; overdue as of {as_of}",
    )
    body = (
        f"<h1>{bi('监督报表', 'Supervisor report')} {data(report.label)}</h1>"
        f'<p class="note">{data(report.organisation)} {bi("及下级机构", "and below")} · {span} · '
        f"{bi('当前用户', 'logged in as')} {data(username)}</p>"
        f"{picker(report.period, day)}"
        f'<p><a class="csv" href="/console/reports/export?{escape(query)}" download>'
        f"{bi('下载 CSV', 'Download')}</a></p>"
        f"{_cards(report)}{_charts(report)}"
        f"<h2>{bi('按渠道', 'By channel')}</h2>"
        f"{_counts(report.by_channel, 'by-channel', lambda c: coded(labels.CHANNELS, c))}"
        f"<h2>{bi('按类型', 'By kind')}</h2>"
        f"{_counts(report.by_kind, 'by-kind', lambda c: coded(labels.KINDS, c))}"
        f"<h2>{bi('按地区', 'By region')}</h2>{_counts(report.by_region, 'by-region', str)}"
        f"<h2>{bi('按站点', 'By site')}</h2>{_counts(report.by_site, 'by-site', str)}"
        f"<h2>{bi('超期', 'Overdue')}</h2>{_overdue(report)}"
        f"<h2>{bi('转办线路', 'Transfers by route')}</h2>{_transfers(report)}"
        f"<h2>{bi('终端在线率', 'Terminal uptime')}</h2>{_uptime(report)}"
        f"<h2>{bi('考核', 'Assessment against targets')}</h2>{_assessment(report)}"
    )
    return page(f"{bi_text('监督报表', 'Supervisor report')} {report.label} - LexKiosk", body)
