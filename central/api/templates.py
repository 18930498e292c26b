"""Document templates: staff (admin, clerk) add and edit them, every edit a new version;
kiosks download the current version of each published template."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, status

from api_client.schemas import (
    ID_MAX,
    TEMPLATE_CODE_PATTERN,
    TemplateCreate,
    TemplateIn,
    TemplateOut,
)
from api_client.schemas.agreement import AGREEMENT_TEMPLATE
from central.api.deps import CurrentKiosk, KnowledgeEditor, SessionDep
from central.api.problems import CONFLICT, NOT_IN_SCOPE, UNAUTHORISED_DEVICE
from central.api.scope import actor
from central.auth.org_tree import tree_ids
from central.auth.staff import subtree_ids
from central.knowledge.templates import (
    create_template,
    latest_in_scope,
    list_latest,
    new_version,
    template_out,
    unpublish,
    versions,
)
from central.requests.adoption import owner

router = APIRouter(tags=["templates"])
Code = Annotated[str, Path(pattern=TEMPLATE_CODE_PATTERN, description="e.g. iou")]
_SCOPED = {**NOT_IN_SCOPE, **CONFLICT}


@router.get("/api/v1/templates")
def list_templates(staff: KnowledgeEditor, session: SessionDep) -> list[TemplateOut]:
    """The newest version of each template, published or not."""
    ids = subtree_ids(session, staff.organisation_id)
    return [template_out(t) for t in list_latest(session, ids)]


@router.post("/api/v1/templates", status_code=status.HTTP_201_CREATED, responses=_SCOPED)
def create(body: TemplateCreate, staff: KnowledgeEditor, session: SessionDep) -> TemplateOut:
    return template_out(create_template(session, body, staff.organisation_id, actor(staff)))


@router.get("/api/v1/templates/{code}", responses=NOT_IN_SCOPE)
def all_versions(code: Code, staff: KnowledgeEditor, session: SessionDep) -> list[TemplateOut]:
    """Every version, newest first."""
    latest = latest_in_scope(session, staff.organisation_id, code)
    return [template_out(t) for t in versions(session, {latest.organisation_id}, code)]


@router.get("/api/v1/templates/{code}/versions/{version}", responses=NOT_IN_SCOPE)
def one_version(
    code: Code,
    version: Annotated[int, Path(ge=1, le=ID_MAX)],
    staff: KnowledgeEditor,
    session: SessionDep,
) -> TemplateOut:
    latest = latest_in_scope(session, staff.organisation_id, code)
    for row in versions(session, {latest.organisation_id}, code):
        if row.version == version:
            return template_out(row)
    raise HTTPException(status.HTTP_404_NOT_FOUND, f"template {code!r} has no version {version}")


@router.put("/api/v1/templates/{code}", responses=_SCOPED)
def edit(code: Code, body: TemplateIn, staff: KnowledgeEditor, session: SessionDep) -> TemplateOut:
    """Adds a version; the earlier ones stay readable."""
    latest = latest_in_scope(session, staff.organisation_id, code)
    return template_out(new_version(session, latest, body, actor(staff)))


@router.post("/api/v1/templates/{code}/unpublish", responses=NOT_IN_SCOPE)
def withdraw(code: Code, staff: KnowledgeEditor, session: SessionDep) -> TemplateOut:
    latest = latest_in_scope(session, staff.organisation_id, code)
    return template_out(unpublish(session, latest, actor(staff)))


@router.get("/api/v1/kiosk/templates", responses=UNAUTHORISED_DEVICE)
def kiosk_templates(kiosk: CurrentKiosk, session: SessionDep) -> list[TemplateOut]:
    """The current version of every published template of the terminal's organisation tree
    that a resident fills in (not the mediation agreement: the mediator fills that one)."""
    org = owner(session, kiosk)
    if org is None:
        return []
    latest = list_latest(session, tree_ids(session, org.id))
    return [template_out(t) for t in latest if t.published and t.code != AGREEMENT_TEMPLATE]
