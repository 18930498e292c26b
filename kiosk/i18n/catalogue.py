"""The translation catalogue read as data: every message's id (context, source) and its text.

The `.ts` files are what translators edit and what `kiosk.i18n.build` compiles; read here as
XML they give the list of messages a prompt pack should record, and a message's text in a
language other than the one the shell is showing (the Chinese spoken for a Mongolian screen).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from devices.speech.prompts import MessageId
from kiosk.i18n import I18N_DIR, QT_LOCALES


class Catalogue:
    """One language's messages, in the order of the `.ts` file."""

    def __init__(self, lang: str, texts: dict[MessageId, str]) -> None:
        self.lang = lang
        self._texts = texts

    @classmethod
    def load(cls, lang: str, folder: Path = I18N_DIR) -> Catalogue:
        """Raise ValueError naming the languages there are when `lang` has no catalogue."""
        if lang not in QT_LOCALES or lang == "en":
            known = ", ".join(sorted(k for k in QT_LOCALES if k != "en"))
            raise ValueError(f"no translation catalogue for {lang!r}; there are: {known}")
        # the catalogues are the terminal's own committed files, not outside input
        root = ET.parse(folder / f"lexkiosk_{QT_LOCALES[lang]}.ts").getroot()  # noqa: S314
        texts: dict[MessageId, str] = {}
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                translation = message.find("translation")
                done = translation is not None and translation.get("type") not in (
                    "unfinished",
                    "obsolete",
                    "vanished",
                )
                text = (translation.text or "") if translation is not None and done else ""
                texts[MessageId(name, source)] = text
        return cls(lang, texts)

    def messages(self) -> list[MessageId]:
        return list(self._texts)

    def text(self, message: MessageId) -> str:
        """The message in this language; its English source where it is not translated."""
        return self._texts.get(message) or message.source
