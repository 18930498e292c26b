"""The resident's signature stamped into the pushed PDF as an incremental update (pyHanko).

The ink is drawn as vector strokes (the points the touchscreen recorded, in order) in a box
at the foot of the last page. An incremental update leaves the pushed bytes untouched and
first in the file, so anyone can check what was signed is what was pushed; the PAdES seal
made later is another incremental update on top.
"""

from __future__ import annotations

from io import BytesIO

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader

from api_client.schemas.session_documents import Ink
from central.sessions.errors import SessionError

BOX_W, BOX_H, MARGIN = 200.0, 80.0, 36.0  # points
LINE_W = 1.6


def page_count(pdf: bytes) -> int:
    """The PDF's page count, or 415 naming what is accepted when it is not a readable PDF."""
    if not pdf.startswith(b"%PDF-"):
        raise SessionError(415, "only a PDF file is accepted (it must start with %PDF-)")
    try:
        pages = int(PdfFileReader(BytesIO(pdf), strict=False).root["/Pages"]["/Count"])
    except (PdfError, KeyError, ValueError, TypeError, IndexError) as err:
        raise SessionError(415, "the file is not a readable PDF document") from err
    if pages < 1:
        raise SessionError(415, "the PDF has no pages")
    return pages


def _strokes(ink: Ink, x0: float, y0: float) -> bytes:
    scale = min(BOX_W / ink.width, BOX_H / ink.height)
    dx = x0 + (BOX_W - ink.width * scale) / 2
    dy = y0 + (BOX_H - ink.height * scale) / 2
    ops = [f"q 0.05 0.1 0.45 RG {LINE_W} w 1 J 1 j"]
    for stroke in ink.strokes:
        for n, p in enumerate(stroke.points):
            # pad pixels grow downwards, PDF points upwards
            x, y = dx + p.x * scale, dy + (ink.height - p.y) * scale
            ops.append(f"{x:.2f} {y:.2f} {'m' if n == 0 else 'l'}")
        if len(stroke.points) == 1:  # a dot: a zero-length line with round caps shows it
            ops.append(f"{x:.2f} {y:.2f} l")
        ops.append("S")
    ops.append(f"0.6 G 0.5 w {x0:.2f} {y0 - 4:.2f} m {x0 + BOX_W:.2f} {y0 - 4:.2f} l S Q")
    return "\n".join(ops).encode("ascii")


def stamp_signature(pdf: bytes, ink: Ink) -> bytes:
    """`pdf` followed by an incremental update drawing `ink` at the foot of its last page."""
    writer = IncrementalPdfFileWriter(BytesIO(pdf), strict=False)
    last = int(writer.root["/Pages"]["/Count"]) - 1
    page = writer.find_page_for_modification(last)[0].get_object()  # type: ignore[no-untyped-call]
    box = [float(v) for v in page.get("/MediaBox", [0, 0, 595, 842])]
    x0, y0 = box[2] - MARGIN - BOX_W, box[1] + MARGIN
    stream = generic.StreamObject(stream_data=_strokes(ink, x0, y0))
    writer.add_stream_to_page(last, writer.add_object(stream))  # type: ignore[no-untyped-call]
    out = BytesIO()
    writer.write(out)  # type: ignore[no-untyped-call]
    return out.getvalue()
