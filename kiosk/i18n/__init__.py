"""Translations: `.ts` sources are committed, `.qm` files are compiled by `kiosk.i18n.build`."""

from __future__ import annotations

from pathlib import Path

I18N_DIR = Path(__file__).parent

# Qt locale names for the shell's language codes.
QT_LOCALES = {"zh": "zh_CN", "en": "en_US", "mn": "mn_MN"}


# Languages whose script the CJK font lacks, and the family that draws it (Debian package).
SCRIPT_FONTS = {"mn": ("Noto Sans Mongolian", "fonts-noto-core")}


def qm_path(lang: str) -> Path:
    return I18N_DIR / f"lexkiosk_{QT_LOCALES[lang]}.qm"
