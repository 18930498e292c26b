"""Staff, organisations, staff tokens; kiosks belong to an organisation; token rotation.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "organisations",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("code", sa.String(32), nullable=False, unique=True),
        sa.Column("name", sa.String(128), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("region_code", sa.String(6), nullable=False),
        sa.Column("parent_id", sa.Integer(), sa.ForeignKey("organisations.id"), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "staff",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("username", sa.String(32), nullable=False, unique=True),
        sa.Column("display_name", sa.String(64), nullable=False),
        sa.Column(
            "organisation_id", sa.Integer(), sa.ForeignKey("organisations.id"), nullable=False
        ),
        sa.Column("roles", sa.JSON(), nullable=False),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("disabled_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_table(
        "staff_tokens",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("staff_id", sa.Integer(), sa.ForeignKey("staff.id"), nullable=False),
        sa.Column("token_sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
    )
    with op.batch_alter_table("kiosks") as batch:
        batch.add_column(sa.Column("previous_token_sha256", sa.String(64), nullable=True))
        batch.add_column(sa.Column("organisation_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            "fk_kiosks_organisation", "organisations", ["organisation_id"], ["id"]
        )
    with op.batch_alter_table("enrol_codes") as batch:
        batch.add_column(sa.Column("organisation_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            "fk_enrol_codes_organisation", "organisations", ["organisation_id"], ["id"]
        )


def downgrade() -> None:
    with op.batch_alter_table("enrol_codes") as batch:
        batch.drop_constraint("fk_enrol_codes_organisation", type_="foreignkey")
        batch.drop_column("organisation_id")
    with op.batch_alter_table("kiosks") as batch:
        batch.drop_constraint("fk_kiosks_organisation", type_="foreignkey")
        batch.drop_column("organisation_id")
        batch.drop_column("previous_token_sha256")
    op.drop_table("staff_tokens")
    op.drop_table("staff")
    op.drop_table("organisations")
