"""The row of five rating faces, 1 (frown) to 5 (broad smile), shared by the journey's and
the call's rating screens."""

from __future__ import annotations

from collections.abc import Callable

from kiosk.flows.feedback import FACES
from kiosk.qt import QHBoxLayout, QSize, QSizePolicy, Qt, QToolButton
from kiosk.screens.face import face_icon


def face_row(
    name_prefix: str,
    chosen: Callable[[int], None],
    icon_px: int,
    min_height: int,
    checkable: bool = False,
) -> tuple[QHBoxLayout, dict[int, QToolButton]]:
    """The row and its buttons by score; a click calls `chosen(score)`. Object names are
    `{name_prefix}{score}` for tests and the tour."""
    row = QHBoxLayout()
    row.setSpacing(16)
    faces: dict[int, QToolButton] = {}
    for score, _word in FACES:
        button = QToolButton()
        button.setProperty("role", "face")
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setObjectName(f"{name_prefix}{score}")
        button.setCheckable(checkable)
        button.setIcon(face_icon(score))
        button.setIconSize(QSize(icon_px, icon_px))
        button.setMinimumSize(120, min_height)
        button.clicked.connect(lambda _=False, s=score: chosen(s))
        row.addWidget(button)
        faces[score] = button
    return row, faces
