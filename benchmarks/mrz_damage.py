"""Generate damaged photographs of travel documents, as residents bring them.

`python -m benchmarks.mrz_damage OUT [--per-kind N] [--seed S]` writes images and a
manifest (one JSON line per image: file, damage kind and its drawn parameters, format, the
true fields, the MRZ character height in pixels). Each damage parameter is drawn uniformly
from the range the issue names; the seed is fresh each run unless given, and printed.
Every MRZ is used for three images of different kinds (--per-kind 50: 600 images, 200 MRZs).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import secrets
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from benchmarks.mrz_pages import SIZES, Image, random_fields, render_page

Damaged = tuple[Image, float, dict[str, Any]]  # the image, its MRZ character height, params
Damage = Callable[[random.Random, Image, float], Damaged]
USES_PER_MRZ = 3


def _noise_rng(rng: random.Random) -> np.random.Generator:
    return np.random.default_rng(rng.randrange(2**32))


def _background(rng: random.Random, height: int, width: int, style: str) -> Image:
    if style == "wood":
        xs = np.linspace(0, rng.uniform(20, 40), width, dtype=np.float32)
        grain: Image = np.sin(xs[None, :] + 3 * np.sin(np.linspace(0, 6, height))[:, None])
        speckle = _noise_rng(rng).normal(0, 0.3, (height // 4 + 1, width // 16 + 1))
        grain = grain + cv2.resize(speckle.astype(np.float32), (width, height))
        tone = np.array([140, 95, 55], np.float32)
        return np.clip(tone[None, None, :] * (0.8 + 0.15 * grain[..., None]), 0, 255).astype(
            np.uint8
        )
    level = rng.randint(15, 50) if style == "dark" else rng.randint(120, 200)
    base = np.full((height, width, 3), level, np.uint8)
    noise = _noise_rng(rng).integers(0, 12, (height, width, 1), dtype=np.uint8)
    return np.asarray(cv2.add(base, np.repeat(noise, 3, axis=2)), np.uint8)


def _place(rng: random.Random, page: Image, scale: float, frame_w: int, frame_h: int,
           angle: float, style: str) -> Image:  # fmt: skip
    """The page scaled, rotated about its centre, somewhere inside the frame."""
    h, w = page.shape[:2]
    sw, sh = max(1, round(w * scale)), max(1, round(h * scale))
    small = cv2.resize(page, (sw, sh), interpolation=cv2.INTER_AREA)
    rad = math.radians(angle)
    bw = abs(sw * math.cos(rad)) + abs(sh * math.sin(rad))
    bh = abs(sw * math.sin(rad)) + abs(sh * math.cos(rad))
    frame_w, frame_h = max(frame_w, math.ceil(bw) + 4), max(frame_h, math.ceil(bh) + 4)
    cx = rng.uniform(bw / 2 + 2, frame_w - bw / 2 - 2)
    cy = rng.uniform(bh / 2 + 2, frame_h - bh / 2 - 2)
    matrix = cv2.getRotationMatrix2D((sw / 2, sh / 2), angle, 1.0)
    matrix[0, 2] += cx - sw / 2
    matrix[1, 2] += cy - sh / 2
    frame = _background(rng, frame_h, frame_w, style)
    mask = cv2.warpAffine(np.full((sh, sw), 255, np.uint8), matrix, (frame_w, frame_h))
    warped = cv2.warpAffine(small, matrix, (frame_w, frame_h), flags=cv2.INTER_LINEAR)
    frame[mask > 127] = warped[mask > 127]
    return frame


def _framed(rng: random.Random, page: Image, char: float, *, fill: tuple[float, float],
            width: tuple[int, int], angle: float = 0.0, style: str = "plain"
            ) -> tuple[Image, float]:  # fmt: skip
    frame_w = rng.randint(*width)
    scale = rng.uniform(*fill) * frame_w / page.shape[1]
    frame_h = round(frame_w * 0.75)
    return _place(rng, page, scale, frame_w, frame_h, angle, style), char * scale


def clean(rng: random.Random, page: Image, char: float) -> Damaged:
    image, px = _framed(rng, page, char, fill=(0.7, 0.95), width=(1000, 1920))
    return image, px, {}


def rotated(rng: random.Random, page: Image, char: float) -> Damaged:
    angle = rng.uniform(-30, 30)
    image, px = _framed(rng, page, char, fill=(0.6, 0.8), width=(1000, 1920), angle=angle)
    return image, px, {"angle": round(angle, 1)}


def upside_down(rng: random.Random, page: Image, char: float) -> Damaged:
    angle = 180 + rng.uniform(-5, 5)
    image, px = _framed(rng, page, char, fill=(0.6, 0.9), width=(1000, 1920), angle=angle)
    return image, px, {"angle": round(angle, 1)}


def perspective(rng: random.Random, page: Image, char: float) -> Damaged:
    """Photographed at an angle (corners moved up to 12% of the page) and curved at the
    binding (rows bowed by up to 2.5% of the page height)."""
    h, w = page.shape[:2]
    tilt, bow = rng.uniform(0.0, 0.12), rng.uniform(0.0, 0.025)
    corners = [(0.0, 0.0), (float(w), 0.0), (float(w), float(h)), (0.0, float(h))]
    src = np.array(corners, np.float32)
    jitter = [(rng.uniform(-tilt, tilt) * w, rng.uniform(-tilt, tilt) * h) for _ in range(4)]
    pad = tilt * max(w, h)
    moved = [(x + dx + pad, y + dy + pad) for (x, y), (dx, dy) in zip(corners, jitter, strict=True)]
    dst = np.array(moved, np.float32)
    size = (round(w + 2 * pad), round(h + 2 * pad))
    warped = cv2.warpPerspective(page, cv2.getPerspectiveTransform(src, dst), size,
                                 borderValue=(0, 0, 0))  # fmt: skip
    ys, xs = np.indices(warped.shape[:2], dtype=np.float32)
    map_y = ys + bow * h * np.sin(np.pi * xs / warped.shape[1])
    bent = cv2.remap(warped, xs, map_y, cv2.INTER_LINEAR, borderValue=(0, 0, 0))
    inside = bent.sum(axis=2) > 0
    image, px = _framed(rng, np.where(inside[..., None], bent, 90).astype(np.uint8), char,
                        fill=(0.7, 0.95), width=(1000, 1920))  # fmt: skip
    return image, px, {"tilt": round(tilt, 3), "bow": round(bow, 3)}


def small(rng: random.Random, page: Image, char: float) -> Damaged:
    target = rng.uniform(5.0, 8.0)
    scale = target / char
    width = rng.randint(270, 600)
    image = _place(rng, page, scale, width, round(width * 0.75), 0.0, "plain")
    return image, target, {"width": image.shape[1]}


def large(rng: random.Random, page: Image, char: float) -> Damaged:
    scale = rng.uniform(0.5, 0.8) * 4000 / page.shape[1]
    big = cv2.resize(page, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)
    image = _place(rng, big, 1.0, 4000, 3000, rng.uniform(-5, 5), "plain")
    image = cv2.GaussianBlur(image, (0, 0), rng.uniform(0.5, 1.5))
    return image, char * scale, {}


def glare_shadow(rng: random.Random, page: Image, char: float) -> Damaged:
    image, px = _framed(rng, page, char, fill=(0.7, 0.9), width=(1000, 1600))
    h, w = image.shape[:2]
    out = image.astype(np.float32)
    strength, darkness = rng.uniform(0.3, 0.8), rng.uniform(0.3, 0.6)
    ys, xs = np.indices((h, w), dtype=np.float32)
    cx, cy, r = rng.uniform(0.2, 0.8) * w, rng.uniform(0.6, 0.95) * h, rng.uniform(0.05, 0.2) * w
    glare = np.exp(-((xs - cx) ** 2 + (ys - cy) ** 2) / (2 * r * r))[..., None]
    out = out + glare * strength * 255
    edge = rng.uniform(0.2, 0.8) * w + (ys - h / 2) * rng.uniform(-0.5, 0.5)
    shadow = 1 - darkness * (1 / (1 + np.exp(-(xs - edge) / 15)))[..., None]
    out = np.clip(out * shadow, 0, 255).astype(np.uint8)
    return out, px, {"glare": round(strength, 2), "shadow": round(darkness, 2)}


def jpeg(rng: random.Random, page: Image, char: float) -> Damaged:
    image, px = _framed(rng, page, char, fill=(0.7, 0.95), width=(800, 1600))
    # The file is written at this quality: the compression is the damage.
    return image, px, {"quality": rng.randint(20, 60)}


def motion_blur(rng: random.Random, page: Image, char: float) -> Damaged:
    image, px = _framed(rng, page, char, fill=(0.7, 0.95), width=(1000, 1600))
    length, angle = rng.randint(3, 12), rng.uniform(0, 180)
    line: Image = np.zeros((length, length), np.float32)
    line[length // 2, :] = 1.0
    rot = cv2.getRotationMatrix2D((length / 2 - 0.5, length / 2 - 0.5), angle, 1.0)
    kernel: Image = cv2.warpAffine(line, rot, (length, length))
    kernel = kernel / max(float(kernel.sum()), 1e-6)
    return cv2.filter2D(image, -1, kernel), px, {"length": length, "angle": round(angle)}


def finger(rng: random.Random, page: Image, char: float) -> Damaged:
    image, px = _framed(rng, page, char, fill=(0.75, 0.95), width=(1000, 1600))
    h, w = image.shape[:2]
    corner = rng.choice([(0, 0), (w, 0), (0, h), (w, h)])
    size = rng.uniform(0.06, 0.14) * w
    skin = (rng.randint(180, 230), rng.randint(130, 170), rng.randint(100, 140))
    cv2.ellipse(image, (int(corner[0]), int(corner[1])), (int(size), int(size * 1.8)),
                rng.uniform(0, 180), 0, 360, skin, -1)  # fmt: skip
    return image, px, {"corner": list(corner), "size": round(size)}


def desk(rng: random.Random, page: Image, char: float) -> Damaged:
    style = rng.choice(["wood", "dark"])
    image, px = _framed(rng, page, char, fill=(0.45, 0.75), width=(1200, 2000),
                        angle=rng.uniform(-10, 10), style=style)  # fmt: skip
    return image, px, {"background": style}


def screenshot(rng: random.Random, page: Image, char: float) -> Damaged:
    """A phone screenshot of a photo: status bar, toolbar and buttons around the page."""
    width, height = 1080, 2340
    scale = rng.uniform(0.85, 0.98) * width / page.shape[1]
    frame = _place(rng, page, scale, width, round(page.shape[0] * scale) + 8, 0.0, "dark")
    screen = np.full((height, width, 3), 0, np.uint8)
    top = rng.randint(300, height - frame.shape[0] - 300)
    screen[top : top + frame.shape[0], : frame.shape[1]] = frame[:, :width]
    cv2.rectangle(screen, (0, 0), (width, 90), (30, 30, 30), -1)
    cv2.putText(screen, "9:41   5G  87%", (30, 65), cv2.FONT_HERSHEY_SIMPLEX, 1.4, (240,) * 3, 2)
    cv2.rectangle(screen, (0, height - 220), (width, height), (25, 25, 25), -1)
    for i, label in enumerate(["Share", "Edit", "Like", "Delete"]):
        cv2.putText(screen, label, (60 + i * 260, height - 100), cv2.FONT_HERSHEY_SIMPLEX, 1.3,
                    (230,) * 3, 2)  # fmt: skip
    return screen, char * scale, {}


KINDS: dict[str, Damage] = {
    "clean": clean, "rotated": rotated, "upside_down": upside_down, "perspective": perspective,
    "small": small, "large": large, "glare_shadow": glare_shadow, "jpeg": jpeg,
    "motion_blur": motion_blur, "finger": finger, "desk": desk, "screenshot": screenshot,
}  # fmt: skip


def generate(out: Path, per_kind: int, seed: int) -> list[dict[str, Any]]:
    """Write the images and manifest.jsonl into `out`; return the manifest rows."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    kinds = list(KINDS)
    jobs = [kind for kind in kinds for _ in range(per_kind)]
    rng.shuffle(jobs)
    formats = sorted(SIZES)
    rows = []
    for start in range(0, len(jobs), USES_PER_MRZ):
        fmt = formats[(start // USES_PER_MRZ) % len(formats)]
        fields = random_fields(rng, fmt)
        for index, kind in enumerate(jobs[start : start + USES_PER_MRZ], start=start):
            page, char = render_page(rng, fmt, fields)
            image, px, params = KINDS[kind](rng, page, char)
            suffix = ".jpg" if kind in ("jpeg", "large") else ".png"
            name = f"{index:04d}-{kind}{suffix}"
            bgr = cv2.cvtColor(image, cv2.COLOR_RGB2BGR)
            options = [cv2.IMWRITE_JPEG_QUALITY, int(params.get("quality", 92))]
            cv2.imwrite(str(out / name), bgr, options if suffix == ".jpg" else [])
            row = {"file": name, "kind": kind, "params": params, "format": fmt,
                   "fields": asdict(fields), "char_px": round(px, 1)}  # fmt: skip
            rows.append(row)
    with (out / "manifest.jsonl").open("w") as manifest:
        for row in rows:
            manifest.write(json.dumps(row) + "\n")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--per-kind", type=int, default=50, help="images per damage kind")
    parser.add_argument("--seed", type=int, help="default: a fresh one, printed")
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else secrets.randbits(32)
    print(f"seed {seed}")
    rows = generate(args.out, args.per_kind, seed)
    mrzs = {json.dumps(row["fields"], sort_keys=True) for row in rows}
    print(f"{len(rows)} images of {len(mrzs)} distinct MRZs in {args.out}")


if __name__ == "__main__":
    main()
