"""`lexkiosk prompts missing --language mn`: which prompts a language's recording pack lacks.

A prompt pack is a folder of WAV files per language under the terminal's data directory
(`<data_dir>/prompts/<lang>/`), one file per message of the translation catalogue, named by the
message's id (devices.speech.prompts.message_key). The technician records what this lists, by
file name, and copies the files in; the terminal plays them instead of synthesis (and, for
Mongolian, instead of speaking Chinese) from the next sentence on.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from config.settings import TerminalSettings
from devices.speech.prompts import PromptFolder, message_key

PACK_LANGUAGES = ("mn", "zh")


def add_commands(subparsers: Any) -> None:
    parser = subparsers.add_parser("prompts", help="recorded prompt packs (voices per language)")
    sub = parser.add_subparsers(dest="prompts_command", required=True, metavar="COMMAND")
    missing = sub.add_parser("missing", help="the catalogue's messages with no recording yet")
    missing.add_argument(
        "--language", required=True, choices=PACK_LANGUAGES, help="the pack's language"
    )
    missing.add_argument("--json", action="store_true", help="one JSON object per line")


def run(args: argparse.Namespace, settings: TerminalSettings) -> int:
    from kiosk.i18n.catalogue import Catalogue

    lang: str = args.language
    try:
        catalogue = Catalogue.load(lang)
    except (OSError, ValueError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    folder = PromptFolder(settings.data_dir / "prompts")
    messages = catalogue.messages()
    missing = folder.missing(messages, lang)
    for message in missing:
        name = f"{message_key(message)}.wav"
        if args.json:
            row = {
                "file": name,
                "context": message.context,
                "source": message.source,
                "text": catalogue.text(message),
            }
            print(json.dumps(row, ensure_ascii=False))
        else:
            print(f"{name}  [{message.context}] {message.source}")
    where = folder.root / lang
    print(
        f"{len(missing)} of {len(messages)} prompts have no {lang} recording in {where}",
        file=sys.stderr,
    )
    return 0
