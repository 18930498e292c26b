"""Knowledge articles: staff edit them, kiosks download them, anyone searches them.

Staff (admin, clerk) reach the articles of their organisation and those below it. The public
search under `/public/` needs no token and is rate-limited per client address.
"""

from __future__ import annotations

import math
from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query, Request, status

from api_client.knowledge.query import QueryError, parse_query
from api_client.schemas import (
    ID_MAX,
    REGION_CODE_PATTERN,
    ArticleIn,
    ArticleOut,
    KnowledgeCategory,
    KnowledgeChanges,
    KnowledgeSearchOut,
)
from central.api.deps import CurrentKiosk, KnowledgeEditor, SessionDep
from central.api.problems import CONFLICT, NOT_IN_SCOPE, UNAUTHORISED_DEVICE, problems
from central.api.scope import actor
from central.auth.staff import subtree_ids
from central.knowledge.articles import (
    article_in_scope,
    article_out,
    changes_since,
    create_article,
    edit_article,
    list_articles,
    search_articles,
    unpublish_article,
)
from central.ratelimit import Limiter

router = APIRouter(tags=["knowledge"])
ArticleId = Annotated[int, Path(ge=1, le=ID_MAX)]
_SCOPED = {**NOT_IN_SCOPE, **CONFLICT}


@router.get("/api/v1/articles")
def list_all(
    staff: KnowledgeEditor,
    session: SessionDep,
    category: KnowledgeCategory | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Annotated[int, Query(ge=0, le=ID_MAX)] = 0,
) -> list[ArticleOut]:
    ids = subtree_ids(session, staff.organisation_id)
    return [article_out(a) for a in list_articles(session, ids, category, limit, offset)]


@router.post("/api/v1/articles", status_code=status.HTTP_201_CREATED, responses=_SCOPED)
def create(body: ArticleIn, staff: KnowledgeEditor, session: SessionDep) -> ArticleOut:
    return article_out(create_article(session, body, staff.organisation_id, actor(staff)))


@router.get("/api/v1/articles/{article_id}", responses=NOT_IN_SCOPE)
def read(article_id: ArticleId, staff: KnowledgeEditor, session: SessionDep) -> ArticleOut:
    return article_out(article_in_scope(session, staff, article_id))


@router.put("/api/v1/articles/{article_id}", responses=_SCOPED)
def edit(
    article_id: ArticleId, body: ArticleIn, staff: KnowledgeEditor, session: SessionDep
) -> ArticleOut:
    article = article_in_scope(session, staff, article_id)
    return article_out(edit_article(session, article, body, actor(staff)))


@router.post("/api/v1/articles/{article_id}/unpublish", responses=NOT_IN_SCOPE)
def unpublish(article_id: ArticleId, staff: KnowledgeEditor, session: SessionDep) -> ArticleOut:
    article = article_in_scope(session, staff, article_id)
    unpublish_article(session, article, actor(staff))
    return article_out(article)


@router.get("/api/v1/kiosk/knowledge", responses=UNAUTHORISED_DEVICE)
def kiosk_changes(
    kiosk: CurrentKiosk,
    session: SessionDep,
    since: Annotated[
        int, Query(ge=0, le=ID_MAX, description="the `revision` of the last download; 0: all")
    ] = 0,
) -> KnowledgeChanges:
    """Published articles (since=0), or every change after `since`, unpublished ones
    included so the terminal drops them. Repeat with the answer's `revision` until empty."""
    return changes_since(session, since)


@router.get(
    "/public/api/knowledge",
    responses=problems(
        s400="the search text is empty, too long or has no words",
        s429="too many searches from this address; wait and try again",
    ),
)
def public_search(
    request: Request,
    session: SessionDep,
    q: Annotated[
        str, Query(description="what to look for, e.g. 拖欠工资 (at most 64 characters)")
    ] = "",
    region: Annotated[
        str | None, Query(pattern=REGION_CODE_PATTERN, description="only what applies here")
    ] = None,
    category: KnowledgeCategory | None = None,
    limit: Annotated[int, Query(ge=1, le=50)] = 10,
) -> KnowledgeSearchOut:
    """Search the published knowledge base in Chinese: ranked, with highlight spans."""
    limiter: Limiter = request.app.state.search_limiter
    taken = limiter.take(f"addr:{request.client.host if request.client else 'unknown'}")
    if taken.wait > 0:  # every search counts, not only failures
        raise HTTPException(
            status.HTTP_429_TOO_MANY_REQUESTS,
            f"too many searches from your address; try again in {math.ceil(taken.wait)} s",
            headers={"Retry-After": str(math.ceil(taken.wait))},
        )
    try:
        query = parse_query(q)
    except QueryError as err:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, str(err)) from None
    return search_articles(session, query, region, category, limit)
