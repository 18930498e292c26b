"""The mediator's console panel on the agreement, `/console/sessions/{id}/agreement/...`
(cookie login): a form with the template's fields (saving it is a new version and clears all
signatures), the signature status per party, the seal status and, once sealed, the download.
The rules are central.mediation.agreement's; the section is HTML the call page puts in place.

Stable ids: #agreement-panel, #agreement-form (one input or textarea per field, named as the
field), #agreement-cleared, #agreement-download.
"""

from __future__ import annotations

from html import escape
from typing import Annotated

from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from api_client.schemas.agreement import AgreementOut
from api_client.schemas.knowledge import TemplateField
from central.api.console_sessions_common import (
    CALL_RESPONSES,
    CallStaff,
    first,
    or_page,
    read_fields,
)
from central.api.deps import SessionDep
from central.api.request_console_common import PAGE_RESPONSES
from central.console.words import bi
from central.mediation import agreement, parties
from central.mediation.agreement_html import agreement_block
from central.mediation.agreement_model import SEALED, SIGNING
from central.models import DocumentTemplate
from central.sessions.deps import SessionId, context
from central.sessions.errors import SessionError

router = APIRouter(prefix="/console/sessions", tags=["console"])


class AgreementSection(BaseModel):
    html: str
    version: int
    state: str


def _input(field: TemplateField, value: str) -> str:
    label = f'<label for="f-{field.name}">{escape(field.label)}</label>'
    if field.type == "multiline":
        box = (
            f'<textarea id="f-{field.name}" name="{field.name}" rows="4" '
            f'maxlength="{field.max_length}">{escape(value)}</textarea>'
        )
    else:
        box = (
            f'<input id="f-{field.name}" name="{field.name}" value="{escape(value)}" '
            f'maxlength="{field.max_length}">'
        )
    return f"<p>{label}<br>{box}</p>"


def _form(session_id: str, fields: list[TemplateField], values: dict[str, str]) -> str:
    inputs = "".join(_input(f, values.get(f.name, "")) for f in fields)
    warn = bi(
        "保存即生成新版本，并清除各方已有的签名。",
        "Saving makes a new version and clears every signature given so far.",
    )
    return (
        f'<form id="agreement-form" method="post" action="/console/sessions/{session_id}/'
        f'agreement">{inputs}<p class="hint">{warn}</p>'
        f'<button type="submit">{bi("保存协议", "Save the agreement")}</button></form>'
    )


def panel(session: SessionDep, staff: CallStaff, session_id: str, cleared: int | None) -> str:
    vs, party = parties.mediator(session, staff, session_id)
    row = agreement.of_session(session, vs)
    template = (
        session.get(DocumentTemplate, row.template_id)
        if row
        else agreement.template_for(session, staff)
    )
    assert template is not None
    fields = agreement.fields_of(template)
    shown: AgreementOut | None = agreement.shown(session, vs, party.role) if row else None
    parts = ['<section id="agreement-panel">']
    if cleared:
        parts.append(
            '<p id="agreement-cleared" role="alert">'
            + bi(f"已清除 {cleared} 个签名，请各方重新阅读并签名。",
                 f"{cleared} signature(s) cleared: every party reads and signs again.")
            + "</p>"
        )  # fmt: skip
    if shown is not None:
        parts.append(agreement_block(shown))
    if row is None or row.state == SIGNING:
        parts.append(_form(vs.public_id, fields, row.values if row else {}))
    if row is not None and row.state == SEALED:
        parts.append(
            f'<p><a id="agreement-download" href="/console/sessions/{vs.public_id}/agreement/'
            f'sealed">{bi("下载已盖章的协议书", "Download the sealed agreement")}</a></p>'
        )
    parts.append("</section>")
    return "".join(parts)


@router.get("/{session_id}/agreement/section", responses=PAGE_RESPONSES)
def section(
    session_id: SessionId,
    staff: CallStaff,
    session: SessionDep,
    cleared: Annotated[int, Query(ge=0, le=3, description="signatures the last save cleared")] = 0,
) -> AgreementSection:
    """The panel, rendered again for the call page's script to put in place."""
    html = or_page(staff, lambda: panel(session, staff, session_id, cleared))
    vs, _ = parties.mediator(session, staff, session_id)
    row = agreement.of_session(session, vs)
    return AgreementSection(
        html=html, version=row.version if row else 0, state=row.state if row else "empty"
    )


@router.post("/{session_id}/agreement", responses=CALL_RESPONSES)
async def save(
    session_id: SessionId, request: Request, staff: CallStaff, session: SessionDep
) -> Response:
    """The form posted: every field's value; a new version, signatures cleared."""
    fields = await read_fields(request)
    values = {name: first(fields, name) for name in fields}
    ctx = context(request.app.state.settings)

    def fill() -> tuple[int, str]:
        vs, _ = parties.mediator(session, staff, session_id)
        _, cleared = agreement.fill(session, staff, vs, values, ctx.now)
        return cleared, vs.kind

    cleared, kind = await run_in_threadpool(or_page, staff, fill)
    if "application/json" in request.headers.get("accept", ""):
        return JSONResponse({"cleared_signatures": cleared})
    # back to the page the panel sits in: a mediation's own page, else the call page
    back = f"/console/sessions/{session_id}" + ("/mediation" if kind == "mediation" else "")
    return RedirectResponse(back, status_code=303)


@router.get(
    "/{session_id}/agreement/sealed",
    response_class=Response,
    responses={**PAGE_RESPONSES, 200: {"content": {"application/pdf": {}}}},
)
def sealed(session_id: SessionId, staff: CallStaff, session: SessionDep) -> Response:
    def look() -> bytes:
        vs, _ = parties.mediator(session, staff, session_id)
        row = agreement.existing(session, vs)
        if row.state != SEALED or row.sealed_pdf is None:
            raise SessionError(409, f"the agreement is not sealed yet ({row.state})")
        return row.sealed_pdf

    pdf = or_page(staff, look)
    return Response(
        pdf,
        media_type="application/pdf",
        headers={
            "Content-Disposition": 'inline; filename="agreement.pdf"',
            "Cache-Control": "no-store",
        },
    )


def install(app: FastAPI) -> None:
    app.include_router(router)
