"""Load the demo knowledge base and templates into an organisation, once: articles whose
question is there already and templates whose code exists are left alone."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from api_client.schemas import ArticleIn, TemplateCreate
from central.auth.org_tree import tree_ids
from central.knowledge.articles import create_article
from central.knowledge.templates import create_template
from central.models import DocumentTemplate, KnowledgeArticle

_HERE = Path(__file__).parent


@dataclass(frozen=True)
class SeedResult:
    articles_added: int
    articles_skipped: int
    templates_added: int
    templates_skipped: int


def seed_articles() -> list[ArticleIn]:
    raw = tomllib.loads((_HERE / "knowledge.toml").read_text(encoding="utf-8"))
    return [
        ArticleIn(
            question=a["question"],
            answer=a["answer"],
            category=a["category"],
            region_code=a.get("region"),
        )
        for a in raw["article"]
    ]


def seed_templates() -> list[TemplateCreate]:
    raw = tomllib.loads((_HERE / "templates.toml").read_text(encoding="utf-8"))
    return [TemplateCreate.model_validate(t) for t in raw["template"]]


def load_seed(session: Session, org_id: int, actor: str) -> SeedResult:
    known = set(session.scalars(select(KnowledgeArticle.question)))
    articles = [a for a in seed_articles() if a.question not in known]
    for article in articles:
        create_article(session, article, org_id, actor)
    tree = tree_ids(session, org_id)
    codes = set(
        session.scalars(
            select(DocumentTemplate.code).where(DocumentTemplate.organisation_id.in_(tree))
        )
    )
    templates = [t for t in seed_templates() if t.code not in codes]
    for template in templates:
        create_template(session, template, org_id, actor)
    return SeedResult(
        len(articles),
        len(seed_articles()) - len(articles),
        len(templates),
        len(seed_templates()) - len(templates),
    )
