"""A 2 GiB upload through `evidenceapp receive` in a subprocess: memory stays flat, the stored hash matches, and
Ctrl+C stops the server cleanly. The body is generated while sending: no 2 GiB file is ever written by the test."""

from __future__ import annotations

import hashlib
import http.client
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from helpers import cli_json

SIZE = 2 * 1024**3
BLOCK = 1024 * 1024


def _status_kib(pid: int, key: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])
    raise KeyError(key)


def _read_event(proc: subprocess.Popen, kind: str, timeout: float = 60) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        data = json.loads(line)
        if data.get("event") == kind:
            return data
    raise AssertionError(f"no {kind} event from evidenceapp receive (stderr: {proc.stderr.read()})")


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads RSS from /proc")
def test_two_gib_upload_streams_with_flat_memory(home: Path) -> None:
    _, case = cli_json("case", "new", "--title", "big video", "--platform", "jd", "--order-no", "JD-1", home=home)
    env = {**os.environ, "EVIDENCEAPP_HOME": str(home)}
    proc = subprocess.Popen([sys.executable, "-m", "evidenceapp", "receive", case["id"], "--host", "127.0.0.1",
                             "--port", "0", "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env)
    stored = None
    try:
        url = _read_event(proc, "listening")["url"]
        parts = urlsplit(url)
        assert parts.hostname == "127.0.0.1"
        rss_before = _status_kib(proc.pid, "VmRSS")

        boundary = "----evidenceapp-test-boundary"
        head = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"screen.mp4\"\r\n"
                f"Content-Type: video/mp4\r\n\r\n").encode()
        tail = f"\r\n--{boundary}--\r\n".encode()
        conn = http.client.HTTPConnection("127.0.0.1", parts.port, timeout=120)
        conn.putrequest("POST", parts.path + "/files")
        conn.putheader("Content-Type", f"multipart/form-data; boundary={boundary}")
        conn.putheader("Content-Length", str(len(head) + SIZE + len(tail)))
        conn.putheader("Accept", "application/json")
        conn.endheaders()
        conn.send(head)
        block = bytearray(os.urandom(BLOCK))
        h = hashlib.sha256()
        for n in range(SIZE // BLOCK):
            block[:8] = n.to_bytes(8, "big")  # every MiB differs, so a dropped or repeated block changes the hash
            h.update(block)
            conn.send(block)
        conn.send(tail)
        resp = conn.getresponse()
        body = json.loads(resp.read())
        conn.close()
        assert resp.status == 200, body
        (rec,) = body["files"]
        assert rec["sha256"] == h.hexdigest() and rec["size"] == SIZE
        stored = home / "objects" / "sha256" / rec["sha256"][:2] / rec["sha256"][2:]
        assert stored.stat().st_size == SIZE

        peak = _status_kib(proc.pid, "VmHWM")
        growth_mb = (peak - rss_before) / 1024
        print(f"server RSS before {rss_before / 1024:.1f} MB, peak {peak / 1024:.1f} MB, growth {growth_mb:.1f} MB")
        assert growth_mb < 100

        proc.send_signal(signal.SIGINT)
        received = _read_event(proc, "received", timeout=10)
        assert received["sha256"] == rec["sha256"]
        final = _read_event(proc, "stopped", timeout=30)
        assert final["reason"] == "interrupted" and len(final["received"]) == 1
        assert proc.wait(30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
        proc.stderr.close()
        if stored is not None and stored.exists():
            stored.unlink()  # don't leave 2 GiB in pytest's kept temp folders
