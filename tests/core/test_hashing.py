import hashlib
import io
import threading

import pytest

from evidenceapp.core.hashing import CHUNK, copy_and_hash, sha256_file


def test_copy_and_hash_matches_hashlib_across_chunk_boundaries(tmp_path):
    data = bytes(range(256)) * (CHUNK // 256 * 3 + 7)
    dst = io.BytesIO()
    seen = []
    sha, size = copy_and_hash(io.BytesIO(data), dst, seen.append)
    assert sha == hashlib.sha256(data).hexdigest()
    assert size == len(data) and dst.getvalue() == data
    assert seen[-1] == len(data) and len(seen) == 4
    p = tmp_path / "f"
    p.write_bytes(data)
    assert sha256_file(p) == sha


def test_empty_file(tmp_path):
    p = tmp_path / "empty"
    p.write_bytes(b"")
    assert sha256_file(p) == hashlib.sha256(b"").hexdigest()


class _FailingSource:
    """Gives three chunks, then fails as a pulled USB stick does."""

    def __init__(self) -> None:
        self.calls = 0

    def readinto(self, buf: bytearray) -> int:
        self.calls += 1
        if self.calls > 3:
            raise OSError(5, "Input/output error")
        buf[:] = bytes([self.calls]) * len(buf)
        return len(buf)


def test_a_read_error_stops_the_copy_and_its_hashing_thread():
    before = {t.ident for t in threading.enumerate()}
    dst = io.BytesIO()
    with pytest.raises(OSError, match="Input/output"):
        copy_and_hash(_FailingSource(), dst)  # type: ignore[arg-type]
    assert dst.getvalue() == b"".join(bytes([i]) * CHUNK for i in (1, 2, 3))  # what was read was written, in order
    assert {t.ident for t in threading.enumerate()} <= before  # the hashing thread has ended
