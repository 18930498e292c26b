"""Rate the service at the end of a journey: five faces and an optional comment."""

from __future__ import annotations

from kiosk.flows.feedback import FACES
from kiosk.qt import (
    QCoreApplication,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    Signal,
)
from kiosk.screens.base import Screen, styled_button, styled_label
from kiosk.screens.face_row import face_row


class RatingScreen(Screen):
    wants_keyboard = True
    rated = Signal(int, str)  # score 1-5, comment
    skipped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.score = 0
        self.title = styled_label("title")
        row, self.faces = face_row(
            "face_", self._choose, icon_px=64, min_height=150, checkable=True
        )
        self.comment_label = styled_label("body")
        self.comment = QLineEdit()
        self.comment.setObjectName("RatingComment")
        self.comment.setMaxLength(200)
        self.skip_button = styled_button("back")
        self.skip_button.setObjectName("RatingSkip")
        self.skip_button.clicked.connect(self.skipped)
        self.send_button = styled_button("primary")
        self.send_button.setObjectName("RatingSend")
        self.send_button.setMinimumWidth(280)
        self.send_button.clicked.connect(lambda: self.rated.emit(self.score, self.comment.text()))
        footer = QHBoxLayout()
        footer.addWidget(self.skip_button)
        footer.addStretch(1)
        footer.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 16)
        layout.setSpacing(14)
        layout.addWidget(self.title)
        layout.addLayout(row)
        layout.addWidget(self.comment_label)
        layout.addWidget(self.comment)
        layout.addStretch(1)
        layout.addLayout(footer)
        self.reset()

    def reset(self) -> None:
        self.score = 0
        self.comment.clear()
        self.retranslate()

    def _choose(self, score: int) -> None:
        self.score = score
        self.retranslate()

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.title.setText(translate("Rating", "How was our service today?"))
        for score, word in FACES:
            button = self.faces[score]
            button.setText(translate("Rating", word))
            button.setChecked(score == self.score)
            button.setAccessibleName(translate("Rating", word))
        self.comment_label.setText(translate("Rating", "Anything to add? (optional)"))
        self.skip_button.setText(translate("Rating", "Skip"))
        self.send_button.setText(translate("Rating", "Send my rating"))
        self.send_button.setEnabled(self.score > 0)
