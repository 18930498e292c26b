"""Submissions delivered by terminal outboxes, once per idempotency key.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "submissions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("idempotency_key", sa.String(36), nullable=False, unique=True),
        sa.Column("tracking_number", sa.String(40), nullable=False, unique=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("kiosk_id", sa.Integer(), sa.ForeignKey("kiosks.id"), nullable=False),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("payload_sha256", sa.String(64), nullable=False),
    )
    op.create_index("ix_submissions_kind", "submissions", ["kind"])
    op.create_index("ix_submissions_kiosk_id", "submissions", ["kiosk_id"])


def downgrade() -> None:
    op.drop_index("ix_submissions_kiosk_id", "submissions")
    op.drop_index("ix_submissions_kind", "submissions")
    op.drop_table("submissions")
