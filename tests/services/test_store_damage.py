"""Uncoded crashes met while injecting faults become coded errors: a damaged database page (E_STORE_CORRUPT), a
database locked by another program past the timeout (E_STORE_BUSY); never exit 70 with a traceback."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from helpers import cli

from evidenceapp.core.errors import StoreBusy, StoreCorrupt
from evidenceapp.services.app import App, store_error
from evidenceapp.services.cases import create_case
from evidenceapp.services.importing import add_bytes
from evidenceapp.store import db as db_mod


def _store_with_items(home: Path, n: int = 60) -> list[str]:
    with App.open(home) as app:
        case = create_case(app, "坏页", "jd", "JD-CORRUPT")
        shas = [add_bytes(app, case.id, b"evidence %d " % i * 200, f"n{i}.txt")[0].sha256 for i in range(n)]
        app.db.con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return shas


def _damage_page(db: Path, table: str) -> None:
    """Overwrite the middle of the first page of ``table`` (found through SQLite itself) with garbage."""
    con = sqlite3.connect(db)
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name=?", (table,)).fetchone()[0]
    con.close()
    with open(db, "r+b") as f:
        f.seek((root - 1) * page_size + 8)
        f.write(b"\xde\xad\xbe\xef" * (page_size // 8))


def test_damaged_page_is_a_coded_error_and_deletes_nothing(home: Path) -> None:
    shas = _store_with_items(home)
    _damage_page(home / "evidence.sqlite", "items")
    proc = cli("case", "list", "--json", home=home)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert json.loads(proc.stdout)["error"]["code"] == "E_STORE_CORRUPT"
    objects = home / "objects" / "sha256"
    assert all((objects / s[:2] / s[2:]).is_file() for s in shas)  # no sweep ran on a damaged database
    assert not list((home / "quarantine").iterdir())


def test_damaged_schema_page_is_refused_at_open(home: Path) -> None:
    _store_with_items(home, 3)
    db = home / "evidence.sqlite"
    data = bytearray(db.read_bytes())
    data[100:400] = b"\x00\xff" * 150  # sqlite_master's page header and cells
    db.write_bytes(bytes(data))
    with pytest.raises(StoreCorrupt):
        App.open(home)


def test_lock_held_by_another_program_is_a_coded_error(home: Path, monkeypatch) -> None:
    with App.open(home) as app:
        case = create_case(app, "锁", "jd", "JD-BUSY")
    monkeypatch.setattr(db_mod, "BUSY_TIMEOUT_S", 0.2)
    locker = sqlite3.connect(home / "evidence.sqlite", isolation_level=None)
    locker.execute("BEGIN IMMEDIATE")
    try:
        with App.open(home) as app, pytest.raises(StoreBusy):
            add_bytes(app, case.id, b"photo", "p.jpg")
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    err = sqlite3.OperationalError("database is locked")
    err.sqlite_errorcode = sqlite3.SQLITE_BUSY  # type: ignore[attr-defined]
    assert isinstance(store_error(err), StoreBusy) and store_error(ValueError("x")) is None
