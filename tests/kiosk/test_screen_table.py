"""One screen table, one router: every navigator id has a screen, each screen has one owner,
and the router fills a screen before showing it and lets the other screens go."""

from __future__ import annotations

import typing

import pytest

from kiosk.controllers.router import Router
from kiosk.flows import journey as ids
from kiosk.screens.table import SCREENS, table_key
from kiosk.shell import Shell
from kiosk.window import MainWindow

NAVIGATOR_IDS = {
    value
    for name, value in vars(ids).items()
    if name.isupper() and isinstance(value, str) and not name.startswith("_")
}


def test_every_navigator_id_has_exactly_one_screen() -> None:
    """GIVEN the ids kiosk.flows.journey names WHEN looked up THEN each has one table row."""
    rows = [spec.screen_id for spec in SCREENS]
    assert len(rows) == len(set(rows)), "a screen id is in the table twice"
    assert set(rows) >= NAVIGATOR_IDS, NAVIGATOR_IDS - set(rows)
    assert table_key(ids.SERVICE_PREFIX + "notary") == ids.SERVICE_PREFIX


def test_window_attributes_are_the_table_screens(make_shell) -> None:
    """GIVEN a shell WHEN its window is built THEN each typed attribute is the table's screen."""
    shell: Shell = make_shell()
    window = shell.window
    hints = typing.get_type_hints(MainWindow)
    assert {spec.attr for spec in SCREENS} <= set(hints)
    for spec in SCREENS:
        screen = getattr(window, spec.attr)
        assert isinstance(screen, hints[spec.attr])
        assert window.screen_for(spec.screen_id) is screen
        assert window.stack.indexOf(screen) >= 0
    with pytest.raises(KeyError):
        window.screen_for("no-such-screen")


def test_every_screen_but_attract_and_home_has_one_owner(make_shell) -> None:
    """GIVEN the wired shell WHEN a screen is registered again THEN the router refuses."""
    shell: Shell = make_shell()
    router = shell.controllers.router
    for spec in SCREENS:
        if spec.screen_id in (ids.ATTRACT, ids.HOME):
            router.register(spec.screen_id)  # nobody owns them: free to register once
            continue
        with pytest.raises(ValueError, match="registered twice"):
            router.register(spec.screen_id)


def test_router_fills_before_and_enters_after_showing(make_shell) -> None:
    """GIVEN hooks on a fresh router WHEN a screen is shown THEN prepare runs while another
    screen is current, enter once it is current, and the leave hooks of the others run."""
    shell: Shell = make_shell()
    window = shell.window
    router = Router(window, shell.controllers.voice)
    seen: list[tuple[str, object]] = []
    router.register(
        ids.HOTLINE,
        prepare=lambda sid: seen.append(("prepare", window.stack.currentWidget())),
        enter=lambda sid: seen.append(("enter", window.stack.currentWidget())),
        leave=lambda: seen.append(("leave-hotline", None)),
    )
    router.register(ids.RATING, leave=lambda: seen.append(("leave-rating", None)))
    router.show(ids.HOTLINE)
    assert seen == [
        ("leave-rating", None),
        ("prepare", window.attract),
        ("enter", window.hotline),
    ]
    seen.clear()
    router.show(ids.SERVICE_PREFIX + "notary")
    assert window.stack.currentWidget() is window.service
    assert ("leave-hotline", None) in seen
    with pytest.raises(KeyError):
        router.show("no-such-screen")
    with pytest.raises(KeyError):
        router.register("no-such-screen")
