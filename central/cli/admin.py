"""What the admin commands do, given an open session; `central.cli` parses and prints.

Each function returns the lines to show, or raises CommandError with a message that says what
was wrong and what is allowed.
"""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from api_client.schemas import OrganisationCreate, StaffCreate
from central.auth.staff import (
    StaffError,
    add_organisation,
    add_staff,
    disable_staff,
    organisation_by_code,
    staff_by_username,
)
from central.fleet.enrolment import (
    FleetError,
    assign,
    issue_enrol_code,
    kiosk_by_terminal_id,
    list_kiosks,
    revoke,
)
from central.models import Organisation, Staff
from central.requests.adoption import adopt_waiting

CLI_ACTOR = "cli"


class CommandError(Exception):
    """Shown to the operator as `error: <message>`; exit status 1 (2 for bad input)."""

    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.status = status


def explain(err: ValidationError) -> str:
    """One line per bad field: which field, what was wrong, in the words of the rule."""
    parts = []
    for problem in err.errors():
        where = ".".join(str(p) for p in problem["loc"]) or "input"
        parts.append(f"{where}: {problem['msg']}")
    return "; ".join(parts)


def org_add(session: Session, fields: dict[str, Any]) -> list[str]:
    try:
        body = OrganisationCreate.model_validate(fields)
    except ValidationError as err:
        raise CommandError(explain(err), 2) from None
    try:
        org = add_organisation(session, body, CLI_ACTOR)
    except StaffError as err:
        raise CommandError(str(err)) from None
    return [f"organisation {org.code} added (region {org.region_code})"]


def org_list(session: Session) -> list[str]:
    orgs = session.scalars(select(Organisation).order_by(Organisation.code)).all()
    codes = {o.id: o.code for o in orgs}
    lines = [
        f"{o.code:20} {o.kind:20} {o.region_code}  parent {codes.get(o.parent_id or 0, '-')}"
        for o in orgs
    ]
    return lines or ["no organisations yet; add one with `org add`"]


def user_add(session: Session, fields: dict[str, Any]) -> list[str]:
    try:
        body = StaffCreate.model_validate(fields)
    except ValidationError as err:
        raise CommandError(explain(err), 2) from None
    try:
        staff = add_staff(session, body, CLI_ACTOR)
    except StaffError as err:
        raise CommandError(str(err)) from None
    return [f"staff member {staff.username} added with roles {', '.join(staff.roles)}"]


def user_list(session: Session, as_json: bool) -> list[str]:
    rows = session.execute(
        select(Staff, Organisation.code)
        .join(Organisation, Staff.organisation_id == Organisation.id)
        .order_by(Staff.username)
    ).all()
    lines = []
    for staff, org_code in rows:
        record = {
            "username": staff.username,
            "display_name": staff.display_name,
            "organisation": org_code,
            "roles": list(staff.roles),
            "disabled": staff.disabled_at is not None,
        }
        if as_json:
            lines.append(json.dumps(record, ensure_ascii=False))
        else:
            state = "disabled" if record["disabled"] else "active"
            lines.append(f"{staff.username:20} {org_code:20} {state:8} {','.join(staff.roles)}")
    if not lines and not as_json:
        lines.append("no staff yet; add one with `user add`")
    return lines


def user_disable(session: Session, username: str) -> list[str]:
    try:
        staff = staff_by_username(session, username)
    except StaffError as err:
        raise CommandError(str(err)) from None
    disable_staff(session, staff, CLI_ACTOR)
    return [f"staff member {username} disabled; their tokens are revoked"]


def kiosk_revoke(session: Session, terminal_id: str) -> list[str]:
    try:
        kiosk = kiosk_by_terminal_id(session, terminal_id)
    except FleetError as err:
        raise CommandError(str(err)) from None
    revoke(session, kiosk, CLI_ACTOR)
    return [f"terminal {terminal_id} revoked for good; no code enrols it again"]


def kiosk_list(session: Session, offline_after: timedelta, as_json: bool) -> list[str]:
    lines = []
    for view in list_kiosks(session, offline_after):
        if as_json:
            record = {
                "terminal_id": view.terminal_id,
                "site": view.site,
                "organisation": view.organisation,
                "online": view.online,
                "last_seen": view.last_seen.isoformat() if view.last_seen else None,
                "devices": view.devices,
                "revoked": view.revoked,
            }
            lines.append(json.dumps(record, ensure_ascii=False))
        else:
            state = "revoked" if view.revoked else ("online" if view.online else "offline")
            seen = view.last_seen.isoformat(timespec="seconds") if view.last_seen else "never"
            owner = view.organisation or "(no owner: kiosk assign)"
            lines.append(
                f"{view.terminal_id:12} {owner:20} {view.site:20} {state:8} last seen {seen}"
            )
    if not lines and not as_json:
        lines.append("no terminals enrolled yet")
    return lines


def missing_org_fields(
    org_code: str, name: str | None, kind: str | None, region: str | None
) -> dict[str, Any] | None:
    """The organisation `kiosk enroll-code` adds when `org_code` is missing (the
    `--new-org-*` options): None when none is given, all three or a CommandError."""
    given = {"--new-org-name": name, "--new-org-kind": kind, "--new-org-region": region}
    if all(value is None for value in given.values()):
        return None
    absent = [option for option, value in given.items() if value is None]
    if absent:
        raise CommandError(
            f"to add a missing --org, give --new-org-name, --new-org-kind and "
            f"--new-org-region together (missing: {', '.join(absent)})",
            2,
        )
    return {"code": org_code, "name": name, "kind": kind, "region_code": region}


def kiosk_enrol_code(
    session: Session,
    site: str | None,
    org_code: str,
    ttl: timedelta,
    terminal_id: str | None = None,
    new_org: dict[str, Any] | None = None,
) -> list[str]:
    """A one-time code for a new terminal of `org_code`, or with `terminal_id` a re-enrolment
    code for that terminal of `org_code` (a new disk, a replaced board). `new_org`: the
    organisation's fields, added first when `org_code` does not exist (one process where a
    test or the demo would otherwise run `org add` before)."""
    try:
        org = organisation_by_code(session, org_code)
    except StaffError as err:
        if new_org is None:
            raise CommandError(f"{err}; list them with `org list`") from None
        org_add(session, new_org)
        org = organisation_by_code(session, org_code)
    try:
        kiosk = kiosk_by_terminal_id(session, terminal_id) if terminal_id else None
        return [issue_enrol_code(session, site, ttl, org.id, CLI_ACTOR, kiosk)]
    except FleetError as err:
        raise CommandError(str(err)) from None


def kiosk_assign(session: Session, terminal_id: str, org_code: str, zone: ZoneInfo) -> list[str]:
    """Give a terminal enrolled without an owner to `org_code`; adopt what it delivered."""
    try:
        kiosk = kiosk_by_terminal_id(session, terminal_id)
        org = organisation_by_code(session, org_code)
        assign(session, kiosk, org, CLI_ACTOR)
    except (FleetError, StaffError) as err:
        raise CommandError(str(err)) from None
    adopted = adopt_waiting(session, kiosk, zone)
    return [
        f"terminal {terminal_id} now belongs to {org.code}; "
        f"{adopted} submission(s) it delivered without an owner adopted"
    ]


def knowledge_seed(session: Session, org_code: str) -> list[str]:
    """Load the demo knowledge base and templates into `org_code` (skips what is there)."""
    from central.knowledge.articles import KnowledgeError
    from central.seed.load import load_seed

    try:
        org = organisation_by_code(session, org_code)
        result = load_seed(session, org.id, CLI_ACTOR)
    except (StaffError, KnowledgeError) as err:
        raise CommandError(str(err)) from None
    return [
        f"articles: {result.articles_added} added, {result.articles_skipped} already there",
        f"templates: {result.templates_added} added, {result.templates_skipped} already there",
    ]
