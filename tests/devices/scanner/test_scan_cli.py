"""`lexkiosk devices scan` as a process."""

from __future__ import annotations

import json
from pathlib import Path

import cv2
import numpy as np

from devices.scanner.specimen import render_document, sample_fields
from tests.helpers import run_cli


def test_scan_prints_a_line_per_image_and_goes_on_after_errors(tmp_path: Path) -> None:
    good = tmp_path / "passport.png"
    cv2.imwrite(
        str(good), cv2.cvtColor(render_document("TD2", sample_fields("TD2")), cv2.COLOR_RGB2BGR)
    )
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8 not really a jpeg")
    blank = tmp_path / "blank.png"
    cv2.imwrite(str(blank), np.full((100, 100, 3), 255, np.uint8))
    result = run_cli(
        "lexkiosk",
        "devices",
        "scan",
        str(good),
        str(broken),
        "nope.png",
        str(blank),
        "--json",
        cwd=tmp_path,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["file"] for r in rows] == [str(good), str(broken), "nope.png", str(blank)]
    assert rows[0]["kind"] == "mrz" and rows[0]["format"] == "TD2" and rows[0]["valid"]
    assert rows[0]["fields"]["surname"] == "SPECIMEN"
    assert set(rows[0]["checks"]) == {
        "document_number",
        "birth_date",
        "expiry_date",
        "optional_data",
        "composite",
        "legible",
    }
    assert rows[0]["failing"] == [] and rows[0]["repairs"] == []
    assert rows[1]["error"].startswith("not an image")
    assert rows[2]["error"] == "no such file"
    assert rows[3] == {"file": str(blank), "kind": "none"}


def test_scan_on_a_folder_prints_one_line_per_image(tmp_path: Path) -> None:
    for name in ("b-td1.png", "a-td3.jpg"):
        fmt = name[2:5].upper()
        image = cv2.cvtColor(render_document(fmt, sample_fields(fmt)), cv2.COLOR_RGB2BGR)
        cv2.imwrite(str(tmp_path / name), image)
    (tmp_path / "notes.txt").write_text("not an image")

    result = run_cli("lexkiosk", "devices", "scan", str(tmp_path), "--json")

    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [Path(r["file"]).name for r in rows] == ["a-td3.jpg", "b-td1.png"]
    assert [(r["kind"], r["format"], r["valid"]) for r in rows] == [
        ("mrz", "TD3", True),
        ("mrz", "TD1", True),
    ]
