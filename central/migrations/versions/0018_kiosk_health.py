"""Fleet: the last heartbeat's health figures of a terminal (clock skew, outbox, disk), and
an index for the alerts' look-up of recent journal entries by action (crash loops).

Revision ID: 0018_kiosk_health
Revises: 0015_identity_proofs
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0018_kiosk_health"
down_revision = "0015_identity_proofs"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("kiosks", sa.Column("health", sa.JSON(), nullable=True))
    op.create_index("ix_journal_entries_action_at", "journal_entries", ["action", "at"])


def downgrade() -> None:
    op.drop_index("ix_journal_entries_action_at", "journal_entries")
    op.drop_column("kiosks", "health")
