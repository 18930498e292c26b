"""Requests across channels, their history, transfer orders, ratings and appointments.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "requests",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("tracking_number", sa.String(40), nullable=False, unique=True),
        sa.Column("idempotency_key", sa.String(64), nullable=True, unique=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column(
            "organisation_id", sa.Integer(), sa.ForeignKey("organisations.id"), nullable=False
        ),
        sa.Column("region_code", sa.String(6), nullable=False),
        sa.Column("site", sa.String(64), nullable=False),
        sa.Column("kiosk_id", sa.Integer(), sa.ForeignKey("kiosks.id"), nullable=True),
        sa.Column(
            "submission_id",
            sa.Integer(),
            sa.ForeignKey("submissions.id"),
            nullable=True,
            unique=True,
        ),
        sa.Column("assignee_id", sa.Integer(), sa.ForeignKey("staff.id"), nullable=True),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("updated_at", _TS, nullable=False),
        sa.Column("due_at", _TS, nullable=False),
        sa.Column("completed_at", _TS, nullable=True),
        sa.Column("closed_at", _TS, nullable=True),
        sa.Column("reject_reason", sa.String(500), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("applicant", sa.JSON(), nullable=False),
        sa.Column("id_last4_hash", sa.String(64), nullable=True),
        sa.Column("phone_last4_hash", sa.String(64), nullable=True),
        sa.Column("attachments", sa.JSON(), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
    )
    op.create_index("ix_requests_created_at", "requests", ["created_at"])
    op.create_index("ix_requests_org_status", "requests", ["organisation_id", "status"])
    op.create_index("ix_requests_status_due", "requests", ["status", "due_at"])

    op.create_table(
        "request_events",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("request_id", sa.Integer(), sa.ForeignKey("requests.id"), nullable=False),
        sa.Column("at", _TS, nullable=False),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("from_status", sa.String(16), nullable=True),
        sa.Column("to_status", sa.String(16), nullable=True),
        sa.Column(
            "organisation_id", sa.Integer(), sa.ForeignKey("organisations.id"), nullable=True
        ),
        sa.Column("note", sa.String(1000), nullable=False),
    )
    op.create_index("ix_request_events_request_id", "request_events", ["request_id"])

    op.create_table(
        "transfer_orders",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("request_id", sa.Integer(), sa.ForeignKey("requests.id"), nullable=False),
        sa.Column(
            "from_organisation_id",
            sa.Integer(),
            sa.ForeignKey("organisations.id"),
            nullable=False,
        ),
        sa.Column(
            "to_organisation_id", sa.Integer(), sa.ForeignKey("organisations.id"), nullable=False
        ),
        sa.Column("to_channel", sa.String(16), nullable=True),
        sa.Column("reason", sa.String(500), nullable=False),
        sa.Column("deadline_at", _TS, nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("answered_at", _TS, nullable=True),
        sa.Column("answered_by", sa.String(64), nullable=True),
        sa.Column("answer_reason", sa.String(500), nullable=True),
    )
    op.create_index("ix_transfer_orders_request_id", "transfer_orders", ["request_id"])
    op.create_index(
        "ix_transfer_orders_to_organisation_id", "transfer_orders", ["to_organisation_id"]
    )
    op.create_index(
        "ix_transfer_orders_state_deadline", "transfer_orders", ["state", "deadline_at"]
    )

    op.create_table(
        "ratings",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "request_id", sa.Integer(), sa.ForeignKey("requests.id"), nullable=False, unique=True
        ),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("comment", sa.String(500), nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("rated_at", _TS, nullable=False),
    )

    op.create_table(
        "office_hours",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "organisation_id", sa.Integer(), sa.ForeignKey("organisations.id"), nullable=False
        ),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("opens", sa.String(5), nullable=False),
        sa.Column("closes", sa.String(5), nullable=False),
        sa.UniqueConstraint("organisation_id", "weekday", "opens"),
    )

    op.create_table(
        "appointment_slots",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "organisation_id", sa.Integer(), sa.ForeignKey("organisations.id"), nullable=False
        ),
        sa.Column("service", sa.String(32), nullable=False),
        sa.Column("starts_at", _TS, nullable=False),
        sa.Column("ends_at", _TS, nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        sa.UniqueConstraint("organisation_id", "service", "starts_at"),
    )
    op.create_index(
        "ix_appointment_slots_org_start", "appointment_slots", ["organisation_id", "starts_at"]
    )

    op.create_table(
        "appointments",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "slot_id",
            sa.Integer(),
            sa.ForeignKey("appointment_slots.id"),
            nullable=False,
            unique=True,
        ),
        sa.Column(
            "request_id", sa.Integer(), sa.ForeignKey("requests.id"), nullable=False, unique=True
        ),
        sa.Column("booked_at", _TS, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("appointments")
    op.drop_index("ix_appointment_slots_org_start", "appointment_slots")
    op.drop_table("appointment_slots")
    op.drop_table("office_hours")
    op.drop_table("ratings")
    op.drop_index("ix_transfer_orders_state_deadline", "transfer_orders")
    op.drop_index("ix_transfer_orders_to_organisation_id", "transfer_orders")
    op.drop_index("ix_transfer_orders_request_id", "transfer_orders")
    op.drop_table("transfer_orders")
    op.drop_index("ix_request_events_request_id", "request_events")
    op.drop_table("request_events")
    op.drop_index("ix_requests_status_due", "requests")
    op.drop_index("ix_requests_org_status", "requests")
    op.drop_index("ix_requests_created_at", "requests")
    op.drop_table("requests")
