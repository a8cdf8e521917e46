"""Receive photos and videos from a phone over Wi-Fi, keeping the original bytes (issue 10).

Chat apps re-encode pictures and strip EXIF. Instead the desktop runs a small HTTP server on one LAN address while
the "Receive from phone" dialog (or ``evidenceapp receive``) is open; the phone scans a QR code of
``http://<lan-ip>:<port>/u/<token>`` and uploads files from a plain page. Each file streams through the same
copy-while-hashing import as ``add`` (``services.importing.import_stream``, source ``phone``): never held in memory,
and an interrupted upload leaves no item and no partial object.

API (Qt-free; the GUI wraps the callback in a signal)::

    rx = PhoneReceiver(app, on_event=callback, limits=ReceiveLimits(), ttl_seconds=900)
    url = rx.start(case_id, host=None, port=0)   # host None → lan_address(); port 0 → a free port
    rx.url, rx.token, rx.expires_at (UTC ISO), rx.running, rx.received (list[ReceivedFile])
    rx.qr_png(scale=8) / rx.qr_svg() -> bytes; rx.qr_matrix() -> list[list[bool]] (True = dark, with quiet zone)
    rx.stop()                                      # idempotent; also PhoneReceiver is a context manager

``callback(event: ReceiveEvent)`` runs on the server's threads (never the GUI thread): ``event.kind`` is
``"started"`` (a file began arriving), ``"progress"`` (``event.done`` bytes so far, at most 4 per second),
``"received"`` (a new item, ``event.file``), ``"duplicate"`` (the case already
had those bytes, ``event.file`` names the existing item), ``"failed"`` (``event.error`` is an error dict with a
stable ``code``: too large, interrupted, unreadable …) or ``"stopped"``.
Module helpers: ``lan_address()``, ``local_addresses()``, ``qr_png(url)``, ``qr_svg(url)``, ``qr_matrix(url)``,
``qr_terminal(url)``.

Abuse (slowloris, trickling uploads): connections are capped in total and per client address, must send their request
headers within ``HEADER_TIMEOUT`` (``receive_gate.Gate``) and are closed after one response; an upload that stalls
(nothing for ``IDLE_TIMEOUT``, or under ``STALL_MIN_BYTES`` per ``STALL_WINDOW``) is cut, its partial object dropped.

Security: the token has 192 random bits and is compared in constant time; it expires after ``ttl_seconds``
(15 minutes) or when the server stops (a new start makes a new token); any wrong token, path or method is a bare
404. The server binds only the address it is given — ``0.0.0.0`` only when the caller asks for it. Per-file and
per-session byte caps (default 4 GiB per file) and a file-count cap are enforced while streaming. The client's file
name is kept as metadata only (its last path component, escaped for display); storage paths come from the hash.

The event loop runs in its own thread; imports run in a small thread pool (each with its own SQLite connection).
The async multipart reader feeds a bounded in-memory pipe (at most ``PIPE_CHUNKS`` × ``CHUNK`` bytes per upload)
that ``import_stream`` reads as a blocking file, so memory stays flat whatever the file size.
"""

from __future__ import annotations

import asyncio
import collections
import concurrent.futures
import contextlib
import hmac
import io
import logging
import os
import secrets
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from aiohttp import BodyPartReader, ClientPayloadError, web
from aiohttp.http_exceptions import HttpProcessingError

from ...core.errors import (
    EvidenceError,
    ReceiveBadRequest,
    ReceiveBindFailed,
    ReceiveInterrupted,
    ReceiveTooLarge,
)
from ...core.models import Item
from ...core.names import display_name
from ...media import exif
from ..app import App
from ..cases import get_case
from ..importing import import_stream
from .gate import Gate
from .network import _url_host, lan_address

log = logging.getLogger(__name__)

GiB = 1024**3
CHUNK = 256 * 1024  # multipart read size: big enough for speed, small enough to keep the pipe small
PIPE_CHUNKS = 16  # chunks buffered per upload between the event loop and the import thread (≤ 4 MiB)
DEFAULT_TTL = 15 * 60
MAX_NAME_CHARS = 255
PROGRESS_EVERY = 0.25  # seconds between "progress" events for one file
IDLE_TIMEOUT = 30.0  # seconds without a byte before an upload counts as interrupted
# Under abuse (issue 15): a slow or stalled sender must not hold a descriptor or one of the two import threads.
HEADER_TIMEOUT = 10.0  # a connection's request headers (and each multipart part's headers) must arrive by then
STALL_WINDOW = 30.0  # an upload must move at least STALL_MIN_BYTES in every such window (not counting our own
STALL_MIN_BYTES = 32 * 1024  # waits on the import): ~1 KiB/s, far below any phone on Wi-Fi, far above a trickle
MAX_CONNECTIONS = 64  # open at once, in total …
MAX_PER_CLIENT = 8  # … and per client address (a phone needs 2: the page and an upload)


@dataclass(frozen=True)
class ReceiveLimits:
    max_file_bytes: int = 4 * GiB
    max_session_bytes: int = 32 * GiB
    max_files: int = 1000


@dataclass
class ReceivedFile:
    """What arrived, as the phone's page and the GUI show it."""

    name: str  # client-supplied name, metadata only (escaped, last path component)
    item_id: str
    sha256: str
    size: int
    mime: str
    format: str  # short label: JPEG, HEIC, MP4 …
    kind: str
    exif: bool | None  # None for files that cannot carry EXIF (video, text…)
    captured_at: str
    duplicate: bool

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class ReceiveEvent:
    kind: str  # started | progress | received | duplicate | failed | stopped
    name: str = ""
    done: int = 0  # bytes received so far for this file (progress, received, failed)
    file: ReceivedFile | None = None
    error: dict[str, Any] | None = None
    client: str = ""


EventFn = Callable[[ReceiveEvent], None]


# ---------------------------------------------------------------------------------------------------------------
# Network helpers








# ---------------------------------------------------------------------------------------------------------------
# QR code (segno): the GUI draws the PNG/SVG or the matrix; the CLI prints the terminal rendering


def _qr(url: str):
    import segno

    return segno.make(url, error="m", micro=False)


def qr_matrix(url: str, border: int = 4) -> list[list[bool]]:
    return [[bool(v) for v in row] for row in _qr(url).matrix_iter(scale=1, border=border)]


def qr_png(url: str, scale: int = 8, border: int = 4) -> bytes:
    buf = io.BytesIO()
    _qr(url).save(buf, kind="png", scale=scale, border=border)
    return buf.getvalue()


def qr_svg(url: str, scale: int = 8, border: int = 4) -> bytes:
    buf = io.BytesIO()
    _qr(url).save(buf, kind="svg", scale=scale, border=border, xmldecl=False)
    return buf.getvalue()


def qr_terminal(url: str) -> str:
    """Half-block rendering for a terminal with light text on a dark background (segno's compact mode)."""
    buf = io.StringIO()
    _qr(url).terminal(out=buf, compact=True)
    return buf.getvalue()


# ---------------------------------------------------------------------------------------------------------------
# The bridge from aiohttp's async part reader to import_stream's blocking read


class _Pipe(io.RawIOBase):
    """A bounded byte pipe: the event loop puts chunks, an import thread reads them as a file.

    ``abort(exc)`` makes the reader raise ``exc`` (so the object store drops its temp file); when the reader is gone
    ``put`` raises instead of waiting forever.
    """

    def __init__(self, loop: asyncio.AbstractEventLoop, max_chunks: int = PIPE_CHUNKS) -> None:
        super().__init__()
        self._loop = loop
        self._max = max_chunks
        self._chunks: collections.deque[memoryview] = collections.deque()
        self._cv = threading.Condition()
        self._space = asyncio.Event()
        self._eof = False
        self._error: BaseException | None = None
        self._reader_done = False

    # -- event-loop side
    async def put(self, chunk: bytes) -> None:
        while True:
            with self._cv:
                if self._reader_done or self._error is not None:
                    raise ReceiveInterrupted("the import stopped", path="")
                if len(self._chunks) < self._max:
                    self._chunks.append(memoryview(chunk))
                    self._cv.notify()
                    return
                self._space.clear()  # under the lock: a reader's later pop sets it again
            await self._space.wait()

    def finish(self) -> None:
        with self._cv:
            self._eof = True
            self._cv.notify_all()

    def abort(self, exc: BaseException) -> None:
        with self._cv:
            if self._error is None:
                self._error = exc
            self._chunks.clear()
            self._cv.notify_all()

    def reader_done(self) -> None:
        with self._cv:
            self._reader_done = True
            self._chunks.clear()
        self._space.set()

    # -- import-thread side
    def readable(self) -> bool:
        return True

    def readinto(self, buf: Any) -> int:  # type: ignore[override]
        with self._cv:
            while not self._chunks and not self._eof and self._error is None:
                self._cv.wait()
            if self._error is not None:
                raise self._error
            if not self._chunks:
                return 0
            head = self._chunks[0]
            n = min(len(buf), len(head))
            memoryview(buf)[:n] = head[:n]
            if n == len(head):
                self._chunks.popleft()
            else:
                self._chunks[0] = head[n:]
        with contextlib.suppress(RuntimeError):  # the loop is closing: nobody waits for space any more
            self._loop.call_soon_threadsafe(self._space.set)
        return n


# ---------------------------------------------------------------------------------------------------------------
# What arrived


_FORMATS = {
    "image/jpeg": "JPEG", "image/png": "PNG", "image/gif": "GIF", "image/webp": "WebP", "image/heic": "HEIC",
    "image/avif": "AVIF", "image/tiff": "TIFF", "image/bmp": "BMP", "video/mp4": "MP4", "video/quicktime": "MOV",
    "video/x-matroska": "MKV/WebM", "application/pdf": "PDF", "text/plain": "text",
}
_EXIF_CAPABLE = {"image/jpeg", "image/png", "image/webp", "image/heic", "image/avif", "image/tiff"}


def _has_exif(path: Any, mime: str, item: Item) -> bool | None:
    """Whether the stored file carries an EXIF block (capture time, camera); None when the format has none.

    Reads only the head of the file: JPEG keeps EXIF in an APP1 segment near the start, PNG in an eXIf chunk, HEIC
    in an item the first 4 MiB hold in practice. The metadata the media layer extracted counts too.
    """
    if mime not in _EXIF_CAPABLE:
        return None
    if item.captured_at_source.startswith("exif") or item.camera_make or item.camera_model:
        return True
    try:
        with open(path, "rb") as f:
            if mime == "image/jpeg":
                return bool(exif.jpeg_exif_block(f))  # the media layer's reader: APP1 segments up to the image
            head = f.read(4 * 1024 * 1024)
    except OSError:
        return False
    if mime == "image/png":
        return b"eXIf" in head
    return b"Exif\x00\x00" in head  # WebP EXIF chunk, HEIC/AVIF Exif item (TIFF header follows the marker)


def client_name(raw: str | None) -> str:
    """The client's file name as metadata: last path component only, escaped, bounded."""
    # Browsers escape only these three in a multipart file name (HTML spec); anything else is as the client sent it.
    name = (raw or "").replace("%22", '"').replace("%0D", "\r").replace("%0A", "\n")
    name = name.replace("\\", "/").rsplit("/", 1)[-1].strip()
    if name in ("", ".", ".."):
        name = "upload"
    return display_name(name)[:MAX_NAME_CHARS]


# ---------------------------------------------------------------------------------------------------------------
# The server


class PhoneReceiver:
    def __init__(self, app: App, on_event: EventFn | None = None, limits: ReceiveLimits | None = None,
                 ttl_seconds: float = DEFAULT_TTL) -> None:
        self.app = app
        self.on_event = on_event
        self.limits = limits or ReceiveLimits()
        self.ttl_seconds = ttl_seconds
        self.case_id = ""
        self.url = ""
        self.token = ""
        self.expires_at = ""
        self.received: list[ReceivedFile] = []
        self.bound: tuple[str, int] = ("", 0)
        self._deadline = 0.0
        self._session_bytes = 0
        self._files = 0
        self._pipes: set[_Pipe] = set()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._stop_requested = asyncio.Event()
        self._pool: concurrent.futures.ThreadPoolExecutor | None = None
        self._lock = threading.Lock()
        self.gate: Gate | None = None  # admission control of the running server (counts drops, for tests)

    # -- lifecycle
    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def deadline(self) -> float:
        """``time.monotonic()`` value after which the token no longer works."""
        return self._deadline

    @property
    def expired(self) -> bool:
        return time.monotonic() >= self._deadline

    def start(self, case_id: str, host: str | None = None, port: int = 0) -> str:
        """Start serving uploads into ``case_id``; return the URL to show (and to encode in the QR code)."""
        if self.running:
            raise RuntimeError("already running")
        case = get_case(self.app, case_id)
        host = host or lan_address()
        try:
            family = socket.AF_INET6 if ":" in host else socket.AF_INET
            sock = socket.socket(family, socket.SOCK_STREAM)
            if os.name == "posix":  # lets a restart reuse the port; on Windows the same flag allows hijacking it
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((host, port))
            sock.listen(128)
            sock.setblocking(False)
        except OSError as exc:
            with contextlib.suppress(NameError):
                sock.close()
            raise ReceiveBindFailed(exc.strerror or str(exc), host=host, port=port) from exc
        self.bound = sock.getsockname()[:2]
        self.case_id = case.id
        self._case_label = f"{case.title} — {case.order_no}"
        self.token = secrets.token_urlsafe(24)  # 192 bits
        self._deadline = time.monotonic() + self.ttl_seconds
        self.expires_at = (datetime.now(UTC) + timedelta(seconds=self.ttl_seconds)).strftime("%Y-%m-%dT%H:%M:%SZ")
        self._session_bytes = 0
        self._files = 0
        self.received = []
        self.url = f"http://{_url_host(host)}:{self.bound[1]}/u/{self.token}"
        self._pool = concurrent.futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix="receive-import")
        ready = threading.Event()
        failure: list[BaseException] = []
        self._thread = threading.Thread(target=self._serve, args=(sock, ready, failure), name="receive-http",
                                        daemon=True)
        self._thread.start()
        ready.wait(30)
        if failure:
            self._thread.join(5)
            self._pool.shutdown(wait=False)
            self._thread = self._loop = self._pool = None
            self.token = ""
            raise ReceiveBindFailed(str(failure[0]), host=host, port=port)
        log.info("receiving for case %s on %s:%s until %s", case.id[:8], *self.bound, self.expires_at)
        return self.url

    def stop(self) -> None:
        """Stop serving: the token dies, uploads in flight are aborted (nothing half-imported), threads end."""
        thread, loop = self._thread, self._loop
        self.token = ""  # any request still arriving is now a wrong token
        if thread is None or loop is None:
            return
        with self._lock:
            pipes = list(self._pipes)
        for pipe in pipes:
            pipe.abort(ReceiveInterrupted("the receiver was closed", path=""))
        with contextlib.suppress(RuntimeError):  # the loop already ended
            loop.call_soon_threadsafe(self._stop_requested.set)
        thread.join(30)
        log.info("receiving stopped: %d file(s) received, %d upload(s) aborted", len(self.received), len(pipes))
        if self._pool is not None:
            self._pool.shutdown(wait=True)
        self._thread = self._loop = self._pool = None
        self._emit(ReceiveEvent("stopped"))

    def __enter__(self) -> PhoneReceiver:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- QR code of the current URL
    def qr_png(self, scale: int = 8) -> bytes:
        return qr_png(self.url, scale)

    def qr_svg(self, scale: int = 8) -> bytes:
        return qr_svg(self.url, scale)

    def qr_matrix(self) -> list[list[bool]]:
        return qr_matrix(self.url)

    # -- event loop thread
    def _serve(self, sock: socket.socket, ready: threading.Event, failure: list[BaseException]) -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        self._loop = loop
        try:
            loop.run_until_complete(self._main(sock, ready, failure))
        except BaseException as exc:  # reported to start(), which raises it in the caller's thread
            failure.append(exc)
        finally:
            ready.set()
            try:
                # like asyncio.run(): end what is left (a handler still waiting on a stuck import) before closing
                tasks = asyncio.all_tasks(loop)
                for task in tasks:
                    task.cancel()
                if tasks:
                    loop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))
                loop.run_until_complete(loop.shutdown_asyncgens())
            finally:
                asyncio.set_event_loop(None)
                loop.close()

    async def _main(self, sock: socket.socket, ready: threading.Event, failure: list[BaseException]) -> None:
        self._stop_requested = asyncio.Event()
        webapp = web.Application(middlewares=[_bare_errors], client_max_size=64 * 1024)
        webapp.router.add_get("/u/{token}", self._page)
        webapp.router.add_post("/u/{token}/files", self._upload)
        webapp.on_response_prepare.append(_headers)
        runner = web.AppRunner(webapp, access_log=None, handle_signals=False, shutdown_timeout=2.0)
        try:
            await runner.setup()
            assert runner.server is not None
            self.gate = Gate(runner.server, total=MAX_CONNECTIONS, per_client=MAX_PER_CLIENT,
                             header_timeout=HEADER_TIMEOUT)
            server = await asyncio.get_running_loop().create_server(self.gate, sock=sock)
        except Exception as exc:
            failure.append(exc)
            sock.close()
            await runner.cleanup()
            return
        ready.set()
        await self._stop_requested.wait()
        server.close()  # no new connections
        await runner.cleanup()  # lets handlers answer (their pipes were aborted), then ends the connections

    # -- request handlers
    def _token_ok(self, token: str) -> bool:
        good = self.token
        return bool(good) and hmac.compare_digest(token.encode(), good.encode()) and time.monotonic() < self._deadline

    async def _page(self, request: Any) -> Any:
        from .page import render_page

        if not self._token_ok(request.match_info["token"]):
            raise web.HTTPNotFound()
        nonce = secrets.token_urlsafe(16)
        lang = request.query.get("lang") or request.headers.get("Accept-Language", "")
        html = render_page(lang, nonce=nonce, case_label=self._case_label,
                           max_file_bytes=self.limits.max_file_bytes, expires_at=self.expires_at,
                           action=f"/u/{self.token}/files")
        resp = web.Response(text=html, content_type="text/html", charset="utf-8")
        resp.headers["Content-Security-Policy"] = (
            f"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; connect-src 'self';"
            " img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
        return resp

    async def _upload(self, request: Any) -> Any:
        if not self._token_ok(request.match_info["token"]):
            raise web.HTTPNotFound()
        client = request.remote or ""
        length = request.content_length
        if length is not None and length > self.limits.max_session_bytes - self._session_bytes + 64 * 1024:
            err = ReceiveTooLarge(path="", limit=self.limits.max_session_bytes, scope="this session")
            self._emit(ReceiveEvent("failed", error=err.to_dict(), client=client))
            return _error_response(413, err)
        if not request.content_type.startswith("multipart/"):
            return _error_response(400, ReceiveBadRequest("expected multipart/form-data"))
        files: list[dict[str, Any]] = []
        try:
            reader = await request.multipart()
            while True:
                async with asyncio.timeout(HEADER_TIMEOUT):  # a part's headers, trickled, would hold the request
                    part = await reader.next()
                if part is None:
                    break
                if not isinstance(part, BodyPartReader) or not part.filename:
                    # form fields and nested multiparts are not files; an empty name is a form sent with no file
                    await part.release()
                    continue
                rec = await self._receive_part(part, client)
                files.append(rec.to_json())
        except EvidenceError as exc:
            status = 413 if isinstance(exc, ReceiveTooLarge) else 400
            return _error_response(status, exc, files)
        except TimeoutError:
            return _error_response(400, ReceiveInterrupted(f"no part headers within {HEADER_TIMEOUT:.0f} s",
                                                           path=""), files)
        except (ConnectionError, ValueError, OSError, ClientPayloadError, HttpProcessingError) as exc:
            # the phone went away or sent a broken body; what was complete is kept, the rest was dropped
            return _error_response(400, ReceiveInterrupted(str(exc) or type(exc).__name__, path=""), files)
        if _wants_html(request):
            from .page import render_result

            lang = request.headers.get("Accept-Language", "")
            return web.Response(text=render_result(lang, files), content_type="text/html", charset="utf-8")
        return web.json_response({"files": files})

    async def _receive_part(self, part: Any, client: str) -> ReceivedFile:
        name = client_name(part.filename)
        for header in ("Content-Transfer-Encoding", "Content-Encoding"):
            value = part.headers.get(header, "").lower()
            if value and value not in ("binary", "8bit", "7bit", "identity"):
                # we store what arrives; an encoded body would not be the phone's file
                raise ReceiveBadRequest(f"{header}: {value}")
        with self._lock:
            if self._files >= self.limits.max_files:
                too_many = ReceiveTooLarge(path=name, limit=self.limits.max_files, scope="files per session")
                self._emit(ReceiveEvent("failed", name=name, error=too_many.to_dict(), client=client))
                raise too_many
            self._files += 1
        self._emit(ReceiveEvent("started", name=name, client=client))
        loop = asyncio.get_running_loop()
        pipe = _Pipe(loop)
        with self._lock:
            self._pipes.add(pipe)
        assert self._pool is not None
        fut = loop.run_in_executor(self._pool, self._import, pipe, name)
        fut.add_done_callback(lambda _f: pipe.reader_done())
        got = 0
        last_progress = window_start = time.monotonic()
        window_got = 0
        try:
            while not part.at_eof():
                async with asyncio.timeout(IDLE_TIMEOUT):  # a phone that went to sleep mid-upload
                    chunk = await part.read_chunk(CHUNK)
                now = time.monotonic()
                if now - window_start >= STALL_WINDOW:  # a trickle: alive, but would hold an import thread for hours
                    if window_got + len(chunk) < STALL_MIN_BYTES:
                        raise ReceiveInterrupted(f"stalled: {window_got + len(chunk)} bytes in {now - window_start:.0f}"
                                                 f" s, under {STALL_MIN_BYTES} bytes per {STALL_WINDOW:.0f} s", path=name)
                    window_start, window_got = now, 0
                if not chunk:
                    continue
                got += len(chunk)
                window_got += len(chunk)
                with self._lock:
                    self._session_bytes += len(chunk)
                    session = self._session_bytes
                if got > self.limits.max_file_bytes:
                    raise ReceiveTooLarge(path=name, limit=self.limits.max_file_bytes, scope="one file")
                if session > self.limits.max_session_bytes:
                    raise ReceiveTooLarge(path=name, limit=self.limits.max_session_bytes, scope="this session")
                waited = time.monotonic()
                await pipe.put(chunk)
                window_start += time.monotonic() - waited  # the import being slow is not the sender stalling
                if time.monotonic() - last_progress >= PROGRESS_EVERY:
                    last_progress = time.monotonic()
                    self._emit(ReceiveEvent("progress", name=name, done=got, client=client))
            pipe.finish()
            rec: ReceivedFile = await fut
        except BaseException as exc:
            if isinstance(exc, EvidenceError):
                err: EvidenceError = exc
            elif isinstance(exc, TimeoutError):
                err = ReceiveInterrupted(f"nothing arrived for {IDLE_TIMEOUT:.0f} s", path=name)
            else:
                err = ReceiveInterrupted(str(exc) or type(exc).__name__, path=name)
            pipe.abort(err)
            if isinstance(exc, asyncio.CancelledError | GeneratorExit):
                raise
            with contextlib.suppress(Exception):
                await fut  # let the import thread drop its temp file before we answer
            cause = fut.exception() if fut.done() and not fut.cancelled() else None
            if isinstance(cause, EvidenceError) and cause is not err:
                err = cause  # the import's own reason (disk full …) beats "the import stopped"
            log.warning("phone upload failed after %d bytes: %s", got, err.code)
            self._emit(ReceiveEvent("failed", name=name, error=err.to_dict(), client=client, done=got))
            if err is exc:
                raise
            raise err from exc
        finally:
            with self._lock:
                self._pipes.discard(pipe)
        with self._lock:
            self.received.append(rec)
        log.info("phone upload stored: %s, %d bytes%s", rec.mime, rec.size, " (duplicate)" if rec.duplicate else "")
        self._emit(ReceiveEvent("duplicate" if rec.duplicate else "received", name=name, file=rec, client=client,
                                done=got))
        return rec

    def _import(self, pipe: _Pipe, name: str) -> ReceivedFile:
        """Runs in the pool: the same import as ``add``, reading the pipe as the file."""
        item, dup = import_stream(self.app, self.case_id, pipe, original_name=name, source="phone")
        path = self.app.objects.path_for(item.sha256)
        return ReceivedFile(
            name=name, item_id=item.id, sha256=item.sha256, size=item.size, mime=item.mime,
            format=_FORMATS.get(item.mime, item.mime.split("/")[-1].upper() or "?"), kind=item.kind,
            exif=_has_exif(path, item.mime, item), captured_at=item.captured_at, duplicate=dup is not None,
        )

    def _emit(self, event: ReceiveEvent) -> None:
        if self.on_event is None:
            return
        try:
            self.on_event(event)
        except Exception:  # a broken listener must not break an upload
            log.exception("receive event listener failed")


def _wants_html(request: Any) -> bool:
    """A plain form post (no JavaScript) gets a page back; the page's XHR asks for JSON."""
    return "application/json" not in request.headers.get("Accept", "") and \
        request.headers.get("X-Requested-With", "") != "XMLHttpRequest"


def _error_response(status: int, err: EvidenceError, files: list[dict[str, Any]] | None = None) -> Any:
    return web.json_response({"error": err.to_dict(), "files": files or []}, status=status)


@web.middleware
async def _bare_errors(request: web.Request, handler: Any) -> web.StreamResponse:
    """Unknown paths, wrong tokens and wrong methods all look the same: a bare 404."""
    try:
        return await handler(request)
    except web.HTTPException as exc:
        if exc.status in (404, 405):
            return web.Response(status=404, text="")
        raise


async def _headers(request: Any, response: Any) -> None:
    response.force_close()  # one request per connection: a kept-alive connection would escape the header deadline
    response.headers.pop("Server", None)
    response.headers["Cache-Control"] = "no-store"
    response.headers["Referrer-Policy"] = "no-referrer"  # the token is in the URL
    response.headers["X-Content-Type-Options"] = "nosniff"
