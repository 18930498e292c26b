"""The wire contract between terminals and the central service.

Pydantic only: imported by both `api_client` and `central`, and the OpenAPI document is
generated from it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

TERMINAL_ID_PATTERN = r"^[A-Z0-9]{3,12}$"
ID_MAX = 2**31 - 1  # ids are 32-bit integers in the database
ENROL_CODE_PATTERN = r"^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$"

DeviceFamilyName = Literal["camera", "idReader", "scanner", "printer", "speech"]
DeviceStatusName = Literal[
    "online",
    "offline",
    "noDevice",
    "hardwareError",
    "deviceBusy",
    "userError",
    "powerOff",
    "starting",
]


class _Wire(BaseModel):
    model_config = ConfigDict(extra="forbid")

    @field_validator("*", mode="after")
    @classmethod
    def _no_nul(cls, value: Any) -> Any:
        """PostgreSQL text cannot hold NUL; refuse it at the edge instead of failing there."""
        if isinstance(value, str) and "\x00" in value:
            raise ValueError("must not contain NUL (\\x00) characters")
        return value


class Health(_Wire):
    status: Literal["ok", "degraded"]
    version: str
    database: Literal["ok", "unavailable"]


class EnrolRequest(_Wire):
    code: str = Field(pattern=ENROL_CODE_PATTERN, description="one-time code, e.g. ABCD-EFGH-JKLM")
    terminal_id: str = Field(pattern=TERMINAL_ID_PATTERN)
    site: str = Field(min_length=1, max_length=64)


class EnrolResponse(_Wire):
    kiosk_id: int
    terminal_id: str
    device_token: str = Field(description="bearer token for this terminal; shown once")


class DeviceState(_Wire):
    family: DeviceFamilyName
    status: DeviceStatusName
    detail: str = Field("", max_length=200)


class Heartbeat(_Wire):
    sent_at: datetime
    app_version: str = Field(max_length=32)
    devices: list[DeviceState] = Field(max_length=32)


class HeartbeatAck(_Wire):
    server_time: datetime
    next_heartbeat_s: float
    config_version: int | None = Field(
        None, description="the configuration version in force for this terminal; fetch if newer"
    )
    pending_commands: int = Field(0, ge=0, description="remote commands waiting to be fetched")


class Problem(_Wire):
    detail: str


# --- staff, organisations, roles -------------------------------------------------------------

USERNAME_PATTERN = r"^[a-z][a-z0-9._-]{2,31}$"
ORG_CODE_PATTERN = r"^[a-z0-9][a-z0-9-]{1,31}$"
REGION_CODE_PATTERN = r"^[1-9][0-9]{5}$"

Role = Literal[
    "admin",
    "notary",
    "mediator",
    "lawyer",
    "hotline_operator",
    "clerk",
    "supervisor",
    "technician",
]
OrganisationKind = Literal[
    "justice_bureau",
    "notary_office",
    "mediation_committee",
    "law_firm",
    "legal_aid_centre",
    "hotline_centre",
]


class LoginRequest(_Wire):
    username: str = Field(pattern=USERNAME_PATTERN)
    password: str = Field(min_length=1, max_length=256)


class StaffOut(_Wire):
    username: str
    display_name: str
    organisation: str = Field(description="organisation code")
    roles: list[Role]
    disabled: bool


class LoginResponse(_Wire):
    access_token: str
    token_type: Literal["bearer"] = "bearer"  # noqa: S105
    expires_at: datetime
    staff: StaffOut


class StaffCreate(_Wire):
    username: str = Field(pattern=USERNAME_PATTERN)
    display_name: str = Field(min_length=1, max_length=64)
    organisation: str = Field(pattern=ORG_CODE_PATTERN, description="organisation code")
    roles: list[Role] = Field(min_length=1, max_length=8)
    password: str = Field(min_length=12, max_length=256)


class OrganisationCreate(_Wire):
    code: str = Field(pattern=ORG_CODE_PATTERN)
    name: str = Field(min_length=1, max_length=128)
    kind: OrganisationKind
    region_code: str = Field(pattern=REGION_CODE_PATTERN, description="GB/T 2260 region code")
    parent: str | None = Field(None, pattern=ORG_CODE_PATTERN, description="parent org code")


class OrganisationOut(_Wire):
    code: str
    name: str
    kind: OrganisationKind
    region_code: str
    parent: str | None


# --- fleet, staff side -----------------------------------------------------------------------


class EnrolCodeRequest(_Wire):
    organisation: str = Field(pattern=ORG_CODE_PATTERN, description="owner of the terminal")
    site: str | None = Field(None, min_length=1, max_length=64)
    ttl_hours: float = Field(24.0, gt=0, le=720)
    terminal_id: str | None = Field(
        None,
        pattern=TERMINAL_ID_PATTERN,
        description="re-enrol this terminal of `organisation` (a new disk, a replaced board); "
        "without it the code enrols a new terminal only",
    )


class EnrolCodeResponse(_Wire):
    code: str = Field(description="one-time enrolment code; shown once")
    expires_at: datetime


class KioskOut(_Wire):
    terminal_id: str
    site: str
    organisation: str | None
    region_code: str | None
    online: bool
    revoked: bool
    last_seen: datetime | None
    app_version: str | None
    devices: list[DeviceState]
    config_version: int | None = Field(None, description="last version the terminal applied")


class TokenRotation(_Wire):
    device_token: str = Field(description="the new bearer token; the old one works until used")


# --- journal ---------------------------------------------------------------------------------


class JournalHeadOut(_Wire):
    seq: int
    entry_hash: str


class JournalVerifyOut(_Wire):
    ok: bool
    entries: int
    head: str
    broken_at_seq: int | None = None
    reason: str | None = None


# --- configuration pushed to terminals -------------------------------------------------------

ConfigTargetKind = Literal["all", "region", "site", "terminal"]


class ConfigPush(_Wire):
    """A new configuration version for one terminal or a group.

    `document` is the terminal's own settings document: the central service stores and
    serves it; the terminal validates it with its own schema and applies or refuses it.
    """

    target_kind: ConfigTargetKind
    target: str = Field(
        "", max_length=64, description="region code, site name or terminal id; empty for all"
    )
    document: dict[str, Any] = Field(description="settings document, at most 64 KiB as JSON")


class ConfigOut(_Wire):
    version: int
    target_kind: ConfigTargetKind
    target: str
    sha256: str = Field(description="SHA-256 of the canonical JSON of the document")
    created_at: datetime
    created_by: str
    document: dict[str, Any]


class ConfigReport(_Wire):
    """The terminal's answer to a version: applied, or refused and the old one stays."""

    version: int = Field(ge=1, le=ID_MAX)
    outcome: Literal["applied", "refused"]
    detail: str = Field("", max_length=500, description="why it was refused")


# --- remote commands -------------------------------------------------------------------------

CommandKind = Literal["restart_shell", "screenshot", "upload_logs"]
CommandState = Literal["queued", "sent", "succeeded", "failed"]


class CommandRequest(_Wire):
    kind: CommandKind


class CommandOut(_Wire):
    id: int
    terminal_id: str
    kind: CommandKind
    state: CommandState
    created_at: datetime
    created_by: str
    finished_at: datetime | None = None
    detail: str = ""
    attachment_type: str | None = None
    attachment_size: int | None = None


class CommandResult(_Wire):
    """What the terminal reports after running a command; logs arrive masked by the kiosk."""

    outcome: Literal["succeeded", "failed"]
    detail: str = Field("", max_length=500)
    attachment_type: Literal["image/png", "text/plain", "application/gzip"] | None = None
    attachment_b64: str | None = Field(
        None, max_length=8 * 1024 * 1024, description="base64 of the screenshot or log bundle"
    )


# --- Submissions from the outbox -------------------------------------------------------------

SubmissionKind = Literal[
    "legal_aid", "consultation", "notarisation", "mediation", "callback", "rating"
]


class Submission(_Wire):
    """One item from a terminal's outbox. The idempotency key makes a retry harmless: the
    central service answers a repeat with the record it already has."""

    idempotency_key: str = Field(pattern=r"^[0-9a-f-]{36}$")
    kind: SubmissionKind
    tracking_number: str = Field(pattern=r"^[A-Z0-9]{3,12}-\d{6}-\d{5,9}-(\d{4})?[0-9X]$")
    submitted_at: datetime
    payload: dict[str, object]


class SubmissionReceipt(_Wire):
    tracking_number: str
    duplicate: bool = Field(description="true when this key had already been received")


# --- Large attachments, uploaded in chunks ---------------------------------------------------

UPLOAD_ID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
MAX_UPLOAD_BYTES = 64 * 1024 * 1024
MAX_CHUNK_BYTES = 1024 * 1024


class UploadStart(_Wire):
    """Announce a file; the terminal picks the id, so a retry after a crash finds the upload."""

    upload_id: str = Field(pattern=UPLOAD_ID_PATTERN)
    size: int = Field(ge=1, le=MAX_UPLOAD_BYTES)
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")


class UploadState(_Wire):
    upload_id: str
    size: int
    received: int = Field(description="bytes stored so far: resume from here")
    complete: bool


# --- Requests across channels (issue 6) -------------------------------------------------------

RequestKind = Literal["legal_aid", "consultation", "notarisation", "mediation", "callback"]
Channel = Literal["kiosk", "hall", "hotline", "online"]
RequestStatus = Literal[
    "submitted",
    "accepted",
    "in_progress",
    "transferred",
    "returned",
    "completed",
    "closed",
    "rejected",
]
TransferState = Literal["pending", "accepted", "returned"]

# Any tracking number: a terminal's own (TERMINAL-YYMMDD-SEQ-CHECK) or the central service's.
TRACKING_NUMBER_PATTERN = r"^[A-Z0-9]{2,12}-\d{6}-\d{5,9}-(\d{4})?[0-9X]$"


class ProgressQuery(_Wire):
    """Tracking number plus a second factor: the last four of the ID number or of the phone."""

    tracking_number: str = Field(pattern=TRACKING_NUMBER_PATTERN)
    last4: str = Field(pattern=r"^[0-9]{3}[0-9X]$")


class ProgressStep(_Wire):
    at: datetime
    status: RequestStatus
    text: str = Field(description="the step in plain words, fit to show and read aloud")


class Progress(_Wire):
    """What a resident may see about a request: no personal data, no internal notes."""

    tracking_number: str
    kind: RequestKind
    status: RequestStatus
    status_text: str = Field(description="the status in plain words, fit to read aloud")
    organisation: str
    created_at: datetime
    updated_at: datetime
    due_at: datetime
    steps: list[ProgressStep]


class OfficeHoursOut(_Wire):
    weekday: int = Field(ge=0, le=6, description="0 = Monday")
    opens: str
    closes: str


class SlotOut(_Wire):
    slot_id: int
    service: str
    starts_at: datetime
    ends_at: datetime


class OrganisationSlots(_Wire):
    """One organisation's office hours and its free slots."""

    organisation_code: str
    organisation_name: str
    office_hours: list[OfficeHoursOut]
    slots: list[SlotOut]


class BookingRequest(_Wire):
    """Book a slot and create the request in one step; the key makes a retry harmless."""

    idempotency_key: str = Field(pattern=r"^[0-9a-f-]{36}$")
    tracking_number: str = Field(pattern=TRACKING_NUMBER_PATTERN)
    slot_id: int = Field(ge=1, le=ID_MAX)
    kind: Literal["notarisation", "mediation"]
    applicant: dict[str, str]
    summary: str = Field(default="", max_length=2000)


class BookingOut(_Wire):
    tracking_number: str
    slot: SlotOut
    organisation_name: str
    duplicate: bool


# --- Requests: staff work, transfers, ratings, slots, the public side (issue 6) ---------------

IDEMPOTENCY_KEY_PATTERN = r"^[0-9a-f-]{36}$"
# A mainland mobile (11 digits starting with 1) or a landline with its area code.
PHONE_PATTERN = r"^(1[0-9]{10}|0[0-9]{9,11})$"
ID_NUMBER_PATTERN = r"^[0-9]{17}[0-9X]$"
StaffChannel = Literal["hall", "hotline"]
RequestAction = Literal[
    "accept",
    "start",
    "complete",
    "close",
    "reject",
    "transfer",
    "transfer_accept",
    "transfer_return",
]
AppointmentService = Literal["notarisation", "mediation"]


class ApplicantIn(_Wire):
    """Who asks: the contact staff call back. Personal data: stored, never logged."""

    name: str = Field(min_length=1, max_length=64)
    phone: str = Field(pattern=PHONE_PATTERN, description="digits only, e.g. 13800138000")
    id_number: str | None = Field(None, pattern=ID_NUMBER_PATTERN, description="18 characters")
    address: str = Field("", max_length=200)


class RequestCreate(_Wire):
    """A request taken at the service hall or on the 12348 line (a phone call becomes one)."""

    idempotency_key: str = Field(pattern=IDEMPOTENCY_KEY_PATTERN)
    kind: RequestKind
    channel: StaffChannel
    applicant: ApplicantIn
    summary: str = Field(min_length=1, max_length=2000)


class RequestCreated(_Wire):
    tracking_number: str
    duplicate: bool = Field(description="true when this key had already created the request")


class RequestOut(_Wire):
    """One line of the request list: the applicant's name is masked."""

    tracking_number: str
    kind: RequestKind
    channel: Channel
    status: RequestStatus
    organisation: str = Field(description="code of the organisation holding it")
    organisation_name: str
    site: str
    assignee: str | None
    applicant_name: str = Field(description="masked, e.g. 张*")
    created_at: datetime
    updated_at: datetime
    due_at: datetime
    overdue: bool
    pending_transfer_to: str | None = Field(None, description="organisation code")
    transfer_overdue: bool = False


class RequestPage(_Wire):
    items: list[RequestOut]
    total: int
    page: int
    per_page: int


class RequestEventOut(_Wire):
    at: datetime
    actor: str
    action: str
    from_status: RequestStatus | None
    to_status: RequestStatus | None
    organisation: str | None
    note: str


class TransferOut(_Wire):
    id: int
    tracking_number: str
    from_organisation: str
    to_organisation: str
    to_channel: Channel | None
    reason: str
    deadline_at: datetime
    created_at: datetime
    created_by: str
    state: TransferState
    answered_at: datetime | None
    answered_by: str | None
    answer_reason: str | None
    overdue: bool


class RatingOut(_Wire):
    score: int
    comment: str
    channel: Channel
    rated_at: datetime


class ApplicantOut(_Wire):
    name: str
    phone: str
    id_number: str = Field(description="masked to the first six and last four")
    address: str


class RequestDetail(RequestOut):
    summary: str
    applicant: ApplicantOut
    attachments: list[str]
    reject_reason: str | None
    completed_at: datetime | None
    closed_at: datetime | None
    history: list[RequestEventOut]
    transfers: list[TransferOut]
    rating: RatingOut | None
    appointment: SlotOut | None
    allowed_actions: list[RequestAction] = Field(
        description="what the workflow allows from the current status"
    )


class ActionNote(_Wire):
    note: str = Field("", max_length=1000)


class RejectBody(_Wire):
    reason: str = Field(min_length=2, max_length=500)


class AssignBody(_Wire):
    username: str = Field(pattern=USERNAME_PATTERN)


class TransferCreate(_Wire):
    to_organisation: str = Field(pattern=ORG_CODE_PATTERN, description="organisation code")
    to_channel: Channel | None = None
    reason: str = Field(min_length=2, max_length=500)
    deadline_days: int = Field(3, ge=1, le=60, description="working days to accept or return")


class TransferReturn(_Wire):
    reason: str = Field(min_length=2, max_length=500)


class OfficeHoursSet(_Wire):
    """Replaces the organisation's office hours."""

    hours: list[OfficeHoursOut] = Field(max_length=28)


class SlotsCreate(_Wire):
    """`count` consecutive slots of `minutes` each from `starts_at`."""

    service: AppointmentService
    starts_at: datetime
    minutes: int = Field(30, ge=10, le=240)
    count: int = Field(1, ge=1, le=48)


class PublicRequestCreate(_Wire):
    """An online consultation or call-back request from the resident's phone page."""

    idempotency_key: str = Field(pattern=IDEMPOTENCY_KEY_PATTERN)
    kind: Literal["consultation", "callback"]
    name: str = Field(min_length=1, max_length=64)
    phone: str = Field(pattern=PHONE_PATTERN, description="digits only, e.g. 13800138000")
    question: str = Field(min_length=2, max_length=2000)


class PublicRatingCreate(_Wire):
    tracking_number: str = Field(pattern=TRACKING_NUMBER_PATTERN)
    last4: str = Field(pattern=r"^[0-9]{3}[0-9X]$")
    score: int = Field(ge=1, le=5)
    comment: str = Field("", max_length=500)


# === Knowledge base and document templates (issue 6) ========================================
# Kept together at the end of the file to ease merging with other branches.

KnowledgeCategory = Literal[
    "labour", "marriage_family", "neighbour", "traffic", "loan", "land", "legal_aid", "other"
]
TEMPLATE_CODE_PATTERN = r"^[a-z][a-z0-9_]{1,31}$"
FIELD_NAME_PATTERN = r"^[a-z][a-z0-9_]{0,31}$"
TemplateFieldType = Literal["text", "multiline", "date", "money", "phone", "id_number", "choice"]
# What a field may be filled with from the resident's ID card (or passport) at the kiosk.
PrefillSource = Literal["name", "id_number", "sex", "birth_date", "ethnicity", "address"]


class ArticleIn(_Wire):
    question: str = Field(min_length=4, max_length=200)
    answer: str = Field(min_length=10, max_length=4000)
    category: KnowledgeCategory
    region_code: str | None = Field(
        None, pattern=REGION_CODE_PATTERN, description="where it applies; none: everywhere"
    )
    published: bool = True


class ArticleOut(_Wire):
    id: int
    question: str
    answer: str
    category: KnowledgeCategory
    region_code: str | None
    published: bool
    revision: int = Field(description="global change number; a kiosk asks for changes after it")
    updated_at: datetime
    updated_by: str


class KnowledgeChanges(_Wire):
    """Articles changed after `since` (unpublished ones too, so the kiosk drops them)."""

    since: int
    revision: int = Field(description="the newest change number; pass it as `since` next time")
    articles: list[ArticleOut]


class KnowledgeHit(_Wire):
    id: int
    question: str
    answer: str
    category: KnowledgeCategory
    region_code: str | None
    score: float = Field(description="higher is better; comparable within one answer only")
    question_marks: list[tuple[int, int]] = Field(description="[start, end) spans to highlight")
    snippet: str = Field(description="part of the answer around the first match")
    snippet_marks: list[tuple[int, int]]


class KnowledgeSearchOut(_Wire):
    query: str
    terms: list[str] = Field(description="the words looked for, after segmentation")
    matched: Literal["all", "any"] = Field(
        description="all: every word is in each hit; any: no article had them all"
    )
    hits: list[KnowledgeHit]


class TemplateField(_Wire):
    name: str = Field(pattern=FIELD_NAME_PATTERN, description="placeholder {{name}} in the body")
    label: str = Field(min_length=1, max_length=32)
    type: TemplateFieldType = "text"
    required: bool = True
    prefill: PrefillSource | None = Field(None, description="fill from the ID card when read")
    choices: list[str] = Field(default_factory=list, max_length=20)
    max_length: int = Field(200, ge=1, le=4000)


class TemplateIn(_Wire):
    title: str = Field(min_length=2, max_length=64)
    fields: list[TemplateField] = Field(min_length=1, max_length=40)
    body: str = Field(
        min_length=10, max_length=20000, description="text with {{field}} placeholders"
    )
    published: bool = True


class TemplateCreate(TemplateIn):
    code: str = Field(pattern=TEMPLATE_CODE_PATTERN, description="stable name, e.g. iou")


class TemplateOut(_Wire):
    code: str
    version: int
    title: str
    fields: list[TemplateField]
    body: str
    published: bool
    created_at: datetime
    created_by: str


# --- Supervisor reports (issue 6, branch issue-reports) ---------------------------------------

ReportPeriodName = Literal["weekly", "monthly", "quarterly", "yearly"]
ReportFormat = Literal["json", "csv"]
SITE_TARGET_PATTERN = r"^(\*|[^\x00-\x1f]{1,64})$"


class ReportCount(_Wire):
    key: str = Field(description="channel, kind, site or region code")
    requests: int
    handled: int = Field(description="of these, completed")


class HandlingTime(_Wire):
    """Created to completed, over the period's requests that are completed."""

    completed: int
    median_hours: float | None
    p90_hours: float | None


class OverdueRequest(_Wire):
    tracking_number: str
    kind: RequestKind
    channel: Channel
    site: str
    organisation: str = Field(description="organisation code holding it")
    status: RequestStatus
    due_at: datetime


class Overdue(_Wire):
    """As of the period's end (or now, for the running period)."""

    requests_open_past_due: int = Field(description="not completed, closed or rejected")
    requests_completed_late: int
    transfers_pending_past_deadline: int
    transfers_answered_late: int
    oldest: list[OverdueRequest] = Field(description="up to 20, earliest due first")


class TransferRoute(_Wire):
    from_organisation: str
    to_organisation: str
    transfers: int
    pending: int
    accepted: int
    returned: int


class Satisfaction(_Wire):
    ratings: int
    mean: float | None
    distribution: list[int] = Field(description="how many rated 1, 2, 3, 4 and 5")


class SiteUptime(_Wire):
    site: str
    terminals: int
    online_hours: float
    expected_hours: float = Field(description="the terminals' enrolled time within the period")
    uptime: float | None = Field(description="online / expected, 0-1")


class TargetIn(_Wire):
    """Targets for one site ("*": every site without its own). Omitted: not assessed."""

    site: str = Field(pattern=SITE_TARGET_PATTERN)
    requests_per_month: int | None = Field(
        None, ge=0, le=10_000_000, description="completed requests; scaled to the period length"
    )
    median_handling_hours: float | None = Field(None, gt=0, le=8760)
    satisfaction_min: float | None = Field(None, ge=1, le=5)
    uptime_min: float | None = Field(None, ge=0, le=1)


class TargetOut(TargetIn):
    organisation: str = Field(description="the organisation that set it")
    updated_at: datetime
    updated_by: str


class SiteAssessment(_Wire):
    site: str
    requests: int
    handled: int
    median_hours: float | None
    satisfaction: float | None
    uptime: float | None
    target_from: str | None = Field(description="organisation whose target applies")
    target: TargetIn | None
    parts: dict[str, float] = Field(description="per target met, 0-1 (1 = met)")
    score: float | None = Field(description="0-100; None without a target that applies")


class Report(_Wire):
    period: ReportPeriodName
    label: str = Field(description="e.g. 2026-W53, 2026-07, 2026-Q3, 2026")
    starts_at: datetime = Field(description="China time (UTC+8)")
    ends_at: datetime = Field(description="exclusive")
    as_of: datetime
    organisation: str = Field(description="the report covers this organisation and below")
    requests: int
    handled: int
    by_channel: list[ReportCount]
    by_kind: list[ReportCount]
    by_site: list[ReportCount]
    by_region: list[ReportCount]
    handling: HandlingTime
    overdue: Overdue
    transfers: list[TransferRoute]
    satisfaction: Satisfaction
    uptime: list[SiteUptime]
    assessment: list[SiteAssessment]
    score: float | None = Field(description="mean of the sites' scores")
    scoring_rule: str
