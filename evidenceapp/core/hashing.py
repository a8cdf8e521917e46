"""Streaming SHA-256: hash a file, or copy it while hashing with one read of the source."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable
from typing import BinaryIO

CHUNK = 1024 * 1024  # 1 MiB reads: large enough to reach openssl's speed, small enough to stay flat in memory.


def sha256_stream(src: BinaryIO, on_bytes: Callable[[int], None] | None = None) -> tuple[str, int]:
    h = hashlib.sha256()
    size = 0
    buf = bytearray(CHUNK)
    view = memoryview(buf)
    while True:
        n = src.readinto(buf)
        if not n:
            break
        h.update(view[:n])
        size += n
        if on_bytes:
            on_bytes(size)
    return h.hexdigest(), size


def sha256_file(path: str | os.PathLike[str]) -> str:
    with open(path, "rb", buffering=0) as f:
        return sha256_stream(f)[0]  # type: ignore[arg-type]


def copy_and_hash(
    src: BinaryIO, dst: BinaryIO, on_bytes: Callable[[int], None] | None = None
) -> tuple[str, int]:
    """Copy ``src`` to ``dst`` and return (sha256 hex, size). Each chunk is read once, hashed, then written."""
    h = hashlib.sha256()
    size = 0
    buf = bytearray(CHUNK)
    view = memoryview(buf)
    while True:
        n = src.readinto(buf)
        if not n:
            break
        chunk = view[:n]
        h.update(chunk)
        dst.write(chunk)
        size += n
        if on_bytes:
            on_bytes(size)
    return h.hexdigest(), size


def sha256_with_prefixes(src: BinaryIO, marks: Iterable[int]) -> tuple[str, int, dict[int, str]]:
    """(SHA-256, size, {offset: SHA-256 of the first ``offset`` bytes}) in one read: checks a recording's running
    digests (its ``recording_checkpoint`` entries) while hashing the whole file."""
    h = hashlib.sha256()
    todo = sorted({m for m in marks if m > 0})
    prefixes: dict[int, str] = {}
    done = 0
    while True:
        nxt = next((m for m in todo if m > done), None)
        chunk = src.read(min(CHUNK, nxt - done) if nxt is not None else CHUNK)
        if not chunk:
            break
        h.update(chunk)
        done += len(chunk)
        if done == nxt:
            prefixes[done] = h.copy().hexdigest()
    return h.hexdigest(), done, prefixes
