"""The main window: a stack of screens over the on-screen keyboard and a status strip, with the
idle warning on top."""

from __future__ import annotations

from typing import TypeGuard

from kiosk.profiles import ProfileLayout
from kiosk.qt import (
    QEvent,
    QMainWindow,
    QSize,
    QSizePolicy,
    QStackedWidget,
    QTimer,
    QVBoxLayout,
    QWidget,
)
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
from kiosk.screens.end_session import EndSessionScreen
from kiosk.screens.face_check import FaceCheckScreen
from kiosk.screens.home import HomeScreen
from kiosk.screens.hotline import HotlineScreen
from kiosk.screens.identify import IdentifyScreen
from kiosk.screens.idle_warning import IdleWarning
from kiosk.screens.keyboard import KeyboardPanel
from kiosk.screens.landscape import scroll_body, tighten
from kiosk.screens.lawyer import LawyerScreen
from kiosk.screens.mediation_agreement import AgreementScreen
from kiosk.screens.mediation_call import MediationCallScreen
from kiosk.screens.mediation_code import MediationCodeScreen
from kiosk.screens.mediation_consent import MediationConsentScreen
from kiosk.screens.portrait import centre_content
from kiosk.screens.progress import ProgressScreen
from kiosk.screens.pushed_document import PushedDocumentScreen
from kiosk.screens.rating import RatingScreen
from kiosk.screens.reproof import ReproofScreen
from kiosk.screens.service import ServiceScreen
from kiosk.screens.session_call import SessionCallScreen
from kiosk.screens.session_consent import SessionConsentScreen
from kiosk.screens.session_rating import SessionRatingScreen
from kiosk.screens.session_wait import SessionWaitScreen
from kiosk.screens.status_strip import StatusStrip
from kiosk.screens.table import SCREENS, table_key
from kiosk.screens.take_card import TakeCardScreen
from kiosk.screens.writing_mode import KEEP_UPRIGHT, apply_writing_mode, vertical_now

KEYBOARD_RECYCLE_MS = 300


class MainWindow(QMainWindow):
    """The screens are built from kiosk.screens.table; the attributes below only name their
    types for the code that reaches a screen directly."""

    attract: AttractScreen
    home: HomeScreen
    service: ServiceScreen
    consent: ConsentScreen
    identify: IdentifyScreen
    face_check: FaceCheckScreen
    aid_questions: AidQuestionsScreen
    aid_details: AidDetailsScreen
    aid_photos: AidPhotosScreen
    aid_review: AidReviewScreen
    aid_receipt: AidReceiptScreen
    hotline: HotlineScreen
    rating: RatingScreen
    take_card: TakeCardScreen
    progress: ProgressScreen
    booking: BookingScreen
    booking_done: BookingDoneScreen
    check_in: CheckInScreen
    consult: ConsultScreen
    answer: AnswerScreen
    lawyer: LawyerScreen
    docs: DocsScreen
    doc_fill: DocFillScreen
    doc_preview: DocPreviewScreen
    session_consent: SessionConsentScreen
    session_wait: SessionWaitScreen
    session_call: SessionCallScreen
    session_rating: SessionRatingScreen
    end_session: EndSessionScreen
    session_document: PushedDocumentScreen
    session_reproof: ReproofScreen
    mediation_code: MediationCodeScreen
    mediation_consent: MediationConsentScreen
    mediation_call: MediationCallScreen
    mediation_agreement: AgreementScreen

    def __init__(self, layout: ProfileLayout, languages: list[str]) -> None:
        super().__init__()
        self.setWindowTitle("LexKiosk")
        self.screens: dict[str, QWidget] = {}
        portrait = layout.height > layout.width
        for spec in SCREENS:
            screen = spec.build(layout, languages)
            if portrait:  # a floor-standing kiosk: content centred, controls within reach
                centre_content(screen)
            elif not layout.remote:  # the robot's tablet: the TV's tighter gaps
                tighten(screen)
            setattr(self, spec.attr, screen)
            self.screens[spec.screen_id] = screen
        self.stack = QStackedWidget()
        for screen in self.screens.values():
            self.stack.addWidget(screen)
        self.stack.currentChanged.connect(lambda _index: self._follow_screen())
        self.strip = StatusStrip(languages)
        # Built before the window is shown: adding a QQuickWidget to a window already on screen
        # makes Qt recreate the window for its renderer, which hangs offscreen.
        self.keyboard: KeyboardPanel | None = KeyboardPanel()
        self.keyboard.hide()
        self.keyboard.setProperty(KEEP_UPRIGHT, True)
        body = QWidget()
        # In Mongolian (written in columns, kiosk.screens.writing_mode) the strip turns to a
        # column on the right, while the keyboard stays under the screen it types into.
        self._column = QVBoxLayout()
        self._column.setProperty(KEEP_UPRIGHT, True)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(0)
        self._column.addWidget(self.stack, 1)
        # On the TV (1920x1080, remote only) the keyboard takes no room of its own: it floats
        # over the half of the screen away from the field while the resident types
        # (kiosk.navigation.keyboard_place), so every screen keeps the whole height.
        # The robot's 1280x800 tablet has no room for it either: there it floats while a text
        # field has the focus (kiosk.navigation.touch_keyboard).
        self.keyboard_floats = not portrait
        # A landscape terminal (the TV, the robot) has no height to spare: only the screen
        # shown sets the window's minimum (see _fit_current_screen).
        self.fits_current_screen = not portrait
        # On the robot a screen still taller than the tablet (in a long language, in the
        # elders' mode) scrolls above its footer, from the first time it is shown too tall.
        self._scrolls_when_tall = not portrait and not layout.remote
        self._scrolling: set[int] = set()
        if not self.keyboard_floats:
            self._column.addWidget(self.keyboard)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addLayout(self._column, 1)
        outer.addWidget(self.strip)
        self.setCentralWidget(body)
        if self.keyboard_floats:
            self.keyboard.setParent(body)
            self.keyboard.hide()
        self.idle_warning = IdleWarning(body)
        self._size = QSize(layout.width, layout.height)
        self.resize(self._size)
        if self.fits_current_screen:
            self._fit_current_screen()

    def screen_for(self, screen_id: str) -> QWidget:
        """The screen the navigator's `screen_id` shows; KeyError for an unknown id."""
        return self.screens[table_key(screen_id)]

    def _follow_screen(self) -> None:
        """Screens that take text get the pinyin keyboard under them; others do not."""
        wants = bool(getattr(self.stack.currentWidget(), "wants_keyboard", False))
        if self.keyboard is not None:
            if wants:
                self.keyboard.load()
            self.keyboard.setVisible(wants and not self.keyboard_floats)
        if self.fits_current_screen:
            self._fit_current_screen()

    def _fit_current_screen(self) -> None:
        """The TV's window stays at the profile's size: only the screen shown counts for the
        stack's minimum size (a stack counts every page, so the tallest screen would set the
        window's height for all of them)."""
        current = self.stack.currentWidget()
        for index in range(self.stack.count()):
            page = self.stack.widget(index)
            if page is not None:
                shown = page is current
                policy = QSizePolicy.Policy.Preferred if shown else QSizePolicy.Policy.Ignored
                page.setSizePolicy(policy, policy)
        self.stack.updateGeometry()
        body = self.centralWidget()
        column = body.layout() if body is not None else None
        if column is not None:
            column.activate()  # the new minimum now, not at the next event-loop turn
        self._settle()
        QTimer.singleShot(0, self, self._settle)  # once the layouts settle

    def _settle(self) -> None:
        """The screen shown, polished now (the elders' sizes apply when it is first laid out):
        scrolls if it is still too tall, and the window keeps the profile's size."""
        current = self.stack.currentWidget()
        body = self.centralWidget()
        column = body.layout() if body is not None else None
        if column is not None and self._too_tall(current) and scroll_body(current):
            self._scrolling.add(id(current))
            column.activate()
        self.resize(self._size)

    def event(self, event: QEvent) -> bool:
        """On the robot, a screen that grows as it is laid out (its fonts polished, a longer
        language) is checked again once its layout settles."""
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest and self._scrolls_when_tall:
            self._settle()
        return handled

    def _too_tall(self, screen: QWidget | None) -> TypeGuard[QWidget]:
        if not self._scrolls_when_tall or screen is None or id(screen) in self._scrolling:
            return False
        needed = self.minimumSizeHint()
        return needed.height() > self._size.height() or needed.width() > self._size.width()

    def wants_keyboard(self) -> bool:
        """The current screen takes text on the pinyin keyboard."""
        return bool(getattr(self.stack.currentWidget(), "wants_keyboard", False))

    def follow_screen(self) -> None:
        """The current screen changed what it wants (a page that takes text): follow it."""
        self._follow_screen()

    def recycle_keyboard(self) -> None:
        """A journey ended: a keyboard the resident typed on is loaded afresh (see recycle()),
        a moment later, so the attract screen is painted first."""
        if self.keyboard is not None and self.keyboard.used:
            QTimer.singleShot(KEYBOARD_RECYCLE_MS, self.keyboard, self.keyboard.recycle)

    def warm_up(self) -> None:
        """What the first paint need not wait for: the on-screen keyboard's QML."""
        if self.keyboard is not None:
            self.keyboard.load()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            central = self.centralWidget()
            if central is not None:
                apply_writing_mode(central, vertical_now())
        super().changeEvent(event)

    def resizeEvent(self, event: object) -> None:  # keep the overlay covering the window
        super().resizeEvent(event)  # type: ignore[arg-type]
        central = self.centralWidget()
        if central is not None:
            self.idle_warning.setGeometry(central.rect())
