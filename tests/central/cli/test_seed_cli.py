"""`lexkiosk-central seed FILE` as a process: a good file adds what it declares in one go, a
second run changes nothing and says so, a file that contradicts what is there changes nothing
at all, and a bad file is refused with a line per problem naming the entry and what is allowed."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import func, select

from central.auth.passwords import verify_password
from central.db import Database
from central.models import DocumentTemplate, JournalEntry, Organisation, Staff
from tests.helpers import run_cli

GOOD = """
knowledge = ["seed-bureau"]

[[organisations]]
code = "seed-bureau"
name = "示范司法局"
kind = "justice_bureau"
region = "150000"

[[organisations]]
code = "seed-committee"
name = "红旗嘎查人民调解委员会"
kind = "mediation_committee"
region = "150100"
parent = "seed-bureau"

[[staff]]
username = "mia"
name = "陈调解员"
organisation = "seed-committee"
roles = ["mediator"]

[[staff]]
username = "boss"
name = "刘主任"
organisation = "seed-bureau"
roles = ["supervisor", "admin"]
"""
PASSWORDS = "mia mediator-password-1\nboss boss-password-22\n"
BAD = """
colour = "red"

[[organisations]]
code = "Bad Code"
name = "x"
kind = "ministry"
region = "050000"

[[staff]]
username = "mia"
name = "陈"
organisation = "seed-bureau"
roles = ["pope"]
size = 3
"""


def _seed(db: str, file: Path, stdin: str | None = None) -> tuple[int, str, str]:
    args = ["seed", str(file), "--db", db, *(["--passwords-stdin"] if stdin is not None else [])]
    done = run_cli("lexkiosk-central", *args, stdin=stdin)
    return done.returncode, done.stdout, done.stderr


def _counts(database: Database) -> tuple[int, int, int, int]:
    with database.session() as session:
        return (
            session.scalar(select(func.count()).select_from(Organisation)) or 0,
            session.scalar(select(func.count()).select_from(Staff)) or 0,
            session.scalar(select(func.count()).select_from(DocumentTemplate)) or 0,
            session.scalar(select(func.count()).select_from(JournalEntry)) or 0,
        )


def test_a_file_is_seeded_once_and_a_contradicting_one_changes_nothing(tmp_path: Path) -> None:
    """GIVEN a TOML file of two organisations (one below the other), two accounts and the demo
    knowledge base WHEN it is seeded THEN everything is there, the passwords log in; WHEN it is
    seeded again THEN nothing changes and it says so; WHEN a JSON file adds an organisation but
    contradicts an existing one THEN it is refused naming the difference and adds nothing."""
    db = f"sqlite:///{tmp_path / 'c.sqlite3'}"
    good = tmp_path / "staff.toml"
    good.write_text(GOOD, encoding="utf-8")

    status, out, err = _seed(db, good, PASSWORDS)
    assert status == 0, err
    assert "organisation seed-committee: added (mediation_committee, region 150100)" in out
    assert "staff boss: added (admin, supervisor)" in out
    assert "knowledge seed-bureau: articles 44 added" in out
    assert out.splitlines()[-1] == f"{good}: 5 entries added, 0 already there"
    assert "mediator-password" not in out + err
    database = Database(db)
    with database.session() as session:
        committee = session.scalars(
            select(Organisation).where(Organisation.code == "seed-committee")
        ).one()
        bureau = session.get(Organisation, committee.parent_id)
        assert bureau is not None and bureau.code == "seed-bureau"
        mia = session.scalars(select(Staff).where(Staff.username == "mia")).one()
        assert (mia.organisation_id, mia.roles) == (committee.id, ["mediator"])
        assert verify_password(mia.password_hash, "mediator-password-1")
    before = _counts(database)

    status, out, err = _seed(db, good)  # no passwords needed: every account is there
    assert status == 0, err
    assert "staff mia: already there, unchanged" in out
    assert out.splitlines()[-1] == f"{good}: nothing to change, every entry is there already"
    assert _counts(database) == before  # not even a journal entry

    contradicting = tmp_path / "more.json"
    existing = {"code": "seed-committee", "name": "红旗嘎查人民调解委员会", "region": "150100"}
    organisations = [
        {"code": "seed-extra", "name": "新", "kind": "law_firm", "region": "150000"},
        existing | {"kind": "notary_office", "parent": "seed-bureau"},
    ]
    contradicting.write_text(json.dumps({"organisations": organisations}), encoding="utf-8")
    status, out, err = _seed(db, contradicting)
    assert status == 1 and out == "", (out, err)
    assert "nothing was changed" in err
    assert (
        "organisations[1] (seed-committee): exists with kind mediation_committee; "
        "the file says notary_office"
    ) in err
    assert "Traceback" not in err
    assert _counts(database) == before  # seed-extra was not added either
    database.dispose()


def test_a_bad_file_is_refused_naming_each_entry_and_what_is_allowed(tmp_path: Path) -> None:
    """GIVEN a file with a bad code, kind and region, an unknown role and unknown keys WHEN it
    is seeded THEN it exits 2 with one line per problem naming the entry, the key and what is
    allowed, without a traceback."""
    bad = tmp_path / "bad.toml"
    bad.write_text(BAD, encoding="utf-8")
    status, out, err = _seed(f"sqlite:///{tmp_path / 'c.sqlite3'}", bad, "mia x\n")
    assert status == 2 and out == "", (out, err)
    for line in (
        "organisations[0] (Bad Code): code: 'Bad Code' is not allowed; use 2-32 lower-case",
        "organisations[0] (Bad Code): kind: Input should be 'justice_bureau', 'notary_office', "
        "'mediation_committee'",
        "organisations[0] (Bad Code): region: '050000' is not allowed; use a GB/T 2260 region "
        "code: 6 digits",
        "staff[0] (mia): roles.0: Input should be 'admin', 'notary', 'mediator'",
        "staff[0] (mia): size: unknown key; the keys are name, organisation, roles, username",
        "file: colour: unknown key; the keys are knowledge, organisations, staff",
    ):
        assert line in err, err
    assert "Traceback" not in err
