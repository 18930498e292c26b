"""Every controller built once per shell, each from a context holding just what it needs (its
screens, its device ports, the central service, the voice, the outbox), and registered with the
one router for the screens it owns."""

from __future__ import annotations

from collections.abc import Callable
from zoneinfo import ZoneInfo

from config.settings import TerminalSettings
from devices.manager import DeviceManager
from kiosk.controllers.agreement import AgreementContext, AgreementController
from kiosk.controllers.booking import BookingContext, BookingController
from kiosk.controllers.check_in import CheckInContext, CheckInController
from kiosk.controllers.consultation import ConsultationContext, ConsultationController
from kiosk.controllers.context import Outbox, Voice
from kiosk.controllers.documents import DocumentsContext, DocumentsController
from kiosk.controllers.face import FaceContext, FaceController
from kiosk.controllers.feedback import FeedbackContext, FeedbackController
from kiosk.controllers.identify import IdentifyContext, IdentifyController
from kiosk.controllers.legal_aid import LegalAidContext, LegalAidController
from kiosk.controllers.mediation import MediationContext, MediationController
from kiosk.controllers.mediation_agreement import MediationAgreement, MediationAgreementContext
from kiosk.controllers.photos import PhotosContext, PhotosController
from kiosk.controllers.progress import ProgressContext, ProgressController
from kiosk.controllers.reproof import ReproofContext, ReproofController
from kiosk.controllers.router import Router
from kiosk.controllers.session import SessionContext, SessionController
from kiosk.controllers.session_document import SessionDocumentContext, SessionDocumentController
from kiosk.controllers.session_runner import SessionRunner
from kiosk.flows.journey import CHECK_IN, END_SESSION, FACE_CHECK, SERVICE_PREFIX, Journey
from kiosk.knowledge_base import OfflineKnowledgeBase
from kiosk.net.calls import CentralCalls
from kiosk.profiles import CAMERA, ID_READER, PROFILE_DEVICES
from kiosk.tasks import Tasks
from kiosk.window import MainWindow


class Controllers:
    def __init__(
        self,
        window: MainWindow,
        journey: Journey,
        devices: DeviceManager,
        settings: TerminalSettings,
        clock: Callable[[], float],
        calls: CentralCalls,
        runner: SessionRunner,
    ) -> None:
        w = window
        self.tasks = Tasks()
        self.outbox = Outbox(settings)
        self.voice = Voice(devices.speech(), journey, self.tasks, clock)
        self.router = Router(window, self.voice)
        self.router.register(  # a service's page: the same screen, the service's text
            SERVICE_PREFIX,
            prepare=lambda screen_id: w.service.show_service(
                screen_id.removeprefix(SERVICE_PREFIX)
            ),
        )
        self.router.register(  # the TV remote's Back on the home screen asks in full screen
            END_SESSION, enter=lambda _id: self.voice.say(w.end_session.spoken_text())
        )
        camera, printer = devices.camera(), devices.printer()
        self.face = FaceController(
            FaceContext(
                w.face_check, journey, camera, devices.frames, self.tasks, self.voice, clock
            )
        )
        self.router.register(FACE_CHECK, enter=lambda _id: self.face.enter(), leave=self.face.leave)
        self.photos = PhotosController(
            PhotosContext(w.aid_photos, journey, camera, devices.frames, self.tasks)
        )
        kit = PROFILE_DEVICES[settings.profile]
        reader_fitted, camera_fitted = kit.has(ID_READER), kit.has(CAMERA)
        self.identify = IdentifyController(
            IdentifyContext(
                w.consent,
                w.identify,
                journey,
                devices.id_reader() if reader_fitted else None,
                devices.scanner() if camera_fitted else None,  # passports are read by camera
                devices.photo_decoder,
                self.face,
                self.tasks,
                self.voice,
                reader_fitted,
                camera_fitted,
            ),
            self.router,
        )
        self.legal_aid = LegalAidController(
            LegalAidContext(
                w.aid_questions,
                w.aid_details,
                w.aid_review,
                w.aid_receipt,
                self.photos,
                journey,
                printer,
                self.outbox,
                settings,
                self.tasks,
                self.voice,
                clock,
            ),
            self.router,
        )
        self.feedback = FeedbackController(
            FeedbackContext(w.hotline, w.rating, w.take_card, journey, self.outbox, self.voice),
            self.router,
        )
        journey.ended.connect(lambda _reason: self.reset())
        self._window = window
        tasks, voice = self.tasks, self.voice
        self.progress = ProgressController(
            ProgressContext(
                w.progress, journey, devices.scanner(), calls, settings.timezone, tasks, voice
            ),
            self.router,
        )
        self.booking = BookingController(
            BookingContext(
                w.booking,
                w.booking_done,
                journey,
                calls,
                self.outbox,
                printer,
                settings,
                tasks,
                voice,
                clock,
            ),
            self.router,
        )
        self.knowledge = OfflineKnowledgeBase(settings.data_dir)
        self.consultation = ConsultationController(
            ConsultationContext(
                w.consult, w.answer, w.lawyer, journey, self.knowledge, self.outbox, tasks, voice
            ),
            self.router,
        )
        self.documents = DocumentsController(
            DocumentsContext(
                w.docs,
                w.doc_fill,
                w.doc_preview,
                journey,
                self.knowledge,
                printer,
                settings,
                tasks,
                voice,
                clock,
            ),
            self.router,
        )

        self.session = SessionController(
            SessionContext(
                w.session_consent,
                w.session_wait,
                w.session_call,
                w.session_rating,
                journey,
                self.outbox,
                runner,
                runner.camera,
                voice,
                clock,
            ),
            self.router,
        )
        self.session_document = SessionDocumentController(
            SessionDocumentContext(
                w.session_document,
                journey,
                runner.document_link(),
                lambda: runner.session_id,
                printer,
                settings,
                tasks,
                voice,
                clock,
            ),
            self.router,
        )
        runner.signals.status.connect(self.session_document.on_status)
        runner.signals.over.connect(
            lambda outcome: (
                self.session_document.on_over(outcome) if outcome != "mediation" else None
            )
        )
        w.booking.video_requested.connect(lambda: self.session.offer(w.booking.video_kind()))
        self.reproof = ReproofController(
            ReproofContext(
                w.session_reproof, journey, devices.id_reader(), runner.reproofs, tasks, voice
            ),
            self.router,
        )
        runner.signals.reproof.connect(self.reproof.needed)
        runner.signals.proved.connect(self.reproof.proved)
        w.session_reproof.end_requested.connect(self.session.hang_up)
        self.check_in = CheckInController(
            CheckInContext(
                w.check_in, journey, calls, ZoneInfo(settings.timezone), voice, self.session.offer
            ),
            self.router,
        )
        self.agreement = AgreementController(
            AgreementContext(
                w.mediation_agreement,
                runner.agreement_link(),
                lambda: self.mediation.session_id,
                printer,
                settings,
                tasks,
                say=voice.say,
            )
        )
        self.mediation_agreement = MediationAgreement(
            MediationAgreementContext(
                w.mediation_call, w.mediation_agreement, self.agreement, journey, calls, voice
            ),
            self.router,
        )
        self.mediation = MediationController(
            MediationContext(
                w.mediation_code,
                w.mediation_consent,
                w.mediation_call,
                journey,
                calls,
                devices.scanner() if camera_fitted else None,  # the slip's QR code
                printer,
                ZoneInfo(settings.timezone),
                tasks,
                voice,
                runner=runner.mediation_runner(),
                clock=clock,
                agreement=self.mediation_agreement,
            ),
            self.router,
        )
        runner.signals.over.connect(
            lambda outcome: (
                self.mediation.claimed(runner.session_id)
                if outcome == "mediation" and runner.session_id is not None
                else None
            )
        )
        w.booking.check_in_requested.connect(lambda: journey.go(CHECK_IN))
        w.lawyer.video_requested.connect(
            lambda: self.session.offer("consultation", w.lawyer.tracking)
        )
        w.aid_receipt.video_requested.connect(
            lambda: self.session.offer("legal_aid", w.aid_receipt.tracking)
        )

    def reset(self) -> None:
        """Nothing of the last resident stays in a widget."""
        self.face.leave()
        self.identify.reset()
        self._window.face_check.show_check(None, None)
        self.legal_aid.reset()
        self.feedback.reset()

    def close(self) -> None:
        self.tasks.close()
        self.session.reset()
        self.face.leave()
        self.photos.leave()
        self.outbox.close()
