"""The video sessions page of the console (`/console/sessions`), built by hand like the other
console pages: the shell shared with the call page, availability, and the live queue.

Chinese first, English second (central.console.words); every value through `escape`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from html import escape
from zoneinfo import ZoneInfo

from api_client.schemas.sessions import AvailabilityOut, QueueItem
from central.console.nav import NAV_STYLE, sections_nav
from central.console.words import WORDS_STYLE, bi, bi_text, data

STYLE = """
body{font-family:"WenQuanYi Micro Hei",sans-serif;margin:0;color:#1d2329;background:#fafbfc}
header{background:#123c69;color:#fff;padding:.6rem 1.5rem;display:flex;gap:1.2rem;
align-items:center}header .me{margin-left:auto}header .en{color:#dfe6ee}
main{padding:1rem 1.5rem}h1{font-size:1.4rem;margin:.4rem 0 1rem}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{padding:.4rem .6rem;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}
th{background:#eef1f4}.alert{background:#fde7e6;color:#8c1d18;padding:.6rem 1rem;
border-radius:4px}.ok{background:#e6f4ea;color:#0d652d;padding:.6rem 1rem;border-radius:4px}
input,select,textarea,button{font:inherit;padding:.3rem .45rem}
button{background:#123c69;color:#fff;border:0;border-radius:4px;padding:.4rem .9rem;
cursor:pointer}button.secondary{background:#5f6b76}button.danger{background:#8c1d18}
section.card{background:#fff;border:1px solid #dde2e7;border-radius:6px;padding:.8rem 1rem;
margin:0 0 1rem}section.card h2{font-size:1.1rem;margin:.1rem 0 .6rem}
form.inline{display:flex;gap:.8rem;flex-wrap:wrap;align-items:center}
fieldset{border:0;padding:0;margin:0;display:flex;gap:.8rem;flex-wrap:wrap}
legend{float:left;margin-right:.6rem}.badge{display:inline-block;padding:.05rem .45rem;
border-radius:3px;background:#e3e8ee}.live{color:#0d652d}.stale{color:#8c1d18}
button .en,.live .en,.stale .en,.alert .en,.ok .en{color:inherit}
#queue-live{margin-left:.6rem;font-weight:normal;font-size:.9rem}
dl{display:grid;grid-template-columns:9rem 1fr;gap:.3rem .8rem;margin:0}dt{color:#4a5560}
dd{margin:0}#history{padding-left:1.2rem;margin:0}#history li{margin:.2rem 0}
#history small{color:#4a5560}h3{font-size:1rem;margin:.8rem 0 .3rem}
"""
KIND_WORDS = {
    "notarisation": ("公证", "notarisation"),
    "consultation": ("法律咨询", "legal consultation"),
    "legal_aid": ("法律援助", "legal aid interview"),
}
STATE_WORDS = {
    "queued": ("排队中", "queued"),
    "claimed": ("已接单", "claimed"),
    "connecting": ("连接中", "connecting"),
    "in_call": ("通话中", "in call"),
    "interrupted": ("连接中断", "interrupted"),
    "reconnecting": ("重新连接", "reconnecting"),
    "completing": ("结束中", "completing"),
    "completed": ("已完成", "completed"),
    "abandoned": ("已放弃", "abandoned"),
    "failed": ("失败", "failed"),
}
LANGUAGE_WORDS = {
    "zh": ("汉语", "Chinese"),
    "mn": ("蒙古语", "Mongolian"),
    "en": ("英语", "English"),
}
IDENTIFIED_WORDS = {
    "id_card": ("身份证读卡", "ID card read"),
    "passport": ("护照", "passport"),
    "face_check": ("人脸核验", "face check"),
    "declared": ("本人声明", "declared"),
    "none": ("未核验", "not established"),
}


def words(table: dict[str, tuple[str, str]], key: str) -> str:
    """A code in words; an unknown code as data (never passed off as a word)."""
    return bi(*table[key]) if key in table else data(key)


def local(moment: datetime | None, zone: ZoneInfo) -> str:
    return moment.astimezone(zone).strftime("%m-%d %H:%M") if moment else "-"


def shell(
    title: tuple[str, str],
    username: str,
    body: str,
    scripts: Iterable[str] = (),
    styles: Iterable[str] = (),
) -> str:
    """A whole console page; `scripts` and `styles` are paths on this service."""
    links = "".join(f'<link rel="stylesheet" href="{escape(s)}">' for s in styles)
    tags = "".join(f'<script src="{escape(s)}" defer></script>' for s in scripts)
    return (
        '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(bi_text(*title))} - LexKiosk</title>"
        f"<style>{STYLE}{NAV_STYLE}{WORDS_STYLE}</style>{links}{tags}</head><body>"
        f'<header><strong translate="no">LexKiosk</strong>'
        f"<span>{bi('视频服务', 'Video sessions')}</span>"
        f'<span class="me">{data(username)}</span><form method="post" action="/console/logout">'
        f'<button type="submit" class="secondary">{bi("退出", "Log out")}</button></form>'
        "</header>"
        f"<main>{sections_nav()}<h1>{bi(*title)}</h1>{body}</main></body></html>"
    )


def message(text: str, ok: bool = False) -> str:
    if not text:
        return ""
    kind, role = ("ok", "status") if ok else ("alert", "alert")
    return f'<p class="{kind}" role="{role}">{escape(text)}</p>'


def availability_form(now: AvailabilityOut) -> str:
    boxes = "".join(
        f'<label><input type="checkbox" name="languages" value="{code}"'
        f"{' checked' if code in now.languages else ''}> {words(LANGUAGE_WORDS, code)}</label>"
        for code in LANGUAGE_WORDS
    )
    state = bi("可接听", "available") if now.available else bi("暂离", "away")
    return (
        '<section class="card" aria-labelledby="availability-title">'
        f'<h2 id="availability-title">{bi("接听状态", "Availability")}</h2>'
        f'<p>{bi("现在", "Now")}: <strong id="availability-now">{state}</strong></p>'
        '<form class="inline" method="post" action="/console/sessions/availability">'
        f"<fieldset><legend>{bi('会说的语言', 'Languages spoken')}</legend>{boxes}</fieldset>"
        f'<button type="submit" name="available" value="1" id="set-available">'
        f"{bi('设为可接听', 'Set available')}</button>"
        f'<button type="submit" name="available" value="0" class="secondary" id="set-away">'
        f"{bi('设为暂离', 'Set away')}</button></form></section>"
    )


def queue_rows(items: list[QueueItem], zone: ZoneInfo, ice: str = "all") -> str:
    """The queue table's body; also served alone for the live refresh. `ice` = "relay" is
    carried to the call page (every candidate through TURN)."""
    carry = "?ice=relay" if ice == "relay" else ""
    if not items:
        empty = bi("现在没有等待的视频服务。", "Nobody is waiting now.")
        return f'<tr><td colspan="7">{empty}</td></tr>'
    rows = []
    for item in items:
        sid = escape(item.session_id)
        if item.state == "queued":
            action = (
                f'<form method="post" action="/console/sessions/{sid}/claim{carry}">'
                f'<button type="submit" class="claim" data-session="{escape(item.session_id)}">'
                f"{bi('接单', 'Claim')}</button></form>"
            )
        elif item.kind == "mediation":  # its call runs on the mediation page
            action = (
                f'<a href="/console/sessions/{sid}/mediation">'
                f"{bi('进入调解', 'Open the mediation')}</a>"
            )
        else:
            action = (
                f'<a href="/console/sessions/{escape(item.session_id)}{carry}">'
                f"{bi('进入通话', 'Open the call')}</a>"
            )
        reserved = f' <span class="badge">{bi("预约给您", "booked with you")}</span>'
        rows.append(
            f'<tr data-session="{escape(item.session_id)}">'
            f"<td>{words(KIND_WORDS, item.kind)}{reserved if item.reserved_for_you else ''}</td>"
            f"<td>{words(STATE_WORDS, item.state)}</td>"
            f"<td>{escape(item.applicant_name)}</td>"
            f"<td>{words(LANGUAGE_WORDS, item.language)}</td>"
            f"<td>{data(item.site)} · {data(item.tracking_number)}</td>"
            f"<td>{local(item.queued_at, zone)}</td><td>{action}</td></tr>"
        )
    return "".join(rows)


def sessions_page(
    username: str,
    now: AvailabilityOut,
    items: list[QueueItem],
    zone: ZoneInfo,
    note: str = "",
    ok: str = "",
    ice: str = "all",
) -> str:
    heads = (
        ("类别", "Kind"),
        ("状态", "State"),
        ("居民", "Resident"),
        ("语言", "Language"),
        ("终端·受理号", "Terminal · tracking no."),
        ("排队时间", "Queued at"),
        ("操作", "Action"),
    )
    header = "".join(f'<th scope="col">{bi(zh, en)}</th>' for zh, en in heads)
    body = (
        f"{message(note)}{message(ok, ok=True)}{availability_form(now)}"
        '<section class="card" aria-labelledby="queue-title">'
        f'<h2 id="queue-title">{bi("等待队列", "Queue")} '
        f'<small id="queue-live" class="stale" aria-live="polite">'
        f"{bi('正在连接实时更新', 'connecting live updates')}</small></h2>"
        f'<table id="queue"><thead><tr>{header}</tr></thead>'
        f'<tbody id="queue-rows">{queue_rows(items, zone, ice)}</tbody></table></section>'
    )
    return shell(
        ("视频服务", "Video sessions"), username, body, ["/console/sessions/static/queue.js"]
    )
