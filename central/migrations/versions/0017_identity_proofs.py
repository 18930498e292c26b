"""Video sessions: the identity proofs of a session (at the start and after each drop).

Revision ID: 0015_identity_proofs
Revises: 0015_acts
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0015_identity_proofs"
down_revision = "0015_acts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "video_session_identity_proofs",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("session_id", sa.Integer(), sa.ForeignKey("video_sessions.id"), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("occasion", sa.String(8), nullable=False),
        sa.Column("method", sa.String(16), nullable=False),
        sa.Column("result", sa.String(8), nullable=False),
        sa.Column("subject_masked", sa.String(40), nullable=False),
        sa.Column("detail", sa.String(200), nullable=False),
        sa.Column(
            "document_upload_id", sa.String(36), sa.ForeignKey("uploads.upload_id"), nullable=True
        ),
    )
    op.create_index(
        "ix_video_session_identity_proofs_session_id",
        "video_session_identity_proofs",
        ["session_id"],
    )


def downgrade() -> None:
    op.drop_index(
        "ix_video_session_identity_proofs_session_id", table_name="video_session_identity_proofs"
    )
    op.drop_table("video_session_identity_proofs")
