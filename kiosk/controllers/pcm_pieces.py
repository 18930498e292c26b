"""Taking a count of samples off the front of a queue of PCM pieces (the call's microphone
and loudspeaker both hold audio this way); the caller holds the lock."""

from __future__ import annotations

from collections import deque

import numpy as np
from numpy.typing import NDArray


def take_front(pieces: deque[NDArray[np.int16]], count: int) -> NDArray[np.int16]:
    """The first `count` samples, in order, split from the pieces (the caller knows that
    at least `count` are held)."""
    taken: list[NDArray[np.int16]] = []
    needed = count
    while needed:
        piece = pieces[0]
        if len(piece) <= needed:
            taken.append(pieces.popleft())
            needed -= len(piece)
        else:
            taken.append(piece[:needed])
            pieces[0] = piece[needed:]
            needed = 0
    return np.concatenate(taken)
