"""Reports: monthly roll-ups (requests and handling times per China month), summed from the
daily roll-ups already kept.

Revision ID: 0021_report_rollups_monthly
Revises: 0018_report_rollups
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

revision = "0021_report_rollups_monthly"
down_revision = "0018_mediation"
branch_labels = None
depends_on = None


def _key(*columns: sa.Column) -> list[sa.Column]:  # type: ignore[type-arg]
    return [sa.Column("month", sa.Date(), primary_key=True),
            sa.Column("organisation_id", sa.Integer(), primary_key=True), *columns]  # fmt: skip


def upgrade() -> None:
    op.create_table(
        "report_months",
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
        "report_handling_months",
        *_key(
            sa.Column("site", sa.String(64), primary_key=True),
            sa.Column("seconds", sa.Float(), primary_key=True),
            sa.Column("n", sa.Integer(), nullable=False),
        ),
        sqlite_with_rowid=False,
    )
    # Every month that has days: summed in the database from the daily roll-ups.
    from central.reports.rollups import rebuild_months

    rebuild_months(Session(bind=op.get_bind()))


def downgrade() -> None:
    for table in ("report_handling_months", "report_months"):
        op.drop_table(table)
