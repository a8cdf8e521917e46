"""Load one web page in the system's headless Chromium and take it as evidence (网页取证). Knows nothing of the store.

    page = capture_page(url, chromium=find_chromium(), allow_host=fn, timeout_s=30)
    page.png, page.mhtml, page.text          # full-page screenshot, MHTML snapshot, visible text
    page.final_url, page.status, page.headers, page.redirects, page.tls, page.settled, page.dialogs …

Chromium is driven through the DevTools protocol over its own WebSocket (aiohttp, already a dependency), so no
WebDriver binary matching the browser's version is needed. A fresh profile in a temporary folder each time: no
cookies, no logins, nothing of the user's browser.

Hostile pages: the whole capture is bounded by ``timeout_s``; a page still loading then is stopped and taken as it
is (``settled`` False); the main document is capped at ``max_document_bytes`` and everything at ``max_total_bytes``
(``PageTooLarge``); downloads are denied; JavaScript dialogs are dismissed (and listed); every request, redirects
included, goes through ``allow_host`` (a page must not make the browser reach into the user's network); certificate
errors do not stop the capture, they are recorded (``tls["trusted"]`` False), because a seller's broken HTTPS is
itself worth keeping.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

VIEWPORT = (1280, 900)
MAX_SHOT_HEIGHT = 16000  # px: taller pages are cut there (said in the capture record); PNGs stay a few MB
SETTLE_QUIET_S = 0.8  # the network idle this long after the load event = settled
MAX_DOCUMENT_BYTES = 10 * 1024 * 1024
MAX_TOTAL_BYTES = 100 * 1024 * 1024


class BrowserMissing(Exception):
    """No Chromium/Chrome on this computer."""


class CaptureError(Exception):
    """The page could not be captured (network error, timeout before any answer, browser crash)."""


class PageTooLarge(CaptureError):
    pass


class Cancelled(Exception):
    pass


@dataclass
class PageCapture:
    url: str
    final_url: str = ""
    status: int | None = None
    status_text: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    mime: str = ""
    remote_address: str = ""
    redirects: list[dict[str, Any]] = field(default_factory=list)
    tls: dict[str, Any] | None = None
    title: str = ""
    text: str = ""
    png: bytes = b""
    mhtml: bytes = b""
    settled: bool = True
    shot_truncated: bool = False
    page_size: tuple[int, int] = (0, 0)
    dialogs: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    bytes_received: int = 0
    started_utc: float = 0.0
    finished_utc: float = 0.0
    browser: str = ""
    has_password_field: bool = False


def find_chromium() -> str | None:
    """The system's Chromium or Chrome (EVIDENCEAPP_CHROMIUM overrides)."""
    env = os.environ.get("EVIDENCEAPP_CHROMIUM")
    if env:
        return env if Path(env).exists() else None
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome", "msedge"):
        found = shutil.which(name)
        if found:
            return found
    candidates = {
        "darwin": ["/Applications/Chromium.app/Contents/MacOS/Chromium",
                   "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"],
        "win32": [os.path.expandvars(r"%ProgramFiles%\Google\Chrome\Application\chrome.exe"),
                  os.path.expandvars(r"%ProgramFiles(x86)%\Microsoft\Edge\Application\msedge.exe")],
    }.get(sys.platform, [])
    return next((c for c in candidates if Path(c).exists()), None)


def capture_page(url: str, chromium: str, allow_host: Callable[[str], bool], timeout_s: float = 30.0,
                 max_document_bytes: int = MAX_DOCUMENT_BYTES, max_total_bytes: int = MAX_TOTAL_BYTES,
                 cancelled: Callable[[], bool] = lambda: False,
                 on_step: Callable[[str], None] = lambda _s: None) -> PageCapture:
    """Launch a headless Chromium, load ``url``, wait for it to settle (bounded), take it, close the browser."""
    profile = Path(tempfile.mkdtemp(prefix="evidenceapp-web-"))
    try:
        proc = _launch(chromium, profile)
        try:
            port = _wait_port(profile, proc, deadline=time.monotonic() + 20)
            return asyncio.run(_Session(port, url, allow_host, timeout_s, max_document_bytes, max_total_bytes,
                                        cancelled, on_step).run())
        finally:
            _stop(proc)
    finally:
        for _ in range(20):  # helper processes may still be writing into the profile for a moment
            shutil.rmtree(profile, ignore_errors=True)
            if not profile.exists():
                break
            time.sleep(0.1)


def _stop(proc: subprocess.Popen) -> None:
    """End the browser and its helper processes (its own process group on POSIX)."""
    import signal

    def signal_all(sig: int) -> None:
        with contextlib.suppress(OSError):
            if hasattr(os, "killpg"):
                os.killpg(proc.pid, sig)
            else:  # pragma: no cover - Windows: the browser ends its helpers itself
                proc.send_signal(sig)

    signal_all(signal.SIGTERM)
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        signal_all(getattr(signal, "SIGKILL", signal.SIGTERM))
        proc.wait(10)


def _launch(chromium: str, profile: Path) -> subprocess.Popen:
    w, h = VIEWPORT
    args = [chromium, "--headless=new", "--remote-debugging-port=0", "--remote-debugging-address=127.0.0.1",
            f"--user-data-dir={profile}", "--no-first-run", "--no-default-browser-check", "--disable-sync",
            "--disable-background-networking", "--disable-component-update", "--disable-extensions",
            "--disable-default-apps", "--disable-dev-shm-usage", "--mute-audio", "--hide-scrollbars",
            "--disable-gpu", f"--window-size={w},{h}", "--password-store=basic", "--use-mock-keychain",
            "about:blank"]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        args.insert(1, "--no-sandbox")  # Chromium refuses to start as root with its sandbox
    try:
        return subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, start_new_session=hasattr(os, "killpg"))
    except OSError as exc:
        raise BrowserMissing(f"{chromium}: {exc}") from None


def _wait_port(profile: Path, proc: subprocess.Popen, deadline: float) -> int:
    marker = profile / "DevToolsActivePort"
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise CaptureError(f"the browser exited at start (code {proc.returncode})")
        with contextlib.suppress(OSError, ValueError, IndexError):
            return int(marker.read_text().splitlines()[0])
        time.sleep(0.05)
    raise CaptureError("the browser did not start within 20 s")


class _Session:
    """One page over one DevTools WebSocket: commands with ids, events dispatched as they come."""

    def __init__(self, port: int, url: str, allow_host: Callable[[str], bool], timeout_s: float,
                 max_doc: int, max_total: int, cancelled: Callable[[], bool], on_step: Callable[[str], None]):
        self.port, self.url, self.allow_host = port, url, allow_host
        self.timeout_s, self.max_doc, self.max_total = timeout_s, max_doc, max_total
        self.cancelled, self.on_step = cancelled, on_step
        self.result = PageCapture(url=url)
        self._next_id = 0
        self._pending: dict[int, asyncio.Future] = {}
        self._inflight: set[str] = set()
        self._last_activity = 0.0
        self._loaded = asyncio.Event()
        self._main_request: str | None = None
        self._frame_id: str | None = None
        self._doc_bytes = 0
        self._failure: Exception | None = None
        self._main_error = ""

    async def run(self) -> PageCapture:
        import aiohttp

        r = self.result
        r.started_utc = time.time()
        async with aiohttp.ClientSession() as http:
            async with http.get(f"http://127.0.0.1:{self.port}/json/version") as resp:
                r.browser = (await resp.json()).get("Browser", "")
            async with http.get(f"http://127.0.0.1:{self.port}/json/list") as resp:
                targets = [t for t in await resp.json() if t.get("type") == "page"]
            if not targets:
                raise CaptureError("the browser opened no page")
            async with http.ws_connect(targets[0]["webSocketDebuggerUrl"], max_msg_size=0) as ws:
                self.ws = ws
                reader = asyncio.create_task(self._read())
                try:
                    # A page can block the browser's main thread (a script in an endless loop): then even the
                    # screenshot never answers. Everything is bounded; the taking gets 15 s past the deadline.
                    await asyncio.wait_for(self._capture(), self.timeout_s + 15)
                except TimeoutError:
                    raise CaptureError("the page did not let itself be captured (the browser stopped"
                                       " answering)") from None
                finally:
                    reader.cancel()
                    with contextlib.suppress(asyncio.CancelledError, Exception):
                        await reader
        r.finished_utc = time.time()
        return r

    # -- protocol ----------------------------------------------------------------------------------------------
    async def send(self, method: str, **params: Any) -> dict[str, Any]:
        self._next_id += 1
        fut: asyncio.Future = asyncio.get_running_loop().create_future()
        self._pending[self._next_id] = fut
        await self.ws.send_str(json.dumps({"id": self._next_id, "method": method, "params": params}))
        msg = await fut
        if "error" in msg:
            raise CaptureError(f"{method}: {msg['error'].get('message', msg['error'])}")
        return msg.get("result", {})

    def post(self, method: str, **params: Any) -> None:
        """Fire and forget (event handlers must not wait inside the reader)."""
        self._next_id += 1
        fut: asyncio.Future = asyncio.get_running_loop().create_future()
        self._pending[self._next_id] = fut
        asyncio.ensure_future(self.ws.send_str(json.dumps({"id": self._next_id, "method": method,
                                                           "params": params})))

    async def _read(self) -> None:
        import aiohttp

        async for msg in self.ws:
            if msg.type != aiohttp.WSMsgType.TEXT:
                break
            data = json.loads(msg.data)
            if "id" in data:
                fut = self._pending.pop(data["id"], None)
                if fut is not None and not fut.done():
                    fut.set_result(data)
            else:
                try:
                    self._on_event(data.get("method", ""), data.get("params", {}))
                except Exception as exc:  # noqa: BLE001 - a surprise in one event must not hang the capture
                    self._failure = exc
        for fut in self._pending.values():
            if not fut.done():
                fut.set_result({"error": {"message": "the browser closed the connection"}})

    def _on_event(self, method: str, p: dict[str, Any]) -> None:
        r = self.result
        self._last_activity = time.monotonic()
        if method == "Fetch.requestPaused":
            host = urlsplit(p["request"]["url"]).hostname or ""
            if p["request"]["url"].startswith(("data:", "blob:")) or self.allow_host(host):
                self.post("Fetch.continueRequest", requestId=p["requestId"])
            else:
                r.blocked.append(p["request"]["url"][:300])
                self.post("Fetch.failRequest", requestId=p["requestId"], errorReason="BlockedByClient")
        elif method == "Network.requestWillBeSent":
            self._inflight.add(p["requestId"])
            if p.get("type") == "Document" and p.get("frameId") == self._frame_id:
                if p.get("redirectResponse") and p["requestId"] == self._main_request:
                    rr = p["redirectResponse"]
                    r.redirects.append({"url": rr.get("url"), "status": rr.get("status"),
                                        "location": _header(rr.get("headers", {}), "location")})
                if self._main_request is None or p["requestId"] == self._main_request:
                    self._main_request = p["requestId"]
        elif method == "Network.responseReceived":
            if p["requestId"] == self._main_request:
                resp = p["response"]
                r.final_url = resp.get("url", "")
                r.status = resp.get("status")
                r.status_text = resp.get("statusText", "")
                r.headers = {str(k): str(v) for k, v in resp.get("headers", {}).items()}
                r.mime = resp.get("mimeType", "")
                ip, port = resp.get("remoteIPAddress", ""), resp.get("remotePort", "")
                r.remote_address = f"{ip}:{port}" if ip else ""
                if resp.get("securityDetails"):
                    r.tls = {"protocol": resp["securityDetails"].get("protocol"),
                             "details": resp["securityDetails"], "security_state": resp.get("securityState", "")}
        elif method == "Network.dataReceived":
            n = int(p.get("encodedDataLength") or p.get("dataLength") or 0)
            r.bytes_received += n
            if p["requestId"] == self._main_request:
                self._doc_bytes += int(p.get("dataLength") or n)
                if self._doc_bytes > self.max_doc:
                    self._failure = PageTooLarge(f"the page itself is over {self.max_doc // 2**20} MB")
            if r.bytes_received > self.max_total:
                self._failure = PageTooLarge(f"the page and its files are over {self.max_total // 2**20} MB")
        elif method in ("Network.loadingFinished", "Network.loadingFailed"):
            self._inflight.discard(p["requestId"])
            if method == "Network.loadingFailed" and p["requestId"] == self._main_request and r.status is None:
                self._main_error = p.get("errorText", "failed")
                self._loaded.set()
        elif method == "Page.loadEventFired":
            self._loaded.set()
        elif method == "Page.javascriptDialogOpening":
            r.dialogs.append(f"{p.get('type')}: {p.get('message', '')[:500]}")
            self.post("Page.handleJavaScriptDialog", accept=False)
        elif method == "Page.downloadWillBegin" or method == "Browser.downloadWillBegin":
            r.blocked.append(f"download: {p.get('url', '')[:300]}")

    # -- the capture -----------------------------------------------------------------------------------------
    def _check(self) -> None:
        if self._failure is not None:
            raise self._failure
        if self.cancelled():
            raise Cancelled()

    async def _capture(self) -> None:
        r = self.result
        deadline = time.monotonic() + self.timeout_s
        tree = await self.send("Page.getFrameTree")
        self._frame_id = tree["frameTree"]["frame"]["id"]
        for method, params in (("Page.enable", {}), ("Network.enable", {}), ("Runtime.enable", {}),
                               ("Security.setIgnoreCertificateErrors", {"ignore": True}),
                               ("Fetch.enable", {"patterns": [{"urlPattern": "*"}]}),
                               ("Emulation.setDeviceMetricsOverride",
                                {"width": VIEWPORT[0], "height": VIEWPORT[1], "deviceScaleFactor": 1,
                                 "mobile": False})):
            await self.send(method, **params)
        for method in ("Browser.setDownloadBehavior", "Page.setDownloadBehavior"):
            with contextlib.suppress(CaptureError):
                await self.send(method, behavior="deny")
                break
        self.on_step("loading")
        nav = await self.send("Page.navigate", url=self.url)
        if nav.get("errorText"):
            raise CaptureError(f"the page could not be loaded ({nav['errorText']})")
        # Wait for the load event, then for the network to be quiet; a page that never settles is stopped at the
        # deadline and taken as it is.
        while not self._loaded.is_set() and time.monotonic() < deadline:
            self._check()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._loaded.wait(), 0.2)
        self._check()
        if self._main_error:
            raise CaptureError(f"the page could not be loaded ({self._main_error})")
        if r.status is None:
            raise CaptureError(f"no answer from the server within {self.timeout_s:g} s")
        settled = self._loaded.is_set()
        while settled:
            self._check()
            now = time.monotonic()
            if not self._inflight and now - self._last_activity >= SETTLE_QUIET_S:
                break
            if now >= deadline:
                settled = False
                break
            await asyncio.sleep(0.1)
        r.settled = settled
        if not settled:
            with contextlib.suppress(CaptureError):
                await self.send("Page.stopLoading")
        self._check()
        self.on_step("taking")
        await self._take()

    async def _take(self) -> None:
        r = self.result
        info = await self._eval("""(() => ({
            title: document.title || "",
            text: document.body ? document.body.innerText : "",
            password: !!Array.from(document.querySelectorAll('input[type=password]')).find(
                e => e.offsetWidth > 0 && e.offsetHeight > 0),
            href: location.href}))()""")
        r.title, r.text = str(info.get("title", "")), str(info.get("text", ""))
        r.has_password_field = bool(info.get("password"))
        r.final_url = r.final_url or str(info.get("href", ""))
        metrics = await self.send("Page.getLayoutMetrics")
        size = metrics.get("cssContentSize") or metrics.get("contentSize") or {}
        width = max(1, min(int(size.get("width", VIEWPORT[0])), 4 * VIEWPORT[0]))
        height = max(1, int(size.get("height", VIEWPORT[1])))
        r.page_size = (width, height)
        r.shot_truncated = height > MAX_SHOT_HEIGHT
        shot = await self.send("Page.captureScreenshot", format="png", captureBeyondViewport=True, fromSurface=True,
                               clip={"x": 0, "y": 0, "width": width, "height": min(height, MAX_SHOT_HEIGHT),
                                     "scale": 1})
        r.png = base64.b64decode(shot["data"])
        self._check()
        snap = await self.send("Page.captureSnapshot", format="mhtml")
        r.mhtml = snap["data"].encode("utf-8", "surrogateescape")
        if r.tls is not None and r.final_url.startswith("https://"):
            r.tls = await self._certificates(r.tls)

    async def _eval(self, expr: str) -> dict[str, Any]:
        res = await self.send("Runtime.evaluate", expression=expr, returnByValue=True, timeout=5000)
        return res.get("result", {}).get("value") or {}

    async def _certificates(self, tls: dict[str, Any]) -> dict[str, Any]:
        """The chain the server presented (DER, leaf first) from the browser, described with cryptography."""
        parts = urlsplit(self.result.final_url)
        origin = f"{parts.scheme}://{parts.netloc}"
        chain_b64: list[str] = []
        with contextlib.suppress(CaptureError):
            chain_b64 = (await self.send("Network.getCertificate", origin=origin)).get("tableNames", [])
        details = tls.get("details", {})
        state = tls.get("security_state", "")
        return {"protocol": tls.get("protocol"), "cipher": details.get("cipher"),
                "key_exchange": details.get("keyExchange") or details.get("keyExchangeGroup"),
                "subject": details.get("subjectName"), "issuer": details.get("issuer"),
                "valid_from": details.get("validFrom"), "valid_to": details.get("validTo"),
                "san": details.get("sanList", []),
                "security_state": state, "trusted": state == "secure",
                "certificate_errors_ignored": state != "secure",
                "chain": [describe_certificate(base64.b64decode(c)) for c in chain_b64]}


def _header(headers: dict[str, Any], name: str) -> str:
    return next((str(v) for k, v in headers.items() if k.lower() == name), "")


def describe_certificate(der: bytes) -> dict[str, Any]:
    """Subject, issuer, validity, serial and SHA-256 fingerprint of one DER certificate, plus its PEM."""
    import hashlib

    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    try:
        cert = x509.load_der_x509_certificate(der)
    except ValueError as exc:
        return {"error": f"unreadable certificate: {exc}", "sha256": hashlib.sha256(der).hexdigest()}
    return {"subject": cert.subject.rfc4514_string(), "issuer": cert.issuer.rfc4514_string(),
            "serial": format(cert.serial_number, "x"), "not_before": cert.not_valid_before_utc.isoformat(),
            "not_after": cert.not_valid_after_utc.isoformat(), "sha256": hashlib.sha256(der).hexdigest(),
            "pem": cert.public_bytes(Encoding.PEM).decode("ascii")}
