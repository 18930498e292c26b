"""Documents pushed to the terminal during a call, and their signed returns (issue 17).

Revision ID: 0015d
Revises: 0014
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0015d"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "video_session_documents",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("session_id", sa.Integer(), sa.ForeignKey("video_sessions.id"), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(120), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("pushed_by_id", sa.Integer(), sa.ForeignKey("staff.id"), nullable=False),
        sa.Column("pushed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("signed_pdf", sa.LargeBinary(), nullable=True),
        sa.Column("signed_sha256", sa.String(64), nullable=True),
        sa.Column("signature_png", sa.LargeBinary(), nullable=True),
        sa.Column("ink_json", sa.String(), nullable=True),
        sa.Column("ink_sha256", sa.String(64), nullable=True),
        sa.Column("ink_points", sa.Integer(), nullable=False),
        sa.Column("signed_at", sa.DateTime(timezone=True), nullable=True),
        sa.UniqueConstraint("session_id", "version"),
    )
    op.create_index(
        "ix_video_session_documents_session_id", "video_session_documents", ["session_id"]
    )


def downgrade() -> None:
    op.drop_index("ix_video_session_documents_session_id", "video_session_documents")
    op.drop_table("video_session_documents")
