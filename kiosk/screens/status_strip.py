"""The strip along the bottom: link to the central service, device health, language choice."""

from __future__ import annotations

from devices.xfs import DeviceFamily, DeviceStatus
from kiosk.flows import QT_TRANSLATE_NOOP
from kiosk.flows.connectivity import Link
from kiosk.qt import (
    QCoreApplication,
    QEvent,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
    Signal,
)
from kiosk.screens.base import styled_button
from kiosk.screens.script_text import ScriptLabel
from kiosk.screens.writing_mode import KEEP_UPRIGHT

# Endonyms: each language is named in itself, the same whatever the current language.
ENDONYMS = {"zh": "中文", "en": "English", "mn": "ᠮᠣᠩᠭᠣᠯ"}

LINK_TEXT = {
    Link.CONNECTING: QT_TRANSLATE_NOOP("Status", "Connecting to the service centre…"),
    Link.CONNECTED: QT_TRANSLATE_NOOP("Status", "Connected to the service centre"),
    Link.OFFLINE: QT_TRANSLATE_NOOP(
        "Status", "Service centre unreachable: what you submit is kept and sent later"
    ),
    Link.NOT_ENROLLED: QT_TRANSLATE_NOOP("Status", "Terminal not enrolled: call a technician"),
    Link.REJECTED: QT_TRANSLATE_NOOP("Status", "Terminal not accepted: call a technician"),
}

FAMILY_TEXT = {
    DeviceFamily.CAMERA: QT_TRANSLATE_NOOP("Status", "Camera"),
    DeviceFamily.ID_READER: QT_TRANSLATE_NOOP("Status", "ID card reader"),
    DeviceFamily.SCANNER: QT_TRANSLATE_NOOP("Status", "Document scanner"),
    DeviceFamily.PRINTER: QT_TRANSLATE_NOOP("Status", "Printer"),
    DeviceFamily.SPEECH: QT_TRANSLATE_NOOP("Status", "Voice"),
    DeviceFamily.SPEAKER: QT_TRANSLATE_NOOP("Status", "Loudspeaker"),
    DeviceFamily.MICROPHONE: QT_TRANSLATE_NOOP("Status", "Microphone"),
}


class StatusStrip(QFrame):
    """Along the bottom of every screen: the link, the devices, and the resident's controls
    (say it again, large text, high contrast, language)."""

    language_chosen = Signal(str)
    repeat_requested = Signal()
    large_text_chosen = Signal(bool)
    high_contrast_chosen = Signal(bool)

    def __init__(self, languages: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StatusStrip")
        self.link = Link.CONNECTING
        self.statuses: dict[DeviceFamily, DeviceStatus] = {}
        self.link_label = ScriptLabel(self)
        self.link_label.setObjectName("LinkLabel")
        self.devices_label = ScriptLabel(self)
        self.devices_label.setObjectName("DevicesLabel")
        self.waiting = 0
        self.outbox_label = ScriptLabel(self)
        self.outbox_label.setObjectName("OutboxLabel")
        self.outbox_label.hide()
        for label in (self.link_label, self.devices_label):
            label.setWordWrap(True)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.lang_buttons: dict[str, QPushButton] = {}
        # Two rows: what the terminal reports, then what the resident can change.
        rows = QVBoxLayout(self)
        # In Mongolian each row turns to a column: the two stay one above the other, so the
        # strip is one column wide on the right, not two.
        rows.setProperty(KEEP_UPRIGHT, True)
        rows.setContentsMargins(24, 10, 24, 10)
        rows.setSpacing(8)
        layout = QHBoxLayout()
        controls = QHBoxLayout()
        rows.addLayout(layout)
        rows.addLayout(controls)
        layout.addWidget(self.link_label, 2)
        layout.addSpacing(24)
        layout.addWidget(self.devices_label, 1)
        layout.addWidget(self.outbox_label)
        self.repeat_button = self._access_button("RepeatButton")
        self.repeat_button.clicked.connect(lambda _=False: self.repeat_requested.emit())
        # Switches shown by an "on" property, not Qt's checked state: a label written in a
        # Mongolian column is painted by ScriptButton, which takes a property's colours but
        # not the :checked state's (checked, it drew yellow on yellow in high contrast).
        self.large_text_button = self._access_button("LargeTextButton")
        self.large_text_button.clicked.connect(
            lambda _=False: self.large_text_chosen.emit(not self.is_on(self.large_text_button))
        )
        self.contrast_button = self._access_button("HighContrastButton")
        self.contrast_button.clicked.connect(
            lambda _=False: self.high_contrast_chosen.emit(not self.is_on(self.contrast_button))
        )
        for button in (self.repeat_button, self.large_text_button, self.contrast_button):
            controls.addWidget(button)
        controls.addStretch(1)
        for lang in languages:
            button = styled_button("lang", self)
            button.setObjectName(f"lang_{lang}")
            button.setText(ENDONYMS[lang])
            button.clicked.connect(lambda _=False, code=lang: self.language_chosen.emit(code))
            controls.addWidget(button)
            self.lang_buttons[lang] = button
        self.retranslate()

    def _access_button(self, name: str) -> QPushButton:
        button = styled_button("access", self)
        button.setObjectName(name)
        button.setProperty("on", "false")
        return button

    @staticmethod
    def is_on(button: QPushButton) -> bool:
        return bool(button.property("on") == "true")

    def show_look(self, large_text: bool, high_contrast: bool) -> None:
        """The switches show the look in force (reset for the next resident)."""
        for button, on in (
            (self.large_text_button, large_text),
            (self.contrast_button, high_contrast),
        ):
            button.setProperty("on", "true" if on else "false")
            self._restyle(button)

    def set_waiting(self, pending: int) -> None:
        """How many submissions wait to reach the service centre (kept safe meanwhile)."""
        self.waiting = pending
        self.outbox_label.setVisible(pending > 0)
        self.retranslate()

    def set_link(self, link: Link) -> None:
        self.link = link
        self.link_label.setProperty("link", link.value)
        self._restyle(self.link_label)
        self.retranslate()

    def set_devices(self, statuses: dict[DeviceFamily, DeviceStatus]) -> None:
        self.statuses = dict(statuses)
        faulty = [f for f, s in statuses.items() if s is not DeviceStatus.ONLINE]
        self.devices_label.setProperty("device", "fault" if faulty else "ok")
        self._restyle(self.devices_label)
        self.retranslate()

    def set_current_language(self, lang: str) -> None:
        for code, button in self.lang_buttons.items():
            button.setProperty("current", "true" if code == lang else "false")
            self._restyle(button)

    @staticmethod
    def _restyle(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    def retranslate(self) -> None:
        self.link_label.setText("● " + QCoreApplication.translate("Status", LINK_TEXT[self.link]))
        faulty = [f for f, s in self.statuses.items() if s is not DeviceStatus.ONLINE]
        if not faulty:
            text = QCoreApplication.translate("Status", "All devices ready")
        else:
            names = "、".join(QCoreApplication.translate("Status", FAMILY_TEXT[f]) for f in faulty)
            text = QCoreApplication.translate("Status", "Not available: %1").replace("%1", names)
        self.devices_label.setText(text)
        self.repeat_button.setText(QCoreApplication.translate("Status", "Say it again"))
        self.large_text_button.setText(QCoreApplication.translate("Status", "Large text"))
        self.contrast_button.setText(QCoreApplication.translate("Status", "High contrast"))
        layout = self.layout()
        if layout is not None:  # the switches' labels change width with the language: now
            layout.activate()
        self.outbox_label.setText(
            QCoreApplication.translate("Status", "%1 submission(s) waiting to be sent").replace(
                "%1", str(self.waiting)
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
