"""The open evidence store: database + objects + start-up recovery. One per process, passed to every service."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

from .. import config
from ..core.models import SYSTEM_CHAIN
from ..store import Database, ObjectStore, items_repo, journal_repo
from ..store.lock import StoreLock
from .media_workers import media_prestart


class App:
    def __init__(self, home: Path) -> None:
        self.home = home
        home.mkdir(parents=True, exist_ok=True)
        # Media workers start before the lock is taken, so no child process can ever share it (media_workers.py).
        media_prestart()
        self._lock = StoreLock(home / "store.lock").acquire()
        try:
            self.objects = ObjectStore(home)
            self.db = Database(home / "evidence.sqlite")
            self.cleanup_report: dict[str, list[str]] = {"tmp": [], "orphans": []}
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


def startup_hooks() -> list[Callable[[App], object]]:
    """What runs at start, while this process holds the store alone, after the clean-up of partial writes and
    before the orphan sweep. Listed here, explicitly: a service with start-up work adds its function to this list."""
    from .recording import recover_interrupted  # noqa: PLC0415 - recording imports this module

    # A take interrupted by a crash becomes an item (its file must not be swept as an orphan).
    return [recover_interrupted]


def startup_cleanup(app: App) -> dict[str, list[str]]:
    """Remove partial writes and unreferenced objects left by a crash; journal what was removed."""
    removed_tmp = []
    for p in app.objects.tmp_leftovers():
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
    referenced = items_repo.referenced_shas(app.db.con)
    orphans = [sha for sha, _ in app.objects.iter_objects() if sha not in referenced]
    for sha in orphans:
        app.objects.remove_object(sha)
        # Its thumbnails etc., if the analysis got that far: derived data of nothing.
        shutil.rmtree(app.objects.derived_root / sha, ignore_errors=True)
    if removed_tmp or orphans:
        with app.db.tx() as con:
            journal_repo.append(con, SYSTEM_CHAIN, "startup_cleanup",
                                {"tmp_removed": len(removed_tmp), "orphans_removed": orphans, "pid": os.getpid()},
                                actor="system")
    return {"tmp": removed_tmp, "orphans": orphans}
