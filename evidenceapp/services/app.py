"""The open evidence store: database + objects + start-up recovery. One per process, passed to every service."""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .. import config
from ..core.errors import DiskFull, EvidenceError, StoreBusy, StoreCorrupt
from ..core.faults import fault_point
from ..core.models import SYSTEM_CHAIN
from ..core.privacy import create_private_file, private_dir, tighten
from ..store import Database, ObjectStore, items_repo, journal_repo
from ..store.lock import StoreLock
from .media_workers import media_prestart

log = logging.getLogger(__name__)

DB_NAME = "evidence.sqlite"
# Top-level folders tightened at start (an older version created them 0755).
PRIVATE_FOLDERS = ("objects", "tmp", "derived", "quarantine", "recordings", "logs", "keys", "timestamps")


class App:
    def __init__(self, home: Path) -> None:
        self.home = home
        secure_home(home)
        # Media workers start before the lock is taken, so no child process can ever share it (media_workers.py).
        media_prestart()
        self._lock = StoreLock(home / "store.lock").acquire()
        try:
            self.objects = ObjectStore(home, on_repair=self._journal_repair)
            self.db = Database(home / DB_NAME)
            secure_database_files(home)
            self.cleanup_report: dict[str, list[str]] = {"tmp": [], "orphans": []}
            # Objects that start-up hooks could not register yet (a take whose commit failed): kept in place.
            self.pending_objects: set[str] = set()
            self.held_alone = self._lock.exclusive  # whether this process opened the store alone (and cleaned it)
            if self._lock.exclusive:
                self.cleanup_report = startup_cleanup(self)
                self._lock.downgrade()
        except BaseException:
            # A refused store (too new, damaged) must not keep the lock or a connection open behind the error.
            self.close()
            raise

    @classmethod
    def open(cls, home: Path | None = None) -> App:
        return cls(home or config.home_dir())

    def close(self) -> None:
        db = getattr(self, "db", None)  # absent when opening failed half-way
        if db is not None:
            db.close()
        self._lock.release()

    def __enter__(self) -> App:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _journal_repair(self, sha: str, facts: dict[str, Any]) -> None:
        """A damaged object was replaced by verified bytes (store/objects.py): say so in the store's chain."""
        log.warning("object %s was damaged and has been repaired: %s", sha, facts)
        try:
            with self.db.tx() as con:
                journal_repo.append(con, SYSTEM_CHAIN, "object_repaired", {"sha256": sha, **facts}, actor="system")
        except (sqlite3.Error, EvidenceError):
            log.exception("could not journal the repair of %s (the quarantine note keeps the facts)", sha)


def secure_home(home: Path) -> None:
    """The data folder and its folders owner-only (0700); fixes an existing installation made 0755."""
    private_dir(home)
    for name in PRIVATE_FOLDERS:
        d = home / name
        if d.is_dir():
            tighten(d, 0o700)
    keys = home / "keys"
    if keys.is_dir():  # a restored backup or a `cp -r` may have made the private keys readable by others
        for f in keys.iterdir():
            tighten(f)
    create_private_file(home / DB_NAME)  # before SQLite creates it with the umask's 0644


def secure_database_files(home: Path) -> None:
    # SQLite gives -wal/-shm the database file's mode; older installations still have 0644 files.
    for name in (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", "store.lock"):
        tighten(home / name)
    for bak in home.glob(f"{DB_NAME}.v*.bak"):
        tighten(bak)


def store_error(exc: BaseException) -> EvidenceError | None:
    """The coded error for an SQLite failure the user can act on (a damaged page, a lock held by another program,
    a full disk); None for anything else (a bug). Decided by SQLite's result code, never by the message text."""
    if not isinstance(exc, sqlite3.Error):
        return None
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        return None
    primary = code & 0xFF
    if primary in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return StoreCorrupt(str(exc))
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return StoreBusy(str(exc))
    if primary == sqlite3.SQLITE_FULL:
        return DiskFull(str(exc), path="the evidence database")
    return None


def startup_hooks() -> list[Callable[[App], object]]:
    """What runs at start, while this process holds the store alone, after the clean-up of partial writes and
    before the orphan sweep. Listed here, explicitly: a service with start-up work adds its function to this list."""
    from .recording import recover_interrupted  # noqa: PLC0415 - recording imports this module

    # A take interrupted by a crash becomes an item (its file must not be swept as an orphan).
    return [recover_interrupted]

ORPHAN_DETAIL = ("a stored file that no item references: an older evidence.sqlite was restored, item rows were"
                 " lost, or an import or recording stopped before its registration committed")


def startup_cleanup(app: App) -> dict[str, list[str]]:
    """Remove partial writes (tmp/) left by a crash; move objects that no item references to quarantine/ (never
    delete them: they may be the only copy of a take or of a restored case's evidence); journal what was done."""
    removed_tmp = []
    for p in app.objects.tmp_leftovers():
        fault_point("startup.tmp")
        try:
            p.chmod(0o600)
            p.unlink()
            removed_tmp.append(p.name)
        except IsADirectoryError:
            shutil.rmtree(p, ignore_errors=True)
            removed_tmp.append(p.name)
        except OSError:
            continue
    for hook in startup_hooks():
        hook(app)
    referenced = items_repo.referenced_shas(app.db.con) | app.pending_objects
    orphans, quarantined = [], []
    for sha, path in list(app.objects.iter_objects()):
        if sha in referenced:
            app.objects.tighten(path)
            continue
        fault_point("startup.quarantine")
        try:
            qid = app.objects.quarantine_object(sha, "unreferenced", ORPHAN_DETAIL)
        except OSError:
            log.exception("could not move unreferenced object %s to quarantine; it stays in place", sha)
            continue
        log.warning("object %s belongs to no item: moved to quarantine/%s", sha, qid)
        orphans.append(sha)
        quarantined.append(qid)
    if removed_tmp or orphans:
        fault_point("startup.journal")
        try:
            with app.db.tx() as con:
                journal_repo.append(con, SYSTEM_CHAIN, "startup_cleanup",
                                    {"tmp_removed": len(removed_tmp), "orphans_quarantined": orphans,
                                     "quarantine_ids": quarantined, "pid": os.getpid()}, actor="system")
        except (sqlite3.Error, EvidenceError):
            # The quarantine notes and the log keep the facts; a locked or full database must not stop the start.
            log.exception("could not journal the start-up clean-up")
    return {"tmp": removed_tmp, "orphans": orphans}
