"""The content-addressed object store: atomic, read-only, deduplicating, never a path from user input."""

from __future__ import annotations

import hashlib
import io
import os
import stat
from pathlib import Path

import pytest

from evidenceapp.core.errors import Cancelled, ImportUnreadable
from evidenceapp.core.progress import CancelToken
from evidenceapp.store.objects import ObjectStore


def test_put_stream_stores_read_only_under_its_hash(tmp_path: Path) -> None:
    store = ObjectStore(tmp_path)
    data = os.urandom(3 * 1024 * 1024 + 17)
    sha, size, created = store.put_stream(io.BytesIO(data), label="x")
    assert (sha, size, created) == (hashlib.sha256(data).hexdigest(), len(data), True)
    p = store.path_for(sha)
    assert p == tmp_path / "objects" / "sha256" / sha[:2] / sha[2:]
    assert p.read_bytes() == data
    assert stat.S_IMODE(p.stat().st_mode) == 0o400  # owner-only, read-only
    assert store.tmp_leftovers() == []
    assert store.rehash(sha) == sha
    assert list(store.iter_objects()) == [(sha, p)]


def test_same_bytes_are_stored_once(tmp_path: Path) -> None:
    store = ObjectStore(tmp_path)
    a = store.put_stream(io.BytesIO(b"same"), label="a")
    b = store.put_stream(io.BytesIO(b"same"), label="b")
    assert a[0] == b[0] and a[2] is True and b[2] is False
    assert len(list(store.iter_objects())) == 1 and store.tmp_leftovers() == []


def test_path_for_refuses_anything_but_a_digest(tmp_path: Path) -> None:
    store = ObjectStore(tmp_path)
    for bad in ("../../etc/passwd", "a" * 63, "A" * 64, "g" * 64, "../" + "a" * 61, ""):
        with pytest.raises(ValueError):
            store.path_for(bad)
        with pytest.raises(ValueError):
            store.derived(bad)


class _FailingReader(io.RawIOBase):
    """A source that fails half-way like a yanked USB stick (EIO after some bytes)."""

    def __init__(self, good: int) -> None:
        self.left = good

    def readable(self) -> bool:
        return True

    def readinto(self, buf) -> int:  # type: ignore[override]
        if self.left <= 0:
            raise OSError(5, "Input/output error")
        n = min(len(buf), self.left, 4096)
        buf[:n] = b"x" * n
        self.left -= n
        return n


def test_a_read_error_is_unreadable_and_leaves_nothing(tmp_path: Path) -> None:
    store = ObjectStore(tmp_path)
    with pytest.raises(ImportUnreadable) as info:
        store.put_stream(_FailingReader(10_000), label="phone.jpg")
    assert info.value.code == "E_IMPORT_UNREADABLE" and "phone.jpg" in info.value.message
    assert store.tmp_leftovers() == [] and list(store.iter_objects()) == []


def test_cancel_mid_copy_leaves_nothing(tmp_path: Path) -> None:
    store = ObjectStore(tmp_path)
    token = CancelToken()

    def on_bytes(n: int) -> None:
        if n > 1024 * 1024:
            token.cancel()
        token.check()

    with pytest.raises(Cancelled):
        store.put_stream(io.BytesIO(os.urandom(4 * 1024 * 1024)), on_bytes=on_bytes)
    assert store.tmp_leftovers() == [] and list(store.iter_objects()) == []


def test_adopt_stores_a_finished_take_and_keeps_the_file(tmp_path: Path) -> None:
    """The take stays where it is until its item row commits (the caller removes it): the store links it in."""
    store = ObjectStore(tmp_path)
    take = tmp_path / "recordings" / "take.mp4"
    take.parent.mkdir()
    take.write_bytes(b"recording")
    sha = hashlib.sha256(b"recording").hexdigest()
    assert store.adopt(take, sha) is True
    assert take.read_bytes() == b"recording" and store.path_for(sha).read_bytes() == b"recording"
    assert store.adopt(take, sha) is False  # a second attempt (after a failed commit) finds it whole
    assert store.tmp_leftovers() == []


def test_rehash_reports_missing_and_altered(tmp_path: Path) -> None:
    store = ObjectStore(tmp_path)
    sha, _, _ = store.put_stream(io.BytesIO(b"original"))
    p = store.path_for(sha)
    p.chmod(0o644)
    p.write_bytes(b"0riginal")
    assert store.rehash(sha) == hashlib.sha256(b"0riginal").hexdigest()
    p.unlink()
    assert store.rehash(sha) is None and not store.has(sha)
