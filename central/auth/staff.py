"""Staff rules: organisations in a region tree, accounts with roles, login tokens. No HTTP here."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from api_client.schemas import OrganisationCreate, StaffCreate, StaffOut
from central.auth.failed_logins import FailedLoginJournal
from central.auth.passwords import hash_password, verify_password
from central.auth.tokens import sha256_hex
from central.clock import as_utc, utcnow
from central.journal import chain as journal
from central.models import Organisation, Staff, StaffToken

STAFF_TOKEN_PREFIX = "lks_"  # noqa: S105 (a prefix, not a secret)


class StaffError(Exception):
    """A staff rule refused the request; the message is safe to show the caller."""


def organisation_by_code(session: Session, code: str) -> Organisation:
    org = session.scalars(select(Organisation).where(Organisation.code == code)).one_or_none()
    if org is None:
        raise StaffError(f"no organisation with code {code!r}")
    return org


def subtree_ids(session: Session, root_id: int) -> set[int]:
    """The organisation and every organisation below it (organisations number in thousands)."""
    children: dict[int | None, list[int]] = {}
    for org_id, parent_id in session.execute(select(Organisation.id, Organisation.parent_id)):
        children.setdefault(parent_id, []).append(org_id)
    found, todo = {root_id}, [root_id]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def kiosk_scope(session: Session, org_id: int) -> set[int | None]:
    """Owners whose terminals a member of `org_id` may see: the organisation and those below
    it. Terminals enrolled before codes had to name an organisation belong to nobody and
    serve no organisation's staff until an operator assigns them (`kiosk assign`)."""
    return set(subtree_ids(session, org_id))


def region_within(child: str, parent: str) -> bool:
    """GB/T 2260: 150000 (province) contains 150100 (city) contains 150105 (county)."""
    prefix = parent.rstrip("0")
    prefix = prefix + "0" * (len(prefix) % 2)
    return child.startswith(prefix)


def add_organisation(session: Session, body: OrganisationCreate, actor: str) -> Organisation:
    if session.scalars(select(Organisation).where(Organisation.code == body.code)).first():
        raise StaffError(f"an organisation with code {body.code!r} already exists")
    parent_id = None
    if body.parent is not None:
        parent = organisation_by_code(session, body.parent)
        if not region_within(body.region_code, parent.region_code):
            raise StaffError(
                f"region {body.region_code} is not inside the parent's region {parent.region_code}"
            )
        parent_id = parent.id
    org = Organisation(
        code=body.code,
        name=body.name,
        kind=body.kind,
        region_code=body.region_code,
        parent_id=parent_id,
        created_at=utcnow(),
    )
    session.add(org)
    session.flush()
    journal.append(
        session, actor, "organisation.add", f"organisation:{org.code}", body.model_dump()
    )
    return org


def add_staff(session: Session, body: StaffCreate, actor: str) -> Staff:
    if session.scalars(select(Staff).where(Staff.username == body.username)).first():
        raise StaffError(f"a staff member with username {body.username!r} already exists")
    org = organisation_by_code(session, body.organisation)
    roles = sorted(set(body.roles))
    staff = Staff(
        username=body.username,
        display_name=body.display_name,
        organisation_id=org.id,
        roles=roles,
        password_hash=hash_password(body.password),
        created_at=utcnow(),
    )
    session.add(staff)
    session.flush()
    journal.append(
        session,
        actor,
        "staff.add",
        f"staff:{staff.username}",
        {"organisation": org.code, "roles": roles},
    )
    return staff


def staff_by_username(session: Session, username: str) -> Staff:
    staff = session.scalars(select(Staff).where(Staff.username == username)).one_or_none()
    if staff is None:
        raise StaffError(f"no staff member with username {username!r}")
    return staff


def disable_staff(session: Session, staff: Staff, actor: str) -> None:
    """Disable the account and revoke every token it holds."""
    now = utcnow()
    if staff.disabled_at is None:
        staff.disabled_at = now
    for token in session.scalars(
        select(StaffToken).where(StaffToken.staff_id == staff.id, StaffToken.revoked_at.is_(None))
    ):
        token.revoked_at = now
    journal.append(session, actor, "staff.disable", f"staff:{staff.username}")


def staff_out(session: Session, staff: Staff) -> StaffOut:
    org = session.get(Organisation, staff.organisation_id)
    return StaffOut(
        username=staff.username,
        display_name=staff.display_name,
        organisation=org.code if org else "",
        roles=list(staff.roles),
        disabled=staff.disabled_at is not None,
    )


@dataclass(frozen=True)
class IssuedToken:
    token: str
    expires_at: datetime
    staff: Staff


def login(
    session: Session,
    username: str,
    password: str,
    ttl: timedelta,
    client: str,
    failures: FailedLoginJournal | None = None,
) -> IssuedToken | None:
    """Check the password; on success issue a token, on failure return None. A failure for an
    existing account is journaled as `failures` admits (central.auth.failed_logins; every one
    without it); a failure for a name that is no account is never journaled."""
    staff = session.scalars(select(Staff).where(Staff.username == username)).one_or_none()
    ok = verify_password(staff.password_hash if staff else None, password)
    if staff is None:
        return None
    if not ok or staff.disabled_at is not None:
        left_out = failures.admit(staff.username) if failures is not None else 0
        if left_out is not None:
            payload = {
                "reason": "disabled" if ok else "bad credentials",
                "client": client,
                "failures_left_out_before": left_out,
            }
            journal.append(session, "anonymous", "login.failed", f"staff:{username}", payload)
        return None
    token = STAFF_TOKEN_PREFIX + secrets.token_urlsafe(32)
    now = utcnow()
    row = StaffToken(
        staff_id=staff.id, token_sha256=sha256_hex(token), created_at=now, expires_at=now + ttl
    )
    session.add(row)
    return IssuedToken(token, now + ttl, staff)


def staff_for_token(session: Session, token: str) -> Staff | None:
    row = session.scalars(
        select(StaffToken).where(StaffToken.token_sha256 == sha256_hex(token))
    ).one_or_none()
    if row is None or row.revoked_at is not None or as_utc(row.expires_at) <= utcnow():
        return None
    staff = session.get(Staff, row.staff_id)
    if staff is None or staff.disabled_at is not None:
        return None
    return staff


def revoke_token(session: Session, token: str) -> None:
    row = session.scalars(
        select(StaffToken).where(StaffToken.token_sha256 == sha256_hex(token))
    ).one_or_none()
    if row is not None and row.revoked_at is None:
        row.revoked_at = utcnow()
