"""Items and recording markers."""

from __future__ import annotations

import sqlite3
from typing import Any

from ..core.models import Item, Marker
from .rows import item_from_row, marker_from_row, to_value


def insert(con: sqlite3.Connection, item: Item) -> None:
    d = item.to_dict()
    cols = list(d)
    con.execute(
        f"INSERT INTO items({','.join(cols)}) VALUES ({','.join('?' * len(cols))})",
        [to_value(k, d[k]) for k in cols],
    )


def get(con: sqlite3.Connection, item_id: str) -> Item | None:
    row = con.execute("SELECT * FROM items WHERE id=?", (item_id,)).fetchone()
    return item_from_row(row) if row else None


def for_case(con: sqlite3.Connection, case_id: str, include_hidden: bool = False) -> list[Item]:
    q = "SELECT * FROM items WHERE case_id=?" + ("" if include_hidden else " AND hidden=0")
    rows = con.execute(q + " ORDER BY exhibit_order, imported_at, id", (case_id,)).fetchall()
    return [item_from_row(r) for r in rows]


def find(con: sqlite3.Connection, case_id: str, key: str) -> list[Item]:
    like = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    rows = con.execute("SELECT * FROM items WHERE case_id=? AND (id LIKE ? ESCAPE '\\' OR sha256 LIKE ? ESCAPE '\\')",
                       (case_id, like, like)).fetchall()
    return [item_from_row(r) for r in rows]


def by_sha(con: sqlite3.Connection, case_id: str, sha256: str) -> Item | None:
    row = con.execute("SELECT * FROM items WHERE case_id=? AND sha256=? ORDER BY imported_at LIMIT 1",
                      (case_id, sha256)).fetchone()
    return item_from_row(row) if row else None


def update(con: sqlite3.Connection, item_id: str, changes: dict[str, Any]) -> None:
    if not changes:
        return
    sets = ", ".join(f"{k}=?" for k in changes)
    con.execute(f"UPDATE items SET {sets} WHERE id=?", [*(to_value(k, v) for k, v in changes.items()), item_id])


def next_exhibit_order(con: sqlite3.Connection, case_id: str) -> int:
    return con.execute("SELECT COALESCE(MAX(exhibit_order), 0) + 1 FROM items WHERE case_id=?",
                       (case_id,)).fetchone()[0]


def referenced_shas(con: sqlite3.Connection) -> set[str]:
    return {r[0] for r in con.execute("SELECT DISTINCT sha256 FROM items")}


def add_marker(con: sqlite3.Connection, item_id: str, offset_s: float, label: str, wall_ts: str = "",
               keyframe: str = "") -> int:
    cur = con.execute("INSERT INTO markers(item_id, offset_s, label, wall_ts, keyframe) VALUES (?,?,?,?,?)",
                      (item_id, offset_s, label, wall_ts, keyframe))
    return int(cur.lastrowid or 0)


def set_marker_keyframe(con: sqlite3.Connection, marker_id: int, keyframe: str) -> None:
    con.execute("UPDATE markers SET keyframe=? WHERE id=?", (keyframe, marker_id))


def perceptual_hashes(con: sqlite3.Connection, case_id: str, except_sha: str) -> list[sqlite3.Row]:
    """id, original_name, phash, width, height, flags of the case's pictures with a perceptual hash, but one file."""
    return con.execute("SELECT id, original_name, phash, width, height, flags FROM items"
                       " WHERE case_id=? AND phash != '' AND sha256 != ?", (case_id, except_sha)).fetchall()


def markers(con: sqlite3.Connection, item_id: str) -> list[Marker]:
    rows = con.execute("SELECT * FROM markers WHERE item_id=? ORDER BY offset_s, id", (item_id,)).fetchall()
    return [marker_from_row(r) for r in rows]


def cases_holding(con: sqlite3.Connection, sha256: str) -> list[str]:
    """Ids of the cases with an item (hidden or not) holding these bytes."""
    return [r[0] for r in con.execute("SELECT DISTINCT case_id FROM items WHERE sha256=? ORDER BY case_id",
                                      (sha256,))]


def referenced_shas_contains(con: sqlite3.Connection, sha256: str) -> bool:
    return con.execute("SELECT 1 FROM items WHERE sha256=? LIMIT 1", (sha256,)).fetchone() is not None
