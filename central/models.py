"""SQLAlchemy 2 models. Every schema change comes with an Alembic migration."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes on every backend: SQLite stores no zone and hands back naive ones,
    which would then leave the API without an offset."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    pass


class Organisation(Base):
    """A justice bureau, notary office, mediation committee, ... placed in the region tree."""

    __tablename__ = "organisations"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(128))
    kind: Mapped[str] = mapped_column(String(32))
    region_code: Mapped[str] = mapped_column(String(6))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Staff(Base):
    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(32), unique=True)
    display_name: Mapped[str] = mapped_column(String(64))
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    roles: Mapped[list[str]] = mapped_column(JSON, default=list)
    password_hash: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    disabled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class StaffToken(Base):
    """A bearer token issued at login; stored as SHA-256, like device tokens."""

    __tablename__ = "staff_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    token_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class Kiosk(Base):
    __tablename__ = "kiosks"

    id: Mapped[int] = mapped_column(primary_key=True)
    terminal_id: Mapped[str] = mapped_column(String(12), unique=True)
    site: Mapped[str] = mapped_column(String(64))
    token_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    # The token before the last rotation stays valid until the new one is first used, so a
    # terminal that lost the rotation reply is not locked out.
    previous_token_sha256: Mapped[str | None] = mapped_column(String(64))
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"))
    enrolled_at: Mapped[datetime] = mapped_column(UTCDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_seen: Mapped[datetime | None] = mapped_column(UTCDateTime())
    app_version: Mapped[str | None] = mapped_column(String(32))
    devices: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    config_version: Mapped[int | None] = mapped_column(Integer)  # last applied


class EnrolCode(Base):
    __tablename__ = "enrol_codes"

    id: Mapped[int] = mapped_column(primary_key=True)
    code_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    site: Mapped[str | None] = mapped_column(String(64))
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    kiosk_id: Mapped[int | None] = mapped_column(ForeignKey("kiosks.id"))


class JournalEntry(Base):
    """One link of the append-only, hash-chained journal. Rows are never updated."""

    __tablename__ = "journal_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    subject: Mapped[str] = mapped_column(String(128))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    payload_sha256: Mapped[str] = mapped_column(String(64))
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64), unique=True)


class JournalHead(Base):
    """A single row: the latest link. Updating it first serialises writers on every backend."""

    __tablename__ = "journal_head"

    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    entry_hash: Mapped[str] = mapped_column(String(64))


class ConfigVersion(Base):
    """One pushed configuration; its id is the version number (one sequence for all targets)."""

    __tablename__ = "config_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    target_kind: Mapped[str] = mapped_column(String(16))
    target: Mapped[str] = mapped_column(String(64))
    # Only terminals owned by this organisation or those below it take the version.
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"))
    document: Mapped[dict[str, Any]] = mapped_column(JSON)
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[str] = mapped_column(String(64))


class ConfigReportRow(Base):
    __tablename__ = "config_reports"

    id: Mapped[int] = mapped_column(primary_key=True)
    kiosk_id: Mapped[int] = mapped_column(ForeignKey("kiosks.id"))
    version: Mapped[int] = mapped_column(ForeignKey("config_versions.id"))
    outcome: Mapped[str] = mapped_column(String(16))
    detail: Mapped[str] = mapped_column(String(500))
    at: Mapped[datetime] = mapped_column(UTCDateTime())


class KioskCommand(Base):
    __tablename__ = "kiosk_commands"

    id: Mapped[int] = mapped_column(primary_key=True)
    kiosk_id: Mapped[int] = mapped_column(ForeignKey("kiosks.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    state: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[str] = mapped_column(String(64))
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    detail: Mapped[str] = mapped_column(String(500), default="")
    attachment_type: Mapped[str | None] = mapped_column(String(64))
    attachment: Mapped[bytes | None] = mapped_column(LargeBinary)


class SubmissionRow(Base):
    """What a terminal's outbox delivered: stored once per idempotency key."""

    __tablename__ = "submissions"

    id: Mapped[int] = mapped_column(primary_key=True)
    idempotency_key: Mapped[str] = mapped_column(String(36), unique=True)
    tracking_number: Mapped[str] = mapped_column(String(40), unique=True)
    kind: Mapped[str] = mapped_column(String(32), index=True)
    kiosk_id: Mapped[int] = mapped_column(ForeignKey("kiosks.id"), index=True)
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime())
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    payload_sha256: Mapped[str] = mapped_column(String(64))


class UploadRow(Base):
    """A file a terminal uploads in chunks; `received` says where to resume."""

    __tablename__ = "uploads"

    upload_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kiosk_id: Mapped[int] = mapped_column(ForeignKey("kiosks.id"), index=True)
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    received: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


# --- One service record across hall, hotline and online (issue 6) -----------------------------


class RequestRow(Base):
    """One resident's request, whichever channel took it: the single record every organisation
    and channel works on. Status changes only through central/requests/workflow.py."""

    __tablename__ = "requests"
    __table_args__ = (
        Index("ix_requests_created_at", "created_at"),
        Index("ix_requests_org_status", "organisation_id", "status"),
        Index("ix_requests_status_due", "status", "due_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    tracking_number: Mapped[str] = mapped_column(String(40), unique=True)
    # A client-supplied key: a retried creation answers with the record it already made.
    idempotency_key: Mapped[str | None] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(32))  # legal_aid, consultation, notarisation, ...
    channel: Mapped[str] = mapped_column(String(16))  # kiosk, hall, hotline, online
    status: Mapped[str] = mapped_column(String(16))
    # The organisation that holds the request now (changes when a transfer is accepted).
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    region_code: Mapped[str] = mapped_column(String(6))
    site: Mapped[str] = mapped_column(String(64))  # the terminal, hall or line that took it
    kiosk_id: Mapped[int | None] = mapped_column(ForeignKey("kiosks.id"))
    submission_id: Mapped[int | None] = mapped_column(ForeignKey("submissions.id"), unique=True)
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    due_at: Mapped[datetime] = mapped_column(UTCDateTime())
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    reject_reason: Mapped[str | None] = mapped_column(String(500))
    summary: Mapped[str] = mapped_column(Text, default="")
    # The applicant's contact and identity as given (personal data: never logged or journaled).
    applicant: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # Second factors of the public progress query, as salted hashes of the last four digits.
    id_last4_hash: Mapped[str | None] = mapped_column(String(64))
    phone_last4_hash: Mapped[str | None] = mapped_column(String(64))
    attachments: Mapped[list[str]] = mapped_column(JSON, default=list)  # upload ids
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class RequestEvent(Base):
    """The request's full history, one row per step; never updated."""

    __tablename__ = "request_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))
    from_status: Mapped[str | None] = mapped_column(String(16))
    to_status: Mapped[str | None] = mapped_column(String(16))
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"))
    note: Mapped[str] = mapped_column(String(1000), default="")


class TransferOrder(Base):
    """A transfer order (转办单/交办单): hands a request to another organisation or channel."""

    __tablename__ = "transfer_orders"
    __table_args__ = (Index("ix_transfer_orders_state_deadline", "state", "deadline_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), index=True)
    from_organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    to_organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    to_channel: Mapped[str | None] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(String(500))
    deadline_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(16))  # pending, accepted, returned
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    answered_by: Mapped[str | None] = mapped_column(String(64))
    answer_reason: Mapped[str | None] = mapped_column(String(500))


class RatingRow(Base):
    """The resident's satisfaction: 1-5 and an optional comment, once per request and channel
    (`kiosk`: the service at the terminal, at the end of the journey; `online`: the outcome)."""

    __tablename__ = "ratings"
    __table_args__ = (UniqueConstraint("request_id", "channel"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"))
    score: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(String(500), default="")
    channel: Mapped[str] = mapped_column(String(16))
    rated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class OfficeHours(Base):
    """When an organisation receives visitors: one row per weekday (0 = Monday) and span."""

    __tablename__ = "office_hours"
    __table_args__ = (UniqueConstraint("organisation_id", "weekday", "opens"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    weekday: Mapped[int] = mapped_column(Integer)
    opens: Mapped[str] = mapped_column(String(5))  # "08:30"
    closes: Mapped[str] = mapped_column(String(5))


class AppointmentSlot(Base):
    """A time an organisation publishes for one appointment (notarisation, mediation, ...)."""

    __tablename__ = "appointment_slots"
    __table_args__ = (
        UniqueConstraint("organisation_id", "service", "starts_at"),
        Index("ix_appointment_slots_org_start", "organisation_id", "starts_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    service: Mapped[str] = mapped_column(String(32))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Appointment(Base):
    """A booking. The unique slot makes double booking impossible on every backend."""

    __tablename__ = "appointments"

    id: Mapped[int] = mapped_column(primary_key=True)
    slot_id: Mapped[int] = mapped_column(ForeignKey("appointment_slots.id"), unique=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), unique=True)
    booked_at: Mapped[datetime] = mapped_column(UTCDateTime())


# --- Knowledge base and document templates (issue 6) -----------------------------------------


class KnowledgeCounter(Base):
    """A single row: the last change number given to an article or template. Bumping it
    first serialises writers, so numbers never repeat and kiosks can ask for `since`."""

    __tablename__ = "knowledge_counter"

    id: Mapped[int] = mapped_column(primary_key=True)
    revision: Mapped[int] = mapped_column(Integer)


# Made by migration 0008 for full-text search, outside the models: the FTS5 table (and its
# shadow tables) on SQLite; generated tsvector columns and their GIN index on PostgreSQL.
FULL_TEXT_TABLE_PREFIX = "knowledge_fts"
FULL_TEXT_OBJECTS = frozenset({"search_tsv", "question_tsv", "ix_knowledge_articles_search_tsv"})


class KnowledgeArticle(Base):
    """A question and its answer. The segmented text feeds the full-text index: an FTS5
    table on SQLite (triggers), a generated, GIN-indexed tsvector on PostgreSQL (migration
    0008); neither is mapped here."""

    __tablename__ = "knowledge_articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    question: Mapped[str] = mapped_column(String(200))
    answer: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(32), index=True)
    region_code: Mapped[str | None] = mapped_column(String(6))
    published: Mapped[bool] = mapped_column(Boolean)
    revision: Mapped[int] = mapped_column(Integer, unique=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_by: Mapped[str] = mapped_column(String(64))
    question_seg: Mapped[str] = mapped_column(Text)
    answer_seg: Mapped[str] = mapped_column(Text)


class DocumentTemplate(Base):
    """One version of a document template; editing adds a version, old ones stay."""

    __tablename__ = "document_templates"
    __table_args__ = (UniqueConstraint("organisation_id", "code", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), index=True)
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(64))
    fields: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    body: Mapped[str] = mapped_column(Text)
    published: Mapped[bool] = mapped_column(Boolean)
    revision: Mapped[int] = mapped_column(Integer, unique=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[str] = mapped_column(String(64))


# --- Supervisor reports (issue 6): terminal uptime and targets per site ------------------------


class KioskUptime(Base):
    """Seconds a terminal was online on one day (China time), credited by its heartbeats
    (central.reports.uptime). Rows are added to, never rewritten."""

    __tablename__ = "kiosk_uptime"
    __table_args__ = (Index("ix_kiosk_uptime_day", "day"),)

    kiosk_id: Mapped[int] = mapped_column(ForeignKey("kiosks.id"), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    online_s: Mapped[float] = mapped_column(Float)


class ReportTarget(Base):
    """What a site should achieve, set by an organisation for its reports and those below
    it; site "*" is the default for every site. A nearer organisation's target wins."""

    __tablename__ = "report_targets"
    __table_args__ = (UniqueConstraint("organisation_id", "site"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    site: Mapped[str] = mapped_column(String(64))
    requests_per_month: Mapped[int | None] = mapped_column(Integer)
    median_handling_hours: Mapped[float | None] = mapped_column(Float)
    satisfaction_min: Mapped[float | None] = mapped_column(Float)
    uptime_min: Mapped[float | None] = mapped_column(Float)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_by: Mapped[str] = mapped_column(String(64))


# The report's pass over a period's requests reads only the index (central.reports.queries).
Index(
    "ix_requests_report",
    RequestRow.created_at,
    RequestRow.organisation_id,
    RequestRow.channel,
    RequestRow.kind,
    RequestRow.site,
    RequestRow.region_code,
    RequestRow.status,
    RequestRow.due_at,
    RequestRow.completed_at,
)
