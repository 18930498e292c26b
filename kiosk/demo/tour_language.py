"""The headless tour in one language: every screen of the shell, as the resident who chose that
language sees it, written to `<out>/<profile>/<language>/` (a PNG a screen).

The scripted tour (kiosk.demo.tour) follows journeys in Chinese; this one opens each screen of
the table in turn after choosing the language on the attract screen, so a reader can look at
every screen in Mongolian (written in columns) without a journey reaching each."""

from __future__ import annotations

import time
from pathlib import Path

from kiosk.qt import QApplication
from kiosk.screens.table import SCREENS
from kiosk.shell import Shell


def _settle(seconds: float = 0.3) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)


def run_language_tour(shell: Shell, out_dir: Path, language: str) -> list[Path]:
    """Snap every screen in `language`; an empty list when this terminal does not offer it."""
    target = out_dir / shell.settings.profile / language
    shell.start()
    window = shell.window
    window.show()
    written: list[Path] = []
    try:
        button = window.attract.lang_buttons.get(language)
        if button is None:
            return written
        target.mkdir(parents=True, exist_ok=True)
        button.click()
        for index, spec in enumerate(SCREENS, start=1):
            window.stack.setCurrentWidget(getattr(window, spec.attr))
            _settle()
            path = target / f"{index:02d}-{spec.attr}.png"
            window.grab().save(str(path))
            written.append(path)
        # no journey runs here: the idle guard's next tick would take the warning down again
        shell.idle_timer.stop()
        window.idle_warning.show_countdown(20, True)
        _settle()
        path = target / f"{len(SCREENS) + 1:02d}-idle-warning.png"
        window.grab().save(str(path))
        written.append(path)
    finally:
        shell.stop()
        window.close()
    return written
