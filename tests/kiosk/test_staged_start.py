"""`lexkiosk run` in two stages: the attract screen first, the full shell after its paint."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import get_args

import numpy as np
import pytest

from config.errors import ConfigError, ConfigProblem
from config.hints import (
    DEFAULT_LANGUAGE,
    DEFAULT_LANGUAGES,
    DEFAULT_PROFILE,
    LANGUAGES,
    PROFILES,
    FirstFrameHints,
    read_hints,
)
from config.loader import load_settings
from config.settings import Language, Profile, TerminalSettings
from kiosk.flows.journey import HOME
from kiosk.qt import QImage, Qt
from kiosk.runner import StagedStart, run
from tests.helpers import run_cli

Load = Callable[[], TerminalSettings]


@pytest.fixture
def make_start(qtbot, tmp_path: Path) -> Iterator[Callable[[Load], StagedStart]]:
    made: list[StagedStart] = []

    def factory(load: Load) -> StagedStart:
        start = StagedStart(FirstFrameHints(), load, full_screen=False)
        made.append(start)
        return start

    yield factory
    for start in made:
        start.stop()
        if start.shell is not None:
            start.shell.window.close()


def _pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), -1)
    return rows.astype(np.int16)


def _settings(tmp_path: Path) -> TerminalSettings:
    return load_settings(None, {}, {"data_dir": str(tmp_path)})


def test_first_frame_is_the_attract_screen_then_the_shell_takes_over(
    qtbot, make_start, tmp_path: Path
) -> None:
    first_frame: list[QImage] = []

    def load() -> TerminalSettings:  # stage two begins: the first frame is on screen
        first_frame.append(start.first.attract.grab().toImage())
        return _settings(tmp_path)

    start = make_start(load)
    with qtbot.waitSignal(start.painted, timeout=5000):
        start.show()
    assert start.first.attract.start_button.text() == "点击这里开始"  # translated at once
    with qtbot.waitSignal(start.ready, timeout=10000):
        pass
    shell = start.shell
    assert shell is not None
    assert shell.window.stack.currentWidget() is shell.window.attract
    # The same picture; glyph edges may differ by a few levels of antialiasing.
    painted = _pixels(shell.window.attract.grab().toImage())
    assert painted.shape == _pixels(first_frame[0]).shape
    assert np.abs(painted - _pixels(first_frame[0])).max() <= 8
    qtbot.waitUntil(lambda: not start.first.isVisible())  # hidden once the shell is painted


def test_touch_on_the_first_frame_starts_the_journey_once_the_shell_is_ready(
    qtbot, make_start, tmp_path: Path
) -> None:
    """GIVEN the first frame painted and the full shell still being built
    WHEN the resident touches "start" and picks English on the first frame
    THEN the full shell opens on the home screen, in English."""

    def load() -> TerminalSettings:  # runs at the start of stage two: the shell is not built
        assert start.shell is None
        qtbot.mouseClick(start.first.strip.lang_buttons["en"], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(start.first.attract.start_button, Qt.MouseButton.LeftButton)
        return _settings(tmp_path)

    start = make_start(load)
    start.show()
    with qtbot.waitSignal(start.ready, timeout=10000):
        pass
    shell = start.shell
    assert shell is not None
    assert shell.navigator.current == HOME
    assert shell.window.stack.currentWidget() is shell.window.home
    assert shell.window.home.title.text() == "How can we help you?"


def test_invalid_settings_end_run_with_the_error_after_the_first_paint(
    qtbot, tmp_path: Path
) -> None:
    problem = ConfigProblem("profile", "'fridge'", "must be 'kiosk', 'robot' or 'tv'", "--set")

    def load() -> TerminalSettings:
        raise ConfigError([problem])

    with pytest.raises(ConfigError) as raised:
        run(load, FirstFrameHints())
    assert raised.value.problems == [problem]


def test_hints_agree_with_the_settings_schema() -> None:
    defaults = TerminalSettings()
    assert (DEFAULT_PROFILE, list(DEFAULT_LANGUAGES), DEFAULT_LANGUAGE) == (
        defaults.profile,
        defaults.languages,
        defaults.default_language,
    )
    assert get_args(Profile) == PROFILES and get_args(Language) == LANGUAGES


def test_hints_follow_the_settings_layers_and_fall_back_on_bad_values(tmp_path: Path) -> None:
    file = tmp_path / "kiosk.toml"
    file.write_text('profile = "tv"\nlanguages = ["zh", "en", "mn"]\ndefault_language = "mn"\n')
    assert read_hints(file, {}, {}) == FirstFrameHints("tv", ("zh", "en", "mn"), "mn")
    env = {"LEXKIOSK_PROFILE": "robot", "LEXKIOSK_DEFAULT_LANGUAGE": "en"}
    assert read_hints(file, env, {"profile": "kiosk"}) == FirstFrameHints(
        "kiosk", ("zh", "en", "mn"), "en"
    )
    assert read_hints(file, {}, {"profile": "fridge", "languages": "klingon"}) == (
        FirstFrameHints("kiosk", ("zh", "en", "mn"), "mn")
    )
    file.write_text('languages = ["zh", "en"]\ndefault_language = "mn"\n')
    assert read_hints(file, {}, {}) == FirstFrameHints("kiosk", ("zh", "en"), "zh")
    file.write_text("not = [toml")
    assert read_hints(file, {}, {}) == FirstFrameHints()


def test_lexkiosk_run_with_bad_settings_paints_then_says_what_is_wrong(tmp_path: Path) -> None:
    """GIVEN a settings file with two bad values WHEN `lexkiosk run` starts (offscreen)
    THEN it exits 1 with one line per problem, as before the two-stage start."""
    (tmp_path / "kiosk.toml").write_text('profile = "fridge"\n[idle]\ntimeout_s = 1\n')
    env = {k: v for k, v in os.environ.items() if not k.startswith("LEXKIOSK_")}
    env |= {"LEXKIOSK_CONFIG": str(tmp_path / "kiosk.toml"), "QT_QPA_PLATFORM": "offscreen"}
    result = run_cli("lexkiosk", "--set", f"data_dir={tmp_path}", "run", env=env)
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(lines) == 2 and "profile" in lines[0] + lines[1]
    assert "Traceback" not in result.stderr
