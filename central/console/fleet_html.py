"""The fleet console's HTML, built by hand (no template engine needed for two pages).

Every value goes through `escape`: terminal sites and device details come from terminals.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from html import escape

from central.auth.staff import region_within
from central.console.nav import NAV_STYLE, sections_nav
from central.console.words import WORDS_STYLE, bi, bi_text, data
from central.fleet.enrolment import KioskView

_STYLE = """
body{font-family:"WenQuanYi Micro Hei",sans-serif;margin:1.5rem;color:#1d2329}
table{border-collapse:collapse;width:100%}th,td{padding:.35rem .6rem;border-bottom:1px solid #ddd;
text-align:left}th{background:#f2f4f6}.online{color:#137333}.offline{color:#b3261e}
.revoked{color:#595959}.fault{color:#b3261e}form.filters{margin:1rem 0;display:flex;gap:.8rem;
flex-wrap:wrap;align-items:center}form[action="/console/login"]{display:grid;gap:.8rem;max-width:24rem}
form[action="/console/login"] label{display:grid;gap:.25rem}input{font:inherit;padding:.35rem .5rem}
button{font:inherit;padding:.3rem .8rem}th .en{display:block;margin-left:0}
h1 .en{font-size:.6em}
section.alerts{border:2px solid #b3261e;border-radius:6px;padding:.4rem .9rem;margin:1rem 0}
section.alerts.none{border-color:#137333}.counts{display:flex;gap:2rem;flex-wrap:wrap}
.counts table{width:auto}h2{font-size:1.15rem;margin:.6rem 0}
"""


def _page(title: str, body: str, nav: bool = True) -> str:
    """No automatic refresh: a page that reloads by itself moves a screen reader's place and
    a keyboard user's focus (WCAG 2.2.1); the fleet page has a refresh link instead."""
    return (
        '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title><style>{_STYLE}{NAV_STYLE}{WORDS_STYLE}</style></head>"
        f"<body>{sections_nav() if nav else ''}<main>{body}</main></body></html>"
    )


def login_page(message: str = "", next_page: str = "/console/") -> str:
    """The login form; `next_page` (a /console/ path) is where a successful login goes.
    `message` is HTML, written with `words.bi` (Chinese, then English)."""
    note = f'<p class="fault" role="alert">{message}</p>' if message else ""
    form = (
        f"<h1>{bi('法律服务工作台', 'LexKiosk staff console')}</h1>"
        f'{note}<form method="post" action="/console/login">'
        f'<input type="hidden" name="next" value="{escape(next_page)}">'
        f"<label><span>{bi('用户名', 'Username')}</span>"
        '<input name="username" autocomplete="username" required></label>'
        f'<label><span>{bi("密码", "Password")}</span><input name="password" type="password" '
        'autocomplete="current-password" required></label>'
        f'<p><button type="submit">{bi("登录", "Log in")}</button></p></form>'
    )
    return _page(bi_text("登录", "Log in") + " - LexKiosk", form, nav=False)


@dataclass(frozen=True)
class Filters:
    state: str = ""
    region: str = ""
    faults_only: bool = False
    text: str = ""


def state_of(view: KioskView) -> str:
    return "revoked" if view.revoked else ("online" if view.online else "offline")


def faults_of(view: KioskView) -> list[str]:
    """Devices not working, in words a technician reads at a glance: `printer: paper out`."""
    faults = []
    for device in view.devices:
        if device.get("status") != "online" or device.get("detail"):
            detail = device.get("detail") or device.get("status", "")
            faults.append(f"{device.get('family', '?')}: {detail}")
    return faults


FAMILY_WORDS = {
    "camera": "摄像头",
    "idReader": "身份证阅读器",
    "scanner": "扫描仪",
    "printer": "打印机",
    "speech": "语音",
    "speaker": "扬声器",
    "microphone": "麦克风",
}


def _faults_html(view: KioskView) -> str:
    """The faults as `打印机 printer: paper out`: the device in Chinese, the terminal's own
    status words after it in English."""
    parts = []
    for fault in faults_of(view):
        family, _, detail = fault.partition(": ")
        parts.append(bi(FAMILY_WORDS.get(family, family), f"{family}: {detail}"))
    return "; ".join(parts)


def matches(view: KioskView, filters: Filters) -> bool:
    if filters.state and state_of(view) != filters.state:
        return False
    if filters.region and not (
        view.region_code and region_within(view.region_code, filters.region)
    ):
        return False
    if filters.faults_only and not faults_of(view):
        return False
    needle = filters.text.lower()
    return not needle or needle in view.terminal_id.lower() or needle in view.site.lower()


def _select(name: str, label: str, current: str, options: Iterable[tuple[str, str]]) -> str:
    """`label` is HTML; an option's text is plain (an <option> holds no markup): 在线 online."""
    items = "".join(
        f'<option value="{escape(v)}"{" selected" if v == current else ""}>{escape(text)}</option>'
        for v, text in options
    )
    return f'<label>{label} <select name="{name}">{items}</select></label>'


STATE_WORDS = {
    "online": ("在线", "online"),
    "offline": ("离线", "offline"),
    "revoked": ("已吊销", "revoked"),
}
HEADERS = (
    ("终端编号", "Terminal"),
    ("站点", "Site"),
    ("所属机构", "Organisation"),
    ("行政区划", "Region"),
    ("状态", "State"),
    ("设备故障", "Device faults"),
    ("最近联系 (UTC)", "Last seen"),
    ("配置版本", "Config"),
)


def fleet_page(
    username: str, views: list[KioskView], filters: Filters, query: str = "", board: str = ""
) -> str:
    """`query` is the page's own query string, for the refresh link; `board` the alerts and
    counts (central.console.fleet_board_html), shown before the filters and the list."""
    rows = []
    for view in views:
        state = state_of(view)
        faults = faults_of(view)
        seen = f"{view.last_seen:%Y-%m-%d %H:%M:%S}" if view.last_seen else ""
        rows.append(
            f'<tr data-terminal="{escape(view.terminal_id)}">'
            f"<td>{data(view.terminal_id)}</td><td>{data(view.site)}</td>"
            f"<td>{data(view.organisation or '-')}</td><td>{data(view.region_code or '-')}</td>"
            f'<td class="{state}">{bi(*STATE_WORDS[state])}</td>'
            f'<td class="fault">{_faults_html(view) if faults else ""}</td>'
            f"<td>{escape(seen) if seen else bi('从未', 'never')}</td>"
            f"<td>{escape(str(view.config_version or '-'))}</td></tr>"
        )
    states = [
        ("", bi_text("全部", "any")),
        *((code, bi_text(*words)) for code, words in STATE_WORDS.items()),
    ]
    checked = " checked" if filters.faults_only else ""
    heads = "".join(f"<th>{bi(*words)}</th>" for words in HEADERS)
    body = (
        f"<h1>{bi('终端', 'Terminals')}</h1><p>{bi('当前用户', 'Logged in as')} "
        f"{data(username)} "
        '<form method="post" action="/console/logout" style="display:inline">'
        f'<button type="submit">{bi("退出", "Log out")}</button></form></p>'
        f"{board}"
        '<form class="filters" method="get" action="/console/">'
        f"{_select('state', bi('状态', 'State'), filters.state, states)}"
        f"<label>{bi('行政区划', 'Region')} "
        f'<input name="region" value="{escape(filters.region)}" size="6"></label>'
        f'<label><input type="checkbox" name="faults" value="1"{checked}> '
        f"{bi('只看故障', 'faults only')}</label>"
        f'<label>{bi("搜索", "Search")} <input name="q" value="{escape(filters.text)}"></label>'
        f'<button type="submit">{bi("筛选", "Filter")}</button></form>'
        f"<p>{bi(f'共 {len(views)} 台终端。', f'{len(views)} terminal(s).')} "
        f'<a href="/console/{escape("?" + query if query else "")}" class="refresh">'
        f"{bi('刷新', 'Refresh')}</a> "
        f"{bi('（列表不会自动刷新）', '(the list does not reload by itself)')}</p>"
        f"<table><thead><tr>{heads}</tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )
    return _page(bi_text("终端", "Terminals") + " - LexKiosk", body)
