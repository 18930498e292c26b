"""Segmentation, query building and highlighting: the shared, pure part of the search."""

from __future__ import annotations

import pytest

from api_client.knowledge.highlight import find_spans, snippet, to_html
from api_client.knowledge.query import QueryError, fts5_match, parse_query, tsquery
from api_client.knowledge.segment import index_text, index_tokens


def test_search_mode_indexes_the_short_words_inside_long_ones() -> None:
    tokens = index_tokens("老板拖欠工资，发生交通事故！")
    assert {"拖欠", "工资", "拖欠工资", "交通", "事故", "交通事故"} <= set(tokens)
    assert "，" not in tokens and "！" not in tokens
    assert index_text("Hello 世界") == "hello 世界"


def test_a_four_character_word_matches_itself_or_all_its_parts() -> None:
    query = parse_query("拖欠工资")
    assert fts5_match(query) == '("拖欠工资" OR ("拖欠" AND "工资"))'
    assert tsquery(query) == "('拖欠工资' | ('拖欠' & '工资'))"


def test_question_words_and_single_characters_are_dropped_while_others_remain() -> None:
    query = parse_query("离婚了孩子怎么办？")
    assert [g.word for g in query.groups] == ["离婚", "孩子"]
    assert fts5_match(query, require_all=False) == '"离婚" OR "孩子"'
    assert [g.word for g in parse_query("怎么办").groups] == ["怎么办"]


def test_quotes_and_operators_never_reach_the_expression() -> None:
    query = parse_query('工资" OR "x\' NEAR(')
    assert [g.word for g in query.groups] == ["工资", "or", "near"]
    assert fts5_match(query) == '"工资" AND "or" AND "near"'
    assert tsquery(query) == "'工资' & 'or' & 'near'"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("  \t ", "empty"),
        ("字" * 65, "at most 64"),
        ("，。！？", "no words"),
        ("工资\x00", "control character"),
        ("\x1b工资", "control character"),
    ],
)
def test_bad_queries_say_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        parse_query(text)


def test_longer_terms_win_and_spans_do_not_overlap() -> None:
    text = "发生交通事故后，交通管制。"
    assert find_spans(text, ["交通", "交通事故", "事故"]) == [(2, 6), (8, 10)]


def test_a_snippet_centres_on_the_first_match_and_keeps_spans_right() -> None:
    answer = "甲" * 200 + "劳动仲裁" + "乙" * 200
    text, spans = snippet(answer, ["劳动仲裁"], width=60)
    assert text.startswith("…") and text.endswith("…")
    assert [text[a:b] for a, b in spans] == ["劳动仲裁"]


def test_html_highlights_escape_the_text() -> None:
    assert to_html("<b>工资</b>", [(3, 5)]) == "&lt;b&gt;<mark>工资</mark>&lt;/b&gt;"
