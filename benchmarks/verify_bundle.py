"""Bundle verification speed and memory against the standard tools, on a bundle holding one large video.

    /work/venv/bin/python benchmarks/verify_bundle.py [--mb 300]

Builds a signed, timestamped bundle (local `openssl ts` TSA) around a random file of --mb MiB, then times
(a) evidenceapp's verify_bundle on the zip (sums streamed from the zip, signatures, chain, timestamp) and
(b) the reference: unzip + `sha256sum -c SHA256SUMS` + `openssl ts -verify`, and prints the ratio a/b and the
peak RSS of (a) in a fresh process (VmHWM: ru_maxrss would count the pre-exec copy of this process).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=int, default=300)
    args = ap.parse_args()
    from localtsa import LocalTSA
    from proofkit import build_bundle

    from evidenceapp.services.app import App
    from evidenceapp.services.cases import create_case
    from evidenceapp.services.importing import add_paths
    from evidenceapp.services.proof import timestamping

    with tempfile.TemporaryDirectory() as tmp_s:
        tmp = Path(tmp_s)
        with LocalTSA(tmp / "tsa") as tsa, App.open(tmp / "home") as app:
            big = tmp / "take.mp4"
            with open(big, "wb") as f:
                for _ in range(args.mb):
                    f.write(os.urandom(1 << 20))
            case = create_case(app, "bench", "taobao", "BENCH-1")
            add_paths(app, case.id, [big])
            timestamping.set_tsa(app, url=tsa.url, ca_pem=tsa.ca.read_text())
            bundle, _ = build_bundle(app, case, tmp / "out")
            code = (f"import sys; sys.path[:0]=[{str(ROOT)!r}]; from pathlib import Path;"
                    "from evidenceapp.services.proof.bundle_verify import verify_bundle;"
                    f"r=verify_bundle(Path({str(bundle)!r}), tsa_ca=Path({str(tsa.ca)!r}).read_bytes()); assert r.ok, r.text();"
                    "print([ln.split()[1] for ln in open('/proc/self/status') if ln.startswith('VmHWM')][0])")
            t0 = time.perf_counter()
            out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
            ours = time.perf_counter() - t0
            rss_mb = int(out.stdout.strip()) / 1024
            unz = tmp / "unz"
            t0 = time.perf_counter()
            subprocess.run(["unzip", "-q", str(bundle), "-d", str(unz)], check=True)
            subprocess.run(["sha256sum", "-c", "--quiet", "SHA256SUMS"], cwd=unz, check=True)
            subprocess.run(["openssl", "ts", "-verify", "-data", "proof/manifest.txt", "-in", "proof/manifest.tsr",
                            "-CAfile", str(tsa.ca)], cwd=unz, check=True, capture_output=True)
            ref = time.perf_counter() - t0
    print(f"bundle with a {args.mb} MiB video: evidenceapp verify {ours:.2f} s (peak RSS {rss_mb:.0f} MiB),"
          f" unzip + sha256sum -c + openssl ts -verify {ref:.2f} s; ratio {ours / ref:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
