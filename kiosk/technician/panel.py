"""Technician mode's frame: who is in, one button per page down the side, the page, and the
two ways out (restart the shell, leave to the attract screen)."""

from __future__ import annotations

from kiosk.qt import (
    QCoreApplication,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
    Signal,
)
from kiosk.screens.base import Screen, styled_button, styled_label


class TechnicianPanel(Screen):
    leave_requested = Signal()
    restart_requested = Signal()
    page_changed = Signal()

    def __init__(self, technician: str, pages: list[tuple[str, str, QWidget]]) -> None:
        super().__init__()
        self.setObjectName("technician_panel")
        self.who = styled_label("title")
        self.who.setObjectName("technician_who")
        self.who.setText(
            QCoreApplication.translate("Technician", "Technician mode: %1").replace(
                "%1", technician
            )
        )
        self.pages = QStackedWidget()
        self.nav: dict[str, QPushButton] = {}
        side = QVBoxLayout()
        side.setSpacing(8)
        for key, label, page in pages:
            button = styled_button("secondary")
            button.setObjectName(f"tech_nav_{key}")
            button.setText(label)
            button.clicked.connect(lambda _=False, p=page: self.show_page(p))
            side.addWidget(button)
            self.nav[key] = button
            self.pages.addWidget(page)
        side.addStretch(1)
        self.restart = styled_button("secondary")
        self.restart.setObjectName("tech_restart")
        self.restart.setText(QCoreApplication.translate("Technician", "Restart the shell"))
        self.restart.clicked.connect(self.restart_requested)
        self.leave = styled_button("primary")
        self.leave.setObjectName("tech_leave")
        self.leave.setText(QCoreApplication.translate("Technician", "Leave technician mode"))
        self.leave.clicked.connect(self.leave_requested)
        side.addWidget(self.restart)
        side.addWidget(self.leave)
        body = QHBoxLayout()
        body.addLayout(side)
        body.addWidget(self.pages, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 16, 24, 16)
        column.addWidget(self.who)
        column.addLayout(body, 1)

    @property
    def wants_keyboard(self) -> bool:
        """The on-screen keyboard shows under the pages where something is typed."""
        return bool(getattr(self.pages.currentWidget(), "wants_keyboard", False))

    def show_page(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()
        self.page_changed.emit()

    def retranslate(self) -> None:
        """Built anew on every entry, in the language in force: nothing to retranslate."""
