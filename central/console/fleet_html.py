"""The fleet console's HTML, built by hand (no template engine needed for two pages).

Every value goes through `escape`: terminal sites and device details come from terminals.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from html import escape

from central.auth.staff import region_within
from central.console.nav import NAV_STYLE, sections_nav
from central.fleet.enrolment import KioskView

_STYLE = """
body{font-family:"WenQuanYi Micro Hei",sans-serif;margin:1.5rem;color:#1d2329}
table{border-collapse:collapse;width:100%}th,td{padding:.35rem .6rem;border-bottom:1px solid #ddd;
text-align:left}th{background:#f2f4f6}.online{color:#137333}.offline{color:#b3261e}
.revoked{color:#777}.fault{color:#b3261e}form.filters{margin:1rem 0;display:flex;gap:.8rem}
"""


def _page(title: str, body: str, nav: bool = True) -> str:
    """No automatic refresh: a page that reloads by itself moves a screen reader's place and
    a keyboard user's focus (WCAG 2.2.1); the fleet page has a refresh link instead."""
    return (
        '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title><style>{_STYLE}{NAV_STYLE}</style></head>"
        f"<body>{sections_nav() if nav else ''}<main>{body}</main></body></html>"
    )


def login_page(message: str = "", next_page: str = "/console/") -> str:
    """The login form; `next_page` (a /console/ path) is where a successful login goes."""
    note = f'<p class="fault" role="alert">{escape(message)}</p>' if message else ""
    form = (
        "<h1>LexKiosk fleet console</h1>"
        f'{note}<form method="post" action="/console/login">'
        f'<input type="hidden" name="next" value="{escape(next_page)}">'
        '<label>Username <input name="username" autocomplete="username" required></label> '
        '<label>Password <input name="password" type="password" '
        'autocomplete="current-password" required></label> '
        '<button type="submit">Log in</button></form>'
    )
    return _page("Log in - LexKiosk", form, nav=False)


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


def _select(name: str, current: str, options: Iterable[tuple[str, str]]) -> str:
    items = "".join(
        f'<option value="{escape(v)}"{" selected" if v == current else ""}>{escape(label)}</option>'
        for v, label in options
    )
    return f'<label>{escape(name.title())} <select name="{name}">{items}</select></label>'


def fleet_page(username: str, views: list[KioskView], filters: Filters, query: str = "") -> str:
    """`query` is the page's own query string, for the refresh link."""
    rows = []
    for view in views:
        state = state_of(view)
        faults = faults_of(view)
        seen = view.last_seen.isoformat(timespec="seconds") if view.last_seen else "never"
        rows.append(
            f'<tr data-terminal="{escape(view.terminal_id)}">'
            f"<td>{escape(view.terminal_id)}</td><td>{escape(view.site)}</td>"
            f"<td>{escape(view.organisation or '-')}</td><td>{escape(view.region_code or '-')}</td>"
            f'<td class="{state}">{state}</td>'
            f'<td class="fault">{escape("; ".join(faults))}</td>'
            f"<td>{escape(seen)}</td><td>{escape(str(view.config_version or '-'))}</td></tr>"
        )
    states = [("", "any"), ("online", "online"), ("offline", "offline"), ("revoked", "revoked")]
    checked = " checked" if filters.faults_only else ""
    body = (
        f"<h1>Terminals</h1><p>Logged in as {escape(username)}. "
        '<form method="post" action="/console/logout" style="display:inline">'
        '<button type="submit">Log out</button></form></p>'
        '<form class="filters" method="get" action="/console/">'
        f"{_select('state', filters.state, states)}"
        f'<label>Region <input name="region" value="{escape(filters.region)}" size="6"></label>'
        f'<label><input type="checkbox" name="faults" value="1"{checked}> faults only</label>'
        f'<label>Search <input name="q" value="{escape(filters.text)}"></label>'
        '<button type="submit">Filter</button></form>'
        f'<p>{len(views)} terminal(s). <a href="/console/{escape("?" + query if query else "")}" '
        'class="refresh">Refresh</a> (the list does not reload by itself)</p>'
        "<table><thead><tr><th>Terminal</th><th>Site</th><th>Organisation</th><th>Region</th>"
        "<th>State</th><th>Device faults</th><th>Last seen (UTC)</th><th>Config</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )
    return _page("Terminals - LexKiosk", body)
