"""Face detect + match time on a 1280x720 camera frame, next to detection alone."""

from __future__ import annotations

import statistics
import time

import cv2
import numpy as np
from skimage import data

from devices.face.match import FaceMatcher


def main() -> None:
    matcher = FaceMatcher()
    reference = data.astronaut()
    frame = np.full((720, 1280, 3), 70, np.uint8)
    frame[150:470, 700:1020] = cv2.resize(reference, (320, 320), interpolation=cv2.INTER_AREA)
    matcher.match(frame, reference)  # warm-up
    detect, match = [], []
    for _ in range(10):
        t = time.perf_counter()
        matcher.faces(frame)
        detect.append(time.perf_counter() - t)
        t = time.perf_counter()
        result = matcher.match(frame, reference)
        match.append(time.perf_counter() - t)
    d, m = statistics.median(detect), statistics.median(match)
    print(f"face detection, 1280x720 frame:           {d * 1000:6.0f} ms (median of 10)")
    print(f"detect + encode both + compare (verdict): {m * 1000:6.0f} ms ({m / d:.1f}x detection)")
    print(f"verdict {result.verdict}, distance {result.distance:.3f}, threshold {result.threshold}")


if __name__ == "__main__":
    main()
