"""Notarial acts: the certificate of each completed notarisation session and its seal (#17).

Revision ID: 0015_acts
Revises: 0015d
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0015_acts"
down_revision = "0015d"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "notarial_acts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("public_id", sa.String(40), nullable=False, unique=True),
        sa.Column("verify_code", sa.String(32), nullable=False),
        sa.Column(
            "session_id",
            sa.Integer(),
            sa.ForeignKey("video_sessions.id"),
            nullable=False,
            unique=True,
        ),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sealed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.String(300), nullable=True),
        sa.Column("record", sa.JSON(), nullable=False),
        sa.Column("certificate_pdf", sa.LargeBinary(), nullable=False),
        sa.Column("certificate_sha256", sa.String(64), nullable=False),
        sa.Column("sealed_pdf", sa.LargeBinary(), nullable=True),
        sa.Column("sealed_sha256", sa.String(64), nullable=True),
        sa.Column("seal_signer", sa.String(300), nullable=True),
        sa.Column("seal_cert_sha256", sa.String(64), nullable=True),
        sa.Column("seal_time", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_notarial_acts_state", "notarial_acts", ["state"])


def downgrade() -> None:
    op.drop_index("ix_notarial_acts_state", table_name="notarial_acts")
    op.drop_table("notarial_acts")
