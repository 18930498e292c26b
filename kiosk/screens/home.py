"""The home screen: one large tile per service."""

from __future__ import annotations

from kiosk.flows.services import MEDIATION_INVITE, SERVICES
from kiosk.qt import (
    QCoreApplication,
    QGridLayout,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
    Signal,
)
from kiosk.screens.base import Screen, styled_button, styled_label
from kiosk.screens.tile import Tile


class HomeScreen(Screen):
    service_chosen = Signal(str)
    finish_requested = Signal()

    def __init__(
        self, columns: int = 2, parent: QWidget | None = None, remote: bool = False
    ) -> None:
        super().__init__(parent)
        self.remote = remote  # a TV: chosen with the remote's arrows and OK, not touched
        self.title = styled_label("title")
        self.hint = styled_label("hint")
        self.tiles: dict[str, Tile] = {}
        grid = QGridLayout()
        grid.setSpacing(24)
        for index, service in enumerate(SERVICES):
            tile = Tile()
            tile.setObjectName(f"tile_{service.id}")
            tile.setMinimumHeight(120)
            tile.clicked.connect(lambda _=False, sid=service.id: self.service_chosen.emit(sid))
            grid.addWidget(tile, index // columns, index % columns)
            self.tiles[service.id] = tile
        self.invited_button = styled_button("choice")
        self.invited_button.setObjectName("InvitedButton")
        self.invited_button.clicked.connect(lambda: self.service_chosen.emit(MEDIATION_INVITE.id))
        self.finish_button = styled_button("back")
        self.finish_button.setObjectName("FinishButton")
        self.finish_button.clicked.connect(self.finish_requested)

        invited = QHBoxLayout()  # a row of its own: beside Finish it cut both off in English
        invited.addWidget(self.invited_button)
        invited.addStretch(1)
        footer = QHBoxLayout()
        footer.addStretch(1)
        footer.addWidget(self.finish_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 24)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addSpacing(16)
        layout.addLayout(grid, 1)
        layout.addSpacing(16)
        layout.addLayout(invited)
        layout.addLayout(footer)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("Home", "How can we help you?"))
        if self.remote:
            hint = QCoreApplication.translate(
                "Home", "Choose a service with the arrow keys and press OK"
            )
        else:
            hint = QCoreApplication.translate("Home", "Touch a service to begin")
        self.hint.setText(hint)
        for service in SERVICES:
            title = QCoreApplication.translate("Services", service.title)
            subtitle = QCoreApplication.translate("Services", service.subtitle)
            self.tiles[service.id].set_texts(title, subtitle)
        self.invited_button.setText(QCoreApplication.translate("Services", MEDIATION_INVITE.title))
        self.finish_button.setText(
            QCoreApplication.translate("Home", "Finish and clear my information")
        )
