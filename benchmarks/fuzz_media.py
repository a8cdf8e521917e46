"""More seeded byte-flip fuzzing of the media parsers than the test suite runs (tests/media/test_fuzz.py: 510).

    /work/venv/bin/python benchmarks/fuzz_media.py [--cases 5000] [--seed 1] [--timeout 5]

Every mutant of a JPEG, PNG or MP4 must end in metadata or a coded per-file error; prints the outcome counts,
the time, and how many worker processes had to be replaced (after a hang or a crash).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "media")]

from fuzzing import run  # noqa: E402

from evidenceapp.media.pool import WorkerPool  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=int(time.time()))
    ap.add_argument("--timeout", type=float, default=5.0)
    args = ap.parse_args()
    pool = WorkerPool()
    try:
        with tempfile.TemporaryDirectory(prefix="fuzz-media-") as d:
            result = run(args.cases, args.seed, Path(d), pool, timeout=args.timeout)
    finally:
        pool.close()
    print(f"seed {args.seed}: {result['cases']} cases in {result['seconds']} s"
          f" ({result['cases'] / max(result['seconds'], 1e-9):.0f}/s), worker restarts {result['restarts']}")
    for code, n in sorted(result["outcomes"].items(), key=lambda kv: -kv[1]):
        print(f"  {code:<24} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
