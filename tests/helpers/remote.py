"""Driving the shell as a TV remote does, by key events on the window only, and reading the
focus ring off grabbed pixels."""

from __future__ import annotations

from collections import deque

from kiosk.qt import QColor, QImage, QRect, Qt, QWidget

ARROWS = (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Up)


def focusable_controls(root: QWidget) -> list[QWidget]:
    """Every control under `root` that takes keyboard focus, as the widget tree says: shown,
    enabled, with a focus policy that includes Tab (what a remote can land on)."""
    return [
        w
        for w in root.findChildren(QWidget)
        if w.isVisible()
        and w.isEnabled()
        and bool(w.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and w.focusProxy() is None
        and w.objectName() != "qt_scrollarea_viewport"
    ]


class RemoteWalker:
    """Explores the focus graph of one screen by pressing arrows on the window: from wherever
    the focus is, it goes (by arrows already tried) to the nearest control with an arrow not yet
    tried and presses it, until none is left. Only key events move the focus."""

    def __init__(self, qtbot: object, window: QWidget) -> None:
        self._qtbot = qtbot
        self._window = window
        self.presses = 0
        self.edges: dict[tuple[QWidget, Qt.Key], QWidget] = {}

    def press(self, key: Qt.Key) -> None:
        self._qtbot.keyClick(self._window, key)  # type: ignore[attr-defined]
        self.presses += 1

    def focused(self) -> QWidget | None:
        return self._window.focusWidget()

    def walk(self) -> set[QWidget]:
        """The controls reached from the focused one (the arrows seen are kept in `edges`)."""
        edges: dict[tuple[QWidget, Qt.Key], QWidget] = {}
        self.edges = edges
        start = self.focused()
        if start is None:
            return set()
        reached = {start}
        while True:
            here = self.focused()
            assert here is not None
            path = self._path_to_untried(here, edges, reached)
            if path is None:
                return reached
            for key in path:
                self.press(key)
            node = self.focused()
            assert node is not None
            for key in ARROWS:
                if (node, key) not in edges:
                    self.press(key)
                    after = self.focused()
                    assert after is not None
                    edges[(node, key)] = after
                    reached.add(after)
                    break

    def go_to(self, target: QWidget) -> None:
        """Arrows (along those seen in the last walk) until `target` has the focus."""
        here = self.focused()
        assert here is not None
        seen = {here}
        queue: deque[tuple[QWidget, list[Qt.Key]]] = deque([(here, [])])
        while queue:
            node, path = queue.popleft()
            if node is target:
                for key in path:
                    self.press(key)
                assert self.focused() is target
                return
            for key in ARROWS:
                nxt = self.edges.get((node, key))
                if nxt is not None and nxt not in seen:
                    seen.add(nxt)
                    queue.append((nxt, [*path, key]))
        raise AssertionError(f"no arrows lead to {target.objectName() or target}")

    @staticmethod
    def _path_to_untried(
        here: QWidget, edges: dict[tuple[QWidget, Qt.Key], QWidget], reached: set[QWidget]
    ) -> list[Qt.Key] | None:
        """Arrows leading (through edges already seen) to the nearest control with an arrow
        not tried yet; None when every control reachable that way is done."""
        seen = {here}
        queue: deque[tuple[QWidget, list[Qt.Key]]] = deque([(here, [])])
        while queue:
            node, path = queue.popleft()
            if any((node, key) not in edges for key in ARROWS):
                return path
            for key in ARROWS:
                nxt = edges[(node, key)]
                if nxt not in seen:
                    seen.add(nxt)
                    queue.append((nxt, [*path, key]))
        return None


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def ring_widths(ringed: QImage, plain: QImage, box: QRect, reach: int = 14) -> list[int]:
    """For each side of `box` (the control, in the images' coordinates), walking outward from
    its edge at the side's midpoint: the widest run of pixels whose colour with the ring differs
    from the colour without it (the surroundings) by a contrast of at least 3:1."""
    cx, cy = box.center().x(), box.center().y()
    starts = {
        "left": (box.left() - 1, cy, -1, 0),
        "right": (box.right() + 1, cy, 1, 0),
        "top": (cx, box.top() - 1, 0, -1),
        "bottom": (cx, box.bottom() + 1, 0, 1),
    }
    widths = []
    for x, y, dx, dy in starts.values():
        best = run = 0
        for step in range(reach):
            px, py = x + dx * step, y + dy * step
            if not (0 <= px < ringed.width() and 0 <= py < ringed.height()):
                break
            strong = contrast(ringed.pixelColor(px, py), plain.pixelColor(px, py)) >= 3.0
            run = run + 1 if strong else 0
            best = max(best, run)
        widths.append(best)
    return widths
