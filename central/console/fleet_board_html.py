"""The top of the terminals page: the alerts first, then the fleet counted by state and by
region (central.fleet.alerts). Every value goes through `escape` or `data`."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from html import escape

from central.console.fleet_html import STATE_WORDS, state_of
from central.console.words import bi, data
from central.fleet.alerts import Alert, AlertKind
from central.fleet.enrolment import KioskView

KIND_WORDS = {
    AlertKind.OFFLINE: ("长时间离线", "offline too long"),
    AlertKind.DEVICE_FAULT: ("设备故障", "device fault"),
    AlertKind.PAPER_LOW: ("纸张不足", "paper low"),
    AlertKind.OUTBOX_BACKLOG: ("待发送积压", "outbox backlog"),
    AlertKind.CRASH_LOOP: ("反复崩溃", "crash loop"),
    AlertKind.UPDATE_FAILED: ("更新失败", "update failed"),
    AlertKind.DISK_SPACE: ("磁盘空间不足", "disk space low"),
    AlertKind.CLOCK_SKEW: ("时钟偏差", "clock skew"),
    AlertKind.CERT_EXPIRY: ("证书即将过期", "certificate expiring"),
    AlertKind.SERVICE_UNREACHABLE: ("外部服务不可达", "service unreachable"),
}


def region_prefix(code: str | None) -> str:
    """The city level of a GB/T 2260 code (150105 -> 150100): few enough for a label."""
    return f"{code[:4]}00" if code else "-"


def count_by_state(views: Iterable[KioskView]) -> Counter[str]:
    return Counter(state_of(v) for v in views)


def count_by_region(views: Iterable[KioskView]) -> Counter[tuple[str, str]]:
    return Counter((region_prefix(v.region_code), state_of(v)) for v in views)


def _alerts_html(alerts: list[Alert]) -> str:
    if not alerts:
        return (
            f'<section class="alerts none" aria-labelledby="alerts-h"><h2 id="alerts-h">'
            f"{bi('告警', 'Alerts')}</h2><p>{bi('当前没有告警。', 'No alerts now.')}</p></section>"
        )
    rows = "".join(
        f'<tr data-alert="{a.kind.value}" data-subject="{escape(a.subject)}">'
        f'<td class="fault">{bi(*KIND_WORDS[a.kind])}</td><td>{data(a.subject)}</td>'
        f"<td>{data(a.region_code or '-')}</td><td>{data(a.detail)}</td></tr>"
        for a in alerts
    )
    heads = "".join(
        f"<th>{bi(*w)}</th>"
        for w in (
            ("告警", "Alert"),
            ("对象", "Subject"),
            ("行政区划", "Region"),
            ("详情", "Detail"),
        )
    )
    return (
        '<section class="alerts" aria-labelledby="alerts-h" role="region">'
        f'<h2 id="alerts-h">{bi(f"告警（{len(alerts)}）", f"Alerts ({len(alerts)})")}</h2>'
        f"<table><thead><tr>{heads}</tr></thead><tbody>{rows}</tbody></table></section>"
    )


def board_html(alerts: list[Alert], views: list[KioskView]) -> str:
    """Alerts, then counts by state, then by region (city level) and state."""
    states = count_by_state(views)
    state_rows = "".join(
        f'<tr data-state="{s}"><td class="{s}">{bi(*STATE_WORDS[s])}</td><td>{states[s]}</td></tr>'
        for s in STATE_WORDS
    )
    regions = count_by_region(views)
    region_rows = "".join(
        f'<tr data-region="{r}"><td>{data(r)}</td>'
        + "".join(f"<td>{regions[(r, s)]}</td>" for s in STATE_WORDS)
        + "</tr>"
        for r in sorted({r for r, _ in regions})
    )
    state_heads = "".join(f"<th>{bi(*w)}</th>" for w in STATE_WORDS.values())
    return (
        f'{_alerts_html(alerts)}<div class="counts">'
        f"<section><h2>{bi('按状态', 'By state')}</h2><table><thead><tr>"
        f"<th>{bi('状态', 'State')}</th><th>{bi('台数', 'Terminals')}</th></tr></thead>"
        f"<tbody>{state_rows}</tbody></table></section>"
        f"<section><h2>{bi('按地区', 'By region')}</h2><table><thead><tr>"
        f"<th>{bi('行政区划', 'Region')}</th>{state_heads}</tr></thead>"
        f"<tbody>{region_rows}</tbody></table></section></div>"
    )
