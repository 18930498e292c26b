"""Switches the shell's language at run time by swapping the installed QTranslator."""

from __future__ import annotations

import logging

from kiosk.i18n import QT_LOCALES, SCRIPT_FONTS, qm_path
from kiosk.qt import QCoreApplication, QEvent, QFontDatabase, QLocale, QTranslator

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"  # the strings in the code are English


class LanguageSwitcher:
    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translator: QTranslator | None = None
        self.current = SOURCE_LANGUAGE

    def available(self, lang: str) -> bool:
        """A compiled translation exists and a font draws its script."""
        if lang in SCRIPT_FONTS:
            family, package = SCRIPT_FONTS[lang]
            if family not in QFontDatabase.families():
                log.error("language %s not offered: install %s (%s)", lang, package, family)
                return False
        return lang == SOURCE_LANGUAGE or qm_path(lang).exists()

    def switch(self, lang: str) -> bool:
        """Install the translation for `lang`; every widget gets a LanguageChange event.

        Returns False (and keeps the current language) when no compiled translation exists.
        """
        if lang == self.current:
            return True
        new: QTranslator | None = None
        if lang != SOURCE_LANGUAGE:
            new = QTranslator(self._app)
            if not new.load(str(qm_path(lang))):
                log.error("no compiled translation for %s; run `make setup`", lang)
                return False
        if self._translator is not None:
            QCoreApplication.removeTranslator(self._translator)
            self._translator.deleteLater()
        self._translator = new
        if new is not None:
            QCoreApplication.installTranslator(new)
        QLocale.setDefault(QLocale(QT_LOCALES[lang]))
        self.current = lang
        # Deliver the LanguageChange events now, so every screen is retranslated before the
        # next paint rather than whenever the event loop gets to them.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        return True
