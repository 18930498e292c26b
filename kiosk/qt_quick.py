"""The heavier Qt modules: Qt Quick for the widgets that embed QML (the on-screen keyboard)
and Qt PDF for the document preview.

Kept apart from `kiosk.qt` because importing them costs more than the rest of Qt the attract
screen needs; they are imported only when the full shell is built, after the first paint.
"""

from PySide6.QtPdf import QPdfDocument
from PySide6.QtQuickWidgets import QQuickWidget

__all__ = ["QPdfDocument", "QQuickWidget"]
