"""Reports: a partial index of the open requests (not completed, closed or rejected) by
creation time, so a period's open-past-due count and oldest-overdue list read the few open
requests instead of every request of the period; and a covering index of the transfer orders
by creation time, so a period's routes read only the period's orders.

Revision ID: 0024_requests_open_index
Revises: 0023_report_handling_buckets
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0024_requests_open_index"
down_revision = "0023_report_handling_buckets"
branch_labels = None
depends_on = None

OPEN = "status NOT IN ('completed', 'closed', 'rejected')"


def upgrade() -> None:
    op.create_index(
        "ix_requests_open",
        "requests",
        ["created_at", "organisation_id", "due_at", "status"],
        sqlite_where=sa.text(OPEN),
        postgresql_where=sa.text(OPEN),
    )
    op.create_index(
        "ix_transfer_orders_report",
        "transfer_orders",
        ["created_at", "from_organisation_id", "to_organisation_id", "state", "deadline_at",
         "answered_at"],
    )  # fmt: skip


def downgrade() -> None:
    op.drop_index("ix_transfer_orders_report", "transfer_orders")
    op.drop_index("ix_requests_open", "requests")
