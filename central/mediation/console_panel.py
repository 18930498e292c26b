"""The mediator's console panel on the agreement, `/console/sessions/{id}/agreement/...`
(cookie login): a form with the template's fields (saving it is a new version and clears all
signatures), the signature status per party, the seal status and, once sealed, the download.
The rules are central.mediation.agreement's; the section is HTML the call page puts in place.

Stable ids: #agreement-panel, #agreement-form (one input or textarea per field, named as the
field), #agreement-cleared, #agreement-download, and those of central.mediation.console_confirm
(the mediator's confirmation button and each party's copy).
"""

from __future__ import annotations

from datetime import datetime
from html import escape
from typing import Annotated
from zoneinfo import ZoneInfo

from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from api_client.schemas.agreement import AgreementOut, AgreementSign, CopyLink
from api_client.schemas.knowledge import TemplateField
from api_client.schemas.mediation import MediationRole
from central.api.console_sessions_common import (
    CALL_RESPONSES,
    CallStaff,
    first,
    or_page,
    read_fields,
)
from central.api.deps import SessionDep, SettingsDep
from central.api.problems import invalid_or_refused, problems
from central.api.request_console_common import PAGE_RESPONSES
from central.console.words import bi
from central.mediation import agreement, parties
from central.mediation.agreement_html import agreement_block
from central.mediation.agreement_model import SEALED, SIGNING, MediationAgreement
from central.mediation.console_confirm import confirmation, copies
from central.mediation.copies import copy_link
from central.models import DocumentTemplate
from central.sessions.deps import ContextDep, SessionId, context
from central.sessions.errors import SessionError
from central.settings import CentralSettings

router = APIRouter(prefix="/console/sessions", tags=["console"])


_CONFIRM = {
    **problems(s409="the agreement changed, or the mediator confirmed already", s413="too large"),
    **invalid_or_refused("not a PNG image, or a body that does not fit"),
}


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
        f'agreement"><h3>{bi("填写或修改协议", "Fill in or change the agreement")}</h3>'
        f'{inputs}<p class="hint">{warn}</p>'
        f'<button type="submit">{bi("保存协议", "Save the agreement")}</button></form>'
    )


def _links(
    settings: CentralSettings, row: MediationAgreement, shown: AgreementOut, now: datetime
) -> list[tuple[MediationRole, CopyLink]]:
    """Each signed party's copy link, in the agreement's order of slots."""
    base = settings.evidence.public_base_url
    return [
        (s.role, copy_link(base, row, s.participant_id, now))
        for s in shown.signatures
        if s.participant_id is not None
    ]


def panel(
    session: SessionDep,
    staff: CallStaff,
    session_id: str,
    cleared: int | None,
    settings: CentralSettings,
    now: datetime,
) -> str:
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
    zone = ZoneInfo(settings.timezone)
    parts = ['<section id="agreement-panel">']
    # the note stands until a party signs the new version (the page reloads with it)
    if cleared and not (shown and any(s.signed for s in shown.signatures)):
        parts.append(
            '<p id="agreement-cleared" role="alert">'
            + bi(f"已清除 {cleared} 个签名，请各方重新阅读并签名。",
                 f"{cleared} signature(s) cleared: every party reads and signs again.")
            + "</p>"
        )  # fmt: skip
    if shown is not None:
        parts.append(agreement_block(shown))
        parts.append(confirmation(shown, staff.display_name or staff.username, zone))
    if row is None or row.state == SIGNING:
        parts.append(_form(vs.public_id, fields, row.values if row else {}))
    if row is not None and row.state == SEALED:
        parts.append(
            f'<p><a id="agreement-download" href="/console/sessions/{vs.public_id}/agreement/'
            f'sealed">{bi("下载已盖章的协议书", "Download the sealed agreement")}</a></p>'
        )
        assert shown is not None
        parts.append(copies(_links(settings, row, shown, now), zone))
    parts.append("</section>")
    return "".join(parts)


def _section(
    session: SessionDep, staff: CallStaff, session_id: str, cleared: int,
    settings: CentralSettings, now: datetime,
) -> AgreementSection:  # fmt: skip
    html = panel(session, staff, session_id, cleared, settings, now)
    vs, _ = parties.mediator(session, staff, session_id)
    row = agreement.of_session(session, vs)
    return AgreementSection(
        html=html, version=row.version if row else 0, state=row.state if row else "empty"
    )


@router.get("/{session_id}/agreement/section", responses=PAGE_RESPONSES)
def section(
    session_id: SessionId,
    staff: CallStaff,
    session: SessionDep,
    settings: SettingsDep,
    ctx: ContextDep,
    cleared: Annotated[int, Query(ge=0, le=3, description="signatures the last save cleared")] = 0,
) -> AgreementSection:
    """The panel, rendered again for the call page's script to put in place."""
    return or_page(staff, lambda: _section(session, staff, session_id, cleared, settings, ctx.now))


@router.post("/{session_id}/agreement/confirm", responses={**CALL_RESPONSES, **_CONFIRM})
def confirm(
    session_id: SessionId,
    body: AgreementSign,
    staff: CallStaff,
    session: SessionDep,
    settings: SettingsDep,
    ctx: ContextDep,
) -> AgreementSection:
    """The mediator's confirmation from the panel's button: their signature in the mediator's
    slot for the version the panel showed (409 with the reason if it changed meanwhile); the
    answer is the panel again. Refusals are the service's JSON problems, for the script."""
    vs, party = parties.mediator(session, staff, session_id)
    agreement.sign(session, vs, party, body, ctx.now)
    return _section(session, staff, session_id, 0, settings, ctx.now)


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
    if cleared:  # the page says so: the panel's #agreement-cleared
        back += f"?cleared={cleared}"
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
