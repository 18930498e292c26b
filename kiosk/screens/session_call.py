"""The call: the staff member's picture large, the resident's own small, who is speaking
(name and role), the staff's typed words in large letters for residents who cannot hear well,
louder/quieter, and one button to end. A plain line says when the connection drops and while
it comes back; when the call cannot go on, it says so and offers one way forward.

The resident's own picture sits in a corner of the staff member's (picture in picture) and the
typed words under the picture, so the column beside it holds only who is speaking and the
buttons: in the elders' mode that column fits the robot's 1280x800 tablet beside the picture
(stacked under the self view it made the screen 895 px high)."""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from kiosk.controllers.session_view import CallView, Phase
from kiosk.qt import (
    QBoxLayout,
    QCoreApplication,
    QEvent,
    QHBoxLayout,
    QImage,
    QLabel,
    QObject,
    QResizeEvent,
    QSizePolicy,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from kiosk.screens.base import Screen, styled_button, styled_label
from kiosk.screens.video_label import paint, video_label
from kiosk.screens.writing_mode import is_vertical_lr

translate = QCoreApplication.translate
VOLUME_STEP = 20
SELF_VIEW = (200, 150)  # the resident's own picture, in the big picture's corner
SELF_VIEW_INSET = 12
_TURNED = {
    QBoxLayout.Direction.TopToBottom: QBoxLayout.Direction.LeftToRight,
    QBoxLayout.Direction.LeftToRight: QBoxLayout.Direction.TopToBottom,
}


def role_text(role: str) -> str:
    names = {
        "notary": translate("Session", "Notary"),
        "lawyer": translate("Session", "Lawyer"),
        "clerk": translate("Session", "Legal aid clerk"),
    }
    return names.get(role, role)


class SessionCallScreen(Screen):
    end_requested = Signal()
    finish_requested = Signal()  # after the call could not go on: to the rating
    volume_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: CallView | None = None
        self.volume = 60
        self.last_remote: QImage | None = None  # what the big picture shows now
        self.remote = video_label("SessionRemoteVideo", (400, 300))
        self.own = video_label("SessionSelfView", SELF_VIEW)
        self.own.setParent(self.remote)  # placed in the corner by eventFilter, not a layout
        self.own.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.own.setFixedSize(*SELF_VIEW)
        self.own.setStyleSheet("background: #1f2a33; border: 3px solid #ffffff;")
        self.remote.installEventFilter(self)
        self.banner = styled_label("lead")
        self.banner.setObjectName("SessionCallBanner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setStyleSheet("background: #fff4d6; padding: 10px;")
        self.staff_name = styled_label("title")
        self.staff_name.setObjectName("SessionStaffName")
        self.staff_role = styled_label("body")
        self.staff_role.setObjectName("SessionStaffRole")
        self.caption = QLabel()
        self.caption.setObjectName("SessionCaption")
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setMinimumHeight(90)
        self.caption.setStyleSheet(
            "font-size: 40px; font-weight: bold; background: #ffffff; padding: 12px;"
        )
        self.recording = QLabel()  # the resident sees that the call is recorded
        self.recording.setObjectName("SessionRecording")
        self.recording.setWordWrap(True)
        self.recording.setStyleSheet(
            "color: #ffffff; background: #b3261e; font-size: 22px; font-weight: bold;"
            " padding: 6px 10px; border-radius: 6px;"
        )
        self.recording.setVisible(False)
        self.volume_label = styled_label("body")
        self.volume_label.setObjectName("SessionVolumeLevel")
        self.quieter = styled_button("choice")
        self.quieter.setObjectName("SessionQuieter")
        self.quieter.clicked.connect(lambda: self._step_volume(-VOLUME_STEP))
        self.louder = styled_button("choice")
        self.louder.setObjectName("SessionLouder")
        self.louder.clicked.connect(lambda: self._step_volume(VOLUME_STEP))
        self.end_button = styled_button("back")
        self.end_button.setObjectName("SessionEnd")
        self.end_button.clicked.connect(self.end_requested)
        self.finish_button = styled_button("primary")
        self.finish_button.setObjectName("SessionCallFinish")
        self.finish_button.clicked.connect(self.finish_requested)
        self._build()
        self.retranslate()

    def _build(self) -> None:
        volume = QHBoxLayout()
        volume.addWidget(self.quieter)
        volume.addWidget(self.louder)
        who = QVBoxLayout()
        who.setSpacing(8)
        who.addWidget(self.staff_name)
        who.addWidget(self.staff_role)
        who.addWidget(self.recording)
        who.addStretch(1)
        controls = QVBoxLayout()
        controls.setSpacing(8)
        controls.addStretch(1)
        controls.addWidget(self.volume_label)
        controls.addLayout(volume)
        controls.addWidget(self.end_button)
        controls.addWidget(self.finish_button)
        self._side = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self._side.setSpacing(12)
        self._side.addLayout(who)
        self._side.addLayout(controls)
        self._pictures = QVBoxLayout()
        self._pictures.setSpacing(12)
        self._pictures.addWidget(self.remote, 1)
        self._pictures.addWidget(self.caption)
        self._body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._body.setSpacing(16)
        self._body.addLayout(self._pictures, 1)
        self._body.addLayout(self._side)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.banner)
        layout.addLayout(self._body, 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keep the self view in the big picture's lower right corner."""
        if watched is self.remote and event.type() == QEvent.Type.Resize:
            inset = SELF_VIEW_INSET
            self.own.move(
                self.remote.width() - self.own.width() - inset,
                self.remote.height() - self.own.height() - inset,
            )
            self.own.raise_()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Upright screens (the kiosk profile) put the picture on top, the rest below it. In
        vertical (Mongolian) writing the layouts are transposed (kiosk.screens.writing_mode),
        and so is this choice."""
        upright = event.size().height() > event.size().width()
        body = QBoxLayout.Direction.TopToBottom if upright else QBoxLayout.Direction.LeftToRight
        side = QBoxLayout.Direction.LeftToRight if upright else QBoxLayout.Direction.TopToBottom
        if is_vertical_lr(self._body):
            body, side = _TURNED[body], _TURNED[side]
        self._body.setDirection(body)
        self._side.setDirection(side)
        super().resizeEvent(event)
        if self.last_remote is not None:
            paint(self.remote, self.last_remote)

    def show_view(self, view: CallView | None) -> None:
        self.view = view
        if view is None:
            self.clear_pictures()
        self.retranslate()

    def clear_pictures(self) -> None:
        self.last_remote = None
        self.remote.clear()
        self.own.clear()

    def show_remote(self, image: QImage) -> None:
        """The newest decoded frame from the staff member (UI thread)."""
        self.last_remote = image
        paint(self.remote, image)

    def show_own(self, image: QImage) -> None:
        paint(self.own, image)

    def last_remote_pixels(self) -> NDArray[np.uint8] | None:
        """The big picture's frame as RGB pixels (for tests and a browser harness)."""
        image = self.last_remote
        if image is None:
            return None
        rgb = image.convertToFormat(QImage.Format.Format_RGB888)
        width, height, stride = rgb.width(), rgb.height(), rgb.bytesPerLine()
        raw = np.frombuffer(rgb.constBits(), dtype=np.uint8, count=stride * height)
        return raw.reshape(height, stride)[:, : width * 3].reshape(height, width, 3).copy()

    def _step_volume(self, step: int) -> None:
        self.volume = max(0, min(100, self.volume + step))
        self.volume_changed.emit(self.volume)
        self.retranslate()

    def spoken_text(self) -> str:
        return "\n".join(t for t in (self.banner.text(), self.staff_name.text()) if t)

    def retranslate(self) -> None:
        view = self.view
        phase = view.phase if view is not None else Phase.CONNECTING
        banner = {
            Phase.CONNECTING: translate("Session", "Connecting the call…"),
            Phase.INTERRUPTED: translate(
                "Session", "The connection dropped. Please stay here: we are bringing it back."
            ),
            Phase.RECONNECTING: translate("Session", "Reconnecting… please wait."),
            Phase.HANDING_OVER: translate(
                "Session", "A colleague will take over your call. Please wait here."
            ),
            Phase.FAILED: translate(
                "Session",
                "The call could not go on. We are sorry. The staff member can call you back.",
            ),
            Phase.OFFLINE: translate(
                "Session",
                "The call could not go on. We are sorry. The staff member can call you back.",
            ),
            Phase.ENDED: translate("Session", "The call has ended. Thank you."),
        }.get(phase, "")
        self.banner.setText(banner)
        self.banner.setVisible(bool(banner))
        self.staff_name.setText(view.staff_name if view is not None else "")
        self.staff_role.setText(role_text(view.staff_role) if view is not None else "")
        caption = view.caption if view is not None else ""
        self.caption.setText(caption)
        self.caption.setVisible(bool(caption))
        self.recording.setText(translate("Session", "● Recording: this call is being recorded"))
        self.recording.setVisible(view is not None and view.recording and not phase.over)
        self.volume_label.setText(
            translate("Session", "Volume: %1%").replace("%1", str(self.volume))
        )
        self.quieter.setText(translate("Session", "Quieter"))
        self.louder.setText(translate("Session", "Louder"))
        self.quieter.setEnabled(self.volume > 0)
        self.louder.setEnabled(self.volume < 100)
        stopped = phase in (Phase.FAILED, Phase.OFFLINE, Phase.ENDED)
        self.end_button.setText(translate("Session", "End the call"))
        self.end_button.setVisible(not stopped)
        self.finish_button.setText(translate("Session", "Continue"))
        self.finish_button.setVisible(stopped)
