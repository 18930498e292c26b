"""`lexkiosk-central seed FILE`: what the checked file declares, added in one transaction.

Idempotent: an entry that is there already as the file says is left alone and reported so; one
that is there but differs (another kind, organisation, roles...) is not changed: the whole file
is refused, naming the entry and the difference, and nothing is written. Passwords come on
standard input ("USERNAME PASSWORD" a line) and are needed only for accounts still to add.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from api_client.schemas import OrganisationCreate, StaffCreate
from central.auth.staff import StaffError, add_organisation, add_staff
from central.cli.admin import CLI_ACTOR, CommandError, explain
from central.cli.seed_file import SeedFile, SeedOrganisation, SeedStaff, load_seed_file
from central.models import Organisation, Staff


def read_passwords(lines: Iterable[str]) -> dict[str, str]:
    """{username: password} from "USERNAME PASSWORD" lines (blank lines skipped). A bad line
    is named by its number only: it may hold a password."""
    passwords: dict[str, str] = {}
    for number, line in enumerate(lines, start=1):
        text = line.rstrip("\r\n")
        if not text.strip():
            continue
        username, _, password = text.partition(" ")
        if not username or not password:
            raise CommandError(
                f"line {number} of standard input: expected USERNAME, a space, then the password",
                2,
            )
        if username in passwords:
            raise CommandError(f"line {number} of standard input: a second password for "
                               f"{username}; give each once", 2)  # fmt: skip
        passwords[username] = password
    return passwords


@dataclass
class _Outcome:
    lines: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    added: int = 0
    kept: int = 0


def _org_differences(
    session: Session, org: Organisation, entry: SeedOrganisation
) -> list[tuple[str, str, str]]:
    parent = session.get(Organisation, org.parent_id) if org.parent_id else None
    found = (org.name, org.kind, org.region_code, parent.code if parent else None)
    wanted = (entry.name, entry.kind, entry.region, entry.parent)
    names = ("name", "kind", "region", "parent")
    return [(n, str(f), str(w)) for n, f, w in zip(names, found, wanted, strict=True) if f != w]


def _exists(session: Session, code: str) -> bool:
    return (
        session.scalars(select(Organisation.id).where(Organisation.code == code)).first()
        is not None
    )


def _organisations(session: Session, seed: SeedFile, out: _Outcome) -> None:
    for index, entry in enumerate(seed.organisations):
        label = f"organisations[{index}] ({entry.code})"
        org = session.scalars(
            select(Organisation).where(Organisation.code == entry.code)
        ).one_or_none()
        if org is not None:
            differs = _org_differences(session, org, entry)
            out.conflicts += [
                f"{label}: exists with {key} {found}; the file says {wanted}"
                for key, found, wanted in differs
            ]
            if not differs:
                out.kept += 1
                out.lines.append(f"organisation {entry.code}: already there, unchanged")
            continue
        if entry.parent is not None and not _exists(session, entry.parent):
            out.conflicts.append(
                f"{label}: its parent {entry.parent!r} is neither in the database nor earlier "
                "in the file; list a parent before the organisations below it"
            )
            continue
        body = OrganisationCreate(
            code=entry.code,
            name=entry.name,
            kind=entry.kind,
            region_code=entry.region,
            parent=entry.parent,
        )
        try:
            add_organisation(session, body, CLI_ACTOR)
        except StaffError as err:  # a region outside the parent's
            out.conflicts.append(f"{label}: {err}")
            continue
        out.added += 1
        out.lines.append(f"organisation {entry.code}: added ({entry.kind}, region {entry.region})")


def _staff_differences(session: Session, staff: Staff, entry: SeedStaff) -> list[str]:
    org = session.get(Organisation, staff.organisation_id)
    found = (staff.display_name, org.code if org else "?", ",".join(sorted(staff.roles)))
    wanted = (entry.name, entry.organisation, ",".join(sorted(set(entry.roles))))
    names = ("name", "organisation", "roles")
    lines = [
        f"exists with {n} {f}; the file says {w}"
        for n, f, w in zip(names, found, wanted, strict=True)
        if f != w
    ]
    if staff.disabled_at is not None:
        lines.append("exists but is disabled; the file does not enable accounts")
    return lines


def _one_staff(
    session: Session, index: int, entry: SeedStaff, passwords: Mapping[str, str], out: _Outcome
) -> None:
    label = f"staff[{index}] ({entry.username})"
    staff = session.scalars(select(Staff).where(Staff.username == entry.username)).one_or_none()
    if staff is not None:
        differs = _staff_differences(session, staff, entry)
        out.conflicts += [f"{label}: {line}" for line in differs]
        if not differs:
            out.kept += 1
            note = " (the password given was not used)" if entry.username in passwords else ""
            out.lines.append(f"staff {entry.username}: already there, unchanged{note}")
        return
    if entry.username not in passwords:
        out.conflicts.append(
            f"{label}: no password for this new account; give the line "
            f"'{entry.username} PASSWORD' on standard input with --passwords-stdin"
        )
        return
    try:
        body = StaffCreate(
            username=entry.username,
            display_name=entry.name,
            organisation=entry.organisation,
            roles=entry.roles,
            password=passwords[entry.username],
        )
        add_staff(session, body, CLI_ACTOR)
    except ValidationError as err:
        out.conflicts.append(f"{label}: {explain(err)}")
        return
    except StaffError as err:
        out.conflicts.append(f"{label}: {err}")
        return
    out.added += 1
    out.lines.append(f"staff {entry.username}: added ({', '.join(sorted(set(entry.roles)))})")


def _knowledge(session: Session, seed: SeedFile, out: _Outcome) -> None:
    from central.knowledge.articles import KnowledgeError
    from central.seed.load import load_seed

    for code in seed.knowledge:
        org = session.scalars(select(Organisation).where(Organisation.code == code)).one_or_none()
        if org is None:
            out.conflicts.append(f"knowledge ({code}): no organisation with this code")
            continue
        try:
            result = load_seed(session, org.id, CLI_ACTOR)
        except KnowledgeError as err:
            out.conflicts.append(f"knowledge ({code}): {err}")
            continue
        if result.articles_added + result.templates_added:
            out.added += 1
        else:
            out.kept += 1
        out.lines.append(
            f"knowledge {code}: articles {result.articles_added} added, "
            f"{result.articles_skipped} already there; templates {result.templates_added} "
            f"added, {result.templates_skipped} already there"
        )


def apply_seed(
    session: Session, seed: SeedFile, passwords: Mapping[str, str], source: str
) -> list[str]:
    """Adds what is missing; the lines to print. CommandError (nothing written: the caller's
    transaction rolls back) when an entry conflicts with what is there."""
    declared = {s.username for s in seed.staff}
    strays = sorted(set(passwords) - declared)
    if strays:
        raise CommandError(
            f"standard input has passwords for {', '.join(strays)}, who are not in the file's "
            "staff; give passwords only for the file's accounts",
            2,
        )
    out = _Outcome()
    _organisations(session, seed, out)
    for index, entry in enumerate(seed.staff):
        _one_staff(session, index, entry, passwords, out)
    if not out.conflicts:
        _knowledge(session, seed, out)
    if out.conflicts:
        raise CommandError(
            f"{source} was not applied, nothing was changed (seed adds what is missing; it "
            "never changes what is there):\n  " + "\n  ".join(out.conflicts)
        )
    if out.added == 0:
        return [*out.lines, f"{source}: nothing to change, every entry is there already"]
    return [*out.lines, f"{source}: {out.added} entries added, {out.kept} already there"]


def seed_action(path: Path, passwords_in: Iterable[str] | None) -> Callable[[Session], list[str]]:
    """`seed FILE`: the file is checked and the passwords read before the database opens."""
    seed = load_seed_file(path)
    passwords = read_passwords(passwords_in) if passwords_in is not None else {}
    return lambda session: apply_seed(session, seed, passwords, str(path))
