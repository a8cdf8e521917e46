"""Phone upload server (services.receiving): real HTTP on 127.0.0.1, real store, real journal."""

from __future__ import annotations

import asyncio
import hashlib
import http.client
import socket
import time
from pathlib import Path
from urllib.parse import urlsplit

import aiohttp
import pytest
from helpers import make_jpeg

from evidenceapp.core.errors import ReceiveBindFailed
from evidenceapp.services.receiving import (
    PhoneReceiver,
    ReceiveLimits,
    client_name,
    lan_address,
    local_addresses,
    qr_matrix,
    qr_png,
    qr_svg,
    qr_terminal,
)
from evidenceapp.store import items_repo, journal_repo

EXIF = {0x010F: "Xiaomi", 0x0110: "Redmi Note 12", 0x0132: "2026:11:20 10:00:00"}


@pytest.fixture
def events() -> list:
    return []


@pytest.fixture
def rx(app, case, events):
    r = PhoneReceiver(app, on_event=events.append)
    r.start(case.id, host="127.0.0.1", port=0)
    yield r
    r.stop()


def upload(url: str, files: list[tuple[str, bytes]], **headers: str) -> tuple[int, dict]:
    async def go() -> tuple[int, dict]:
        async with aiohttp.ClientSession() as s:
            fd = aiohttp.FormData()
            for name, data in files:
                fd.add_field("file", data, filename=name, content_type="application/octet-stream")
            async with s.post(url + "/files", data=fd, headers={"Accept": "application/json", **headers}) as r:
                return r.status, (await r.json() if r.status != 404 else {"body": await r.text()})

    return asyncio.run(go())


def get(url: str, method: str = "GET", **headers: str) -> tuple[int, str, dict]:
    p = urlsplit(url)
    conn = http.client.HTTPConnection(p.hostname, p.port, timeout=10)
    conn.request(method, p.path + (f"?{p.query}" if p.query else ""), headers=headers)
    r = conn.getresponse()
    body = r.read().decode("utf-8", "replace")
    conn.close()
    return r.status, body, dict(r.getheaders())


def raw_post(url: str, body_parts: list[bytes], content_length: int, close_early: bool = False) -> int | None:
    """POST a hand-made multipart body (names no client library would send); optionally hang up mid-body."""
    p = urlsplit(url)
    conn = http.client.HTTPConnection(p.hostname, p.port, timeout=30)
    conn.putrequest("POST", p.path + "/files")
    conn.putheader("Content-Type", "multipart/form-data; boundary=XyZ")
    conn.putheader("Content-Length", str(content_length))
    conn.putheader("Accept", "application/json")
    conn.endheaders()
    for b in body_parts:
        conn.send(b)
    if close_early:
        conn.sock.shutdown(socket.SHUT_RDWR)
        conn.close()
        return None
    status = conn.getresponse().status
    conn.close()
    return status


def part(filename: bytes, data: bytes) -> bytes:
    return (b"--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename + b"\"\r\n"
            b"Content-Type: image/jpeg\r\n\r\n" + data + b"\r\n")


def wait_for(cond, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if cond():
            return
        time.sleep(0.02)
    raise AssertionError("timed out waiting")


def assert_store_empty(app, case) -> None:
    assert items_repo.for_case(app.db.con, case.id, include_hidden=True) == []
    assert list(app.objects.iter_objects()) == []
    assert app.objects.tmp_leftovers() == []


def test_upload_keeps_original_bytes_exif_and_journals_source_phone(app, case, rx, events, tmp_path: Path) -> None:
    import exifread

    photos = [make_jpeg(tmp_path / f"IMG_{i}.jpg", exif=EXIF, seed=i * 50) for i in range(3)]
    # two files in one request, one on its own (the page sends one per request; other clients may batch)
    status, body = upload(rx.url, [(p.name, p.read_bytes()) for p in photos[:2]])
    assert status == 200, body
    status, body2 = upload(rx.url, [(photos[2].name, photos[2].read_bytes())])
    assert status == 200, body2
    got = body["files"] + body2["files"]
    assert [f["name"] for f in got] == [p.name for p in photos]
    for f, p in zip(got, photos, strict=True):
        original = p.read_bytes()
        assert f["sha256"] == hashlib.sha256(original).hexdigest() and f["size"] == len(original)
        assert f["format"] == "JPEG" and f["exif"] is True and f["duplicate"] is False
        stored = app.objects.path_for(f["sha256"])
        assert stored.read_bytes() == original
        with open(stored, "rb") as fh:
            tags = exifread.process_file(fh, details=False)
        assert str(tags["Image Make"]) == "Xiaomi" and str(tags["Image DateTime"]) == "2026:11:20 10:00:00"
        item = items_repo.get(app.db.con, f["item_id"])
        assert item.source == "phone" and item.original_name == p.name and item.case_id == case.id
    added = [e for e in journal_repo.entries(app.db.con, case.id) if e.action == "item_added"]
    assert [e.payload["source"] for e in added] == ["phone"] * 3
    assert {e.payload["sha256"] for e in added} == {f["sha256"] for f in got}
    kinds = [e.kind for e in events]
    assert kinds.count("started") == 3 and kinds.count("received") == 3
    assert [e.file.sha256 for e in events if e.kind == "received"] == [f["sha256"] for f in got]
    assert [r.sha256 for r in rx.received] == [f["sha256"] for f in got]


def test_same_file_twice_is_one_item(app, case, rx, events, tmp_path: Path) -> None:
    data = make_jpeg(tmp_path / "a.jpg", exif=EXIF).read_bytes()
    s1, b1 = upload(rx.url, [("a.jpg", data)])
    s2, b2 = upload(rx.url, [("copy of a.jpg", data)])
    assert (s1, s2) == (200, 200)
    assert b2["files"][0]["duplicate"] is True and b2["files"][0]["item_id"] == b1["files"][0]["item_id"]
    assert app.db.con.execute("SELECT COUNT(*) FROM items").fetchone()[0] == 1
    assert [e.kind for e in events if e.kind in ("received", "duplicate")] == ["received", "duplicate"]


def test_photo_without_exif_is_reported(app, case, rx) -> None:
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (64, 48), (10, 200, 30)).save(buf, "PNG")
    status, body = upload(rx.url, [("shot.png", buf.getvalue())])
    assert status == 200
    assert body["files"][0]["format"] == "PNG" and body["files"][0]["exif"] is False


def test_wrong_token_unknown_path_and_wrong_method_are_bare_404(rx, tmp_path: Path) -> None:
    p = urlsplit(rx.url)
    base = f"http://127.0.0.1:{p.port}"
    wrong = base + "/u/" + "A" * len(rx.token)
    for url, method in [(wrong, "GET"), (base + "/", "GET"), (base + "/u/", "GET"), (rx.url + "/files", "GET"),
                        (rx.url, "POST"), (rx.url + "/../x", "GET"), (base + "/u/" + rx.token[:-1], "GET")]:
        status, body, headers = get(url, method)
        assert (status, body) == (404, ""), (url, method, status, body)
        assert "Server" not in headers
    status, body = upload(wrong, [("a.jpg", make_jpeg(tmp_path / "a.jpg").read_bytes())])
    assert status == 404 and body == {"body": ""}
    assert rx.received == []


def test_token_expires_and_dies_with_stop(app, case, tmp_path: Path) -> None:
    data = make_jpeg(tmp_path / "a.jpg").read_bytes()
    r = PhoneReceiver(app, ttl_seconds=0.5)
    url = r.start(case.id, host="127.0.0.1")
    try:
        assert get(url)[0] == 200
        time.sleep(0.7)
        assert r.expired
        assert get(url)[:2] == (404, "")
        assert upload(url, [("a.jpg", data)])[0] == 404
    finally:
        r.stop()
    assert not r.running and r.token == ""
    # a new session gets a new token: the old link stays dead even on the same port
    port = urlsplit(url).port
    url2 = r.start(case.id, host="127.0.0.1", port=port)
    try:
        assert url2 != url and urlsplit(url2).port == port
        assert get(url)[:2] == (404, "")
        assert get(url2)[0] == 200
    finally:
        r.stop()
    assert app.db.con.execute("SELECT COUNT(*) FROM items").fetchone()[0] == 0


def test_token_strength_and_binding(rx) -> None:
    assert len(rx.token) >= 22 and rx.url.endswith("/u/" + rx.token)  # 24 random bytes → 192 bits
    assert rx.bound[0] == "127.0.0.1" and urlsplit(rx.url).hostname == "127.0.0.1"


def test_bind_failure_is_a_coded_error(app, case, rx) -> None:
    other = PhoneReceiver(app)
    with pytest.raises(ReceiveBindFailed) as exc:
        other.start(case.id, host="127.0.0.1", port=rx.bound[1])
    assert exc.value.code == "E_RECEIVE_BIND"
    assert not other.running


def test_page_is_self_contained_and_localized(rx) -> None:
    status, page, headers = get(rx.url, **{"Accept-Language": "en-US,en;q=0.9"})
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert 'accept="image/*,video/*"' in page and " multiple" in page and 'type="file"' in page
    assert "SHA-256" in page and "HEIC" in page
    assert "http://" not in page and "https://" not in page and "<link" not in page and " src=" not in page
    assert "default-src 'none'" in headers["Content-Security-Policy"]
    assert headers["Referrer-Policy"] == "no-referrer" and headers["Cache-Control"] == "no-store"
    zh = get(rx.url, **{"Accept-Language": "zh-CN,zh;q=0.9,en;q=0.8"})[1]
    assert 'lang="zh-CN"' in zh and "选择照片或视频" in zh
    fr = get(rx.url, **{"Accept-Language": "fr-FR,fr;q=0.9,en;q=0.5"})[1]
    assert 'lang="fr"' in fr and "Choisir des photos ou vidéos" in fr
    assert 'lang="en"' in get(rx.url, **{"Accept-Language": "de-DE,de;q=0.9"})[1]
    assert 'lang="zh-CN"' in get(rx.url + "?lang=zh")[1]


def test_path_traversal_and_hostile_names_are_metadata_only(app, case, rx, tmp_path: Path) -> None:
    jpegs = [make_jpeg(tmp_path / "src" / f"{i}.jpg", exif=EXIF, seed=i * 30).read_bytes() for i in range(4)]
    # in a quoted-string "\\\\" is one backslash: the second name is ..\..\windows.jpg
    names = [b"../../x.jpg", b"..\\\\..\\\\windows.jpg", b"/etc/passwd", b"line%0Abreak\ttab.jpg"]
    body = b"".join(part(n, d) for n, d in zip(names, jpegs, strict=True)) + b"--XyZ--\r\n"
    assert raw_post(rx.url, [body], len(body)) == 200
    rows = app.db.con.execute("SELECT original_name, sha256 FROM items ORDER BY exhibit_order").fetchall()
    assert [r["original_name"] for r in rows] == ["x.jpg", "windows.jpg", "passwd", "line\\nbreak\\ttab.jpg"]
    for r, data in zip(rows, jpegs, strict=True):
        assert app.objects.path_for(r["sha256"]).read_bytes() == data
    # nothing was written anywhere but the object store
    assert not list(tmp_path.rglob("x.jpg")) and not list(tmp_path.rglob("windows.jpg"))
    assert not list(tmp_path.rglob("passwd"))
    assert client_name("") == "upload" and client_name("..") == "upload" and client_name("a%22b.jpg") == 'a"b.jpg'


def test_interrupted_upload_leaves_no_item_and_no_partial_object(app, case, rx, events) -> None:
    head = (b"--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"VID_1.mp4\"\r\n"
            b"Content-Type: video/mp4\r\n\r\n")
    raw_post(rx.url, [head, b"\x00" * (3 * 1024 * 1024)], content_length=len(head) + 8 * 1024 * 1024,
             close_early=True)
    wait_for(lambda: any(e.kind == "failed" for e in events))
    failed = next(e for e in events if e.kind == "failed")
    assert failed.error["code"] == "E_RECEIVE_INTERRUPTED" and failed.name == "VID_1.mp4"
    assert_store_empty(app, case)
    assert not [e for e in journal_repo.entries(app.db.con, case.id) if e.action == "item_added"]
    assert rx.running  # the server keeps serving the next upload
    assert get(rx.url)[0] == 200


def test_stalled_upload_times_out_and_leaves_nothing(app, case, rx, events, monkeypatch) -> None:
    from evidenceapp.services.receiving import server as receiving

    monkeypatch.setattr(receiving, "IDLE_TIMEOUT", 0.5)
    p = urlsplit(rx.url)
    head = part(b"IMG_9.jpg", b"\xff\xd8\xff" + b"\x00" * 300_000)[:-2]  # no part end: the phone fell asleep
    conn = http.client.HTTPConnection("127.0.0.1", p.port, timeout=10)
    conn.putrequest("POST", p.path + "/files")
    conn.putheader("Content-Type", "multipart/form-data; boundary=XyZ")
    conn.putheader("Content-Length", str(len(head) + 1_000_000))
    conn.putheader("Accept", "application/json")
    conn.endheaders()
    conn.send(head)
    resp = conn.getresponse()
    assert resp.status == 400 and b"E_RECEIVE_INTERRUPTED" in resp.read()
    conn.close()
    failed = [e for e in events if e.kind == "failed"]
    assert failed and "nothing arrived" in failed[0].error["message"]
    assert_store_empty(app, case)


def test_form_post_without_javascript_gets_a_result_page(app, case, rx, tmp_path: Path) -> None:
    data = make_jpeg(tmp_path / "a.jpg", exif=EXIF).read_bytes()
    body = part(b"a.jpg", data) + part(b"", b"") + b"--XyZ--\r\n"  # the empty part: a second, unused picker
    p = urlsplit(rx.url)
    conn = http.client.HTTPConnection("127.0.0.1", p.port, timeout=10)
    conn.request("POST", p.path + "/files", body=body, headers={
        "Content-Type": "multipart/form-data; boundary=XyZ", "Accept": "text/html", "Accept-Language": "fr"})
    resp = conn.getresponse()
    page = resp.read().decode()
    conn.close()
    assert resp.status == 200 and resp.getheader("Content-Type").startswith("text/html")
    assert hashlib.sha256(data).hexdigest() in page and "1 fichier(s) reçu(s)" in page
    assert len(items_repo.for_case(app.db.con, case.id)) == 1


def test_stop_during_upload_aborts_cleanly(app, case, events) -> None:
    r = PhoneReceiver(app, on_event=events.append)
    url = r.start(case.id, host="127.0.0.1")
    p = urlsplit(url)
    head = (b"--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"long.mp4\"\r\n"
            b"Content-Type: video/mp4\r\n\r\n")
    conn = http.client.HTTPConnection("127.0.0.1", p.port, timeout=10)
    conn.putrequest("POST", p.path + "/files")
    conn.putheader("Content-Type", "multipart/form-data; boundary=XyZ")
    conn.putheader("Content-Length", str(len(head) + 64 * 1024 * 1024))
    conn.endheaders()
    conn.send(head + b"\x01" * (2 * 1024 * 1024))
    wait_for(lambda: any(e.kind == "started" for e in events))
    t0 = time.monotonic()
    r.stop()
    assert time.monotonic() - t0 < 10
    conn.close()
    assert not r.running
    assert [e.kind for e in events][-1] == "stopped"
    assert_store_empty(app, case)


def test_per_file_and_per_session_caps(app, case, events, tmp_path: Path) -> None:
    small = make_jpeg(tmp_path / "s.jpg", size=(200, 150)).read_bytes()
    small2 = make_jpeg(tmp_path / "s2.jpg", size=(200, 150), seed=9).read_bytes()
    big = make_jpeg(tmp_path / "b.jpg", size=(1600, 1200)).read_bytes()
    assert len(small) < 20_000 < 100_000 < len(big)
    r = PhoneReceiver(app, on_event=events.append, limits=ReceiveLimits(max_file_bytes=100_000))
    url = r.start(case.id, host="127.0.0.1")
    try:
        status, body = upload(url, [("big.jpg", big)])
        assert status == 413 and body["error"]["code"] == "E_RECEIVE_TOO_LARGE" and "one file" in body["error"]["message"]
        assert_store_empty(app, case)
        assert upload(url, [("small.jpg", small)])[0] == 200
    finally:
        r.stop()
    assert [e.kind for e in events if e.kind != "progress"] == ["started", "failed", "started", "received", "stopped"]

    r = PhoneReceiver(app, limits=ReceiveLimits(max_session_bytes=len(small) + len(small2) - 1))
    url = r.start(case.id, host="127.0.0.1")
    try:
        assert upload(url, [("small.jpg", small)])[0] == 200  # a duplicate, but its bytes still count
        status, body = upload(url, [("small2.jpg", small2)])
        assert status == 413 and "session" in body["error"]["message"]
    finally:
        r.stop()
    assert len(items_repo.for_case(app.db.con, case.id)) == 1
    assert app.objects.tmp_leftovers() == []


def test_qr_code_encodes_the_url() -> None:
    import cv2
    import numpy as np

    url = "http://192.168.1.23:45678/u/" + "k" * 32
    png = qr_png(url, scale=6)
    assert png.startswith(b"\x89PNG")
    img = cv2.imdecode(np.frombuffer(png, np.uint8), cv2.IMREAD_GRAYSCALE)
    decoded, _, _ = cv2.QRCodeDetector().detectAndDecode(img)
    assert decoded == url
    m = qr_matrix(url)
    assert len(m) == len(m[0]) and not any(m[0]) and any(m[len(m) // 2])  # quiet zone, then modules
    assert qr_svg(url).lstrip().startswith(b"<svg")
    assert "▀" in qr_terminal(url) or "▄" in qr_terminal(url)


def test_lan_address_is_an_ipv4_address() -> None:
    import ipaddress

    ip = lan_address()
    assert ipaddress.ip_address(ip).version == 4
    addrs = local_addresses()
    assert addrs[-1] == "127.0.0.1" and addrs[0] == (ip if ip != "127.0.0.1" else "127.0.0.1")


def test_cli_receive_prints_url_and_qr_and_stops_on_ctrl_c(home: Path, tmp_path: Path) -> None:
    import os
    import signal
    import subprocess
    import sys

    from helpers import cli_json

    _, case = cli_json("case", "new", "--title", "mug", "--platform", "taobao", "--order-no", "TB-9", home=home)
    proc = subprocess.Popen([sys.executable, "-m", "evidenceapp", "receive", "TB-9", "--host", "127.0.0.1"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "EVIDENCEAPP_HOME": str(home)})
    try:
        lines = []
        while not any(line.startswith("The link works until") for line in lines):
            lines.append(proc.stdout.readline().rstrip("\n"))
            assert lines[-1] or proc.poll() is None, proc.stderr.read()
        url = next(line for line in lines if line.startswith("http://127.0.0.1:"))
        assert sum("█" in line for line in lines) > 15  # the QR code
        data = make_jpeg(tmp_path / "IMG_1.jpg", exif=EXIF).read_bytes()
        assert upload(url, [("IMG_1.jpg", data)])[0] == 200
        line = proc.stdout.readline()
        assert line.startswith("  + IMG_1.jpg  JPEG  EXIF yes") and hashlib.sha256(data).hexdigest() in line
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert "stopped: received 1 file(s), 0 already in the case" in out
