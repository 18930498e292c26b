"""The main window: a stack of screens over the on-screen keyboard and a status strip, with the
idle warning on top."""

from __future__ import annotations

from kiosk.profiles import ProfileLayout
from kiosk.qt import QMainWindow, QStackedWidget, QTimer, QVBoxLayout, QWidget
from kiosk.screens.aid_details import AidDetailsScreen
from kiosk.screens.aid_photos import AidPhotosScreen
from kiosk.screens.aid_questions import AidQuestionsScreen
from kiosk.screens.aid_receipt import AidReceiptScreen
from kiosk.screens.aid_review import AidReviewScreen
from kiosk.screens.answer import AnswerScreen
from kiosk.screens.attract import AttractScreen
from kiosk.screens.booking import BookingScreen
from kiosk.screens.booking_done import BookingDoneScreen
from kiosk.screens.consent import ConsentScreen
from kiosk.screens.consult import ConsultScreen
from kiosk.screens.doc_fill import DocFillScreen
from kiosk.screens.doc_preview import DocPreviewScreen
from kiosk.screens.docs import DocsScreen
from kiosk.screens.face_check import FaceCheckScreen
from kiosk.screens.home import HomeScreen
from kiosk.screens.hotline import HotlineScreen
from kiosk.screens.identify import IdentifyScreen
from kiosk.screens.idle_warning import IdleWarning
from kiosk.screens.keyboard import KeyboardPanel
from kiosk.screens.lawyer import LawyerScreen
from kiosk.screens.progress import ProgressScreen
from kiosk.screens.rating import RatingScreen
from kiosk.screens.service import ServiceScreen
from kiosk.screens.status_strip import StatusStrip
from kiosk.screens.take_card import TakeCardScreen

KEYBOARD_RECYCLE_MS = 300


class MainWindow(QMainWindow):
    def __init__(self, layout: ProfileLayout, languages: list[str]) -> None:
        super().__init__()
        self.setWindowTitle("LexKiosk")
        self.attract = AttractScreen(languages)
        self.home = HomeScreen(columns=layout.columns)
        self.service = ServiceScreen()
        self.consent = ConsentScreen()
        self.identify = IdentifyScreen()
        self.face_check = FaceCheckScreen()
        self.aid_questions = AidQuestionsScreen()
        self.aid_details = AidDetailsScreen()
        self.aid_photos = AidPhotosScreen()
        self.aid_review = AidReviewScreen()
        self.aid_receipt = AidReceiptScreen()
        self.hotline = HotlineScreen()
        self.rating = RatingScreen()
        self.take_card = TakeCardScreen()
        self.progress = ProgressScreen()
        self.booking = BookingScreen()
        self.booking_done = BookingDoneScreen()
        self.consult = ConsultScreen()
        self.answer = AnswerScreen()
        self.lawyer = LawyerScreen()
        self.docs = DocsScreen()
        self.doc_fill = DocFillScreen()
        self.doc_preview = DocPreviewScreen()
        self.stack = QStackedWidget()
        for screen in (
            self.attract,
            self.home,
            self.service,
            self.consent,
            self.identify,
            self.face_check,
            self.aid_questions,
            self.aid_details,
            self.aid_photos,
            self.aid_review,
            self.aid_receipt,
            self.hotline,
            self.rating,
            self.take_card,
            self.progress,
            self.booking,
            self.booking_done,
            self.consult,
            self.answer,
            self.lawyer,
            self.docs,
            self.doc_fill,
            self.doc_preview,
        ):
            self.stack.addWidget(screen)
        self.stack.currentChanged.connect(lambda _index: self._follow_screen())
        self.strip = StatusStrip(languages)
        # Built before the window is shown: adding a QQuickWidget to a window already on screen
        # makes Qt recreate the window for its renderer, which hangs offscreen.
        self.keyboard: KeyboardPanel | None = KeyboardPanel()
        self.keyboard.hide()
        body = QWidget()
        self._column = QVBoxLayout(body)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(0)
        self._column.addWidget(self.stack, 1)
        self._column.addWidget(self.keyboard)
        self._column.addWidget(self.strip)
        self.setCentralWidget(body)
        self.idle_warning = IdleWarning(body)
        self.resize(layout.width, layout.height)

    def _follow_screen(self) -> None:
        """Screens that take text get the pinyin keyboard under them; others do not."""
        wants = bool(getattr(self.stack.currentWidget(), "wants_keyboard", False))
        if self.keyboard is not None:
            if wants:
                self.keyboard.load()
            self.keyboard.setVisible(wants)

    def recycle_keyboard(self) -> None:
        """A journey ended: a keyboard the resident typed on is loaded afresh (see recycle()),
        a moment later, so the attract screen is painted first."""
        if self.keyboard is not None and self.keyboard.used:
            QTimer.singleShot(KEYBOARD_RECYCLE_MS, self.keyboard, self.keyboard.recycle)

    def warm_up(self) -> None:
        """What the first paint need not wait for: the on-screen keyboard's QML."""
        if self.keyboard is not None:
            self.keyboard.load()

    def resizeEvent(self, event: object) -> None:  # keep the overlay covering the window
        super().resizeEvent(event)  # type: ignore[arg-type]
        central = self.centralWidget()
        if central is not None:
            self.idle_warning.setGeometry(central.rect())
