"""Every screen, rendered in Chinese, has a glyph for every character it shows; every string
the code marks for translation has a finished Chinese translation."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kiosk.flows.services import SERVICES
from kiosk.i18n import I18N_DIR
from kiosk.qt import QAbstractButton, QFont, QLabel, Qt, QWidget
from kiosk.shell import Shell
from tests.helpers.glyphs import missing_glyphs

ROOT = Path(__file__).resolve().parents[2]


def _screens(shell: Shell, qtbot) -> list[tuple[str, QWidget]]:
    """Walk every screen the shell has and hand back each one once it is on show."""
    w = shell.window
    shown: list[tuple[str, QWidget]] = [("attract", w.window())]
    w.grab()
    qtbot.mouseClick(w.attract.start_button, Qt.MouseButton.LeftButton)
    shown.append(("home", w.window()))
    for service in SERVICES:
        qtbot.mouseClick(w.home.tiles[service.id], Qt.MouseButton.LeftButton)
        shown.append((f"service:{service.id}", w.window()))
        shell.journey.back()
    for index in range(w.stack.count()):  # every journey screen, as it first appears
        w.stack.setCurrentIndex(index)
        shown.append((f"stack-{index}", w.window()))
    w.idle_warning.show_countdown(20, True)
    shown.append(("idle-warning", w.window()))
    return shown


def test_every_visible_chinese_character_has_a_glyph(qtbot, make_shell, tmp_path) -> None:
    shell: Shell = make_shell()
    w = shell.window
    problems: list[str] = []
    checked = 0
    for name, root in _screens(shell, qtbot):
        w.grab().save(str(tmp_path / f"{name.replace(':', '-')}.png"))
        texts = "".join(
            x.text()
            for x in root.findChildren(QLabel) + root.findChildren(QAbstractButton)
            if x.isVisible()
        )
        checked += sum(1 for c in texts if "\u4e00" <= c <= "\u9fff")
        problems += [f"{name}: {p}" for p in missing_glyphs(root)]
    assert not problems
    assert checked > 200  # the screens really were in Chinese


def test_a_font_without_chinese_is_caught(qtbot, make_shell) -> None:
    """The check above can fail: with a Latin-only font the same walk finds missing glyphs."""
    shell: Shell = make_shell()
    hero = shell.window.attract.hero
    font = QFont("DejaVu Sans")
    hero.setFont(font)
    assert hero.fontInfo().family() == "DejaVu Sans", "fonts-dejavu-core is a test dependency"
    assert any("'公'" in problem for problem in missing_glyphs(shell.window.attract))


def _unfinished(committed: Path, folder: Path) -> tuple[list[str | None], int]:
    """lupdate re-extracts the code into a copy of `committed`: what is left unfinished (or
    missing from the catalogue, which lupdate adds unfinished), and how many messages."""
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate, "pyside6-lupdate is installed with the kiosk extra"
    fresh = folder / committed.name
    fresh.write_bytes(committed.read_bytes())
    sources = sorted(str(p) for p in (ROOT / "kiosk").rglob("*.py"))
    subprocess.run([lupdate, "-silent", "-no-obsolete", *sources, "-ts", str(fresh)], check=True)
    messages = list(ET.parse(fresh).getroot().iter("message"))
    unfinished = [
        m.findtext("source")
        for m in messages
        if m.findall("translation")
        and m.findall("translation")[0].get("type") in ("unfinished", "vanished", "obsolete")
    ]
    return unfinished, len(messages)


@pytest.mark.parametrize("catalogue", ["lexkiosk_zh_CN.ts", "lexkiosk_mn_MN.ts"])
def test_translation_sources_are_complete(catalogue: str, tmp_path: Path) -> None:
    """GIVEN the committed .ts WHEN lupdate re-extracts the code THEN nothing is unfinished:
    Chinese and Mongolian alike (the Mongolian still wants a native reader's review, README
    Translations)."""
    unfinished, count = _unfinished(I18N_DIR / catalogue, tmp_path)
    assert not unfinished, f"translate these in {catalogue}: {unfinished}"
    assert count >= 30


def test_an_unfinished_entry_is_caught(tmp_path: Path) -> None:
    """The check above can fail: one Mongolian call-screen entry emptied again is reported."""
    committed = (I18N_DIR / "lexkiosk_mn_MN.ts").read_text(encoding="utf-8")
    source = "<source>Leave the queue</source>"
    start = committed.index(source)
    end = committed.index("</translation>", start) + len("</translation>")
    emptied = committed[:start] + source + '\n        <translation type="unfinished"></translation>'
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "lexkiosk_mn_MN.ts").write_text(emptied + committed[end:], encoding="utf-8")
    unfinished, _ = _unfinished(broken / "lexkiosk_mn_MN.ts", tmp_path)
    assert unfinished == ["Leave the queue"]
