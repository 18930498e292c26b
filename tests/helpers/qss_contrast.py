"""Colour pairs read from a filled Qt style sheet, and their WCAG contrast ratio.

Each rule's text colour is paired with the background it is drawn on: the rule's own
`background`, or, where the rule sets none, every background such a widget can stand on (the
screen, a card, the status strip for the strip's labels). A rule with a background but no colour
is paired with the colour it inherits (the buttons' and labels' `QWidget` colour)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_HEX = re.compile(r"#[0-9A-Fa-f]{6}")


@dataclass(frozen=True)
class Pair:
    selector: str
    foreground: str
    background: str

    @property
    def ratio(self) -> float:
        return contrast(self.foreground, self.background)


def luminance(colour: str) -> float:
    """WCAG 2 relative luminance of `#RRGGBB`."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _declarations(body: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in body.split(";"):
        if ":" in item:
            key, value = item.split(":", 1)
            out[key.strip()] = value.strip()
    return out


def rules(qss: str) -> list[tuple[str, dict[str, str]]]:
    """(selector, declarations) per rule, comments removed; a selector list is split."""
    qss = re.sub(r"/\*.*?\*/", "", qss, flags=re.S)
    out: list[tuple[str, dict[str, str]]] = []
    for selectors, body in _RULE.findall(qss):
        declarations = _declarations(body)
        for selector in selectors.split(","):
            out.append((" ".join(selector.split()), declarations))
    return out


def colour_pairs(qss: str) -> list[Pair]:
    """Every text colour against every background it is drawn on, as the sheet says."""
    parsed = rules(qss)
    root = dict(parsed[0][1]) if parsed and parsed[0][0] == "QWidget" else {}
    screen = next(d["background"] for s, d in parsed if s == "QWidget#Screen")
    strip = next(d["background"] for s, d in parsed if s == "QFrame#StatusStrip")
    card = next(d["background"] for s, d in parsed if s == "QFrame#IdleCard")
    button = next(d["background"] for s, d in parsed if s == "QPushButton")
    default_text = root["color"]
    pairs: list[Pair] = []
    for selector, declarations in parsed:
        colour = declarations.get("color")
        background = declarations.get("background")
        if (colour is None and background is None) or selector.startswith("QScrollBar"):
            continue  # no colour here, or a scroll bar (it draws no text)
        if background is not None and not _HEX.fullmatch(background):
            continue  # a translucent overlay: the card over it carries the text
        if colour is None:
            colour = default_text
        if background is not None:
            grounds = [background]
        elif "StatusStrip" in selector:
            grounds = [strip]
        elif selector.startswith(("QPushButton", "QToolButton", "QLineEdit")):
            grounds = [button]
        else:
            grounds = sorted({screen, card})
        pairs.extend(Pair(selector, colour, ground) for ground in grounds)
    return pairs
