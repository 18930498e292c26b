"""Reading urlencoded console forms with the stdlib, and turning refusals into one line."""

from __future__ import annotations

from urllib.parse import parse_qs

from fastapi import Request
from pydantic import ValidationError

from central.console.words import bi, reason
from central.requests.errors import RequestError

MAX_FORM_BYTES = 16 * 1024
# What a field needs, (Chinese, English), shown when a form is refused.
HINTS = {
    "phone": (
        "手机号（11 位，以 1 开头）或带区号的固定电话，只填数字",
        "a mobile number (11 digits starting with 1) or a landline with its area code, digits only",
    ),
    "id_number": ("18 位：17 位数字加一位数字或 X", "18 characters: 17 digits and a digit or X"),
    "name": ("1 至 64 个字", "1 to 64 characters"),
    "summary": ("请写明事由（不超过 2000 字）", "say what it is about (up to 2000 characters)"),
    "reason": ("请填写理由，至少 2 个字", "give a reason of at least 2 characters"),
    "to_organisation": ("请选择接收机构", "choose the receiving organisation"),
    "deadline_days": ("1 至 60 个工作日的整数", "a whole number of working days, 1 to 60"),
    "kind": ("请选择类型", "choose a kind"),
    "channel": ("请选择大厅或热线", "choose hall or hotline"),
}
FIELD_WORDS = {
    "phone": "电话",
    "id_number": "身份证号",
    "name": "姓名",
    "summary": "事由",
    "reason": "理由",
    "to_organisation": "接收机构",
    "deadline_days": "办理期限",
    "kind": "类型",
    "channel": "渠道",
    "address": "地址",
}
# The line shown after a step, (Chinese, English).
OK_WORDS = {
    "created": ("已登记。", "Recorded."),
    "accept": ("已受理。", "Accepted."),
    "start": ("开始办理。", "Work started."),
    "complete": ("已办结。", "Completed."),
    "close": ("已结案。", "Closed."),
    "reject": ("不予受理。", "Rejected."),
    "transfer": ("已转办。", "Transfer order issued."),
    "transfer_accept": (
        "已接收，本机构承办该申请。",
        "Transfer accepted: your organisation holds the request.",
    ),
    "transfer_return": ("已退回转出机构。", "Returned to the sender."),
}
OK_NOTES = {step: bi(*words) for step, words in OK_WORDS.items()}
"""The same lines as HTML, for the pages' status line."""


async def read_form(request: Request) -> dict[str, str]:
    """The first value of each field; a body past 16 KiB is cut (the fields are short)."""
    raw = (await request.body())[:MAX_FORM_BYTES].decode("utf-8", "replace")
    return {k: v[0] for k, v in parse_qs(raw, keep_blank_values=True).items()}


def form_errors(err: ValidationError | RequestError) -> str:
    """What was wrong, as HTML a clerk can act on: `请更正：电话 … Please correct: phone: …`.
    A refusal of the service (RequestError) keeps its own English reason after a Chinese lead."""
    if isinstance(err, RequestError):
        return reason("未能办理：", str(err))
    zh_parts, en_parts = [], []
    for problem in err.errors():
        field = str(problem["loc"][-1]) if problem["loc"] else "form"
        zh, en = HINTS.get(field, ("格式不正确", problem["msg"]))
        zh_parts.append(f"{FIELD_WORDS.get(field, field)}：{zh}")
        en_parts.append(f"{field}: {en}")
    return bi("请更正：" + "；".join(zh_parts), "Please correct: " + "; ".join(en_parts))
