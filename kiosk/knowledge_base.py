"""The terminal's offline knowledge base and templates (downloaded by kiosk.net.knowledge) as
the consultation and document journeys see them."""

from __future__ import annotations

from pathlib import Path

from api_client.knowledge.query import QueryError
from api_client.knowledge.store import OfflineKnowledge
from api_client.schemas import ArticleOut, KnowledgeHit, TemplateOut
from kiosk.flows.consultation import Article


def _article(item: ArticleOut | KnowledgeHit) -> Article:
    return Article(item.id, item.question, item.answer, item.category)


class OfflineKnowledgeBase:
    """Every call reads the offline file afresh, so a download in the background is seen at once."""

    def __init__(self, data_dir: Path, region: str | None = None) -> None:
        self._store = OfflineKnowledge(data_dir)
        self._region = region

    @property
    def available(self) -> bool:
        return self._store.available

    def in_category(self, category: str, limit: int) -> list[Article]:
        return [_article(a) for a in self._store.articles_in(category, limit)]

    def find(self, text: str, limit: int) -> list[Article]:
        try:
            found = self._store.search(text, region=self._region, limit=limit)
        except QueryError as err:
            raise ValueError(str(err)) from err
        return [_article(hit) for hit in found.hits]

    def templates(self) -> list[TemplateOut]:
        return self._store.templates()
