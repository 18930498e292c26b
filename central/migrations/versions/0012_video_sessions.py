"""Video sessions: the sessions, their participants, routes and history; the regions an
organisation serves per kind; staff availability and languages.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def _when(name: str, nullable: bool = True) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "video_sessions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("public_id", sa.String(40), nullable=False, unique=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("request_id", sa.Integer(), sa.ForeignKey("requests.id"), nullable=False),
        sa.Column("kiosk_id", sa.Integer(), sa.ForeignKey("kiosks.id"), nullable=False),
        sa.Column("language", sa.String(4), nullable=False),
        sa.Column("identified_by", sa.String(16), nullable=False),
        sa.Column("reserved_for_id", sa.Integer(), sa.ForeignKey("staff.id"), nullable=True),
        sa.Column("claimed_by_id", sa.Integer(), sa.ForeignKey("staff.id"), nullable=True),
        _when("requested_at", nullable=False),
        _when("queued_at"),
        _when("claimed_at"),
        _when("started_at"),
        _when("ended_at"),
        _when("updated_at", nullable=False),
        sa.Column("end_reason", sa.String(32), nullable=True),
        sa.Column("outcome", sa.String(16), nullable=True),
        sa.Column("room_id", sa.BigInteger(), nullable=True),
        sa.Column("room_secret", sa.String(64), nullable=True),
        sa.Column("rating", sa.Integer(), nullable=True),
    )
    op.create_index("ix_video_sessions_state_kind", "video_sessions", ["state", "kind"])
    op.create_index("ix_video_sessions_request_id", "video_sessions", ["request_id"])
    op.create_index("ix_video_sessions_kiosk_id", "video_sessions", ["kiosk_id"])
    op.create_table(
        "video_session_participants",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("session_id", sa.Integer(), sa.ForeignKey("video_sessions.id"), nullable=False),
        sa.Column("participant_id", sa.String(64), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("kiosk_id", sa.Integer(), sa.ForeignKey("kiosks.id"), nullable=True),
        sa.Column("staff_id", sa.Integer(), sa.ForeignKey("staff.id"), nullable=True),
        sa.Column("join_token", sa.String(64), nullable=True),
        _when("added_at", nullable=False),
        _when("left_at"),
        sa.UniqueConstraint("session_id", "participant_id"),
    )
    op.create_index(
        "ix_video_session_participants_session_id", "video_session_participants", ["session_id"]
    )
    op.create_table(
        "video_session_routes",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("session_id", sa.Integer(), sa.ForeignKey("video_sessions.id"), nullable=False),
        sa.Column(
            "organisation_id", sa.Integer(), sa.ForeignKey("organisations.id"), nullable=False
        ),
        sa.UniqueConstraint("session_id", "organisation_id"),
    )
    op.create_index("ix_video_session_routes_session_id", "video_session_routes", ["session_id"])
    op.create_index(
        "ix_video_session_routes_organisation_id", "video_session_routes", ["organisation_id"]
    )
    op.create_table(
        "video_session_events",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("session_id", sa.Integer(), sa.ForeignKey("video_sessions.id"), nullable=False),
        _when("at", nullable=False),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("from_state", sa.String(16), nullable=False),
        sa.Column("to_state", sa.String(16), nullable=False),
        sa.Column("reason", sa.String(32), nullable=False),
    )
    op.create_index("ix_video_session_events_session_id", "video_session_events", ["session_id"])
    op.create_table(
        "session_served_regions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "organisation_id", sa.Integer(), sa.ForeignKey("organisations.id"), nullable=False
        ),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("region_code", sa.String(6), nullable=False),
        sa.UniqueConstraint("organisation_id", "kind", "region_code"),
    )
    op.create_index(
        "ix_session_served_regions_organisation_id", "session_served_regions", ["organisation_id"]
    )
    op.create_table(
        "staff_presence",
        sa.Column("staff_id", sa.Integer(), sa.ForeignKey("staff.id"), primary_key=True),
        sa.Column("available", sa.Boolean(), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        _when("updated_at", nullable=False),
    )


def downgrade() -> None:
    for index, table in (
        ("ix_session_served_regions_organisation_id", "session_served_regions"),
        ("ix_video_session_events_session_id", "video_session_events"),
        ("ix_video_session_routes_organisation_id", "video_session_routes"),
        ("ix_video_session_routes_session_id", "video_session_routes"),
        ("ix_video_session_participants_session_id", "video_session_participants"),
        ("ix_video_sessions_kiosk_id", "video_sessions"),
        ("ix_video_sessions_request_id", "video_sessions"),
        ("ix_video_sessions_state_kind", "video_sessions"),
    ):
        op.drop_index(index, table_name=table)
    for table in (
        "staff_presence",
        "session_served_regions",
        "video_session_events",
        "video_session_routes",
        "video_session_participants",
        "video_sessions",
    ):
        op.drop_table(table)
