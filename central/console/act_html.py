"""`/console/sessions/{id}/act`: the notarial act's state, its seal, the identity evidence
(masked), the documents and the recording segments, as hashes the journal also keeps."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from central.console.sessions_html import shell
from central.console.words import bi, data
from central.evidence.act_view import ActView

_STATE = {
    "sealing_pending": ("盖章处理中（尚未盖章）", "Sealing pending (not sealed yet)"),
    "sealed": ("已盖章", "Sealed"),
}
_WORDS = {
    "start": ("开始时", "at the start"),
    "reproof": ("断线后重新核验", "re-proof after a drop"),
    "id_card": ("身份证", "ID card"),
    "passport": ("护照", "passport"),
    "face_check": ("人脸比对", "face check"),
    "passed": ("通过", "passed"),
    "failed": ("未通过", "failed"),
}
_STYLE = "<style>.hash{font-family:monospace;font-size:.85em;overflow-wrap:anywhere}</style>"


def _when(value: datetime | str | None, zone: ZoneInfo) -> str:
    if value is None:
        return "-"
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M:%S")


def _word(key: str) -> str:
    return bi(*_WORDS[key]) if key in _WORDS else data(key)


def _hash(value: str | None) -> str:
    return f'<span class="hash" translate="no">{data(value or "-")}</span>'


def _rows(pairs: list[tuple[tuple[str, str], str]]) -> str:
    return (
        "<dl>"
        + "".join(f"<dt>{bi(*label)}</dt><dd>{value}</dd>" for label, value in pairs)
        + "</dl>"
    )


def _table(headers: list[tuple[str, str]], rows: list[list[str]], empty: tuple[str, str]) -> str:
    if not rows:
        return f"<p>{bi(*empty)}</p>"
    head = "".join(f'<th scope="col">{bi(*h)}</th>' for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _card(ident: str, title: tuple[str, str], inner: str) -> str:
    return (
        f'<section class="card" aria-labelledby="{ident}">'
        f'<h2 id="{ident}">{bi(*title)}</h2>{inner}</section>'
    )


def no_act_page(username: str, session_id: str) -> str:
    text = bi(
        "这次视频服务还没有公证记录：公证视频办理完成后才生成。",
        "This session has no notarial act yet: one is made when a notarisation completes.",
    )
    body = _card("seal-title", ("公证记录", "Notarial act"), f'<p id="no-act">{text}</p>')
    back = f'<p><a href="/console/sessions">{bi("回到队列", "Back to the queue")}</a></p>'
    return shell(("公证记录", "Notarial act"), username, body + data(session_id) + back)


def act_page(username: str, view: ActView, zone: ZoneInfo) -> str:
    record: dict[str, Any] = view.record
    state = bi(*_STATE.get(view.state, (view.state, view.state)))
    seal = _rows(
        [
            (("公证书编号", "Act"), data(view.act_id)),
            (("状态", "State"), f'<span id="act-state">{state}</span>'),
            (("尝试次数", "Attempts"), data(str(view.attempts))),
            (("未完成原因", "Why pending"), data(view.last_error or "-")),
            (("盖章单位", "Sealed by"), data(view.seal_signer or "-")),
            (("时间戳", "Time-stamp"), data(_when(view.seal_time, zone))),
            (("盖章文件 SHA-256", "Sealed file SHA-256"), _hash(view.sealed_sha256)),
            (("证书 SHA-256", "Seal certificate SHA-256"), _hash(view.seal_cert_sha256)),
        ]
    )
    parties = record.get("parties", {})
    people = _rows(
        [
            (
                ("当事人（已遮蔽）", "Resident (masked)"),
                data("、".join(parties.get("resident", [])) or "-"),
            ),
            (("承办公证员", "Notary"), data(str(parties.get("notary", "")) or "-")),
        ]
    )
    identity = _table(
        [
            ("时间", "When"),
            ("场合", "Occasion"),
            ("方式", "Method"),
            ("结果", "Result"),
            ("证件（已遮蔽）", "Subject (masked)"),
        ],
        [
            [
                data(_when(i["at"], zone)),
                _word(i["occasion"]),
                _word(i["method"]),
                _word(i["result"]),
                data(i["subject_masked"]),
            ]
            for i in record.get("identity", [])
        ],
        ("没有身份核验记录。", "No identity evidence recorded."),
    )
    documents = _table(
        [("文书", "Document"), ("SHA-256", "SHA-256"), ("签署后 SHA-256", "Signed SHA-256")],
        [
            [data(d["title"]), _hash(d["sha256"]), _hash(d["signed_sha256"])]
            for d in record.get("documents", [])
        ],
        ("没有文书记录。", "No documents recorded."),
    )
    segments = _table(
        [
            ("段", "Segment"),
            ("记录 SHA-256", "Record SHA-256"),
            ("前一段", "Previous"),
            ("存放位置", "Stored at"),
        ],
        [
            [
                data(str(s["index"])),
                _hash(s["record_sha256"]),
                _hash(s["prev_sha256"]),
                data(s["stored_at"]),
            ]
            for s in record.get("segments", [])
        ],
        ("没有录音录像分段记录。", "No recording segments recorded."),
    )
    body = (
        _STYLE
        + _card("seal-title", ("盖章", "Seal"), seal)
        + _card("parties-title", ("当事人", "Parties"), people)
        + _card("identity-title", ("身份核验", "Identity evidence"), identity)
        + _card("documents-title", ("文书", "Documents"), documents)
        + _card("segments-title", ("录音录像分段", "Recording segments"), segments)
        + f'<p><a href="/console/sessions">{bi("回到队列", "Back to the queue")}</a></p>'
    )
    return shell(("公证记录", "Notarial act"), username, body)
