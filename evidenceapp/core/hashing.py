"""Streaming SHA-256: hash a file, or copy it while hashing with one read of the source."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
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
