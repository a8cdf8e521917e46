"""Chat text of a case: OCR of screenshots, pasted chat text, full-text search.

The text is derived data: kept per item in the database (searchable, FTS5) and, for OCR, cached as
``derived/<sha256>/ocr.json`` so the same screenshot in two cases is read once. Recording it is journalled (item,
source, engine, SHA-256 of the text), so a dossier quoting the text can say where it came from.
The GUI runs ``ocr_case`` in a worker (progress + cancel); nothing here blocks on Qt.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..core import textindex
from ..core.errors import Cancelled, EvidenceError, InvalidInput, NotFound
from ..core.journal import now_utc
from ..core.models import Item
from ..core.progress import CancelToken, Progress, ProgressFn, no_progress
from ..media import ocr
from ..store import items_repo, journal_repo, text_repo
from .app import App
from .importing import add_bytes

OCR_CACHE = "ocr.json"


@dataclass
class OcrReport:
    done: list[str] = field(default_factory=list)  # item ids
    errors: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0
    cancelled: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"done": self.done, "errors": self.errors, "seconds": round(self.seconds, 3),
                "cancelled": self.cancelled}


def available() -> bool:
    """Whether this installation can read screenshots (rapidocr + onnxruntime installed)."""
    return ocr.available()


def screenshot_lines(path: Path) -> tuple[list[str], list[int]]:
    """The text lines of a chat screenshot read directly (not stored), and the 1-based numbers of the lines in the
    buyer's own (right-hand) bubbles, which a scan for the seller's traps skips."""
    result = ocr.ocr_image(path)
    own = [n for n, line in enumerate(result.lines, start=1) if line.side == "right"]
    return [x.text for x in result.lines], own


def wants_ocr(item: Item) -> bool:
    """Screenshots, and PNG "photos" (phones save screenshots as PNG; a camera does not)."""
    return item.kind == "screenshot" or (item.kind == "photo" and item.mime == "image/png")


def _store(app: App, item: Item, source: str, text: str, lines: list[dict[str, Any]], engine: str,
           seconds: float | None) -> None:
    with app.db.tx() as con:
        text_repo.put_text(con, item.id, item.case_id, source, text, textindex.index_text(text), lines, engine,
                           seconds, now_utc())
        journal_repo.append(con, item.case_id, "item_text_added", {
            "item_id": item.id, "sha256": item.sha256, "source": source, "engine": engine,
            "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(), "lines": len(lines)})


def ocr_item(app: App, item_id: str, force: bool = False) -> dict[str, Any]:
    """Read the item's image text (cached per object) and store it. Returns the stored text row."""
    item = items_repo.get(app.db.con, item_id)
    if item is None:
        raise NotFound(what="item", key=item_id)
    if not force:
        row = text_repo.get_text(app.db.con, item_id)
        if row is not None:
            return row
    cache = app.objects.derived(item.sha256) / OCR_CACHE
    result: dict[str, Any] | None = None
    if cache.is_file() and not force:
        try:
            result = json.loads(cache.read_text("utf-8"))
        except (OSError, ValueError):
            result = None  # a damaged cache is regenerated
    if result is None:
        r = ocr.ocr_image(app.objects.path_for(item.sha256))
        result = r.to_dict()
        tmp = cache.with_suffix(".part")
        tmp.write_text(json.dumps(result, ensure_ascii=False), "utf-8")
        tmp.replace(cache)
    text = "\n".join(x["text"] for x in result["lines"])
    _store(app, item, "ocr", text, result["lines"], result.get("engine", ""), result.get("seconds"))
    row = text_repo.get_text(app.db.con, item_id)
    assert row is not None
    return row


def pending(app: App, case_id: str) -> list[Item]:
    """Items that should have text and have none yet: screenshots to OCR, chat text to index."""
    con = app.db.con
    have = set(text_repo.texts_for_case(con, case_id))
    return [i for i in items_repo.for_case(con, case_id)
            if i.id not in have and (wants_ocr(i) or i.kind == "chat_text")]


def index_chat_text(app: App, item: Item) -> None:
    """A chat_text item (pasted or imported .txt): its own bytes are the text."""
    raw = app.objects.path_for(item.sha256).read_bytes()
    text = raw.decode("utf-8", errors="replace").lstrip("\ufeff")
    lines = [{"text": x, "box": [], "score": 1.0} for x in text.splitlines()]
    _store(app, item, "paste" if item.source == "paste" else "file", text, lines, "", None)


def ocr_case(app: App, case_id: str, progress: ProgressFn = no_progress, cancel: CancelToken | None = None,
             force: bool = False) -> OcrReport:
    """Text for every screenshot and chat-text item of the case that has none (all of them with ``force``)."""
    report = OcrReport()
    con = app.db.con
    todo = ([i for i in items_repo.for_case(con, case_id) if wants_ocr(i) or i.kind == "chat_text"] if force
            else pending(app, case_id))
    for n, item in enumerate(todo):
        if cancel is not None and cancel.cancelled:
            report.cancelled = True
            break
        progress(Progress(n, len(todo), item.display_title))
        try:
            if item.kind == "chat_text":
                index_chat_text(app, item)
            else:
                row = ocr_item(app, item.id, force=force)
                report.seconds += row.get("seconds") or 0.0
            report.done.append(item.id)
        except Cancelled:
            report.cancelled = True
            break
        except EvidenceError as exc:
            report.errors.append({"item_id": item.id, **exc.to_dict()})
    progress(Progress(len(todo), len(todo), ""))
    return report


def ocr_all_pending(app: App, progress: ProgressFn = no_progress, cancel: CancelToken | None = None) -> OcrReport:
    """Every case's screenshots and chat text still without text: what the GUI's background worker runs at start
    and after each import."""
    from ..store import cases_repo

    total = OcrReport()
    for case in cases_repo.all_cases(app.db.con):
        if not pending(app, case.id):
            continue
        r = ocr_case(app, case.id, progress, cancel)
        total.done += r.done
        total.errors += r.errors
        total.seconds += r.seconds
        if r.cancelled:
            total.cancelled = True
            break
    return total


def store_plain_text(app: App, item: Item, source: str, text: str) -> None:
    """Index text that came with the evidence (a captured web page's visible text) like OCR text."""
    lines = [{"text": x, "box": [], "score": 1.0} for x in text.splitlines()]
    _store(app, item, source, text, lines, "", None)


def add_chat_text(app: App, case_id: str, text: str, name: str = "chat.txt") -> Item:
    """Pasted chat text becomes an item of its own (hashed, journalled like any evidence) and is indexed."""
    if not text.strip():
        raise InvalidInput("the pasted text is empty", field="text")
    item, dup = add_bytes(app, case_id, text.encode("utf-8"), name, source="paste", kind="chat_text")
    if dup is None or text_repo.get_text(app.db.con, item.id) is None:
        index_chat_text(app, item)
    return item


MAX_TRANSCRIPT = 20_000  # characters: a long call typed out, not a book


def set_transcript(app: App, case_id: str, item_id: str, text: str) -> dict[str, Any]:
    """A typed transcript or summary of a call recording: stored as the item's text (searchable like OCR text),
    journalled with its hash, printed in the dossier beside the recording's date and duration."""
    from .items import resolve_item

    item = resolve_item(app, case_id, item_id)
    if item.kind != "audio":
        raise InvalidInput("a transcript belongs to an audio recording", field="item")
    text = text.strip()
    if not text:
        raise InvalidInput("the transcript is empty", field="text")
    if len(text) > MAX_TRANSCRIPT:
        raise InvalidInput(f"the transcript is longer than {MAX_TRANSCRIPT} characters", field="text")
    lines = [{"text": line} for line in text.splitlines() if line.strip()]
    _store(app, item, "transcript", text, lines, "typed", None)
    return {"item_id": item.id, "chars": len(text),
            "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest()}


def transcripts(app: App, case_id: str) -> dict[str, str]:
    """item id → typed transcript, for the case's audio items that have one."""
    return {item_id: t["text"] for item_id in text_repo.texts_for_case(app.db.con, case_id)
            if (t := text_repo.get_text(app.db.con, item_id)) and t.get("source") == "transcript"}


def item_text(app: App, item_id: str) -> dict[str, Any] | None:
    """The stored text of an item, with its lines (and boxes for OCR), for showing beside the screenshot."""
    return text_repo.get_text(app.db.con, item_id)


def search(app: App, case_id: str, query: str) -> list[dict[str, Any]]:
    """Items of the case whose text contains ``query`` (any language; Chinese matches inside words), with the
    matching lines."""
    match = textindex.match_query(query)
    if not match:
        return []
    con = app.db.con
    needle = textindex.tokens(query)
    out = []
    for item_id in text_repo.search(con, case_id, match):
        row = text_repo.get_text(con, item_id)
        if row is None:
            continue
        lines = [(n, line) for n, line in enumerate(row["text"].splitlines(), start=1)
                 if _contains(textindex.tokens(line), needle)]
        out.append({"item_id": item_id, "source": row["source"],
                    "lines": [{"line": n, "text": line} for n, line in lines]})
    return out


_contains = textindex.contains
