"""`lexkiosk prompts missing` as a process: what a technician still has to record."""

from __future__ import annotations

import json
import os
from array import array
from pathlib import Path

from devices.audio.port import AudioClip
from kiosk.flows.presence import GREETING
from kiosk.i18n.catalogue import Catalogue
from tests.helpers import run_cli


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LEXKIOSK_")}
    return env | {
        "LEXKIOSK_CONFIG": str(tmp_path / "none.toml"),
        "LEXKIOSK_DATA_DIR": str(tmp_path),
    }


def _missing(tmp_path: Path) -> list[dict[str, str]]:
    done = run_cli(
        "lexkiosk", "prompts", "missing", "--language", "mn", "--json", env=_env(tmp_path)
    )
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def test_lists_every_message_then_not_the_one_recorded(tmp_path: Path) -> None:
    """GIVEN an empty Mongolian pack THEN every catalogue message is listed, with the file to
    record and the Mongolian text to read; WHEN the greeting is recorded into the file named
    THEN it is no longer listed."""
    catalogue = Catalogue.load("mn")
    before = _missing(tmp_path)
    assert len(before) == len(catalogue.messages())
    greeting = next(
        row
        for row in before
        if (row["context"], row["source"]) == (GREETING.context, GREETING.source)
    )
    assert greeting["text"] == catalogue.text(GREETING)
    recording = tmp_path / "prompts" / "mn" / greeting["file"]
    recording.parent.mkdir(parents=True)
    AudioClip(16000, 1, array("h", [800, -800] * 4000).tobytes()).to_wav(recording)
    after = _missing(tmp_path)
    assert len(after) == len(before) - 1
    assert greeting["file"] not in {row["file"] for row in after}


def test_a_language_without_a_pack_is_refused_naming_the_choices(tmp_path: Path) -> None:
    done = run_cli("lexkiosk", "prompts", "missing", "--language", "fr", env=_env(tmp_path))
    assert done.returncode == 2
    assert "invalid choice: 'fr' (choose from 'mn', 'zh')" in done.stderr
    assert "Traceback" not in done.stderr
