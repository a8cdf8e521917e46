"""Owner-only modes for the data folder: it holds the user's name, phone, address and ID number.

POSIX: folders 0700, files 0600 (stored originals 0400, see store/objects.py). Windows (``osrules.posix_modes_apply``):
``chmod`` only toggles the read-only flag, so nothing is changed; there the data folder is inside the user profile
(``%LOCALAPPDATA%``), whose ACL already keeps other users out.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from .osrules import posix_modes_apply

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600


def private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) owner-only, and tighten it when an older version made it 0755."""
    path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    tighten(path, PRIVATE_DIR)
    return path


def tighten(path: Path, mode: int = PRIVATE_FILE) -> None:
    """Take away group/other bits (never add bits the owner removed on purpose, e.g. a read-only object)."""
    if not posix_modes_apply():
        return
    with contextlib.suppress(OSError):
        cur = path.stat().st_mode & 0o777
        if cur & 0o077:
            path.chmod(cur & mode)


def create_private_file(path: Path) -> None:
    """Create an empty owner-only file unless it exists (so SQLite's -wal/-shm inherit the mode)."""
    # Exists already, or cannot be created here (a read-only folder): SQLite reports that itself, with a code.
    with contextlib.suppress(OSError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
