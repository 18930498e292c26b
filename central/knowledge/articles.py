"""Knowledge articles: write (segmented for the index), list, changes for kiosks, search.
No HTTP here; templates are in `central.knowledge.templates`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, select, text, update
from sqlalchemy.orm import Session

from api_client.knowledge.query import ParsedQuery
from api_client.knowledge.search import Dialect, search
from api_client.knowledge.segment import index_text
from api_client.schemas import ArticleIn, ArticleOut, KnowledgeChanges, KnowledgeSearchOut
from central.auth.staff import region_within, subtree_ids
from central.clock import utcnow
from central.journal import chain as journal
from central.models import KnowledgeArticle, KnowledgeCounter, Organisation, Staff

MAX_CHANGES = 500


class KnowledgeError(Exception):
    """A knowledge rule refused the request; the message is safe to show the caller."""

    def __init__(self, message: str, not_found: bool = False) -> None:
        super().__init__(message)
        self.not_found = not_found


def next_revision(session: Session) -> int:
    """The next change number; the row update takes a write lock until commit."""
    session.execute(
        update(KnowledgeCounter)
        .where(KnowledgeCounter.id == 1)
        .values(revision=KnowledgeCounter.revision + 1)
    )
    revision = session.scalar(select(KnowledgeCounter.revision).where(KnowledgeCounter.id == 1))
    assert revision is not None  # migration 0008 inserts the row
    return revision


def current_revision(session: Session) -> int:
    return int(session.scalar(select(KnowledgeCounter.revision)) or 0)


def check_region(session: Session, org_id: int, region_code: str | None) -> None:
    """An organisation writes for its own region or a part of it; only a top-level one
    writes for everywhere."""
    org = session.get(Organisation, org_id)
    assert org is not None
    if region_code is None:
        if org.parent_id is not None:
            raise KnowledgeError(
                f"give a region code inside {org.region_code}: only a top-level organisation "
                "publishes for everywhere"
            )
    elif not region_within(region_code, org.region_code):
        raise KnowledgeError(
            f"region {region_code} is outside your organisation's region {org.region_code}"
        )


def article_out(article: KnowledgeArticle) -> ArticleOut:
    return ArticleOut(
        id=article.id,
        question=article.question,
        answer=article.answer,
        category=article.category,
        region_code=article.region_code,
        published=article.published,
        revision=article.revision,
        updated_at=article.updated_at,
        updated_by=article.updated_by,
    )


def _fill(article: KnowledgeArticle, body: ArticleIn, actor: str, revision: int) -> None:
    article.question = body.question.strip()
    article.answer = body.answer.strip()
    article.category = body.category
    article.region_code = body.region_code
    article.published = body.published
    article.revision = revision
    article.updated_at = utcnow()
    article.updated_by = actor
    article.question_seg = index_text(article.question)
    article.answer_seg = index_text(article.answer)


def create_article(session: Session, body: ArticleIn, org_id: int, actor: str) -> KnowledgeArticle:
    check_region(session, org_id, body.region_code)
    article = KnowledgeArticle(organisation_id=org_id)
    _fill(article, body, actor, next_revision(session))
    session.add(article)
    session.flush()
    journal.append(session, actor, "knowledge.article.create", f"article:{article.id}")
    return article


def article_in_scope(session: Session, staff: Staff, article_id: int) -> KnowledgeArticle:
    article = session.get(KnowledgeArticle, article_id)
    if article is None or article.organisation_id not in subtree_ids(
        session, staff.organisation_id
    ):
        raise KnowledgeError(f"no article {article_id} in your organisations", not_found=True)
    return article


def edit_article(
    session: Session, article: KnowledgeArticle, body: ArticleIn, actor: str
) -> KnowledgeArticle:
    check_region(session, article.organisation_id, body.region_code)
    _fill(article, body, actor, next_revision(session))
    journal.append(session, actor, "knowledge.article.edit", f"article:{article.id}")
    return article


def unpublish_article(session: Session, article: KnowledgeArticle, actor: str) -> None:
    if not article.published:
        return
    article.published = False
    article.revision = next_revision(session)
    article.updated_at = utcnow()
    article.updated_by = actor
    journal.append(session, actor, "knowledge.article.unpublish", f"article:{article.id}")


def list_articles(
    session: Session, org_ids: set[int], category: str | None, limit: int, offset: int
) -> Sequence[KnowledgeArticle]:
    query = select(KnowledgeArticle).where(KnowledgeArticle.organisation_id.in_(org_ids))
    if category:
        query = query.where(KnowledgeArticle.category == category)
    query = query.order_by(KnowledgeArticle.category, KnowledgeArticle.id)
    return session.scalars(query.limit(limit).offset(offset)).all()


def changes_since(session: Session, since: int) -> KnowledgeChanges:
    """Changed articles after `since`, oldest first, at most MAX_CHANGES a call: a kiosk
    repeats with the returned `revision` until it gets an empty page."""
    where: ColumnElement[bool] = KnowledgeArticle.revision > since
    if since == 0:  # a new terminal needs no tombstones
        where = KnowledgeArticle.published.is_(True)
    rows = session.scalars(
        select(KnowledgeArticle).where(where).order_by(KnowledgeArticle.revision)
    ).all()
    page = [r for r in rows if r.revision > since][:MAX_CHANGES]
    revision = page[-1].revision if page else max(since, 0)
    if since == 0 and len(page) == len(rows):
        revision = max(revision, current_revision(session))
    return KnowledgeChanges(
        since=since, revision=revision, articles=[_for_terminal(a) for a in page]
    )


def _for_terminal(article: KnowledgeArticle) -> ArticleOut:
    """A published article whole; an unpublished one (a draft, or taken down) only as a
    tombstone: the terminal needs its id to drop it, never its text."""
    if article.published:
        return article_out(article)
    return ArticleOut(
        id=article.id,
        question="",
        answer="",
        category=article.category,
        region_code=None,
        published=False,
        revision=article.revision,
        updated_at=article.updated_at,
        updated_by="",
    )


def search_articles(
    session: Session,
    query: ParsedQuery,
    region: str | None,
    category: str | None,
    limit: int,
) -> KnowledgeSearchOut:
    dialect: Dialect = "sqlite" if session.get_bind().dialect.name == "sqlite" else "postgresql"

    def run(sql: str, params: dict[str, Any]) -> Sequence[Sequence[Any]]:
        return [tuple(row) for row in session.execute(text(sql), params)]

    return search(run, dialect, query, region, category, limit)
