"""Receive from phone: the dialog serves on 127.0.0.1 while open, lists a real HTTP upload as it arrives (format,
EXIF, SHA-256), the item appears in the evidence grid, and closing the dialog stops the server."""

from __future__ import annotations

import hashlib
import http.client
import json
import socket
import threading
import uuid
from urllib.parse import urlsplit

import pytest
from helpers import make_jpeg

from evidenceapp.services import cases as cases_service


def _post(url: str, name: str, data: bytes) -> tuple[int, dict]:
    """A multipart upload as a phone's page sends it (plain http.client, in a thread of the test)."""
    boundary = uuid.uuid4().hex
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n"
            f"Content-Type: image/jpeg\r\n\r\n").encode() + data + f"\r\n--{boundary}--\r\n".encode()
    p = urlsplit(url)
    conn = http.client.HTTPConnection(p.hostname, p.port, timeout=30)
    conn.request("POST", p.path + "/files", body=body, headers={
        "Content-Type": f"multipart/form-data; boundary={boundary}", "Accept": "application/json"})
    r = conn.getresponse()
    out = r.status, json.loads(r.read() or b"{}")
    conn.close()
    return out


def test_receive_a_photo_from_a_phone(make_window, case, app, tmp_path, qtbot, wait_idle):
    window = make_window(inline=False)
    window.select_case(case.id)
    wait_idle(window)
    dlg = window.receive_from_phone(host="127.0.0.1")
    assert dlg is not None and dlg.isVisible() and window.tabs.currentWidget() is window.evidence
    url = dlg.url.text()
    assert url.startswith("http://127.0.0.1:") and "/u/" in url
    assert not dlg.qr.pixmap().isNull() and dlg.qr.pixmap().width() >= 290  # the QR code, large
    assert "HEIC" in dlg.findChild(type(dlg.url), "receiveLimits").text()  # the honest limits

    photo = make_jpeg(tmp_path / "IMG_0001.jpg", exif={0x010F: "Xiaomi", 0x0132: "2026:11:20 10:00:00"})
    data = photo.read_bytes()
    result: dict = {}
    t = threading.Thread(target=lambda: result.update(r=_post(url, "IMG_0001.jpg", data)))
    t.start()
    qtbot.waitUntil(lambda: any(r[1] == "Received" for r in dlg.rows()), timeout=30000)
    t.join(30)
    assert result["r"][0] == 200
    [row] = dlg.rows()
    sha = hashlib.sha256(data).hexdigest()
    assert row[0] == "IMG_0001.jpg" and row[2] == "JPEG" and row[3] == "yes" and row[4] == sha[:16] + "…"
    assert "1 file(s) received" in dlg.summary.text()
    # Live in the grid, with the original bytes' hash and the source "phone".
    qtbot.waitUntil(lambda: window.evidence.model.rowCount() == 1, timeout=20000)
    item = window.evidence.model.item_at(0)
    assert item.sha256 == sha and item.source == "phone"
    assert [i.sha256 for i in cases_service.case_items(app, case.id)] == [sha]

    port = urlsplit(url).port
    dlg.close()
    assert not dlg.receiver.running
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=5)
    wait_idle(window)


def test_phone_dialog_in_chinese_and_closing_the_window_stops_it(make_window, case, qtbot, wait_idle):
    window = make_window(inline=False)
    window.apply_language("zh_CN")
    window.select_case(case.id)
    dlg = window.receive_from_phone(host="127.0.0.1")
    assert dlg.windowTitle() == "从手机接收"
    port = urlsplit(dlg.url.text()).port
    wait_idle(window)
    window.close()
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=5)
