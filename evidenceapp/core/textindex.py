"""Tokens for the full-text index of chat text: every CJK character is its own token, other words stay whole.

SQLite's unicode61 tokenizer keeps a run of Chinese characters as one token, so "退款" would not match inside
"我要退款"; splitting CJK per character and querying a phrase makes any substring of two or more characters
match, with no extension module to ship.
"""

from __future__ import annotations

import re

# CJK ideographs, kana, hangul, full-width forms: one token each.
_CJK = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_TOKEN = re.compile(rf"[{_CJK}]|[^\W{_CJK}]+", re.UNICODE)


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def index_text(text: str) -> str:
    return " ".join(tokens(text))


def match_query(query: str) -> str:
    """An FTS5 MATCH expression: the query's tokens as one phrase (quotes escaped), or "" if it has none."""
    toks = tokens(query)
    if not toks:
        return ""
    return '"' + " ".join(t.replace('"', '""') for t in toks) + '"'


def contains(hay: list[str], needle: list[str]) -> bool:
    """Whether the token list ``needle`` occurs as a run inside ``hay`` (a phrase match on tokens)."""
    k = len(needle)
    return any(hay[i:i + k] == needle for i in range(len(hay) - k + 1))
