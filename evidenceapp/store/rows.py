"""Row <-> dataclass conversion shared by the repositories."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import fields
from typing import Any

from ..core.models import Case, Deadline, Item, JournalEntry, Marker

_JSON_FIELDS = {"flags", "metadata", "checklist"}
_BOOL_FIELDS = {"hidden", "done"}


def from_row(cls: type, row: sqlite3.Row, **extra: Any) -> Any:
    keys = set(row.keys())
    kwargs: dict[str, Any] = {}
    for f in fields(cls):
        if f.name in extra:
            kwargs[f.name] = extra[f.name]
        elif f.name in keys:
            v = row[f.name]
            if f.name in _JSON_FIELDS:
                v = json.loads(v)
            elif f.name in _BOOL_FIELDS:
                v = bool(v)
            kwargs[f.name] = v
    return cls(**kwargs)


def to_value(name: str, value: Any) -> Any:
    if name in _JSON_FIELDS:
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if name in _BOOL_FIELDS:
        return int(bool(value))
    return value


def case_from_row(row: sqlite3.Row) -> Case:
    return from_row(Case, row)


def item_from_row(row: sqlite3.Row) -> Item:
    return from_row(Item, row)


def marker_from_row(row: sqlite3.Row) -> Marker:
    return from_row(Marker, row)


def deadline_from_row(row: sqlite3.Row) -> Deadline:
    return from_row(Deadline, row)


def journal_from_row(row: sqlite3.Row) -> JournalEntry:
    return JournalEntry(row["seq"], row["ts_utc"], row["case_id"], row["actor"], row["action"],
                        json.loads(row["payload"]), row["prev_hash"], row["hash"])
