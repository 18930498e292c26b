"""What is said for a screen's prompt: the recording, the synthetic voice, or Chinese instead.

A language with a synthetic voice is synthesised where its prompt pack has no recording. A
language without one (Mongolian: espeak-ng has none and none can be installed) is played from
its pack; a prompt the pack lacks is spoken in the stand-in language instead, and the screen
says so in the resident's language.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from devices.speech.prompts import MessageId

# Languages with no synthetic voice, and the language spoken when a recording is missing.
UNVOICED = {"mn": "zh"}


@dataclass(frozen=True)
class SpokenPrompt:
    """`lang` and `text` go to the speech device; `note` shows the on-screen stand-in note."""

    message: MessageId
    lang: str
    text: str
    note: bool


def plan_prompt(
    message: MessageId,
    lang: str,
    has_recording: Callable[[MessageId, str], bool],
    text_in: Callable[[MessageId, str], str],
) -> SpokenPrompt:
    """`text_in(message, lang)` is the message translated (from the catalogue)."""
    if has_recording(message, lang) or lang not in UNVOICED:
        return SpokenPrompt(message, lang, text_in(message, lang), note=False)
    stand_in = UNVOICED[lang]
    return SpokenPrompt(message, stand_in, text_in(message, stand_in), note=True)
