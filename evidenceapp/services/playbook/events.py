"""The dispute's events (seller refused, platform intervention …): recorded, journalled, closing the deadlines they answer and moving the case's status."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ...core import deadlines as dl
from ...core import playbook as pb
from ...core.errors import DateNeeded, InvalidInput
from ...core.models import Case
from ...store import cases_repo, journal_repo, text_repo
from ..app import App
from ..cases import get_case
from .deadlines import _insert_deadline, _parse
from .guidance import _event_view, _now, load_playbook


# --- events -------------------------------------------------------------------------------------------------------
def add_event(app: App, case_id: str, kind: str, at: str | None = None, detail: dict[str, Any] | None = None,
              now: datetime | None = None) -> dict[str, Any]:
    """Record a step of the dispute ("seller refused", "intervention requested" …) with its date, journalled.

    Deadlines anchored on this event (e.g. 12315's 7 working days after filing) are added at the same time, with
    dates the user can edit.
    """
    book = load_playbook()
    if kind not in book.events:
        raise InvalidInput(f"{kind!r} is not one of {', '.join(book.events)}", field="event")
    detail = dict(detail or {})
    _check_needs(book, kind, at, detail)
    when = _parse(at, "at", end_of_day=False) if at else _now(now)
    if kind == "seller_refused" and detail.get("reason") and detail["reason"] not in book.refusals:
        # Free text: keep it, and note the matching known reason so the answer can be shown.
        r = book.match_refusal(detail["reason"])
        detail = {"text": detail.pop("reason"), **detail, **({"reason": r.key} if r else {})}
    case = get_case(app, case_id)
    with app.db.tx() as con:
        at_text = dl.to_utc_text(when)
        event_id = cases_repo.add_event(con, case_id, kind, at_text, detail)
        journal_repo.append(con, case_id, "event_added", {"event_id": event_id, "kind": kind, "at": at_text,
                                                          "detail": detail})
        events = cases_repo.events(con, case_id)
        _close_answered(con, book, case_id, kind, at_text, event_id, events)
        existing = {d.kind for d in cases_repo.deadlines(con, case_id) if not d.done}
        for k in book.deadline_kinds(case.platform):
            if k.anchor == f"event:{kind}" and k.key not in existing:
                due = book.compute_due(k.key, case, events, _now(now))
                if due is not None:
                    _insert_deadline(con, case_id, k.key, due, "", "", auto=True)
        status = _position(book, case, events)
        if status != case.status and case.status != "closed":
            cases_repo.update(con, case_id, {"status": status})
            journal_repo.append(con, case_id, "case_edited", {"status": {"from": case.status, "to": status}})
    return {"id": event_id, "kind": kind, "at": at_text, "detail": detail}


def _check_needs(book: pb.Playbook, kind: str, at: str | None, detail: dict[str, Any]) -> None:
    """An event that starts a clock from a time or a length only the user knows must carry it (issue 23.4/23.5):
    the Douyin pickup clock runs from the tracking number's time, not from when it was recorded."""
    label = pb.t(book.events[kind], "en")
    for need in book.event_needs.get(kind, ()):
        if need == "at" and not at:
            raise DateNeeded(what=f"'{label}'", ask="--at: the time it happened (e.g. when the tracking number was "
                             "issued, shown in the order's logistics), not the time you record it", field="at")
        if need == "days":
            try:
                days = float(detail.get("days", ""))
            except (TypeError, ValueError):
                days = 0
            if days <= 0:
                raise DateNeeded(what=f"'{label}'", ask="--days: the number of days you were asked to wait "
                                 "(AliExpress shows it in the solution's details under the response time, "
                                 "\"Temps de réponse\")", field="days")
            detail["days"] = int(days) if days == int(days) else days


def _close_answered(con: Any, book: pb.Playbook, case_id: str, kind: str, at_text: str, event_id: int,
                    events: list[dict[str, Any]]) -> None:
    """Mark done the open deadlines this event answers (the seller refused, the dispute was cancelled, the refund
    arrived …), when the event comes after the deadline's clock started; journalled like an edit."""
    for d in cases_repo.deadlines(con, case_id):
        k = book.deadlines.get(d.kind)
        if d.done or k is None or not k.closes_on(kind):
            continue
        started = book.anchor_time(d.kind, events)
        if started and at_text < started:
            continue  # an older event told late does not answer a clock that started after it
        text_repo.update_deadline(con, d.id, {"done": 1})
        journal_repo.append(con, case_id, "deadline_edited", {
            "deadline_id": d.id, "kind": d.kind, "changes": {"done": {"from": False, "to": 1}},
            "closed_by_event": {"event_id": event_id, "kind": kind}})


CASE_STATUSES = ("open", "escalated", "resolved", "closed")


def _position(book: pb.Playbook, case: Case, events: list[dict[str, Any]]) -> str:
    """The case's status (open / escalated / resolved, the values the case list shows) from its events: past the
    first step (talking to the seller) the dispute is escalated. A case the user closed stays closed."""
    a = book.assess(case, [], events)
    if a.resolved:
        return "resolved"
    return "escalated" if a.next_index is None or a.next_index > 0 else "open"


def event_kinds(lang: str = "en") -> dict[str, str]:
    """The events a buyer can record, key → label in ``lang`` (the GUI's "Add event" list, in playbook order)."""
    lang = pb.normalize_lang(lang)
    return {k: pb.t(v, lang) for k, v in load_playbook().events.items()}


def list_events(app: App, case_id: str, lang: str = "en") -> list[dict[str, Any]]:
    book = load_playbook()
    get_case(app, case_id)
    return [_event_view(book, e, pb.normalize_lang(lang)) for e in cases_repo.events(app.db.con, case_id)]
