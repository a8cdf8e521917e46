"""Import 100 12-MP phone JPEGs (hash + metadata + thumbnail + DB) against sha256sum + exiftool on the same files.

    /work/venv/bin/python benchmarks/import_photos.py [--count 100] [--keep DIR]

Prints both times, the ratio (goal <= 1.5) and the peak RSS of the import (goal <= 500 MB): the sum over the import
process and its media workers, sampled every 20 ms, and the largest single process (getrusage). The import is the
import service (``add_paths``, what the GUI calls) in a fresh data folder and a fresh process; the
`evidenceapp add` command end to end is printed too, and the CPU time of both sides (independent of other load).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIZE = (4000, 3000)  # 12 MP


def _make(args: tuple[Path, int]) -> str:
    import numpy as np
    from PIL import Image, ImageDraw

    from evidenceapp.media import samples

    path, n = args
    base = _base()
    arr = np.roll(base, shift=(n * 37) % SIZE[0], axis=1)  # different pictures, same statistics
    img = Image.fromarray(arr)
    ImageDraw.Draw(img).rectangle([100 + n * 30, 200, 700 + n * 30, 900], fill=((n * 53) % 256, 90, 200))
    exif = samples.phone_exif(when=f"2026:11:20 10:{n // 60:02d}:{n % 60:02d}", serial=f"SN-{n:06d}",
                              gps_utc=f"2026:11:20 02:{n // 60:02d}:{n % 60:02d}")
    img.save(path, "JPEG", quality=90, exif=exif)
    return path.name


_BASE = None


def _base():
    global _BASE
    if _BASE is None:
        import numpy as np

        from evidenceapp.media import samples

        _BASE = np.asarray(samples._picture(SIZE, seed=5, noise=6.0))
    return _BASE


def generate(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    want = [folder / f"IMG_20261120_{n:04d}.jpg" for n in range(count)]
    todo = [(p, n) for n, p in enumerate(want) if not p.exists()]
    if todo:
        with ProcessPoolExecutor(max_workers=os.cpu_count() or 2) as ex:
            list(ex.map(_make, todo, chunksize=4))
    return want


def _tree_rss(pid: int) -> int:
    """Resident bytes of ``pid`` and all its descendants (Linux /proc)."""
    parent_of: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    parent_of[int(entry)] = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
    tree, grew = {pid}, True
    while grew:
        more = {p for p, pp in parent_of.items() if pp in tree} - tree
        tree |= more
        grew = bool(more)
    total = 0
    for p in tree:
        try:
            with open(f"/proc/{p}/status") as f:
                total += next((int(line.split()[1]) * 1024 for line in f if line.startswith("VmRSS:")), 0)
        except OSError:
            continue
    return total


_DRIVER = """
import json, resource, sys, time
from pathlib import Path
from evidenceapp.services.app import App
from evidenceapp.services.cases import create_case
from evidenceapp.services.importing import add_paths
with App.open(Path(sys.argv[1])) as app:
    case = create_case(app, "bench", "taobao", "B-1")
    started = time.perf_counter()
    report = add_paths(app, case.id, [sys.argv[2]])  # workers were started by App.open, as in the app
    elapsed = time.perf_counter() - started
from evidenceapp.media.pool import default_pool
default_pool().close()  # reap the workers so their peak RSS is counted below
me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
rss = max(me.ru_maxrss, kids.ru_maxrss)
cpu = me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime
print(json.dumps({"seconds": elapsed, "maxrss": rss * 1024, "cpu": cpu, "added": len(report.added),
                  "errors": report.errors[:3]}))
"""


def run_import(folder: Path, via_cli: bool = False) -> tuple[float, int, int, float]:
    """(seconds, peak RSS of the process tree, largest single process). In-process service call by default
    (what the GUI does: the interpreter and the app are already running); ``via_cli`` times `evidenceapp add`."""
    import json

    home = Path(tempfile.mkdtemp(prefix="bench-home-"))
    env = {**os.environ, "EVIDENCEAPP_HOME": str(home)}
    if via_cli:
        cmd = [sys.executable, "-m", "evidenceapp"]
        subprocess.run([*cmd, "case", "new", "--title", "b", "--platform", "taobao", "--order-no", "B-1"], env=env,
                       check=True, capture_output=True, cwd=ROOT)
        argv = [*cmd, "add", "B-1", str(folder), "--json"]
    else:
        argv = [sys.executable, "-c", _DRIVER, str(home), str(folder)]
    peak = 0
    started = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(proc.pid))
            time.sleep(0.02)

    t = threading.Thread(target=sample, daemon=True)
    t.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - started
    done.set()
    t.join()
    if proc.returncode != 0:
        raise SystemExit(f"import failed: {err.decode()[-2000:]}")
    result = json.loads(out)
    shutil.rmtree(home, ignore_errors=True)
    if via_cli:
        assert len(result["added"]) > 0 and not result["errors"], result["errors"][:3]
        return wall, peak, 0, 0.0
    assert result["added"] > 0 and not result["errors"], result["errors"]
    return result["seconds"], peak, result["maxrss"], result["cpu"]


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_reference(files: list[Path]) -> tuple[float, str, float]:
    names = [str(f) for f in files]
    cpu0 = _children_cpu()
    started = time.perf_counter()
    subprocess.run(["sha256sum", *names], check=True, capture_output=True)
    if shutil.which("exiftool"):
        subprocess.run(["exiftool", "-json", *names], check=True, capture_output=True)
        tool = "sha256sum + exiftool -json"
    else:
        import exifread

        for f in files:
            with open(f, "rb") as fh:
                exifread.process_file(fh, details=False)
        tool = "sha256sum + exifread"
    return time.perf_counter() - started, tool, _children_cpu() - cpu0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=100)
    ap.add_argument("--keep", type=Path, help="folder to keep (and reuse) the generated photos in")
    ap.add_argument("--rounds", type=int, default=2, help="best of N for both sides")
    args = ap.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-photos-"))
    t0 = time.perf_counter()
    files = generate(folder, args.count)
    size = sum(f.stat().st_size for f in files)
    print(f"{len(files)} JPEGs of {SIZE[0]}x{SIZE[1]}, {size / 1e6:.0f} MB (made in {time.perf_counter() - t0:.1f} s)")
    for f in files:  # both sides read from the page cache
        f.read_bytes()
    ours, refs, peaks, singles, clis, cpus, ref_cpus = [], [], [], [], [], [], []
    for _ in range(args.rounds):
        ref, tool, ref_cpu = run_reference(files)
        refs.append(ref)
        ref_cpus.append(ref_cpu)
        elapsed, peak, single, cpu = run_import(folder)
        cpus.append(cpu)
        ours.append(elapsed)
        peaks.append(peak)
        singles.append(single)
        clis.append(run_import(folder, via_cli=True)[0])
    best, ref = min(ours), min(refs)
    print(f"reference ({tool}): {ref:.2f} s")
    print(f"import service add_paths (hash + metadata + thumbnail + DB, {os.cpu_count()} cores): {best:.2f} s")
    print(f"ratio {best / ref:.2f} (goal <= 1.5)")
    print(f"`evidenceapp add` end to end (interpreter and app start-up included): {min(clis):.2f} s,"
          f" ratio {min(clis) / ref:.2f}")
    print(f"peak RSS of the import (process + media workers, sampled): {max(peaks) / 1e6:.0f} MB (goal <= 500 MB);"
          f" largest single process {max(singles) / 1e6:.0f} MB")
    print(f"CPU time (user+sys, all processes): import {min(cpus):.2f} s, reference {min(ref_cpus):.2f} s")
    print(f"load average during the run: {os.getloadavg()[0]:.1f} (other work on the machine inflates both sides)")
    if not args.keep:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
