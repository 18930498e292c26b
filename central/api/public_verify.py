"""`/public/verify`: anyone may check a sealed notarial certificate, by uploading the PDF or
by opening the link in its QR code. No token; every call counts against the caller's address;
an upload is size-limited (here and, before the route, in central.web.body_gate). Answers
name the act or mediation agreement, the organisation that sealed it and when, never a
person."""

from __future__ import annotations

import math
import secrets
from functools import cache
from importlib.resources import files
from typing import Annotated, Literal
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Query, Request, status
from fastapi.responses import HTMLResponse, Response
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from central.api.deps import SessionDep, SettingsDep
from central.api.problems import problems
from central.evidence.answers import ActFacts, SealAnswer
from central.evidence.models import NotarialAct
from central.evidence.public import act_facts, seal_answer
from central.evidence.signer import SignerError, load_roots
from central.evidence.verify_pdf import NotAPdf
from central.ratelimit import Limiter

router = APIRouter(tags=["public"])
_SECURITY = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; "
    "base-uri 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
NO_ACT = "no sealed act with this number and code"
_LIMITED = problems(s429="too many verifications; see Retry-After")


@cache
def _site(name: str) -> bytes:
    return files("central.evidence.site").joinpath(name).read_bytes()


def per_client(request: Request) -> None:
    limiter: Limiter = request.app.state.verify_limiter
    client = request.client.host if request.client else "unknown"
    taken = limiter.take(f"verify:{client}")
    if taken.wait > 0:
        seconds = math.ceil(taken.wait)
        raise HTTPException(
            status.HTTP_429_TOO_MANY_REQUESTS,
            f"too many verifications; try again in {seconds} s",
            headers={"Retry-After": str(seconds)},
        )


PerClient = Depends(per_client)


@router.get(
    "/public/verify",
    response_class=HTMLResponse,
    responses={200: {"content": {"text/html": {}}}},
)
def page() -> HTMLResponse:
    """The page in Chinese; it reads `?act=&code=` (the QR link) or takes an upload."""
    return HTMLResponse(_site("verify.html"), headers=_SECURITY)


_ASSETS = {"verify.js": "text/javascript", "verify.css": "text/css"}


@router.get(
    "/public/verify/{name}",
    responses={200: {"content": {"text/javascript": {}, "text/css": {}}}},
)
def asset(name: Literal["verify.js", "verify.css"]) -> Response:
    return Response(_site(name), media_type=f"{_ASSETS[name]}; charset=utf-8", headers=_SECURITY)


@router.post(
    "/public/api/verify",
    responses={
        **_LIMITED,
        **problems(s413="the PDF is too large", s415="not a PDF"),
        200: {"model": SealAnswer},
    },
    dependencies=[PerClient],
    openapi_extra={
        "requestBody": {
            "required": True,
            # the PDF's bytes, whatever Content-Type the browser gives them (octet-stream here
            # so generated-request tests can send bytes too)
            "content": {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
            },
        }
    },
)
async def verify_upload(request: Request, session: SessionDep, settings: SettingsDep) -> SealAnswer:
    """The uploaded PDF (the request body, its bytes as they are): whose seal, when, for which
    act, altered since or not, and whether the certificate was valid then."""
    limit = settings.evidence.verify_max_bytes
    data = await request.body()
    if len(data) > limit:
        raise HTTPException(413, f"the PDF is {len(data)} bytes; at most {limit} are accepted")
    if not data:
        raise HTTPException(415, "send the sealed PDF as the request body (application/pdf)")
    try:
        roots = load_roots(settings.evidence.trust_roots)
        # pyHanko's validation runs its own event loop: off this one
        zone = ZoneInfo(settings.timezone)
        return await run_in_threadpool(seal_answer, session, data, roots, zone)
    except NotAPdf as err:
        raise HTTPException(
            415, f"{err}; only a sealed PDF (application/pdf) is accepted"
        ) from None
    except SignerError as err:
        raise HTTPException(503, f"verification is not configured: {err}") from None


@router.get(
    "/public/api/verify/acts/{act_id}",
    responses={**_LIMITED, **problems(s404=NO_ACT)},
    dependencies=[PerClient],
)
def verify_act(
    act_id: str,
    session: SessionDep,
    code: Annotated[str, Query(min_length=8, max_length=32)],
) -> ActFacts:
    """The QR link's act: sealed or still pending, by whom and when (number and code must
    both match, so acts cannot be listed by guessing numbers)."""
    act = session.scalars(select(NotarialAct).where(NotarialAct.public_id == act_id)).first()
    if act is None or not secrets.compare_digest(act.verify_code, code):
        raise HTTPException(404, NO_ACT)
    return act_facts(act)


def install(app: FastAPI, limiter: Limiter) -> None:
    """Before the public pages' `/public/{tab}`, which would otherwise take `/public/verify`."""
    app.state.verify_limiter = limiter
    app.include_router(router)
