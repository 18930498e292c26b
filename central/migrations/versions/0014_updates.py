"""Software updates: trusted release keys, published bundles, rollouts in waves, each terminal's part in one.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "update_release_keys",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("fingerprint", sa.String(64), nullable=False, unique=True),
        sa.Column("pem", sa.String(400), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("added_by", sa.String(64), nullable=False),
    )
    op.create_table(
        "update_releases",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("version", sa.String(64), nullable=False, unique=True),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("created", sa.DateTime(timezone=True), nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("published_by", sa.String(64), nullable=False),
    )
    op.create_table(
        "update_rollouts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "release_id",
            sa.Integer(),
            sa.ForeignKey("update_releases.id"),
            nullable=False,
            unique=True,
        ),
        sa.Column(
            "organisation_id", sa.Integer(), sa.ForeignKey("organisations.id"), nullable=True
        ),
        sa.Column("canary_percent", sa.Integer(), nullable=False),
        sa.Column("halt_after", sa.Integer(), nullable=False),
        sa.Column("soak_s", sa.Integer(), nullable=True),
        sa.Column("wave", sa.Integer(), nullable=False),
        sa.Column("failures_forgiven", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("started_by", sa.String(64), nullable=False),
        sa.Column("wave_opened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("halted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("halt_reason", sa.String(200), nullable=True),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_table(
        "update_targets",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("rollout_id", sa.Integer(), sa.ForeignKey("update_rollouts.id"), nullable=False),
        sa.Column("kiosk_id", sa.Integer(), sa.ForeignKey("kiosks.id"), nullable=False),
        sa.Column("wave", sa.Integer(), nullable=False),
        sa.Column("offered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("outcome", sa.String(16), nullable=True),
        sa.Column("detail", sa.String(500), nullable=True),
        sa.Column("reported_at", sa.DateTime(timezone=True), nullable=True),
        sa.UniqueConstraint("rollout_id", "kiosk_id"),
    )
    op.create_index("ix_update_targets_rollout_id", "update_targets", ["rollout_id"])
    op.create_index("ix_update_targets_kiosk_id", "update_targets", ["kiosk_id"])


def downgrade() -> None:
    op.drop_index("ix_update_targets_kiosk_id", "update_targets")
    op.drop_index("ix_update_targets_rollout_id", "update_targets")
    op.drop_table("update_targets")
    op.drop_table("update_rollouts")
    op.drop_table("update_releases")
    op.drop_table("update_release_keys")
