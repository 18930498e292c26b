"""The attract screen: invites a touch when nobody is using the terminal, and lets the
resident start in their own language (each named in itself; Mongolian written vertically)."""

from __future__ import annotations

from kiosk.qt import (
    QCoreApplication,
    QHBoxLayout,
    QKeyEvent,
    QMouseEvent,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from kiosk.screens.base import Screen, styled_button, styled_label
from kiosk.screens.status_strip import ENDONYMS
from kiosk.screens.vertical import VerticalTextButton

# On the attract screen Mongolian says "Mongolian language", in its own script, top to bottom.
MONGOLIAN_CHOICE = "ᠮᠣᠩᠭᠣᠯ ᠬᠡᠯᠡ"


class AttractScreen(Screen):
    started = Signal()
    language_chosen = Signal(str)  # start the journey in this language

    def __init__(
        self,
        languages: list[str] | None = None,
        parent: QWidget | None = None,
        remote: bool = False,
    ) -> None:
        super().__init__(parent)
        self.remote = remote  # the TV: texts name the remote's keys, never a touch
        self.hero = styled_label("hero")
        self.hero.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subtitle = styled_label("hint")
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.start_button = styled_button("primary")
        self.start_button.setObjectName("StartButton")
        self.start_button.setMinimumSize(480, 120)
        self.start_button.clicked.connect(self.started)
        self.offer = styled_label("body")
        self.offer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.lang_buttons: dict[str, QPushButton] = {}
        choices = QHBoxLayout()
        choices.setSpacing(24)
        choices.addStretch(1)
        for lang in languages or []:
            button: QPushButton
            if lang == "mn":
                button = VerticalTextButton(MONGOLIAN_CHOICE)
                button.setProperty("role", "choice")
                button.setCursor(Qt.CursorShape.PointingHandCursor)
            else:
                button = styled_button("choice")
                button.setText(ENDONYMS[lang])
                button.setMinimumWidth(200)
            button.setObjectName(f"start_{lang}")
            button.clicked.connect(lambda _=False, code=lang: self.language_chosen.emit(code))
            choices.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
            self.lang_buttons[lang] = button
        choices.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 64, 64, 64)
        layout.addStretch(2)
        layout.addWidget(self.hero)
        layout.addSpacing(16)
        layout.addWidget(self.subtitle)
        layout.addStretch(1)
        layout.addWidget(self.offer)
        layout.addSpacing(32)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(40)
        layout.addLayout(choices)
        layout.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        self.hero.setText(QCoreApplication.translate("Attract", "Public Legal Services"))
        self.subtitle.setText(
            QCoreApplication.translate("Attract", "Legal help for everyone, any time")
        )
        self.offer.setText(
            QCoreApplication.translate(
                "Attract",
                "Legal questions, legal aid, documents, notarisation and mediation",
            )
        )
        if self.remote:
            start = QCoreApplication.translate("Attract", "Press OK to start")
        else:
            start = QCoreApplication.translate("Attract", "Touch here to start")
        self.start_button.setText(start)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.started.emit()
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
            Qt.Key.Key_Select,
            Qt.Key.Key_Space,
        ):
            self.started.emit()
            return
        super().keyPressEvent(event)
