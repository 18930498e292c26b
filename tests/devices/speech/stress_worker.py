"""Run as a script by test_speech_under_load.py: one caller speaking and interrupting.

    python stress_worker.py OUT_DIR COUNT SEED

Each utterance is rendered by the real engine (every seventh on a freshly restarted engine,
whose first sentence is the one pyttsx3 used to lose) and played into a WAV speaker. One JSON
line per utterance on stdout: its text index, completion code and the WAV it produced.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from devices.audio.sim import WavSpeaker
from devices.speech.tts import TtsSpeech
from devices.xfs import CompletionCode

TEXTS = [
    ("zh", "您好，欢迎使用公共法律服务终端，请刷身份证。"),
    ("en", "Please take your receipt and your identity card."),
    ("zh", "您的申请已经提交，请记下受理编号。"),
]


def main() -> int:
    out_dir, count, seed = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(seed)
    speaker = WavSpeaker(out_dir, pace=0, keep=count + 1)
    speech = TtsSpeech(speaker, {"zh": "cmn", "en": "en"}, render_timeout_s=30.0)
    try:
        for n in range(count):
            if n % 7 == 0:
                speech.engine.restart()
            index = rng.randrange(len(TEXTS))
            lang, text = TEXTS[index]
            interrupt = rng.random() < 0.25
            before = len(speaker.played)
            pending = speech.speak(text, lang)
            if interrupt:
                speech.stop()
            done = pending.result(timeout=60)
            wav = str(speaker.played[-1]) if len(speaker.played) > before else None
            record: dict[str, object] = {
                "text": index,
                "interrupted": interrupt,
                "code": done.code.value,
            }
            record |= {
                "wav": wav,
                "detail": done.detail if done.code is not CompletionCode.SUCCESS else "",
            }
            sys.stdout.write(json.dumps(record) + "\n")
            sys.stdout.flush()
    finally:
        speech.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
