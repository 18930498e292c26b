"""Where a notarial act's evidence comes from in the running service (#17).

The act's journal entry gathers the recording's segments, the identity proofs (the start proof
and each re-proof after a drop) and the documents signed during the call; each part answers for
its own tables.
"""

from __future__ import annotations

from central.recordings.live import recording_settled
from central.recordings.segments import segments_of
from central.sessions.documents import documents_of
from central.sessions.evidence_types import EvidenceSources
from central.sessions.reproof import identity_of

ACT_SOURCES = EvidenceSources(
    segments=segments_of,
    identity=identity_of,
    documents=documents_of,
    settled=recording_settled,
)
