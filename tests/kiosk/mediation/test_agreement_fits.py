"""The new mediation parts fit every terminal: the booking screen asking for a mediation by
video, the call screen with its agreement button and the agreement screen with each party's
signature state, on the upright kiosk (1080x1920), the robot (1280x800) and the TV
(1920x1080), in Chinese, in Mongolian (written in columns) and in the elders' large text.
Each is rendered to PNG (MEDIATION_PNG_DIR keeps them) for a person to look at."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from api_client.schemas.agreement import AgreementOut, SignatureShown
from central.mediation.agreement_pdf import agreement_pdf
from kiosk.controllers.documents import page_images
from kiosk.flows import agreement as agreement_flow
from kiosk.flows import mediation as flow
from kiosk.flows.journey import MEDIATION_AGREEMENT, MEDIATION_CALL
from kiosk.flows.signing import PushedDocument
from kiosk.navigation.ring import FocusRing
from kiosk.qt import QImage, QPoint, QRect, QScrollArea, Qt, QWidget
from tests.helpers.agreement import VALUES
from tests.helpers.fits import inside, left_of, png_dir, rect_in, settled_size, started_shell

CLICK = Qt.MouseButton.LeftButton
SIZES = {"kiosk": (1080, 1920), "robot": (1280, 800), "tv": (1920, 1080)}
# the TV in Mongolian: what may stay empty under the signing side's last row (a tenth of the
# height: the rows of columns are at most ROW_IN_COLUMNS_PX tall, so some room is left over)
EMPTY_UNDER_SIGNING_PX = 108
TEXT = "\n".join(
    [
        "人民调解协议书",
        f"当事人：{VALUES['resident_party']}、{VALUES['other_party']}",
        f"纠纷事实：{VALUES['dispute_facts']}",
        f"协议内容：{VALUES['agreed_terms']}",
        f"履行期限：{VALUES['performance_deadline']}",
        f"调解员：{VALUES['mediator']}　调解委员会：{VALUES['committee']}",
    ]
)


@pytest.fixture(scope="module")
def agreement_page(tmp_path_factory: pytest.TempPathFactory) -> QImage:
    """The agreement's first page as the central service draws it and the kiosk renders it."""
    pdf = tmp_path_factory.mktemp("agreement") / "agreement.pdf"
    pdf.write_bytes(agreement_pdf("人民调解协议书", "MA-20261207-0001", 2, TEXT, []))
    return page_images(pdf)[0]


def _agreement() -> AgreementOut:
    return AgreementOut(
        agreement_id="MA-20261207-0001",
        session_id="ses_1",
        version=2,
        title="人民调解协议书",
        text="",
        values={},
        updated_at=datetime(2026, 12, 7, tzinfo=UTC),
        signatures=[
            SignatureShown(role="resident", signed=True),
            SignatureShown(role="other_party", signed=False),
            SignatureShown(role="mediator", signed=False),
        ],
        state="signing",
        you="resident",
    )


@pytest.mark.parametrize(
    ("profile", "language", "large"),
    [
        ("kiosk", "zh", False),
        ("kiosk", "mn", False),
        ("robot", "zh", False),
        ("robot", "mn", False),
        ("robot", "zh", True),
        ("tv", "zh", False),
        ("tv", "mn", False),
        ("tv", "zh", True),
    ],
)
def test_mediation_by_video_the_agreement_button_and_screen_fit(
    qtbot,
    make_shell,
    tmp_path: Path,
    agreement_page: QImage,
    profile: str,
    language: str,
    large: bool,
) -> None:
    pngs = png_dir(tmp_path)
    name = f"{profile}-{language}{'-large' if large else ''}"
    shell = started_shell(qtbot, make_shell, profile, language, large)
    w = shell.window

    # the booking screen: the mediation kind chosen, the video button asks for a mediation
    shell.journey.open_service("notary_mediation")
    qtbot.mouseClick(w.booking.kinds["mediation"], CLICK)
    assert w.booking.video_kind() == "mediation"
    size = settled_size(w)
    w.grab().save(str(pngs / f"booking-mediation-{name}.png"))
    assert size == SIZES[profile]
    assert inside(w, w.booking.video_button) and w.booking.video_button.isVisible()

    # the agreement with each party's state, a page and the pad
    screen = w.mediation_agreement
    document = PushedDocument("ses_1")
    document.announce(2, "人民调解协议书", "", False)
    document.loaded(b"%PDF", 1)
    screen.show_document(document)
    screen.show_page(agreement_page)
    screen.set_state("changed")
    shell.journey.go(MEDIATION_AGREEMENT)
    without = settled_size(w)
    screen.show_signatures(_agreement())
    size = settled_size(w)
    w.grab().save(str(pngs / f"mediation-agreement-{name}.png"))
    assert screen.parties.isVisible() and screen.parties.text()
    assert size == without  # the parties' line takes no row the page or the pad needs
    assert size == SIZES[profile]
    assert not screen.findChildren(QScrollArea)  # nothing below the fold (kiosk.window's _settle)
    # the page, the pad and Sign at once: on the robot and the TV side by side
    for widget in (screen.parties, screen.page, screen.pad, screen.sign, screen.clear):
        assert widget.isVisible() and inside(w, widget), widget.objectName()
    for widget in (screen.back, screen.print_button, screen.read, screen.previous, screen.next):
        assert widget.isVisible() and inside(w, widget), widget.objectName()
    assert screen.page.height() >= 240 and screen.page.pixmap().height() >= 220
    if profile != "kiosk":
        assert left_of(screen.page, screen.pad, w)
    if (profile, language) == ("tv", "mn"):
        # the signing side (what stands right of the page) is used to its foot: the page
        # turning and the page's actions stand under Sign (before: 353 px empty under Sign,
        # a third of the height), and the page takes the height they left
        page_right = rect_in(w, screen.page).right()
        signing = [widget for widget in screen.findChildren(QWidget)
                   if widget.isVisible() and rect_in(w, widget).left() > page_right
                   and screen.isAncestorOf(widget)]  # fmt: skip
        foot = max(rect_in(w, widget).bottom() for widget in signing)
        assert w.height() - foot <= EMPTY_UNDER_SIGNING_PX, foot
        assert screen.page.height() >= 0.9 * w.height()
    ring = w.findChild(FocusRing)
    if profile == "tv" and ring is not None and ring.target is not None:
        # the remote's ring stays on its control when the parties' line moves it
        target, host = ring.target, ring.parentWidget()
        assert host is not None
        assert ring.ring_rect == QRect(target.mapTo(host, QPoint(0, 0)), target.size())

    # the call of six with the agreement button beside Leave
    people = [("赵", "mediator"), ("孙", "other_party"), ("周", "other_party")]
    tiles = tuple(flow.Tile(f"p{i}", f"{n}*", r, False) for i, (n, r) in enumerate(people))
    w.mediation_call.show_view(flow.MediationView(tiles, (flow.Note.ASIDE_OTHER,)))
    shell.journey.go(MEDIATION_CALL)
    without = settled_size(w)
    w.mediation_call.show_agreement(agreement_flow.AgreementNote.CHANGED)
    size = settled_size(w)
    w.grab().save(str(pngs / f"mediation-call-agreement-{name}.png"))
    assert size == without  # the button takes no room of its own
    assert size == SIZES[profile]  # (upright in Mongolian it was 1205 px wide: fixed tiles)
    for tile in [t for t in w.mediation_call.tiles if t.isVisible()]:
        assert inside(w, tile.picture) and inside(w, tile.caption), tile.objectName()
    button = w.mediation_call.agreement_button
    assert button.isVisible() and inside(w, button)
    assert inside(w, w.mediation_call.leave_button)
