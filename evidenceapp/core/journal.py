"""The hash-chained custody journal (DESIGN §3).

hash = SHA-256(prev_hash_hex + "\\n" + canonical(entry without hash)), canonical = JSON with sorted keys, UTF-8,
no spaces. Each case has its own chain starting from GENESIS, so a case's journal verifies on its own in a bundle.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from .models import JournalEntry

GENESIS = "0" * 64


def canonical(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def now_utc() -> str:
    """RFC 3339 with microseconds, always UTC ("Z")."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def entry_hash(prev_hash: str, body: dict[str, Any]) -> str:
    return hashlib.sha256(prev_hash.encode("ascii") + b"\n" + canonical(body)).hexdigest()


def make_entry(
    prev: JournalEntry | None, case_id: str, actor: str, action: str, payload: dict[str, Any],
    ts_utc: str | None = None,
) -> JournalEntry:
    seq = prev.seq + 1 if prev else 1
    prev_hash = prev.hash if prev else GENESIS
    # Round-trip the payload through JSON so what we hash is exactly what a reader of the JSONL will see.
    payload = json.loads(canonical(payload))
    e = JournalEntry(seq, ts_utc or now_utc(), case_id, actor, action, payload, prev_hash, "")
    e.hash = entry_hash(prev_hash, e.body())
    return e


@dataclass(frozen=True)
class ChainProblem:
    seq: int  # the first broken entry's seq (or the expected seq when one is missing)
    reason: str  # hash_mismatch | prev_mismatch | seq_gap | truncated | head_mismatch | case_mismatch

    def describe(self) -> str:
        return f"journal entry {self.seq}: {self.reason.replace('_', ' ')}"


def verify_chain(
    entries: Iterable[JournalEntry], expected_len: int | None = None, expected_head: str | None = None,
    case_id: str | None = None,
) -> ChainProblem | None:
    """Return the first problem in the chain, or None when it holds.

    ``expected_len``/``expected_head`` come from an anchor kept apart from the rows (the case row, a signed
    manifest), which is what catches a truncated tail: a chain cut short is otherwise self-consistent.
    """
    prev_hash = GENESIS
    expected_seq = 1
    last: JournalEntry | None = None
    for e in entries:
        if e.seq != expected_seq:
            return ChainProblem(expected_seq, "seq_gap")
        if case_id is not None and e.case_id != case_id:
            return ChainProblem(e.seq, "case_mismatch")
        if e.prev_hash != prev_hash:
            return ChainProblem(e.seq, "prev_mismatch")
        if entry_hash(e.prev_hash, e.body()) != e.hash:
            return ChainProblem(e.seq, "hash_mismatch")
        prev_hash = e.hash
        expected_seq += 1
        last = e
    count = last.seq if last else 0
    if expected_len is not None and count < expected_len:
        return ChainProblem(count + 1, "truncated")
    if expected_len is not None and count > expected_len:
        return ChainProblem(expected_len + 1, "head_mismatch")
    if expected_head is not None and expected_head and (last.hash if last else GENESIS) != expected_head:
        return ChainProblem(count, "head_mismatch")
    return None


def parse_json_line(line: str) -> JournalEntry:
    d = json.loads(line)
    return JournalEntry(d["seq"], d["ts_utc"], d["case_id"], d["actor"], d["action"], d["payload"],
                        d["prev_hash"], d["hash"])


def journalled_items(entries: Iterable[JournalEntry]) -> dict[str, dict[str, Any]]:
    """item id → {sha256, size, kind} as the journal recorded them: ``item_added``, then kind edits. Entries may
    come from a hostile bundle: anything not shaped as the app writes it is ignored."""
    out: dict[str, dict[str, Any]] = {}
    for e in entries:
        p = e.payload if isinstance(e.payload, dict) else {}
        if e.action == "item_added" and isinstance(p.get("item_id"), str):
            out[p["item_id"]] = {"sha256": p.get("sha256"), "size": p.get("size"), "kind": p.get("kind")}
        elif e.action == "item_edited" and p.get("item_id") in out:
            kind = (p.get("changes") if isinstance(p.get("changes"), dict) else {}).get("kind")
            if isinstance(kind, dict):
                out[p["item_id"]]["kind"] = kind.get("to")
    return out
