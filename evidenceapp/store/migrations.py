"""Schema versions, applied in order by ``PRAGMA user_version`` (one transaction per step).

Add a new version by appending ``upgrade_to_N`` to MIGRATIONS; never edit a released one. Each step has a test
that builds the previous version's database and upgrades it (tests/store/test_migrations.py).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable


def _run_script(con: sqlite3.Connection, script: str) -> None:
    """Run DDL statement by statement: ``executescript`` would COMMIT our migration transaction half-way."""
    for statement in script.split(";"):
        if statement.strip():
            con.execute(statement)


def upgrade_to_1(con: sqlite3.Connection) -> None:
    _run_script(
        con,
        """
        CREATE TABLE cases (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            platform TEXT NOT NULL,
            order_no TEXT NOT NULL,
            created_at TEXT NOT NULL,
            seller TEXT NOT NULL DEFAULT '',
            amount TEXT NOT NULL DEFAULT '',
            currency TEXT NOT NULL DEFAULT 'CNY',
            dispute TEXT NOT NULL DEFAULT 'other',
            status TEXT NOT NULL DEFAULT 'open',
            order_date TEXT NOT NULL DEFAULT '',
            delivered_at TEXT NOT NULL DEFAULT '',
            store_id TEXT NOT NULL DEFAULT '',
            seller_credit_code TEXT NOT NULL DEFAULT '',
            seller_address TEXT NOT NULL DEFAULT '',
            waybill_no TEXT NOT NULL DEFAULT '',
            carrier TEXT NOT NULL DEFAULT '',
            request TEXT NOT NULL DEFAULT 'refund',
            refusal_reason TEXT NOT NULL DEFAULT '',
            facts TEXT NOT NULL DEFAULT '',
            checklist TEXT NOT NULL DEFAULT '[]',
            -- anchor of the journal chain: catches a truncated tail, which is otherwise self-consistent
            journal_len INTEGER NOT NULL DEFAULT 0,
            journal_head TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX cases_order_no ON cases(order_no);

        CREATE TABLE items (
            id TEXT PRIMARY KEY,
            case_id TEXT NOT NULL REFERENCES cases(id),
            kind TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            size INTEGER NOT NULL,
            source TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            original_name TEXT NOT NULL DEFAULT '',
            original_path TEXT NOT NULL DEFAULT '',
            original_mtime TEXT NOT NULL DEFAULT '',
            mime TEXT NOT NULL DEFAULT '',
            captured_at TEXT NOT NULL DEFAULT '',
            captured_at_source TEXT NOT NULL DEFAULT '',
            camera_make TEXT NOT NULL DEFAULT '',
            camera_model TEXT NOT NULL DEFAULT '',
            gps_lat REAL,
            gps_lon REAL,
            width INTEGER,
            height INTEGER,
            duration REAL,
            orientation INTEGER,
            software TEXT NOT NULL DEFAULT '',
            flags TEXT NOT NULL DEFAULT '[]',
            metadata TEXT NOT NULL DEFAULT '{}',
            metadata_error TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            proves TEXT NOT NULL DEFAULT '',
            exhibit_order INTEGER NOT NULL DEFAULT 0,
            hidden INTEGER NOT NULL DEFAULT 0,
            status TEXT NOT NULL DEFAULT 'ok',
            phash TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX items_case ON items(case_id);
        CREATE INDEX items_sha ON items(sha256);

        CREATE TABLE markers (
            id INTEGER PRIMARY KEY,
            item_id TEXT NOT NULL REFERENCES items(id),
            offset_s REAL NOT NULL,
            label TEXT NOT NULL,
            wall_ts TEXT NOT NULL DEFAULT '',
            keyframe TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX markers_item ON markers(item_id);

        CREATE TABLE deadlines (
            id INTEGER PRIMARY KEY,
            case_id TEXT NOT NULL REFERENCES cases(id),
            kind TEXT NOT NULL,
            due_at TEXT NOT NULL,
            label TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            done INTEGER NOT NULL DEFAULT 0
        );

        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            case_id TEXT NOT NULL REFERENCES cases(id),
            kind TEXT NOT NULL,
            at TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '{}'
        );

        -- case_id '' is the store-level chain (start-up clean-ups), without FK, so it needs no case row
        CREATE TABLE journal (
            id INTEGER PRIMARY KEY,
            case_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            ts_utc TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            payload TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL,
            UNIQUE(case_id, seq)
        );

        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """
    )


def upgrade_to_2(con: sqlite3.Connection) -> None:
    """Text read from items (OCR of screenshots, pasted chat) with a full-text index, and evidence tags.

    No foreign keys to items: these rows are derived data, and must never block another feature's purge.
    The FTS table indexes a tokenised copy (each CJK character a token, see services/ocr.py) so a two-character
    Chinese query matches inside a sentence, which unicode61 alone cannot do.
    """
    _run_script(
        con,
        """
        CREATE TABLE item_text (
            item_id TEXT PRIMARY KEY,
            case_id TEXT NOT NULL,
            source TEXT NOT NULL,
            text TEXT NOT NULL,
            lines TEXT NOT NULL DEFAULT '[]',
            engine TEXT NOT NULL DEFAULT '',
            seconds REAL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX item_text_case ON item_text(case_id);
        CREATE VIRTUAL TABLE item_text_fts USING fts5(tokens, item_id UNINDEXED, case_id UNINDEXED);
        CREATE TABLE item_tags (
            item_id TEXT NOT NULL,
            tag TEXT NOT NULL,
            PRIMARY KEY (item_id, tag)
        )
        """
    )


CASE_FIELDS_3 = ("product", "seller_legal_name", "return_waybill", "return_carrier", "return_shipped_at",
                 "card_network", "card_last4", "transaction_ref")


def upgrade_to_3(con: sqlite3.Connection) -> None:
    """Case fields the dossiers need (issue 17): the product's name and the seller's legal entity (营业执照名称,
    distinct from the shop name) for 12315; the return shipment (waybill, carrier, date shipped back) for the
    timeline, 12315 and the card dispute; the card network, last four digits and transaction reference for the
    card dispute. Text columns with '' defaults: an old case simply has them blank."""
    for col in CASE_FIELDS_3:
        con.execute(f"ALTER TABLE cases ADD COLUMN {col} TEXT NOT NULL DEFAULT ''")


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [upgrade_to_1, upgrade_to_2, upgrade_to_3]
SCHEMA_VERSION = len(MIGRATIONS)
