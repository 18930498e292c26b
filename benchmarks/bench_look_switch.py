"""The large-text and high-contrast switches (issue #19): how long the resident waits after a
touch. The baseline, measured in the same run, restyles the whole application (every widget of
every screen, what a QApplication stylesheet does); the shell restyles the screen in view, the
status strip and the idle warning (kiosk.controllers.access), the other screens as they come
into view.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from api_client.outbox.files import ensure_key
from config.loader import load_settings
from devices.manager import DeviceManager
from kiosk.app import get_app
from kiosk.shell import Shell
from kiosk.theme import stylesheet_for

ROUNDS = 3


def main() -> None:
    data = Path(tempfile.mkdtemp(prefix="bench-look-"))
    settings = load_settings(None, {}, {"data_dir": str(data), "profile": "kiosk"})
    ensure_key(data)
    app = get_app("kiosk")
    devices = DeviceManager(settings.devices, settings.data_dir, list(settings.languages))
    shell = Shell(app, settings, devices, None)
    shell.window.show()
    shell.journey.start(shell.clock())
    app.processEvents()
    looks = [(True, False), (True, True), (False, False)]
    whole: list[float] = []
    for _ in range(ROUNDS):
        for large, contrast in looks:
            started = time.perf_counter()
            app.setStyleSheet(stylesheet_for("kiosk", large, contrast))
            app.processEvents()
            whole.append(time.perf_counter() - started)
    per_screen: list[float] = []
    access = shell.access.access
    for _ in range(ROUNDS):
        for large, contrast in looks:
            started = time.perf_counter()
            access.set_large_text(large)
            access.set_high_contrast(contrast)
            app.processEvents()
            per_screen.append(time.perf_counter() - started)
    shell.stop()
    base, ours = statistics.median(whole), statistics.median(per_screen)
    print(f"look switch, whole application (baseline): median {base * 1000:.0f} ms")
    print(f"look switch, screen in view + strip:        median {ours * 1000:.0f} ms")
    print(f"ratio baseline / shell: {base / ours:.1f}x")


if __name__ == "__main__":
    main()
