"""Re-check a case: every object re-hashes to its name, the journal chain holds up to its anchor, and the rows
say what the journal says.

The item rows are writable by anyone with an SQLite browser; the journal is not (without breaking the chain). So each
live item's sha256, size and kind must equal what its ``item_added`` entry (and later ``item_edited`` kind changes)
recorded, and each recording must match the running digests its ``recording_checkpoint`` entries journalled (the
sidecar that also holds them is writable too). Otherwise a row pointed at another object would pass.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

from ..core.hashing import sha256_with_prefixes
from ..core.journal import journalled_items, verify_chain
from ..core.models import Item, JournalEntry
from ..core.progress import CancelToken, Progress, ProgressFn, no_progress
from ..store import items_repo, journal_repo
from .app import App
from .cases import get_case


@dataclass
class VerifyReport:
    case_id: str
    objects_checked: int = 0
    journal_entries: int = 0
    head_hash: str = ""
    problems: list[dict[str, Any]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "case_id": self.case_id, "objects_checked": self.objects_checked,
                "journal_entries": self.journal_entries, "head_hash": self.head_hash, "problems": self.problems}


def verify_case(app: App, case_id: str, progress: ProgressFn = no_progress,
                cancel: CancelToken | None = None) -> VerifyReport:
    case = get_case(app, case_id)
    report = VerifyReport(case_id)
    items = items_repo.for_case(app.db.con, case_id, include_hidden=True)
    entries = journal_repo.entries(app.db.con, case_id)
    journalled = journalled_items(entries)
    checkpoints = journalled_checkpoints(entries)
    checked: dict[str, str | None] = {}  # the same object may back several items: hash it once
    unreadable: dict[str, str] = {}
    for n, item in enumerate(items):
        if cancel:
            cancel.check()
        progress(Progress(n, len(items) + 1, item.display_title))
        path = str(app.objects.path_for(item.sha256))
        cps = checkpoints.get(str((item.metadata.get("recording") or {}).get("recording_id") or ""), [])
        prefixes: dict[int, str] = {}
        if item.sha256 not in checked or cps:
            try:
                with open(path, "rb") as f:
                    checked[item.sha256], _size, prefixes = sha256_with_prefixes(f, (c["bytes"] for c in cps))
            except FileNotFoundError:
                checked[item.sha256] = None
            except OSError as exc:  # replaced by a folder, unreadable …: as good as missing, say why
                checked[item.sha256] = None
                unreadable[item.sha256] = os.strerror(exc.errno) if exc.errno else str(exc)
        actual = checked[item.sha256]

        def problem(kind: str, detail: str, item: Item = item, path: str = path) -> None:
            report.problems.append({"kind": kind, "item_id": item.id, "path": path, "title": item.display_title,
                                    "name": item.original_name, "detail": detail})

        if actual is None:
            detail = "the stored original is missing"
            if item.sha256 in unreadable:
                detail = f"the stored original cannot be read: {unreadable[item.sha256]}"
            problem("missing", detail)
        elif actual != item.sha256:
            problem("altered", f"content hashes to {actual}, expected {item.sha256}")
        if why := _row_vs_journal(item, journalled.get(item.id)):
            problem("row_mismatch", why)
        bad = [c for c in cps if actual is not None and prefixes.get(c["bytes"]) != c["sha256_so_far"]]
        if bad:
            problem("checkpoint", f"{len(bad)} of {len(cps)} journalled recording checkpoints do not match the"
                    f" stored file (first at byte {bad[0]['bytes']}): the take was changed after it was filmed")
    report.objects_checked = len(checked)
    report.journal_entries = len(entries)
    report.head_hash = entries[-1].hash if entries else ""
    problem = verify_chain(entries, expected_len=case.journal_len, expected_head=case.journal_head,
                           case_id=case_id)
    if problem:
        report.problems.append({"kind": "journal", "item_id": "", "path": "", "seq": problem.seq,
                                "reason": problem.reason, "detail": problem.describe()})
    progress(Progress(len(items) + 1, len(items) + 1, ""))
    if problem is None:
        # Journal the run only on an intact chain: appending to a broken one would paper over the break.
        with app.db.tx() as con:
            journal_repo.append(con, case_id, "verify_run", {
                "ok": report.ok, "objects": report.objects_checked,
                "problems": [{"kind": p["kind"], "item_id": p["item_id"]} for p in report.problems],
            }, actor="system")
    return report


def journalled_checkpoints(entries: list[JournalEntry]) -> dict[str, list[dict[str, Any]]]:
    """recording id → its ``recording_checkpoint`` entries' {bytes, sha256_so_far}."""
    out: dict[str, list[dict[str, Any]]] = {}
    for e in entries:
        p = e.payload
        if e.action == "recording_checkpoint" and isinstance(p.get("bytes"), int) and p.get("sha256_so_far"):
            out.setdefault(str(p.get("recording_id")), []).append(
                {"bytes": p["bytes"], "sha256_so_far": p["sha256_so_far"]})
    return out


def _row_vs_journal(item: Item, journalled: dict[str, Any] | None) -> str:
    """Why the item row disagrees with the journal ('' when it agrees)."""
    if journalled is None:
        return "the journal has no item_added entry for this item: the row was added outside the app"
    diffs = [f"{k} is {getattr(item, k)!r} but the journal recorded {journalled[k]!r}"
             for k in ("sha256", "size", "kind") if journalled[k] is not None and getattr(item, k) != journalled[k]]
    return "; ".join(diffs)
