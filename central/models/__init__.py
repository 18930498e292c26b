"""SQLAlchemy 2 models, one module per domain, all importable from here.

Every schema change comes with an Alembic migration (central/migrations).
"""

from __future__ import annotations

from central.models.auth import Organisation, Staff, StaffToken
from central.models.base import Base, UTCDateTime
from central.models.fleet import (
    ConfigReportRow,
    ConfigVersion,
    EnrolCode,
    Kiosk,
    KioskCommand,
    UploadRow,
)
from central.models.journal import JournalEntry, JournalHead
from central.models.knowledge import (
    FULL_TEXT_OBJECTS,
    FULL_TEXT_TABLE_PREFIX,
    DocumentTemplate,
    KnowledgeArticle,
    KnowledgeCounter,
)
from central.models.reports import (
    KioskUptime,
    ReportDay,
    ReportHandling,
    ReportHandlingBucket,
    ReportHandlingMonth,
    ReportMonth,
    ReportRating,
    ReportTarget,
)
from central.models.requests import (
    Appointment,
    AppointmentSlot,
    OfficeHours,
    RatingRow,
    RequestEvent,
    RequestRow,
    SubmissionRow,
    TransferOrder,
)
from central.models.updates import ReleaseKey, UpdateRelease, UpdateRollout, UpdateTarget

__all__ = [
    "FULL_TEXT_OBJECTS",
    "FULL_TEXT_TABLE_PREFIX",
    "Appointment",
    "AppointmentSlot",
    "Base",
    "ConfigReportRow",
    "ConfigVersion",
    "DocumentTemplate",
    "EnrolCode",
    "JournalEntry",
    "JournalHead",
    "Kiosk",
    "KioskCommand",
    "KioskUptime",
    "KnowledgeArticle",
    "KnowledgeCounter",
    "OfficeHours",
    "Organisation",
    "RatingRow",
    "ReleaseKey",
    "ReportDay",
    "ReportHandling",
    "ReportHandlingBucket",
    "ReportHandlingMonth",
    "ReportMonth",
    "ReportRating",
    "ReportTarget",
    "RequestEvent",
    "RequestRow",
    "Staff",
    "StaffToken",
    "SubmissionRow",
    "TransferOrder",
    "UTCDateTime",
    "UpdateRelease",
    "UpdateRollout",
    "UpdateTarget",
    "UploadRow",
]
