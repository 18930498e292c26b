"""MRZ reading on damaged photographs of travel documents, this version against the previous.

A fresh set is generated each run (benchmarks/mrz_damage, seed printed): the whole page or
card, MRZ a small part of it, each image damaged one way. Per damage kind and overall:
the share read fully valid with the right document number, the share where no MRZ was found,
the share wrongly valid (valid with a wrong number or date), the median and p90 seconds per
image. Both readers run in separate processes over the same images: this tree's, and the
reader of `--previous` (a git revision, default main) extracted with `git archive`. The
previous reader takes seconds an image on a shared machine: `--previous-per-kind N` runs it on
the first N images of each kind, and both readers are tabled side by side on that subset.
`--images DIR` reuses a set written before (`--keep DIR` or benchmarks/mrz_damage).

Goals (issue 14): >= 95% fully valid on clean, rotated and perspective images with MRZ
characters of 8 px or more; 0 wrongly valid in every kind; median <= 0.5 s per image.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import statistics
import subprocess
import sys
import tarfile
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

from benchmarks.mrz_damage import KINDS, generate

ROOT = Path(__file__).resolve().parent.parent
GOAL_KINDS = ("clean", "rotated", "perspective")
CHECKED = ("document_number", "birth_date", "expiry_date")


def _previous_tree(revision: str, into: Path) -> Path | None:
    archive = into / "previous.tar"
    done = subprocess.run(["git", "-C", str(ROOT), "archive", "-o", str(archive), revision,
                           "devices", "benchmarks/mrz_runner.py"], capture_output=True)  # fmt: skip
    if done.returncode != 0:  # an older revision has no runner: take it from this tree
        done = subprocess.run(["git", "-C", str(ROOT), "archive", "-o", str(archive), revision,
                               "devices"], capture_output=True)  # fmt: skip
        if done.returncode != 0:
            print(f"previous version {revision!r} not available: {done.stderr.decode().strip()}")
            return None
    tree = into / "previous"
    with tarfile.open(archive) as tar:
        tar.extractall(tree, filter="data")
    (tree / "mrz_runner.py").write_text((ROOT / "benchmarks" / "mrz_runner.py").read_text())
    return tree


def _run(tree: Path, folder: Path) -> dict[str, dict[str, Any]]:
    """Run the reader found in `tree` over the folder; its rows by file name."""
    runner = tree / "mrz_runner.py"
    if tree == ROOT:
        runner = ROOT / "benchmarks" / "mrz_runner.py"
    env_path = str(tree)
    # One BLAS thread, for both versions: on a shared 2-core machine a thread pool per
    # process only queues behind the other users (measured: 8x slower template matching).
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}
    done = subprocess.run(
        [sys.executable, "-c",
         f"import sys; sys.path.insert(0, {env_path!r}); import runpy; "
         f"sys.argv = ['runner', {str(folder)!r}]; runpy.run_path({str(runner)!r}, "
         "run_name='__main__')"],
        capture_output=True, text=True, cwd=tree, check=False, env=env,
    )  # fmt: skip
    if done.returncode != 0:
        print(done.stderr[-2000:])
        raise SystemExit(f"the reader in {tree} failed")
    return {row["file"]: row for row in map(json.loads, done.stdout.splitlines())}


def _score(rows: list[dict[str, Any]], reads: dict[str, dict[str, Any]]) -> dict[str, float]:
    right = none = wrong = 0
    times = []
    for row in rows:
        read = reads[row["file"]]
        times.append(read["seconds"])
        if read["kind"] != "mrz":
            none += 1
            continue
        if not read["valid"]:
            continue
        truth = row["fields"]
        if all(read["fields"][name] == truth[name] for name in CHECKED):
            right += read["fields"]["document_number"] == truth["document_number"]
        else:
            wrong += 1
    n = len(rows)
    ordered = sorted(times)
    return {"n": n, "valid": right / n, "none": none / n, "wrong": wrong / n,
            "median": statistics.median(times), "p90": ordered[int(0.9 * (n - 1))]}  # fmt: skip


def _table(manifest: list[dict[str, Any]], versions: dict[str, dict[str, dict[str, Any]]]) -> None:
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in manifest:
        groups[row["kind"]].append(row)
        if row["kind"] in GOAL_KINDS and row["char_px"] >= 8:
            groups["goal: clean+rotated+persp. >=8px"].append(row)
    groups["overall"] = manifest
    header = f"{'kind':34} {'n':>4}"
    for name in versions:
        header += f" | {name:8} {'valid':>6} {'none':>6} {'WRONG':>6} {'med s':>6} {'p90 s':>6}"
    print(header)
    for kind in [*KINDS, "goal: clean+rotated+persp. >=8px", "overall"]:
        rows = groups.get(kind, [])
        if not rows:
            continue
        line = f"{kind:34} {len(rows):4}"
        for name, reads in versions.items():
            s = _score(rows, reads)
            line += (f" | {name:8} {s['valid']:6.1%} {s['none']:6.1%} {s['wrong']:6.1%} "
                     f"{s['median']:6.2f} {s['p90']:6.2f}")  # fmt: skip
        print(line)


def _subset(manifest: list[dict[str, Any]], per_kind: int | None) -> list[dict[str, Any]]:
    if per_kind is None:
        return manifest
    taken: dict[str, int] = defaultdict(int)
    chosen = []
    for row in manifest:
        if taken[row["kind"]] < per_kind:
            taken[row["kind"]] += 1
            chosen.append(row)
    return chosen


def _subset_folder(folder: Path, subset: list[dict[str, Any]], tmp: Path) -> Path:
    """A folder of links to the subset's images, with its own manifest."""
    out = tmp / "subset"
    out.mkdir()
    for row in subset:
        (out / row["file"]).symlink_to(folder.resolve() / row["file"])
    (out / "manifest.jsonl").write_text("".join(json.dumps(row) + "\n" for row in subset))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-kind", type=int, default=50, help="images per damage kind")
    parser.add_argument("--seed", type=int, help="default: a fresh one, printed")
    parser.add_argument("--previous", default="main", help="git revision of the old reader")
    parser.add_argument("--no-previous", action="store_true", help="only this tree's reader")
    parser.add_argument("--keep", type=Path, help="write the images here and keep them")
    parser.add_argument("--images", type=Path, help="reuse a set made before (its manifest)")
    parser.add_argument(
        "--previous-per-kind",
        type=int,
        help="run the previous reader on only this many images of each kind (it takes seconds "
        "an image); both readers are then tabled on that subset",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="lexkiosk-bench-mrz-") as tmp:
        if args.images:
            folder = args.images
            manifest = [json.loads(line) for line in (folder / "manifest.jsonl").open()]
            print(f"set reused from {folder}")
        else:
            seed = args.seed if args.seed is not None else secrets.randbits(32)
            print(f"seed {seed} (python -m benchmarks.bench_mrz --seed {seed} repeats this set)")
            folder = args.keep or Path(tmp) / "images"
            manifest = generate(folder, args.per_kind, seed)
        mrzs = {json.dumps(row["fields"], sort_keys=True) for row in manifest}
        print(f"{len(manifest)} images of {len(mrzs)} distinct MRZs, {len(KINDS)} damage kinds")
        versions = {"this": _run(ROOT, folder)}
        print("this reader, every image:", flush=True)
        _table(manifest, versions)
        previous = None if args.no_previous else _previous_tree(args.previous, Path(tmp))
        if previous is None:
            return
        subset = _subset(manifest, args.previous_per_kind)
        versions["prev"] = _run(previous, _subset_folder(folder, subset, Path(tmp)))
        print(f"prev = the reader at {args.previous}; both on the same {len(subset)} images:")
        _table(subset, versions)


if __name__ == "__main__":
    main()
