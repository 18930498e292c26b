"""What the mediation chain checks after the call: the sealed agreement's signature as pyHanko
judges it (the test root and what the file embeds only; the notarisation chain judges its
sealed act with it too), and the recording as the recordings API lists and plays it, its
journaled records' feeds and `journal verify`'s verdict."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import av
import httpx
from pyhanko.keys import load_cert_from_pemder
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.dss import DocumentSecurityStore

from central.db import Database
from central.recordings.segments import journaled_segments
from central.recordings.settings import recording_settings
from central.recordings.verify import verify_recordings


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


def listed_segments(http: httpx.Client, sid: str, staff: dict[str, str]) -> list[dict[str, Any]]:
    """The recordings API's segment list (conversions run after the answers)."""
    listed: list[dict[str, Any]] = http.get(
        f"/api/v1/sessions/{sid}/recordings", headers=staff
    ).json()
    return listed


def played(
    http: httpx.Client, sid: str, staff: dict[str, str], index: int, folder: Path
) -> dict[str, Any]:
    """What the segment's file (as played back) holds: its video frames and audio frames."""
    reply = http.get(f"/api/v1/sessions/{sid}/recordings/{index}", headers=staff)
    if reply.status_code != 200:
        return {"status": reply.status_code}
    path = folder / f"played-{index}.webm"
    path.write_bytes(reply.content)
    with av.open(str(path)) as container:
        frames = sum(1 for _ in container.decode(video=0))
    with av.open(str(path)) as container:
        audio = sum(1 for _ in container.decode(audio=0))
    return {"status": 200, "frames": frames, "audio_frames": audio}


def recording_of(
    http: httpx.Client, db: Database, data: Path, sid: str, staff: dict[str, str]
) -> dict[str, Any]:
    """The listed segments with their kinds, each record's feeds, the side talk's file played
    back, and `journal verify`'s recordings part."""
    listed = listed_segments(http, sid, staff)
    with db.session() as session:
        records = journaled_segments(session, sid)
        problems = verify_recordings(session, recording_settings(data, None)).problems
    side = [s for s in listed if s["kind"] == "side_talk"]
    return {
        "segments": listed,
        "feeds": {str(r["index"]): len(r["feeds"]) for r in records},
        "side_file": played(http, sid, staff, side[0]["index"], data) if side else {},
        "verify": problems,
    }
