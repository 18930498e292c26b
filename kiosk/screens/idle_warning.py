"""The idle warning: a countdown over the current screen, with "continue" and "finish now"; a
full screen of its own in the elders' mode (no pop-ups there)."""

from __future__ import annotations

from kiosk.qt import QCoreApplication, QEvent, QFrame, QLabel, Qt, QVBoxLayout, QWidget, Signal
from kiosk.screens.base import styled_button, styled_label


class IdleWarning(QFrame):
    continue_requested = Signal()
    finish_requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("IdleWarning")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.seconds_left = 0
        self.can_extend = True
        card = QFrame(self)
        card.setObjectName("IdleCard")
        self.question = styled_label("title", card)
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown = QLabel(card)
        self.countdown.setObjectName("IdleCountdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explain = styled_label("body", card)
        self.explain.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.continue_button = styled_button("primary", card)
        self.continue_button.setObjectName("ContinueButton")
        self.continue_button.clicked.connect(self.continue_requested)
        self.finish_button = styled_button("back", card)
        self.finish_button.setObjectName("FinishNowButton")
        self.finish_button.clicked.connect(self.finish_requested)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(48, 40, 48, 40)
        inner.setSpacing(20)
        for widget in (self.question, self.countdown, self.explain):
            inner.addWidget(widget)
        inner.addWidget(self.continue_button)
        inner.addWidget(self.finish_button)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        card.setMinimumWidth(560)
        self.hide()
        self.retranslate()

    def set_full_screen(self, on: bool) -> None:
        """The elders' mode: the warning is a whole screen, not a card over the last one."""
        self.setProperty("full", "true" if on else "false")
        self.style().unpolish(self)
        self.style().polish(self)

    def show_countdown(self, seconds_left: int, can_extend: bool) -> None:
        self.seconds_left = seconds_left
        self.can_extend = can_extend
        self.continue_button.setVisible(can_extend)
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.retranslate()
        if not self.isVisible():
            self.show()
            self.raise_()

    def retranslate(self) -> None:
        self.question.setText(QCoreApplication.translate("Idle", "Are you still there?"))
        self.countdown.setText(str(self.seconds_left))
        self.explain.setText(
            QCoreApplication.translate(
                "Idle", "To protect your privacy, your information will be cleared in %1 seconds."
            ).replace("%1", str(self.seconds_left))
        )
        self.continue_button.setText(QCoreApplication.translate("Idle", "Continue"))
        self.finish_button.setText(QCoreApplication.translate("Idle", "Finish now"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
