"""Record › "Phone camera": the QR code, address and certificate fingerprint are shown; a phone (here an aiohttp
client sending JPEG pictures over the page's WebSocket, as the page's script does) starts the take, taps the
checklist step, and the take is stored. Cancel while waiting records nothing."""

from __future__ import annotations

import asyncio
import io
import json
import threading

from PIL import Image

from evidenceapp.services import cases as cases_service
from evidenceapp.store import items_repo


def _fake_phone(url: str, stop: threading.Event, seen: list[dict]) -> None:
    import aiohttp

    buf = io.BytesIO()
    Image.new("RGB", (320, 240), (30, 140, 200)).save(buf, "JPEG")
    picture = buf.getvalue()

    async def run() -> None:
        async with aiohttp.ClientSession() as http:
            try:
                async with http.ws_connect(url + "/ws", ssl=False) as ws:
                    marked = False
                    while not stop.is_set():
                        await ws.send_bytes(picture)
                        try:
                            msg = await asyncio.wait_for(ws.receive(), 0.1)
                        except TimeoutError:
                            continue
                        if msg.type == aiohttp.WSMsgType.TEXT:
                            status = json.loads(msg.data)
                            seen.append(status)
                            if status.get("state") == "recording" and not marked:
                                marked = True
                                await ws.send_str(json.dumps({"type": "mark"}))  # the buyer taps the step
                        elif msg.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED):
                            break
            except (aiohttp.ClientError, ConnectionError):
                pass  # the desktop stopped serving when the take ended: a phone simply sees the link close
        await asyncio.sleep(0.3)  # let the TLS connection finish closing before the loop ends

    asyncio.run(run())


def test_phone_camera_from_the_record_view(make_window, case, qtbot, app) -> None:
    window = make_window(inline=False)
    window.select_case(case.id)
    window.show_tab("record")
    view = window.record
    view.phone_host = "127.0.0.1"
    view.source.setCurrentIndex(view.source.findData("phone"))
    view.start()
    dialog = view.phone_dialog
    assert dialog is not None and dialog.isVisible() and not dialog.qr.pixmap().isNull()
    url = dialog.url.text()
    assert url.startswith("https://127.0.0.1:")
    fp = view.phone_dialog.fingerprint.text()
    assert len(fp.split(": ", 1)[1].replace(" ", "")) == 64
    stop, seen = threading.Event(), []
    phone = threading.Thread(target=_fake_phone, args=(url, stop, seen), daemon=True)
    phone.start()
    try:
        qtbot.waitUntil(lambda: view.session is not None, timeout=30000)
        assert not dialog.isVisible()
        qtbot.waitUntil(lambda: len(view.session.markers) == 1, timeout=15000)
        qtbot.wait(1000)
        view.stop()
        qtbot.waitUntil(lambda: view.session is None and view.last_item is not None, timeout=30000)
    finally:
        stop.set()
        phone.join(10)
    item = view.last_item
    assert item.kind == "unboxing" and item.metadata["recording"]["frames"] > 5
    assert len(items_repo.markers(app.db.con, item.id)) == 1  # the step tapped on the phone
    assert any(s.get("state") == "recording" and s.get("step_label") for s in seen)


def test_cancel_while_waiting_for_the_phone_records_nothing(make_window, case, qtbot, app) -> None:
    window = make_window(inline=False)
    window.select_case(case.id)
    window.show_tab("record")
    view = window.record
    view.phone_host = "127.0.0.1"
    view.source.setCurrentIndex(view.source.findData("phone"))
    view.start()
    dialog = view.phone_dialog
    qtbot.wait(300)
    dialog.reject()
    qtbot.waitUntil(lambda: not view._starting, timeout=15000)
    assert view.session is None
    assert not [i for i in cases_service.case_items(app, case.id) if i.kind == "unboxing"]
