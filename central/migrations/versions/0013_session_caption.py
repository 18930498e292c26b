"""Video sessions: the text line staff type for residents who cannot hear well.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("video_sessions") as batch:
        batch.add_column(sa.Column("caption", sa.String(300), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("video_sessions") as batch:
        batch.drop_column("caption")
