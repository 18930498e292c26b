"""Knowledge articles (with their full-text index objects) and document templates."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from central.models.base import Base, UTCDateTime


class KnowledgeCounter(Base):
    """A single row: the last change number given to an article or template. Bumping it
    first serialises writers, so numbers never repeat and kiosks can ask for `since`."""

    __tablename__ = "knowledge_counter"

    id: Mapped[int] = mapped_column(primary_key=True)
    revision: Mapped[int] = mapped_column(Integer)


# Made by migration 0008 for full-text search, outside the models: the FTS5 table (and its
# shadow tables) on SQLite; generated tsvector columns and their GIN index on PostgreSQL.


FULL_TEXT_TABLE_PREFIX = "knowledge_fts"


FULL_TEXT_OBJECTS = frozenset({"search_tsv", "question_tsv", "ix_knowledge_articles_search_tsv"})


class KnowledgeArticle(Base):
    """A question and its answer. The segmented text feeds the full-text index: an FTS5
    table on SQLite (triggers), a generated, GIN-indexed tsvector on PostgreSQL (migration
    0008); neither is mapped here."""

    __tablename__ = "knowledge_articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    question: Mapped[str] = mapped_column(String(200))
    answer: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(32), index=True)
    region_code: Mapped[str | None] = mapped_column(String(6))
    published: Mapped[bool] = mapped_column(Boolean)
    revision: Mapped[int] = mapped_column(Integer, unique=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_by: Mapped[str] = mapped_column(String(64))
    question_seg: Mapped[str] = mapped_column(Text)
    answer_seg: Mapped[str] = mapped_column(Text)


class DocumentTemplate(Base):
    """One version of a document template; editing adds a version, old ones stay."""

    __tablename__ = "document_templates"
    __table_args__ = (UniqueConstraint("organisation_id", "code", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), index=True)
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(64))
    fields: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    body: Mapped[str] = mapped_column(Text)
    published: Mapped[bool] = mapped_column(Boolean)
    revision: Mapped[int] = mapped_column(Integer, unique=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[str] = mapped_column(String(64))


# --- Supervisor reports (issue 6): terminal uptime and targets per site ------------------------
