"""The speech engine writes every sentence's sound, however late espeak-ng's thread gets to it.

pyttsx3's espeak driver lost sentences under load: espeak-ng synthesised on a thread of its own
and wrote the WAV from there, after `runAndWait()` had returned (see devices/speech/libespeak.py).
These tests make the sound late on purpose (an injected delay) and for real (the CPU saturated
by other processes).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from array import array
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from devices.audio.port import AudioClip
from devices.audio.sim import WavSpeaker
from devices.speech.libespeak import Library
from devices.speech.tts import TtsSpeech
from devices.xfs import CompletionCode
from tests.helpers import run_cli
from tests.helpers.system import require

WORKER = Path(__file__).with_name("stress_worker.py")
ROOT = Path(__file__).resolve().parents[3]
TEXTS = [
    ("zh", "您好，欢迎使用公共法律服务终端，请刷身份证。"),
    ("en", "Please take your receipt and your identity card."),
    ("zh", "您的申请已经提交，请记下受理编号。"),
]


def _peak(clip: AudioClip) -> int:
    samples = array("h")
    samples.frombytes(clip.pcm)
    return max((abs(s) for s in samples), default=0)


def _make_late(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every chunk of samples reaches the engine 0.1 s late, as it does when the CPU is busy.

    With pyttsx3's driver the same injection (espeak's thread writing the WAV 0.3 s late) lost
    every engine's first sentence: runAndWait() returned first and the file was not there.
    """
    real = Library._on_samples

    def late(self: Library, wav: Any, count: int, events: int) -> int:
        time.sleep(0.1)
        return real(self, wav, count, events)

    monkeypatch.setattr(Library, "_on_samples", late)


def test_late_samples_are_waited_for_not_lost(tmp_path: Path) -> None:
    """GIVEN the engine's samples arrive late WHEN a fresh engine speaks its first sentence
    (and a second) THEN both are said in full: as long as on a quiet CPU, never a hardwareError,
    and no file is left behind."""
    require("espeak-ng", "espeak-ng")
    texts = ("First sentence of a new engine.", "And the second one.")
    quiet = [AudioClip(22050, 1, Library.get().synthesise(t, "gmw/en", 160, 0.9)) for t in texts]
    speaker = WavSpeaker(tmp_path, pace=0)
    with pytest.MonkeyPatch.context() as patch:
        _make_late(patch)
        speech = TtsSpeech(speaker, {"zh": "cmn", "en": "en"}, render_timeout_s=15.0)
        try:
            for text, reference in zip(texts, quiet, strict=True):
                done = speech.say(text, "en", timeout_s=30)
                assert done.code is CompletionCode.SUCCESS, done.detail
                clip = AudioClip.from_wav(speaker.played[-1])
                assert _peak(clip) > 1000
                expected = reference.trim_leading_silence().frames
                assert abs(clip.frames - expected) <= 0.01 * expected  # espeak varies by a few
        finally:
            speech.close()


@pytest.fixture
def cpu_burners() -> Iterator[None]:
    """Two processes that keep both cores busy for at most two minutes."""
    burn = "import time\nend = time.monotonic() + 120\nwhile time.monotonic() < end: pass\n"
    procs = [subprocess.Popen([sys.executable, "-c", burn]) for _ in range(2)]
    yield
    for proc in procs:
        proc.kill()
        proc.wait(10)


@pytest.mark.slow
def test_sentences_from_several_callers_survive_a_saturated_cpu(
    tmp_path: Path, cpu_burners: None
) -> None:
    """GIVEN both cores saturated WHEN three processes each speak and interrupt 70 sentences
    (every seventh on a freshly restarted engine) THEN every sentence not interrupted is a WAV
    that exists, is not silent and is as long as the same sentence rendered on a quiet CPU."""
    require("espeak-ng", "espeak-ng")
    reference = {}
    for index, (lang, text) in enumerate(TEXTS):
        ref = tmp_path / f"ref-{index}.wav"
        quiet = run_cli("lexkiosk", "devices", "say", text, "--lang", lang, "--wav", str(ref))
        assert quiet.returncode == 0, quiet.stderr
        reference[index] = AudioClip.from_wav(ref).frames
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    callers = [
        subprocess.Popen(
            [sys.executable, str(WORKER), str(tmp_path / f"caller-{n}"), "70", str(n)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for n in range(3)
    ]
    records = []
    for caller in callers:
        out, err = caller.communicate(timeout=240)
        assert caller.returncode == 0, err[-2000:]
        records += [json.loads(line) for line in out.splitlines()]
    assert len(records) == 210
    said = [r for r in records if r["code"] == CompletionCode.SUCCESS.value]
    others = [r for r in records if r["code"] != CompletionCode.SUCCESS.value]
    assert all(r["interrupted"] and r["code"] == "canceled" for r in others), others[:5]
    assert len(said) >= 140  # about three in four are not interrupted
    for record in said:
        clip = AudioClip.from_wav(Path(record["wav"]))
        assert _peak(clip) > 1000, record
        assert abs(clip.frames - reference[record["text"]]) <= 0.01 * reference[record["text"]]
