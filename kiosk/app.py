"""Builds the QApplication: the CJK font and the theme. The shell itself is kiosk.shell."""

from __future__ import annotations

import logging
import os
import sys

from kiosk.i18n import SCRIPT_FONTS
from kiosk.qt import QApplication, QFont, QFontDatabase, QtMsgType, qInstallMessageHandler
from kiosk.theme import stylesheet_for

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


# Harmless messages Qt raises while the keyboard's QML loads, some on its loader thread: a
# Python message handler called there would wait for the GIL the loading main thread holds
# (a deadlock), so they are switched off by logging rule, which Qt applies before any handler.
QUIET_RULES = (
    "qt.qml.propertyCache.append=false",
    "qt.multimedia.symbolsresolver=false",
    "qt.virtualkeyboard*=false",
)


def quiet_keyboard_loading() -> None:
    rules = [r for r in os.environ.get("QT_LOGGING_RULES", "").split(";") if r]
    os.environ["QT_LOGGING_RULES"] = ";".join([*rules, *QUIET_RULES])


def get_app(profile: str) -> QApplication:
    """The process's QApplication, created once, with font and stylesheet for `profile`."""
    # The pinyin on-screen keyboard is an input method, chosen before the QApplication exists.
    os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")
    quiet_keyboard_loading()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("LexKiosk")
    font = QFont()
    # Scripts the CJK font lacks (Mongolian) come next, before any fontconfig fallback.
    installed = set(QFontDatabase.families())
    extra = [family for family, _package in SCRIPT_FONTS.values() if family in installed]
    font.setFamilies([pick_cjk_family(), *extra])
    app.setFont(font)
    app.setStyleSheet(stylesheet_for(profile, large_text=False, high_contrast=False))
    return app
