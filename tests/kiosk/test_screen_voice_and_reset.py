"""Every screen speaks its prompt as it appears and says it again on "repeat"; speech stops
when the resident moves on; large text and high contrast (with their slower speech and longer
time-outs) reset for the next resident (issue #19)."""

from __future__ import annotations

from typing import Any

from devices.speech.sim import SimSpeech
from devices.xfs import DeviceFamily
from kiosk.controllers.prompts import MessageId, prompt_for, translated
from kiosk.flows import journey as ids
from kiosk.flows.access import ELDERS_IDLE_FACTOR, ELDERS_SPEECH_PACE
from kiosk.flows.services import SERVICES
from kiosk.qt import Qt
from kiosk.screens.table import SCREENS
from kiosk.shell import Shell
from kiosk.theme import DEFAULT_PALETTE, HIGH_CONTRAST_PALETTE
from tests.helpers.ink import grab_of

CLICK = Qt.MouseButton.LeftButton


def _speech(shell: Shell) -> SimSpeech:
    speech = shell.devices.devices[DeviceFamily.SPEECH]
    assert isinstance(speech, SimSpeech)
    return speech


def test_every_screen_has_a_prompt_translated_in_the_catalogue(make_shell) -> None:
    """GIVEN the screen table WHEN each screen's prompt is looked up THEN there is one, and the
    Chinese catalogue translates its message id (so the id is a real catalogue entry)."""
    shell: Shell = make_shell()
    assert shell.languages.current == "zh"
    screen_ids = [s.screen_id for s in SCREENS if s.screen_id != ids.SERVICE_PREFIX]
    screen_ids += [ids.SERVICE_PREFIX + service.id for service in SERVICES]
    for screen_id in screen_ids:
        prompt = prompt_for(screen_id)
        assert isinstance(prompt, MessageId), screen_id
        text = translated(prompt)
        assert text != prompt.source and any("\u4e00" <= c <= "\u9fff" for c in text), prompt


def test_prompt_spoken_repeated_and_cut_when_moving_on(qtbot, make_shell) -> None:
    """GIVEN a resident on the home screen WHEN it appears THEN its prompt is spoken with its
    message id; "say it again" says it again; going on to another screen stops the speech."""
    shell: Shell = make_shell()
    w, voice, speech = shell.window, shell.controllers.voice, _speech(shell)
    qtbot.mouseClick(w.attract.start_button, CLICK)
    qtbot.waitUntil(lambda: speech.utterances["zh"] == 1)
    assert voice.last is not None
    assert voice.last.message == MessageId("Home", "How can we help you?")
    assert voice.last.text == w.home.title.text()  # the words on the screen, in Chinese
    stops = speech.interruptions
    qtbot.mouseClick(w.strip.repeat_button, CLICK)
    qtbot.waitUntil(lambda: speech.utterances["zh"] == 2)
    assert speech.interruptions == stops + 1  # what was still being said is cut first
    qtbot.mouseClick(w.home.tiles["hotline"], CLICK)
    assert w.stack.currentWidget() is w.hotline
    assert speech.interruptions == stops + 2  # moving on stops the speech
    qtbot.waitUntil(lambda: speech.utterances["zh"] == 3)
    assert voice.last is not None and voice.last.text == w.hotline.spoken_text()


def test_a_screen_that_speaks_for_itself_keeps_its_words_for_repeat(qtbot, make_shell) -> None:
    """The consent screen reads its whole notice on entering: that, not its title, is what
    "say it again" repeats, and the title prompt is not said on top of it."""
    shell: Shell = make_shell()
    w, voice, speech = shell.window, shell.controllers.voice, _speech(shell)
    qtbot.mouseClick(w.attract.start_button, CLICK)
    qtbot.mouseClick(w.home.tiles["legal_aid"], CLICK)
    assert w.stack.currentWidget() is w.consent
    qtbot.waitUntil(lambda: speech.utterances["zh"] == 2)
    assert voice.last is not None and voice.last.text == w.consent.spoken_text()
    qtbot.mouseClick(w.strip.repeat_button, CLICK)
    qtbot.waitUntil(lambda: speech.utterances["zh"] == 3)


def _background(shell: Shell) -> str:
    return grab_of(shell.window.home).pixelColor(4, 4).name().upper()


def test_look_and_pace_reset_for_the_next_resident(qtbot, make_shell, clock: Any) -> None:
    """GIVEN a resident who switched on large text and high contrast WHEN the journey ends
    THEN the next resident starts with the default look, time-outs and speech pace."""
    shell: Shell = make_shell()
    w, speech, idle = shell.window, _speech(shell), shell.idle
    timeout, warning = idle.timeout_s, idle.warning_s
    qtbot.mouseClick(w.attract.start_button, CLICK)
    assert _background(shell) == DEFAULT_PALETTE["background"]
    qtbot.mouseClick(w.strip.large_text_button, CLICK)
    qtbot.mouseClick(w.strip.contrast_button, CLICK)
    assert w.strip.is_on(w.strip.large_text_button) and w.strip.is_on(w.strip.contrast_button)
    assert _background(shell) == HIGH_CONTRAST_PALETTE["background"]
    assert (idle.timeout_s, idle.warning_s) == (
        timeout * ELDERS_IDLE_FACTOR,
        warning * ELDERS_IDLE_FACTOR,
    )
    assert speech.pace == ELDERS_SPEECH_PACE
    # The doubled time-out holds: past the normal one, no warning yet.
    qtbot.waitUntil(lambda: not idle.paused)
    clock.now += timeout + 1
    shell.check_idle()
    assert not w.idle_warning.isVisible()
    journeys = speech.journeys
    qtbot.mouseClick(w.home.finish_button, CLICK)
    assert w.stack.currentWidget() is w.attract
    assert not w.strip.is_on(w.strip.large_text_button) and not w.strip.is_on(
        w.strip.contrast_button
    )
    assert (idle.timeout_s, idle.warning_s) == (timeout, warning)
    assert speech.pace == 1.0 and speech.journeys == journeys + 1  # volume and pace reset
    last = shell.controllers.voice.last  # the attract prompt, for "repeat" only
    assert last is not None and last.message == MessageId("Attract", "Touch here to start")
    qtbot.mouseClick(w.attract.start_button, CLICK)
    assert _background(shell) == DEFAULT_PALETTE["background"]
    assert all(screen.styleSheet() == "" for screen in w.screens.values())
