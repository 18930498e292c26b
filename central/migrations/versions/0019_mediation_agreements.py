"""Mediation: the agreement each party signs (issue 18).

Revision ID: 0018_agreements
Revises: 0015_identity_proofs
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0018_agreements"
down_revision = "0018_kiosk_health"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "mediation_agreements",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("public_id", sa.String(40), nullable=False, unique=True),
        sa.Column(
            "session_id",
            sa.Integer(),
            sa.ForeignKey("video_sessions.id"),
            nullable=False,
            unique=True,
        ),
        sa.Column(
            "template_id", sa.Integer(), sa.ForeignKey("document_templates.id"), nullable=False
        ),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("values", sa.JSON(), nullable=False),
        sa.Column("text_sha256", sa.String(64), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), sa.ForeignKey("staff.id"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("link_key", sa.String(64), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=True),
        sa.Column("sealed_pdf", sa.LargeBinary(), nullable=True),
        sa.Column("sealed_sha256", sa.String(64), nullable=True),
        sa.Column("sealed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.String(300), nullable=True),
    )
    op.create_index("ix_mediation_agreements_state", "mediation_agreements", ["state"])
    op.create_table(
        "mediation_agreement_signatures",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "agreement_id",
            sa.Integer(),
            sa.ForeignKey("mediation_agreements.id"),
            nullable=False,
        ),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("participant_id", sa.String(64), nullable=False),
        sa.Column("signed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("image_png", sa.LargeBinary(), nullable=False),
        sa.Column("image_sha256", sa.String(64), nullable=False),
        sa.UniqueConstraint("agreement_id", "role"),
    )
    op.create_index(
        "ix_mediation_agreement_signatures_agreement_id",
        "mediation_agreement_signatures",
        ["agreement_id"],
    )


def downgrade() -> None:
    op.drop_index(
        "ix_mediation_agreement_signatures_agreement_id",
        table_name="mediation_agreement_signatures",
    )
    op.drop_table("mediation_agreement_signatures")
    op.drop_index("ix_mediation_agreements_state", table_name="mediation_agreements")
    op.drop_table("mediation_agreements")
