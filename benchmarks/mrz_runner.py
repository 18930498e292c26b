"""Read every image of a benchmark folder with whichever `devices` package is importable,
printing one JSON line per image (the reading and the seconds it took).

bench_mrz runs this file once from the working tree and once from a copy of the previous
reader version, each in its own process, so both read the same images in the same run.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import cv2
import numpy as np


def main() -> None:
    folder = Path(sys.argv[1])
    from devices.scanner.document_reader import DocumentReader

    reader = DocumentReader()
    reader.read(np.full((480, 640, 3), 200, np.uint8))  # loads what loads once per process
    for line in (folder / "manifest.jsonl").read_text().splitlines():
        name = json.loads(line)["file"]
        bgr = cv2.imread(str(folder / name), cv2.IMREAD_COLOR)
        assert bgr is not None, name
        rgb = cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB)
        start = time.perf_counter()
        read = reader.read(rgb)
        seconds = time.perf_counter() - start
        print(json.dumps({"file": name, "seconds": seconds, **read.to_dict()}), flush=True)


if __name__ == "__main__":
    main()
