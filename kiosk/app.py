"""Builds the QApplication: the CJK font and the theme. The shell itself is kiosk.shell."""

from __future__ import annotations

import logging
import os
import sys

from kiosk.profiles import PROFILES
from kiosk.qt import QApplication, QFont, QFontDatabase, QtMsgType, qInstallMessageHandler
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


_QT_NOISE = ("This plugin does not support propagateSizeHints",)


def route_qt_messages_to_logging() -> None:
    """Qt's own warnings go to the log (not bare stderr); known offscreen noise is dropped."""
    qt_log = logging.getLogger("qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if not message.startswith(_QT_NOISE):
            qt_log.log(levels.get(kind, logging.WARNING), "%s", message)

    qInstallMessageHandler(handler)


def get_app(profile: str) -> QApplication:
    """The process's QApplication, created once, with font and stylesheet for `profile`."""
    # The pinyin on-screen keyboard is an input method, chosen before the QApplication exists.
    os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("LexKiosk")
    font = QFont(pick_cjk_family())
    app.setFont(font)
    app.setStyleSheet(build_stylesheet(DEFAULT_PALETTE, PROFILES[profile].scale))
    return app
