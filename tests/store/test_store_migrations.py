"""Schema versions: a v0 (empty) database upgrades to the current schema, every past version upgrades with its
data kept and a backup made first, a newer database is refused, a failing step leaves the version unchanged."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from evidenceapp.core.errors import StoreCorrupt, StoreTooNew
from evidenceapp.store import migrations
from evidenceapp.store.db import Database
from evidenceapp.store.migrations import MIGRATIONS, SCHEMA_VERSION

# The v1 schema as released: table -> columns in order. Later versions may add tables/columns, never remove these.
V1_SCHEMA = {
    "cases": [
        "id", "title", "platform", "order_no", "created_at", "seller", "amount", "currency", "dispute", "status",
        "order_date", "delivered_at", "store_id", "seller_credit_code", "seller_address", "waybill_no", "carrier",
        "request", "refusal_reason", "facts", "checklist", "journal_len", "journal_head",
    ],
    "items": [
        "id", "case_id", "kind", "sha256", "size", "source", "imported_at", "original_name", "original_path",
        "original_mtime", "mime", "captured_at", "captured_at_source", "camera_make", "camera_model", "gps_lat",
        "gps_lon", "width", "height", "duration", "orientation", "software", "flags", "metadata", "metadata_error",
        "title", "note", "proves", "exhibit_order", "hidden", "status", "phash",
    ],
    "markers": ["id", "item_id", "offset_s", "label", "wall_ts", "keyframe"],
    "deadlines": ["id", "case_id", "kind", "due_at", "label", "note", "done"],
    "events": ["id", "case_id", "kind", "at", "detail"],
    "journal": ["id", "case_id", "seq", "ts_utc", "actor", "action", "payload", "prev_hash", "hash"],
    "settings": ["key", "value"],
}
V1_INDEXES = {"cases_order_no", "items_case", "items_sha", "markers_item"}


def _schema(con: sqlite3.Connection) -> dict[str, list[str]]:
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
    return {t: [r[1] for r in con.execute(f"PRAGMA table_info({t})")] for t in tables}


def _indexes(con: sqlite3.Connection) -> set[str]:
    return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='index' AND sql IS NOT NULL")}


def _user_version(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("PRAGMA user_version").fetchone()[0]
    finally:
        con.close()


def test_upgrade_to_1_builds_exactly_the_v1_schema(tmp_path: Path) -> None:
    con = sqlite3.connect(tmp_path / "v1.sqlite", isolation_level=None)
    con.execute("BEGIN")
    MIGRATIONS[0](con)
    con.execute("COMMIT")
    assert _schema(con) == V1_SCHEMA
    assert _indexes(con) == V1_INDEXES
    fks = {(r[2], r[3], r[4]) for r in con.execute("PRAGMA foreign_key_list(items)")}
    assert fks == {("cases", "case_id", "id")}
    uniques = [r for r in con.execute("PRAGMA index_list(journal)") if r[2]]
    assert any([c[2] for c in con.execute(f"PRAGMA index_info({u[1]})")] == ["case_id", "seq"] for u in uniques)
    con.close()


def test_v0_empty_database_upgrades_to_current(tmp_path: Path) -> None:
    path = tmp_path / "evidence.sqlite"
    sqlite3.connect(path).close()  # an empty file: user_version 0, no tables
    assert _user_version(path) == 0
    db = Database(path)
    try:
        assert db.con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        schema = _schema(db.con)
        for table, cols in V1_SCHEMA.items():
            assert schema[table][: len(cols)] == cols or set(cols) <= set(schema[table])
        assert db.con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.con.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert db.con.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.integrity_check() == "ok"
    finally:
        db.close()
    # A fresh database is not "upgraded": there is nothing to back up.
    assert not list(tmp_path.glob("*.bak"))


@pytest.mark.parametrize("start", range(1, SCHEMA_VERSION))
def test_every_past_version_upgrades_keeping_data_with_a_backup(tmp_path: Path, start: int) -> None:
    path = tmp_path / "evidence.sqlite"
    con = sqlite3.connect(path, isolation_level=None)
    for n in range(start):
        con.execute("BEGIN")
        MIGRATIONS[n](con)
        con.execute(f"PRAGMA user_version={n + 1}")
        con.execute("COMMIT")
    con.execute("INSERT INTO cases(id, title, platform, order_no, created_at) VALUES ('c1','t','jd','o1','now')")
    con.close()
    db = Database(path)
    try:
        assert db.con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert db.con.execute("SELECT title FROM cases WHERE id='c1'").fetchone()[0] == "t"
    finally:
        db.close()
    assert _user_version(tmp_path / f"evidence.sqlite.v{start}.bak") == start


def test_database_newer_than_supported_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "evidence.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE future(x)")
    con.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    con.commit()
    con.close()
    with pytest.raises(StoreTooNew) as info:
        Database(path)
    assert info.value.code == "E_STORE_TOO_NEW"
    assert str(SCHEMA_VERSION + 1) in info.value.message
    # Refused means untouched: no migration ran, the version is as it was.
    assert _user_version(path) == SCHEMA_VERSION + 1
    con = sqlite3.connect(path)
    assert [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")] == ["future"]
    con.close()


def test_failing_migration_rolls_back_its_step(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(con: sqlite3.Connection) -> None:
        con.execute("CREATE TABLE half_done(x)")
        raise RuntimeError("boom")

    monkeypatch.setattr("evidenceapp.store.db.MIGRATIONS", [*migrations.MIGRATIONS, broken])
    monkeypatch.setattr("evidenceapp.store.db.SCHEMA_VERSION", SCHEMA_VERSION + 1)
    path = tmp_path / "evidence.sqlite"
    with pytest.raises(RuntimeError):
        Database(path)
    assert _user_version(path) == SCHEMA_VERSION  # the good steps stay, the broken one left nothing
    con = sqlite3.connect(path)
    assert con.execute("SELECT 1 FROM sqlite_master WHERE name='half_done'").fetchone() is None
    con.close()


def test_not_a_database_is_reported_as_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "evidence.sqlite"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreCorrupt) as info:
        Database(path)
    assert info.value.code == "E_STORE_CORRUPT"


def test_upgrade_backs_up_first_with_the_backup_api(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The mechanism behind every future step, exercised today with a synthetic next version."""
    path = tmp_path / "evidence.sqlite"
    Database(path).close()  # current version
    con = sqlite3.connect(path)
    con.execute("INSERT INTO cases(id, title, platform, order_no, created_at) VALUES ('c1','t','jd','o1','now')")
    con.commit()
    con.close()

    def upgrade_next(con: sqlite3.Connection) -> None:
        con.execute("ALTER TABLE cases ADD COLUMN extra TEXT NOT NULL DEFAULT 'x'")

    monkeypatch.setattr("evidenceapp.store.db.MIGRATIONS", [*migrations.MIGRATIONS, upgrade_next])
    monkeypatch.setattr("evidenceapp.store.db.SCHEMA_VERSION", SCHEMA_VERSION + 1)
    db = Database(path)
    try:
        assert db.con.execute("SELECT title, extra FROM cases").fetchone()[:] == ("t", "x")
    finally:
        db.close()
    backup = tmp_path / f"evidence.sqlite.v{SCHEMA_VERSION}.bak"
    assert _user_version(backup) == SCHEMA_VERSION
    con = sqlite3.connect(backup)
    assert con.execute("SELECT title FROM cases").fetchone()[0] == "t"
    assert "extra" not in [r[1] for r in con.execute("PRAGMA table_info(cases)")]
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
