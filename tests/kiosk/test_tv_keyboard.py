"""The pinyin on-screen keyboard by TV remote: OK on a text field moves onto the keys, arrows
move between them, OK presses the highlighted key, Back leaves the keyboard for the field."""

from __future__ import annotations

from collections import deque

from kiosk.qt import Qt
from kiosk.screens.keyboard import KeyboardPanel
from kiosk.shell import Shell
from tests.helpers.remote import RemoteWalker

ARROWS = (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Up)
Key = tuple[str, str]  # a key's text and its place on the panel (two shift keys differ)


class KeyWalker:
    """Steers the highlight over the keys with arrow presses only, learning where each arrow
    leads (as a resident learns the panel): nearest untried arrow first, until the key shows."""

    def __init__(self, walker: RemoteWalker, shell: Shell) -> None:
        keyboard = shell.window.keyboard
        assert keyboard is not None
        self.keyboard = keyboard
        self.walker = walker
        self.edges: dict[tuple[Key, Qt.Key], Key] = {}

    def here(self) -> Key:
        return self.keyboard.highlighted_text(), self.keyboard.highlighted_place()

    def _press(self, key: Qt.Key) -> None:
        before = self.here()
        self.walker.press(key)
        self.edges[(before, key)] = self.here()

    def _path(self, goal: str) -> list[Qt.Key] | None:
        """Known arrows to `goal`, else to the nearest key with an untried arrow."""
        start = self.here()
        seen = {start}
        queue: deque[tuple[Key, list[Qt.Key]]] = deque([(start, [])])
        untried: list[Qt.Key] | None = None
        while queue:
            node, path = queue.popleft()
            if node[0] == goal:
                return path
            for arrow in ARROWS:
                nxt = self.edges.get((node, arrow))
                if nxt is None:
                    if untried is None:
                        untried = [*path, arrow]
                elif nxt not in seen:
                    seen.add(nxt)
                    queue.append((nxt, [*path, arrow]))
        return untried

    def steer(self, goal: str) -> None:
        for _ in range(200):
            if self.here()[0] == goal:
                return
            path = self._path(goal)
            assert path is not None, f"no key {goal!r} on the panel"
            for arrow in path:
                self._press(arrow)
        raise AssertionError(f"the arrows never reached {goal!r}")


def _ring_drawn(keyboard: KeyboardPanel) -> bool:
    """The ring's yellow, 6 px wide, on the highlighted key's left edge (pixels of the panel)."""
    x, y = (int(v) for v in keyboard.highlighted_place().split(","))
    image = keyboard.grab().toImage()
    return all(image.pixelColor(x + dx, y + 30).name() == "#ffd23f" for dx in range(1, 5))


def test_pinyin_typed_with_the_remote_only(qtbot, make_shell, tmp_path) -> None:
    """GIVEN the TV shell on the consultation screen, reached by remote WHEN OK is pressed on the
    search field, the arrows steer to z h o n g g u o and space, OK on each THEN the field holds
    中国; Back leaves the keyboard with the focus on the field, and Back again steps back."""
    shell: Shell = make_shell(profile="tv")
    w = shell.window
    keyboard = w.keyboard
    assert keyboard is not None
    walker = RemoteWalker(qtbot, w)
    qtbot.waitUntil(lambda: walker.focused() is w.attract.start_button)
    walker.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: walker.focused() is w.home.tiles["consultation"])
    walker.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.consult)
    qtbot.waitUntil(lambda: w.consult.isAncestorOf(walker.focused() or w))
    for _ in range(6):  # the search field is the topmost control
        if walker.focused() is w.consult.search_edit:
            break
        walker.press(Qt.Key.Key_Up)
    assert walker.focused() is w.consult.search_edit
    assert not keyboard.isVisible()  # on the TV it floats only while the resident types
    assert w.height() == 1080

    walker.press(Qt.Key.Key_Return)  # OK on the field: the keyboard, its keys highlighted
    assert keyboard.isVisible() and keyboard.wait_ready()
    qtbot.waitUntil(lambda: keyboard.navigating)
    field = w.consult.search_edit
    field_box = field.rect().translated(field.mapTo(w, field.rect().topLeft()))
    keys_box = keyboard.rect().translated(keyboard.mapTo(w, keyboard.rect().topLeft()))
    assert not field_box.intersects(keys_box) and w.rect().contains(keys_box)
    assert w.height() == 1080
    keys = KeyWalker(walker, shell)
    for letter in "zhongguo":
        keys.steer(letter)
        walker.press(Qt.Key.Key_Return)
    assert w.consult.search_edit.text() == ""  # still pinyin being composed
    keys.steer(" ")
    w.grab().save(str(tmp_path / "tv-keyboard.png"))
    walker.press(Qt.Key.Key_Return)  # space: the first candidate
    qtbot.waitUntil(lambda: w.consult.search_edit.text() == "中国")
    assert w.stack.currentWidget() is w.consult  # the keys never moved the screen's focus

    walker.press(Qt.Key.Key_Back)  # leaves the keyboard, not the screen
    assert not keyboard.navigating and not keyboard.isVisible()
    assert w.stack.currentWidget() is w.consult
    assert walker.focused() is w.consult.search_edit
    walker.press(Qt.Key.Key_Down)  # arrows are the screen's again
    assert walker.focused() is not w.consult.search_edit
    walker.press(Qt.Key.Key_Back)
    assert w.stack.currentWidget() is w.home
