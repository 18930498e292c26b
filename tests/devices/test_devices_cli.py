"""The identity commands run as processes, the way a technician runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from devices.cli import card_json
from devices.idcard.emulator import synthetic_card
from devices.idnumber import make_id_number

pytestmark = pytest.mark.timeout(60)

SPECIMEN_TD3 = (
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10\n"
)
ENV = {k: v for k, v in os.environ.items() if not k.startswith("LEXKIOSK_")}


def devices(
    *args: str, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "devices", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=30,
        env={**ENV, **(env or {})},
    )


@pytest.fixture
def emulator_process(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """`python -m devices.idcard.emulator` serving on a link; yields the path to open."""
    link = tmp_path / "ttyID0"
    extra = getattr(request, "param", [])
    with subprocess.Popen(
        [sys.executable, "-m", "devices.idcard.emulator", "--link", str(link), *extra],
        stdout=subprocess.PIPE,
        text=True,
        env=ENV,
    ) as proc:
        try:
            assert proc.stdout is not None
            assert proc.stdout.readline().strip() == str(link)
            yield str(link)
        finally:
            proc.terminate()
            proc.wait(timeout=10)


def test_read_id_prints_the_card_as_json(emulator_process: str) -> None:
    done = devices("read-id", "--port", emulator_process, "--timeout", "5", "--json")

    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == card_json(synthetic_card())
    assert json.loads(done.stdout)["nation"] == "汉"


@pytest.mark.parametrize("emulator_process", [["--no-card"]], indirect=True)
def test_read_id_without_a_card_fails_in_one_line(emulator_process: str) -> None:
    done = devices("read-id", "--port", emulator_process, "--timeout", "1", "--json")

    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.strip().splitlines() == [
        "cannot read the ID card: no card was placed on the reader in time; "
        "lay the card flat on it and try again"
    ]


@pytest.mark.parametrize("emulator_process", [["--silent"]], indirect=True)
def test_read_id_on_a_silent_reader_fails_in_one_line(emulator_process: str) -> None:
    done = devices("read-id", "--port", emulator_process, "--timeout", "1")

    assert done.returncode == 1
    assert len(done.stderr.strip().splitlines()) == 1
    assert "did not answer" in done.stderr


def test_read_id_on_a_missing_port_says_what_to_check(tmp_path: Path) -> None:
    done = devices("read-id", "--port", str(tmp_path / "ttyNONE"), "--timeout", "1")

    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        f"cannot read the ID card: the ID card reader on {tmp_path / 'ttyNONE'} is not "
        "connected; check its USB or serial cable"
    ]


def test_read_id_usage_errors_exit_2() -> None:
    assert devices("read-id", "--timeout", "-1").returncode == 2
    assert devices("read-id", "--baud", "1234").returncode == 2


def test_check_id_judges_a_valid_number() -> None:
    number = make_id_number("150102", date(1988, 11, 30), 42)

    done = devices("check-id", number, "--json")

    assert done.returncode == 0
    assert json.loads(done.stdout) == {
        "valid": True,
        "reason": None,
        "birth_date": "1988-11-30",
        "sex": "female",
        "region_code": "150102",
    }


def test_check_id_judges_an_invalid_number_and_still_exits_0() -> None:
    done = devices("check-id", "12345", "--json")

    assert done.returncode == 0
    assert json.loads(done.stdout) == {
        "valid": False,
        "reason": "expected 18 characters, got 5",
        "birth_date": None,
        "sex": None,
        "region_code": None,
    }


def test_check_id_without_a_number_is_a_usage_error() -> None:
    assert devices("check-id", "--json").returncode == 2


def test_parse_mrz_reads_stdin() -> None:
    done = devices("parse-mrz", stdin=SPECIMEN_TD3)

    assert done.returncode == 0
    shown = json.loads(done.stdout)
    assert shown["format"] == "TD3"
    assert shown["valid"] is True
    assert shown["fields"]["given_names"] == "ANNA MARIA"


def test_parse_mrz_never_repairs_typed_text() -> None:
    """Typed or pasted text is judged as given; the old --no-fix flag is still accepted."""
    misread = SPECIMEN_TD3.replace("7408122", "74O8122")

    for extra in ((), ("--no-fix",)):
        shown = json.loads(devices("parse-mrz", *extra, stdin=misread).stdout)
        assert (shown["corrected"], shown["valid"]) == (False, False)
        assert shown["failing"] == ["birth_date", "composite"]


def test_parse_mrz_refuses_text_that_is_not_an_mrz() -> None:
    done = devices("parse-mrz", stdin="hello\nworld\n")

    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.startswith("not an MRZ: expected 3 lines of 30")
    assert len(done.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("emulator_process", [["--no-card"]], indirect=True)
def test_list_shows_the_serial_reader_online(emulator_process: str, tmp_path: Path) -> None:
    serial_reader = {
        "LEXKIOSK_DEVICES__ID_READER__DRIVER": "serial",
        "LEXKIOSK_DEVICES__ID_READER__PORT": emulator_process,
        "LEXKIOSK_DATA_DIR": str(tmp_path / "data"),
    }

    done = devices("list", "--json", env=serial_reader)

    rows = {row["family"]: row for row in map(json.loads, done.stdout.splitlines())}
    assert rows["idReader"]["status"] == "online"
    assert rows["idReader"]["port"] == emulator_process
