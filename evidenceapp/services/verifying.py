"""Re-check a case: every object re-hashes to its name and the journal chain holds up to its anchor."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

from ..core.journal import verify_chain
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
    checked: dict[str, str | None] = {}  # the same object may back several items: hash it once
    unreadable: dict[str, str] = {}
    for n, item in enumerate(items):
        if cancel:
            cancel.check()
        progress(Progress(n, len(items) + 1, item.display_title))
        if item.sha256 not in checked:
            try:
                checked[item.sha256] = app.objects.rehash(item.sha256)
            except OSError as exc:  # replaced by a folder, unreadable …: as good as missing, say why
                checked[item.sha256] = None
                unreadable[item.sha256] = os.strerror(exc.errno) if exc.errno else str(exc)
        actual = checked[item.sha256]
        path = str(app.objects.path_for(item.sha256))
        if actual is None:
            detail = "the stored original is missing"
            if item.sha256 in unreadable:
                detail = f"the stored original cannot be read: {unreadable[item.sha256]}"
            report.problems.append({"kind": "missing", "item_id": item.id, "path": path,
                                    "title": item.display_title, "name": item.original_name,
                                    "detail": detail})
        elif actual != item.sha256:
            report.problems.append({"kind": "altered", "item_id": item.id, "path": path,
                                    "title": item.display_title, "name": item.original_name,
                                    "detail": f"content hashes to {actual}, expected {item.sha256}"})
    report.objects_checked = len(checked)
    entries = journal_repo.entries(app.db.con, case_id)
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
