"""Remote mediation at the kiosk shell, driven by clicks and key presses, against a service
speaking the mediation contract over real HTTP (tests/helpers/mediation_fake.py):

- the invited party at another terminal: home tile -> consent -> emulated ID card -> code ->
  mediation consent -> the call screen; a wrong code comes back with the service's message;
- during the call the screen follows the polled state: the tiles of the others, the side
  talk's note, a kiosk_print invitation printed once as a slip whose QR code decodes to the
  link, and a removal.
Every new screen is rendered to PNG for a person to look at (MEDIATION_PNG_DIR keeps them).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import cv2
import pytest

from devices.idcard.emulator import synthetic_card
from devices.xfs import DeviceFamily
from kiosk.flows import mediation as flow
from kiosk.flows.journey import CHECK_IN, MEDIATION_CALL, MEDIATION_CODE, MEDIATION_CONSENT
from kiosk.qt import QApplication, QCoreApplication, Qt
from kiosk.shell import Shell
from tests.helpers.fits import png_dir
from tests.helpers.mediation_fake import CODE, INVITATION, TOKEN, WRONG_CODE, mediation_fake

CLICK = Qt.MouseButton.LeftButton
TIMEOUT_MS = 15_000
PEOPLE = [("王", "resident"), ("赵", "mediator"), ("孙", "other_party"), ("周", "other_party")]
PEOPLE.append(("吴", "other_party"))  # five others: a call of six


def _type_code(qtbot, shell: Shell, code: str) -> None:
    screen = shell.window.mediation_code
    screen.code_edit.clear()
    screen.code_edit.setFocus()
    qtbot.keyClicks(screen.code_edit, code)
    qtbot.mouseClick(screen.join_button, CLICK)


def test_the_invited_party_joins_by_card_code_and_consent(qtbot, make_shell, tmp_path) -> None:
    """GIVEN a terminal enrolled with the service WHEN the invited person picks the home tile,
    reads their card, types a wrong code, then the right one, and agrees THEN the wrong code
    brings the service's own message back on the code screen, and the right one the call
    screen with the other participants' names and roles."""
    pngs = png_dir(tmp_path)
    with mediation_fake() as fake:
        shell: Shell = make_shell(token=TOKEN, central_url=fake.base)
        shell.network.start()
        w = shell.window
        qtbot.mouseClick(w.attract.start_button, CLICK)
        qtbot.mouseClick(w.home.invited_button, CLICK)  # under the service tiles
        qtbot.mouseClick(w.consent.agree_button, CLICK)
        reader = shell.devices.devices[DeviceFamily.ID_READER]
        reader.place(synthetic_card(5))  # type: ignore[attr-defined]
        qtbot.waitUntil(w.identify.continue_button.isEnabled)
        qtbot.mouseClick(w.identify.continue_button, CLICK)
        assert shell.journey.navigator.current == MEDIATION_CODE
        w.grab().save(str(pngs / "mediation-code-zh.png"))

        _type_code(qtbot, shell, "k7m2-qx9")  # seven characters: refused before sending
        assert "8" in w.mediation_code.message.text() and w.mediation_code.message.isVisible()
        assert shell.journey.navigator.current == MEDIATION_CODE

        _type_code(qtbot, shell, "ABCDEFGH")  # well formed, but not the invitation's
        assert shell.journey.navigator.current == MEDIATION_CONSENT
        w.grab().save(str(pngs / "mediation-consent-zh.png"))
        qtbot.mouseClick(w.mediation_consent.agree_button, CLICK)
        qtbot.waitUntil(lambda: w.mediation_code.message.text() == WRONG_CODE, timeout=TIMEOUT_MS)
        assert shell.journey.navigator.current == MEDIATION_CODE
        assert w.mediation_code.message.isVisible()
        w.grab().save(str(pngs / "mediation-code-wrong-zh.png"))

        _type_code(qtbot, shell, CODE.lower())
        qtbot.mouseClick(w.mediation_consent.agree_button, CLICK)
        qtbot.waitUntil(
            lambda: shell.journey.navigator.current == MEDIATION_CALL, timeout=TIMEOUT_MS
        )
        call = w.mediation_call
        qtbot.waitUntil(lambda: call.tiles[1].isVisible(), timeout=TIMEOUT_MS)
        names = [t.caption.text() for t in call.tiles if t.isVisible()]
        assert names == ["王* · 当事人", "赵* · 调解员"]
        w.grab().save(str(pngs / "mediation-call-zh.png"))
        _leave_quietly(qtbot, shell)
    [redeemed] = fake.redeemed
    assert redeemed.code == CODE and redeemed.consent is True
    assert redeemed.id_number.startswith("110101")  # the card read at this terminal
    assert fake.attempts_left == 2


def _leave_quietly(qtbot, shell: Shell) -> None:
    """Leave the call and let the last poll land while the service still answers."""
    qtbot.mouseClick(shell.window.mediation_call.leave_button, CLICK)
    calls = shell.controllers.mediation.ctx.calls
    qtbot.waitUntil(lambda: not calls.busy_with("mediation_state"), timeout=TIMEOUT_MS)


def _qr_of(pdf: Path, folder: Path) -> str:
    subprocess.run(["pdftoppm", "-r", "200", "-png", str(pdf), str(folder / "slip")], check=True)
    image = cv2.imread(str(sorted(folder.glob("slip*.png"))[0]))
    assert image is not None
    return str(cv2.QRCodeDetector().detectAndDecode(image)[0])


def test_the_call_follows_side_talk_prints_the_slip_once_and_ends_on_removal(
    qtbot, make_shell, tmp_path
) -> None:
    """GIVEN the resident's terminal in a mediation call WHEN the mediator invites by printed
    slip, takes the other party aside, mutes the resident and removes them THEN the slip is
    fetched once and printed with the link's QR code, the notes say what happens, and after
    the removal the polls stop and Leave ends at the rating."""
    pngs = png_dir(tmp_path)
    with mediation_fake() as fake:
        shell: Shell = make_shell(token=TOKEN, central_url=fake.base)
        shell.network.start()
        w, call = shell.window, shell.window.mediation_call
        qtbot.mouseClick(w.attract.start_button, CLICK)
        shell.journey.go(MEDIATION_CALL)  # the resident's own mediation session started
        fake.print_invitation = True
        shell.controllers.mediation.follow("ses_mediation_fake")
        qtbot.waitUntil(lambda: call.tiles[1].isVisible(), timeout=TIMEOUT_MS)
        printed = tmp_path / "printed"
        qtbot.waitUntil(lambda: any(printed.glob("*.pdf")), timeout=TIMEOUT_MS)
        [slip] = list(printed.glob("*.pdf"))
        assert _qr_of(slip, tmp_path) == f"{fake.base}/join/{INVITATION}?code={CODE}"

        fake.side_talk_with = "p_other"
        aside = QCoreApplication.translate("Mediation", flow.NOTES[flow.Note.ASIDE_OTHER])
        qtbot.waitUntil(lambda: aside in call.notes.text(), timeout=TIMEOUT_MS)
        fake.muted.add("p_resident")
        muted = QCoreApplication.translate("Mediation", flow.NOTES[flow.Note.MUTED])
        qtbot.waitUntil(lambda: muted in call.notes.text(), timeout=TIMEOUT_MS)
        assert call.notes.isVisible()
        w.grab().save(str(pngs / "mediation-call-notes-zh.png"))
        assert fake.slip_fetches == 1  # polled many times, fetched once

        fake.removed = True
        removed = QCoreApplication.translate("Mediation", flow.NOTES[flow.Note.REMOVED])
        qtbot.waitUntil(lambda: removed in call.notes.text(), timeout=TIMEOUT_MS)
        assert not any(t.isVisible() for t in call.tiles)
        _leave_quietly(qtbot, shell)
        assert shell.journey.navigator.current != MEDIATION_CALL


@pytest.mark.parametrize("lang", ["en", "mn"])
def test_the_mediation_screens_in_english_and_mongolian(qtbot, make_shell, tmp_path, lang) -> None:
    """Each new screen rendered in the language for a person to look at; the texts are the
    catalogue's (nothing left in English in Mongolian)."""
    pngs = png_dir(tmp_path)
    shell: Shell = make_shell()
    w = shell.window
    qtbot.mouseClick(w.attract.start_button, CLICK)
    shell.journey.choose_language(lang)
    QApplication.processEvents()
    assert w.home.invited_button.isVisible()
    w.grab().save(str(pngs / f"home-with-invitation-{lang}.png"))
    w.mediation_call.show_view(
        flow.MediationView(
            (
                flow.Tile("p_resident", "王*", "resident", False),
                flow.Tile("p_mediator", "赵*", "mediator", True),
            ),
            (flow.Note.ASIDE_YOU,),
        )
    )
    screens = (
        (MEDIATION_CODE, "code", w.mediation_code),
        (MEDIATION_CONSENT, "consent", w.mediation_consent),
        (MEDIATION_CALL, "call", w.mediation_call),
    )
    for screen_id, name, screen in screens:
        shell.journey.go(screen_id)
        assert w.stack.currentWidget() is screen
        w.grab().save(str(pngs / f"mediation-{name}-{lang}.png"))
        if lang == "mn":
            assert (
                "Mediation" not in screen.spoken_text() and "mediator" not in screen.spoken_text()
            )


@pytest.mark.parametrize("profile", ["tv", "robot"])
def test_the_mediation_screens_fit_the_landscape_profiles(
    qtbot, make_shell, tmp_path, profile
) -> None:
    """GIVEN a TV (1920x1080, remote) or a robot WHEN the code, consent and a full call of six
    are shown THEN the window keeps the profile's size (rendered for a person to look at)."""
    pngs = png_dir(tmp_path)
    shell: Shell = make_shell(profile=profile)
    shell.idle_timer.stop()
    w = shell.window
    shell.journey.go(CHECK_IN)
    QApplication.processEvents()
    size = (w.width(), w.height())
    tiles = tuple(
        flow.Tile(f"p{i}", f"{name}*", role, i == 2) for i, (name, role) in enumerate(PEOPLE)
    )
    w.mediation_call.show_view(flow.MediationView(tiles, (flow.Note.MUTED, flow.Note.ASIDE_YOU)))
    for screen_id, name in (
        (MEDIATION_CODE, "code"),
        (MEDIATION_CONSENT, "consent"),
        (MEDIATION_CALL, "call"),
    ):
        shell.journey.go(screen_id)
        QApplication.processEvents()
        assert (w.width(), w.height()) == size, name
        w.grab().save(str(pngs / f"mediation-{name}-{profile}-zh.png"))
