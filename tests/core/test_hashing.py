import hashlib
import io

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
