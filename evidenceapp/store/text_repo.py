"""Text read from items (OCR, pasted chat), its full-text index, evidence tags, and deadline edits.

The FTS table holds a tokenised copy of the text; callers pass both the text and its tokens (``core.textindex``
makes them) so this module stays a plain repository.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any


def put_text(con: sqlite3.Connection, item_id: str, case_id: str, source: str, text: str, tokens: str,
             lines: list[dict[str, Any]], engine: str, seconds: float | None, created_at: str) -> None:
    con.execute("DELETE FROM item_text WHERE item_id=?", (item_id,))
    con.execute("DELETE FROM item_text_fts WHERE item_id=?", (item_id,))
    con.execute(
        "INSERT INTO item_text(item_id, case_id, source, text, lines, engine, seconds, created_at)"
        " VALUES (?,?,?,?,?,?,?,?)",
        (item_id, case_id, source, text, json.dumps(lines, ensure_ascii=False), engine, seconds, created_at),
    )
    con.execute("INSERT INTO item_text_fts(tokens, item_id, case_id) VALUES (?,?,?)", (tokens, item_id, case_id))


def get_text(con: sqlite3.Connection, item_id: str) -> dict[str, Any] | None:
    row = con.execute("SELECT * FROM item_text WHERE item_id=?", (item_id,)).fetchone()
    if row is None:
        return None
    d = dict(row)
    d["lines"] = json.loads(d["lines"])
    return d


def texts_for_case(con: sqlite3.Connection, case_id: str) -> dict[str, str]:
    return {r[0]: r[1] for r in con.execute("SELECT item_id, text FROM item_text WHERE case_id=?", (case_id,))}


def search(con: sqlite3.Connection, case_id: str, match: str, limit: int = 200) -> list[str]:
    """Item ids of the case whose text matches the FTS5 ``match`` expression, best first."""
    rows = con.execute(
        "SELECT item_id FROM item_text_fts WHERE item_text_fts MATCH ? AND case_id=? ORDER BY rank LIMIT ?",
        (match, case_id, limit),
    ).fetchall()
    return [r[0] for r in rows]


def add_tag(con: sqlite3.Connection, item_id: str, tag: str) -> bool:
    cur = con.execute("INSERT OR IGNORE INTO item_tags(item_id, tag) VALUES (?,?)", (item_id, tag))
    return cur.rowcount > 0


def remove_tag(con: sqlite3.Connection, item_id: str, tag: str) -> bool:
    return con.execute("DELETE FROM item_tags WHERE item_id=? AND tag=?", (item_id, tag)).rowcount > 0


def tags_for_case(con: sqlite3.Connection, case_id: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    rows = con.execute("SELECT t.item_id, t.tag FROM item_tags t JOIN items i ON i.id=t.item_id WHERE i.case_id=?",
                       (case_id,))
    for item_id, tag in rows:
        out.setdefault(item_id, set()).add(tag)
    return out


def get_deadline(con: sqlite3.Connection, deadline_id: int) -> dict[str, Any] | None:
    row = con.execute("SELECT * FROM deadlines WHERE id=?", (deadline_id,)).fetchone()
    return dict(row) if row else None


def update_deadline(con: sqlite3.Connection, deadline_id: int, changes: dict[str, Any]) -> None:
    allowed = {"kind", "due_at", "label", "note", "done"}
    assert set(changes) <= allowed, changes
    if changes:
        sets = ", ".join(f"{k}=?" for k in changes)
        con.execute(f"UPDATE deadlines SET {sets} WHERE id=?", [*changes.values(), deadline_id])


def delete_deadline(con: sqlite3.Connection, deadline_id: int) -> None:
    con.execute("DELETE FROM deadlines WHERE id=?", (deadline_id,))
