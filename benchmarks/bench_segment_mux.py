"""Closing a recording segment: the side-by-side mux of two participants (each one's tracks
kept) for 30 s of call, next to re-encoding one participant's picture alone (the baseline)."""

from __future__ import annotations

import subprocess
import tempfile
import time
from pathlib import Path

from central.recordings.convert import Track, mux
from central.recordings.settings import RecordingSettings

SECONDS = 30


def _ffmpeg(*args: str) -> None:
    subprocess.run(["ffmpeg", "-nostdin", "-loglevel", "error", "-y", *args], check=True)


def main() -> None:
    with tempfile.TemporaryDirectory() as text:
        work = Path(text)
        tracks = []
        for feed, colour, tone in (("1", "testsrc", 440), ("2", "testsrc2", 660)):
            video, audio = work / f"{feed}.webm", work / f"{feed}.opus"
            _ffmpeg("-f", "lavfi", "-i", f"{colour}=s=320x240:r=15:d={SECONDS}", str(video))
            _ffmpeg(
                "-f", "lavfi", "-i", f"sine=f={tone}:d={SECONDS}", "-c:a", "libopus", str(audio)
            )
            tracks += [
                Track(feed, "video", video, 0.0, SECONDS),
                Track(feed, "audio", audio, 0.0, SECONDS),
            ]
        settings = RecordingSettings(store_dir=work, key_file=work / "k")
        t = time.perf_counter()
        _ffmpeg("-i", str(tracks[0].path), "-c:v", "libvpx", "-deadline", "realtime",
                "-cpu-used", "16", str(work / "baseline.webm"))  # fmt: skip
        baseline = time.perf_counter() - t
        t = time.perf_counter()
        mux(tracks, ["1", "2"], work / "segment.webm", settings)
        muxed = time.perf_counter() - t
    print(f"re-encode one participant, {SECONDS} s 320x240: {baseline:6.2f} s (baseline)")
    print(
        f"side by side + mix + both kept, {SECONDS} s:     {muxed:6.2f} s ({muxed / baseline:.1f}x)"
    )
    print(f"segment closing speed: {SECONDS / muxed:.1f}x real time")


if __name__ == "__main__":
    main()
