"""The tour in one language writes every screen to <out>/<profile>/<language>/."""

from __future__ import annotations

from pathlib import Path

from kiosk.demo.tour_language import run_language_tour
from kiosk.qt import QImage
from kiosk.screens.table import SCREENS
from kiosk.shell import Shell


def test_every_screen_in_mongolian_is_written_under_profile_and_language(
    make_shell, tmp_path: Path
) -> None:
    shell: Shell = make_shell()
    written = run_language_tour(shell, tmp_path / "out", "mn")
    folder = tmp_path / "out" / "kiosk" / "mn"
    assert len(written) == len(SCREENS) + 1  # and the idle warning
    assert all(path.parent == folder for path in written)
    image = QImage(str(folder / "02-home.png"))
    assert (image.width(), image.height()) == (1080, 1920)
    assert run_language_tour(make_shell(), tmp_path / "other", "xx") == []  # not offered
