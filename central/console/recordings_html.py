"""The console's recording pieces: the start control on the call page (after consent) and
the playback page of a session's segments (handler and supervisor)."""

from __future__ import annotations

from html import escape
from typing import Any
from zoneinfo import ZoneInfo

from central.console.sessions_html import local, shell
from central.console.words import bi, data


def recording_form(session_id: str, consent: str = "", read: str = "", spoken: str = "") -> str:
    """Two confirmations, then the start button; the script shows the state after it.
    `consent` (HTML) says who has consented so far (a mediation's parties); `read` and
    `spoken` (HTML) replace the confirmations' words, e.g. to name the resident."""
    sid = escape(session_id)
    read = read or bi("已向居民宣读录像告知", "I read the consent screen aloud")
    spoken = spoken or bi("居民已口头表示同意", "The resident stated consent, spoken")
    return (
        '<section class="card" aria-labelledby="recording-title">'
        f'<h2 id="recording-title">{bi("录像", "Recording")}</h2>{consent}'
        f'<form id="recording-form" method="post" action="/console/sessions/{sid}/recording">'
        '<p><input type="checkbox" id="consent-read" name="consent_read_aloud" value="yes" '
        f'required> <label for="consent-read">{read}'
        "</label></p>"
        '<p><input type="checkbox" id="consent-spoken" name="consent_spoken" value="yes" '
        f'required> <label for="consent-spoken">{spoken}'
        "</label></p>"
        f'<button type="submit" id="recording-start">{bi("开始录像", "Start recording")}</button> '
        '<span id="recording-state" role="status" aria-live="polite"></span></form></section>'
    )


def _kind(record: dict[str, Any]) -> str:
    return "side_talk" if record.get("kind") == "side_talk" else "main"


def _kind_label(record: dict[str, Any]) -> str:
    """A side talk says so and names its participants (ids and roles: no names)."""
    if _kind(record) == "main":
        return ""
    who = ", ".join(
        f"{p.get('participant_id', '')} ({p.get('role', '')})"
        for p in record.get("participants", [])
    )
    label = bi(f"单独谈话 {record.get('number', '')}", f"side talk {record.get('number', '')}")
    return f' · <span class="segment-kind">{label}</span> <small>{data(who)}</small>'


def playback_page(
    username: str, session_id: str, segments: list[dict[str, Any]], zone: ZoneInfo
) -> str:
    sid = escape(session_id)
    if not segments:
        items = f'<p id="no-segments">{bi("本次通话没有录像。", "This call has no recording.")}</p>'
    else:
        rows = []
        for record in segments:
            n = int(record["index"])
            rows.append(
                f'<li class="card" id="segment-{n}" data-kind="{_kind(record)}">'
                f"<h3>{bi(f'第 {n} 段', f'Segment {n}')}{_kind_label(record)}</h3>"
                f"<p>{local(record['started_at_dt'], zone)} – {local(record['ended_at_dt'], zone)}"
                f" ({float(record['duration_s']):.1f} s)</p>"
                f'<video controls preload="metadata" width="640" '
                f'src="/console/sessions/{sid}/recordings/{n}" '
                f'aria-label="{escape(f"第 {n} 段录像 Segment {n}")}"></video>'
                f"<p><small>SHA-256 {data(str(record['file_sha256']))}</small></p></li>"
            )
        items = f'<ol class="segments">{"".join(rows)}</ol>'
    body = (
        '<section class="card" aria-labelledby="playback-title">'
        f'<h2 id="playback-title">{bi("通话录像", "Call recording")} {data(session_id)}</h2>'
        f"<p>{bi('每次播放均记入日志。', 'Every playback is journaled.')}</p>{items}</section>"
    )
    return shell(("通话录像", "Call recording"), username, body)
