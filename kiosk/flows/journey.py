"""What comes after what: attract -> home -> a service, and how a journey ends."""

from __future__ import annotations

import enum
from collections.abc import Callable
from pathlib import Path

from kiosk.flows.face_check import FaceCheck
from kiosk.flows.identity import Identity
from kiosk.flows.idle import IdleGuard
from kiosk.flows.legal_aid import LegalAidForm
from kiosk.flows.navigation import Navigator
from kiosk.flows.observable import Observable
from kiosk.flows.photos import DocumentPhotos
from kiosk.flows.services import service_by_id
from kiosk.flows.session import ResidentSession

ATTRACT = "attract"
HOME = "home"
SERVICE_PREFIX = "service:"
CONSENT = "consent"
IDENTIFY = "identify"
FACE_CHECK = "face_check"
AID_QUESTIONS = "aid:questions"
AID_DETAILS = "aid:details"
AID_PHOTOS = "aid:photos"
AID_REVIEW = "aid:review"
AID_RECEIPT = "aid:receipt"
HOTLINE = "hotline"
SCAN_HELP_AFTER = 2  # failed document reads before the screen says what to try
RATING = "rating"
TAKE_CARD = "take_card"
CONSULT = "consult"
CONSULT_ANSWER = "consult:answer"
LAWYER = "consult:lawyer"
DOCS = "docs"
DOCS_FILL = "docs:fill"
DOCS_PREVIEW = "docs:preview"
BOOKING = "booking"
BOOKING_DONE = "booking:done"
CHECK_IN = "booking:check_in"
PROGRESS = "progress"
SESSION_CONSENT = "session:consent"
SESSION_WAIT = "session:wait"
SESSION_CALL = "session:call"
SESSION_RATING = "session:rating"
END_SESSION = "end_session"  # Back on the home screen (TV remote): finish or not
SESSION_DOCUMENT = "session:document"  # a document staff pushed during the call
SESSION_REPROOF = "session:reproof"
MEDIATION_CODE = "mediation:code"  # the other party, invited, after reading their card
MEDIATION_CONSENT = "mediation:consent"
MEDIATION_CALL = "mediation:call"
MEDIATION_AGREEMENT = "mediation:agreement"  # the agreement, read and signed during the call

# Services that read a card, a document or a face start with the consent notice.
NEEDS_IDENTITY = frozenset({"legal_aid", "documents", "mediation_invite"})
# The first screen of each service that needs no identity.
FIRST_SCREEN = {
    "hotline": HOTLINE,
    "consultation": CONSULT,
    "notary_mediation": BOOKING,
    "progress": PROGRESS,
}
# Where a service goes once the resident is identified.
AFTER_IDENTIFY = {
    "legal_aid": AID_QUESTIONS,
    "documents": DOCS,
    "mediation_invite": MEDIATION_CODE,
}


class EndReason(enum.Enum):
    FINISHED = "finished"
    IDLE = "idle"


class Journey:
    """Drives the navigator; the screens only call these methods and show what is on top."""

    def __init__(
        self,
        navigator: Navigator,
        session: ResidentSession,
        idle: IdleGuard,
        default_lang: str,
        card_on_reader: Callable[[], bool] = lambda: False,
        photo_folder: Path | None = None,
    ) -> None:
        self.navigator = navigator
        self.photo_folder = photo_folder  # where document photos live while taken
        self.card_on_reader = card_on_reader
        self.session = session
        self.idle = idle
        self.default_lang = default_lang
        self.language_changed: Observable[str] = Observable()
        self.ended: Observable[EndReason] = Observable()

    @property
    def language(self) -> str:
        return self.session.language or self.default_lang

    def start(self, now: float) -> None:
        """A touch on the attract screen."""
        self.idle.arm(now)
        self.navigator.reset(HOME)

    def choose_language(self, lang: str) -> None:
        if lang != self.language:
            self.session.language = lang
            self.language_changed.emit(lang)

    def open_service(self, service_id: str) -> None:
        service_by_id(service_id)  # unknown ids are a programming error
        self.session.put("service", service_id)
        if service_id in NEEDS_IDENTITY:
            self.navigator.push(CONSENT)
        elif service_id in FIRST_SCREEN:
            self.navigator.push(FIRST_SCREEN[service_id])
        else:
            self.navigator.push(SERVICE_PREFIX + service_id)

    @property
    def service_id(self) -> str | None:
        value = self.session.get("service")
        return value if isinstance(value, str) else None

    def consent_given(self) -> None:
        """The resident agreed to the notice; nothing is read before this."""
        self.session.put("consent", self.service_id)
        self.navigator.push(IDENTIFY)

    @property
    def consented(self) -> bool:
        return self.session.get("consent") is not None

    def identified(self, identity: Identity) -> None:
        if not self.consented:
            raise RuntimeError("identity read without consent")
        self.session.put("identity", identity)
        if self.service_id == "legal_aid":
            old = self.session.get("legal_aid")
            if isinstance(old, LegalAidForm):
                old.discard()
            photos = DocumentPhotos(temp_root=self.photo_folder)
            self.session.put("legal_aid", LegalAidForm(identity=identity, photos=photos))

    def scan_failed(self) -> None:
        """A travel document held to the scanner could not be read (counted per resident)."""
        count = self.session.get("scan_failures")
        self.session.put("scan_failures", (count if isinstance(count, int) else 0) + 1)

    @property
    def scan_help_due(self) -> bool:
        """After two failed reads, the resident is told what to try and offered other ways."""
        count = self.session.get("scan_failures")
        return isinstance(count, int) and count >= SCAN_HELP_AFTER

    def ask_callback(self) -> None:
        """The resident gives up on the scanner: a call-back from the hotline instead."""
        self.navigator.push(HOTLINE)

    def check_face(self, check: FaceCheck) -> None:
        """The document's photo could be read: compare the resident's face with it next."""
        if self.identity is None:
            raise RuntimeError("a face check needs an identity first")
        self.session.put("face_check", check)
        self.navigator.push(FACE_CHECK)

    @property
    def face_check(self) -> FaceCheck | None:
        value = self.session.get("face_check")
        return value if isinstance(value, FaceCheck) else None

    def face_matched(self) -> None:
        """The live face matches the document photo: the identity is the stronger kind now."""
        identity = self.identity
        if identity is None:
            raise RuntimeError("no identity to confirm")
        stronger = identity.face_confirmed()
        self.session.put("identity", stronger)
        form = self.session.get("legal_aid")
        if isinstance(form, LegalAidForm):
            form.identity = stronger

    @property
    def identity(self) -> Identity | None:
        value = self.session.get("identity")
        return value if isinstance(value, Identity) else None

    @property
    def legal_aid(self) -> LegalAidForm:
        form = self.session.get("legal_aid")
        if not isinstance(form, LegalAidForm):
            raise RuntimeError("no legal aid form in this journey")
        return form

    def next_step(self) -> None:
        """Forward: identified (face checked) -> questions -> details -> photos -> review."""
        if self.navigator.current in (IDENTIFY, FACE_CHECK) and self.identity is None:
            return
        following = {AID_QUESTIONS: AID_DETAILS, AID_DETAILS: AID_PHOTOS, AID_PHOTOS: AID_REVIEW}
        if self.navigator.current in (IDENTIFY, FACE_CHECK):
            self.navigator.push(AFTER_IDENTIFY[self.service_id or "legal_aid"])
        else:
            self.navigator.push(following[self.navigator.current])

    def go(self, screen_id: str) -> None:
        """Forward to the next screen of the current service (an answer, a preview)."""
        self.navigator.push(screen_id)

    def done_at(self, screen_id: str) -> None:
        """A booking or a print is done: back is no longer offered into the form."""
        self.navigator.reset(screen_id)

    def submitted(self) -> None:
        """The application is in the outbox: no way back into the form from here."""
        self.navigator.reset(AID_RECEIPT)

    def finish(self) -> None:
        """The resident is done: rate the service used, or end at once when none was."""
        if self.service_id is not None and self.navigator.current != RATING:
            self.navigator.reset(RATING)
        else:
            self.end(EndReason.FINISHED)

    def back(self) -> None:
        self.navigator.pop()

    def card_taken(self) -> None:
        """The card left the reader: the reminder has done its job."""
        if self.navigator.current == TAKE_CARD:
            self.navigator.reset(ATTRACT)

    def end(self, reason: EndReason) -> None:
        """Wipe everything about the resident and return to the attract screen."""
        had_language = self.session.language is not None
        self.session.wipe()
        self.idle.disarm()
        card_left = reason is EndReason.FINISHED and self.card_on_reader()
        self.navigator.reset(TAKE_CARD if card_left else ATTRACT)
        if had_language:
            self.language_changed.emit(self.default_lang)
        self.ended.emit(reason)
