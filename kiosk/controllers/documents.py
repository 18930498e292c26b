"""Document self-service: templates from the offline copy, the form filled on screen, the PDF
made on a worker thread and shown as images of its pages, then printed."""

from __future__ import annotations

import logging
import shutil
import tempfile
from datetime import date
from pathlib import Path

from devices.documents.pdf import render
from devices.printer.port import Printer
from devices.xfs import DeviceFamily
from kiosk.flows import QT_TRANSLATE_NOOP
from kiosk.flows.documents import NO_TEMPLATES, DocumentForm, TemplateError
from kiosk.flows.journey import DOCS, DOCS_FILL, DOCS_PREVIEW
from kiosk.journeys import JourneyController
from kiosk.knowledge_base import OfflineKnowledgeBase
from kiosk.qt import QCoreApplication, QImage, QSize
from kiosk.qt_quick import QPdfDocument
from kiosk.receipts import PRINT_TIMEOUT_S, ReceiptPrinter

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


class DocumentsController:
    def __init__(self, ctl: JourneyController, knowledge: OfflineKnowledgeBase) -> None:
        self.ctl = ctl
        self.knowledge = knowledge
        self.pdf: Path | None = None
        self._folder: Path | None = None
        w, j = ctl.window, ctl.journey
        self.list_screen, self.fill, self.preview = w.docs, w.doc_fill, w.doc_preview
        self.list_screen.back_requested.connect(j.back)
        self.list_screen.template_chosen.connect(self.choose)
        self.fill.back_requested.connect(j.back)
        self.fill.preview_requested.connect(lambda: j.go(DOCS_PREVIEW))
        self.preview.back_requested.connect(j.back)
        self.preview.print_requested.connect(self.print_document)
        self.preview.done.connect(j.finish)
        j.ended.connect(lambda _reason: self._reset())
        _remove_left_over_pdfs()

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
        value = self.ctl.journey.session.get("document")
        return value if isinstance(value, DocumentForm) else None

    def show(self, screen_id: str) -> None:
        w = self.ctl.window
        if screen_id == DOCS:
            templates = self.knowledge.templates()
            self.list_screen.show_templates(templates, "" if templates else _tr(NO_TEMPLATES))
            w.stack.setCurrentWidget(self.list_screen)
            self.ctl.speak(self.list_screen.spoken_text())
        elif screen_id == DOCS_FILL:
            self.fill.show_form(self.form)
            w.stack.setCurrentWidget(self.fill)
            self.ctl.speak(self.fill.spoken_text())
        elif screen_id == DOCS_PREVIEW:
            w.stack.setCurrentWidget(self.preview)
            self._render()

    def choose(self, code: str) -> None:
        for template in self.knowledge.templates():
            if template.code == code:
                form = DocumentForm.start(template, self.ctl.journey.identity, date.today())
                self.ctl.journey.session.put("document", form)
                self.ctl.journey.go(DOCS_FILL)
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
        self.ctl.tasks.run("render", lambda: render(document, "a4", target), self._rendered)

    def _rendered(self, result: object) -> None:
        if self.ctl.journey.navigator.current != DOCS_PREVIEW:
            return
        if not isinstance(result, Path):
            log.error("document not rendered: %s", type(result).__name__)
            self.preview.set_state("failed", _tr(NOT_RENDERED))
            return
        self.pdf = result
        self.preview.show_pages(page_images(result))
        self.ctl.speak(self.preview.title.text())

    def print_document(self) -> None:
        device = self.ctl.device(DeviceFamily.PRINTER)
        printer = ReceiptPrinter(device, self.ctl.settings)
        pdf, form = self.pdf, self.form
        if pdf is None or form is None or self.ctl.tasks.busy_with("print"):
            return
        if not printer.ready() or not isinstance(device, Printer):
            self.preview.set_state("failed", printer.problem())
            self.ctl.speak(printer.problem())
            return
        self.ctl.idle.pause("printing")
        self.preview.set_state("printing")
        title = form.template.title
        self.ctl.tasks.run(
            "print",
            lambda: device.print_pdf(pdf, title, PRINT_TIMEOUT_S),
            lambda done: self._printed(printer, bool(getattr(done, "ok", False))),
        )

    def _printed(self, printer: ReceiptPrinter, ok: bool) -> None:
        self.ctl.idle.resume("printing", self.ctl.clock())
        if self.ctl.journey.navigator.current != DOCS_PREVIEW:
            return
        if ok:
            self.preview.set_state("printed", _tr(PRINTED))
        else:
            printer.note_failure()
            self.preview.set_state("failed", printer.problem())
        self.ctl.speak(self.preview.status.text())
