"""The headless tour on the TV: every screen in Mongolian is written to <out>/tv/mn/, each
with the remote's focus ring drawn where the resident would see it."""

from __future__ import annotations

from pathlib import Path

from kiosk.demo.tour_language import run_language_tour
from kiosk.navigation.ring import RING_BAND
from kiosk.qt import QImage
from kiosk.screens.table import SCREENS
from kiosk.shell import Shell

BLACK, WHITE = 0xFF000000, 0xFFFFFFFF


def _has_ring(image: QImage) -> bool:
    """A row holding the ring's left side (white band then black band, outside in) and, further
    right, its right side (black then white): the ring's pixels are drawn exactly, unblended."""
    left = [WHITE] * RING_BAND + [BLACK] * RING_BAND
    right = [BLACK] * RING_BAND + [WHITE] * RING_BAND
    width = image.width()
    for y in range(0, image.height(), 2):
        row = [image.pixel(x, y) for x in range(width)]
        for x in range(width - 2 * RING_BAND):
            if row[x : x + 2 * RING_BAND] == left:
                tail = row[x + 2 * RING_BAND :]
                if any(
                    tail[i : i + 2 * RING_BAND] == right for i in range(len(tail) - 2 * RING_BAND)
                ):
                    return True
    return False


def test_every_tv_screen_in_mongolian_is_written_with_the_focus_ring(
    make_shell, tmp_path: Path
) -> None:
    shell: Shell = make_shell(profile="tv")
    written = run_language_tour(shell, tmp_path / "out", "mn")
    folder = tmp_path / "out" / "tv" / "mn"
    assert len(written) == len(SCREENS) + 1  # and the idle warning
    assert all(path.parent == folder for path in written)
    unringed = []
    for path in written:
        image = QImage(str(path)).convertToFormat(QImage.Format.Format_ARGB32)
        assert image.width() == 1920
        if not _has_ring(image):
            unringed.append(path.name)
    assert not unringed
