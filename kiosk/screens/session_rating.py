"""After the call: how was it, one to five faces, sent as the call's rating; or skip."""

from __future__ import annotations

from kiosk.flows.feedback import FACES
from kiosk.qt import (
    QCoreApplication,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
    Signal,
)
from kiosk.screens.base import Screen, styled_button, styled_label
from kiosk.screens.face_row import face_row

translate = QCoreApplication.translate


class SessionRatingScreen(Screen):
    rated = Signal(int)
    skipped = Signal()

    def __init__(self, parent: QWidget | None = None, remote: bool = False) -> None:
        super().__init__(parent)
        self.remote = remote  # the TV: texts name the remote's keys, never a touch
        self.title = styled_label("title")
        self.hint = styled_label("hint")
        row, self.faces = face_row("call_face_", self.rated.emit, icon_px=72, min_height=160)
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
        if self.remote:
            hint = translate(
                "Session",
                "Choose a face with the arrow keys and press OK. "
                "Your answer helps the service centre.",
            )
        else:
            hint = translate("Session", "Touch a face. Your answer helps the service centre.")
        self.hint.setText(hint)
        for score, word in FACES:
            self.faces[score].setText(translate("Rating", word))
            self.faces[score].setAccessibleName(translate("Rating", word))
        self.skip_button.setText(translate("Session", "Skip"))
