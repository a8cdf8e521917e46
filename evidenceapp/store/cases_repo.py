"""Cases, deadlines, events and settings."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from ..core.models import Case, Deadline
from .rows import case_from_row, deadline_from_row, to_value

_CASE_SELECT = (
    "SELECT c.*, (SELECT COUNT(*) FROM items i WHERE i.case_id=c.id AND i.hidden=0) AS item_count FROM cases c"
)


def insert(con: sqlite3.Connection, case: Case) -> None:
    cols = [k for k in case.to_dict() if k not in ("item_count", "journal_len", "journal_head")]
    con.execute(
        f"INSERT INTO cases({','.join(cols)}) VALUES ({','.join('?' * len(cols))})",
        [to_value(k, getattr(case, k)) for k in cols],
    )


def get(con: sqlite3.Connection, case_id: str) -> Case | None:
    row = con.execute(_CASE_SELECT + " WHERE c.id=?", (case_id,)).fetchone()
    return case_from_row(row) if row else None


def all_cases(con: sqlite3.Connection) -> list[Case]:
    return [case_from_row(r) for r in con.execute(_CASE_SELECT + " ORDER BY c.created_at DESC, c.id")]


def find(con: sqlite3.Connection, key: str) -> list[Case]:
    """Cases whose id starts with ``key`` or whose order number equals it."""
    like = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    rows = con.execute(
        _CASE_SELECT + " WHERE c.id LIKE ? ESCAPE '\\' OR c.order_no=? ORDER BY c.created_at", (like, key)
    ).fetchall()
    return [case_from_row(r) for r in rows]


def update(con: sqlite3.Connection, case_id: str, changes: dict[str, Any]) -> None:
    if not changes:
        return
    sets = ", ".join(f"{k}=?" for k in changes)
    con.execute(f"UPDATE cases SET {sets} WHERE id=?", [*(to_value(k, v) for k, v in changes.items()), case_id])


def delete(con: sqlite3.Connection, case_id: str) -> None:
    for table in ("deadlines", "events"):
        con.execute(f"DELETE FROM {table} WHERE case_id=?", (case_id,))
    con.execute("DELETE FROM cases WHERE id=?", (case_id,))


def add_deadline(con: sqlite3.Connection, case_id: str, kind: str, due_at: str, label: str = "",
                 note: str = "") -> int:
    cur = con.execute("INSERT INTO deadlines(case_id, kind, due_at, label, note) VALUES (?,?,?,?,?)",
                      (case_id, kind, due_at, label, note))
    return int(cur.lastrowid or 0)


def deadlines(con: sqlite3.Connection, case_id: str) -> list[Deadline]:
    rows = con.execute("SELECT * FROM deadlines WHERE case_id=? ORDER BY due_at", (case_id,)).fetchall()
    return [deadline_from_row(r) for r in rows]


def add_event(con: sqlite3.Connection, case_id: str, kind: str, at: str, detail: dict[str, Any]) -> int:
    cur = con.execute("INSERT INTO events(case_id, kind, at, detail) VALUES (?,?,?,?)",
                      (case_id, kind, at, json.dumps(detail, ensure_ascii=False, sort_keys=True)))
    return int(cur.lastrowid or 0)


def events(con: sqlite3.Connection, case_id: str) -> list[dict[str, Any]]:
    rows = con.execute("SELECT * FROM events WHERE case_id=? ORDER BY at, id", (case_id,)).fetchall()
    return [{"id": r["id"], "kind": r["kind"], "at": r["at"], "detail": json.loads(r["detail"])} for r in rows]


def get_setting(con: sqlite3.Connection, key: str, default: Any = None) -> Any:
    row = con.execute("SELECT value FROM settings WHERE key=?", (key,)).fetchone()
    return json.loads(row[0]) if row else default


def set_setting(con: sqlite3.Connection, key: str, value: Any) -> None:
    con.execute("INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                (key, json.dumps(value, ensure_ascii=False, sort_keys=True)))
