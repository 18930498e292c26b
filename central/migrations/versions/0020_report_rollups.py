"""Reports: daily roll-ups (requests, handling times, ratings per day and dimension), filled
from the requests already stored.

Revision ID: 0018_report_rollups
Revises: 0015_identity_proofs
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

revision = "0018_report_rollups"
down_revision = "0018_agreements"
branch_labels = None
depends_on = None


def _key(*columns: sa.Column) -> list[sa.Column]:  # type: ignore[type-arg]
    return [sa.Column("day", sa.Date(), primary_key=True),
            sa.Column("organisation_id", sa.Integer(), primary_key=True), *columns]  # fmt: skip


def upgrade() -> None:
    op.create_table(
        "report_days",
        *_key(
            sa.Column("channel", sa.String(16), primary_key=True),
            sa.Column("kind", sa.String(32), primary_key=True),
            sa.Column("site", sa.String(64), primary_key=True),
            sa.Column("region_code", sa.String(6), primary_key=True),
            sa.Column("requests", sa.Integer(), nullable=False),
            sa.Column("handled", sa.Integer(), nullable=False),
            sa.Column("completed_late", sa.Integer(), nullable=False),
        ),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "report_handling",
        *_key(
            sa.Column("site", sa.String(64), primary_key=True),
            sa.Column("seconds", sa.Float(), primary_key=True),
            sa.Column("n", sa.Integer(), nullable=False),
        ),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "report_ratings",
        *_key(
            sa.Column("site", sa.String(64), primary_key=True),
            sa.Column("score", sa.Integer(), primary_key=True),
            sa.Column("n", sa.Integer(), nullable=False),
        ),
        sqlite_with_rowid=False,
    )
    # The requests stored so far: the same code that rebuilds a day range on demand.
    from central.reports.rollups import rebuild

    rebuild(Session(bind=op.get_bind()))


def downgrade() -> None:
    for table in ("report_ratings", "report_handling", "report_days"):
        op.drop_table(table)
