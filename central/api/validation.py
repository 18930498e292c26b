"""422 answers without the submitted values: registered once by the app factory.

FastAPI's own answer to a body or parameter that does not fit the schema lists each problem
with the value that was sent (`input`) and, for some problems, that value again inside `ctx`
or the message. A rejected submission can carry an ID number, a phone number or a name; the
answer goes back to the caller and into proxies' and clients' logs. This handler keeps the
documented shape (`HTTPValidationError`: `loc`, `msg`, `type`, plus `ctx` values that describe
the rule, such as a pattern or a length) and drops everything that repeats what was sent.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from fastapi import FastAPI, Request, status
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

_HIDDEN = "<the submitted value>"


def _texts(value: object) -> set[str]:
    """Every scalar inside the submitted value, as text (long enough to be worth hiding)."""
    if isinstance(value, Mapping):
        return {text for item in value.values() for text in _texts(item)}
    if isinstance(value, list | tuple | set):
        return {text for item in value for text in _texts(item)}
    if value is None or isinstance(value, bool):
        return set()
    text = str(value)
    return {text} if len(text) >= 3 else set()


def _without(text: str, secrets: Iterable[str]) -> str:
    for secret in sorted(secrets, key=len, reverse=True):
        text = text.replace(secret, _HIDDEN)
    return text


def _rule_context(ctx: Mapping[str, Any], secrets: set[str]) -> dict[str, Any]:
    """The `ctx` values that describe the rule; a value that repeats the input is dropped,
    an exception's text is kept with the input cut out."""
    kept: dict[str, Any] = {}
    for key, value in ctx.items():
        shown = str(value) if isinstance(value, BaseException) else value
        if isinstance(shown, str):
            if shown in secrets:
                continue
            shown = _without(shown, secrets)
        elif _texts(shown) & secrets:
            continue
        kept[key] = shown
    return kept


def scrubbed(errors: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The problems as `loc`, `msg`, `type` (and the rule's `ctx`), never the sent values."""
    clean: list[dict[str, Any]] = []
    for error in errors:
        secrets = _texts(error.get("input"))
        item: dict[str, Any] = {
            "loc": list(error.get("loc", ())),
            "msg": _without(str(error.get("msg", "")), secrets),
            "type": str(error.get("type", "")),
        }
        ctx = error.get("ctx")
        if isinstance(ctx, Mapping):
            rule = _rule_context(ctx, secrets)
            if rule:
                item["ctx"] = rule
        clean.append(item)
    return clean


async def _invalid(_request: Request, err: Exception) -> JSONResponse:
    assert isinstance(err, RequestValidationError)
    body = {"detail": jsonable_encoder(scrubbed(err.errors()))}
    return JSONResponse(body, status_code=status.HTTP_422_UNPROCESSABLE_CONTENT)


def register_validation_handler(app: FastAPI) -> None:
    """Every route's 422 for a body or parameter that does not fit: without the values."""
    app.add_exception_handler(RequestValidationError, _invalid)
