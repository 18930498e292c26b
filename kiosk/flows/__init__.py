"""Journey logic in plain Python: what comes next, what a timeout clears. No Qt here."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context`; the screen translates it when it shows it."""
    return text
