"""The Qt binding itself: a signal emitted from Python must not eat references.

PySide6 6.12.0 drops one reference to True (emit()'s return value) on every Python-side
emit; a shell that emits long enough (a camera preview emitting 15 times a second did it in
minutes) dies in bool_dealloc. pyproject.toml excludes that release; this test says why.
"""

from __future__ import annotations

import sys

from kiosk.qt import QObject, Signal


class _Emitter(QObject):
    happened = Signal(object)


def test_emitting_does_not_eat_references_to_true(qtbot) -> None:
    emitter = _Emitter()
    received: list[object] = []
    emitter.happened.connect(received.append)
    before = sys.getrefcount(True)
    for index in range(200):
        emitter.happened.emit(index)
    after = sys.getrefcount(True)
    assert len(received) == 200
    assert after - before >= -5, f"emit() lost {before - after} references to True"
