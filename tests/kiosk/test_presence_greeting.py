"""The robot's presence greeting, on a robot shell with the emulated camera and real dlib.

The camera emulator shows an empty room or a visitor (scikit-image's astronaut photograph); the
detector reads the shell's one frame pipeline a few times a second. Tests wait on the greeter's
signals and on frames analysed, never on the clock.
"""

from __future__ import annotations

from devices.camera.face_scene import PresenceScene
from devices.camera.sim import SimCamera
from devices.speech.sim import SimSpeech
from kiosk.flows.journey import ATTRACT, HOME
from kiosk.qt import Qt
from kiosk.shell import Shell

WAIT_MS = 15000


def _robot(make_shell) -> tuple[Shell, PresenceScene]:
    shell: Shell = make_shell(profile="robot")
    camera = shell.devices.camera()
    assert isinstance(camera, SimCamera)
    scene = PresenceScene(camera.width, camera.height)
    camera.scene = scene
    assert shell.presence is not None and shell.presence.start()
    return shell, scene


def _more_frames(qtbot, shell: Shell, count: int) -> None:
    """Wait until the detector has looked at `count` more frames (about a third of a second
    each): long enough for a second greeting to have happened if there were one."""
    assert shell.presence is not None
    seen = shell.presence.frames_seen
    qtbot.waitUntil(lambda: shell.presence.frames_seen >= seen + count, timeout=WAIT_MS)


def test_a_face_that_appears_is_greeted_once_by_voice_and_sees_the_home_screen(
    qtbot, make_shell
) -> None:
    shell, scene = _robot(make_shell)
    presence = shell.presence
    assert presence is not None
    speech = shell.devices.speech()
    assert isinstance(speech, SimSpeech)
    _more_frames(qtbot, shell, 2)
    assert presence.greetings == 0 and shell.navigator.current == ATTRACT
    with qtbot.waitSignal(presence.greeted, timeout=WAIT_MS):
        scene.face_visible = True
    assert shell.navigator.current == HOME
    assert shell.window.stack.currentWidget() is shell.window.home
    qtbot.waitUntil(lambda: speech.utterances["zh"] >= 1, timeout=WAIT_MS)
    _more_frames(qtbot, shell, 6)  # the visitor stays in front of the robot
    assert presence.greetings == 1
    assert speech.utterances["zh"] == 1


def test_no_face_no_greeting(qtbot, make_shell) -> None:
    shell, _scene = _robot(make_shell)
    arrivals: list[None] = []
    assert shell.presence is not None
    shell.presence.arrived.connect(lambda: arrivals.append(None))
    _more_frames(qtbot, shell, 8)
    assert arrivals == [] and shell.presence.greetings == 0
    assert shell.navigator.current == ATTRACT


def test_a_face_during_a_journey_is_not_greeted_and_the_journey_stays(qtbot, make_shell) -> None:
    """GIVEN a resident who touched the robot's screen and chose a service
    WHEN the camera then sees a face THEN no greeting and the resident's screen stays."""
    shell, scene = _robot(make_shell)
    presence = shell.presence
    assert presence is not None
    qtbot.mouseClick(shell.window.attract.start_button, Qt.MouseButton.LeftButton)
    assert shell.navigator.current == HOME
    tile = next(iter(shell.window.home.tiles.values()))
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    during = shell.navigator.current
    assert during != HOME
    with qtbot.waitSignal(presence.arrived, timeout=WAIT_MS):
        scene.face_visible = True
    assert presence.greetings == 0
    assert shell.navigator.current == during
