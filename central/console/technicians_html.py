"""The console page that pushes technicians' PINs to terminals (hashed by the service before
anything is stored). PINs are never written back into the page, not even after a refusal."""

from __future__ import annotations

from html import escape

from central.console.fleet_html import _page
from central.console.words import bi, bi_text

_STYLE = """<style>
form.push label{display:block;margin:.8rem 0 .2rem;font-weight:bold}
form.push label .en{font-weight:normal}
form.push input,form.push select,form.push textarea{font-size:1rem;padding:.3rem}
form.push textarea{width:100%;max-width:30rem;font-family:monospace}
.help{color:#555;font-size:.9rem}.notice{color:#137333}button{font-size:1rem;padding:.3rem .8rem}
</style>"""
KINDS = (
    ("all", "本机构全部终端", "all terminals of your organisation"),
    ("region", "某行政区划", "a region"),
    ("site", "某服务点", "a site"),
    ("terminal", "某台终端", "one terminal"),
)


def technicians_page(values: dict[str, str], notice: str = "", error: str = "") -> str:
    """`values`: the target fields to show again (never the PINs); `notice`, `error`: HTML."""
    chosen = values.get("target_kind", "all")
    options = "".join(
        f'<option value="{kind}"{" selected" if kind == chosen else ""}>'
        f"{escape(bi_text(zh, en))}</option>"
        for kind, zh, en in KINDS
    )
    shown = f'<p class="notice" role="status">{notice}</p>' if notice else ""
    if error:
        shown += f'<p class="fault" role="alert">{error}</p>'
    body = (
        f"<h1>{bi('技术员 PIN 下发', 'Technicians: push PINs to terminals')}</h1>{shown}"
        '<form class="push" method="post" action="/console/technicians">'
        f'<label for="target_kind">{bi("下发范围", "Send to")}</label>'
        f'<select id="target_kind" name="target_kind">{options}</select>'
        f'<label for="target">{bi("范围值", "Which")}</label>'
        f'<input type="text" id="target" name="target" size="20" '
        f'value="{escape(values.get("target", ""))}" autocomplete="off">'
        '<p class="help">'
        + bi(
            "全部终端留空；行政区划填 6 位代码；服务点填名称；终端填编号，如 K001。",
            "Empty for all; a six-digit region code; a site name; or a terminal id, e.g. K001.",
        )
        + "</p>"
        f'<label for="entries">{bi("技术员（每行：账号 PIN）", "Technicians (NAME PIN a line)")}'
        "</label>"
        '<textarea id="entries" name="entries" rows="6" autocomplete="off" spellcheck="false">'
        "</textarea>"
        '<p class="help">'
        + bi(
            "PIN 为 4 至 12 位数字，由服务端加密后随配置下发；本次名单替换终端上原有名单。",
            "A PIN is 4 to 12 digits, hashed by the service and sent with the configuration; "
            "this list replaces the one on the terminals.",
        )
        + "</p>"
        f'<p><button type="submit">{bi("下发", "Push")}</button></p></form>'
    )
    return _page(f"{bi_text('技术员', 'Technicians')} - LexKiosk", _STYLE + body)
