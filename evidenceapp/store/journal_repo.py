"""Append and read the custody journal. Appends happen inside the caller's transaction, so an item and the entry
that records it are committed together or not at all."""

from __future__ import annotations

import sqlite3
from typing import Any

from ..core.journal import GENESIS, canonical, make_entry
from ..core.models import SYSTEM_CHAIN, JournalEntry
from .rows import journal_from_row


def head(con: sqlite3.Connection, case_id: str) -> JournalEntry | None:
    row = con.execute("SELECT * FROM journal WHERE case_id=? ORDER BY seq DESC LIMIT 1", (case_id,)).fetchone()
    return journal_from_row(row) if row else None


def append(
    con: sqlite3.Connection, case_id: str, action: str, payload: dict[str, Any], actor: str = "user"
) -> JournalEntry:
    assert con.in_transaction, "journal appends must run inside a write transaction"
    e = make_entry(_chain_from(con, case_id), case_id, actor, action, payload)
    con.execute(
        "INSERT INTO journal(case_id, seq, ts_utc, actor, action, payload, prev_hash, hash)"
        " VALUES (?,?,?,?,?,?,?,?)",
        (e.case_id, e.seq, e.ts_utc, e.actor, e.action, canonical(e.payload).decode("utf-8"), e.prev_hash, e.hash),
    )
    if case_id != SYSTEM_CHAIN:
        con.execute("UPDATE cases SET journal_len=?, journal_head=? WHERE id=?", (e.seq, e.hash, case_id))
    return e


def _chain_from(con: sqlite3.Connection, case_id: str) -> JournalEntry | None:
    """The entry a new one links to: the case's anchor (journal_len, journal_head), not merely the last row.

    Linking to the last row would launder tampering: rows cut from the tail, then one honest append, and the chain
    plus its re-written anchor would look whole again. Linking to the anchor keeps the cut visible as a gap. If rows
    beyond the anchor exist, we step past them (never collide with UNIQUE(case_id, seq)); verify reports them.
    """
    last = head(con, case_id)
    row = None if case_id == SYSTEM_CHAIN else con.execute(
        "SELECT journal_len, journal_head FROM cases WHERE id=?", (case_id,)).fetchone()
    if row is None:
        return last
    anchor_len, anchor_head = int(row[0]), str(row[1])
    if last is not None and last.seq == anchor_len and last.hash == anchor_head:
        return last  # the normal case
    seq = max(anchor_len, last.seq if last else 0)
    if seq == 0:
        return None
    return JournalEntry(seq, "", case_id, "", "", {}, "", anchor_head or GENESIS)


def entries(con: sqlite3.Connection, case_id: str) -> list[JournalEntry]:
    rows = con.execute("SELECT * FROM journal WHERE case_id=? ORDER BY seq, id", (case_id,)).fetchall()
    return [journal_from_row(r) for r in rows]


def count(con: sqlite3.Connection, case_id: str) -> int:
    return con.execute("SELECT COUNT(*) FROM journal WHERE case_id=?", (case_id,)).fetchone()[0]
