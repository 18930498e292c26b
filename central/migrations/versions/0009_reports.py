"""Supervisor reports: per-terminal daily online seconds and targets per site.

Revision ID: 0009
Revises: 0008 (re-chained after the knowledge base when the branches merged)
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


REPORT_COLUMNS = [
    "created_at",
    "organisation_id",
    "channel",
    "kind",
    "site",
    "region_code",
    "status",
    "due_at",
    "completed_at",
]


def upgrade() -> None:
    # covering index: the report's pass over a period's requests reads only the index
    op.create_index("ix_requests_report", "requests", REPORT_COLUMNS)
    op.create_table(
        "kiosk_uptime",
        sa.Column("kiosk_id", sa.Integer(), sa.ForeignKey("kiosks.id"), primary_key=True),
        sa.Column("day", sa.Date(), primary_key=True),
        sa.Column("online_s", sa.Float(), nullable=False),
    )
    op.create_index("ix_kiosk_uptime_day", "kiosk_uptime", ["day"])

    op.create_table(
        "report_targets",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "organisation_id", sa.Integer(), sa.ForeignKey("organisations.id"), nullable=False
        ),
        sa.Column("site", sa.String(64), nullable=False),
        sa.Column("requests_per_month", sa.Integer(), nullable=True),
        sa.Column("median_handling_hours", sa.Float(), nullable=True),
        sa.Column("satisfaction_min", sa.Float(), nullable=True),
        sa.Column("uptime_min", sa.Float(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(64), nullable=False),
        sa.UniqueConstraint("organisation_id", "site"),
    )


def downgrade() -> None:
    op.drop_index("ix_requests_report", "requests")
    op.drop_table("report_targets")
    op.drop_index("ix_kiosk_uptime_day", "kiosk_uptime")
    op.drop_table("kiosk_uptime")
