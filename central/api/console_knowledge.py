"""`/console/knowledge` and `/console/templates`: the editors for admins and clerks, in the
fleet console's cookie session (see central.api.console)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Cookie, Path, Query, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import ValidationError
from sqlalchemy.orm import Session

from api_client.schemas import ID_MAX, TEMPLATE_CODE_PATTERN, TemplateCreate, TemplateIn
from central.api.console import _HTML, _token
from central.api.deps import SessionDep, StaffCredentials
from central.api.scope import actor
from central.auth.staff import staff_for_token, subtree_ids
from central.console.fleet_html import login_page
from central.console.knowledge_forms import (
    FormError,
    article_from_form,
    explain,
    fields_from_text,
    parse_form,
)
from central.console.knowledge_html import (
    article_form_page,
    articles_page,
    template_form_page,
    template_values,
    templates_page,
)
from central.knowledge.articles import (
    KnowledgeError,
    article_in_scope,
    article_out,
    create_article,
    edit_article,
    list_articles,
    unpublish_article,
)
from central.knowledge.templates import (
    create_template,
    latest_in_scope,
    list_latest,
    new_version,
    template_out,
    unpublish,
    versions,
)
from central.models import Staff

router = APIRouter(prefix="/console", tags=["console"])
EDITOR_ROLES = frozenset({"admin", "clerk"})
CookieToken = Annotated[str | None, Cookie(alias="lexkiosk_staff")]
ArticleId = Annotated[int, Path(ge=1, le=ID_MAX)]
Code = Annotated[str, Path(pattern=TEMPLATE_CODE_PATTERN)]
Done = Annotated[str, Query(pattern="^(|saved|unpublished)$")]
_PAGE: dict[int | str, dict[str, Any]] = {401: _HTML, 403: _HTML, 404: _HTML}
_FORM: dict[int | str, dict[str, Any]] = {
    **_PAGE,
    303: {"description": "saved; to the list"},
    400: _HTML,
    409: _HTML,
}
_NOTICES = {"saved": "Saved.", "unpublished": "Unpublished: kiosks drop it at their next sync."}


def _editor(
    session: Session, credentials: StaffCredentials, cookie: str | None, here: str
) -> Staff | HTMLResponse:
    token = _token(credentials, cookie)
    staff = staff_for_token(session, token) if token else None
    if staff is None:
        return HTMLResponse(login_page(next_page=here), status_code=status.HTTP_401_UNAUTHORIZED)
    if not EDITOR_ROLES.intersection(staff.roles):
        return HTMLResponse(
            login_page("The knowledge editors are for admins and clerks.", here),
            status_code=status.HTTP_403_FORBIDDEN,
        )
    return staff


def _to(path: str, done: str) -> RedirectResponse:
    return RedirectResponse(f"{path}?done={done}", status_code=status.HTTP_303_SEE_OTHER)


def _missing(staff: Staff, what: str) -> HTMLResponse:
    page = articles_page(staff.username, [], "", "")
    return HTMLResponse(
        page.replace("<table>", f'<p class="fault" role="alert">{what}</p><table>', 1),
        status_code=status.HTTP_404_NOT_FOUND,
    )


@router.get("/knowledge", response_class=HTMLResponse, responses=_PAGE)
def knowledge_list(
    session: SessionDep,
    credentials: StaffCredentials,
    lexkiosk_staff: CookieToken = None,
    category: Annotated[str, Query(pattern="^[a-z_]{0,32}$")] = "",
    done: Done = "",
) -> HTMLResponse:
    staff = _editor(session, credentials, lexkiosk_staff, "/console/knowledge")
    if isinstance(staff, HTMLResponse):
        return staff
    ids = subtree_ids(session, staff.organisation_id)
    rows = [article_out(a) for a in list_articles(session, ids, category or None, 500, 0)]
    return HTMLResponse(articles_page(staff.username, rows, category, _NOTICES.get(done, "")))


@router.get("/knowledge/new", response_class=HTMLResponse, responses=_PAGE)
def knowledge_new(
    session: SessionDep, credentials: StaffCredentials, lexkiosk_staff: CookieToken = None
) -> HTMLResponse:
    staff = _editor(session, credentials, lexkiosk_staff, "/console/knowledge/new")
    if isinstance(staff, HTMLResponse):
        return staff
    return HTMLResponse(article_form_page(staff.username, "/console/knowledge/new", {}))


@router.post("/knowledge/new", response_class=HTMLResponse, responses=_FORM)
async def knowledge_create(
    request: Request,
    session: SessionDep,
    credentials: StaffCredentials,
    lexkiosk_staff: CookieToken = None,
) -> Response:
    staff = _editor(session, credentials, lexkiosk_staff, "/console/knowledge/new")
    if isinstance(staff, HTMLResponse):
        return staff
    form: dict[str, str] = {}
    try:
        form = parse_form(await request.body())
        create_article(session, article_from_form(form), staff.organisation_id, actor(staff))
    except (FormError, KnowledgeError) as err:
        code = 409 if isinstance(err, KnowledgeError) else 400
        page = article_form_page(staff.username, "/console/knowledge/new", form, str(err))
        return HTMLResponse(page, status_code=code)
    return _to("/console/knowledge", "saved")


@router.get("/knowledge/{article_id}", response_class=HTMLResponse, responses=_PAGE)
def knowledge_edit_form(
    article_id: ArticleId,
    session: SessionDep,
    credentials: StaffCredentials,
    lexkiosk_staff: CookieToken = None,
) -> HTMLResponse:
    here = f"/console/knowledge/{article_id}"
    staff = _editor(session, credentials, lexkiosk_staff, here)
    if isinstance(staff, HTMLResponse):
        return staff
    try:
        article = article_out(article_in_scope(session, staff, article_id))
    except KnowledgeError as err:
        return _missing(staff, str(err))
    values = {
        "question": article.question,
        "answer": article.answer,
        "category": article.category,
        "region_code": article.region_code or "",
        "published": "1" if article.published else "",
    }
    return HTMLResponse(article_form_page(staff.username, here, values))


@router.post("/knowledge/{article_id}", response_class=HTMLResponse, responses=_FORM)
async def knowledge_edit(
    article_id: ArticleId,
    request: Request,
    session: SessionDep,
    credentials: StaffCredentials,
    lexkiosk_staff: CookieToken = None,
) -> Response:
    here = f"/console/knowledge/{article_id}"
    staff = _editor(session, credentials, lexkiosk_staff, here)
    if isinstance(staff, HTMLResponse):
        return staff
    form: dict[str, str] = {}
    try:
        article = article_in_scope(session, staff, article_id)
    except KnowledgeError as err:
        return _missing(staff, str(err))
    try:
        form = parse_form(await request.body())
        edit_article(session, article, article_from_form(form), actor(staff))
    except (FormError, KnowledgeError) as err:
        code = 409 if isinstance(err, KnowledgeError) else 400
        return HTMLResponse(
            article_form_page(staff.username, here, form, str(err)), status_code=code
        )
    return _to("/console/knowledge", "saved")


@router.post("/knowledge/{article_id}/unpublish", response_class=HTMLResponse, responses=_FORM)
def knowledge_unpublish(
    article_id: ArticleId,
    session: SessionDep,
    credentials: StaffCredentials,
    lexkiosk_staff: CookieToken = None,
) -> Response:
    staff = _editor(session, credentials, lexkiosk_staff, "/console/knowledge")
    if isinstance(staff, HTMLResponse):
        return staff
    try:
        unpublish_article(session, article_in_scope(session, staff, article_id), actor(staff))
    except KnowledgeError as err:
        return _missing(staff, str(err))
    return _to("/console/knowledge", "unpublished")


@router.get("/templates", response_class=HTMLResponse, responses=_PAGE)
def templates_list(
    session: SessionDep,
    credentials: StaffCredentials,
    lexkiosk_staff: CookieToken = None,
    done: Done = "",
) -> HTMLResponse:
    staff = _editor(session, credentials, lexkiosk_staff, "/console/templates")
    if isinstance(staff, HTMLResponse):
        return staff
    rows = [
        template_out(t) for t in list_latest(session, subtree_ids(session, staff.organisation_id))
    ]
    return HTMLResponse(templates_page(staff.username, rows, _NOTICES.get(done, "")))


@router.get("/templates/new", response_class=HTMLResponse, responses=_PAGE)
def template_new(
    session: SessionDep, credentials: StaffCredentials, lexkiosk_staff: CookieToken = None
) -> HTMLResponse:
    staff = _editor(session, credentials, lexkiosk_staff, "/console/templates/new")
    if isinstance(staff, HTMLResponse):
        return staff
    return HTMLResponse(template_form_page(staff.username, "/console/templates/new", {}))


def _template_in(form: dict[str, str]) -> TemplateIn:
    try:
        return TemplateIn(
            title=form.get("title", "").strip(),
            fields=fields_from_text(form.get("fields", "")),
            body=form.get("body", "").replace("\r\n", "\n"),
            published=form.get("published") == "1",
        )
    except ValidationError as err:
        raise FormError(explain(err)) from None


@router.post("/templates/new", response_class=HTMLResponse, responses=_FORM)
async def template_create(
    request: Request,
    session: SessionDep,
    credentials: StaffCredentials,
    lexkiosk_staff: CookieToken = None,
) -> Response:
    staff = _editor(session, credentials, lexkiosk_staff, "/console/templates/new")
    if isinstance(staff, HTMLResponse):
        return staff
    form: dict[str, str] = {}
    try:
        form = parse_form(await request.body())
        body = _template_in(form)
        try:
            created = TemplateCreate(code=form.get("code", "").strip(), **body.model_dump())
        except ValidationError as err:
            raise FormError(explain(err)) from None
        create_template(session, created, staff.organisation_id, actor(staff))
    except (FormError, KnowledgeError) as err:
        code = 409 if isinstance(err, KnowledgeError) else 400
        page = template_form_page(staff.username, "/console/templates/new", form, error=str(err))
        return HTMLResponse(page, status_code=code)
    return _to("/console/templates", "saved")


@router.get("/templates/{code}", response_class=HTMLResponse, responses=_PAGE)
def template_edit_form(
    code: Code,
    session: SessionDep,
    credentials: StaffCredentials,
    lexkiosk_staff: CookieToken = None,
) -> HTMLResponse:
    here = f"/console/templates/{code}"
    staff = _editor(session, credentials, lexkiosk_staff, here)
    if isinstance(staff, HTMLResponse):
        return staff
    try:
        row = latest_in_scope(session, staff.organisation_id, code)
    except KnowledgeError as err:
        return _missing(staff, str(err))
    latest = template_out(row)
    history = [template_out(v) for v in versions(session, {row.organisation_id}, code)]
    return HTMLResponse(template_form_page(staff.username, here, template_values(latest), history))


@router.post("/templates/{code}", response_class=HTMLResponse, responses=_FORM)
async def template_edit(
    code: Code,
    request: Request,
    session: SessionDep,
    credentials: StaffCredentials,
    lexkiosk_staff: CookieToken = None,
) -> Response:
    here = f"/console/templates/{code}"
    staff = _editor(session, credentials, lexkiosk_staff, here)
    if isinstance(staff, HTMLResponse):
        return staff
    try:
        latest = latest_in_scope(session, staff.organisation_id, code)
    except KnowledgeError as err:
        return _missing(staff, str(err))
    form: dict[str, str] = {"code": code}
    try:
        form = {**parse_form(await request.body()), "code": code}
        new_version(session, latest, _template_in(form), actor(staff))
    except (FormError, KnowledgeError) as err:
        status_code = 409 if isinstance(err, KnowledgeError) else 400
        history = [template_out(v) for v in versions(session, {latest.organisation_id}, code)]
        page = template_form_page(staff.username, here, form, history, error=str(err))
        return HTMLResponse(page, status_code=status_code)
    return _to("/console/templates", "saved")


@router.post("/templates/{code}/unpublish", response_class=HTMLResponse, responses=_FORM)
def template_unpublish(
    code: Code,
    session: SessionDep,
    credentials: StaffCredentials,
    lexkiosk_staff: CookieToken = None,
) -> Response:
    staff = _editor(session, credentials, lexkiosk_staff, "/console/templates")
    if isinstance(staff, HTMLResponse):
        return staff
    try:
        unpublish(session, latest_in_scope(session, staff.organisation_id, code), actor(staff))
    except KnowledgeError as err:
        return _missing(staff, str(err))
    return _to("/console/templates", "unpublished")
