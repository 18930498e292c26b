"""The Mongolian font the phone page serves (phones do not all have one).

Noto Sans Mongolian comes from Debian's `fonts-noto-core`, which scripts/system-packages.txt
installs with every other system package (scripts/bootstrap.sh): the service reads it from
there rather than carrying a 240 kB copy in the repository, and serves Debian's copyright file,
which holds the SIL Open Font License 1.1 the font is distributed under, beside it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DEBIAN_FONT = Path("/usr/share/fonts/truetype/noto/NotoSansMongolian-Regular.ttf")
DEBIAN_LICENCE = Path("/usr/share/doc/fonts-noto-core/copyright")


@dataclass(frozen=True)
class PageFonts:
    """Where the served font and its licence are read from (tests point elsewhere)."""

    mongolian: Path = DEBIAN_FONT
    licence: Path = DEBIAN_LICENCE
