"""Face check: the resident looks at the camera; the face is compared with the document photo.

A view over kiosk.flows.face_check.FaceCheck: the controller says when a try is running and
what it found; the screen shows the live picture, the result in plain words, "try again" while
tries are left, and how the identity was established.
"""

from __future__ import annotations

from kiosk.flows.face_check import OUTCOME_TEXT, TRIES_USED, FaceCheck, FaceOutcome
from kiosk.flows.identity import METHOD_TEXT, Identity
from kiosk.qt import (
    QBoxLayout,
    QCoreApplication,
    QResizeEvent,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from kiosk.screens.base import Screen, styled_button, styled_label
from kiosk.screens.footer import footer_buttons
from kiosk.screens.preview import CameraPreview


class FaceCheckScreen(Screen):
    check_requested = Signal()
    continue_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None, remote: bool = False) -> None:
        super().__init__(parent)
        self.remote = remote  # the TV: texts name the remote's keys, never a touch
        self.check: FaceCheck | None = None
        self.identity: Identity | None = None
        self.busy = False
        self.title = styled_label("title")
        self.hint = styled_label("lead")
        self.preview = CameraPreview(480, 360)
        self.privacy = styled_label("hint")
        self.privacy.setObjectName("FacePrivacy")
        self.result = styled_label("lead")
        self.result.setObjectName("FaceResult")
        self.method = styled_label("success")
        self.method.setObjectName("FaceMethod")
        self.check_button = styled_button("choice")
        self.check_button.setObjectName("FaceCheckButton")
        self.check_button.clicked.connect(self.check_requested)
        side = QVBoxLayout()
        side.setSpacing(20)
        side.addWidget(self.result)
        side.addWidget(self.method)
        side.addWidget(self.check_button)
        side.addStretch(1)
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.row.setSpacing(32)
        self.row.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignHCenter)
        self.row.addLayout(side, 1)
        footer, self.back_button, go = footer_buttons("FaceBack", "FaceContinue")
        assert go is not None
        self.continue_button = go
        self.continue_button.clicked.connect(self.continue_requested)
        self.back_button.clicked.connect(self.back_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 24)
        layout.setSpacing(16)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addLayout(self.row, 1)
        layout.addWidget(self.privacy)
        layout.addLayout(footer)
        self.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.preview.fit(self.row, self.width(), self.height())
        super().resizeEvent(event)

    def arrange_for_writing(self) -> None:
        self.preview.fit(self.row, self.width(), self.height())

    def show_check(self, check: FaceCheck | None, identity: Identity | None) -> None:
        self.check = check
        self.identity = identity
        self.busy = False
        if check is None:
            self.preview.clear()
        self.retranslate()

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.retranslate()

    def spoken_text(self) -> str:
        return "\n".join(t for t in (self.hint.text(), self.result.text()) if t)

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        check = self.check
        self.title.setText(translate("FaceCheck", "Face check"))
        source = check.source if check is not None else "card"
        if source == "card":
            hint = translate(
                "FaceCheck",
                "Look at the camera above the screen. We compare your face with the photo "
                "on your ID card.",
            )
        else:
            hint = translate(
                "FaceCheck",
                "Look at the camera above the screen. We compare your face with the photo "
                "in your passport.",
            )
        self.hint.setText(hint)
        # A face is sensitive personal information (PIPL art. 28-29): the resident chooses.
        self.privacy.setText(
            translate(
                "FaceCheck",
                "The face check is your choice. The camera picture is compared on this terminal "
                "only and is not kept or sent.",
            )
        )
        if self.busy:
            result = translate("FaceCheck", "Checking, please keep looking at the camera…")
        elif (check is None or check.outcome is None) and self.remote:
            result = translate(
                "FaceCheck", "When you are ready, go to “Check my face” and press OK."
            )
        elif check is None or check.outcome is None:
            result = translate("FaceCheck", "When you are ready, touch “Check my face”.")
        elif not check.can_try and check.outcome in (FaceOutcome.NO_MATCH, FaceOutcome.NO_FACE):
            result = translate("FaceCheck", TRIES_USED)
        else:
            result = translate("FaceCheck", OUTCOME_TEXT[check.outcome])
        self.result.setText(result)
        failed = check is not None and check.outcome not in (None, FaceOutcome.MATCH)
        self.result.setProperty("state", "error" if failed and not self.busy else "")
        self.result.style().unpolish(self.result)
        self.result.style().polish(self.result)
        if self.identity is not None:
            how = translate("Identify", METHOD_TEXT[self.identity.method])
            self.method.setText(
                translate("FaceCheck", "How we know it is you: %1").replace("%1", how)
            )
        self.method.setVisible(self.identity is not None)
        first = check is None or check.attempts == 0
        self.check_button.setText(
            translate("FaceCheck", "Check my face")
            if first
            else translate("FaceCheck", "Try again")
        )
        self.check_button.setVisible(check is not None and check.can_try)
        self.check_button.setEnabled(not self.busy)
        matched = check is not None and check.matched
        self.continue_button.setText(
            translate("FaceCheck", "Continue")
            if matched
            else translate("FaceCheck", "Continue without face check")
        )
        self.continue_button.setEnabled(not self.busy)
        self.back_button.setText(translate("FaceCheck", "Back"))
