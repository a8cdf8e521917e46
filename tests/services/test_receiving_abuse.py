"""The phone receiver under abuse (issue 15 point 7): connections that never finish a request (slowloris) are capped
per client and in total and dropped after a header deadline; uploads that trickle or stall are cut and leave
nothing; a real upload still succeeds while 1,000+ half-open connections are thrown at a server whose process may
hold only 1024 file descriptors."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import http.client
import json
import os
import resource
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from helpers import make_jpeg
from test_receiving import assert_store_empty, part, wait_for

from evidenceapp.services.receiving import PhoneReceiver
from evidenceapp.services.receiving import server as receiving

ROOT = Path(__file__).resolve().parents[2]

SERVER = """
import json, os, resource, sys
from pathlib import Path
from evidenceapp.services.receiving import server as receiving
from evidenceapp.services.app import App
from evidenceapp.services.cases import create_case
receiving.HEADER_TIMEOUT = float(sys.argv[2])
with App(Path(sys.argv[1])) as app:
    case = create_case(app, "abuse", "taobao", "TB-15")
    rx = receiving.PhoneReceiver(app)
    url = rx.start(case.id, host="127.0.0.1")
    print(json.dumps({"url": url, "nofile": resource.getrlimit(resource.RLIMIT_NOFILE)}), flush=True)
    sys.stdin.readline()
    print(json.dumps({"received": [f.sha256 for f in rx.received], "dropped": rx.gate.dropped,
                      "fds": len(os.listdir("/proc/self/fd"))}), flush=True)
    rx.stop()
"""


def _still_open(s: socket.socket) -> bool:
    """Whether the server still holds the connection (no EOF, no reset), asked without waiting."""
    timeout = s.gettimeout()
    s.setblocking(False)
    try:
        return s.recv(1, socket.MSG_PEEK) != b""
    except BlockingIOError:
        return True
    except OSError:
        return False
    finally:
        s.settimeout(timeout)


def _half_open(port: int, n: int, token: str) -> tuple[list[socket.socket], int]:
    """``n`` connections from 127.0.0.1 that start a request and never finish its headers."""
    socks, failed = [], 0
    for _ in range(n):
        s = socket.socket()
        s.settimeout(5)
        try:
            s.connect(("127.0.0.1", port))
            s.send(f"POST /u/{token}/files HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multi".encode())
        except OSError:
            failed += 1
            s.close()
            continue
        socks.append(s)
    return socks, failed


def _upload_from(ip: str, url: str, data: bytes, timeout: float = 30) -> tuple[int, dict]:
    p = urlsplit(url)
    body = part(b"IMG_1.jpg", data) + b"--XyZ--\r\n"
    conn = http.client.HTTPConnection(p.hostname, p.port, timeout=timeout, source_address=(ip, 0))
    conn.request("POST", p.path + "/files", body=body, headers={
        "Content-Type": "multipart/form-data; boundary=XyZ", "Accept": "application/json"})
    r = conn.getresponse()
    out = r.status, json.loads(r.read() or b"{}")
    conn.close()
    return out


def test_real_upload_succeeds_during_a_slowloris_flood_under_ulimit_1024(home, tmp_path):
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard != resource.RLIM_INFINITY and hard < 2400:
        pytest.skip("this test's client needs ~1200 descriptors")
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, 2400), hard))  # the attacker side, not the server
    try:
        socket.create_connection(("127.0.0.2", 9), timeout=0.2).close()
    except ConnectionRefusedError:
        pass  # 127.0.0.2 is routable (Linux loopback): a second client address
    except OSError as exc:
        pytest.skip(f"no second loopback address: {exc}")
    server = subprocess.Popen(
        [sys.executable, "-c", SERVER, str(tmp_path / "home"), "12"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        text=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
        preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (1024, 1024)))
    socks: list[socket.socket] = []
    try:
        info = json.loads(server.stdout.readline())
        assert info["nofile"] == [1024, 1024]
        url = info["url"]
        port, token = urlsplit(url).port, urlsplit(url).path.rsplit("/", 1)[-1]
        t0 = time.monotonic()
        socks, failed = _half_open(port, 1100, token)
        flood_s = time.monotonic() - t0
        data = make_jpeg(tmp_path / "real.jpg", size=(640, 480)).read_bytes()
        t1 = time.monotonic()
        status, out = _upload_from("127.0.0.2", url, data)
        upload_s = time.monotonic() - t1
        held = sum(_still_open(s) for s in socks)
        print(f"slowloris: {len(socks)} connections opened ({failed} failed) in {flood_s:.1f} s; {held} still held"
              f" by the server; real upload answered in {upload_s:.2f} s")
        assert status == 200 and out["files"][0]["sha256"] == hashlib.sha256(data).hexdigest(), out
        assert 0 < held <= receiving.MAX_PER_CLIENT  # the newest ones wait for their deadline, the rest are gone
        wait_for(lambda: not any(_still_open(s) for s in socks), timeout=20)  # the header deadline (12 s here)
        server.stdin.write("\n")
        server.stdin.flush()
        end = json.loads(server.stdout.readline())
        print(f"server: {end['dropped']} connections dropped, {end['fds']} descriptors open at the end")
        assert end["received"] == [hashlib.sha256(data).hexdigest()] and end["dropped"] >= 1000
        assert end["fds"] < 100
    finally:
        for s in socks:
            s.close()
        with contextlib.suppress(OSError):
            server.stdin.close()
        try:
            server.wait(30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        server.stdout.close()


@pytest.fixture
def tight(app, case, monkeypatch):
    """A receiver with small limits so the deadlines show in a second or two."""
    monkeypatch.setattr(receiving, "HEADER_TIMEOUT", 1.0)
    monkeypatch.setattr(receiving, "MAX_PER_CLIENT", 4)
    monkeypatch.setattr(receiving, "STALL_WINDOW", 1.0)
    monkeypatch.setattr(receiving, "STALL_MIN_BYTES", 10_000)
    events: list = []
    r = PhoneReceiver(app, on_event=events.append)
    r.start(case.id, host="127.0.0.1")
    yield r, events
    r.stop()


def test_connections_without_a_request_are_capped_per_client_and_dropped_after_the_deadline(tight):
    rx, _ = tight
    port = urlsplit(rx.url).port
    socks = [socket.create_connection(("127.0.0.1", port), timeout=5) for _ in range(10)]
    try:
        time.sleep(0.3)
        assert sum(_still_open(s) for s in socks) == 4  # the oldest waiting ones were evicted for the newer
        wait_for(lambda: not any(_still_open(s) for s in socks), timeout=5)
        assert rx.gate.dropped >= 10
        p = urlsplit(rx.url)  # the same client, behaving: served, and the connection closed after one response
        with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
            s.sendall(f"GET {p.path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
            answer = b""
            while chunk := s.recv(65536):  # ends only because the server closes (a kept-alive one would time out)
                answer += chunk
        assert answer.startswith(b"HTTP/1.1 200")
    finally:
        for s in socks:
            s.close()


def test_trickling_upload_is_cut_and_leaves_nothing(app, case, tight):
    rx, events = tight
    p = urlsplit(rx.url)
    head = part(b"IMG_2.jpg", b"\xff\xd8\xff" + b"\x00" * 1000)[:-2]
    conn = http.client.HTTPConnection("127.0.0.1", p.port, timeout=10)
    conn.putrequest("POST", p.path + "/files")
    conn.putheader("Content-Type", "multipart/form-data; boundary=XyZ")
    conn.putheader("Content-Length", str(len(head) + 10_000_000))
    conn.putheader("Accept", "application/json")
    conn.endheaders()
    conn.send(head)
    stop = threading.Event()

    def trickle() -> None:  # 500 bytes every 0.1 s: never idle, yet hours for a video
        while not stop.is_set():
            try:
                conn.sock.send(b"\x01" * 500)
            except OSError as exc:
                assert exc.errno in (errno.EPIPE, errno.ECONNRESET, errno.EBADF)
                return
            time.sleep(0.1)

    t = threading.Thread(target=trickle, daemon=True)
    t.start()
    try:
        wait_for(lambda: any(e.kind == "failed" for e in events), timeout=8)
    finally:
        stop.set()
        t.join(5)
        conn.close()
    failed = next(e for e in events if e.kind == "failed")
    assert failed.error["code"] == "E_RECEIVE_INTERRUPTED" and "stalled" in failed.error["message"]
    wait_for(lambda: app.objects.tmp_leftovers() == [], timeout=5)
    assert_store_empty(app, case)
    data = b"\xff\xd8\xff" + os.urandom(50_000)  # and the next, normal upload goes through
    status, out = _upload_from("127.0.0.1", rx.url, data)
    assert status == 200 and out["files"][0]["sha256"] == hashlib.sha256(data).hexdigest()
