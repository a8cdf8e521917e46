"""Content-addressed object store (DESIGN §2).

Import = copy-while-hashing into ``tmp/``, fsync, chmod 0444, ``os.replace`` into ``objects/sha256/ab/cdef…``,
fsync the directory. Only then does the caller insert the item row. A crash at any point leaves either nothing
visible or a whole object; ``tmp/`` leftovers and unreferenced objects are removed at the next start by the
process that holds the store alone (see ``StoreLock``).
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..core.errors import DiskFull, EvidenceError, ImportUnreadable, StoreWriteFailed
from ..core.hashing import copy_and_hash, sha256_file

log = logging.getLogger(__name__)  # objects by hash prefix only, never names or content

class ObjectStore:
    def __init__(self, home: Path) -> None:
        self.home = home
        self.objects = home / "objects" / "sha256"
        self.tmp = home / "tmp"
        self.derived_root = home / "derived"
        self.quarantine = home / "quarantine"
        for d in (self.objects, self.tmp, self.derived_root, self.quarantine):
            d.mkdir(parents=True, exist_ok=True)

    def path_for(self, sha256: str) -> Path:
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise ValueError(f"not a sha256 hex digest: {sha256!r}")
        return self.objects / sha256[:2] / sha256[2:]

    def derived(self, sha256: str) -> Path:
        """Folder for regenerable files derived from an object (thumbnails, keyframes, OCR, share copies)."""
        self.path_for(sha256)  # validates the digest, so it can never become a path traversal
        d = self.derived_root / sha256
        d.mkdir(parents=True, exist_ok=True)
        return d

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def new_tmp(self, suffix: str = ".part") -> Path:
        """A fresh temp path tagged with our pid, so clean-up can tell a dead writer's leftovers."""
        return self.tmp / f"{os.getpid()}-{uuid.uuid4().hex}{suffix}"

    def put_stream(
        self, src: BinaryIO, label: str = "", on_bytes: Callable[[int], None] | None = None
    ) -> tuple[str, int, bool]:
        """Store ``src``; return (sha256, size, newly_stored). Reads the source exactly once."""
        tmp = self.new_tmp()
        try:
            # Read failures surface from _Source as ImportUnreadable; any OSError left is the store's side. A full
            # disk may show at the last buffered write, at fsync or at close, not only inside the copy loop.
            try:
                with open(tmp, "xb") as dst:
                    sha, size = copy_and_hash(_Source(src, label), dst, on_bytes)  # type: ignore[arg-type]
                    dst.flush()
                    os.fsync(dst.fileno())
                return sha, size, self._commit(tmp, sha)
            except OSError as exc:
                raise _write_error(exc, label) from exc
        finally:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()

    def put_file(
        self, path: Path, label: str = "", on_bytes: Callable[[int], None] | None = None
    ) -> tuple[str, int, bool]:
        with open(path, "rb") as src:
            return self.put_stream(src, label or str(path), on_bytes)

    def adopt(self, tmp: Path, sha256: str) -> bool:
        """Move an already-written and hashed temp file (e.g. a finished recording) into the store."""
        with open(tmp, "rb") as f:
            os.fsync(f.fileno())
        return self._commit(tmp, sha256)

    def _commit(self, tmp: Path, sha: str) -> bool:
        """Move a hashed temp file into place; False when the same bytes were already stored."""
        target = self.path_for(sha)
        if target.exists():
            tmp.unlink()  # content addressing dedups for free
            log.debug("object %s already stored", sha[:12])
            return False
        target.parent.mkdir(parents=True, exist_ok=True)
        os.chmod(tmp, 0o444)
        os.replace(tmp, target)
        _fsync_dir(target.parent)
        log.debug("object %s stored", sha[:12])
        return True

    def rehash(self, sha256: str) -> str | None:
        """The object's current digest, or None when it is missing."""
        p = self.path_for(sha256)
        try:
            return sha256_file(p)
        except FileNotFoundError:
            return None

    def iter_objects(self) -> Iterator[tuple[str, Path]]:
        for sub in sorted(self.objects.iterdir()):
            if sub.is_dir() and len(sub.name) == 2:
                for f in sorted(sub.iterdir()):
                    sha = sub.name + f.name
                    if len(sha) == 64 and all(c in "0123456789abcdef" for c in sha):
                        yield sha, f

    def tmp_leftovers(self) -> list[Path]:
        return sorted(self.tmp.iterdir())

    def remove_object(self, sha256: str) -> None:
        p = self.path_for(sha256)
        log.info("unreferenced object %s removed", sha256[:12])
        with contextlib.suppress(FileNotFoundError):
            p.unlink()
        _fsync_dir(p.parent)


class _Source:
    """The source as copy_and_hash sees it: a read error becomes ImportUnreadable, so it is never mistaken for a
    write error into the store (and a full disk never for an unreadable file)."""

    def __init__(self, src: BinaryIO, label: str) -> None:
        self._src = src
        self._label = label

    def readinto(self, buf: bytearray) -> int:
        try:
            return self._src.readinto(buf)  # type: ignore[attr-defined]
        except OSError as exc:
            raise ImportUnreadable(os.strerror(exc.errno) if exc.errno else str(exc), path=self._label) from exc


_DISK_FULL = {errno.EFBIG, errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def _write_error(exc: OSError, label: str) -> EvidenceError:
    detail = os.strerror(exc.errno) if exc.errno else str(exc)
    if exc.errno in _DISK_FULL:
        return DiskFull(detail, path=label)
    return StoreWriteFailed(detail, path=label)


def _fsync_dir(d: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a directory for fsync; NTFS journals the rename itself
    fd = os.open(d, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
