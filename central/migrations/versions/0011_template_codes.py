"""Document template codes are unique per organisation (and, checked by the service, per
organisation tree), no longer across every organisation.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_COPY = (
    "INSERT INTO document_templates_next (id, code, version, title, fields, body, published, "
    "revision, organisation_id, created_at, created_by) "
    "SELECT id, code, version, title, fields, body, published, revision, organisation_id, "
    "created_at, created_by FROM document_templates"
)


def _rebuild(unique: tuple[str, ...]) -> None:
    """Copy into a table with the other unique key (SQLite cannot drop an unnamed one)."""
    op.create_table(
        "document_templates_next",
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
        sa.UniqueConstraint(*unique, name=f"uq_document_templates_{'_'.join(unique)}"),
    )
    op.execute(_COPY)
    op.drop_index("ix_document_templates_code", "document_templates")
    op.drop_table("document_templates")
    op.rename_table("document_templates_next", "document_templates")
    op.create_index("ix_document_templates_code", "document_templates", ["code"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "SELECT setval(pg_get_serial_sequence('document_templates', 'id'), "
            "COALESCE((SELECT MAX(id) FROM document_templates), 0) + 1, false)"
        )


def upgrade() -> None:
    _rebuild(("organisation_id", "code", "version"))


def downgrade() -> None:
    # a code held by several organisations keeps only the first organisation's template
    op.execute(
        "DELETE FROM document_templates WHERE organisation_id <> (SELECT MIN(t.organisation_id) "
        "FROM document_templates t WHERE t.code = document_templates.code)"
    )
    _rebuild(("code", "version"))
