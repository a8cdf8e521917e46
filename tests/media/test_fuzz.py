"""≥500 seeded byte-flip mutants of JPEG/PNG/MP4: every one ends in a result or a coded error, none hangs."""

from __future__ import annotations

from pathlib import Path

from fuzzing import run  # tests/media is on sys.path (pytest rootdir-less test folders)

from evidenceapp.media.pool import WorkerPool

CASES = 510
TIMEOUT = 3.0


def test_fuzzed_media_never_crash_or_hang(tmp_path: Path) -> None:
    pool = WorkerPool(size=2)
    try:
        result = run(CASES, seed=20261125, folder=tmp_path, pool=pool, timeout=TIMEOUT)
    finally:
        pool.close()
    outcomes = result["outcomes"]
    assert sum(outcomes.values()) == CASES
    assert outcomes.get("ok", 0) > 50  # the mutants are not all trivially rejected
    assert set(outcomes) <= {"ok", "E_MEDIA_DAMAGED", "E_EXIF_DAMAGED", "E_MEDIA_UNRECOGNISED", "E_METADATA_FAILED",
                             "E_METADATA_TIMEOUT", "E_MEDIA_TOO_LARGE", "E_MEDIA_EMPTY"}, outcomes
    # Only a hang costs the timeout; the whole run stays far below the suite's budget.
    assert result["seconds"] < 45 + TIMEOUT * outcomes.get("E_METADATA_TIMEOUT", 0) / 2, result
