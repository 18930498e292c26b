"""Which font Qt draws a character with, and the characters a widget tree shows that none of
its own fonts can draw (shared by the translation and language tests)."""

from __future__ import annotations

from kiosk.qt import QAbstractButton, QFont, QLabel, QTextLayout, QWidget


def drawn_by(char: str, font: QFont) -> tuple[str, bool]:
    """Which font Qt draws `char` with for a widget in `font`, and whether it has a glyph."""
    layout = QTextLayout(char, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs = layout.glyphRuns()
    if not runs:
        return "", False
    family = runs[0].rawFont().familyName()
    return family, all(0 not in run.glyphIndexes() for run in runs)


def missing_glyphs(root: QWidget) -> list[str]:
    """Characters no font of the widget's own family list draws (a fontconfig fallback does not
    count: the app's fonts are what the terminal ships, Noto Sans Mongolian included)."""
    missing = []
    widgets = [root, *root.findChildren(QWidget)]
    seen: dict[tuple[str, str], bool] = {}
    for widget in widgets:
        if not widget.isVisible() or not isinstance(widget, (QLabel, QAbstractButton)):
            continue
        font = widget.font()
        families = set(font.families()) | {font.family()}
        for char in widget.text():
            if char.isspace() or char in "\u202f\u180e":
                continue
            key = (font.key(), char)
            if key not in seen:
                family, has_glyph = drawn_by(char, font)
                seen[key] = has_glyph and family in families
            if not seen[key]:
                missing.append(f"{widget.objectName() or type(widget).__name__}: {char!r}")
    return missing
