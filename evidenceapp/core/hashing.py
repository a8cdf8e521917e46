"""Streaming SHA-256: hash a file, or copy it while hashing with one read of the source."""

from __future__ import annotations

import hashlib
import os
import queue
import threading
from collections.abc import Callable, Iterable
from typing import BinaryIO

CHUNK = 1024 * 1024  # 1 MiB reads: large enough to reach openssl's speed, small enough to stay flat in memory.
_DEPTH = 4  # chunks in flight between the copying thread and the hashing thread (4 MiB of buffers per copy)


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
    """Copy ``src`` to ``dst`` and return (sha256 hex, size). Each chunk is read once; it is hashed on a helper thread
    while this thread writes it and reads the next (hashlib and file I/O release the GIL), so a big file costs about
    the longer of hashing and copying, not their sum (issue 19)."""
    h = hashlib.sha256()
    free: queue.SimpleQueue[bytearray] = queue.SimpleQueue()
    full: queue.SimpleQueue[tuple[bytearray, int] | None] = queue.SimpleQueue()
    for _ in range(_DEPTH):
        free.put(bytearray(CHUNK))

    def hash_chunks() -> None:
        while (job := full.get()) is not None:
            buf, n = job
            h.update(memoryview(buf)[:n])
            free.put(buf)  # reused only after this thread is done with it (the writer is done before its next read)

    hasher = threading.Thread(target=hash_chunks, name="copy_and_hash", daemon=True)
    hasher.start()
    size = 0
    try:
        while True:
            buf = free.get()
            n = src.readinto(buf)
            if not n:
                break
            full.put((buf, n))
            dst.write(memoryview(buf)[:n])
            size += n
            if on_bytes:
                on_bytes(size)
    finally:
        full.put(None)
        hasher.join()
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
