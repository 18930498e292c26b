"""`lexkiosk devices scan IMAGE... [--json]`: read an MRZ or a QR code from image files.

A folder stands for the images in it (by name). One line per image, in order; an
unreadable file gets a line with "error" and the rest go on.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import cv2

from devices.scanner.document_reader import DocumentReader

FORMATS = "PNG, JPEG, BMP, TIFF or WebP"


def add_command(sub: Any) -> None:
    scan = sub.add_parser("scan", help="read an MRZ or a QR code from image files or folders")
    scan.add_argument("images", nargs="+", type=Path, metavar="IMAGE", help="a file or folder")
    scan.add_argument("--json", action="store_true", help="one JSON object per line per image")


def _describe(row: dict[str, Any]) -> str:
    if "error" in row:
        return f"{row['file']}: error: {row['error']}"
    if row["kind"] == "mrz":
        verdict = "valid" if row["valid"] else "check digits fail"
        return f"{row['file']}: MRZ {row['format']}, {verdict}"
    if row["kind"] == "qr":
        return f"{row['file']}: QR code, {len(row['text'])} characters"
    return f"{row['file']}: no MRZ or QR code found"


IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".bmp", ".tif", ".tiff", ".webp"}


def expand(paths: list[Path]) -> list[Path]:
    """Files as given; a folder stands for its image files, in name order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES)
        else:
            found.append(path)
    return found


def run(args: argparse.Namespace) -> int:
    """Exit 0 when every file was read (found or not), 1 when any could not be read."""
    reader = DocumentReader()
    failed = False
    for path in expand(args.images):
        row: dict[str, Any] = {"file": str(path)}
        bgr = cv2.imread(str(path), cv2.IMREAD_COLOR) if path.is_file() else None
        if bgr is None:
            failed = True
            reason = "no such file" if not path.exists() else f"not an image ({FORMATS})"
            row["error"] = reason
        else:
            row |= reader.read(cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB)).to_dict()
        print(json.dumps(row, ensure_ascii=False) if args.json else _describe(row), flush=True)
    return 1 if failed else 0
