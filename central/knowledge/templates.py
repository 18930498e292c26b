"""Document templates, versioned: an edit adds a version, old versions stay readable.
A template's current version is its newest; when that one is unpublished, kiosks drop it.
A code names one template within an organisation tree (central.auth.org_tree): another bureau's
`iou` is another template, and creating one's own never tells of theirs."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from api_client.knowledge.templates import TemplateError, check_body
from api_client.schemas import TemplateCreate, TemplateField, TemplateIn, TemplateOut
from central.auth.org_tree import tree_ids
from central.auth.staff import subtree_ids
from central.clock import utcnow
from central.journal import chain as journal
from central.knowledge.articles import KnowledgeError, next_revision
from central.models import DocumentTemplate


def template_out(row: DocumentTemplate) -> TemplateOut:
    return TemplateOut(
        code=row.code,
        version=row.version,
        title=row.title,
        fields=[TemplateField.model_validate(f) for f in row.fields],
        body=row.body,
        published=row.published,
        created_at=row.created_at,
        created_by=row.created_by,
    )


def _check(body: TemplateIn) -> None:
    try:
        check_body(body.body, body.fields)
    except TemplateError as err:
        raise KnowledgeError(str(err)) from None


def versions(session: Session, org_ids: set[int], code: str) -> Sequence[DocumentTemplate]:
    """Every version of the template `code` held by one of `org_ids`, newest first."""
    return session.scalars(
        select(DocumentTemplate)
        .where(DocumentTemplate.code == code, DocumentTemplate.organisation_id.in_(org_ids))
        .order_by(DocumentTemplate.version.desc())
    ).all()


def latest_in_scope(session: Session, org_id: int, code: str) -> DocumentTemplate:
    found = versions(session, tree_ids(session, org_id), code)
    if not found or found[0].organisation_id not in subtree_ids(session, org_id):
        raise KnowledgeError(f"no template {code!r} in your organisations", not_found=True)
    return found[0]


def _add(
    session: Session, code: str, version: int, body: TemplateIn, org_id: int, actor: str
) -> DocumentTemplate:
    row = DocumentTemplate(
        code=code,
        version=version,
        title=body.title.strip(),
        fields=[f.model_dump() for f in body.fields],
        body=body.body,
        published=body.published,
        revision=next_revision(session),
        organisation_id=org_id,
        created_at=utcnow(),
        created_by=actor,
    )
    session.add(row)
    session.flush()
    journal.append(session, actor, "template.version", f"template:{code}", {"version": version})
    return row


def create_template(
    session: Session, body: TemplateCreate, org_id: int, actor: str
) -> DocumentTemplate:
    _check(body)
    if versions(session, tree_ids(session, org_id), body.code):
        raise KnowledgeError(f"a template with code {body.code!r} exists; edit it to add a version")
    return _add(
        session, body.code, 1, TemplateIn(**body.model_dump(exclude={"code"})), org_id, actor
    )


def new_version(
    session: Session, latest: DocumentTemplate, body: TemplateIn, actor: str
) -> DocumentTemplate:
    _check(body)
    return _add(session, latest.code, latest.version + 1, body, latest.organisation_id, actor)


def unpublish(session: Session, latest: DocumentTemplate, actor: str) -> DocumentTemplate:
    if latest.published:
        latest.published = False
        latest.revision = next_revision(session)
        journal.append(
            session,
            actor,
            "template.unpublish",
            f"template:{latest.code}",
            {"version": latest.version},
        )
    return latest


def list_latest(session: Session, org_ids: set[int] | None) -> list[DocumentTemplate]:
    """The newest version of every template (of `org_ids`, or all when None)."""
    newest = (
        select(
            DocumentTemplate.organisation_id,
            DocumentTemplate.code,
            func.max(DocumentTemplate.version).label("v"),
        )
        .group_by(DocumentTemplate.organisation_id, DocumentTemplate.code)
        .subquery()
    )
    query = select(DocumentTemplate).join(
        newest,
        (DocumentTemplate.organisation_id == newest.c.organisation_id)
        & (DocumentTemplate.code == newest.c.code)
        & (DocumentTemplate.version == newest.c.v),
    )
    if org_ids is not None:
        query = query.where(DocumentTemplate.organisation_id.in_(org_ids))
    return list(session.scalars(query.order_by(DocumentTemplate.code)))
