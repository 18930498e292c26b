"""Knowledge-base search p95 on a generated corpus of 20,000 articles (built from the demo
set's sentences), on SQLite (FTS5 + bm25) and PostgreSQL (GIN tsvector + ts_rank), through
the service's own search code (segmentation, ranking, highlights), next to a plain LIKE scan
measured in the same run. Goal: p95 <= 50 ms.

PostgreSQL comes from scripts/services.sh ($LEXKIOSK_TEST_PG_URL); without it that half is
skipped with a note.
"""

from __future__ import annotations

import os
import random
import re
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import create_engine, insert, text
from sqlalchemy.exc import OperationalError

from api_client.knowledge.query import ParsedQuery, parse_query
from api_client.knowledge.segment import index_text
from central.db import Database
from central.knowledge.articles import search_articles
from central.migrate import upgrade
from central.models import KnowledgeArticle, Organisation
from central.seed.load import seed_articles

N_ARTICLES = 20_000
N_QUERIES = 300
DEFAULT_PG_URL = "postgresql+psycopg://lexkiosk_test:lexkiosk_test@127.0.0.1:5432/lexkiosk_test"
QUERY_WORDS = [
    "工资", "离婚", "借款", "拖欠工资", "交通事故", "抚养费", "劳动仲裁", "法律援助",
    "承包地", "宅基地", "工伤", "赡养费", "借条", "利息", "调解", "家庭暴力", "遗产",
    "逃逸", "赔偿", "经济补偿", "试用期", "诉讼时效", "草原", "漏水", "采光",
    "老板不给工资怎么办", "离婚孩子归谁", "借钱不还可以起诉吗", "交通事故赔偿有哪些",
    "土地流转合同", "法律援助需要什么材料", "邻居的狗咬人", "农民工工资", "冷静期",
]  # fmt: skip
PREFIXES = ["", "请问", "我想问", "农村", "牧区", "城里", "老人", "外地人"]
PLACES = ["赛罕区", "新城区", "土左旗", "和林格尔县", "武川县", "托克托县", "清水河县"]


def _corpus(rng: random.Random) -> list[dict[str, Any]]:
    """Articles mixing the sentences of seed answers of one category, with places and sums."""
    seeds = seed_articles()
    by_category: dict[str, list[list[str]]] = {}
    for article in seeds:
        sentences = [s for s in re.split(r"(?<=[。；])", article.answer) if s]
        by_category.setdefault(article.category, []).append(sentences)
    now = datetime.now(UTC)
    rows = []
    for n in range(N_ARTICLES):
        seed = seeds[n % len(seeds)]
        pool = [s for answer in by_category[seed.category] for s in answer]
        answer = "".join(rng.sample(pool, k=min(len(pool), rng.randint(3, 6))))
        place = rng.choice(PLACES)
        question = f"{rng.choice(PREFIXES)}{place}{seed.question}"[:200]
        answer = f"{place}的居民：{answer}涉及金额{rng.randint(1, 200) * 500}元的，可以先咨询。"
        rows.append(
            {
                "question": question,
                "answer": answer,
                "category": seed.category,
                "region_code": None,
                "published": n % 50 != 0,
                "revision": n + 1,
                "organisation_id": 1,
                "updated_at": now,
                "updated_by": "bench",
                "question_seg": index_text(question),
                "answer_seg": index_text(answer),
            }
        )
    return rows


def _load(url: str, rows: list[dict[str, Any]]) -> Database:
    upgrade(url)
    database = Database(url)
    with database.session() as session:
        session.execute(
            insert(Organisation).values(
                id=1, code="bench", name="bench", kind="justice_bureau",
                region_code="150000", created_at=datetime.now(UTC),
            )
        )  # fmt: skip
        for start in range(0, len(rows), 2000):
            session.execute(insert(KnowledgeArticle), rows[start : start + 2000])
        if url.startswith("postgresql"):
            session.execute(text("ANALYZE knowledge_articles"))
    return database


def _like(database: Database, query: ParsedQuery) -> int:
    """Baseline: a plain LIKE scan for the same ranked answer: articles holding every word,
    those with the first word in the question first."""
    clauses, params = [], {}
    for i, group in enumerate(query.groups):
        clauses.append(f"(question LIKE :w{i} OR answer LIKE :w{i})")
        params[f"w{i}"] = f"%{group.word}%"
    sql = (
        "SELECT id, question, answer FROM knowledge_articles WHERE published = :yes AND "
        + " AND ".join(clauses)
        + " ORDER BY CASE WHEN question LIKE :w0 THEN 0 ELSE 1 END, id LIMIT 10"
    )
    with database.session() as session:
        return len(session.execute(text(sql), {**params, "yes": True}).all())


def _fts(database: Database, query: ParsedQuery) -> int:
    with database.session() as session:
        return len(search_articles(session, query, None, None, 10).hits)


def _measure(
    database: Database, queries: list[ParsedQuery], how: Callable[..., int]
) -> tuple[str, float]:
    for query in queries[:20]:  # warm caches
        how(database, query)
    times, hits = [], 0
    for query in queries:
        start = time.perf_counter()
        hits += how(database, query) > 0
        times.append((time.perf_counter() - start) * 1000)
    p95 = statistics.quantiles(times, n=20)[18]
    shown = (
        f"p50 {statistics.median(times):6.1f} ms  p95 {p95:6.1f} ms  ({hits}/{len(queries)} found)"
    )
    return shown, p95


def _report(name: str, database: Database, queries: list[ParsedQuery]) -> None:
    fts, fts_p95 = _measure(database, queries, _fts)
    like, like_p95 = _measure(database, queries, _like)
    ratio = like_p95 / fts_p95
    verdict = "meets" if fts_p95 <= 50 else "MISSES"
    print(f"{name:10s} search   {fts}  {verdict} the 50 ms goal")
    print(f"{name:10s} LIKE     {like}  (baseline; search p95 is {ratio:.1f}x faster)")


def main() -> None:
    rng = random.Random(6)
    started = time.perf_counter()
    rows = _corpus(rng)
    print(f"corpus: {len(rows)} articles segmented in {time.perf_counter() - started:.1f} s")
    queries = [
        parse_query(f"{rng.choice(PREFIXES)}{rng.choice(QUERY_WORDS)}") for _ in range(N_QUERIES)
    ]
    with tempfile.TemporaryDirectory() as tmp:
        database = _load(f"sqlite:///{Path(tmp) / 'central.sqlite3'}", rows)
        try:
            _report("SQLite", database, queries)
        finally:
            database.dispose()
    base = os.environ.get("LEXKIOSK_TEST_PG_URL", DEFAULT_PG_URL)
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base)
    try:
        with admin.begin() as conn:
            conn.execute(text(f"CREATE SCHEMA {schema}"))
    except OperationalError as err:
        print(f"PostgreSQL skipped: not reachable ({str(err.orig).splitlines()[0]})")
        admin.dispose()
        return
    sep = "&" if "?" in base else "?"
    try:
        database = _load(f"{base}{sep}options={quote(f'-csearch_path={schema}')}", rows)
        try:
            _report("PostgreSQL", database, queries)
        finally:
            database.dispose()
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


if __name__ == "__main__":
    main()
