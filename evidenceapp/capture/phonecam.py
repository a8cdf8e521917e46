"""The phone as the recorder's camera: the phone's browser streams its back camera to the desktop, which burns in
the overlay, encodes, hashes as written and journals exactly as with a webcam.

The desktop serves one page over HTTPS (phones give a page the camera only in a secure context; the certificate is
self-signed, made at first use, and its fingerprint is shown beside the QR code and on the page) at
``https://<lan-ip>:<port>/c/<token>``. The page takes the camera with getUserMedia, draws each picture on a canvas
and sends it as a JPEG over a WebSocket; the desktop sends back the state (recording, elapsed, checklist step) and
the page's checklist buttons send "mark". One phone at a time; a 192-bit token like the upload page's.

A dropped Wi-Fi link is a gap, not a cut: the page reconnects by itself, and the loss and the return are told to the
recording (``on_link``), which marks them; no picture is invented for the gap.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
import secrets
import ssl
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from ..core.errors import CameraUnavailable
from .arrivals import Arrivals
from .phonecam_page import render_page
from .sources import Frame, fit

log = logging.getLogger(__name__)

MAX_FRAME_BYTES = 4 * 1024 * 1024  # a 1080p JPEG is ~300 KB; anything bigger is not a camera picture
CONNECT_WAIT_S = 300.0  # how long opening waits for the phone to scan the code and allow the camera
GIVE_UP_S = 120.0  # no picture for two minutes during a take: it ends (marked)


class PhoneCameraSource:
    needs_band = False

    def __init__(self, size: tuple[int, int], fps: float, cert: Path, key: Path, fingerprint: str,
                 host: str = "0.0.0.0", port: int = 0, url_host: str = "127.0.0.1", lang: str = "en",
                 connect_wait_s: float = CONNECT_WAIT_S) -> None:
        self.name = "phone"
        self.size = size
        self.fps = fps
        self.fingerprint = fingerprint
        self.lang = lang
        self.connect_wait_s = connect_wait_s
        self.on_link: Callable[[str, float], None] | None = None
        self.on_mark: Callable[[], None] | None = None
        self.arrivals = Arrivals()
        self.rejected = 0  # messages that were not a decodable JPEG (counted, dropped)
        self.url = ""
        self._host, self._port, self._url_host = host, port, url_host
        self._ssl = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self._ssl.load_cert_chain(str(cert), str(key))
        self.token = secrets.token_urlsafe(24)
        self._closed = False
        self._connected = False
        self._ever_connected = False
        self._lost_at: float | None = None
        self._status: dict[str, Any] = {"state": "waiting"}
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._ws: Any = None
        self._runner: Any = None

    # -- the server (its own thread and event loop) ---------------------------------------------------------------
    def serve(self) -> str:
        """Start serving the page; returns its URL (for the QR code). Idempotent."""
        if self._thread is not None:
            return self.url
        ready = threading.Event()
        failure: list[BaseException] = []
        self._thread = threading.Thread(target=self._run, args=(ready, failure), name="phone-camera", daemon=True)
        self._thread.start()
        ready.wait(15)
        if failure:
            raise CameraUnavailable(f"the phone camera page could not be served ({failure[0]})", source=self.name,
                                    available="")
        return self.url

    def _run(self, ready: threading.Event, failure: list[BaseException]) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._start(ready, failure))
            if not failure:
                loop.run_forever()
        finally:
            try:
                if self._runner is not None:
                    # A phone browser rarely answers TLS's close_notify: end its connections at once rather than
                    # leave their sockets to the 30 s SSL shutdown timeout.
                    server = self._runner.server
                    for proto in list(getattr(server, "connections", []) if server is not None else []):
                        transport = getattr(proto, "transport", None)
                        if transport is not None:
                            transport.abort()
                    loop.run_until_complete(self._runner.cleanup())
                # TLS connections close with a short exchange: give it a moment, then end what is left.
                loop.run_until_complete(asyncio.sleep(0.3))
                for task in asyncio.all_tasks(loop):
                    task.cancel()
                loop.run_until_complete(asyncio.sleep(0))
            except Exception:  # noqa: BLE001 - shutting down: log, and still close the loop
                log.exception("phone camera server did not stop cleanly")
            finally:
                loop.close()

    async def _start(self, ready: threading.Event, failure: list[BaseException]) -> None:
        from aiohttp import web

        try:
            app = web.Application(client_max_size=64 * 1024)
            app.router.add_get("/c/{token}", self._page)
            app.router.add_get("/c/{token}/ws", self._socket)
            self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
            await self._runner.setup()
            site = web.TCPSite(self._runner, self._host, self._port, ssl_context=self._ssl)
            await site.start()
            port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
            self.url = f"https://{self._url_host}:{port}/c/{self.token}"
        except BaseException as exc:  # noqa: BLE001 - reported to serve()'s caller
            failure.append(exc)
        finally:
            ready.set()

    def _token_ok(self, token: str) -> bool:
        return hmac.compare_digest(token.encode(), self.token.encode()) and not self._closed

    async def _page(self, request: Any) -> Any:
        from aiohttp import web

        if not self._token_ok(request.match_info["token"]):
            return web.Response(status=404)
        nonce = secrets.token_urlsafe(16)
        html = render_page(self.lang, nonce, self.fingerprint, self.fps)
        return web.Response(text=html, content_type="text/html", headers={
            "Content-Security-Policy": f"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}';"
                                       " connect-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:",
            "Cache-Control": "no-store", "Referrer-Policy": "no-referrer"})

    async def _socket(self, request: Any) -> Any:
        from aiohttp import WSMsgType, web

        if not self._token_ok(request.match_info["token"]) or self._ws is not None:
            return web.Response(status=404)  # a second phone (or a stranger) is not let in
        ws = web.WebSocketResponse(max_msg_size=MAX_FRAME_BYTES, heartbeat=5.0)
        await ws.prepare(request)
        self._ws = ws
        self._link(True)
        await ws.send_str(json.dumps(self._status))
        try:
            async for msg in ws:
                if msg.type == WSMsgType.BINARY:
                    self._picture(msg.data)
                elif msg.type == WSMsgType.TEXT:
                    self._command(msg.data)
        finally:
            self._ws = None
            self._link(False)
        return ws

    # -- what the phone sends -------------------------------------------------------------------------------------
    def _picture(self, data: bytes) -> None:
        import cv2

        bgr = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR) if data[:2] == b"\xff\xd8" else None
        if bgr is None:
            self.rejected += 1
            return
        frame = Frame(fit(cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB), self.size), time.monotonic(), time.time())
        self.arrivals.publish(frame)

    def _command(self, text: str) -> None:
        try:
            msg = json.loads(text)
        except ValueError:
            return
        if isinstance(msg, dict) and msg.get("type") == "mark" and self.on_mark is not None:
            try:
                self.on_mark()
            except Exception:  # noqa: BLE001 - "checklist complete" and the like: the page simply shows the state
                log.info("mark from the phone not taken", exc_info=True)

    def _link(self, up: bool) -> None:
        with self.arrivals.cond:
            self._connected = up
            first = up and not self._ever_connected
            self._ever_connected = self._ever_connected or up
            self.arrivals.cond.notify_all()
        if first:
            return
        if up and self._lost_at is not None:
            gap, self._lost_at = time.monotonic() - self._lost_at, None
            self._tell("restored", gap)
        elif not up and not self._closed:
            self._lost_at = time.monotonic()
            self._tell("lost", 0.0)

    def _tell(self, event: str, gap: float) -> None:
        if self.on_link is not None:
            try:
                self.on_link(event, gap)
            except Exception:  # noqa: BLE001 - a marker that could not be written must not stop the picture
                log.exception("link event %s not recorded", event)

    # -- what the desktop tells the phone ----------------------------------------------------------------------
    def send_status(self, status: dict[str, Any]) -> None:
        """Recording state, elapsed seconds and the checklist for the page (thread-safe, never blocks)."""
        self._status = status
        loop, ws = self._loop, self._ws
        if loop is not None and ws is not None:
            with contextlib.suppress(Exception):
                asyncio.run_coroutine_threadsafe(ws.send_str(json.dumps(status)), loop)

    # -- the recorder's side ------------------------------------------------------------------------------------
    def open(self) -> None:
        """Serve (if not yet) and wait for the phone's first picture."""
        self.serve()
        deadline = time.monotonic() + self.connect_wait_s
        a = self.arrivals
        with a.cond:
            while not a.queue and not a.closed:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise CameraUnavailable("no phone connected (scan the code with the phone and allow the camera)",
                                            source=self.name, available="")
                a.cond.wait(min(left, 0.5))
            if not a.queue:  # cancelled while waiting
                raise CameraUnavailable("the wait for the phone was cancelled", source=self.name, available="")

    def read(self) -> Frame | None:
        return self.arrivals.take(lambda: not self._connected and self._lost_at is not None
                                  and time.monotonic() - self._lost_at > GIVE_UP_S)

    def interrupt(self) -> None:
        self._closed = True
        self.arrivals.close()

    @property
    def arrived(self) -> int:
        return self.arrivals.arrived

    @property
    def delivered(self) -> int:
        return self.arrivals.delivered

    @property
    def overflow(self) -> int:
        return self.arrivals.overflow

    def close(self) -> None:
        self.interrupt()
        loop = self._loop
        if loop is not None and self._thread is not None:
            ws = self._ws
            if ws is not None:
                with contextlib.suppress(Exception):
                    asyncio.run_coroutine_threadsafe(ws.close(), loop).result(5)
            loop.call_soon_threadsafe(loop.stop)
            self._thread.join(10)
