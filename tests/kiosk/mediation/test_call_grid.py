"""The mediation call's pictures fill the screen as a grid on every terminal (issue 18): with 2
to 6 participants (this terminal's own picture is a tile of its own) every tile lies inside the
window with its caption shown and a 4:3 picture, at least 320x240 on the upright kiosk; a tile
without a frame says it is connecting; during a side talk the tiles this terminal receives
nothing of say they are paused and keep no frozen frame. Each call is rendered to PNG with a
solid colour painted per tile (MEDIATION_PNG_DIR keeps them) for a person to look at."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from api_client.schemas.mediation import MediationState, ParticipantShown, SideTalkShown
from kiosk.flows import mediation as flow
from kiosk.flows.journey import MEDIATION_CALL
from kiosk.qt import QColor, QFontInfo, QImage, QRect
from kiosk.screens.mediation_call import ROWS_UP_TO_TILES, MediationCallScreen
from kiosk.theme.sizes import BODY_MIN_PX
from tests.helpers.fits import png_dir, rect_in, settled_size, started_shell

SIZES = {"kiosk": (1080, 1920), "robot": (1280, 800), "tv": (1920, 1080)}
MIN_PICTURE = {"kiosk": (320, 240), "robot": (180, 135), "tv": (280, 210)}
PEOPLE = [
    ("赵", "mediator"),
    ("孙", "other_party"),
    ("周", "other_party"),
    ("吴", "other_party"),
    ("郑", "other_party"),
]
COLOURS = ["#c0392b", "#2874a6", "#1e8449", "#b7950b", "#7d3c98", "#5d6d7e"]


def _solid(colour: str) -> QImage:
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    return image


def _tiles(others: int, paused: bool = False) -> tuple[flow.Tile, ...]:
    return tuple(
        flow.Tile(f"p{i}", f"{name}*", role, i == 2, paused and role == "mediator")
        for i, (name, role) in enumerate(PEOPLE[:others])
    )


@pytest.mark.parametrize(
    ("profile", "language", "large"),
    [
        ("kiosk", "zh", False),
        ("kiosk", "mn", False),
        ("kiosk", "en", False),
        ("robot", "zh", False),
        ("robot", "mn", False),
        ("robot", "zh", True),
        ("tv", "zh", False),
    ],
)
def test_the_call_grid_fills_each_terminal_with_every_tile_and_caption_inside(
    qtbot, make_shell, tmp_path: Path, profile: str, language: str, large: bool
) -> None:
    """GIVEN a terminal in a language (the elders' large text on the robot) WHEN the call shows
    2 to 6 participants, with a note, frames painted in each tile THEN the window keeps its
    size, every visible tile (own picture included) and its caption lie inside it without
    overlapping, each picture 4:3 and at least the terminal's minimum, the caption keeps its
    type size (before: fixed 200x150 boxes, the robot's second row clipped to strips)."""
    pngs = png_dir(tmp_path)
    shell = started_shell(qtbot, make_shell, profile, language, large)
    w = shell.window
    screen: MediationCallScreen = w.mediation_call
    shell.journey.go(MEDIATION_CALL)
    for participants in (2, 3, 4, 5, 6):
        screen.show_view(flow.MediationView(_tiles(participants - 1), (flow.Note.MUTED,)))
        screen.show_pictures({f"p{i}": _solid(COLOURS[i]) for i in range(participants - 1)})
        screen.show_own(_solid(COLOURS[-1]))
        assert settled_size(w) == SIZES[profile], participants
        name = f"{profile}-{language}{'-large' if large else ''}-{participants}"
        w.grab().save(str(pngs / f"mediation-grid-{name}.png"))
        window = QRect(0, 0, w.width(), w.height())
        shown = [t for t in [*screen.tiles, screen.own_tile] if t.isVisible()]
        assert len(shown) == participants
        seen: list[QRect] = []
        for tile in shown:
            picture, caption = rect_in(w, tile.picture), rect_in(w, tile.caption)
            label = tile.objectName() or "own"
            assert window.contains(picture) and window.contains(caption), label
            assert not picture.intersects(caption), label
            assert caption.width() > 0 and caption.height() > 0 and tile.caption.text()
            least = MIN_PICTURE[profile]
            assert picture.width() >= least[0] and picture.height() >= least[1], (
                label,
                picture,
            )
            assert abs(picture.width() * 3 - picture.height() * 4) <= 4, picture
            for other in seen:
                assert not other.intersects(rect_in(w, tile)), label
            seen.append(rect_in(w, tile))
            assert tile.picture.pixmap() is not None and not tile.picture.pixmap().isNull()
            assert not tile.placeholder.isVisible()
            if large:
                assert QFontInfo(tile.caption.font()).pixelSize() >= BODY_MIN_PX[(profile, True)]
        assert window.contains(rect_in(w, screen.leave_button))
        if (profile, language) == ("kiosk", "mn") and participants <= ROWS_UP_TO_TILES:
            # the grid takes the width under one row of columns (title, notes, buttons);
            # before it stood in a column beside a banner as tall as the screen: 571 of
            # 1080 px (0.53). The window less its margins and the language strip is 0.83.
            assert screen.grid.width() / w.width() >= 0.75, screen.grid.width()
            assert screen.in_rows
        if (profile, language) == ("kiosk", "mn") and participants <= 5:
            # and the pictures are no smaller than the tall column gave them (483 px wide)
            assert screen.grid.cell.picture.width() >= 480, screen.grid.cell.picture

    # a side talk the resident is outside of: the mediator's tile paused; a newcomer connecting
    tiles = (*_tiles(2, paused=True), flow.Tile("new", "钱*", "other_party", False))
    screen.show_view(flow.MediationView(tiles, (flow.Note.ASIDE_OTHER,)))
    assert settled_size(w) == SIZES[profile]
    w.grab().save(str(pngs / f"mediation-grid-paused-{profile}-{language}.png"))
    for tile in screen.tiles[0], screen.tiles[2]:
        assert tile.placeholder.isVisible() and tile.placeholder.text()
        assert QRect(0, 0, w.width(), w.height()).contains(rect_in(w, tile.placeholder))
        assert tile.picture.pixmap().isNull()
    assert screen.tiles[0].placeholder.text() != screen.tiles[2].placeholder.text()
    assert not screen.tiles[1].placeholder.isVisible()  # the other party still live


def _state(side_talk_with: str | None) -> MediationState:
    def person(pid: str, role: str, name: str, aside: bool) -> ParticipantShown:
        return ParticipantShown(
            participant_id=pid,
            role=role,
            display_name=name,
            joined_by="id_card",
            consented_at=None,
            present=True,
            muted=False,
            in_side_talk=aside,
        )

    aside = {"mediator", side_talk_with} if side_talk_with else set()
    return MediationState(
        session_id="ses_1",
        you="me",
        participants=[
            person("me", "resident", "李*", "me" in aside),
            person("party", "other_party", "孙*", "party" in aside),
            person("mediator", "mediator", "赵*", "mediator" in aside),
        ],
        side_talk=SideTalkShown(
            with_participant=side_talk_with,
            started_at=datetime(2026, 12, 7, tzinfo=UTC),
            recorded=True,
        )
        if side_talk_with
        else None,
        your_rooms=["main"],
    )


def test_a_paused_tile_shows_the_placeholder_and_no_frame(qtbot) -> None:
    """GIVEN the call with the mediator and the other party live WHEN the mediator takes the
    other party aside (this resident outside) THEN both their tiles say they are paused, their
    pictures hold no frame and frames that still arrive are not painted; WHEN the resident is
    the one aside THEN only the other party's tile is paused; after the side talk both tiles
    say "connecting" until the next frame."""
    screen = MediationCallScreen()
    qtbot.addWidget(screen)
    screen.resize(1080, 1920)
    screen.show()
    qtbot.waitExposed(screen)
    by_id = {t.participant_id: t for t in flow.view_of(_state(None)).tiles}
    assert set(by_id) == {"party", "mediator"} and not any(t.paused for t in by_id.values())
    screen.show_view(flow.view_of(_state(None)))
    first, second = screen.tiles[0], screen.tiles[1]
    assert first.placeholder.isVisible() and first.placeholder.text() == "Connecting…"
    frames = {"party": _solid("#c0392b"), "mediator": _solid("#2874a6")}
    screen.show_pictures(frames)
    assert not first.picture.pixmap().isNull() and not first.placeholder.isVisible()

    screen.show_view(flow.view_of(_state("party")))
    for tile in (first, second):
        assert tile.tile is not None and tile.tile.paused
        assert tile.placeholder.isVisible()
        assert tile.placeholder.text() == "Paused during the private talk"
        assert tile.picture.pixmap().isNull()
    screen.show_pictures(frames)  # a late frame of the main room
    assert first.picture.pixmap().isNull() and second.picture.pixmap().isNull()
    assert first.placeholder.isVisible()

    screen.show_view(flow.view_of(_state("me")))
    paused = {t.tile.participant_id: t.tile.paused for t in (first, second) if t.tile}
    assert paused == {"party": True, "mediator": False}
    screen.show_pictures(frames)
    live = next(t for t in (first, second) if t.tile and t.tile.participant_id == "mediator")
    held = next(t for t in (first, second) if t.tile and t.tile.participant_id == "party")
    assert not live.picture.pixmap().isNull() and held.picture.pixmap().isNull()

    screen.show_view(flow.view_of(_state(None)))
    assert held.placeholder.text() == "Connecting…" and held.placeholder.isVisible()
