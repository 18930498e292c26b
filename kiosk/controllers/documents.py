"""Document self-service: templates from the offline copy, the form filled on screen, the PDF
made on a worker thread and shown as images of its pages, then printed."""

from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from config.settings import TerminalSettings
from devices.documents.pdf import render
from devices.printer.port import Printer
from devices.xfs import Completion
from kiosk.controllers.absent_devices import NO_PRINTER_DOCUMENT, absent
from kiosk.controllers.context import Voice
from kiosk.controllers.router import Router
from kiosk.flows import QT_TRANSLATE_NOOP
from kiosk.flows.documents import NO_TEMPLATES, DocumentForm, TemplateError
from kiosk.flows.journey import DOCS, DOCS_FILL, DOCS_PREVIEW, Journey
from kiosk.knowledge_base import OfflineKnowledgeBase
from kiosk.qt import QCoreApplication, QImage, QSize
from kiosk.qt_quick import QPdfDocument
from kiosk.receipts import PRINT_TIMEOUT_S, ReceiptPrinter
from kiosk.screens.doc_fill import DocFillScreen
from kiosk.screens.doc_preview import DocPreviewScreen
from kiosk.screens.docs import DocsScreen
from kiosk.tasks import Tasks

log = logging.getLogger(__name__)
PAGE_WIDTH_PX = 900
PRINTED = QT_TRANSLATE_NOOP(
    "Documents", "Printed. Please take your document from the printer below the screen."
)
NOT_RENDERED = QT_TRANSLATE_NOOP(
    "Documents", "The document could not be prepared. Please check the fields and try again."
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Documents", text)


def page_images(pdf: Path, width: int = PAGE_WIDTH_PX) -> list[QImage]:
    """Each page of `pdf` drawn by Qt's PDF renderer: exactly what goes to the printer."""
    document = QPdfDocument()
    try:
        document.load(str(pdf))
        images = []
        for page in range(document.pageCount()):
            size = document.pagePointSize(page)
            height = round(width * size.height() / size.width())
            images.append(document.render(page, QSize(width, height)))
        return images
    finally:
        document.close()


PDF_PREFIX = "lexkiosk-doc-"


def _remove_left_over_pdfs() -> None:
    """A crash may have left a resident's document behind: gone before the next resident."""
    for folder in Path(tempfile.gettempdir()).glob(f"{PDF_PREFIX}*"):
        shutil.rmtree(folder, ignore_errors=True)


@dataclass(frozen=True)
class DocumentsContext:
    list_screen: DocsScreen
    fill: DocFillScreen
    preview: DocPreviewScreen
    journey: Journey
    knowledge: OfflineKnowledgeBase
    printer: Printer | None
    settings: TerminalSettings  # what ReceiptPrinter needs to say the printer's state
    tasks: Tasks
    voice: Voice
    clock: Callable[[], float]


class DocumentsController:
    def __init__(self, ctx: DocumentsContext, router: Router) -> None:
        self.ctx = ctx
        self.knowledge = ctx.knowledge
        self.pdf: Path | None = None
        self._folder: Path | None = None
        j = ctx.journey
        self.list_screen, self.fill, self.preview = ctx.list_screen, ctx.fill, ctx.preview
        self.list_screen.back_requested.connect(j.back)
        self.list_screen.template_chosen.connect(self.choose)
        self.fill.back_requested.connect(j.back)
        self.fill.preview_requested.connect(lambda: j.go(DOCS_PREVIEW))
        self.preview.back_requested.connect(j.back)
        self.preview.print_requested.connect(self.print_document)
        self.preview.done.connect(j.finish)
        j.ended.connect(lambda _reason: self._reset())
        _remove_left_over_pdfs()
        router.register(DOCS, prepare=self._fill_list, enter=self._speak_list)
        router.register(DOCS_FILL, prepare=self._fill_form, enter=self._speak_form)
        router.register(DOCS_PREVIEW, enter=lambda _id: self._render())

    def _reset(self) -> None:
        self._drop_pdf()
        self.list_screen.show_templates([], "")
        self.fill.show_form(None)
        self.preview.show_pages([])

    def _drop_pdf(self) -> None:
        """The PDF holds the resident's data: removed when not needed any more."""
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
        self._folder = self.pdf = None

    @property
    def form(self) -> DocumentForm | None:
        value = self.ctx.journey.session.get("document")
        return value if isinstance(value, DocumentForm) else None

    def _fill_list(self, _screen_id: str) -> None:
        templates = self.knowledge.templates()
        self.list_screen.show_templates(templates, "" if templates else _tr(NO_TEMPLATES))

    def _speak_list(self, _screen_id: str) -> None:
        self.ctx.voice.say(self.list_screen.spoken_text())

    def _fill_form(self, _screen_id: str) -> None:
        self.fill.show_form(self.form)

    def _speak_form(self, _screen_id: str) -> None:
        self.ctx.voice.say(self.fill.spoken_text())

    def choose(self, code: str) -> None:
        for template in self.knowledge.templates():
            if template.code == code:
                form = DocumentForm.start(template, self.ctx.journey.identity, date.today())
                self.ctx.journey.session.put("document", form)
                self.ctx.journey.go(DOCS_FILL)
                return

    def _render(self) -> None:
        form = self.form
        if form is None:
            return
        self._drop_pdf()
        self._folder = Path(tempfile.mkdtemp(prefix=PDF_PREFIX))
        target = self._folder / "document.pdf"
        self.preview.show_pages([])
        self.preview.set_state("rendering")
        try:
            document = form.document()
        except TemplateError:  # a required value went missing: back to the form's hints
            self.preview.set_state("failed", _tr(NOT_RENDERED))
            return
        self.ctx.tasks.run("render", lambda: render(document, "a4", target), self._rendered)

    def _rendered(self, result: object) -> None:
        if self.ctx.journey.navigator.current != DOCS_PREVIEW:
            return
        if not isinstance(result, Path):
            log.error("document not rendered: %s", type(result).__name__)
            self.preview.set_state("failed", _tr(NOT_RENDERED))
            return
        self.pdf = result
        self.preview.show_pages(page_images(result))
        self.ctx.voice.say(self.preview.title.text())

    def print_document(self) -> None:
        device = self.ctx.printer
        printer = ReceiptPrinter(device, self.ctx.settings)
        pdf, form = self.pdf, self.form
        if pdf is None or form is None or self.ctx.tasks.busy_with("print"):
            return
        if not printer.fitted:  # a TV, a robot without a printer: where it can be printed
            self.preview.set_state("failed", absent(NO_PRINTER_DOCUMENT))
            self.ctx.voice.say(self.preview.status.text())
            return
        if not printer.ready() or device is None:
            self.preview.set_state("failed", printer.problem())
            self.ctx.voice.say(printer.problem())
            return
        self.ctx.journey.idle.pause("printing")
        self.preview.set_state("printing")
        title = form.template.title
        self.ctx.tasks.run(
            "print",
            lambda: device.print_pdf(pdf, title, PRINT_TIMEOUT_S),
            lambda done: self._printed(printer, isinstance(done, Completion) and done.ok),
        )

    def _printed(self, printer: ReceiptPrinter, ok: bool) -> None:
        self.ctx.journey.idle.resume("printing", self.ctx.clock())
        if self.ctx.journey.navigator.current != DOCS_PREVIEW:
            return
        if ok:
            self.preview.set_state("printed", _tr(PRINTED))
        else:
            printer.note_failure()
            self.preview.set_state("failed", printer.problem())
        self.ctx.voice.say(self.preview.status.text())
