"""``evidenceapp add`` of one big file (1 GiB by default) end to end through the CLI, start-up included, against
``cp`` + ``sync FILE`` + ``openssl dgst -sha256`` over the same file, in the same run (issue 19, goal: <= 1.0x).

The file is generated in /tmp and deleted afterwards; it is read once before timing so both sides start from the
page cache. One run each (a run is long). Usage: python benchmarks/add_big.py [SIZE_MIB]
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def make_file(path: Path, size: int) -> None:
    block = os.urandom(16 * 1024 * 1024)  # repeated random block: incompressible enough, fast to write
    with open(path, "wb") as f:
        left = size
        while left > 0:
            left -= f.write(block[:left])


def reference(path: Path, work: Path) -> float:
    copy = work / "copy.bin"
    start = time.perf_counter()
    subprocess.run(["cp", str(path), str(copy)], check=True)
    subprocess.run(["sync", str(copy)], check=True)
    subprocess.run(["openssl", "dgst", "-sha256", str(copy)], check=True, capture_output=True)
    elapsed = time.perf_counter() - start
    copy.unlink()
    return elapsed


def ours(path: Path, work: Path) -> float:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "EVIDENCEAPP_HOME": str(work / "home")}
    cmd = [sys.executable, "-m", "evidenceapp"]
    subprocess.run([*cmd, "case", "new", "--title", "b", "--platform", "taobao", "--order-no", "BIG-1"], env=env,
                   check=True, capture_output=True)
    start = time.perf_counter()
    subprocess.run([*cmd, "add", "BIG-1", str(path), "--json"], env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> int:
    size = int(sys.argv[1]) * 1024 * 1024 if len(sys.argv) > 1 else 1024 ** 3
    with tempfile.TemporaryDirectory(prefix="ev-addbig-", dir="/tmp") as d:
        work = Path(d)
        path = work / "big.bin"
        make_file(path, size)
        with open(path, "rb") as f:  # warm the page cache for both sides
            while f.read(16 * 1024 * 1024):
                pass
        ref = reference(path, work)
        t = ours(path, work)
    print(f"add of one {size / 1024 ** 2:.0f} MiB file: evidenceapp add {t:.2f} s,"
          f" cp + sync + openssl dgst {ref:.2f} s")
    print(f"ratio {t / ref:.2f}x (goal <= 1.0: {'met' if t / ref <= 1.0 else 'NOT met'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
