"""A tracking number in hero type fits an upright screen: its font shrinks, the window does
not widen (it did: 1149 px on the 1080 px kiosk)."""

from __future__ import annotations

from kiosk.qt import QVBoxLayout, QWidget
from kiosk.screens.fitted_label import FittedLabel


def test_a_long_number_shrinks_to_the_width_and_a_short_one_keeps_its_size(qtbot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    label = FittedLabel()
    label.setStyleSheet("")
    QVBoxLayout(holder).addWidget(label)
    holder.setStyleSheet("QLabel { font-size: 120px; }")
    holder.resize(600, 200)
    holder.show()
    qtbot.waitExposed(holder)

    label.setText("DEV001-261206-00001-75444")
    qtbot.waitUntil(lambda: label.fontMetrics().horizontalAdvance(label.text()) <= label.width())
    assert holder.width() == 600 and label.font().pixelSize() < 120

    label.setText("42")
    qtbot.waitUntil(lambda: label.font().pixelSize() == 120)
