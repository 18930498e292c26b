"""Builds the QApplication: the CJK font and the theme. The shell itself is kiosk.shell."""

from __future__ import annotations

import logging
import sys

from kiosk.profiles import PROFILES
from kiosk.qt import QApplication, QFont, QFontDatabase
from kiosk.theme import DEFAULT_PALETTE, build_stylesheet

log = logging.getLogger(__name__)

# Fonts that carry every glyph of Simplified Chinese and Latin, in order of preference.
CJK_FAMILIES = ("WenQuanYi Micro Hei", "Noto Sans CJK SC", "Noto Sans SC")


class MissingFont(RuntimeError):
    """No CJK font is installed: Chinese would render as empty boxes."""


def pick_cjk_family() -> str:
    families = set(QFontDatabase.families())
    for family in CJK_FAMILIES:
        if family in families:
            return family
    raise MissingFont(
        "no Chinese font installed; install Debian's fonts-wqy-microhei (make setup does)"
    )


def get_app(profile: str) -> QApplication:
    """The process's QApplication, created once, with font and stylesheet for `profile`."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("LexKiosk")
    font = QFont(pick_cjk_family())
    app.setFont(font)
    app.setStyleSheet(build_stylesheet(DEFAULT_PALETTE, PROFILES[profile].scale))
    return app
