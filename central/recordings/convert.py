"""One segment's raw files into one playable file: each participant's `.mjr` converted with
`janus-pp-rec`, then muxed by ffmpeg into a Matroska file holding the participants side by
side with their audio mixed (tracks 0 and 1), and every participant's own video and audio
kept as further tracks, titled with the participant's feed.

A participant with no picture in the segment (no video file, or no keyframe after the
recording restarted, so nothing decodes) gets a black tile: hstack needs every input.
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from pathlib import Path

from central.recordings.raw_files import RawFile
from central.recordings.settings import RecordingSettings

_FPS = 15


class ConversionFailed(Exception):
    """janus-pp-rec or ffmpeg failed; the message says which and its last words."""


@dataclass(frozen=True)
class Track:
    """One participant's converted medium, placed on the segment's time line."""

    feed: str
    medium: str
    path: Path
    offset_s: float
    duration_s: float


def _run(args: list[str], timeout_s: float, what: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(args, capture_output=True, text=True, timeout=timeout_s)
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
        raise ConversionFailed(f"{what} failed ({done.returncode}): {' / '.join(tail)}")
    return done


def probe_duration(path: Path, settings: RecordingSettings, stream: str) -> float:
    """The duration of `path`'s first `stream` ("v" or "a"); 0.0 when it has none."""
    args = [settings.ffprobe, "-v", "error", "-select_streams", f"{stream}:0"]
    args += ["-count_packets", "-show_entries", "stream=nb_read_packets:format=duration"]
    done = subprocess.run(
        [*args, "-of", "json", str(path)],
        capture_output=True,
        text=True,
        timeout=settings.convert_timeout_s,
    )
    if done.returncode != 0:
        return 0.0

    data = json.loads(done.stdout or "{}")
    streams = data.get("streams") or []
    if not streams or int(streams[0].get("nb_read_packets") or 0) == 0:
        return 0.0
    return float((data.get("format") or {}).get("duration") or 0.0)


def convert_tracks(raw: list[RawFile], work: Path, settings: RecordingSettings) -> list[Track]:
    """Each raw file converted beside the others in `work`; files with nothing playable
    (a video with no keyframe, an empty file) are left out."""
    start = min((r.first_write_us for r in raw if r.first_write_us), default=0)
    tracks: list[Track] = []
    for item in raw:
        out = work / f"{item.path.stem}.{'webm' if item.medium == 'video' else 'opus'}"
        done = subprocess.run(
            [settings.janus_pp_rec, str(item.path), str(out)],
            capture_output=True,
            text=True,
            timeout=settings.convert_timeout_s,
        )
        if done.returncode != 0 or not out.exists():
            continue
        duration = probe_duration(out, settings, "v" if item.medium == "video" else "a")
        if duration <= 0:
            continue
        offset = max(0.0, (item.first_write_us - start) / 1e6) if item.first_write_us else 0.0
        tracks.append(Track(item.feed, item.medium, out, offset, duration))
    return tracks


def mux(tracks: list[Track], feeds: list[str], out: Path, settings: RecordingSettings) -> float:
    """The side-by-side file at `out`; returns its length in seconds. `feeds` are every
    participant of the segment in tile order, pictured or not."""
    if not feeds:
        raise ConversionFailed("the segment holds no recording of any participant")
    length = max((t.offset_s + t.duration_s for t in tracks), default=0.0)
    if length <= 0:
        raise ConversionFailed("the segment holds no playable audio or video")
    width, height = settings.tile_size
    args = [settings.ffmpeg, "-nostdin", "-hide_banner", "-loglevel", "error", "-y"]
    graph: list[str] = []
    tiles: list[str] = []
    mixes: list[str] = []
    kept: list[tuple[str, str, str]] = []  # (label, medium, feed)
    index = 0
    for feed in feeds:
        video = next((t for t in tracks if t.feed == feed and t.medium == "video"), None)
        if video is None:
            graph.append(f"color=c=black:s={width}x{height}:r={_FPS}:d={length:.3f}[t{feed}]")
        else:
            args += ["-i", str(video.path)]
            graph.append(
                f"[{index}:v]setpts=PTS-STARTPTS,scale={width}:{height},setsar=1,fps={_FPS},"
                f"tpad=start_duration={video.offset_s:.3f}:color=black,"
                f"tpad=stop_mode=clone:stop_duration={length:.3f}[t{feed}]"
            )
            index += 1
        graph.append(f"[t{feed}]split[s{feed}][kv{feed}]")
        tiles.append(f"[s{feed}]")
        kept.append((f"[kv{feed}]", "video", feed))
        audio = next((t for t in tracks if t.feed == feed and t.medium == "audio"), None)
        if audio is not None:
            args += ["-i", str(audio.path)]
            delay = round(audio.offset_s * 1000)
            graph.append(
                f"[{index}:a]aresample=48000,asetpts=PTS-STARTPTS,adelay={delay}:all=1,"
                f"asplit[m{feed}][ka{feed}]"
            )
            index += 1
            mixes.append(f"[m{feed}]")
            kept.append((f"[ka{feed}]", "audio", feed))
    if len(tiles) > 1:
        graph.append(f"{''.join(tiles)}hstack=inputs={len(tiles)}[v]")
    else:
        graph.append(f"{tiles[0]}null[v]")
    if len(mixes) > 1:
        graph.append(f"{''.join(mixes)}amix=inputs={len(mixes)}:duration=longest[a]")
    elif mixes:
        graph.append(f"{mixes[0]}anull[a]")
    else:
        graph.append(f"anullsrc=r=48000:cl=mono:d={length:.3f}[a]")
    args += ["-filter_complex", ";".join(graph), "-map", "[v]", "-map", "[a]"]
    for label, _, _ in kept:
        args += ["-map", label]
    args += ["-metadata:s:v:0", "title=side by side", "-metadata:s:a:0", "title=mixed"]
    vi, ai = 1, 1
    for _, medium, feed in kept:
        if medium == "video":
            args += [f"-metadata:s:v:{vi}", f"title=feed {feed}"]
            vi += 1
        else:
            args += [f"-metadata:s:a:{ai}", f"title=feed {feed}"]
            ai += 1
    args += ["-c:v", "libvpx", "-deadline", "realtime", "-cpu-used", "16", "-b:v", "600k"]
    args += ["-c:a", "libopus", "-t", f"{length:.3f}", str(out)]
    _run(args, settings.convert_timeout_s, "ffmpeg (muxing the segment)")
    return length
