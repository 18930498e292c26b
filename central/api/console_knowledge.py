"""`/console/knowledge` and `/console/templates`: the editors for admins and clerks, in the
fleet console's cookie session (see central.api.console)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, Depends, Path, Query, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import ValidationError

from api_client.schemas import ID_MAX, TEMPLATE_CODE_PATTERN, TemplateCreate, TemplateIn
from central.api.console import _HTML
from central.api.console_auth import console_member
from central.api.console_page import found_or_page
from central.api.deps import SessionDep
from central.api.scope import actor
from central.auth.staff import subtree_ids
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
from central.console.words import bi, reason
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

T = TypeVar("T")

router = APIRouter(prefix="/console", tags=["console"])
EDITOR_ROLES = frozenset({"admin", "clerk"})
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
_NOTICES = {
    "saved": bi("已保存。", "Saved."),
    "unpublished": bi(
        "已撤回发布：各终端下次同步时删除。", "Unpublished: kiosks drop it at their next sync."
    ),
}


def _said(err: FormError | KnowledgeError) -> str:
    """The refusal as HTML, Chinese first: a form's own words, or the service's reason after
    a Chinese lead."""
    if isinstance(err, FormError):
        return bi(err.zh, str(err))
    return reason("未能保存：", str(err))


def _back(path: str) -> str:
    """Where a login returns: the page asked for; after an unpublish, the list."""
    if path.endswith("/unpublish"):
        return path.rsplit("/", 2)[0]
    return path


Editor = Annotated[
    Staff,
    Depends(
        console_member(
            EDITOR_ROLES,
            bi(
                "知识库编辑仅供管理员和窗口人员使用。",
                "The knowledge editors are for admins and clerks.",
            ),
            back=_back,
        )
    ),
]


def _to(path: str, done: str) -> RedirectResponse:
    return RedirectResponse(f"{path}?done={done}", status_code=status.HTTP_303_SEE_OTHER)


def _found(staff: Staff, look: Callable[[], T]) -> T:
    """`look()`; what is not there (or not the editor's) is the article list with the reason."""

    def missing(what: str) -> str:
        page = articles_page(staff.username, [], "", "")
        alert = f'<p class="fault" role="alert">{reason("未找到：", what)}</p>'
        return page.replace("<table>", f"{alert}<table>", 1)

    return found_or_page(look, KnowledgeError, missing)


@router.get("/knowledge", response_class=HTMLResponse, responses=_PAGE)
def knowledge_list(
    session: SessionDep,
    staff: Editor,
    category: Annotated[str, Query(pattern="^[a-z_]{0,32}$")] = "",
    done: Done = "",
) -> HTMLResponse:
    ids = subtree_ids(session, staff.organisation_id)
    rows = [article_out(a) for a in list_articles(session, ids, category or None, 500, 0)]
    return HTMLResponse(articles_page(staff.username, rows, category, _NOTICES.get(done, "")))


@router.get("/knowledge/new", response_class=HTMLResponse, responses=_PAGE)
def knowledge_new(staff: Editor) -> HTMLResponse:
    return HTMLResponse(article_form_page(staff.username, "/console/knowledge/new", {}))


@router.post("/knowledge/new", response_class=HTMLResponse, responses=_FORM)
async def knowledge_create(
    request: Request,
    session: SessionDep,
    staff: Editor,
) -> Response:
    form: dict[str, str] = {}
    try:
        form = parse_form(await request.body())
        create_article(session, article_from_form(form), staff.organisation_id, actor(staff))
    except (FormError, KnowledgeError) as err:
        code = 409 if isinstance(err, KnowledgeError) else 400
        page = article_form_page(staff.username, "/console/knowledge/new", form, _said(err))
        return HTMLResponse(page, status_code=code)
    return _to("/console/knowledge", "saved")


@router.get("/knowledge/{article_id}", response_class=HTMLResponse, responses=_PAGE)
def knowledge_edit_form(
    article_id: ArticleId,
    session: SessionDep,
    staff: Editor,
) -> HTMLResponse:
    here = f"/console/knowledge/{article_id}"
    article = article_out(_found(staff, lambda: article_in_scope(session, staff, article_id)))
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
    staff: Editor,
) -> Response:
    here = f"/console/knowledge/{article_id}"
    form: dict[str, str] = {}
    article = _found(staff, lambda: article_in_scope(session, staff, article_id))
    try:
        form = parse_form(await request.body())
        edit_article(session, article, article_from_form(form), actor(staff))
    except (FormError, KnowledgeError) as err:
        code = 409 if isinstance(err, KnowledgeError) else 400
        return HTMLResponse(
            article_form_page(staff.username, here, form, _said(err)), status_code=code
        )
    return _to("/console/knowledge", "saved")


@router.post("/knowledge/{article_id}/unpublish", response_class=HTMLResponse, responses=_FORM)
def knowledge_unpublish(
    article_id: ArticleId,
    session: SessionDep,
    staff: Editor,
) -> Response:
    _found(
        staff,
        lambda: unpublish_article(
            session, article_in_scope(session, staff, article_id), actor(staff)
        ),
    )
    return _to("/console/knowledge", "unpublished")


@router.get("/templates", response_class=HTMLResponse, responses=_PAGE)
def templates_list(
    session: SessionDep,
    staff: Editor,
    done: Done = "",
) -> HTMLResponse:
    rows = [
        template_out(t) for t in list_latest(session, subtree_ids(session, staff.organisation_id))
    ]
    return HTMLResponse(templates_page(staff.username, rows, _NOTICES.get(done, "")))


@router.get("/templates/new", response_class=HTMLResponse, responses=_PAGE)
def template_new(staff: Editor) -> HTMLResponse:
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
        raise FormError("请更正以下内容：", explain(err)) from None


@router.post("/templates/new", response_class=HTMLResponse, responses=_FORM)
async def template_create(
    request: Request,
    session: SessionDep,
    staff: Editor,
) -> Response:
    form: dict[str, str] = {}
    try:
        form = parse_form(await request.body())
        body = _template_in(form)
        try:
            created = TemplateCreate(code=form.get("code", "").strip(), **body.model_dump())
        except ValidationError as err:
            raise FormError("请更正以下内容：", explain(err)) from None
        create_template(session, created, staff.organisation_id, actor(staff))
    except (FormError, KnowledgeError) as err:
        code = 409 if isinstance(err, KnowledgeError) else 400
        page = template_form_page(staff.username, "/console/templates/new", form, error=_said(err))
        return HTMLResponse(page, status_code=code)
    return _to("/console/templates", "saved")


@router.get("/templates/{code}", response_class=HTMLResponse, responses=_PAGE)
def template_edit_form(
    code: Code,
    session: SessionDep,
    staff: Editor,
) -> HTMLResponse:
    here = f"/console/templates/{code}"
    row = _found(staff, lambda: latest_in_scope(session, staff.organisation_id, code))
    latest = template_out(row)
    history = [template_out(v) for v in versions(session, {row.organisation_id}, code)]
    return HTMLResponse(template_form_page(staff.username, here, template_values(latest), history))


@router.post("/templates/{code}", response_class=HTMLResponse, responses=_FORM)
async def template_edit(
    code: Code,
    request: Request,
    session: SessionDep,
    staff: Editor,
) -> Response:
    here = f"/console/templates/{code}"
    latest = _found(staff, lambda: latest_in_scope(session, staff.organisation_id, code))
    form: dict[str, str] = {"code": code}
    try:
        form = {**parse_form(await request.body()), "code": code}
        new_version(session, latest, _template_in(form), actor(staff))
    except (FormError, KnowledgeError) as err:
        status_code = 409 if isinstance(err, KnowledgeError) else 400
        history = [template_out(v) for v in versions(session, {latest.organisation_id}, code)]
        page = template_form_page(staff.username, here, form, history, error=_said(err))
        return HTMLResponse(page, status_code=status_code)
    return _to("/console/templates", "saved")


@router.post("/templates/{code}/unpublish", response_class=HTMLResponse, responses=_FORM)
def template_unpublish(
    code: Code,
    session: SessionDep,
    staff: Editor,
) -> Response:
    _found(
        staff,
        lambda: unpublish(
            session, latest_in_scope(session, staff.organisation_id, code), actor(staff)
        ),
    )
    return _to("/console/templates", "unpublished")
