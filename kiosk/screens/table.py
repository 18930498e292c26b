"""Every screen of the shell in one table: the navigator's screen id, the main window's
attribute that holds it and how it is built. The window builds its stack from this table and
the router looks screens up in it; a new screen is one row here."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from kiosk.flows import journey as ids
from kiosk.profiles import ProfileLayout
from kiosk.qt import QWidget
from kiosk.screens.aid_details import AidDetailsScreen
from kiosk.screens.aid_photos import AidPhotosScreen
from kiosk.screens.aid_questions import AidQuestionsScreen
from kiosk.screens.aid_receipt import AidReceiptScreen
from kiosk.screens.aid_review import AidReviewScreen
from kiosk.screens.answer import AnswerScreen
from kiosk.screens.attract import AttractScreen
from kiosk.screens.booking import BookingScreen
from kiosk.screens.booking_done import BookingDoneScreen
from kiosk.screens.check_in import CheckInScreen
from kiosk.screens.consent import ConsentScreen
from kiosk.screens.consult import ConsultScreen
from kiosk.screens.doc_fill import DocFillScreen
from kiosk.screens.doc_preview import DocPreviewScreen
from kiosk.screens.docs import DocsScreen
from kiosk.screens.document_wide import TALL_PX
from kiosk.screens.end_session import EndSessionScreen
from kiosk.screens.face_check import FaceCheckScreen
from kiosk.screens.home import HomeScreen
from kiosk.screens.hotline import HotlineScreen
from kiosk.screens.identify import IdentifyScreen
from kiosk.screens.lawyer import LawyerScreen
from kiosk.screens.mediation_agreement import AgreementScreen
from kiosk.screens.mediation_call import MediationCallScreen
from kiosk.screens.mediation_code import MediationCodeScreen
from kiosk.screens.mediation_consent import MediationConsentScreen
from kiosk.screens.progress import ProgressScreen
from kiosk.screens.pushed_document import PushedDocumentScreen
from kiosk.screens.rating import RatingScreen
from kiosk.screens.reproof import ReproofScreen
from kiosk.screens.service import ServiceScreen
from kiosk.screens.session_call import SessionCallScreen
from kiosk.screens.session_consent import SessionConsentScreen
from kiosk.screens.session_rating import SessionRatingScreen
from kiosk.screens.session_wait import SessionWaitScreen
from kiosk.screens.take_card import TakeCardScreen

Build = Callable[[ProfileLayout, list[str]], QWidget]


class ScreenSpec(NamedTuple):
    screen_id: str  # the navigator's id; SERVICE_PREFIX stands for every "service:..." id
    attr: str  # the MainWindow attribute
    build: Build


def _plain(cls: Callable[[], QWidget]) -> Build:
    return lambda _layout, _languages: cls()


def _wide(cls: Callable[..., QWidget]) -> Build:
    """A screen laid out side by side on a landscape terminal (the robot, the TV), with more
    under its pad where the terminal is tall enough (the TV)."""
    return lambda layout, _languages: cls(
        wide=layout.width > layout.height, tall=layout.height >= TALL_PX
    )


def _remote(cls: Callable[..., QWidget]) -> Build:
    """A screen whose texts say which remote key to press on the TV instead of "touch"."""
    return lambda layout, _languages: cls(remote=layout.remote)


SCREENS: tuple[ScreenSpec, ...] = (
    ScreenSpec(
        ids.ATTRACT,
        "attract",
        lambda layout, languages: AttractScreen(languages, remote=layout.remote),
    ),
    ScreenSpec(
        ids.HOME,
        "home",
        lambda layout, _languages: HomeScreen(columns=layout.columns, remote=layout.remote),
    ),
    ScreenSpec(ids.SERVICE_PREFIX, "service", _plain(ServiceScreen)),
    ScreenSpec(ids.CONSENT, "consent", _plain(ConsentScreen)),
    ScreenSpec(ids.IDENTIFY, "identify", _plain(IdentifyScreen)),
    ScreenSpec(ids.FACE_CHECK, "face_check", _remote(FaceCheckScreen)),
    ScreenSpec(ids.AID_QUESTIONS, "aid_questions", _plain(AidQuestionsScreen)),
    ScreenSpec(ids.AID_DETAILS, "aid_details", _remote(AidDetailsScreen)),
    ScreenSpec(ids.AID_PHOTOS, "aid_photos", _remote(AidPhotosScreen)),
    ScreenSpec(ids.AID_REVIEW, "aid_review", _plain(AidReviewScreen)),
    ScreenSpec(ids.AID_RECEIPT, "aid_receipt", _plain(AidReceiptScreen)),
    ScreenSpec(ids.HOTLINE, "hotline", _plain(HotlineScreen)),
    ScreenSpec(ids.RATING, "rating", _plain(RatingScreen)),
    ScreenSpec(ids.TAKE_CARD, "take_card", _plain(TakeCardScreen)),
    ScreenSpec(ids.PROGRESS, "progress", _remote(ProgressScreen)),
    ScreenSpec(ids.BOOKING, "booking", _plain(BookingScreen)),
    ScreenSpec(ids.BOOKING_DONE, "booking_done", _plain(BookingDoneScreen)),
    ScreenSpec(ids.CHECK_IN, "check_in", _plain(CheckInScreen)),
    ScreenSpec(
        ids.CONSULT,
        "consult",
        lambda layout, _languages: ConsultScreen(
            remote=layout.remote, wide=layout.width > layout.height
        ),
    ),
    ScreenSpec(ids.CONSULT_ANSWER, "answer", _plain(AnswerScreen)),
    ScreenSpec(ids.LAWYER, "lawyer", _plain(LawyerScreen)),
    ScreenSpec(ids.DOCS, "docs", _remote(DocsScreen)),
    ScreenSpec(ids.DOCS_FILL, "doc_fill", _plain(DocFillScreen)),
    ScreenSpec(ids.DOCS_PREVIEW, "doc_preview", _plain(DocPreviewScreen)),
    ScreenSpec(ids.SESSION_CONSENT, "session_consent", _plain(SessionConsentScreen)),
    ScreenSpec(ids.SESSION_WAIT, "session_wait", _plain(SessionWaitScreen)),
    ScreenSpec(ids.SESSION_CALL, "session_call", _plain(SessionCallScreen)),
    ScreenSpec(ids.SESSION_RATING, "session_rating", _remote(SessionRatingScreen)),
    ScreenSpec(ids.END_SESSION, "end_session", _plain(EndSessionScreen)),
    ScreenSpec(ids.SESSION_DOCUMENT, "session_document", _wide(PushedDocumentScreen)),
    ScreenSpec(ids.SESSION_REPROOF, "session_reproof", _plain(ReproofScreen)),
    ScreenSpec(ids.MEDIATION_CODE, "mediation_code", _plain(MediationCodeScreen)),
    ScreenSpec(ids.MEDIATION_CONSENT, "mediation_consent", _plain(MediationConsentScreen)),
    ScreenSpec(
        ids.MEDIATION_CALL,
        "mediation_call",
        lambda layout, _languages: MediationCallScreen(upright=layout.height > layout.width),
    ),
    ScreenSpec(ids.MEDIATION_AGREEMENT, "mediation_agreement", _wide(AgreementScreen)),
)


def table_key(screen_id: str) -> str:
    """The table's row for a navigator id: every service page shares the service screen."""
    return ids.SERVICE_PREFIX if screen_id.startswith(ids.SERVICE_PREFIX) else screen_id
