"""Qt Quick for the widgets that embed QML (the on-screen keyboard).

Kept apart from `kiosk.qt` because importing it costs more than the rest of Qt the attract
screen needs; it is imported only when the full shell is built, after the first paint.
"""

from PySide6.QtQuickWidgets import QQuickWidget

__all__ = ["QQuickWidget"]
