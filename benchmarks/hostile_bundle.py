"""How fast and how small a zip bomb is refused (issue 15), against what inflating it would cost.

    /work/venv/bin/python benchmarks/hostile_bundle.py [--gib 1]

Writes a zip whose one member inflates to --gib GiB of zeros (~1 MiB compressed), then times in fresh processes
(a) evidenceapp's verify_bundle on it (refused from the central directory: E_BUNDLE_TOO_LARGE) with its peak RSS,
and (b) what a naive checker does: stream-inflate and hash the member. Prints the ratio a/b.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gib", type=int, default=1)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp_s:
        bomb = Path(tmp_s) / "bomb.zip"
        with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
            with z.open("evidence/01-bomb.jpg", "w", force_zip64=True) as out:
                for _ in range(args.gib * 1024):
                    out.write(bytes(1 << 20))
            z.writestr("SHA256SUMS", b"")
        ours = (f"import sys; sys.path[:0]=[{str(ROOT)!r}]; from pathlib import Path;"
                "from evidenceapp.services.proof.bundle_verify import verify_bundle\n"
                f"try: verify_bundle(Path({str(bomb)!r}))\nexcept Exception as e: print(e.code)\n"
                "print([ln.split()[1] for ln in open('/proc/self/status') if ln.startswith('VmHWM')][0])")
        naive = (f"import hashlib, zipfile; z = zipfile.ZipFile({str(bomb)!r}); h = hashlib.sha256()\n"
                 "with z.open('evidence/01-bomb.jpg') as f:\n"
                 "    while b := f.read(1 << 20): h.update(b)\n")
        t0 = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", ours], capture_output=True, text=True, check=True).stdout.split()
        a = time.perf_counter() - t0
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", naive], check=True)
        b = time.perf_counter() - t0
        size = bomb.stat().st_size
    print(f"{args.gib} GiB member in a {size / 2**20:.1f} MiB zip: refused with {out[0]} in {a:.2f} s (peak RSS"
          f" {int(out[1]) / 1024:.0f} MiB); inflating and hashing it takes {b:.2f} s; ratio {a / b:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
