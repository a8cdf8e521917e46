"""Content-addressed object store (DESIGN §2).

Import = copy-while-hashing into ``tmp/``, fsync, chmod 0444, ``os.replace`` into ``objects/sha256/ab/cdef…``,
fsync the directory. Only then does the caller insert the item row. A crash at any point leaves either nothing
visible or a whole object. Nothing here deletes stored bytes: ``tmp/`` leftovers (partial copies) are removed at
the next start, but an object no item references is moved to ``quarantine/`` with a ``.reason.json`` (see
services/app.py and services/quarantine.py), and a damaged object replaced by verified bytes goes there too.

Modes: objects and quarantined files 0400 (read-only, owner only); the folders 0700. On Windows ``chmod`` only
sets the read-only flag: there the data folder's privacy comes from the user profile's ACL.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from ..core.errors import DiskFull, EvidenceError, ImportUnreadable, ObjectDamaged, StoreWriteFailed
from ..core.faults import fault_point
from ..core.hashing import copy_and_hash, sha256_file
from ..core.journal import now_utc

OBJECT_MODE = 0o400
DIR_MODE = 0o700
REASON_SUFFIX = ".reason.json"
# Called with (sha256, facts) after a damaged object was replaced by verified bytes; the App journals it.
RepairHook = Callable[[str, dict[str, Any]], None]

log = logging.getLogger(__name__)  # objects by hash prefix only, never names or content

class ObjectStore:
    def __init__(self, home: Path, on_repair: RepairHook | None = None) -> None:
        self.home = home
        self.objects = home / "objects" / "sha256"
        self.tmp = home / "tmp"
        self.derived_root = home / "derived"
        self.quarantine = home / "quarantine"
        self.on_repair = on_repair
        for d in (self.objects, self.tmp, self.derived_root, self.quarantine):
            d.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)

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
                fault_point("objects.put.open")
                with open(tmp, "xb") as dst:
                    sha, size = copy_and_hash(_Source(src, label), dst, on_bytes)  # type: ignore[arg-type]
                    dst.flush()
                    fault_point("objects.put.fsync")
                    os.fsync(dst.fileno())
                return sha, size, self._commit(tmp, sha, label)
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

    def adopt(self, path: Path, sha256: str) -> bool:
        """Put an already-written and hashed file (a take) into the store WITHOUT removing it: the caller removes
        ``path`` only once an item row referencing the object is committed, so a failed commit leaves the take
        where the next start finds it. A hard link (no copy) where the file system has them, else a copy."""
        with open(path, "rb") as f:
            os.fsync(f.fileno())
        tmp = self.new_tmp(".link")
        try:
            os.link(path, tmp)
        except OSError:
            # No hard links here (FAT, some network shares): copy, and check the copy is the bytes that were hashed.
            with open(path, "rb") as src:
                sha, _, created = self.put_stream(src, label=str(path))
            if sha != sha256:
                raise StoreWriteFailed(f"the file changed while it was stored (now {sha})", path=str(path)) from None
            return created
        try:
            return self._commit(tmp, sha256, str(path))
        finally:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()

    def _commit(self, tmp: Path, sha: str, label: str = "") -> bool:
        """Move a hashed temp file into place; False when the same, intact bytes were already stored.

        An existing object is checked before it is reused (size, then hash: re-adding a duplicate is rare, and
        reading a file is cheap next to a new item born from damaged bytes). A damaged one is moved to quarantine
        and replaced by the verified incoming bytes (``on_repair`` journals it); if that is impossible the add is
        refused with E_OBJECT_DAMAGED."""
        target = self.path_for(sha)
        fault_point("objects.place")
        if target.exists():
            damage = self._damage(target, tmp, sha)
            if damage is None:
                tmp.unlink()  # content addressing dedups for free
                log.debug("object %s already stored", sha[:12])
                return False
            self._repair(target, tmp, sha, damage, label)
            return True
        target.parent.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
        os.chmod(tmp, OBJECT_MODE)
        fault_point("objects.place.rename")
        os.replace(tmp, target)
        _fsync_dir(target.parent)
        log.debug("object %s stored", sha[:12])
        return True

    @staticmethod
    def _damage(target: Path, incoming: Path, sha: str) -> dict[str, Any] | None:
        """None when ``target`` holds exactly the bytes named ``sha``; else what is wrong with it."""
        st, inc = target.stat(), incoming.stat()
        if os.path.samestat(st, inc):
            return None  # the same file (a take linked in by an earlier, uncommitted attempt)
        if st.st_size != inc.st_size:
            return {"found_size": st.st_size, "expected_size": inc.st_size}
        try:
            actual = sha256_file(target)
        except OSError as exc:
            return {"found_size": st.st_size, "expected_size": inc.st_size, "unreadable": str(exc)}
        if actual != sha:
            return {"found_size": st.st_size, "expected_size": inc.st_size, "found_sha256": actual}
        return None

    def _repair(self, target: Path, tmp: Path, sha: str, damage: dict[str, Any], label: str) -> None:
        try:
            qid = self.quarantine_file(target, sha, "damaged", "a stored original no longer matched its hash; it"
                                       " was replaced by a verified copy of the same file added again",
                                       recoverable=False, **damage)
            os.chmod(tmp, OBJECT_MODE)
            os.replace(tmp, target)
            _fsync_dir(target.parent)
        except OSError as exc:
            raise ObjectDamaged(str(exc), path=label or sha) from exc
        if self.on_repair is not None:
            self.on_repair(sha, {**damage, "quarantined_as": qid})

    # -- quarantine: bytes that belong to no item, kept (never deleted) with the reason ---------------------------
    def quarantine_object(self, sha256: str, reason: str, detail: str, **facts: Any) -> str:
        """Move a stored object to quarantine/ (same file system: a rename); returns its quarantine id."""
        return self.quarantine_file(self.path_for(sha256), sha256, reason, detail, **facts)

    def quarantine_file(self, path: Path, sha256: str, reason: str, detail: str, recoverable: bool = True,
                        **facts: Any) -> str:
        """Move ``path`` into quarantine/ as ``<sha256>[-N]`` and write ``<id>.reason.json`` beside it. The file
        moves first: a crash in between leaves a quarantined file without its note (listed as reason unknown),
        never a note without its file."""
        qid = sha256
        n = 1
        while (self.quarantine / qid).exists() or (self.quarantine / (qid + REASON_SUFFIX)).exists():
            n += 1
            qid = f"{sha256}-{n}"
        dest = self.quarantine / qid
        size = path.stat().st_size
        fault_point("objects.quarantine.move")
        try:
            os.replace(path, dest)
        except OSError as exc:
            if exc.errno != errno.EXDEV:
                raise
            shutil.copy2(path, dest)  # a take on another file system: copy, keep the source
        with contextlib.suppress(OSError):
            dest.chmod(OBJECT_MODE)
        _fsync_dir(self.quarantine)
        fault_point("objects.quarantine.note")
        note = {"id": qid, "sha256": sha256, "size": size, "reason": reason, "detail": detail,
                "recoverable": recoverable, "quarantined_at": now_utc(), "from": str(path.relative_to(self.home))
                if path.is_relative_to(self.home) else str(path), "attached": [], **facts}
        self.write_note(qid, note)
        return qid

    def write_note(self, qid: str, note: dict[str, Any]) -> None:
        path = self.quarantine / (qid + REASON_SUFFIX)
        tmp = path.with_name(path.name + ".new")
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(note, f, ensure_ascii=False, indent=1, sort_keys=True)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
        _fsync_dir(self.quarantine)

    def quarantined(self) -> Iterator[tuple[str, Path, dict[str, Any]]]:
        """(id, file, note) of every quarantined file; a file whose note is missing or unreadable gets a minimal
        one (reason ``unknown``)."""
        for f in sorted(self.quarantine.iterdir()):
            if not f.is_file() or f.name.endswith((REASON_SUFFIX, ".new")):
                continue
            note: dict[str, Any] = {}
            with contextlib.suppress(OSError, ValueError):
                note = json.loads((self.quarantine / (f.name + REASON_SUFFIX)).read_text(encoding="utf-8"))
            if not isinstance(note, dict) or not note:
                sha = f.name[:64]
                note = {"id": f.name, "sha256": sha, "size": f.stat().st_size, "reason": "unknown",
                        "detail": "", "recoverable": True, "attached": []}
            yield f.name, f, note

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

    def tighten(self, path: Path) -> None:
        """Make an object owner-read-only (objects stored by older versions were 0444)."""
        with contextlib.suppress(OSError):
            if path.stat().st_mode & 0o777 != OBJECT_MODE:
                path.chmod(OBJECT_MODE)


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
