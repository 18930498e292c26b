"""An organisation's tree: every organisation under the same top-level organisation.

The boundary for what crosses between organisations: a request is transferred only within its
tree, and a document template code is unique (and means one template) within a tree, so two
bureaus may each have their own `iou` without learning of the other's.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from central.auth.staff import subtree_ids
from central.models import Organisation


def top_of(session: Session, org_id: int) -> int:
    seen: list[int] = []
    current: int | None = org_id
    while current is not None and current not in seen:
        seen.append(current)
        current = session.scalar(select(Organisation.parent_id).where(Organisation.id == current))
    return seen[-1]


def tree_ids(session: Session, org_id: int) -> set[int]:
    """The ids of every organisation in `org_id`'s tree, itself included."""
    return subtree_ids(session, top_of(session, org_id))
