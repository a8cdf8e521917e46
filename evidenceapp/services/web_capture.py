"""Web page capture (网页取证) as a use case: one URL → one capture of four items of kind ``web``.

    cap = capture_web(app, case_id, url, allow_private=False, timeout_s=30, progress=…, cancel=…)
    cap.capture_id, cap.final_url, cap.http_status, cap.items   # items: [{"item_id", "kind", "sha256", "name",
                                                                 #          "role"}]

The four files, each an item linked to the capture by ``metadata["web_capture"]["capture_id"]``: the full-page PNG
(``page``), the MHTML snapshot (``mhtml``), the visible text (``text``, also put into the case's full-text search
like OCR text) and ``capture.json`` (``record``: request, final URL, redirects, status, response headers, TLS
certificate chain, times, the hashes of the other three). When a timestamp authority is configured, the record's
hash is timestamped (RFC 3161, services/proof/timestamping.py): the record names the other hashes, so one token covers
the capture. The journal holds ``web_capture_requested`` before anything is fetched, ``item_added`` per file and
``web_captured`` (or ``web_capture_failed``) with the hashes.

Safety: only http(s); addresses that resolve to this computer or a private network are refused unless the user
confirms (``allow_private``), for the first request and every later one (redirects, images, scripts); a page that
shows a login form on a shopping platform's login host raises ``WebLoginRequired`` (nothing stored): the buyer's
session is never used and their password never asked for.
"""

from __future__ import annotations

import ipaddress
import json
import socket
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from .. import __version__
from ..core.errors import Cancelled, UrlRefused, WebCaptureFailed, WebLoginRequired
from ..core.names import safe_component
from ..core.progress import CancelToken, Progress, ProgressFn, no_progress
from ..store import journal_repo
from .app import App
from .cases import get_case

TIMEOUT_S = 30.0
KIND = "web"
SOURCE = "web"
MIMES = {"page": "image/png", "mhtml": "multipart/related", "text": "text/plain", "record": "application/json"}
# Where Taobao/Tmall/JD/Pinduoduo/Douyin send a visitor who is not logged in.
LOGIN_HOSTS = ("login.taobao.com", "login.tmall.com", "login.m.taobao.com", "passport.jd.com", "plogin.m.jd.com",
               "mobile.yangkeduo.com/login", "passport.alibaba.com", "login.aliexpress.com", "sso.douyin.com")
_LOGIN_WORDS = ("login", "signin", "sign-in", "passport", "logon")


@dataclass
class WebCapture:
    capture_id: str
    url: str
    final_url: str
    http_status: int | None
    items: list[dict[str, Any]] = field(default_factory=list)
    settled: bool = True
    timestamped: bool = False
    record: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"capture_id": self.capture_id, "url": self.url, "final_url": self.final_url,
                "http_status": self.http_status, "settled": self.settled, "timestamped": self.timestamped,
                "items": self.items}


# -- URL policy --------------------------------------------------------------------------------------------------
def is_private_address(ip: str) -> bool:
    addr = ipaddress.ip_address(ip.split("%")[0])
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped
    return not addr.is_global or addr.is_multicast


def host_is_private(host: str) -> bool:
    """True when ``host`` is, or resolves to, an address on this computer or a private/reserved network (any of
    its addresses: a name that also resolves inside the network is treated as inside)."""
    host = host.strip("[]").lower()
    if not host or host == "localhost" or host.endswith((".localhost", ".local", ".internal")):
        return True
    try:
        return is_private_address(host)
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, None)
    except (OSError, UnicodeError):
        return False  # unresolvable: the browser will fail on it too, and say so
    return any(is_private_address(str(info[4][0])) for info in infos)


def check_url(url: str, allow_private: bool = False) -> str:
    """The URL to open, or ``UrlRefused``: http(s) only; no file:, no private network unless confirmed."""
    url = url.strip()
    if "://" not in url and not url.lower().startswith(("file:", "data:", "javascript:", "about:", "chrome")):
        url = "https://" + url  # "item.taobao.com/…" typed without a scheme
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise UrlRefused(f"only http:// and https:// pages are captured, not {parts.scheme}:", url=url[:200])
    if not parts.hostname:
        raise UrlRefused("the address has no host name", url=url[:200])
    if parts.username or parts.password:
        raise UrlRefused("addresses with a user name or password are not opened (never give the app a password)",
                         url=f"{parts.scheme}://{parts.hostname}")
    if not allow_private and host_is_private(parts.hostname):
        raise UrlRefused("it points to this computer or a private network; confirm it to capture it anyway"
                         " (--allow-private)", url=url[:200], private=True)
    return url


class _HostPolicy:
    """The browser asks for every request; answers are cached per host (one DNS lookup each)."""

    def __init__(self, allow_private: bool) -> None:
        self.allow_private = allow_private
        self._cache: dict[str, bool] = {}

    def __call__(self, host: str) -> bool:
        if self.allow_private:
            return True
        if host not in self._cache:
            self._cache[host] = not host_is_private(host)
        return self._cache[host]


def login_required(final_url: str, has_password_field: bool) -> bool:
    parts = urlsplit(final_url)
    where = f"{parts.hostname or ''}{parts.path}".lower()
    if any(where.startswith(h) for h in LOGIN_HOSTS):
        return True
    return has_password_field and any(w in where for w in _LOGIN_WORDS)


# -- the use case ------------------------------------------------------------------------------------------------
def _utc(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _local(ts: float) -> str:
    return datetime.fromtimestamp(ts).astimezone().isoformat(timespec="seconds")


def capture_web(app: App, case_id: str, url: str, allow_private: bool = False, timeout_s: float = TIMEOUT_S,
                progress: ProgressFn = no_progress, cancel: CancelToken | None = None,
                max_document_bytes: int | None = None) -> WebCapture:
    from ..capture import browser

    case = get_case(app, case_id)
    url = check_url(url, allow_private)
    chromium = browser.find_chromium()
    if chromium is None:
        raise WebCaptureFailed("no Chromium or Chrome browser was found on this computer (install chromium)",
                               url=url)
    capture_id = uuid.uuid4().hex
    steps = {"loading": 1, "taking": 2}
    progress(Progress(0, 4, "starting the browser"))
    with app.db.tx() as con:
        journal_repo.append(con, case.id, "web_capture_requested", {
            "capture_id": capture_id, "url": url, "allow_private": allow_private, "timeout_s": timeout_s})
    limits = {} if max_document_bytes is None else {"max_document_bytes": max_document_bytes}
    try:
        page = browser.capture_page(
            url, chromium, _HostPolicy(allow_private), timeout_s=timeout_s,
            cancelled=(lambda: cancel is not None and cancel.cancelled),
            on_step=lambda s: progress(Progress(steps.get(s, 0), 4, s)), **limits)
        if login_required(page.final_url, page.has_password_field):
            raise WebLoginRequired("it shows a login form instead of the page", url=page.final_url or url)
    except browser.Cancelled:
        _failed(app, case.id, capture_id, url, "E_CANCELLED", "cancelled")
        raise Cancelled("web capture") from None
    except (browser.BrowserMissing, browser.CaptureError) as exc:
        err = WebCaptureFailed(str(exc), url=url)
        _failed(app, case.id, capture_id, url, err.code, str(exc))
        raise err from None
    except WebLoginRequired as exc:
        _failed(app, case.id, capture_id, url, exc.code, exc.message)
        raise
    progress(Progress(3, 4, "storing"))
    return _store(app, case, capture_id, url, page, allow_private)


def _failed(app: App, case_id: str, capture_id: str, url: str, code: str, detail: str) -> None:
    with app.db.tx() as con:
        journal_repo.append(con, case_id, "web_capture_failed",
                            {"capture_id": capture_id, "url": url, "code": code, "detail": detail[:500]})


def _store(app: App, case: Any, capture_id: str, url: str, page: Any, allow_private: bool) -> WebCapture:
    from . import ocr
    from .proof import timestamping

    host = safe_component(urlsplit(page.final_url or url).hostname or "page", "page")
    stamp = datetime.fromtimestamp(page.started_utc).strftime("%Y%m%d-%H%M%S")
    base = f"web-{host}-{stamp}"
    link = {"capture_id": capture_id, "url": url, "final_url": page.final_url, "captured_at": _utc(page.started_utc)}
    files = [("page", f"{base}.png", page.png), ("mhtml", f"{base}.mhtml", page.mhtml),
             ("text", f"{base}.txt", page.text.encode("utf-8"))]
    items: list[dict[str, Any]] = []
    when = _utc(page.started_utc)[:19] + "Z"

    def add(role: str, name: str, data: bytes) -> Any:
        item, _dup = _add_file(app, case.id, data, name, MIMES[role], when, {**link, "role": role})
        items.append({"item_id": item.id, "kind": item.kind, "sha256": item.sha256, "name": item.original_name,
                      "role": role, "size": item.size})
        return item

    text_item = None
    for role, name, data in files:
        it = add(role, name, data)
        if role == "text":
            text_item = it
    record = {
        "format": "evidenceapp web capture 1", "capture_id": capture_id, "requested_url": url,
        "final_url": page.final_url, "http_status": page.status, "status_text": page.status_text,
        "mime": page.mime, "remote_address": page.remote_address, "redirects": page.redirects,
        "response_headers": page.headers, "tls": page.tls, "title": page.title,
        "started_utc": _utc(page.started_utc), "finished_utc": _utc(page.finished_utc),
        "started_local": _local(page.started_utc), "settled": page.settled,
        "screenshot": {"page_size_css_px": list(page.page_size), "truncated": page.shot_truncated},
        "dialogs_dismissed": page.dialogs, "requests_blocked": page.blocked, "bytes_received": page.bytes_received,
        "allow_private": allow_private, "browser": page.browser, "app": f"evidenceapp {__version__}",
        "files": [{k: i[k] for k in ("role", "name", "sha256", "size")} for i in items],
    }
    data = json.dumps(record, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
    rec_item = add("record", f"{base}.json", data)
    if text_item is not None and page.text.strip():
        ocr.store_plain_text(app, text_item, SOURCE, page.text)
    ts = timestamping.timestamp_object(app, case.id, rec_item.sha256, what="web capture")
    result = WebCapture(capture_id, url, page.final_url, page.status, items, page.settled,
                        bool(ts is not None and ts.ok), record)
    with app.db.tx() as con:
        journal_repo.append(con, case.id, "web_captured", {
            "capture_id": capture_id, "url": url, "final_url": page.final_url, "http_status": page.status,
            "settled": page.settled, "redirects": len(page.redirects), "dialogs": len(page.dialogs),
            "blocked": len(page.blocked), "tls_trusted": (page.tls or {}).get("trusted"),
            "timestamped": result.timestamped,
            "items": [{k: i[k] for k in ("item_id", "role", "sha256", "size")} for i in items]})
    return result


def _add_file(app: App, case_id: str, data: bytes, name: str, mime: str, when: str, link: dict[str, Any]) -> Any:
    """One file of the capture as an item of kind ``web``, its capture time the page's, linked to the capture.
    The type is ours to state (we wrote the file): a sniffer would call the MHTML and the JSON "text"."""
    import io

    from .importing import import_stream

    return import_stream(app, case_id, io.BytesIO(data), original_name=name, source=SOURCE, kind=KIND,
                         extra={"captured_at": when, "captured_at_source": SOURCE, "mime": mime, "flags": [],
                                "metadata": {"web_capture": link}})


def captures(app: App, case_id: str) -> dict[str, list[Any]]:
    """The case's web captures: capture id → its items (page, mhtml, text, record)."""
    from ..store import items_repo

    out: dict[str, list[Any]] = {}
    for item in items_repo.for_case(app.db.con, case_id):
        link = item.metadata.get("web_capture") if isinstance(item.metadata, dict) else None
        if item.kind == KIND and link:
            out.setdefault(link["capture_id"], []).append(item)
    return out


# -- quoting the listing in the dossier --------------------------------------------------------------------------
_QUOTE = {
    "zh_CN": "网页于 {when} 显示：“{quote}”（{url}）",
    "en": "the page said \u201c{quote}\u201d on {when} ({url})",
    "fr": "la page indiquait « {quote} » le {when} ({url})",
}


def quote_claim(app: App, case_id: str, item_key: str, phrase: str, lang: str | None = None) -> Any:
    """Put a claim the page made ("100% cotton") into the dossier: checked against the captured text (a quote
    that is not in the capture is refused), then written as the "what it proves" of the capture's screenshot, so
    the exhibit list shows it beside the exhibit number. Journalled as an item edit."""
    from ..core import textindex, times
    from ..core.errors import InvalidInput
    from ..core.langs import normalize_lang
    from ..store import text_repo
    from .items import edit_item, resolve_item
    from .recording import case_language

    case = get_case(app, case_id)
    item = resolve_item(app, case.id, item_key)
    link = item.metadata.get("web_capture") if isinstance(item.metadata, dict) else None
    if item.kind != KIND or not link:
        raise InvalidInput("not a web page capture", field="item")
    parts = captures(app, case.id).get(link["capture_id"], [item])
    text_item = next((i for i in parts if i.metadata["web_capture"].get("role") == "text"), None)
    row = text_repo.get_text(app.db.con, text_item.id) if text_item is not None else None
    phrase = " ".join(phrase.split())
    needle = textindex.tokens(phrase)
    if not needle or row is None or not textindex.contains(textindex.tokens(row["text"]), needle):
        raise InvalidInput(f"the captured page does not contain {phrase[:80]!r}", field="quote")
    shot = next((i for i in parts if i.metadata["web_capture"].get("role") == "page"), item)
    # In the case's zone, named, as the dossier shows every time (core.times).
    zone = times.case_zone(case.platform)
    lang = normalize_lang(lang) if lang else case_language(case)
    when = times.with_zone(times.fmt(link["captured_at"], zone, seconds=False), zone, lang)
    text = _QUOTE.get(lang, _QUOTE["en"]).format(quote=phrase, when=when, url=link.get("final_url") or link["url"])
    proves = f"{shot.proves}\n{text}" if shot.proves and text not in shot.proves else text
    return edit_item(app, shot.id, proves=proves)
