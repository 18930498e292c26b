"""After the call: how was it, one to five faces, sent as the call's rating; or skip."""

from __future__ import annotations

from kiosk.flows.feedback import FACES
from kiosk.qt import (
    QCoreApplication,
    QHBoxLayout,
    QSize,
    QSizePolicy,
    Qt,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from kiosk.screens.base import Screen, styled_button, styled_label
from kiosk.screens.face import face_icon

translate = QCoreApplication.translate


class SessionRatingScreen(Screen):
    rated = Signal(int)
    skipped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = styled_label("title")
        self.hint = styled_label("hint")
        self.faces: dict[int, QToolButton] = {}
        row = QHBoxLayout()
        row.setSpacing(16)
        for score, _word in FACES:
            button = QToolButton()
            button.setProperty("role", "face")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setObjectName(f"call_face_{score}")
            button.setIcon(face_icon(score))
            button.setIconSize(QSize(72, 72))
            button.setMinimumSize(120, 160)
            button.clicked.connect(lambda _=False, s=score: self.rated.emit(s))
            row.addWidget(button)
            self.faces[score] = button
        self.skip_button = styled_button("back")
        self.skip_button.setObjectName("SessionRatingSkip")
        self.skip_button.clicked.connect(self.skipped)
        footer = QHBoxLayout()
        footer.addWidget(self.skip_button)
        footer.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 24)
        layout.setSpacing(24)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addLayout(row)
        layout.addStretch(1)
        layout.addLayout(footer)
        self.retranslate()

    def spoken_text(self) -> str:
        return self.title.text() + "\n" + self.hint.text()

    def retranslate(self) -> None:
        self.title.setText(translate("Session", "How was your video call?"))
        self.hint.setText(
            translate("Session", "Touch a face. Your answer helps the service centre.")
        )
        for score, word in FACES:
            self.faces[score].setText(translate("Rating", word))
            self.faces[score].setAccessibleName(translate("Rating", word))
        self.skip_button.setText(translate("Session", "Skip"))
