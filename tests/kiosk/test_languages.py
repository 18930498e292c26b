"""Language choice on the attract screen (zh / en / mn), reset for the next resident; the
Mongolian screens draw every letter with Noto Sans Mongolian, and its choice is vertical."""

from __future__ import annotations

import pytest

from kiosk.flows.services import SERVICES
from kiosk.qt import (
    QAbstractButton,
    QFont,
    QImage,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    Qt,
)
from kiosk.screens.vertical import VerticalTextButton
from kiosk.shell import Shell
from tests.helpers.glyphs import drawn_by, missing_glyphs

CLICK = Qt.MouseButton.LeftButton
MONGOLIAN = range(0x1800, 0x18B0)


def _mongolian(text: str) -> int:
    return sum(1 for c in text if ord(c) in MONGOLIAN)


def test_each_language_button_starts_in_it_and_the_next_resident_gets_chinese(
    qtbot, make_shell
) -> None:
    shell: Shell = make_shell()
    w = shell.window
    assert set(w.attract.lang_buttons) == {"zh", "en", "mn"}
    assert w.attract.hero.text() == "公共法律服务"
    qtbot.mouseClick(w.attract.lang_buttons["en"], CLICK)
    assert w.stack.currentWidget() is w.home
    assert w.home.title.text() == "How can we help you?"
    assert w.strip.lang_buttons["en"].property("current") == "true"
    qtbot.mouseClick(w.home.finish_button, CLICK)
    assert w.stack.currentWidget() is w.attract
    assert w.attract.hero.text() == "公共法律服务"

    qtbot.mouseClick(w.attract.lang_buttons["mn"], CLICK)
    assert w.stack.currentWidget() is w.home
    assert _mongolian(w.home.title.text()) > 10
    assert all(_mongolian(w.home.tiles[s.id].title_label.text()) for s in SERVICES)
    qtbot.mouseClick(w.home.tiles["hotline"], CLICK)
    qtbot.mouseClick(w.hotline.done_button, CLICK)  # on to the rating, then done
    qtbot.mouseClick(w.rating.skip_button, CLICK)
    assert w.stack.currentWidget() is w.attract
    assert w.attract.hero.text() == "公共法律服务"
    assert shell.journey.language == "zh"


def _clipped(root) -> list[str]:
    """Buttons whose one-line label is wider than the button: the ends would be cut off
    (labels written in columns are measured in test_mongolian_layout)."""
    clipped = []
    for button in root.findChildren(QPushButton):
        if isinstance(button, VerticalTextButton) or getattr(button, "is_vertical", bool)():
            continue
        if button.isVisible() and button.text():
            option = QStyleOptionButton()
            button.initStyleOption(option)
            # the room the style leaves for the label, inside the stylesheet's border and padding
            room = (
                button.style()
                .subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)
                .width()
            )
            if button.fontMetrics().horizontalAdvance(button.text()) > room:
                clipped.append(f"{button.objectName()}: {button.text()!r}")
    return clipped


def test_mongolian_screens_are_drawn_by_the_mongolian_font(qtbot, make_shell) -> None:
    shell: Shell = make_shell()
    w = shell.window
    qtbot.mouseClick(w.attract.lang_buttons["mn"], CLICK)
    problems: list[str] = []
    letters = 0
    for index in range(w.stack.count()):
        w.stack.setCurrentIndex(index)
        root = w.window()
        problems += missing_glyphs(root)
        texts = "".join(
            x.text()
            for x in root.findChildren(QLabel) + root.findChildren(QAbstractButton)
            if x.isVisible()
        )
        letters += _mongolian(texts)
    assert not problems
    assert letters > 300  # the screens really were in Mongolian
    assert drawn_by("ᠮ", w.home.title.font()) == ("Noto Sans Mongolian", True)


@pytest.mark.parametrize("lang", ["zh", "en", "mn"])
def test_no_button_label_is_cut_off(qtbot, make_shell, lang: str) -> None:
    shell: Shell = make_shell()
    w = shell.window
    qtbot.mouseClick(w.attract.lang_buttons[lang], CLICK)
    clipped: list[str] = []
    for index in range(w.stack.count()):
        w.stack.setCurrentIndex(index)
        clipped += _clipped(w.window())
    assert not clipped


def test_a_font_without_mongolian_is_caught(qtbot, make_shell) -> None:
    shell: Shell = make_shell()
    title = shell.window.home.title
    qtbot.mouseClick(shell.window.attract.lang_buttons["mn"], CLICK)
    title.setFont(QFont("DejaVu Sans"))
    assert any("'ᠪ'" in problem for problem in missing_glyphs(title))


def test_the_mongolian_choice_is_written_top_to_bottom(qtbot, make_shell) -> None:
    """GIVEN the attract screen WHEN it is painted THEN the Mongolian button is a tall column
    whose ink runs down the middle (a horizontal label would run across)."""
    shell: Shell = make_shell()
    button = shell.window.attract.lang_buttons["mn"]
    assert isinstance(button, VerticalTextButton)
    assert button.height() > 1.5 * button.width()
    image = button.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    inset = 14  # inside the border and its rounded corners
    xs = range(inset, image.width() - inset)
    ys = range(inset, image.height() - inset)
    values = [image.pixelColor(x, y).value() for y in ys for x in xs]
    background = max(set(values), key=values.count)

    def ink(x: int, y: int) -> bool:
        return abs(image.pixelColor(x, y).value() - background) > 80

    rows = [y for y in ys if any(ink(x, y) for x in xs)]
    cols = [x for x in xs if any(ink(x, y) for y in ys)]
    assert rows and cols
    assert (rows[-1] - rows[0]) > 3 * (cols[-1] - cols[0])


def test_the_key_screens_are_fully_translated_into_mongolian() -> None:
    """The attract, home and service names, the status strip's resident lines, the idle
    warning and the card reminder are all in Mongolian; other screens may fall back to
    English until a translator finishes them (see README, Translations)."""
    import xml.etree.ElementTree as ET

    from kiosk.i18n import I18N_DIR

    root = ET.parse(I18N_DIR / "lexkiosk_mn_MN.ts").getroot()
    required = {"Attract", "Home", "Services", "Consent", "Idle", "TakeCard", "Rating"}
    missing = [
        (ctx.findtext("name"), m.findtext("source"))
        for ctx in root.iter("context")
        if ctx.findtext("name") in required
        for m in ctx.iter("message")
        if (m.find("translation") is None or m.find("translation").get("type") == "unfinished")  # type: ignore[union-attr]
    ]
    assert not missing
