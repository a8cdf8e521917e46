"""SQLite access: WAL, synchronous=FULL, foreign keys on, one connection per thread, migrations at open."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

from ..core.errors import DiskFull, StoreBusy, StoreCorrupt, StoreTooNew
from ..core.faults import fault_point
from .migrations import MIGRATIONS, SCHEMA_VERSION

# How long a write waits for another program's lock (a backup tool, a second window) before SQLITE_BUSY.
BUSY_TIMEOUT_S = 30.0

# What a support person needs from the store: schema, upgrades, refusals, a full disk. Never a row's content.
log = logging.getLogger(__name__)

class Database:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        try:
            self._migrate()
        except BaseException:
            self.close()
            raise

    def _open(self) -> sqlite3.Connection:
        try:
            con = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
        except sqlite3.DatabaseError as exc:
            log.error("database cannot be opened: %s", exc)
            raise StoreCorrupt(str(exc)) from exc
        try:
            con.row_factory = sqlite3.Row
            con.execute("PRAGMA journal_mode=WAL")
            con.execute("PRAGMA synchronous=FULL")
            con.execute("PRAGMA foreign_keys=ON")
        except sqlite3.DatabaseError as exc:
            con.close()
            raise StoreCorrupt(str(exc)) from exc
        return con

    @property
    def con(self) -> sqlite3.Connection:
        con = getattr(self._local, "con", None)
        if con is None:
            con = self._open()
            self._local.con = con
            with self._lock:
                self._all.append(con)
        return con

    @contextlib.contextmanager
    def tx(self) -> Iterator[sqlite3.Connection]:
        """One write transaction. BEGIN IMMEDIATE takes the write lock up front, so two writers never deadlock
        half-way and the journal's read-head-then-append is atomic."""
        con = self.con
        try:
            con.execute("BEGIN IMMEDIATE")
            try:
                yield con
                fault_point("db.commit")
                con.execute("COMMIT")
            except BaseException:
                # Whatever failed, the body or the COMMIT itself: never leave this thread's connection inside a
                # transaction (every later write would fail). SQLite may already have rolled back (SQLITE_FULL).
                if con.in_transaction:
                    con.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            code = getattr(exc, "sqlite_errorcode", None)
            if code is not None and code & 0xFF in (sqlite3.SQLITE_FULL, sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
                if con.in_transaction:
                    con.execute("ROLLBACK")
                if code & 0xFF == sqlite3.SQLITE_FULL:
                    log.error("disk full during a database write (rolled back)")
                    raise DiskFull(str(exc), path="the evidence database") from exc
                # Another program kept the database locked past the timeout: expected trouble, not a bug.
                raise StoreBusy(str(exc)) from exc
            raise

    def _migrate(self) -> None:
        con = self.con
        try:
            version = self.schema_version()
            # A damaged page surfaces on the first real read, not at connect: say E_STORE_CORRUPT, not a crash.
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError as exc:
            raise StoreCorrupt(str(exc)) from exc
        if version > SCHEMA_VERSION:
            log.error("database schema v%d is newer than this version supports (v%d): refused", version,
                      SCHEMA_VERSION)
            raise StoreTooNew(found=version, supported=SCHEMA_VERSION)
        if version < SCHEMA_VERSION and version > 0:
            backup = self.path.with_name(f"{self.path.name}.v{version}.bak")
            fault_point("migrate.backup")
            self.backup(backup)
            log.info("upgrading the database schema v%d -> v%d (backup %s)", version, SCHEMA_VERSION, backup.name)
        for target in range(version + 1, SCHEMA_VERSION + 1):
            con.execute("BEGIN IMMEDIATE")
            try:
                fault_point(f"migrate.{target}.apply")
                MIGRATIONS[target - 1](con)
                fault_point(f"migrate.{target}.version")
                con.execute(f"PRAGMA user_version={target}")
            except BaseException:
                if con.in_transaction:
                    con.execute("ROLLBACK")
                raise
            con.execute("COMMIT")
            fault_point(f"migrate.{target}.committed")
        log.info("store opened (schema v%d, SQLite %s)", SCHEMA_VERSION, sqlite3.sqlite_version)

    def backup(self, dest: Path) -> None:
        """A consistent copy through SQLite's backup API (a file copy of a live WAL database is not)."""
        target = sqlite3.connect(dest)
        try:
            self.con.backup(target)
        finally:
            target.close()

    def schema_version(self) -> int:
        return int(self.con.execute("PRAGMA user_version").fetchone()[0])

    def integrity_check(self) -> str:
        return self.con.execute("PRAGMA integrity_check").fetchone()[0]

    def close(self) -> None:
        with self._lock:
            for con in self._all:
                with contextlib.suppress(sqlite3.Error):
                    con.close()
            self._all.clear()
        self._local = threading.local()
