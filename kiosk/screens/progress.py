"""Progress query: the tracking number (on-screen keyboard, or the receipt's QR code under the
scanner) and the last four of the ID number on the keypad; the status in large type."""

from __future__ import annotations

from datetime import tzinfo

from kiosk.flows import progress as flow
from kiosk.qt import QCoreApplication, QLineEdit, Qt, QVBoxLayout, QWidget, Signal
from kiosk.screens.base import Screen, styled_button, styled_label
from kiosk.screens.footer import footer_buttons
from kiosk.screens.keypad_entry import KeypadEntry
from kiosk.screens.scrolling import scrolling

translate = QCoreApplication.translate


class ProgressScreen(Screen):
    wants_keyboard = True
    query_requested = Signal(str, str)  # tracking number, last four
    scan_requested = Signal()
    hotline_requested = Signal()
    back_requested = Signal()
    done = Signal()

    def __init__(self, parent: QWidget | None = None, remote: bool = False) -> None:
        super().__init__(parent)
        # the TV: no scanner (kiosk.profiles), the number is typed with the remote's digits
        self.remote = remote
        self.answer: flow.Answer | None = None
        self.zone: tzinfo | None = None  # the service point's time zone (settings)
        self.busy = False
        self.scan_note = ""
        self.title = styled_label("title")
        self.tracking_label = styled_label("body")
        self.tracking_edit = QLineEdit()
        self.tracking_edit.setObjectName("ProgressTracking")
        self.tracking_edit.setMaxLength(40)  # the longest form (api_client.tracking) is 35
        self.tracking_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhLatinOnly
            | Qt.InputMethodHint.ImhUppercaseOnly
            | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.scan_button = styled_button("choice")
        self.scan_button.setObjectName("ProgressScan")
        self.scan_button.clicked.connect(self.scan_requested)
        if remote:
            self.scan_button.hide()
        row = KeypadEntry(
            "ProgressLast4",
            "ProgressQuery",
            max_length=4,
            with_x=True,
            label_style="body",
            spacing=10,
        )
        self.last4_label, self.last4_edit, self.keypad = row.label, row.edit, row.keypad
        self.query_button = row.button
        self.query_button.clicked.connect(self._query)
        self.status = styled_label("lead")
        self.status.setObjectName("ProgressStatus")
        self.steps = styled_label("body")
        self.steps.setObjectName("ProgressSteps")
        self.hotline_button = styled_button("choice")
        self.hotline_button.setObjectName("ProgressHotline")
        self.hotline_button.clicked.connect(self.hotline_requested)
        for edit in (self.tracking_edit, self.last4_edit):
            edit.textChanged.connect(self.retranslate)
        footer, self.back_button, go = footer_buttons("ProgressBack", "ProgressDone")
        assert go is not None
        self.done_button = go
        self.done_button.clicked.connect(self.done)
        self.back_button.clicked.connect(self.back_requested)
        layout = QVBoxLayout(self)
        # the TV's 1080 rows hold the keypad (the remote has no X) with tighter gaps
        layout.setContentsMargins(48, 12 if remote else 24, 48, 8 if remote else 16)
        layout.setSpacing(6 if remote else 12)
        layout.addWidget(self.title)
        layout.addWidget(self.tracking_label)
        layout.addWidget(self.tracking_edit)
        layout.addWidget(self.scan_button)
        layout.addLayout(row)
        result = QVBoxLayout()
        result.addWidget(self.status)
        result.addWidget(self.steps)
        result.addWidget(self.hotline_button)
        result.addStretch(1)
        layout.addWidget(scrolling(result), 1)
        layout.addLayout(footer)
        self.reset()

    def reset(self) -> None:
        self.answer = None
        self.busy = False
        self.scan_note = ""
        self.tracking_edit.clear()
        self.last4_edit.clear()
        self.retranslate()

    def set_scan_available(self, available: bool) -> None:
        self.scan_button.setVisible(available and not self.remote)

    def set_tracking(self, tracking: str) -> None:
        """A number read from the receipt's QR code."""
        self.scan_note = ""
        self.tracking_edit.setText(tracking)

    def show_scan_problem(self, text: str) -> None:
        self.scan_note = text
        self.retranslate()

    def _query(self) -> None:
        self.busy = True
        self.answer = None
        self.retranslate()
        self.query_requested.emit(self.tracking_edit.text(), self.last4_edit.text())

    def show_answer(self, answer: flow.Answer) -> None:
        self.busy = False
        self.answer = answer
        if answer.outcome is flow.Outcome.FOUND:
            self.last4_edit.clear()  # the second factor does not stay on screen
        self.retranslate()

    def spoken_text(self) -> str:
        return self.status.text()

    def retranslate(self) -> None:
        self.title.setText(translate("Progress", "How is my application going?"))
        self.tracking_label.setText(
            translate("Progress", "1. Your tracking number (on your receipt):")
        )
        self.tracking_edit.setPlaceholderText("DEV001-261129-00001-1")
        self.scan_button.setText(
            translate("Progress", "Or hold the receipt's QR code under the scanner")
        )
        self.last4_label.setText(
            translate("Progress", "2. The last four characters of your ID number:")
        )
        self.last4_edit.setPlaceholderText("1234")
        self.query_button.setText(
            translate("Progress", "Looking up…")
            if self.busy
            else translate("Progress", "Show progress")
        )
        ready = flow.tracking_ok(self.tracking_edit.text()) and flow.last4_ok(
            self.last4_edit.text()
        )
        self.query_button.setEnabled(ready and not self.busy)
        self._show_result()
        self.hotline_button.setText(translate("Progress", "Ask the 12348 hotline to call me back"))
        outcome = self.answer.outcome if self.answer is not None else None
        self.hotline_button.setVisible(outcome in (flow.Outcome.OFFLINE, flow.Outcome.FAILED))
        self.done_button.setText(translate("Progress", "Done"))
        self.back_button.setText(translate("Progress", "Back"))

    def _show_result(self) -> None:
        answer, text, steps, error = self.answer, "", "", False
        typed = self.tracking_edit.text()
        if self.scan_note:
            text, error = self.scan_note, True
        elif answer is None and flow.tracking_mistyped(typed):
            text, error = (
                translate("Progress", "Please check the tracking number: a character is wrong."),
                True,
            )
        elif answer is not None and answer.progress is not None:
            p = answer.progress
            kind = translate("Progress", flow.KIND_TEXT.get(p.kind, p.kind))
            text = (
                translate("Progress", "%1: %2. Handled by %3.")
                .replace("%1", kind)
                .replace("%2", p.status_text)
                .replace("%3", p.organisation)
            )
            steps = "\n".join(f"{s.at.astimezone(self.zone):%Y-%m-%d}  {s.text}" for s in p.steps)
        elif answer is not None:
            text, error = translate("Progress", flow.MESSAGES[answer.outcome]), True
        self.status.setText(text)
        self.status.setProperty("state", "error" if error else "")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setVisible(bool(text))
        self.steps.setText(steps)
        self.steps.setVisible(bool(steps))
