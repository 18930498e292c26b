"""Wires the resident journeys (consent, identify, legal aid, hotline, rating) to their screens
and to the devices: card reads, scans, speech and printing run as background tasks."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from config.settings import TerminalSettings
from devices.base import Device
from devices.idcard.port import IdCardData
from devices.idcard.wlt import decode_photo
from devices.manager import DeviceManager
from devices.scanner.port import ScanResult
from devices.speech.port import Speech
from devices.xfs import DeviceEvent, DeviceFamily, DeviceStatus, EventKind
from kiosk.face_controller import FaceController
from kiosk.flows import QT_TRANSLATE_NOOP
from kiosk.flows.feedback import submit_callback, submit_rating
from kiosk.flows.identity import Identity, from_card, from_mrz, from_typed
from kiosk.flows.idle import IdleGuard
from kiosk.flows.journey import (
    AID_DETAILS,
    AID_PHOTOS,
    AID_QUESTIONS,
    AID_RECEIPT,
    AID_REVIEW,
    CONSENT,
    FACE_CHECK,
    HOTLINE,
    IDENTIFY,
    RATING,
    TAKE_CARD,
    Journey,
)
from kiosk.photos_controller import PhotosController
from kiosk.qt import QCoreApplication
from kiosk.receipts import ReceiptPrinter, progress_url
from kiosk.screens.aid_details import AidDetailsScreen
from kiosk.screens.aid_questions import AidQuestionsScreen
from kiosk.screens.aid_receipt import PrintState
from kiosk.screens.aid_review import AidReviewScreen
from kiosk.tasks import Tasks
from kiosk.window import MainWindow

if TYPE_CHECKING:
    from api_client.outbox.store import OutboxStore

log = logging.getLogger(__name__)
F = DeviceFamily
CARD_READ_S = 5.0
SCAN_S = 20.0


READER_DOWN = QT_TRANSLATE_NOOP(
    "Devices",
    "The ID card reader is not working right now. You can type your ID number "
    "or scan your passport instead.",
)
CARD_UNREADABLE = QT_TRANSLATE_NOOP(
    "Devices",
    "The card could not be read. Take it off, place it again and hold it "
    "still, or type your ID number.",
)
HOLD_PASSPORT = QT_TRANSLATE_NOOP(
    "Devices",
    "Hold the photo page of your passport under the scanner…",
)
NOT_STORED = QT_TRANSLATE_NOOP(
    "Devices",
    "Your application could not be stored on this terminal. Nothing was sent. Please call "
    "12348 or try again later.",
)
PASSPORT_UNREADABLE = QT_TRANSLATE_NOOP(
    "Devices",
    "The passport could not be read. Try again with the photo page flat and "
    "still, or type your ID number.",
)


def _plain(text: str) -> str:
    """Messages are marked with QT_TRANSLATE_NOOP above, in context "Devices"."""
    return QCoreApplication.translate("Devices", text)


class JourneyController:
    """The screens of the journeys as views over `journey`; devices are reached through here."""

    def __init__(
        self,
        window: MainWindow,
        journey: Journey,
        devices: DeviceManager,
        settings: TerminalSettings,
        clock: Callable[[], float],
    ) -> None:
        self.window = window
        self.journey = journey
        self.devices = devices
        self.settings = settings
        self.clock = clock
        self.tasks = Tasks()
        self._outbox: OutboxStore | None = None
        self.face = FaceController(
            window.face_check, journey, devices, self.tasks, self.speak, clock
        )
        self.photos = PhotosController(window.aid_photos, journey, devices, self.tasks)
        self._connect()

    @property
    def idle(self) -> IdleGuard:
        return self.journey.idle

    def device(self, family: DeviceFamily) -> Device:
        return self.devices.devices[family]

    def online(self, family: DeviceFamily) -> bool:
        return self.device(family).status() is DeviceStatus.ONLINE

    def outbox(self) -> OutboxStore:
        """Opened on first use; a missing device key is a plain error the screen shows."""
        if self._outbox is None:
            from api_client.outbox.files import open_outbox  # SQLite and AES: not at start-up

            self._outbox = open_outbox(self.settings.data_dir, self.settings.terminal_id)
        return self._outbox

    def card_on_reader(self) -> bool:
        present = getattr(self.device(F.ID_READER), "card_present", None)
        return bool(present()) if callable(present) and self.online(F.ID_READER) else False

    def _connect(self) -> None:
        w, j = self.window, self.journey
        w.consent.agreed.connect(j.consent_given)
        w.consent.back_requested.connect(j.back)
        w.identify.back_requested.connect(j.back)
        w.identify.continue_requested.connect(j.next_step)
        w.identify.number_entered.connect(self._number_typed)
        w.identify.passport_requested.connect(self._scan_passport)
        w.identify.callback_requested.connect(j.ask_callback)
        for screen in (w.aid_questions, w.aid_details, w.aid_review):
            screen.back_requested.connect(j.back)
        w.aid_questions.next_requested.connect(j.next_step)
        w.aid_details.next_requested.connect(j.next_step)
        w.aid_review.submit_requested.connect(self.submit_legal_aid)
        w.aid_receipt.done.connect(j.finish)
        w.hotline.back_requested.connect(j.back)
        w.hotline.done.connect(j.finish)
        w.hotline.callback_requested.connect(self.request_callback)
        w.rating.rated.connect(self.rate)
        w.rating.skipped.connect(j.finish)
        j.ended.connect(lambda _reason: self.reset_screens())

    def reset_screens(self) -> None:
        """Nothing of the last resident stays in a widget."""
        w = self.window
        self.face.leave()
        self.photos.leave()
        w.identify.reset()
        w.face_check.show_check(None, None)
        w.aid_photos.show_form(None)
        for screen in (w.aid_questions, w.aid_details, w.aid_review):
            screen.show_form(None)
        w.aid_receipt.show_receipt("", PrintState.PRINTING)
        w.hotline.reset()
        w.rating.reset()

    def close(self) -> None:
        self.tasks.close()
        self.face.leave()
        self.photos.leave()
        if self._outbox is not None:
            self._outbox.close()
            self._outbox = None

    # --- screens -------------------------------------------------------------------------

    def show(self, screen_id: str) -> bool:
        """Show `screen_id` if it is a journey screen; False for screens the shell owns."""
        w = self.window
        if screen_id != FACE_CHECK:
            self.face.leave()
        if screen_id != AID_PHOTOS:
            self.photos.leave()
        if screen_id == CONSENT:
            w.stack.setCurrentWidget(w.consent)
            self.speak(w.consent.spoken_text())
        elif screen_id == IDENTIFY:
            w.stack.setCurrentWidget(w.identify)
            self._enter_identify()
        elif screen_id == FACE_CHECK:
            w.stack.setCurrentWidget(w.face_check)
            self.face.enter()
        elif screen_id in (AID_QUESTIONS, AID_DETAILS, AID_REVIEW):
            screens: dict[str, AidQuestionsScreen | AidDetailsScreen | AidReviewScreen] = {
                AID_QUESTIONS: w.aid_questions,
                AID_DETAILS: w.aid_details,
                AID_REVIEW: w.aid_review,
            }
            screens[screen_id].show_form(self.journey.legal_aid)
            w.stack.setCurrentWidget(screens[screen_id])
            if screen_id == AID_DETAILS:
                w.aid_details.description_edit.setFocus()
        elif screen_id == AID_PHOTOS:
            w.stack.setCurrentWidget(w.aid_photos)
            self.photos.enter()
        elif screen_id == AID_RECEIPT:
            w.stack.setCurrentWidget(w.aid_receipt)
        elif screen_id == HOTLINE:
            w.stack.setCurrentWidget(w.hotline)
            self.speak(w.hotline.spoken_text())
        elif screen_id == RATING:
            w.stack.setCurrentWidget(w.rating)
        elif screen_id == TAKE_CARD:
            w.stack.setCurrentWidget(w.take_card)
            self.speak(w.take_card.spoken_text())
        else:
            return False
        return True

    def speak(self, text: str, pause_idle: bool = True) -> None:
        """Read `text` aloud; the idle clock stands still while the voice speaks (except for
        the idle warning itself, whose countdown must go on)."""
        speech = self.device(F.SPEECH)
        if not isinstance(speech, Speech) or not self.online(F.SPEECH):
            return
        lang = self.journey.language
        if pause_idle:
            self.idle.pause("speaking")
        self.tasks.run(
            "speech",
            lambda: speech.say(text, lang, 30.0),
            lambda _result: self.idle.resume("speaking", self.clock()),
        )

    # --- identify ------------------------------------------------------------------------

    def _enter_identify(self) -> None:
        screen = self.window.identify
        if self.online(F.CAMERA):
            self.face.warm_up()
        screen.set_passport_available(self.online(F.SCANNER))
        if self.journey.identity is not None:
            screen.show_identity(self.journey.identity)
        elif not self.online(F.ID_READER):
            screen.set_card_problem(_plain(READER_DOWN))
        else:
            screen.set_card_problem("")
            if self.card_on_reader():
                self._read_card()

    def on_device_event(self, event: DeviceEvent) -> None:
        """Unsolicited device events, on the main thread."""
        current = self.journey.navigator.current
        if event.family is F.ID_READER:
            if event.kind is EventKind.MEDIA_INSERTED and current == IDENTIFY:
                if self.journey.identity is None:
                    self._read_card()
            elif event.kind is EventKind.MEDIA_REMOVED:
                self.journey.card_taken()
            elif current == IDENTIFY:
                self._enter_identify()

    def _read_card(self) -> None:
        reader = self.device(F.ID_READER)
        read = getattr(reader, "read_card", None)
        if read is None or self.tasks.busy_with("id-read"):
            return
        self.window.identify.set_reading(True)
        self.tasks.run("id-read", lambda: read(CARD_READ_S), self._card_read)

    def _card_read(self, result: object) -> None:
        if self.journey.navigator.current != IDENTIFY or not self.journey.consented:
            return  # the resident left meanwhile: the card's data is dropped, not kept
        screen = self.window.identify
        screen.set_reading(False)
        if isinstance(result, IdCardData):
            photo = decode_photo(result.photo_wlt, self.devices.photo_decoder)
            self._identified_as(from_card(result), photo.image, "card")
        else:
            screen.set_card_problem(_plain(CARD_UNREADABLE))

    def _number_typed(self, text: str) -> None:
        identity = from_typed(text)
        if identity is not None:
            self._identified_as(identity)

    def _scan_passport(self) -> None:
        scanner = self.device(F.SCANNER)
        scan = getattr(scanner, "scan", None)
        if scan is None or self.tasks.busy_with("scan"):
            return
        self.window.identify.set_card_problem(_plain(HOLD_PASSPORT))
        self.tasks.run("scan", lambda: scan(SCAN_S), self._scanned)

    def _scanned(self, result: object) -> None:
        if self.journey.navigator.current != IDENTIFY or not self.journey.consented:
            return
        identity = None
        if isinstance(result, ScanResult) and result.kind == "mrz":
            identity = from_mrz(result.text)
        if identity is None:
            self.journey.scan_failed()
            self.window.identify.set_card_problem(_plain(PASSPORT_UNREADABLE))
            if self.journey.scan_help_due:
                self.window.identify.show_scan_help()
            return
        photo = result.photo if isinstance(result, ScanResult) else b""
        self._identified_as(identity, photo, "passport")

    def _identified_as(
        self, identity: Identity, photo: bytes | None = None, source: str = ""
    ) -> None:
        """Identified; a card or passport photo that can be decoded leads to the face check."""
        self.journey.identified(identity)
        self.window.identify.show_identity(identity)
        log.info("resident identified by %s", identity.method.value)
        if source:
            self.window.identify.set_face_note(self.face.offer(photo, source))

    # --- legal aid, hotline, rating --------------------------------------------------------

    def submit_legal_aid(self) -> None:
        """Store the application, then show its number: shown means stored on disk."""
        form = self.journey.legal_aid
        try:
            tracking = form.submit(self.outbox())
        except Exception as err:  # the key or the disk: say so, keep the form to try again
            log.error("legal aid application not stored: %s", type(err).__name__)
            self.window.aid_review.show_problem(_plain(NOT_STORED))
            return
        log.info("legal aid application stored as %s", tracking)
        self.journey.session.put("request_tracking", tracking)
        self.journey.submitted()
        self.window.aid_receipt.show_receipt(tracking, PrintState.PRINTING)
        self.print_receipt(tracking)

    def print_receipt(self, tracking: str) -> None:
        printer = ReceiptPrinter(self.device(F.PRINTER), self.settings)
        url = progress_url(self.settings, tracking)
        if not printer.ready():
            self.window.aid_receipt.show_receipt(
                tracking, PrintState.FAILED, printer.problem(), url
            )
            self.speak(self.window.aid_receipt.spoken_text())
            return
        self.idle.pause("printing")
        form = self.journey.legal_aid
        name = form.identity.name if form.identity is not None else ""
        self.tasks.run(
            "print",
            lambda: printer.print_receipt(tracking, name),
            lambda result: self._printed(tracking, printer, result),
        )

    def _printed(self, tracking: str, printer: ReceiptPrinter, result: object) -> None:
        self.idle.resume("printing", self.clock())
        if self.journey.navigator.current != AID_RECEIPT:
            return
        ok = result is True
        state = PrintState.PRINTED if ok else PrintState.FAILED
        problem = "" if ok else printer.problem()
        url = progress_url(self.settings, tracking)
        self.window.aid_receipt.show_receipt(tracking, state, problem, url)
        self.speak(self.window.aid_receipt.spoken_text())

    def request_callback(self, phone: str) -> None:
        try:
            tracking = submit_callback(self.outbox(), phone, "hotline")
        except Exception as err:
            log.error("call-back request not stored: %s", type(err).__name__)
            self.window.hotline.show_problem(_plain(NOT_STORED))
            return
        self.journey.session.put("request_tracking", tracking)
        self.window.hotline.show_requested(tracking)

    def rate(self, score: int, comment: str) -> None:
        service = self.journey.service_id or "unknown"
        try:
            request = self.journey.session.get("request_tracking")
            submit_rating(self.outbox(), service, score, comment, request)
        except Exception as err:  # a lost rating must not keep the resident waiting
            log.error("rating not stored: %s", type(err).__name__)
        self.journey.finish()
