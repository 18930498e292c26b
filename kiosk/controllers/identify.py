"""Consent and identification: the ID card read when it is placed, a typed number, a passport
under the scanner; a document photo that can be decoded leads to the face check."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from devices.idcard.port import IdCardData, IdReader
from devices.idcard.wlt import PhotoDecoder, decode_photo
from devices.scanner.port import DocumentScanner, ScanResult
from devices.xfs import DeviceEvent, DeviceFamily, EventKind
from kiosk.controllers.absent_devices import NO_CAMERA, NO_READER, absent
from kiosk.controllers.context import Voice, online
from kiosk.controllers.face import FaceController
from kiosk.controllers.messages import (
    CARD_UNREADABLE,
    HOLD_PASSPORT,
    PASSPORT_UNREADABLE,
    READER_DOWN,
    plain,
)
from kiosk.controllers.router import Router
from kiosk.flows.identity import Identity, from_card, from_mrz, from_typed
from kiosk.flows.journey import CONSENT, IDENTIFY, Journey
from kiosk.screens.consent import ConsentScreen
from kiosk.screens.identify import IdentifyScreen
from kiosk.tasks import Tasks

log = logging.getLogger(__name__)
CARD_READ_S = 5.0
SCAN_S = 20.0


@dataclass(frozen=True)
class IdentifyContext:
    consent: ConsentScreen
    screen: IdentifyScreen
    journey: Journey
    reader: IdReader | None
    scanner: DocumentScanner | None
    photo_decoder: PhotoDecoder
    face: FaceController
    tasks: Tasks
    voice: Voice
    # the profile's devices (kiosk.profiles): a TV has neither, and says what replaces them
    reader_fitted: bool = True
    camera_fitted: bool = True


class IdentifyController:
    def __init__(self, ctx: IdentifyContext, router: Router) -> None:
        self.ctx = ctx
        j, screen = ctx.journey, ctx.screen
        ctx.consent.agreed.connect(j.consent_given)
        ctx.consent.back_requested.connect(j.back)
        screen.back_requested.connect(j.back)
        screen.continue_requested.connect(j.next_step)
        screen.number_entered.connect(self._number_typed)
        screen.passport_requested.connect(self._scan_passport)
        screen.callback_requested.connect(j.ask_callback)
        router.register(CONSENT, enter=lambda _id: ctx.voice.say(ctx.consent.spoken_text()))
        router.register(IDENTIFY, enter=lambda _id: self.enter())

    def reset(self) -> None:
        self.ctx.screen.reset()

    def card_on_reader(self) -> bool:
        reader = self.ctx.reader
        return reader is not None and online(reader) and reader.card_present()

    def enter(self) -> None:
        ctx = self.ctx
        if ctx.face.camera_online():
            ctx.face.warm_up()
        ctx.screen.set_passport_available(online(ctx.scanner))
        ctx.screen.set_devices_fitted(ctx.reader_fitted, ctx.camera_fitted)
        if ctx.journey.identity is not None:
            ctx.screen.show_identity(ctx.journey.identity)
        elif not ctx.reader_fitted:
            ctx.screen.set_card_problem(absent(NO_READER))
        elif not online(ctx.reader):
            ctx.screen.set_card_problem(plain(READER_DOWN))
        else:
            ctx.screen.set_card_problem("")
            if self.card_on_reader():
                self._read_card()

    def on_device_event(self, event: DeviceEvent) -> None:
        """Unsolicited device events, on the main thread."""
        journey = self.ctx.journey
        current = journey.navigator.current
        if event.family is DeviceFamily.ID_READER:
            if event.kind is EventKind.MEDIA_INSERTED and current == IDENTIFY:
                if journey.identity is None:
                    self._read_card()
            elif event.kind is EventKind.MEDIA_REMOVED:
                journey.card_taken()
            elif current == IDENTIFY:
                self.enter()

    def _read_card(self) -> None:
        reader = self.ctx.reader
        if reader is None or self.ctx.tasks.busy_with("id-read"):
            return
        self.ctx.screen.set_reading(True)
        self.ctx.tasks.run("id-read", lambda: reader.read_card(CARD_READ_S), self._card_read)

    def _card_read(self, result: object) -> None:
        journey = self.ctx.journey
        if journey.navigator.current != IDENTIFY or not journey.consented:
            return  # the resident left meanwhile: the card's data is dropped, not kept
        self.ctx.screen.set_reading(False)
        if isinstance(result, IdCardData):
            photo = decode_photo(result.photo_wlt, self.ctx.photo_decoder)
            self._identified_as(from_card(result), photo.image, "card")
        else:
            self.ctx.screen.set_card_problem(plain(CARD_UNREADABLE))

    def _number_typed(self, text: str) -> None:
        identity = from_typed(text)
        if identity is not None:
            self._identified_as(identity)

    def _scan_passport(self) -> None:
        scanner = self.ctx.scanner
        if scanner is None or self.ctx.tasks.busy_with("scan"):
            return
        self.ctx.screen.set_card_problem(plain(HOLD_PASSPORT))
        self.ctx.tasks.run("scan", lambda: scanner.scan(SCAN_S), self._scanned)

    def _scanned(self, result: object) -> None:
        journey, screen = self.ctx.journey, self.ctx.screen
        if journey.navigator.current != IDENTIFY or not journey.consented:
            return
        identity = None
        if isinstance(result, ScanResult) and result.kind == "mrz":
            identity = from_mrz(result.text)
        if identity is None:
            journey.scan_failed()
            screen.set_card_problem(plain(PASSPORT_UNREADABLE))
            if journey.scan_help_due:
                screen.show_scan_help()
            return
        photo = result.photo if isinstance(result, ScanResult) else b""
        self._identified_as(identity, photo, "passport")

    def _identified_as(
        self, identity: Identity, photo: bytes | None = None, source: str = ""
    ) -> None:
        """Identified; a card or passport photo that can be decoded leads to the face check."""
        self.ctx.journey.identified(identity)
        self.ctx.screen.show_identity(identity)
        log.info("resident identified by %s", identity.method.value)
        if source:
            self.ctx.screen.set_face_note(self.ctx.face.offer(photo, source))
        elif not self.ctx.camera_fitted:
            self.ctx.screen.set_face_note(absent(NO_CAMERA))
