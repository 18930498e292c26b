"""Elders' mode and high contrast (issue #19): type size, line spacing and targets measured on
the rendered shell against the age-friendly numbers; the contrast of every colour pair of every
theme computed from the style sheets themselves."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from kiosk.qt import (
    QAbstractButton,
    QFontInfo,
    QFontMetrics,
    QLabel,
    QLineEdit,
    QPoint,
    Qt,
    QWidget,
)
from kiosk.shell import Shell
from kiosk.theme import DEFAULT_PALETTE, THEMES, build_stylesheet
from kiosk.theme.sizes import BODY_MIN_PX, LARGEST_TO_BODY, MAIN_TARGET_MIN_PX, sizes_for
from tests.helpers.ink import grab_of, ink_rows
from tests.helpers.qss_contrast import colour_pairs, contrast

CLICK = Qt.MouseButton.LeftButton
MAIN_ROLES = {"primary", "tile", "choice", "back", "toggle"}
PROFILES = ("kiosk", "robot", "tv")


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_every_colour_pair_of_every_theme_reaches_4_5_to_1(theme: str) -> None:
    """GIVEN each theme's filled style sheet, in every profile and mode WHEN every text colour is
    paired with the backgrounds it is drawn on THEN each pair is at least 4.5:1 (WCAG AA)."""
    checked = 0
    for profile in PROFILES:
        for large in (False, True):
            qss = build_stylesheet(THEMES[theme], sizes=sizes_for(profile, large))
            pairs = colour_pairs(qss)
            weak = [
                f"{p.selector}: {p.foreground} on {p.background} = {p.ratio:.2f}" for p in pairs
            ]
            weak = [w for w, p in zip(weak, pairs, strict=True) if p.ratio < 4.5]
            assert not weak, "\n".join(weak)
            checked += len(pairs)
    assert checked > 200  # the parser found the sheet's rules, not an empty list


def test_a_weak_pair_in_a_style_sheet_is_caught() -> None:
    """The check reads the sheet: a muted grey too light for its background fails it."""
    qss = build_stylesheet({**DEFAULT_PALETTE, "muted": "#9AA3AE"}, sizes=sizes_for("kiosk", False))
    weak = {p.selector for p in colour_pairs(qss) if p.ratio < 4.5}
    assert 'QLabel[role="hint"]' in weak and "QFrame#StatusStrip QLabel" in weak
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)


def _pixel_size(label: QLabel) -> int:
    return QFontInfo(label.font()).pixelSize()


def _main_targets(screen: QWidget) -> list[QAbstractButton]:
    return [
        b
        for b in screen.findChildren(QAbstractButton)
        if b.isVisible() and b.property("role") in MAIN_ROLES
    ]


def _spacing(label: QLabel, body_min: int, where: str) -> list[int]:
    """Line pitches of a label's running text, read off its pixels; each line's ink is nearly
    as tall as its type (a line of Chinese), and lines stand at least 1.3 type sizes apart."""
    px = _pixel_size(label)
    assert px >= body_min, (where, px)
    runs = ink_rows(grab_of(label), merge_gap=round(0.2 * px))
    assert runs, f"{where}: {label.objectName()} drew nothing"
    for first, last in runs:
        assert last - first + 1 >= 0.8 * body_min, (where, runs)
    spacing = [(b[0] - a[0]) / px for a, b in itertools.pairwise(runs)]
    assert all(s >= 1.3 for s in spacing), (where, spacing)
    return [b[0] - a[0] for a, b in itertools.pairwise(runs)]


def _measure(qtbot: Any, shell: Shell, clock: Any, profile: str, large: bool) -> None:
    w = shell.window
    body_min = BODY_MIN_PX[(profile, large)]
    # Type: the body text's pixel size as laid out, the largest text against it.
    home = w.home
    hint_px = _pixel_size(home.hint)
    assert hint_px >= body_min, f"{profile}: body {hint_px} px < {body_min} px"
    assert QFontMetrics(home.hint.font()).height() >= body_min
    largest = max(_pixel_size(label) for label in (home.title, home.hint))
    assert largest >= LARGEST_TO_BODY * hint_px
    for tile in home.tiles.values():
        if large:
            assert tile.height() >= MAIN_TARGET_MIN_PX[profile], (profile, tile.height())
    if large and profile == "tv":  # every focusable row, not only the main ones
        focusable = [b for b in w.findChildren(QAbstractButton) if b.isVisible()]
        short = [(b.objectName(), b.height()) for b in focusable if b.height() < 80]
        assert not short, short
    # Running text on the consent notice: measured off the pixels, line by line.
    qtbot.mouseClick(home.tiles["legal_aid"], CLICK)
    assert w.stack.currentWidget() is w.consent
    where = f"{profile}, {'elders' if large else 'normal'}"
    pitches: list[int] = []
    for label in (w.consent.collected, w.consent.purpose, w.consent.rights):
        pitches += _spacing(label, body_min, where)
    # The idle warning's explanation, which wraps on every profile.
    qtbot.waitUntil(lambda: not shell.idle.paused)  # the screen's prompt has been said
    clock.now += shell.idle.timeout_s - shell.idle.warning_s + 1
    shell.check_idle()
    warning = w.idle_warning
    assert warning.isVisible()
    pitches += _spacing(warning.explain, body_min, where + ", idle warning")
    if large:  # a full screen of its own, no pop-up over the last screen
        central = w.centralWidget()
        assert central is not None and warning.geometry() == central.rect()
        corner = grab_of(warning).pixelColor(2, 2).name().upper()
        assert corner == DEFAULT_PALETTE["background"], corner
    qtbot.mouseClick(warning.continue_button, CLICK)
    assert not warning.isVisible()
    assert pitches, "no body text wrapped to two lines: line spacing unmeasured"
    if large:
        for button in _main_targets(w.consent):
            assert button.height() >= MAIN_TARGET_MIN_PX[profile], button.objectName()


@pytest.mark.parametrize("profile", PROFILES)
def test_large_text_switch_makes_the_journey_larger(
    qtbot, make_shell, clock: Any, profile: str
) -> None:
    """GIVEN a shell in `profile` WHEN the resident presses "large text" on the strip THEN body
    text, the largest text, line spacing and targets meet the elders' numbers, measured on the
    rendered screens; before it, the normal numbers hold."""
    shell: Shell = make_shell(profile=profile)
    w = shell.window
    qtbot.mouseClick(w.attract.start_button, CLICK)
    normal_px = _pixel_size(w.home.hint)
    _measure(qtbot, shell, clock, profile, large=False)
    qtbot.mouseClick(w.consent.back_button, CLICK)
    qtbot.mouseClick(w.strip.large_text_button, CLICK)
    assert w.strip.is_on(w.strip.large_text_button)
    assert _pixel_size(w.home.hint) > normal_px
    _measure(qtbot, shell, clock, profile, large=True)


def _content_rows(screen: QWidget) -> tuple[list[tuple[int, int]], list[float]]:
    """The vertical extents of what the screen shows (text, buttons, fields) and the centres of
    its main controls, in the screen's coordinates."""
    extents: list[tuple[int, int]] = []
    mains: list[float] = []
    for child in screen.findChildren(QWidget):
        if not child.isVisible() or not isinstance(child, (QLabel, QAbstractButton, QLineEdit)):
            continue
        if isinstance(child, QLabel) and not child.text():
            continue
        top = child.mapTo(screen, QPoint(0, 0)).y()
        extents.append((top, top + child.height()))
        if child.property("role") in MAIN_ROLES:
            mains.append(top + child.height() / 2)
    return extents, mains


def _covered(extents: list[tuple[int, int]]) -> int:
    covered, reach = 0, -1
    for top, bottom in sorted(extents):
        if bottom > reach:
            covered += bottom - max(top, reach)
            reach = bottom
    return covered


def test_kiosk_content_is_centred_with_the_main_controls_in_reach(qtbot, make_shell) -> None:
    """GIVEN the portrait kiosk WHEN the consent notice and the booking screen are shown
    THEN their content stands centred (not under the top edge), the actions are in the lower
    half and no main control in the top third, and in the elders' mode the content holds more
    of the screen's height."""
    shell: Shell = make_shell(profile="kiosk")
    w = shell.window
    qtbot.mouseClick(w.attract.start_button, CLICK)
    shares: dict[bool, list[float]] = {False: [], True: []}
    for large in (False, True):
        if large:
            qtbot.mouseClick(w.strip.large_text_button, CLICK)
        for tile, screen, back in (
            ("legal_aid", w.consent, w.consent.back_button),
            ("notary_mediation", w.booking, w.booking.back_button),
        ):
            qtbot.mouseClick(w.home.tiles[tile], CLICK)
            assert w.stack.currentWidget() is screen
            height = screen.height()
            extents, mains = _content_rows(screen)
            actions = [
                button.mapTo(screen, QPoint(0, button.height() // 2)).y()
                for button in screen.findChildren(QAbstractButton)
                if button.isVisible() and button.property("role") in ("primary", "back")
            ]
            assert actions
            first, last = min(t for t, _ in extents), max(b for _, b in extents)
            centre = (first + last) / 2 / height
            assert 0.45 <= centre <= 0.75, (tile, large, centre)  # not hung from the top
            assert first > 0.2 * height, (tile, large, first / height)
            # The actions (go on, back) in the lower half; no main control under the top edge.
            assert all(m > height / 2 for m in actions), (tile, large, actions, height)
            assert all(m > height / 3 for m in mains), (tile, large, mains, height)
            shares[large].append(_covered(extents) / height)
            qtbot.mouseClick(back, CLICK)
            assert w.stack.currentWidget() is w.home
    assert all(e > n for e, n in zip(shares[True], shares[False], strict=True)), shares
