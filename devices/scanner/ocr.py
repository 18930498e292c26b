"""Text detection and recognition with RapidOCR (models ship inside the wheel).

The engine is loaded once per process, on first use, because loading takes ~0.5 s.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

# uint8 RGB or grey; typed loosely because OpenCV's stubs widen every dtype they return.
Image = npt.NDArray[Any]


@dataclass(frozen=True, repr=False)
class TextLine:
    """One recognised line: its text, confidence and box corners (x, y) in image pixels."""

    text: str
    score: float
    box: tuple[tuple[float, float], ...]

    @property
    def center_y(self) -> float:
        return sum(y for _, y in self.box) / len(self.box)

    @property
    def left_x(self) -> float:
        return min(x for x, _ in self.box)

    @property
    def thickness(self) -> float:
        """The box's short side: the text height, whatever the rotation."""
        (x0, y0), (x1, y1), _, (x3, y3) = self.box[:4]
        return float(min(np.hypot(x1 - x0, y1 - y0), np.hypot(x3 - x0, y3 - y0)))

    def __repr__(self) -> str:  # the text may be personal data
        return f"TextLine({len(self.text)} chars, score={self.score:.2f})"


class OcrEngine:
    """A process-wide RapidOCR engine; `lines(image)` is safe to call from several threads."""

    _instance: OcrEngine | None = None
    _instance_lock = threading.Lock()

    def __init__(self) -> None:
        from rapidocr import RapidOCR

        # No angle classifier: documents are held roughly upright (the MRZ reader copes with
        # a few degrees), and skipping it saves a model run per text box.
        self._engine: Any = RapidOCR(
            params={"Global.log_level": "warning", "Global.use_cls": False}
        )
        self._lock = threading.Lock()

    @classmethod
    def shared(cls) -> OcrEngine:
        with cls._instance_lock:
            if cls._instance is None:
                cls._instance = cls()
            return cls._instance

    def lines(self, image: Image) -> list[TextLine]:
        with self._lock:
            out = self._engine(image)
        if out.txts is None or out.boxes is None:
            return []
        return [
            TextLine(str(text), float(score), tuple((float(x), float(y)) for x, y in box))
            for text, score, box in zip(out.txts, out.scores, out.boxes, strict=True)
        ]
