"""What the technician commands do, apart from argument parsing; results go to stdout.

Kept out of cli.py so each command can import its driver lazily: `devices list` must not need
CUPS or espeak-ng to be installed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from config.settings import TerminalSettings
from devices.audio.port import Speaker


def print_file(pdf: Path, queue: str, timeout_s: float) -> int:
    """Print `pdf` on `queue`, wait for the job, say how it ended; exit 0 only on success."""
    from devices.printer.cups import CupsPrinter

    printer = CupsPrinter(queue)
    try:
        done = printer.print_pdf(pdf, pdf.name, timeout_s)
    finally:
        printer.close()
    if done.ok:
        print(f"printed: job {done.result} completed on queue {queue}")  # noqa: T201
        return 0
    print(f"not printed ({done.code.value}): {done.detail}", file=sys.stderr)  # noqa: T201
    return 1


def say(text: str, lang: str, wav: Path | None, settings: TerminalSettings) -> int:
    """Speak `text` into `wav` (or the real speaker); exit 0 only if it was said."""
    from devices.audio.portaudio import PortAudioSpeaker
    from devices.audio.sim import WavSpeaker
    from devices.speech.prompts import PromptFolder
    from devices.speech.tts import TtsSpeech

    if wav is not None and (wav.is_dir() or not wav.parent.is_dir()):
        problem = (
            "is a folder" if wav.is_dir() else f"is in a folder that does not exist ({wav.parent})"
        )
        hint = "give a file path such as out.wav"
        print(f"cannot write {wav}: it {problem}; {hint}", file=sys.stderr)  # noqa: T201
        return 2
    speaker: Speaker = WavSpeaker(wav.parent, pace=0, out_file=wav) if wav else PortAudioSpeaker()
    voice = settings.devices.speech
    speech = TtsSpeech(
        speaker,
        {str(lang): code for lang, code in voice.voices.items()},
        voice.rate,
        voice.volume,
        PromptFolder(settings.data_dir / "prompts"),
    )
    try:
        done = speech.say(text, lang, timeout_s=30)
    finally:
        speech.close()
        speaker.close()
    if done.ok:
        print(f"said in {lang}" + (f" into {wav}" if wav else ""))  # noqa: T201
        return 0
    print(f"not said ({done.code.value}): {done.detail}", file=sys.stderr)  # noqa: T201
    return 1
