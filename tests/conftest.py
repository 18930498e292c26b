"""Suite-wide set-up: Qt renders offscreen; CI=true turns a missing system part into a failure."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_configure(config: object) -> None:
    """The pinyin keyboard is an input method, chosen before any QApplication exists (so here,
    for every test folder); its loading messages are silenced before Qt reads the rules."""
    from kiosk.app import quiet_keyboard_loading

    os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"
    quiet_keyboard_loading()


# Central-service fixtures (central_settings, client, enrol_code), the print queues and tools
# (cups_queue, fault_queue, pdftotext) and the network namespace of call tests (netns) for any
# test folder.
pytest_plugins = ["tests.helpers.central_app", "tests.helpers.system", "tests.helpers.netns"]
