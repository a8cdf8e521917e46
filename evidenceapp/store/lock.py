"""Who may clean the store: a process that holds it alone.

Every process holds a shared lock on ``store.lock`` while it has the store open. At start we try for an exclusive
lock first: only if no other process (a second window, a CLI run, a recording) has the store open is it safe to
sweep ``tmp/`` leftovers and unreferenced objects, which would otherwise be another process's import in flight.

- Linux, macOS: ``flock`` (shared/exclusive on the whole file; released by the kernel when the process dies).
- Windows: ``msvcrt.locking`` has byte-range *exclusive* locks only, so a shared holder locks one byte of its own
  (a slot) and the exclusive holder locks every slot at once; Windows, too, drops a dead process's locks.
- No locking primitive at all: we never claim to be alone, so the sweep is skipped (it is housekeeping, never
  needed for correctness).
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
try:
    import msvcrt
except ImportError:  # Linux, macOS
    msvcrt = None  # type: ignore[assignment]

SLOTS = 512  # shared holders at once on Windows (bytes 1..SLOTS); byte 0 marks "held alone"
SLOT_WAIT = 30.0  # seconds a shared acquire waits for the exclusive holder's clean-up to finish


log = logging.getLogger(__name__)

class RangeLocks:
    """Non-blocking exclusive byte-range locks on an open file: ``msvcrt.locking`` on Windows. Tests drive the
    Windows algorithm on Linux with a subclass built on ``fcntl.lockf`` ranges."""

    def try_lock(self, fd: int, start: int, length: int) -> bool:
        os.lseek(fd, start, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, length)
        except OSError:
            return False
        return True

    def unlock(self, fd: int, start: int, length: int) -> None:
        os.lseek(fd, start, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, length)


class StoreLock:
    def __init__(self, path: Path, ranges: RangeLocks | None = None) -> None:
        self.path = path
        self._fd: int | None = None
        self.exclusive = False
        self._ranges = ranges if ranges is not None else (RangeLocks() if fcntl is None and msvcrt else None)
        self._slot: int | None = None

    def acquire(self) -> StoreLock:
        self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
        if self._ranges is not None:
            if self._ranges.try_lock(self._fd, 0, SLOTS + 1):
                self.exclusive = True
            else:
                self._take_slot()
            return self
        if fcntl is None:
            return self
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            self.exclusive = True
        except BlockingIOError:
            fcntl.flock(self._fd, fcntl.LOCK_SH)
        return self

    def _take_slot(self) -> None:
        """Lock one free byte of 1..SLOTS, waiting while an exclusive holder (all slots) cleans up."""
        assert self._fd is not None and self._ranges is not None
        first = os.getpid() % SLOTS
        deadline = time.monotonic() + SLOT_WAIT
        while True:
            for k in range(SLOTS):
                slot = 1 + (first + k) % SLOTS
                if self._ranges.try_lock(self._fd, slot, 1):
                    self._slot = slot
                    return
            if time.monotonic() > deadline:
                log.warning("no free store slot after %.0f s: opening without one", SLOT_WAIT)
                return  # open without a slot: we still never claim to be alone, so nobody sweeps because of us
            time.sleep(0.05)

    def downgrade(self) -> None:
        if not self.exclusive or self._fd is None:
            return
        if self._ranges is not None:
            # Not atomic (neither is flock's conversion): another process may take "alone" in between, which is
            # harmless — we have finished our own sweep and hold no tmp file yet.
            self._ranges.unlock(self._fd, 0, SLOTS + 1)
            self._take_slot()
        elif fcntl is not None:
            fcntl.flock(self._fd, fcntl.LOCK_SH)
        self.exclusive = False

    def release(self) -> None:
        if self._fd is not None:
            if self._ranges is not None:
                if self.exclusive:
                    self._ranges.unlock(self._fd, 0, SLOTS + 1)
                elif self._slot is not None:
                    self._ranges.unlock(self._fd, self._slot, 1)
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None
            self._slot = None
            self.exclusive = False
