"""Prerecorded prompts: how a language without a synthetic voice (Mongolian) is still spoken.

espeak-ng has no Mongolian voice. Recorded prompts live as WAV files named by a stable key of
the text (`<lang>/<sha1 of text>.wav`), so the screens keep calling `say(text, "mn")` and a
vendor engine can later replace this lookup without touching them.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Protocol

from devices.audio.port import AudioClip


class PromptLibrary(Protocol):
    def lookup(self, text: str, lang: str) -> AudioClip | None: ...

    def languages(self) -> list[str]: ...


def prompt_key(text: str) -> str:
    return hashlib.sha1(text.strip().encode("utf-8"), usedforsecurity=False).hexdigest()


class PromptFolder:
    """Recorded prompts in `root/<lang>/<key>.wav`; a missing folder is an empty library."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, text: str, lang: str) -> Path:
        return self.root / lang / f"{prompt_key(text)}.wav"

    def lookup(self, text: str, lang: str) -> AudioClip | None:
        path = self.path_for(text, lang)
        return AudioClip.from_wav(path) if path.is_file() else None

    def languages(self) -> list[str]:
        if not self.root.is_dir():
            return []
        return sorted(p.name for p in self.root.iterdir() if p.is_dir() and any(p.glob("*.wav")))
