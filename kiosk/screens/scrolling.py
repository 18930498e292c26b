"""A frameless vertical scroll area: lists that may grow (answers found, progress steps) scroll
inside the screen instead of pushing the window taller than the display."""

from __future__ import annotations

from kiosk.qt import QFrame, QLayout, QScrollArea, QSizePolicy, Qt, QWidget


def scrolling(content: QWidget | QLayout) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    if isinstance(content, QLayout):
        holder = QWidget()
        holder.setObjectName("ScrollBody")
        holder.setLayout(content)
        content = holder
    area.setWidget(content)
    area.setMinimumHeight(120)
    return area
