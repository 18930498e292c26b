"""Media figures against their goals: speech time to first audio (<= 300 ms), PDF render time
for a 2-page CJK document (<= 150 ms), print submission to completion through CUPS (cups-pdf),
and the camera preview rate through the frame pipeline (>= 15 fps).

"Time to first audio" runs from the call to speak until the first non-silent sample reaches the
speaker port (the WAV emulator notes that instant).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from devices.audio.sim import WavSpeaker
from devices.camera.pipeline import FramePipeline
from devices.camera.port import Frame
from devices.camera.sim import SimCamera
from devices.documents.model import Document
from devices.documents.pdf import render
from devices.printer.cups import CupsPrinter
from devices.speech.tts import TtsSpeech

ROOT = Path(__file__).resolve().parents[1]
SENTENCES = [
    ("zh", "您好，欢迎使用公共法律服务自助终端。"),
    ("zh", "请将身份证放在读卡区。"),
    ("en", "Welcome to the public legal service kiosk."),
]


def _summary(name: str, values: list[float], goal: str) -> None:
    ms = sorted(v * 1000 for v in values)
    p90 = ms[min(len(ms) - 1, int(len(ms) * 0.9))]
    print(
        f"{name:36} median {statistics.median(ms):7.1f} ms  p90 {p90:7.1f} ms  "
        f"max {ms[-1]:7.1f} ms  (n={len(ms)}; goal {goal})"
    )


def speech_first_audio(tmp: Path, runs: int = 20) -> None:
    speaker = WavSpeaker(tmp / "played", pace=1.0)
    speech = TtsSpeech(speaker, {"zh": "cmn", "en": "en"})
    speech.say("预热", "zh", timeout_s=30)  # the engine's first voice load is start-up, not use
    times = []
    for i in range(runs):
        lang, text = SENTENCES[i % len(SENTENCES)]
        speaker.sounded.clear()  # the previous sentence has ended (stopped and awaited below)
        start = time.monotonic()
        done = speech.speak(text, lang)
        if not speaker.sounded.wait(10) or speaker.first_sound_at is None:
            raise SystemExit("speech produced no sound")
        times.append(speaker.first_sound_at - start)
        speech.stop()
        done.result(10)
    speech.close()
    _summary("speech: time to first audio", times, "<= 300 ms")


def pdf_render(tmp: Path, runs: int = 20) -> None:
    lines = [f"第{i}条 当事人双方自愿达成如下调解协议，内容真实、合法、有效。" for i in range(60)]
    doc = Document("人民调解协议书", lines, qr="https://lexkiosk.invalid/t/DEV001-000123")
    render(doc, "a4", tmp / "warm.pdf")  # font registration happens once per process
    times = []
    for i in range(runs):
        start = time.perf_counter()
        render(doc, "a4", tmp / f"doc-{i}.pdf")
        times.append(time.perf_counter() - start)
    pages = subprocess.run(["pdfinfo", str(tmp / "doc-0.pdf")], capture_output=True, text=True)
    count = next((x.split()[-1] for x in pages.stdout.splitlines() if x.startswith("Pages")), "?")
    _summary(f"pdf: render {count}-page CJK A4", times, "<= 150 ms")


def cups_print(tmp: Path, runs: int = 5) -> None:
    setup = subprocess.run([str(ROOT / "scripts/cups-setup.sh")], capture_output=True, text=True)
    if setup.returncode != 0:
        print(f"cups: skipped ({setup.stdout.strip()} {setup.stderr.strip()})")
        return
    pdf = render(
        Document("回执", ["申请人：张三", "受理编号：DEV001-1"], qr="DEV001-1"),
        "receipt80",
        tmp / "receipt.pdf",
    )
    printer = CupsPrinter("lexkiosk", poll_s=0.02)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        done = printer.print_pdf(pdf, "bench", timeout_s=120)
        if not done.ok:
            raise SystemExit(f"cups print failed: {done.detail}")
        times.append(time.perf_counter() - start)
    printer.close()
    _summary("cups: submit to completed (cups-pdf)", times, "none set")


def preview_rate(seconds: float = 3.0) -> None:
    camera = SimCamera(640, 480, fps=30)
    pipeline = FramePipeline(camera, preview_width=320, preview_fps=30)
    shown: list[float] = []
    busy = threading.Event()

    def slow_analyser(frame: Frame) -> None:
        time.sleep(0.25)  # an OCR-like analyser that takes a quarter second a frame
        busy.set()

    pipeline.add_preview("preview", lambda frame: shown.append(time.monotonic()))
    pipeline.add_analyser("slow", slow_analyser)
    pipeline.start()
    time.sleep(seconds)
    pipeline.stop()
    fps = (len(shown) - 1) / (shown[-1] - shown[0]) if len(shown) > 1 else 0.0
    print(f"{'camera: preview with a slow analyser':36} {fps:7.1f} fps (goal >= 15 fps)")


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="bench-media-") as tmp:
        speech_first_audio(Path(tmp))
        pdf_render(Path(tmp))
        cups_print(Path(tmp))
        preview_rate()
    return 0


if __name__ == "__main__":
    sys.exit(main())
