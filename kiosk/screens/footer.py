"""The row of large buttons along the bottom of a journey screen: back on the left, go on the
right, so residents find them in the same place on every screen."""

from __future__ import annotations

from kiosk.qt import QHBoxLayout, QPushButton
from kiosk.screens.base import styled_button


def footer_buttons(
    back_name: str, go_name: str | None
) -> tuple[QHBoxLayout, QPushButton, QPushButton | None]:
    back = styled_button("back")
    back.setObjectName(back_name)
    row = QHBoxLayout()
    row.addWidget(back)
    row.addStretch(1)
    go = None
    if go_name is not None:
        go = styled_button("primary")
        go.setObjectName(go_name)
        go.setMinimumWidth(280)
        row.addWidget(go)
    return row, back, go
