"""Ratings: one per request *and channel*. A terminal's end-of-journey rating rates the
service at the terminal; the resident's online rating (with the second factor) rates the
outcome; neither refuses the other.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_COPY = (
    "INSERT INTO ratings_next (id, request_id, score, comment, channel, rated_at) "
    "SELECT id, request_id, score, comment, channel, rated_at FROM ratings"
)


def _ratings(name: str, unique: tuple[str, ...]) -> None:
    op.create_table(
        name,
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("request_id", sa.Integer(), sa.ForeignKey("requests.id"), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("comment", sa.String(500), nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("rated_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint(*unique, name=f"uq_{name}_{'_'.join(unique)}"),
    )


def _rebuild(unique: tuple[str, ...]) -> None:
    """Copy into a new table with the other unique key (SQLite cannot drop the old one)."""
    _ratings("ratings_next", unique)
    op.execute(_COPY)
    op.drop_table("ratings")
    op.rename_table("ratings_next", "ratings")
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "SELECT setval(pg_get_serial_sequence('ratings', 'id'), "
            "COALESCE((SELECT MAX(id) FROM ratings), 0) + 1, false)"
        )


def upgrade() -> None:
    _rebuild(("request_id", "channel"))


def downgrade() -> None:
    # keep the first rating of each request
    op.execute(
        "DELETE FROM ratings WHERE id NOT IN (SELECT MIN(id) FROM ratings GROUP BY request_id)"
    )
    _rebuild(("request_id",))
