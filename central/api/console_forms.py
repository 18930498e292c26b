"""Reading urlencoded console forms with the stdlib, and turning refusals into one line."""

from __future__ import annotations

from urllib.parse import parse_qs

from fastapi import Request
from pydantic import ValidationError

from central.requests.errors import RequestError

MAX_FORM_BYTES = 16 * 1024
HINTS = {
    "phone": "a mobile number (11 digits starting with 1) or a landline with its area code, "
    "digits only",
    "id_number": "18 characters: 17 digits and a digit or X",
    "name": "1 to 64 characters",
    "summary": "say what it is about (up to 2000 characters)",
    "reason": "give a reason of at least 2 characters",
    "to_organisation": "choose the receiving organisation",
    "deadline_days": "a whole number of working days, 1 to 60",
    "kind": "choose a kind",
    "channel": "choose hall or hotline",
}
OK_NOTES = {
    "created": "Recorded. 已登记。",
    "accept": "Accepted. 已受理。",
    "start": "Work started. 开始办理。",
    "complete": "Completed. 已办结。",
    "close": "Closed. 已结案。",
    "reject": "Rejected. 不予受理。",
    "transfer": "Transfer order issued. 已转办。",
    "transfer_accept": "Transfer accepted: your organisation holds the request. 已接收。",
    "transfer_return": "Returned to the sender. 已退回。",
}


async def read_form(request: Request) -> dict[str, str]:
    """The first value of each field; a body past 16 KiB is cut (the fields are short)."""
    raw = (await request.body())[:MAX_FORM_BYTES].decode("utf-8", "replace")
    return {k: v[0] for k, v in parse_qs(raw, keep_blank_values=True).items()}


def form_errors(err: ValidationError | RequestError) -> str:
    """`applicant.phone: String should match pattern ...` -> a line a clerk can act on."""
    if isinstance(err, RequestError):
        return str(err)
    parts = []
    for problem in err.errors():
        field = str(problem["loc"][-1]) if problem["loc"] else "form"
        parts.append(f"{field}: {HINTS.get(field, problem['msg'])}")
    return "Please correct: " + "; ".join(parts)
