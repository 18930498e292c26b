"""Mediation (issue 18): invitations, what the mediator sees of each participant, side talks.

Revision ID: 0018_mediation
Revises: 0015_identity_proofs
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0018_mediation"
down_revision = "0018_report_rollups"
branch_labels = None
depends_on = None

_TZ = sa.DateTime(timezone=True)


def _session_fk() -> sa.Column[int]:
    return sa.Column("session_id", sa.Integer(), sa.ForeignKey("video_sessions.id"), nullable=False)


def upgrade() -> None:
    op.create_table(
        "mediation_invitations",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("public_id", sa.String(40), nullable=False, unique=True),
        _session_fk(),
        sa.Column("delivery", sa.String(16), nullable=False),
        sa.Column("display_name_masked", sa.String(40), nullable=False),
        sa.Column("phone_masked", sa.String(16), nullable=True),
        sa.Column("salt", sa.String(32), nullable=False),
        sa.Column("code_sha256", sa.String(64), nullable=False),
        sa.Column("last4_sha256", sa.String(64), nullable=False),
        sa.Column("slip_code", sa.String(8), nullable=True),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("attempts_left", sa.Integer(), nullable=False),
        sa.Column("created_at", _TZ, nullable=False),
        sa.Column("expires_at", _TZ, nullable=False),
        sa.Column("redeemed_at", _TZ, nullable=True),
        sa.Column("participant_id", sa.String(64), nullable=True),
    )
    op.create_index("ix_mediation_invitations_session_id", "mediation_invitations", ["session_id"])
    op.create_table(
        "mediation_members",
        sa.Column("id", sa.Integer(), primary_key=True),
        _session_fk(),
        sa.Column("participant_id", sa.String(64), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("display_name_masked", sa.String(40), nullable=False),
        sa.Column("joined_by", sa.String(24), nullable=False),
        sa.Column("consented_at", _TZ, nullable=True),
        sa.Column("consent_version", sa.String(32), nullable=True),
        sa.Column("muted", sa.Boolean(), nullable=False),
        sa.Column("removed_at", _TZ, nullable=True),
        sa.Column("cookie_sha256", sa.String(64), nullable=True, unique=True),
        sa.UniqueConstraint("session_id", "participant_id"),
    )
    op.create_index("ix_mediation_members_session_id", "mediation_members", ["session_id"])
    op.create_table(
        "mediation_side_talks",
        sa.Column("id", sa.Integer(), primary_key=True),
        _session_fk(),
        sa.Column("with_participant", sa.String(64), nullable=False),
        sa.Column("started_at", _TZ, nullable=False),
        sa.Column("ended_at", _TZ, nullable=True),
        sa.Column("recorded", sa.Boolean(), nullable=False),
        sa.Column("room_id", sa.BigInteger(), nullable=True),
        sa.Column("room_secret", sa.String(64), nullable=True),
        sa.Column("join_tokens", sa.JSON(), nullable=False),
        sa.Column("segment_folder", sa.String(300), nullable=True),
    )
    op.create_index("ix_mediation_side_talks_session_id", "mediation_side_talks", ["session_id"])


def downgrade() -> None:
    for table in ("mediation_side_talks", "mediation_members", "mediation_invitations"):
        op.drop_index(f"ix_{table}_session_id", table_name=table)
        op.drop_table(table)
