"""Knowledge base (questions and answers, searchable in Chinese) and versioned templates.

SQLite: an FTS5 table over the jieba-segmented text of published articles, kept in step
by triggers. PostgreSQL: a
generated 'simple' tsvector over the same segmented text (question weighted A, answer B) with
a GIN index, and one of the question alone for a cheap first ranking. The SQL is written out here, not imported, so this file never changes.

Revision ID: 0008
Revises: 0006 (re-chained after 0007 when the branches merge)
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_SQLITE_FTS = (
    "CREATE VIRTUAL TABLE knowledge_fts USING fts5("
    "question, answer, tokenize = 'unicode61 remove_diacritics 0')",
    "CREATE TRIGGER knowledge_fts_ai AFTER INSERT ON knowledge_articles BEGIN "
    "INSERT INTO knowledge_fts(rowid, question, answer) "
    "SELECT new.id, new.question_seg, new.answer_seg WHERE new.published; END",
    "CREATE TRIGGER knowledge_fts_ad AFTER DELETE ON knowledge_articles BEGIN "
    "DELETE FROM knowledge_fts WHERE rowid = old.id; END",
    "CREATE TRIGGER knowledge_fts_au AFTER UPDATE OF question_seg, answer_seg, published "
    "ON knowledge_articles BEGIN "
    "DELETE FROM knowledge_fts WHERE rowid = old.id; "
    "INSERT INTO knowledge_fts(rowid, question, answer) "
    "SELECT new.id, new.question_seg, new.answer_seg WHERE new.published; END",
)
_POSTGRESQL_TSV = (
    "ALTER TABLE knowledge_articles ADD COLUMN search_tsv tsvector GENERATED ALWAYS AS ("
    "setweight(to_tsvector('simple', question_seg), 'A') || "
    "setweight(to_tsvector('simple', answer_seg), 'B')) STORED",
    "CREATE INDEX ix_knowledge_articles_search_tsv ON knowledge_articles USING gin (search_tsv)",
    # Small and never compressed: ranking every match by it costs no detoasting of the full
    # vector (~1.2 KB an article); the full vector re-ranks only the best few.
    "ALTER TABLE knowledge_articles ADD COLUMN question_tsv tsvector GENERATED ALWAYS AS ("
    "to_tsvector('simple', question_seg)) STORED",
)


def upgrade() -> None:
    op.create_table(
        "knowledge_counter",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("revision", sa.Integer(), nullable=False),
    )
    op.execute("INSERT INTO knowledge_counter (id, revision) VALUES (1, 0)")
    op.create_table(
        "knowledge_articles",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("question", sa.String(200), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("category", sa.String(32), nullable=False),
        sa.Column("region_code", sa.String(6), nullable=True),
        sa.Column("published", sa.Boolean(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False, unique=True),
        sa.Column(
            "organisation_id", sa.Integer(), sa.ForeignKey("organisations.id"), nullable=False
        ),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(64), nullable=False),
        sa.Column("question_seg", sa.Text(), nullable=False),
        sa.Column("answer_seg", sa.Text(), nullable=False),
    )
    op.create_index("ix_knowledge_articles_category", "knowledge_articles", ["category"])
    statements = _SQLITE_FTS if op.get_bind().dialect.name == "sqlite" else _POSTGRESQL_TSV
    for statement in statements:
        op.execute(statement)
    op.create_table(
        "document_templates",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("code", sa.String(32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(64), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("published", sa.Boolean(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False, unique=True),
        sa.Column(
            "organisation_id", sa.Integer(), sa.ForeignKey("organisations.id"), nullable=False
        ),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.UniqueConstraint("code", "version"),
    )
    op.create_index("ix_document_templates_code", "document_templates", ["code"])


def downgrade() -> None:
    op.drop_index("ix_document_templates_code", "document_templates")
    op.drop_table("document_templates")
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE knowledge_fts")  # its triggers go with knowledge_articles
    op.drop_index("ix_knowledge_articles_category", "knowledge_articles")
    op.drop_table("knowledge_articles")
    op.drop_table("knowledge_counter")
