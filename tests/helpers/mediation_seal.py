"""What the mediation chain checks after the call: the sealed agreement's signature as pyHanko
judges it (the test root and what the file embeds only), and whose media the recording holds:
the main room's journaled segments and the side talk's own segment."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

from pyhanko.keys import load_cert_from_pemder
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.dss import DocumentSecurityStore

from central.db import Database
from central.recordings.segments import journaled_segments

FEED = re.compile(r"-user-(\d+)-")


def validated(pdf: bytes, root_file: Path) -> Any:
    """pyHanko's verdict on the PAdES seal (B-LT: the revocation information embedded)."""
    root = load_cert_from_pemder(str(root_file))
    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    dss = DocumentSecurityStore.read_dss(reader)
    assert len(dss.ocsps) >= 1, "revocation information embedded (B-LT)"
    context = dss.as_validation_context(
        {"trust_roots": [root], "allow_fetching": False, "revocation_mode": "hard-fail"}
    )
    sig = reader.embedded_signatures[0]
    assert sig.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"
    return validate_pdf_signature(sig, context, ts_validation_context=context)


def recorded_feeds(db: Database, media: Path, public_id: str) -> dict[str, Any] | None:
    """How many publishers (Janus feeds) the main room's journaled segments and the side
    talk's segment folder hold; None until the main room's segment is journaled."""
    with db.session() as session:
        segments = journaled_segments(session, public_id)
    if not segments:
        return None
    main = {m.group(1) for s in segments for name in s["raw_sha256"] if (m := FEED.search(name))}
    side_folders = sorted(media.rglob("side-talk-*"))
    side = {
        m.group(1)
        for folder in side_folders
        for f in folder.iterdir()
        if (m := FEED.search(f.name))
    }
    return {
        "main": len(main),
        "side": len(side),
        "segments": segments,
        "side_folders": [f.name for f in side_folders],
    }
