"""The shell driven as a resident drives it: clicks and key presses on its widgets."""

from __future__ import annotations

from devices.xfs import DeviceFamily
from kiosk.flows.idle import IdlePhase
from kiosk.qt import QAbstractButton, QLabel, Qt, QWidget
from kiosk.shell import Shell


def visible_texts(root: QWidget) -> list[str]:
    texts = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, (QLabel, QAbstractButton)) and widget.text():
            texts.append(widget.text())
    return texts


def test_touch_walks_from_attract_to_a_service_and_back(qtbot, make_shell) -> None:
    shell: Shell = make_shell()
    w = shell.window
    assert w.stack.currentWidget() is w.attract
    qtbot.mouseClick(w.attract.start_button, Qt.MouseButton.LeftButton)
    assert w.stack.currentWidget() is w.home
    assert w.home.title.text() == "请问您要办理什么业务？"
    qtbot.mouseClick(w.home.tiles["progress"], Qt.MouseButton.LeftButton)
    assert w.stack.currentWidget() is w.progress
    assert w.progress.title.text() == "查询办理进度"
    qtbot.mouseClick(w.progress.back_button, Qt.MouseButton.LeftButton)
    assert w.stack.currentWidget() is w.home
    qtbot.mouseClick(w.home.finish_button, Qt.MouseButton.LeftButton)
    assert w.stack.currentWidget() is w.rating  # every journey ends with a rating
    qtbot.mouseClick(w.rating.skip_button, Qt.MouseButton.LeftButton)
    assert w.stack.currentWidget() is w.attract


def test_remote_control_ok_key_starts(qtbot, make_shell) -> None:
    shell: Shell = make_shell(profile="tv")
    qtbot.keyClick(shell.window.attract, Qt.Key.Key_Return)
    assert shell.window.stack.currentWidget() is shell.window.home


def test_language_switch_retranslates_and_resets_for_the_next_person(qtbot, make_shell) -> None:
    shell: Shell = make_shell()
    w = shell.window
    qtbot.mouseClick(w.attract.start_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(w.strip.lang_buttons["en"], Qt.MouseButton.LeftButton)
    assert w.home.title.text() == "How can we help you?"
    assert w.home.tiles["progress"].title_label.text() == "Progress query"
    qtbot.mouseClick(w.home.finish_button, Qt.MouseButton.LeftButton)
    assert w.attract.hero.text() == "公共法律服务"


def test_idle_warning_counts_down_continue_extends_then_timeout_wipes(
    qtbot, make_shell, clock
) -> None:
    shell: Shell = make_shell()
    w = shell.window
    qtbot.mouseClick(w.attract.start_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(w.strip.lang_buttons["en"], Qt.MouseButton.LeftButton)
    shell.session.put("name", "someone")
    clock.now += 71
    shell.check_idle()
    assert w.idle_warning.isVisible()
    assert w.idle_warning.countdown.text() == "19"
    qtbot.mouseClick(w.idle_warning.continue_button, Qt.MouseButton.LeftButton)
    assert not w.idle_warning.isVisible()
    assert shell.idle.phase is IdlePhase.ACTIVE
    clock.now += 90
    shell.check_idle()
    assert w.stack.currentWidget() is w.attract
    assert shell.session.empty
    assert not w.idle_warning.isVisible()
    assert w.attract.hero.text() == "公共法律服务"


def test_touch_anywhere_keeps_the_journey_alive(qtbot, make_shell, clock) -> None:
    shell: Shell = make_shell()
    w = shell.window
    qtbot.mouseClick(w.attract.start_button, Qt.MouseButton.LeftButton)
    clock.now += 60
    qtbot.mouseClick(w.home.title, Qt.MouseButton.LeftButton)
    clock.now += 60
    shell.check_idle()
    assert not w.idle_warning.isVisible()
    assert w.stack.currentWidget() is w.home


def test_status_strip_shows_device_faults_in_plain_words(qtbot, make_shell) -> None:
    shell: Shell = make_shell()
    strip = shell.window.strip
    assert strip.devices_label.text() == "设备全部正常"
    camera = shell.devices.devices[DeviceFamily.CAMERA]
    with qtbot.waitSignal(shell.bridge.devices_changed):
        camera.unplug()  # type: ignore[attr-defined]
    assert strip.devices_label.text() == "暂不可用：摄像头"
    with qtbot.waitSignal(shell.bridge.devices_changed):
        camera.replug()  # type: ignore[attr-defined]
    assert strip.devices_label.text() == "设备全部正常"


def test_without_enrolment_the_strip_says_call_a_technician(qtbot, make_shell) -> None:
    shell: Shell = make_shell(token=None)
    shell.start()
    qtbot.waitUntil(lambda: "终端尚未注册" in shell.window.strip.link_label.text(), timeout=5000)
    assert visible_texts(shell.window.strip)


def test_changing_screen_interrupts_speech(qtbot, make_shell) -> None:
    shell: Shell = make_shell()
    speech = shell.devices.devices[DeviceFamily.SPEECH]
    before = speech.interruptions  # type: ignore[attr-defined]
    qtbot.mouseClick(shell.window.attract.start_button, Qt.MouseButton.LeftButton)
    assert speech.interruptions > before  # type: ignore[attr-defined]
