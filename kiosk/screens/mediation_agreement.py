"""The mediation agreement at the terminal: the pushed-document screen (pages, pad, print,
back to the call) with one line more under the title saying which party has signed, so the
resident sees whose signature is still missing (and that a change cleared them all).

Once the resident's own signature is accepted the pad, Clear and Sign are disabled and the
status says they signed and wait for the others (the service refuses a second signature); a
change of the agreement clears every signature, and they come back with the new version."""

from __future__ import annotations

from api_client.schemas.agreement import AgreementOut
from kiosk.flows import QT_TRANSLATE_NOOP
from kiosk.flows import agreement as flow
from kiosk.flows.mediation import ROLES
from kiosk.qt import QCoreApplication, QHBoxLayout, Qt, QWidget
from kiosk.screens.base import styled_label
from kiosk.screens.pushed_document import ROW_IN_COLUMNS_PX, UNBOUNDED, PushedDocumentScreen
from kiosk.screens.writing_mode import KEEP_UPRIGHT, vertical_now

translate = QCoreApplication.translate
WAITING = QT_TRANSLATE_NOOP(
    "PushedDocument", "You have signed. Please wait for the others to sign."
)


class AgreementScreen(PushedDocumentScreen):
    shown: AgreementOut | None = None  # until the controller shows one
    # the version the service accepted this resident's signature for (its answer to the
    # signature, before a fetch of the agreement shows it too)
    signed_version: int | None = None

    def __init__(
        self, parent: QWidget | None = None, wide: bool = False, tall: bool = False
    ) -> None:
        super().__init__(parent, wide, tall)  # its retranslate runs before the line below exists
        self.setObjectName("MediationAgreementScreen")  # its buttons share the pushed one's names
        self.parties = styled_label("body")
        self.parties.setObjectName("AgreementParties")
        self.parties.setWordWrap(True)
        if wide:  # the parties' line above the pad (kiosk.screens.document_wide)
            self._place(vertical_now())
            self.retranslate()
            return
        # beside the title, not under it: the TV and the robot have no row to spare
        self.layout_.removeWidget(self.title)
        heading = QHBoxLayout()
        heading.setProperty(KEEP_UPRIGHT, True)
        heading.setSpacing(24)
        heading.addWidget(self.title, 0)
        heading.addWidget(self.parties, 1, Qt.AlignmentFlag.AlignBottom)  # the width left over
        self.parties.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        self.layout_.insertLayout(0, heading)
        self.retranslate()

    def arrange_for_writing(self) -> None:
        super().arrange_for_writing()
        parties = getattr(self, "parties", None)
        if parties is not None:  # in columns: as tall as the other rows at most
            parties.setMaximumHeight(ROW_IN_COLUMNS_PX if vertical_now() else UNBOUNDED)

    def side_widgets(self) -> list[QWidget]:
        parties = getattr(self, "parties", None)  # not yet while the base class builds
        return [parties] if parties is not None else []

    def show_signatures(self, shown: AgreementOut | None) -> None:
        self.shown = shown
        self.retranslate()

    def signed_by_me(self) -> bool:
        """This resident's signature is on the version shown: nothing more to sign."""
        shown = self.shown
        if shown is None:
            return False
        return flow.mine_signed(shown) or self.signed_version == shown.version

    def waiting_for_others(self) -> bool:
        """Signed here, not yet by every party ("sealing_pending" once they all have)."""
        shown = self.shown
        return shown is not None and shown.state == "signing" and self.signed_by_me()

    def _enable(self) -> None:
        super()._enable()
        if self.signed_by_me():  # the service would refuse a second signature
            self.pad.locked = True
            for widget in (self.pad, self.clear, self.sign):
                widget.setEnabled(False)
        else:
            self.pad.setEnabled(True)

    def party_texts(self) -> list[str]:
        shown = self.shown
        if shown is None:
            return []
        texts = []
        for signature in shown.signatures:
            role = translate("Mediation", ROLES.get(signature.role, signature.role))
            if signature.role == shown.you:
                role = translate("Mediation", flow.YOU).replace("%1", role)
            line = flow.SIGNED if signature.signed else flow.NOT_SIGNED
            texts.append(translate("Mediation", line).replace("%1", role))
        return texts

    def spoken_text(self) -> str:
        return "\n".join([super().spoken_text(), *self.party_texts()])

    def retranslate(self) -> None:
        super().retranslate()
        if not hasattr(self, "parties"):
            return
        if self.state == "agreement_signed" and self.waiting_for_others():
            self.status.setText(translate("PushedDocument", WAITING))
        texts = self.party_texts()
        self.parties.setText("  ·  ".join(texts))
        self.parties.setVisible(bool(texts))
