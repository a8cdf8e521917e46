"""Adding evidence to a case: files, folders, pasted images, uploaded streams.

Per file: open safely (no FIFOs, devices or loops), copy-while-hashing into the object store, analyse the stored
copy, then one transaction inserting the item and its journal entry. A failure leaves the case as it was; other
files still import. Original names are metadata, never storage paths.
"""

from __future__ import annotations

import errno
import logging
import os
import stat
import threading
import uuid
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from ..core import times
from ..core.errors import (
    Cancelled,
    EvidenceError,
    ImportMissing,
    ImportNotRegular,
    ImportSymlinkLoop,
    ImportUnreadable,
    StoreWriteFailed,
)
from ..core.faults import fault_point
from ..core.journal import now_utc
from ..core.models import Item
from ..core.names import display_name, display_path
from ..core.progress import CancelToken, Progress, ProgressFn, no_progress
from ..store import items_repo, journal_repo
from . import media as media_svc
from .app import App
from .cases import get_case

log = logging.getLogger(__name__)  # kind, type, size and source of what is added: never its name or content


@dataclass
class ImportReport:
    added: list[Item] = field(default_factory=list)
    duplicates: list[dict[str, str]] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)
    cancelled: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "added": [{"item_id": i.id, "sha256": i.sha256, "name": i.original_name, "kind": i.kind,
                       "flags": i.flags} for i in self.added],
            "duplicates": self.duplicates,
            "errors": self.errors,
            "cancelled": self.cancelled,
        }


@dataclass
class _Candidate:
    path: Path | None
    error: EvidenceError | None = None


def iter_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[_Candidate]:
    """Files under ``paths`` (recursive, sorted), with an error candidate for each path that cannot be imported.

    Symlinked folders are followed once; a folder already visited (a loop) is reported, not walked again.
    """
    seen_dirs: set[tuple[int, int]] = set()
    for raw in paths:
        p = Path(raw)
        try:
            st = p.stat()
        except FileNotFoundError:
            if p.is_symlink():
                yield _Candidate(None, ImportUnreadable("dangling symbolic link", path=display_path(p)))
            else:
                yield _Candidate(None, ImportMissing(path=display_path(p)))
            continue
        except OSError as exc:
            yield _Candidate(None, _os_error(exc, p))
            continue
        if stat.S_ISDIR(st.st_mode):
            yield from _walk(p, seen_dirs)
        else:
            yield _Candidate(p)


def _walk(root: Path, seen: set[tuple[int, int]]) -> Iterator[_Candidate]:
    try:
        st = root.stat()
    except OSError as exc:
        yield _Candidate(None, _os_error(exc, root))
        return
    key = (st.st_dev, st.st_ino)
    if key in seen:
        yield _Candidate(None, ImportSymlinkLoop(path=display_path(root)))
        return
    seen.add(key)
    try:
        entries = sorted(os.scandir(root), key=lambda e: os.fsencode(e.name))
    except OSError as exc:
        yield _Candidate(None, _os_error(exc, root))
        return
    for entry in entries:
        p = Path(entry.path)
        try:
            is_dir = entry.is_dir(follow_symlinks=True)
        except OSError as exc:
            yield _Candidate(None, _os_error(exc, p))
            continue
        if is_dir:
            yield from _walk(p, seen)
        else:
            yield _Candidate(p)


def _os_error(exc: OSError, p: Path) -> EvidenceError:
    if exc.errno == errno.ELOOP:
        return ImportSymlinkLoop(path=display_path(p))
    if exc.errno == errno.ENOENT:
        return ImportMissing(path=display_path(p))
    return ImportUnreadable(os.strerror(exc.errno) if exc.errno else str(exc), path=display_path(p))


def _open_regular(p: Path) -> tuple[BinaryIO, os.stat_result]:
    """Open without blocking on a FIFO, then refuse anything that is not a regular file."""
    try:
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise _os_error(exc, p) from exc
    st = os.fstat(fd)
    if not stat.S_ISREG(st.st_mode):
        os.close(fd)
        raise ImportNotRegular(path=display_path(p))
    if hasattr(os, "set_blocking"):
        os.set_blocking(fd, True)
    return os.fdopen(fd, "rb", buffering=0), st


def add_paths(
    app: App, case_id: str, paths: Iterable[str | os.PathLike[str]], source: str = "import",
    progress: ProgressFn = no_progress, cancel: CancelToken | None = None,
) -> ImportReport:
    get_case(app, case_id)
    report = ImportReport()
    window: deque[tuple[str, Path, Future]] = deque()
    candidates = list(iter_files(paths))
    total = len(candidates)
    for n, cand in enumerate(candidates):
        if report.cancelled or (cancel and cancel.cancelled):
            report.cancelled = True
            break
        label = display_path(cand.path) if cand.path else ""
        progress(Progress(n, total, label))
        if cand.error is not None:
            report.errors.append({"path": cand.error.params.get("path", ""), **cand.error.to_dict()})
            continue
        assert cand.path is not None
        window.append((label, cand.path, _stagers().submit(_stage_path, app, case_id, cand.path, source, cancel)))
        _settle(app, case_id, window, report, PIPELINE_DEPTH)
    _settle(app, case_id, window, report, 0)
    progress(Progress(total, total, ""))
    return report


# Files being copied, hashed and fsynced by a few threads (fsync and hashing release the GIL, so one file's disk
# flush overlaps the next one's copy) and analysed in the media worker pool (the other core) while later ones are
# read. Items are still inserted one by one, in the order the files were listed.
PIPELINE_DEPTH = 8
STAGE_THREADS = 2
_stager_pool: ThreadPoolExecutor | None = None
_stager_lock = threading.Lock()


def _stagers() -> ThreadPoolExecutor:
    global _stager_pool
    with _stager_lock:
        if _stager_pool is None:
            _stager_pool = ThreadPoolExecutor(max_workers=STAGE_THREADS, thread_name_prefix="import-stage")
        return _stager_pool


def _stage_path(app: App, case_id: str, path: Path, source: str, cancel: CancelToken | None) -> _Staged:
    src, st = _open_regular(path)
    with src:
        return stage_stream(
            app, case_id, src, original_name=os.fsencode(path.name), source=source,
            original_path=os.fsencode(path.absolute()),
            original_mtime=datetime.fromtimestamp(st.st_mtime, UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            cancel=cancel,
        )


def _settle(app: App, case_id: str, window: deque[tuple[str, Path, Future]], report: ImportReport,
            keep: int) -> None:
    while len(window) > keep:
        label, path, future = window.popleft()
        try:
            item, dup = finish_staged(app, case_id, future.result())
        except Cancelled:
            report.cancelled = True
            continue
        except EvidenceError as exc:
            report.errors.append({"path": label, **exc.to_dict()})
            continue
        except OSError as exc:
            err = _os_error(exc, path)
            report.errors.append({"path": label, **err.to_dict()})
            continue
        if dup is not None:
            report.duplicates.append({"path": label, "item_id": dup.id, "sha256": dup.sha256,
                                      "name": dup.original_name})
        else:
            report.added.append(item)


def import_stream(
    app: App, case_id: str, src: BinaryIO, original_name: str | bytes, source: str,
    original_path: str | bytes = "", original_mtime: str = "", cancel: CancelToken | None = None,
    kind: str | None = None, extra: dict[str, Any] | None = None,
) -> tuple[Item, Item | None]:
    """Store one stream as an item. Returns (item, None), or (existing, existing) when the case already has it."""
    staged = stage_stream(app, case_id, src, original_name, source, original_path, original_mtime, cancel, kind,
                          extra)
    return finish_staged(app, case_id, staged)


@dataclass
class _Staged:
    """A stream stored in the object store whose analysis runs in the media pool; not yet an item."""

    sha: str
    size: int
    created: bool
    name: str
    original_name: str | bytes
    source: str
    original_path: str | bytes
    original_mtime: str
    kind: str | None
    extra: dict[str, Any] | None
    existing: Item | None = None
    analysis: Any = None


def stage_stream(
    app: App, case_id: str, src: BinaryIO, original_name: str | bytes, source: str,
    original_path: str | bytes = "", original_mtime: str = "", cancel: CancelToken | None = None,
    kind: str | None = None, extra: dict[str, Any] | None = None,
) -> _Staged:
    """Copy-while-hashing into the store and start the analysis; ``finish_staged`` makes it an item."""
    name = display_name(original_name)

    def on_bytes(_: int) -> None:
        if cancel is not None:
            cancel.check()

    sha, size, created = app.objects.put_stream(src, label=name, on_bytes=on_bytes)
    staged = _Staged(sha, size, created, name, original_name, source, original_path, original_mtime, kind, extra)
    # From here on the stored bytes are never removed, even if what follows fails: until an item row references
    # them they may be the only copy (a paste, a phone upload). The next start moves them to quarantine/, where
    # `evidenceapp recover` attaches them to a case.
    staged.existing = items_repo.by_sha(app.db.con, case_id, sha)
    if staged.existing is None:
        staged.analysis = media_svc.start_analysis(app, sha, name)
    return staged


def finish_staged(app: App, case_id: str, staged: _Staged) -> tuple[Item, Item | None]:
    if staged.existing is not None:
        return staged.existing, staged.existing
    sha, size, name, kind, extra = staged.sha, staged.size, staged.name, staged.kind, staged.extra
    original_name, original_path, original_mtime = staged.original_name, staged.original_path, staged.original_mtime
    source = staged.source
    existing = items_repo.by_sha(app.db.con, case_id, sha)  # the same bytes twice in one batch
    if existing is not None:
        return existing, existing
    sniffed, fields = media_svc.finish_analysis(app, case_id, staged.analysis)
    if kind:
        fields["kind"] = kind
    extra = dict(extra or {})
    if extra.get("metadata"):  # merged: what the analysis read stays beside what the caller adds
        fields["metadata"] = {**(fields.get("metadata") or {}), **extra.pop("metadata")}
    fields.update(extra)
    raw_name = (original_name if isinstance(original_name, bytes)
                else original_name.encode("utf-8", "surrogateescape"))
    if raw_name != name.encode("utf-8"):
        # The shown name is escaped (newline, invalid UTF-8 …): keep the exact bytes too, as data, never a path.
        fields["metadata"] = {**(fields.get("metadata") or {}), "original_name_hex": raw_name.hex()}
    if not fields.get("captured_at") and original_mtime:
        # A time in the file's name (a screenshot's, a camera's) that agrees with the file date is the
        # moment of capture, with its zone; otherwise the file date, shown as less reliable.
        named = times.agreeing_name_time(name, original_mtime)
        if named is not None:
            fields["captured_at"], fields["captured_at_source"] = named.isoformat(timespec="seconds"), "filename"
        else:
            fields.setdefault("captured_at", original_mtime)
            fields.setdefault("captured_at_source", "file_mtime")
    item = Item(
        id=uuid.uuid4().hex, case_id=case_id, sha256=sha, size=size, source=source, imported_at=now_utc(),
        original_name=name, original_path=display_name(original_path) if original_path else "",
        original_mtime=original_mtime, **fields,
    )
    with app.db.tx() as con:
        # Checked again under the write lock: another process may have added the same bytes meanwhile.
        existing = items_repo.by_sha(con, case_id, sha)
        if existing is None:
            if not app.objects.has(sha):  # moved away meanwhile (by hand, or a sweep of another version)
                raise StoreWriteFailed("the stored copy disappeared before it was registered; add it again",
                                       path=name)
            fault_point("import.commit.insert")
            item.exhibit_order = items_repo.next_exhibit_order(con, case_id)
            items_repo.insert(con, item)
            fault_point("import.commit.journal")
            journal_repo.append(con, case_id, "item_added", {
                "item_id": item.id, "sha256": sha, "size": size, "name": name, "source": source,
                "kind": item.kind, "mime": item.mime,
            })
            fault_point("import.commit.end")
    if existing is not None:
        return existing, existing
    log.info("item added: %s %s, %d bytes, from %s", item.kind, item.mime, size, source)
    return item, None


def add_bytes(app: App, case_id: str, data: bytes, name: str, source: str = "paste",
              kind: str | None = None) -> tuple[Item, Item | None]:
    import io

    # A pasted screenshot has no file time of its own: the moment of pasting is the best we know, and says so.
    when = now_utc()[:19] + "Z"
    return import_stream(app, case_id, io.BytesIO(data), original_name=name, source=source, kind=kind,
                         extra={"captured_at": when, "captured_at_source": source})
