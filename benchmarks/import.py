"""Import ~2 GiB of mixed files through services.importing.add_paths and compare with `cp` + `sha256sum` of the
same files, in the same run. Prints MB/s for both and the ratio.

The mix: a few large "videos", a few hundred "photos" (a share of them real JPEGs, so the media analysis and
thumbnails run as they would for a user) and a thousand small chat/screenshot files. The source files are written and
fsynced first and sit in the page cache for both contenders, so the comparison is about what each does with
the bytes: ours copies while hashing, fsyncs every object and its folder, runs the analysis and commits one SQLite
transaction per item; the reference copies, then syncs, then hashes the copies (one extra read).
Usage: python benchmarks/import.py [TOTAL_MIB]
"""

from __future__ import annotations

import io
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from evidenceapp.services.app import App  # noqa: E402
from evidenceapp.services.cases import create_case  # noqa: E402
from evidenceapp.services.importing import add_paths  # noqa: E402

MIB = 1024 * 1024


def _jpeg(seed: int) -> bytes:
    from PIL import Image, ImageDraw

    rnd = random.Random(seed)
    img = Image.new("RGB", (1600, 1200), (rnd.randrange(256), 90, 40))
    d = ImageDraw.Draw(img)
    for _ in range(60):
        d.line([(rnd.randrange(1600), rnd.randrange(1200)), (rnd.randrange(1600), rnd.randrange(1200))],
               fill=(rnd.randrange(256), rnd.randrange(256), rnd.randrange(256)), width=9)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=92)
    return buf.getvalue()


def make_corpus(root: Path, total: int) -> tuple[int, int]:
    """Files under root/ totalling about ``total`` bytes; returns (count, bytes)."""
    root.mkdir(parents=True)
    rnd = random.Random(1)
    block = os.urandom(64 * MIB)
    count = size = 0

    def put(rel: str, data: bytes) -> None:
        nonlocal count, size
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        with open(p, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        count += 1
        size += len(data)

    for i in range(1000):  # chat exports and small screenshots: 4-60 KiB
        n = rnd.randint(4096, 60 * 1024)
        put(f"chat/{i:04d}.txt", b"%d " % i + block[i * 977: i * 977 + n])
    real = [_jpeg(i) for i in range(40)]
    for i in range(40):
        put(f"photos/real_{i:03d}.jpg", real[i])
    photo_bytes = int(total * 0.35)
    i = 0
    while photo_bytes > 0:  # phone photos, 2-5 MiB (random bytes: hashed and stored, their analysis is quick)
        n = rnd.randint(2 * MIB, 5 * MIB)
        off = rnd.randrange(len(block) - n)
        put(f"photos/IMG_{i:04d}.heic", b"%d" % i + block[off: off + n])
        photo_bytes -= n
        i += 1
    left = total - size
    for v in range(4):  # the unboxing videos
        n = left // (4 - v)
        with open(root / f"video_{v}.mp4", "wb") as f:
            f.write(b"%d" % v)
            written = 0
            while written < n:
                chunk = block[: min(len(block), n - written)]
                f.write(chunk)
                written += len(chunk)
            f.flush()
            os.fsync(f.fileno())
        count += 1
        size += n + 1
        left -= n
    return count, size


def reference(src: Path, dst: Path) -> dict[str, float]:
    t0 = time.perf_counter()
    subprocess.run(["cp", "-r", str(src), str(dst)], check=True)
    t1 = time.perf_counter()
    subprocess.run(["sync"], check=True)
    t2 = time.perf_counter()
    files = sorted(str(p) for p in dst.rglob("*") if p.is_file())
    for i in range(0, len(files), 500):
        subprocess.run(["sha256sum", *files[i: i + 500]], check=True, stdout=subprocess.DEVNULL)
    t3 = time.perf_counter()
    return {"cp": t1 - t0, "sync": t2 - t1, "sha256sum": t3 - t2, "total": t3 - t0}


def ours(src: Path, home: Path) -> tuple[float, int, int]:
    t0 = time.perf_counter()
    with App.open(home) as app:
        case = create_case(app, "benchmark", "other", "BENCH-1")
        report = add_paths(app, case.id, [src])
    return time.perf_counter() - t0, len(report.added), len(report.errors)


def main() -> int:
    total = int(sys.argv[1]) * MIB if len(sys.argv) > 1 else 2048 * MIB
    work = Path(tempfile.mkdtemp(prefix="evidenceapp-bench-import-"))
    try:
        t0 = time.perf_counter()
        count, size = make_corpus(work / "src", total)
        print(f"corpus: {count} files, {size / MIB:.0f} MiB (generated in {time.perf_counter() - t0:.1f} s)")
        ref = reference(work / "src", work / "ref")
        shutil.rmtree(work / "ref")
        subprocess.run(["sync"], check=True)
        t, added, errors = ours(work / "src", work / "home")
        assert added == count and errors == 0, (added, errors)
        mb = size / 1e6
        print(f"  cp + sync + sha256sum  {ref['total']:7.2f} s  {mb / ref['total']:7.1f} MB/s   (cp {ref['cp']:.2f} s,"
              f" sync {ref['sync']:.2f} s, sha256sum {ref['sha256sum']:.2f} s)")
        no_sync = ref["total"] - ref["sync"]
        print(f"  cp + sha256sum         {no_sync:7.2f} s  {mb / no_sync:7.1f} MB/s   (no durability)")
        print(f"  evidenceapp add_paths  {t:7.2f} s  {mb / t:7.1f} MB/s   ({added} items: hash, fsync, analyse,"
              f" journal)")
        print(f"ratio ours / (cp + sync + sha256sum) time = {t / ref['total']:.2f};"
              f" ours / (cp + sha256sum) = {t / no_sync:.2f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
