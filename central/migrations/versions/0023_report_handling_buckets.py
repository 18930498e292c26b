"""Reports: a histogram of the monthly handling times per site and bucket over every
organisation (report_handling_buckets), counted from the monthly exact durations already
kept, and a site index on those durations (covering the count), so a whole-province report reads only the buckets
that hold its medians and p90.

Revision ID: 0023_report_handling_buckets
Revises: 0021_report_rollups_monthly
Create Date: 2026-12-07
"""

from datetime import date

import sqlalchemy as sa
from alembic import op

revision = "0023_report_handling_buckets"
down_revision = "0021_report_rollups_monthly"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "report_handling_buckets",
        sa.Column("month", sa.Date(), primary_key=True),
        sa.Column("site", sa.String(64), primary_key=True),
        sa.Column("bucket", sa.Integer(), primary_key=True),
        sa.Column("n", sa.Integer(), nullable=False),
        sqlite_with_rowid=False,
    )
    op.create_index(
        "ix_report_handling_months_site",
        "report_handling_months",
        ["site", "seconds", "month", "n"],
    )
    # Every month that has durations: the same code `rollups rebuild` runs.
    from central.reports.bucket_rollups import rebuild_buckets

    bind = op.get_bind()
    exact = sa.table("report_handling_months", sa.column("month", sa.Date()))
    low, high = bind.execute(
        sa.select(sa.func.min(exact.c.month), sa.func.max(exact.c.month))
    ).one()
    if low is not None and high is not None:
        first, last = (date.fromisoformat(v) if isinstance(v, str) else v for v in (low, high))
        rebuild_buckets(bind, first, date(last.year + last.month // 12, last.month % 12 + 1, 1))


def downgrade() -> None:
    op.drop_index("ix_report_handling_months_site", "report_handling_months")
    op.drop_table("report_handling_buckets")
