"""Deadlines of a case: added from the playbook (asked when only the user knows the date), edited, listed with their countdown, announced."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from ...core import deadlines as dl
from ...core import playbook as pb
from ...core.errors import DateNeeded, InvalidInput, NotFound
from ...core.models import Deadline
from ...store import cases_repo, journal_repo, text_repo
from ..app import App
from ..cases import get_case
from .guidance import DeadlineView, _deadline_view, _now, load_playbook


def deadline_kinds(platform: str, lang: str = "en") -> dict[str, str]:
    """The deadline kinds that apply on ``platform``, key → label in ``lang`` (the GUI's "Add deadline" list)."""
    lang = pb.normalize_lang(lang)
    return {d.key: pb.t(d.label, lang) for d in load_playbook().deadline_kinds(platform)}


# --- deadlines ----------------------------------------------------------------------------------------------------
def _parse(text: str, field_name: str, end_of_day: bool = True) -> datetime:
    try:
        return dl.parse_when(text, end_of_day=end_of_day)
    except ValueError:
        raise InvalidInput(f"{text!r} is not a date (YYYY-MM-DD or YYYY-MM-DD HH:MM)", field=field_name) from None


def _insert_deadline(con: Any, case_id: str, kind: str, due: datetime, label: str, note: str,
                     auto: bool = False) -> int:
    due_text = dl.to_utc_text(due)
    deadline_id = cases_repo.add_deadline(con, case_id, kind, due_text, label, note)
    journal_repo.append(con, case_id, "deadline_added", {"deadline_id": deadline_id, "kind": kind,
                                                         "due_at": due_text, "label": label, "auto": auto})
    return deadline_id


def add_deadline(app: App, case_id: str, kind: str, due_at: str | datetime | None = None, label: str = "",
                 note: str = "", now: datetime | None = None, days_left: float | None = None) -> Deadline:
    """Add a typed deadline. The date is ``due_at``, or ``days_left`` from now (a countdown the platform shows,
    e.g. AliExpress's buyer protection), or what the playbook computes from the case's events and dates. When none
    of these gives a date, DateNeeded says what to look up: "now" is never taken as a due date. Always editable."""
    book = load_playbook()
    if kind not in book.deadlines:
        raise InvalidInput(f"{kind!r} is not one of {', '.join(book.deadlines)}", field="deadline kind")
    case = get_case(app, case_id)
    if isinstance(due_at, datetime):
        due = due_at.astimezone(UTC)
    elif due_at:
        due = _parse(due_at, "due")
    elif days_left is not None:
        if not 0 < days_left <= 3660:
            raise InvalidInput(f"{days_left} is not a number of days left", field="days left")
        due = _now(now) + timedelta(days=days_left)
    else:
        computed = book.compute_due(kind, case, cases_repo.events(app.db.con, case_id), _now(now))
        if computed is None:
            d = book.deadlines[kind]
            ask = pb.t(d.ask, "en") or _anchor_ask(book, d)
            raise DateNeeded(what=f"'{pb.t(d.label, 'en')}'", ask=ask, field="due")
        due = computed
    with app.db.tx() as con:
        deadline_id = _insert_deadline(con, case_id, kind, due, label, note)
    return _get_deadline(app, deadline_id)


def _anchor_ask(book: pb.Playbook, d: pb.DeadlineDef) -> str:
    if d.anchor.startswith("event:"):
        return f"the event it runs from: record '{pb.t(book.events.get(d.anchor[6:]), 'en')}' first, or give --due"
    if d.anchor.startswith("case:"):
        return f"the case's {d.anchor[5:].replace('_', ' ')} (case edit), or give --due"
    return "--due"


def _get_deadline(app: App, deadline_id: int) -> Deadline:
    for_case = text_repo.get_deadline(app.db.con, deadline_id)
    if for_case is None:
        raise NotFound(what="deadline", key=str(deadline_id))
    return Deadline(id=for_case["id"], case_id=for_case["case_id"], kind=for_case["kind"], due_at=for_case["due_at"],
                    label=for_case["label"], note=for_case["note"], done=bool(for_case["done"]))


def edit_deadline(app: App, deadline_id: int, due_at: str | datetime | None = None, label: str | None = None,
                  note: str | None = None, done: bool | None = None) -> Deadline:
    current = _get_deadline(app, deadline_id)
    changes: dict[str, Any] = {}
    if due_at is not None:
        due = due_at.astimezone(UTC) if isinstance(due_at, datetime) else _parse(due_at, "due")
        changes["due_at"] = dl.to_utc_text(due)
    if label is not None:
        changes["label"] = label
    if note is not None:
        changes["note"] = note
    if done is not None:
        changes["done"] = int(done)
    diff = {k: v for k, v in changes.items() if getattr(current, k) != (bool(v) if k == "done" else v)}
    if diff:
        with app.db.tx() as con:
            text_repo.update_deadline(con, deadline_id, diff)
            journal_repo.append(con, current.case_id, "deadline_edited", {
                "deadline_id": deadline_id, "kind": current.kind,
                "changes": {k: {"from": getattr(current, k), "to": v} for k, v in diff.items()}})
    return _get_deadline(app, deadline_id)


def delete_deadline(app: App, deadline_id: int) -> None:
    current = _get_deadline(app, deadline_id)
    with app.db.tx() as con:
        text_repo.delete_deadline(con, deadline_id)
        journal_repo.append(con, current.case_id, "deadline_removed", {
            "deadline_id": deadline_id, "kind": current.kind, "due_at": current.due_at})


def list_deadlines(app: App, case_id: str, lang: str = "en", now: datetime | None = None) -> list[DeadlineView]:
    get_case(app, case_id)
    book = load_playbook()
    return [_deadline_view(book, d, _now(now), pb.normalize_lang(lang))
            for d in cases_repo.deadlines(app.db.con, case_id)]


def next_deadline(app: App, case_id: str, lang: str = "en", now: datetime | None = None) -> DeadlineView | None:
    """The soonest open deadline of a case (for the case list's countdown column)."""
    open_ = [d for d in list_deadlines(app, case_id, lang, now) if not d.done]
    return min(open_, key=lambda d: d.due_at) if open_ else None


def alerts(app: App, lang: str = "en", now: datetime | None = None) -> list[tuple[str, DeadlineView]]:
    """Open deadlines of every open case that are within 48 h or passed: (case id, deadline), soonest first.
    The GUI polls this for its desktop notifications (warning at 48 h, urgent at 24 h)."""
    out = []
    for case in cases_repo.all_cases(app.db.con):
        if case.status in ("resolved", "closed"):
            continue  # nothing to act on any more
        for d in list_deadlines(app, case.id, lang, now):
            if d.status in ("warning", "urgent", "passed"):
                out.append((case.id, d))
    return sorted(out, key=lambda cd: cd[1].due_at)
