"""Phone upload throughput over loopback vs. reading the same bytes with sha256sum (reference), same run.

Streams SIZE_MIB of generated data as a multipart upload to a PhoneReceiver on 127.0.0.1 (HTTP parse, bounded pipe,
copy-while-hashing, fsync, item + journal), then times `sha256sum` over a file of the same size. Prints MB/s and
the ratio. A phone on Wi-Fi sends 5–50 MB/s, so anything well above that means the desktop is never the bottleneck.

    EVIDENCEAPP_HOME is not touched: the store lives in a temp folder.
    /work/venv/bin/python benchmarks/receive_throughput.py [SIZE_MIB]
"""

from __future__ import annotations

import http.client
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit


def main() -> None:
    from evidenceapp.services.app import App
    from evidenceapp.services.cases import create_case
    from evidenceapp.services.receiving import PhoneReceiver

    size_mib = int(sys.argv[1]) if len(sys.argv) > 1 else 512
    block = os.urandom(1024 * 1024)
    with tempfile.TemporaryDirectory() as tmp:
        app = App.open(Path(tmp) / "home")
        case = create_case(app, "bench", "other", "B-1")
        rx = PhoneReceiver(app)
        url = urlsplit(rx.start(case.id, host="127.0.0.1"))
        head = (b"--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.mp4\"\r\n"
                b"Content-Type: video/mp4\r\n\r\n")
        tail = b"\r\n--B--\r\n"
        t0 = time.perf_counter()
        conn = http.client.HTTPConnection("127.0.0.1", url.port, timeout=300)
        conn.putrequest("POST", url.path + "/files")
        conn.putheader("Content-Type", "multipart/form-data; boundary=B")
        conn.putheader("Content-Length", str(len(head) + size_mib * len(block) + len(tail)))
        conn.putheader("Accept", "application/json")
        conn.endheaders()
        conn.send(head)
        for n in range(size_mib):
            conn.send(n.to_bytes(8, "big") + block[8:])
        conn.send(tail)
        resp = conn.getresponse()
        resp.read()
        receive_s = time.perf_counter() - t0
        assert resp.status == 200, resp.status
        rx.stop()
        app.close()

        ref = Path(tmp) / "ref.bin"
        with open(ref, "wb") as f:
            for n in range(size_mib):
                f.write(n.to_bytes(8, "big") + block[8:])
        t0 = time.perf_counter()
        subprocess.run(["sha256sum", str(ref)], check=True, capture_output=True)
        ref_s = time.perf_counter() - t0

    mb = size_mib * 1.048576
    print(f"receive over HTTP (hash + store + fsync): {mb / receive_s:8.1f} MB/s  ({receive_s:.2f} s for {size_mib} MiB)")
    print(f"sha256sum of the same bytes (cached file): {mb / ref_s:8.1f} MB/s  ({ref_s:.2f} s)")
    print(f"ratio receive/sha256sum throughput: {ref_s / receive_s:.2f}")


if __name__ == "__main__":
    main()
