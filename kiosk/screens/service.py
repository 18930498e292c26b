"""The page of one service. Services not yet built on this terminal say so and point to 12348."""

from __future__ import annotations

from kiosk.flows.services import service_by_id
from kiosk.qt import QCoreApplication, QHBoxLayout, QVBoxLayout, QWidget, Signal
from kiosk.screens.base import Screen, styled_button, styled_label


class ServiceScreen(Screen):
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service_id = "consultation"
        self.title = styled_label("title")
        self.subtitle = styled_label("hint")
        self.message = styled_label("body")
        self.help = styled_label("body")
        self.back_button = styled_button("back")
        self.back_button.setObjectName("BackButton")
        self.back_button.clicked.connect(self.back_requested)

        footer = QHBoxLayout()
        footer.addWidget(self.back_button)
        footer.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 24)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(32)
        layout.addWidget(self.message)
        layout.addSpacing(16)
        layout.addWidget(self.help)
        layout.addStretch(1)
        layout.addLayout(footer)
        self.retranslate()

    def show_service(self, service_id: str) -> None:
        self.service_id = service_id
        self.retranslate()

    def retranslate(self) -> None:
        service = service_by_id(self.service_id)
        self.title.setText(QCoreApplication.translate("Services", service.title))
        self.subtitle.setText(QCoreApplication.translate("Services", service.subtitle))
        self.message.setText(
            QCoreApplication.translate(
                "Service", "This service is not yet available on this terminal."
            )
        )
        self.help.setText(
            QCoreApplication.translate(
                "Service", "For help now, call the 12348 public legal service hotline."
            )
        )
        self.back_button.setText(QCoreApplication.translate("Service", "Back"))
