"""Prerecorded prompts: how a language without a synthetic voice (Mongolian) is still spoken.

espeak-ng has no Mongolian voice. Recorded prompts live as WAV files named by a stable key of
the text (`<lang>/<sha1 of text>.wav`), so the screens keep calling `say(text, "mn")` and a
vendor engine can later replace this lookup without touching them.

A prompt pack is keyed by the message's id in the translation catalogue instead (its context
and English source text, as Qt's `translate(context, source)` names it): the recording stays
valid when a translator corrects the Mongolian wording, and a technician can list which
messages of a language still have no recording (`lexkiosk prompts missing --language mn`).
Pack files are `<lang>/msg-<sha1 of context + "\x04" + source>.wav` (the gettext separator).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from devices.audio.port import AudioClip


class PromptLibrary(Protocol):
    def lookup(self, text: str, lang: str) -> AudioClip | None: ...

    def languages(self) -> list[str]: ...


@dataclass(frozen=True)
class MessageId:
    """A message's id in the translation catalogue: its context and English source text."""

    context: str
    source: str


def message_key(message: MessageId) -> str:
    joined = f"{message.context}\x04{message.source}"
    digest = hashlib.sha1(joined.encode("utf-8"), usedforsecurity=False).hexdigest()
    return f"msg-{digest}"


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

    def path_for_message(self, message: MessageId, lang: str) -> Path:
        return self.root / lang / f"{message_key(message)}.wav"

    def lookup_message(self, message: MessageId, lang: str) -> AudioClip | None:
        """The recording of `message` in `lang`, or None when the pack has none."""
        path = self.path_for_message(message, lang)
        return AudioClip.from_wav(path) if path.is_file() else None

    def missing(self, messages: Iterable[MessageId], lang: str) -> list[MessageId]:
        """The messages of the catalogue that have no recording in `lang` yet, in order."""
        return [m for m in messages if not self.path_for_message(m, lang).is_file()]
