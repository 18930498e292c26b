"""Technician mode's pages, driven by clicks and key presses with the real device emulators,
the real CUPS queue and a real central service; each page is also written as a PNG
(TECH_SCREENSHOTS=dir keeps them) to be looked at."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

import pytest
import segno

from config.loader import read_toml
from devices.idcard.emulator import synthetic_card
from kiosk.central_process import CentralProcess
from kiosk.qt import QApplication, QPoint, Qt, QWidget
from kiosk.technician.checks import CHECKS
from kiosk.technician.panel import TechnicianPanel
from kiosk.technician.pin_pad import PinPad
from tests.helpers.journal import journal_entries
from tests.kiosk.technician.conftest import PIN, TECHNICIAN

WAIT_MS = 60_000  # bounds, never sleeps
ID_NUMBER = "11010519491231002X"


def _enter(qtbot: Any, shell: Any) -> TechnicianPanel:
    attract = shell.window.attract
    qtbot.mousePress(attract, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    qtbot.waitUntil(lambda: shell.technician.pin_pad is not None, timeout=WAIT_MS)
    qtbot.mouseRelease(attract, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    pad: PinPad = shell.technician.pin_pad
    _snap(shell, "pin_pad")
    for digit in PIN:
        qtbot.mouseClick(pad.entry.keypad.keys[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(pad.entry.button, Qt.MouseButton.LeftButton)
    panel = shell.technician.panel
    assert panel is not None
    return panel


def _open(qtbot: Any, panel: TechnicianPanel, key: str) -> Any:
    qtbot.mouseClick(panel.nav[key], Qt.MouseButton.LeftButton)
    page = panel.pages.currentWidget()
    assert page is not None
    return page


def _snap(shell: Any, name: str) -> None:
    where = os.environ.get("TECH_SCREENSHOTS")
    QApplication.processEvents()  # the layout requests a new text posted, not a wait
    image = shell.window.grab()
    assert not image.isNull()
    if where:
        Path(where).mkdir(parents=True, exist_ok=True)
        assert image.save(str(Path(where) / f"technician_{name}.png"))


@pytest.fixture
def printing(cups_queue: str) -> dict[str, Any]:
    return {"devices": {"printer": {"driver": "cups", "queue": cups_queue}}}


def test_each_diagnostic_gives_a_plain_verdict(
    qtbot: Any, tech_shell: Any, printing: dict[str, Any]
) -> None:
    """GIVEN emulated devices, the CUPS queue and a card on the reader WHEN the technician
    presses each diagnostic THEN each says OK in words, and the camera's picture shows."""
    shell = tech_shell("DIAG01", **printing)
    shell.devices.id_reader().place(synthetic_card())
    panel = _enter(qtbot, shell)
    page = _open(qtbot, panel, "devices")
    for check in CHECKS:
        qtbot.mouseClick(page.buttons[check], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda c=check: page.buttons[c].isEnabled(), timeout=WAIT_MS)
        assert page.verdicts[check].text().startswith("OK: "), page.verdicts[check].text()
    assert not page.preview.pixmap().isNull()
    assert "printer: online" in page.states.text()
    assert "测试样例" not in page.verdicts["card"].text()  # the card's contents are not shown
    _snap(shell, "devices")


def test_card_check_without_a_card_says_what_to_do(qtbot: Any, tech_shell: Any) -> None:
    shell = tech_shell("DIAG02", enrol=False)
    page = _open(qtbot, _enter(qtbot, shell), "devices")
    qtbot.mouseClick(page.buttons["card"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.buttons["card"].isEnabled(), timeout=WAIT_MS)
    assert page.verdicts["card"].text().startswith("FAULT: Put a card on the reader first.")


def test_config_edit_refuses_a_bad_value_then_saves_a_good_one(qtbot: Any, tech_shell: Any) -> None:
    """GIVEN the settings page WHEN the technician types idle.timeout_s = 5 THEN one line
    names the key and what is allowed and the file is unchanged; WHEN 120 THEN it is saved."""
    shell = tech_shell("CONF01", enrol=False)
    panel = _enter(qtbot, shell)
    page = _open(qtbot, panel, "config")
    assert shell.window.keyboard is not None and shell.window.keyboard.isVisibleTo(shell.window)
    file = shell._config_file
    before = file.read_bytes()
    assert "(set)" in page.view.toPlainText() and "scrypt$" not in page.view.toPlainText()
    qtbot.keyClicks(page.key, "idle.timeout_s")
    qtbot.keyClicks(page.value, "5")
    qtbot.keyClick(page.value, Qt.Key.Key_Return)
    lines = page.problems.text().splitlines()
    assert len(lines) == 1 and lines[0].startswith("idle.timeout_s = 5")
    assert "greater than or equal to 30" in lines[0]
    assert file.read_bytes() == before
    _snap(shell, "config_refused")
    page.value.clear()
    qtbot.keyClicks(page.value, "120")
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    assert page.problems.text() == ""
    assert read_toml(file)["idle"]["timeout_s"] == 120
    assert "timeout_s = 120" in page.view.toPlainText()
    _snap(shell, "config_saved")


def test_enrolment_by_qr_code_held_to_the_camera(
    qtbot: Any, tech_shell: Any, tmp_path: Path, central: CentralProcess
) -> None:
    """GIVEN a terminal not enrolled whose camera (the emulator) sees a QR code carrying a
    one-time code WHEN the technician presses 'Scan the QR code' THEN it enrols with the
    real central service and stores its token."""
    qr = tmp_path / "enrol-qr.png"
    segno.make(f"lexkiosk-enrol:{central.enrol_code()}", error="m").save(str(qr), scale=8, border=4)
    shell = tech_shell("ENROL1", enrol=False, devices={"camera": {"files": [str(qr)]}})
    page = _open(qtbot, _enter(qtbot, shell), "enrol")
    qtbot.mouseClick(page.scan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.scan_button.isEnabled(), timeout=WAIT_MS)
    assert page.result.text().startswith("OK: Enrolled as ENROL1"), page.result.text()
    assert (shell.settings.data_dir / "device_token").exists() or any(
        shell.settings.data_dir.iterdir()
    )
    _snap(shell, "enrol")


def test_enrolment_with_a_typed_bad_code_says_what_a_code_looks_like(
    qtbot: Any, tech_shell: Any
) -> None:
    shell = tech_shell("ENROL2", enrol=False)
    page = _open(qtbot, _enter(qtbot, shell), "enrol")
    qtbot.keyClicks(page.code, "hello")
    qtbot.mouseClick(page.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.enrol_button.isEnabled(), timeout=WAIT_MS)
    assert "ABCD-EFGH-JKLM" in page.result.text()


def test_network_outbox_log_sound_then_leave_leaves_nothing(
    qtbot: Any, tech_shell: Any, central: CentralProcess
) -> None:
    """GIVEN an enrolled terminal WHEN the technician checks the network, the outbox and the
    log, the volume and brightness, then leaves THEN the central service is reachable with a
    round trip, the outbox counts show, the log is masked, the volume is saved, brightness
    says it cannot be set here; leaving shows the attract screen, deletes every technician
    widget and journals who left."""
    shell = tech_shell("NET001")
    panel = _enter(qtbot, shell)
    network = _open(qtbot, panel, "network")
    qtbot.mouseClick(network.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: network.button.isEnabled(), timeout=WAIT_MS)
    assert "127.0.0.1" in network.status.text()
    assert "可以连接，往返" in network.status.text(), network.status.text()
    _snap(shell, "network")
    outbox = _open(qtbot, panel, "outbox")
    assert "待发: " in outbox.counts.text()
    logging.getLogger("tests.technician").warning("a careless line: %s", ID_NUMBER)
    qtbot.mouseClick(outbox.retry, Qt.MouseButton.LeftButton)  # counts and log refreshed
    assert "a careless line" in outbox.log.toPlainText()
    assert ID_NUMBER not in outbox.log.toPlainText()
    _snap(shell, "outbox")
    sound = _open(qtbot, panel, "sound_screen")
    qtbot.mouseClick(sound.findChild(QWidget, "volume_down"), Qt.MouseButton.LeftButton)
    assert sound.volume.text() == "90 %"
    assert read_toml(shell._config_file)["devices"]["audio"]["volume"] == 90
    assert "cannot be set here" in sound.message.text()
    _snap(shell, "sound_screen")
    qtbot.mouseClick(panel.leave, Qt.MouseButton.LeftButton)
    assert shell.window.stack.currentWidget() is shell.window.attract
    assert shell.technician.panel is None and shell.technician.pin_pad is None
    qtbot.waitUntil(lambda: not shell.window.findChildren(TechnicianPanel), timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: bool(journal_entries(central, "terminal.technician.left")), timeout=WAIT_MS
    )
    assert journal_entries(central, "terminal.technician.left")[-1].payload["technician"] == (
        TECHNICIAN
    )


def test_restart_button_asks_the_service_manager_for_a_restart(qtbot: Any, tech_shell: Any) -> None:
    shell = tech_shell("RST001", enrol=False)
    panel = _enter(qtbot, shell)
    with qtbot.waitSignal(shell.commands.restart_requested, timeout=WAIT_MS):
        qtbot.mouseClick(panel.restart, Qt.MouseButton.LeftButton)
    assert shell.window.stack.currentWidget() is shell.window.attract
