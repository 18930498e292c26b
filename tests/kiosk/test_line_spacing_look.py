"""Age-friendly line spacing: body text lines stand at least 1.3 type sizes apart, measured on
the pixels the real widgets render."""

from __future__ import annotations

import itertools
import statistics

from kiosk.qt import QImage, QLabel, Qt, QWidget
from kiosk.screens.base import SPACED_ROLES
from kiosk.screens.spaced_label import SpacedLabel
from kiosk.shell import Shell

CLICK = Qt.MouseButton.LeftButton


def ink_rows(widget: QWidget) -> list[bool]:
    """For each pixel row of the rendered widget: does it hold text (dark ink)?"""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    rows = []
    for y in range(image.height()):
        dark = 0
        for x in range(0, image.width(), 2):
            colour = image.pixelColor(x, y)
            if colour.lightness() < 110:
                dark += 1
        rows.append(dark > 0)
    return rows


def line_pitch(widget: QWidget) -> tuple[int, float]:
    """(number of text lines, median distance in pixels between the tops of lines)."""
    rows = ink_rows(widget)
    tops = [y for y, ink in enumerate(rows) if ink and (y == 0 or not rows[y - 1])]
    if len(tops) < 2:
        return len(tops), 0.0
    return len(tops), statistics.median(b - a for a, b in itertools.pairwise(tops))


def measured_spacing(label: QLabel) -> float:
    lines, pitch = line_pitch(label)
    assert lines >= 2, f"{label.objectName() or label.text()[:20]!r} shows {lines} line(s)"
    return pitch / label.font().pixelSize()


def test_body_text_on_real_screens_has_line_spacing_of_at_least_1_3(qtbot, make_shell) -> None:
    """GIVEN the shell in Chinese WHEN the consent notice and the idle warning are on screen
    THEN their wrapped body lines are at least 1.3 font sizes apart, as rendered."""
    shell: Shell = make_shell()
    w = shell.window
    qtbot.mouseClick(w.attract.start_button, CLICK)
    qtbot.mouseClick(w.home.tiles["legal_aid"], CLICK)
    assert w.stack.currentWidget() is w.consent
    w.resize(720, 1280)  # a narrow portrait kiosk: the notice wraps
    qtbot.waitUntil(lambda: w.consent.collected.width() <= 720)
    spacing = {
        name: measured_spacing(label)
        for name, label in (
            ("collected", w.consent.collected),
            ("purpose", w.consent.purpose),
            ("rights", w.consent.rights),
        )
    }
    assert all(value >= 1.3 for value in spacing.values()), spacing
    w.idle_warning.show_countdown(20, True)
    assert measured_spacing(w.idle_warning.explain) >= 1.3


def test_the_measure_tells_plain_qt_spacing_from_spaced_text(qtbot, make_shell) -> None:
    """The same text in a plain QLabel (Qt's own spacing) measures below 1.3: the check above
    can fail, and the spaced label is what makes the difference."""
    shell: Shell = make_shell()
    text = shell.window.consent.collected.text()
    plain, spaced = QLabel(), SpacedLabel()
    for label in (plain, spaced):
        qtbot.addWidget(label)
        label.setProperty("role", "body")
        label.setWordWrap(True)
        label.setFixedWidth(420)
        label.setText(text)
        label.setStyleSheet("background: white; color: black; font-size: 24px;")
        label.show()
    assert spaced.text() == text  # read aloud and compared as plain text
    assert measured_spacing(plain) < 1.3 <= measured_spacing(spaced)


def test_every_body_label_is_spaced_and_markup_typed_by_a_resident_stays_text(
    qtbot, make_shell
) -> None:
    shell: Shell = make_shell()
    labels = [
        label
        for label in shell.window.findChildren(QLabel)
        if label.property("role") in SPACED_ROLES
    ]
    assert len(labels) > 20
    assert all(isinstance(label, SpacedLabel) for label in labels)
    label = SpacedLabel()
    qtbot.addWidget(label)
    label.setText("<b>王</b> & 1 < 2\nsecond")
    assert label.text() == "<b>王</b> & 1 < 2\nsecond"
    label.show()
    assert line_pitch(label)[0] == 2
