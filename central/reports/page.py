"""The report page of the staff console (`/console/reports`), server-rendered: a period
picker, headline figures, inline SVG charts and tables, and a CSV download link."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from html import escape
from urllib.parse import urlencode

from api_client.schemas import Report, ReportCount
from central.console.nav import NAV_STYLE, sections_nav
from central.reports import labels
from central.reports.periods import CHINA
from central.reports.svg import bar_chart

MAX_ROWS = 30
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
"""


def page(title: str, body: str) -> str:
    return (
        '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title><style>{_STYLE}{NAV_STYLE}</style></head>"
        f"<body>{sections_nav()}<main>{body}</main></body></html>"
    )


def _cst(moment: datetime) -> str:
    return moment.astimezone(CHINA).strftime("%Y-%m-%d %H:%M")


def _num(value: float | int | None, suffix: str = "") -> str:
    return "-" if value is None else f"{value:g}{suffix}"


def _table(headers: Sequence[str], rows: Iterable[Sequence[object]], name: str) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = []
    for row in rows:
        cells = "".join(
            f'<td class="n">{_num(c)}</td>' if isinstance(c, int | float) or c is None
            else f"<td>{escape(str(c))}</td>"
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


def _counts(counts: list[ReportCount], name: str, label: Callable[[str], str]) -> str:
    shown = counts[:MAX_ROWS]
    more = len(counts) - len(shown)
    note = f'<p class="note">{more} more in the CSV</p>' if more > 0 else ""
    rows = [(label(c.key), c.requests, c.handled) for c in shown]
    first = _COUNT_HEADERS.get(name, "项目 item")
    return _table((first, "受理 requests", "办结 handled"), rows, name) + note


def picker(period: str, day: str, message: str = "") -> str:
    options = "".join(
        f'<option value="{p}"{" selected" if p == period else ""}>{word} {p}</option>'
        for p, word in labels.PERIODS.items()
    )
    alert = f'<p class="fault" role="alert">{escape(message)}</p>' if message else ""
    return (
        f'{alert}<form class="picker" method="get" action="/console/reports">'
        f'<label>周期 Period <select name="period">{options}</select></label>'
        f'<label>日期 Date <input type="date" name="date" value="{escape(day)}" '
        'min="2000-01-01" max="2099-12-31"></label>'
        '<button type="submit">查看 Show</button></form>'
    )


def _cards(report: Report) -> str:
    cards = [
        ("受理 Requests", _num(report.requests)),
        ("办结 Handled", _num(report.handled)),
        ("中位时长 Median", _num(report.handling.median_hours, " h")),
        ("P90 时长", _num(report.handling.p90_hours, " h")),
        ("超期未结 Overdue", _num(report.overdue.requests_open_past_due)),
        ("超期转办 Late transfers", _num(report.overdue.transfers_pending_past_deadline)),
        ("满意度 Satisfaction", _num(report.satisfaction.mean)),
        ("考核得分 Score", _num(report.score)),
    ]
    items = "".join(
        f'<div class="card" data-card="{escape(name)}">{escape(name)}<b>{escape(value)}</b></div>'
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
            "按渠道 By channel", [(labels.channel(c.key), c.requests) for c in report.by_channel]
        ),
        bar_chart("按类型 By kind", [(labels.kind(c.key), c.requests) for c in report.by_kind]),
        bar_chart("满意度分布 Satisfaction", distribution, colour="#188038"),
        bar_chart(
            "受理最多的站点 Busiest sites",
            [(c.key, c.requests) for c in report.by_site[:10]],
            colour="#5f6368",
        ),
        bar_chart(
            "终端在线率 Uptime (lowest)",
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
            ("超期未结 open past due", o.requests_open_past_due),
            ("超期办结 completed late", o.requests_completed_late),
            ("转办超期未接收 transfers pending past deadline", o.transfers_pending_past_deadline),
            ("转办超期答复 transfers answered late", o.transfers_answered_late),
        ],
        "overdue",
    )
    rows = [
        (r.tracking_number, labels.kind(r.kind), labels.channel(r.channel), r.site,
         r.organisation, r.status, _cst(r.due_at))
        for r in o.oldest
    ]  # fmt: skip
    oldest = _table(
        (
            "受理编号 Tracking",
            "类型 Kind",
            "渠道 Channel",
            "站点 Site",
            "机构 Org",
            "状态",
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
    note = f'<p class="note">{more} more routes in the CSV</p>' if more > 0 else ""
    headers = ("线路 Route", "转办 all", "待接收 pending", "已接收 accepted", "退回 returned")
    return _table(headers, rows, "transfers") + note


def _uptime(report: Report) -> str:
    rows = [
        (u.site, u.terminals, u.online_hours, u.expected_hours,
         None if u.uptime is None else round(100 * u.uptime, 2))
        for u in report.uptime[:MAX_ROWS]
    ]  # fmt: skip
    headers = ("站点 Site", "终端 terminals", "在线 h", "应在线 h", "在线率 %")
    return _table(headers, rows, "uptime")


def _assessment(report: Report) -> str:
    ranked = sorted(report.assessment, key=lambda a: (a.score is None, -(a.score or 0), a.site))
    rows = [
        (a.site, a.requests, a.handled, a.median_hours, a.satisfaction,
         None if a.uptime is None else round(100 * a.uptime, 2),
         " ".join(f"{labels.PARTS.get(k, k)} {v:g}" for k, v in a.parts.items()) or "-",
         a.target_from or "-", a.score)
        for a in ranked[:MAX_ROWS]
    ]  # fmt: skip
    headers = ("站点 Site", "受理", "办结", "中位 h", "满意度", "在线率 %", "达标 parts",
               "目标来自 target of", "得分 score")  # fmt: skip
    return (
        _table(headers, rows, "assessment") + f'<p class="note">{escape(report.scoring_rule)}</p>'
    )


def report_page(username: str, report: Report, day: str) -> str:
    query = urlencode({"period": report.period, "date": day})
    span = (
        f"{report.starts_at.date().isoformat()} – {report.ends_at.date().isoformat()} "
        f"(China time, end excluded; overdue as of {_cst(report.as_of)})"
    )
    body = (
        f"<h1>监督报表 Supervisor report {escape(report.label)}</h1>"
        f'<p class="note">{escape(report.organisation)} and below · {escape(span)} · '
        f"logged in as {escape(username)}</p>"
        f"{picker(report.period, day)}"
        f'<p><a class="csv" href="/console/reports/export?{escape(query)}" download>'
        "下载 CSV Download</a></p>"
        f"{_cards(report)}{_charts(report)}"
        f"<h2>按渠道 By channel</h2>{_counts(report.by_channel, 'by-channel', labels.channel)}"
        f"<h2>按类型 By kind</h2>{_counts(report.by_kind, 'by-kind', labels.kind)}"
        f"<h2>按地区 By region</h2>{_counts(report.by_region, 'by-region', str)}"
        f"<h2>按站点 By site</h2>{_counts(report.by_site, 'by-site', str)}"
        f"<h2>超期 Overdue</h2>{_overdue(report)}"
        f"<h2>转办线路 Transfers by route</h2>{_transfers(report)}"
        f"<h2>终端在线率 Terminal uptime</h2>{_uptime(report)}"
        f"<h2>考核 Assessment against targets</h2>{_assessment(report)}"
    )
    return page(f"{report.label} report - LexKiosk", body)
