"""Residents' requests: submissions, the request record and its history, transfers, ratings,
office hours and appointments."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from central.models.base import Base, UTCDateTime


class SubmissionRow(Base):
    """What a terminal's outbox delivered: stored once per idempotency key."""

    __tablename__ = "submissions"

    id: Mapped[int] = mapped_column(primary_key=True)
    idempotency_key: Mapped[str] = mapped_column(String(36), unique=True)
    tracking_number: Mapped[str] = mapped_column(String(40), unique=True)
    kind: Mapped[str] = mapped_column(String(32), index=True)
    kiosk_id: Mapped[int] = mapped_column(ForeignKey("kiosks.id"), index=True)
    # The resident's time: the terminal's stamp within central.requests.submitted_time's
    # bounds (outside them the receipt time; the journal keeps the stamp). The adopted
    # request is created at it.
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime())
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())  # the service's time
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    payload_sha256: Mapped[str] = mapped_column(String(64))


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
    __table_args__ = (
        Index("ix_transfer_orders_state_deadline", "state", "deadline_at"),
        # A report period's routes read only this index (central.reports.queries.transfers).
        Index(
            "ix_transfer_orders_report",
            "created_at",
            "from_organisation_id",
            "to_organisation_id",
            "state",
            "deadline_at",
            "answered_at",
        ),
    )

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
