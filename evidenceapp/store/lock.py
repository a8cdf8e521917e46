"""Who may clean the store: a process that holds it alone.

Every process holds a shared ``flock`` on ``store.lock`` while it has the store open. At start we try for an
exclusive lock first: only if no other process (a second window, a CLI run, a recording) has the store open is it
safe to delete ``tmp/`` leftovers and unreferenced objects, which would otherwise be another process's import in
flight. Where ``fcntl`` does not exist (Windows) clean-up is skipped; it is an optimisation, never needed for
correctness.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


class StoreLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None
        self.exclusive = False

    def acquire(self) -> StoreLock:
        self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        if fcntl is None:
            return self
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            self.exclusive = True
        except BlockingIOError:
            fcntl.flock(self._fd, fcntl.LOCK_SH)
        return self

    def downgrade(self) -> None:
        if fcntl is not None and self._fd is not None and self.exclusive:
            fcntl.flock(self._fd, fcntl.LOCK_SH)
            self.exclusive = False

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None
