"""Files that belong to no case: what the start-up sweep moved to ``quarantine/`` instead of deleting it.

An object no item references may be the only copy of evidence: an older ``evidence.sqlite`` restored from a
backup or a sync conflict, item rows lost, an import or a take whose registration never committed. The sweep
(services/app.py) moves it to ``quarantine/<sha256>`` with a ``.reason.json``; this module lists those files
(``evidenceapp recover``, ``doctor``, the GUI's notice) and attaches them to a case through the normal import,
which re-reads their metadata and journals ``item_added`` with source ``recovered``. Nothing is ever deleted from
``quarantine/``: an attached file's note records where it went.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..core.errors import Ambiguous, EvidenceError, NotFound
from ..core.journal import now_utc
from ..media.sniff import sniff_file
from ..store import items_repo
from .app import App
from .cases import get_case

# A short, readable extension for a recovered file from its content (the store keeps no names).
_EXT = {"image/jpeg": ".jpg", "image/png": ".png", "image/gif": ".gif", "image/webp": ".webp",
        "image/heic": ".heic", "image/avif": ".avif", "image/tiff": ".tif", "image/bmp": ".bmp",
        "video/mp4": ".mp4", "video/quicktime": ".mov", "video/x-matroska": ".mkv", "application/pdf": ".pdf",
        "text/plain": ".txt", "audio/mpeg": ".mp3", "audio/wav": ".wav", "audio/mp4": ".m4a"}


@dataclass
class Quarantined:
    id: str
    path: Path
    sha256: str
    size: int
    reason: str
    detail: str
    quarantined_at: str
    recoverable: bool
    name: str = ""
    attached: list[dict[str, str]] = field(default_factory=list)
    in_cases: list[str] = field(default_factory=list)  # cases whose items already hold these bytes
    note: dict[str, Any] = field(default_factory=dict)

    @property
    def pending(self) -> bool:
        """Still belongs to no case: not attached, and no item holds the same bytes."""
        return self.recoverable and not self.attached and not self.in_cases

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "short_id": self.id[:12], "sha256": self.sha256, "size": self.size,
                "reason": self.reason, "detail": self.detail, "quarantined_at": self.quarantined_at,
                "recoverable": self.recoverable, "name": self.name, "attached": self.attached,
                "in_cases": self.in_cases, "pending": self.pending, "path": str(self.path)}


def list_quarantined(app: App) -> list[Quarantined]:
    out = []
    con = app.db.con
    for qid, path, note in app.objects.quarantined():
        sha = str(note.get("sha256", qid[:64]))
        in_cases = items_repo.cases_holding(con, sha)
        out.append(Quarantined(
            id=qid, path=path, sha256=sha, size=int(note.get("size", 0) or 0), reason=str(note.get("reason", "")),
            detail=str(note.get("detail", "")), quarantined_at=str(note.get("quarantined_at", "")),
            recoverable=bool(note.get("recoverable", True)), name=str(note.get("name", "")),
            attached=list(note.get("attached", [])), in_cases=in_cases, note=note))
    return out


def pending_count(app: App) -> int:
    """How many quarantined files belong to no case (what the GUI's notice and ``doctor`` say)."""
    return sum(1 for q in list_quarantined(app) if q.pending)


def _select(entries: list[Quarantined], keys: list[str] | None) -> list[Quarantined]:
    if keys is None:
        return [q for q in entries if q.pending]
    chosen = []
    for key in keys:
        key = key.strip().lower()
        matches = [q for q in entries if q.id == key] or [q for q in entries if key and q.id.startswith(key)]
        if not matches:
            raise NotFound(what="quarantined file", key=key)
        if len(matches) > 1:
            raise Ambiguous(what="quarantined file", key=key, matches=", ".join(q.id[:16] for q in matches))
        chosen.append(matches[0])
    return chosen


def attach(app: App, case_id: str, keys: list[str] | None = None) -> dict[str, Any]:
    """Attach quarantined files (``keys``: ids or unique prefixes; None: every pending one) to a case through the
    normal import path (metadata re-read, ``item_added`` with source ``recovered``). The quarantined copy stays;
    its note records the item it became."""
    from .importing import import_stream

    case = get_case(app, case_id)
    added, duplicates, errors = [], [], []
    for q in _select(list_quarantined(app), keys):
        name = q.name or f"recovered-{q.sha256[:12]}{_EXT.get(sniff_file(q.path).mime, '')}"
        try:
            with open(q.path, "rb") as src:
                item, dup = import_stream(app, case.id, src, original_name=name, source="recovered")
        except EvidenceError as exc:
            errors.append({"id": q.id, **exc.to_dict()})
            continue
        note = {**q.note, "attached": [*q.attached, {"case_id": case.id, "item_id": item.id, "at": now_utc()}]}
        app.objects.write_note(q.id, note)
        row = {"id": q.id, "item_id": item.id, "sha256": item.sha256, "name": item.original_name}
        (duplicates if dup is not None else added).append(row)
        if item.sha256 != q.sha256:
            row["note"] = f"the file's bytes hash to {item.sha256}, not to the name it was kept under"
    return {"case_id": case.id, "added": added, "duplicates": duplicates, "errors": errors,
            "items": len(items_repo.for_case(app.db.con, case.id))}
