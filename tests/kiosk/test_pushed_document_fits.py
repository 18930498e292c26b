"""The notary's pushed document fits the landscape terminals: on the robot (1280x800) and the
TV (1920x1080), in Chinese, in Mongolian (written in columns) and in the elders' large text, the
page stands beside the signing, and the page, the pad and Sign are in the window without
scrolling (before, the screen was 1493 px high on the TV in Mongolian and scrolled on the
robot). Rendered to PNG (MEDIATION_PNG_DIR keeps them) for a person to look at."""

from __future__ import annotations

from pathlib import Path

import pytest

from central.mediation.agreement_pdf import agreement_pdf
from kiosk.controllers.documents import page_images
from kiosk.flows.journey import SESSION_DOCUMENT
from kiosk.flows.signing import PushedDocument
from kiosk.qt import QImage, QPoint, QScrollArea, Qt
from tests.helpers.agreement import VALUES
from tests.helpers.fits import inside, png_dir, settled_size, started_shell

CLICK = Qt.MouseButton.LeftButton
TEXT = "\n".join(
    [
        "委托书",
        f"委托人：{VALUES['resident_party']}",
        f"受托人：{VALUES['other_party']}",
        f"委托事项：{VALUES['dispute_facts']}",
        f"委托期限：{VALUES['performance_deadline']}",
    ]
)
SIZES = {"robot": (1280, 800), "tv": (1920, 1080)}


@pytest.fixture(scope="module")
def document_page(tmp_path_factory: pytest.TempPathFactory) -> QImage:
    pdf = tmp_path_factory.mktemp("document") / "document.pdf"
    pdf.write_bytes(agreement_pdf("委托书", "ND-20261207-0001", 1, TEXT, []))
    return page_images(pdf)[0]


@pytest.mark.parametrize("profile", ["robot", "tv"])
@pytest.mark.parametrize(("language", "large"), [("zh", False), ("mn", False), ("zh", True)])
def test_the_pushed_document_shows_page_pad_and_sign_at_once_on_landscape_terminals(
    qtbot,
    make_shell,
    tmp_path: Path,
    document_page: QImage,
    profile: str,
    language: str,
    large: bool,
) -> None:
    pngs = png_dir(tmp_path)
    shell = started_shell(qtbot, make_shell, profile, language, large)
    w = shell.window
    screen = w.session_document
    document = PushedDocument("ses_1")
    document.announce(1, "委托书", "", False)
    document.loaded(b"%PDF", 2)
    screen.show_document(document)
    screen.show_page(document_page)
    screen.set_state("reading")
    shell.journey.go(SESSION_DOCUMENT)
    size = settled_size(w)
    w.grab().save(
        str(pngs / f"pushed-document-{profile}-{language}{'-large' if large else ''}.png")
    )
    assert size == SIZES[profile]
    assert not screen.findChildren(QScrollArea)
    for widget in (screen.page, screen.pad, screen.sign, screen.clear, screen.back, screen.read):
        assert widget.isVisible() and inside(w, widget), widget.objectName()
    for widget in (screen.previous, screen.next, screen.print_button, screen.status):
        assert widget.isVisible() and inside(w, widget), widget.objectName()
    page_right = screen.page.mapTo(w, QPoint(screen.page.width(), 0)).x()
    assert page_right <= screen.pad.mapTo(w, QPoint(0, 0)).x()  # side by side
    # the page turns on the screen's own button, as the resident would press it
    assert screen.next.isEnabled()
    with qtbot.waitSignal(screen.turn_requested) as turned:
        qtbot.mouseClick(screen.next, CLICK)
    assert turned.args == [1]
