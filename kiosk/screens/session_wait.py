"""The waiting room: the place in the queue and the estimated wait, live; leave, or ask for a
call-back instead. When nobody can take the call (or the offices are closed) it says so
plainly, with the hours, and offers a call-back or an appointment instead of a wait that never
ends."""

from __future__ import annotations

from kiosk.controllers.session_view import CallView, Phase
from kiosk.qt import QCoreApplication, QHBoxLayout, Qt, QVBoxLayout, QWidget, Signal
from kiosk.screens.base import Screen, styled_button, styled_label

translate = QCoreApplication.translate


def wait_text(wait_s: int | None) -> str:
    if wait_s is None:
        return translate("Session", "We cannot estimate the wait yet.")
    minutes = (wait_s + 59) // 60
    if minutes <= 1:
        return translate("Session", "Estimated wait: about one minute.")
    return translate("Session", "Estimated wait: about %1 minutes.").replace("%1", str(minutes))


class SessionWaitScreen(Screen):
    leave_requested = Signal()
    callback_requested = Signal()
    appointment_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: CallView | None = None
        self.title = styled_label("title")
        self.title.setObjectName("SessionWaitTitle")
        self.position = styled_label("hero")
        self.position.setObjectName("SessionPosition")
        self.position.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.wait = styled_label("lead")
        self.wait.setObjectName("SessionWait")
        self.wait.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = styled_label("lead")
        self.message.setObjectName("SessionMessage")
        self.note = styled_label("hint")
        self.callback_button = styled_button("choice")
        self.callback_button.setObjectName("SessionCallback")
        self.callback_button.clicked.connect(self.callback_requested)
        self.appointment_button = styled_button("choice")
        self.appointment_button.setObjectName("SessionAppointment")
        self.appointment_button.clicked.connect(self.appointment_requested)
        self.leave_button = styled_button("back")
        self.leave_button.setObjectName("SessionLeave")
        self.leave_button.clicked.connect(self.leave_requested)
        offers = QHBoxLayout()
        offers.setSpacing(16)
        offers.addWidget(self.callback_button)
        offers.addWidget(self.appointment_button)
        footer = QHBoxLayout()
        footer.addWidget(self.leave_button)
        footer.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 24)
        layout.setSpacing(20)
        layout.addWidget(self.title)
        layout.addStretch(1)
        layout.addWidget(self.position)
        layout.addWidget(self.wait)
        layout.addWidget(self.message)
        layout.addWidget(self.note)
        layout.addStretch(2)
        layout.addLayout(offers)
        layout.addLayout(footer)
        self.retranslate()

    def show_view(self, view: CallView | None) -> None:
        self.view = view
        self.retranslate()

    def spoken_text(self) -> str:
        parts = [self.title.text()]
        if self.view is not None and self.view.phase is Phase.UNAVAILABLE:
            parts.append(self.message.text())
        else:
            parts += [self.position.text(), self.wait.text(), self.note.text()]
        return "\n".join(p for p in parts if p)

    def retranslate(self) -> None:
        view = self.view
        phase = view.phase if view is not None else Phase.ASKING
        closed = phase in (Phase.UNAVAILABLE, Phase.OFFLINE, Phase.FAILED)
        if phase is Phase.UNAVAILABLE:
            self.title.setText(translate("Session", "Nobody can take your call now"))
            self.message.setText(view.message if view is not None else "")
        elif phase in (Phase.OFFLINE, Phase.FAILED):
            self.title.setText(translate("Session", "The video call cannot be started"))
            self.message.setText(
                translate(
                    "Session",
                    "This terminal cannot reach the service centre right now. We can call "
                    "you back, or you can book an appointment.",
                )
            )
        elif phase is Phase.ASKING:
            self.title.setText(translate("Session", "Asking for a video call…"))
            self.message.setText("")
        else:
            self.title.setText(
                translate("Session", "Please wait: a staff member will take your call")
            )
            self.message.setText("")
        position = view.position if view is not None else None
        queued = phase is Phase.QUEUED and position is not None
        self.position.setText(
            translate("Session", "You are number %1 in the queue.").replace("%1", str(position))
            if queued
            else ""
        )
        self.wait.setText(wait_text(view.wait_s if view is not None else None) if queued else "")
        if phase is Phase.CONNECTING:
            self.wait.setText(translate("Session", "A staff member is joining the call…"))
        self.note.setText(
            ""
            if closed
            else translate(
                "Session",
                "Stay near the screen: your place is kept while you wait, and the call opens "
                "here by itself. Rather not wait? Ask for a call-back.",
            )
        )
        self.position.setVisible(queued)
        self.message.setVisible(bool(self.message.text()))
        self.note.setVisible(bool(self.note.text()))
        self.callback_button.setText(translate("Session", "Call me back instead"))
        self.appointment_button.setText(translate("Session", "Book an appointment"))
        self.appointment_button.setVisible(closed)
        self.leave_button.setText(
            translate("Session", "Back") if closed else translate("Session", "Leave the queue")
        )
