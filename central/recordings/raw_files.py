"""The raw files Janus writes for one segment: which participant (feed) and medium each is,
and when its first packet was written (to line the participants up)."""

from __future__ import annotations

import json
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

# videoroom-<room>-user-<feed>-<microseconds>-<audio|video>-<m-line>.mjr (Janus 1.x)
_NAME = re.compile(r"^videoroom-(\d+)-user-(\d+)-(\d+)-(audio|video)-(\d+)\.mjr$")


@dataclass(frozen=True)
class RawFile:
    path: Path
    feed: str
    medium: str  # "audio" | "video"
    first_write_us: int  # Janus's "u": when the first packet was written; 0 if none


def feed_of(name: str) -> tuple[str, str] | None:
    """(feed, medium) of a Janus recording's file name; None for anything else."""
    found = _NAME.match(name)
    return (found.group(2), found.group(4)) if found else None


def read_raw(folder: Path, janus_pp_rec: str, timeout_s: float = 60) -> list[RawFile]:
    """Every `.mjr` in `folder`, sorted by name, with its header read by `janus-pp-rec -j`."""
    found: list[RawFile] = []
    for path in sorted(folder.glob("*.mjr")):
        named = feed_of(path.name)
        if named is None:
            continue
        found.append(RawFile(path, named[0], named[1], _first_write(path, janus_pp_rec, timeout_s)))
    return found


def _first_write(path: Path, janus_pp_rec: str, timeout_s: float) -> int:
    done = subprocess.run(
        [janus_pp_rec, "-j", str(path)], capture_output=True, text=True, timeout=timeout_s
    )
    for line in reversed(done.stdout.splitlines()):
        line = line.strip()
        if line.startswith("{"):
            try:
                header = json.loads(line)
            except ValueError:
                continue
            return int(header.get("u") or header.get("s") or 0)
    return 0
