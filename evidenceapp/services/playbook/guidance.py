"""What the Overview shows about a dispute (the playbook applied to a case): next step, missing evidence, warnings, refusal answers, scam-signal hits; the views the CLI and the GUI read."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

from ... import config
from ...core import chatscan, exhibits
from ...core import deadlines as dl
from ...core import playbook as pb
from ...core.models import Case, Deadline
from ...store import cases_repo, items_repo, text_repo
from ..app import App
from ..cases import get_case, get_profile


def load_playbook() -> pb.Playbook:
    """The bundled playbook (read once; core.playbook caches it by folder)."""
    return pb.load(config.playbooks_dir())


def load_scam_rules() -> chatscan.Rules:
    return chatscan.load(config.playbooks_dir() / "scam_signals.toml")


# --- views (plain data, already translated; the GUI shows them as they are) ------------------------------------
@dataclass
class StepView:
    key: str
    title: str
    how: str
    menu: str
    status: str  # done | current | todo
    source: str
    unsure: bool  # show "to be checked"


@dataclass
class EvidenceView:
    key: str
    label: str
    hint: str
    required: bool
    satisfied: bool
    items: list[str]  # item ids (or "profile.name"-style fields) that satisfy it
    source: str


@dataclass
class WarningView:
    key: str
    text: str
    source: str
    status: str
    unsure: bool
    group: str = "general"  # pb.WARNING_GROUPS


@dataclass
class ActionView:
    key: str
    title: str
    how: str
    menu: str
    source: str
    status: str  # seed | confirmed | reported | to_check | advice
    sureness: str  # status in words ("reported, to be checked")
    unsure: bool


@dataclass
class WarningGroupView:
    key: str  # pb.WARNING_GROUPS
    title: str
    warnings: list[WarningView]


@dataclass
class DeadlineView:
    id: int
    kind: str
    label: str
    note: str
    due_at: str  # UTC, RFC 3339
    status: str  # ok | warning | urgent | passed | done
    remaining_s: int
    remaining: str
    done: bool
    source: str
    unsure: bool
    source_status: str = ""  # seed | confirmed | reported | to_check | advice | user: how sure the length is
    sureness: str = ""  # source_status in words, in the view's language


@dataclass
class RefusalView:
    key: str
    reason: str
    answer: str
    evidence: list[str]  # labels
    source: str
    unsure: bool


@dataclass
class ArgumentView:
    """One part of the seller's refusal with the answer the dossier prints (same sentences, same exhibit numbers)."""

    key: str
    reason: str
    text: str  # the answer to the seller, built from the evidence the case holds
    exhibits: list[int]  # exhibit numbers it cites
    missing: list[str]  # labels of evidence that would strengthen it
    source: str
    unsure: bool
    advice: str  # for the buyer
    check_first: str  # when the refusal can be fair: what to check first ("" otherwise)


@dataclass
class ScamHitView:
    item_id: str
    line: int
    text: str
    signal: str
    label: str
    advice: str
    source: str
    warnings: list[str] = field(default_factory=list)  # the playbook's fuller advice (WarningView keys)


@dataclass
class Guidance:
    case_id: str
    lang: str
    platform: str
    dispute: str
    steps: list[StepView]
    next_step: StepView | None
    missing_evidence: list[EvidenceView]
    present_evidence: list[EvidenceView]
    readiness: int
    resolved: bool
    status_text: str
    warnings: list[WarningView]
    deadlines: list[DeadlineView]
    suggested_deadlines: list[dict[str, str]]  # {"kind", "label", "due_at"} not yet added
    refusal: RefusalView | None
    refusal_answers: list[RefusalView]
    scam_hits: list[ScamHitView]
    events: list[dict[str, Any]] = field(default_factory=list)
    refusals: list[ArgumentView] = field(default_factory=list)  # each part of the stated refusal, answered
    # The same warnings as ``warnings`` (all of them), grouped in the order to show them.
    warning_groups: list[WarningGroupView] = field(default_factory=list)
    # What the buyer can do now besides the next step (e.g. Douyin's 未收到货仅退款, an appeal after a decision).
    actions: list[ActionView] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# --- helpers ------------------------------------------------------------------------------------------------------
def _now(now: datetime | None) -> datetime:
    return now.astimezone(UTC) if now else datetime.now(UTC)


def _unsure_text(book: pb.Playbook, lang: str, unsure: bool) -> str:
    return " " + pb.t(book.ui.get("to_check"), lang) if unsure else ""


def _step_view(book: pb.Playbook, st: pb.StepState, lang: str) -> StepView:
    s = st.path_step.step
    unsure = book.is_unsure(s.source, s.check)
    menu = pb.t(s.menu, lang)
    if menu and book.is_unsure(s.menu_source, s.menu_check):
        menu += " " + pb.t(book.ui.get("menu_to_check"), lang)
    return StepView(s.key, pb.t(s.title, lang), pb.t(s.how, lang), menu, st.status,
                    book.source_line(s.source), unsure)


def _evidence_view(book: pb.Playbook, need: pb.NeedState, lang: str) -> EvidenceView:
    e = book.evidence[need.key]
    return EvidenceView(need.key, pb.t(e.label, lang), pb.t(e.hint, lang), need.required, need.satisfied,
                        [m[0] for m in need.matches], book.source_line(e.source))


def _warning_view(book: pb.Playbook, w: pb.WarningDef, lang: str) -> WarningView:
    return WarningView(w.key, pb.t(w.text, lang), book.source_line(w.source), w.status,
                       book.is_unsure(w.source, w.check), w.group)


def _action_view(book: pb.Playbook, a: pb.ActionDef, lang: str) -> ActionView:
    unsure = book.is_unsure(a.source, a.check) or a.status in ("reported", "to_check")
    sureness = pb.t(book.ui.get(f"sure_{a.status}"), lang)
    if unsure and a.status not in ("reported", "to_check"):  # e.g. a guide's claim the rule text does not confirm
        sureness += " " + pb.t(book.ui.get("cli_unsure"), lang)
    return ActionView(a.key, pb.t(a.title, lang), pb.t(a.how, lang), pb.t(a.menu, lang), book.source_line(a.source),
                      a.status, sureness, unsure)


def _refusal_view(book: pb.Playbook, r: pb.RefusalDef, lang: str) -> RefusalView:
    return RefusalView(r.key, pb.t(r.reason, lang), pb.t(r.answer, lang),
                       [pb.t(book.evidence[k].label, lang) for k in r.evidence], book.source_line(r.source),
                       book.is_unsure(r.source, r.check))


def _deadline_view(book: pb.Playbook, d: Deadline, now: datetime, lang: str) -> DeadlineView:
    kind = book.deadlines.get(d.kind) or book.deadlines["custom"]
    try:
        due = dl.parse_when(d.due_at)
    except ValueError:
        due = now
    unsure = book.is_unsure(kind.source) or kind.status in ("to_check", "reported")
    # A date the user read (the order's countdown, the after-sales page) is theirs; the kind's source says why it
    # matters. A computed date carries the status of the rule its length comes from.
    sure = "user" if kind.anchor == "user" else kind.status
    return DeadlineView(
        id=d.id, kind=d.kind, label=d.label or pb.t(kind.label, lang), note=d.note or pb.t(kind.note, lang),
        due_at=dl.to_utc_text(due), status=dl.status(due, now, d.done),
        remaining_s=int((due - now).total_seconds()), remaining=dl.remaining_text(due, now, lang), done=d.done,
        source=book.source_line(kind.source), unsure=unsure, source_status=sure,
        sureness=pb.t(book.ui.get(f"sure_{sure}"), lang),
    )


def _status_text(book: pb.Playbook, a: pb.Assessment, lang: str, events: list[dict[str, Any]]) -> str:
    if a.resolved:
        return pb.t(book.ui.get("resolved"), lang)
    decisions = [e for e in events if e["kind"] in ("platform_decision", "court_decision")]
    if decisions and str(decisions[-1]["detail"].get("outcome", "")).lower() in pb.BUYER_WON:
        return pb.t(book.ui.get("decided_for_buyer"), lang)
    nxt = a.next_step
    if nxt is None:
        return ""
    return pb.t(nxt.path_step.step.title, lang)


# --- guidance -----------------------------------------------------------------------------------------------------
def assess(app: App, case_id: str) -> tuple[pb.Playbook, Case, pb.Assessment]:
    book = load_playbook()
    case = get_case(app, case_id)
    con = app.db.con
    items = items_repo.for_case(con, case_id)
    a = book.assess(case, items, cases_repo.events(con, case_id), texts=text_repo.texts_for_case(con, case_id),
                    tags=text_repo.tags_for_case(con, case_id), profile=get_profile(app))
    return book, case, a


def case_guidance(app: App, case_id: str, lang: str = "en", now: datetime | None = None) -> Guidance:
    """Everything the overview shows about the dispute, translated into ``lang`` (zh_CN, en, fr)."""
    lang = pb.normalize_lang(lang)
    now = _now(now)
    book, case, a = assess(app, case_id)
    con = app.db.con
    events = cases_repo.events(con, case_id)
    steps = [_step_view(book, s, lang) for s in a.steps]
    needs = [_evidence_view(book, n, lang) for n in a.needs]
    groups = [WarningGroupView(g, pb.t(book.ui.get(f"group_{g}"), lang), [_warning_view(book, w, lang) for w in ws])
              for g, ws in book.warning_groups(case.platform, case.dispute)]
    _add_waybill_warning(app, book, case, lang, groups)
    warnings = [w for g in groups for w in g.warnings]
    deadlines = [_deadline_view(book, d, now, lang) for d in cases_repo.deadlines(con, case_id)]
    suggested = suggested_deadlines(book, case, events, deadlines, now, lang)
    return Guidance(
        case_id=case.id, lang=lang, platform=pb.t(book.platform(case.platform).name, lang),
        dispute=pb.t(book.dispute(case.dispute).label, lang), steps=steps,
        next_step=steps[a.next_index] if a.next_index is not None else None,
        missing_evidence=[n for n in needs if not n.satisfied], present_evidence=[n for n in needs if n.satisfied],
        readiness=a.readiness, resolved=a.resolved, status_text=_status_text(book, a, lang, events), warnings=warnings,
        deadlines=deadlines, suggested_deadlines=suggested,
        refusal=_refusal_view(book, a.refusal, lang) if a.refusal else None,
        refusal_answers=[_refusal_view(book, r, lang) for r in book.refusals_for(case.platform, case.dispute)],
        scam_hits=scan_case(app, case_id, lang), events=[_event_view(book, e, lang) for e in events],
        refusals=refusal_arguments(app, case_id, lang), warning_groups=groups,
        actions=[_action_view(book, x, lang) for x in book.actions_for(case, events)],
    )


def _add_waybill_warning(app: App, book: pb.Playbook, case: Case, lang: str,
                         groups: list[WarningGroupView]) -> None:
    """What the waybill check of the case's takes found, when it weakens the case: no label read, or another
    parcel's number (services/waybill). Nothing is said before a take was checked or when it matched."""
    from .. import waybill as waybill_svc

    check = waybill_svc.latest(app, case.id)
    if check is None or check["matches_case"]:
        return
    if check["found"]:
        key, text = "waybill_mismatch", pb.t(book.ui.get("waybill_mismatch"), lang).format(
            seen=check["text"], case=case.waybill_no or "—")
    else:
        key, text = "waybill_unread", pb.t(book.ui.get("waybill_unread"), lang)
    view = WarningView(key, text, "", "advice", False, "evidence")
    group = next((g for g in groups if g.key == "evidence"), None)
    if group is None:
        group = WarningGroupView("evidence", pb.t(book.ui.get("group_evidence"), lang), [])
        order = list(pb.WARNING_GROUPS)
        at = next((i for i, g in enumerate(groups) if order.index(g.key) > order.index("evidence")), len(groups))
        groups.insert(at, group)
    group.warnings.insert(0, view)


def suggested_deadlines(book: pb.Playbook, case: Case, events: list[dict[str, Any]], have: list[DeadlineView],
                        now: datetime, lang: str) -> list[dict[str, str]]:
    """Deadlines of the case's platform not added yet: those the case's dates and events imply (with their date),
    and those to watch from the start whose date only the user can read (with what to look up, no date: e.g.
    AliExpress's buyer protection as soon as the case exists)."""
    kinds = {d.kind for d in have}
    out = []
    for k in book.deadline_kinds(case.platform):
        if k.key in kinds:
            continue
        due = book.compute_due(k.key, case, events, now)
        entry = {"kind": k.key, "label": pb.t(k.label, lang), "due_at": dl.to_utc_text(due) if due else "",
                 "ask": "" if due else pb.t(k.ask, lang), "source": book.source_line(k.source),
                 "sureness": pb.t(book.ui.get(f"sure_{k.status}"), lang)}
        if due is not None or (k.suggest and k.ask):
            out.append(entry)
    return out


def _event_view(book: pb.Playbook, e: dict[str, Any], lang: str) -> dict[str, Any]:
    return {**e, "label": pb.t(book.events.get(e["kind"]), lang) or e["kind"]}


def scan_case(app: App, case_id: str, lang: str = "en") -> list[ScamHitView]:
    """Scam-signal hits over the case's text (OCR of screenshots, pasted chat), each pointing at item and line."""
    rules = load_scam_rules()
    book = load_playbook()
    out = []
    con = app.db.con
    case = get_case(app, case_id)
    platform = book.platform(case.platform).key
    # Only the warnings this case's platform has: AliExpress's "cancel, never close" is not Taobao's rule.
    known = {w.key for w in book.warnings(case.platform, case.dispute)}
    for item in items_repo.for_case(con, case_id):
        row = text_repo.get_text(con, item.id)
        own: list[int] = []
        if row:
            text = row["text"]
            # Lines OCR placed on the right of a chat screenshot are the buyer's own messages: not the seller's
            # trap, even when they repeat its words ("你让我关闭纠纷？").
            own = [n for n, line in enumerate(row["lines"], start=1) if line.get("side") == "right"]
        elif item.kind == "chat_text":  # not indexed yet: read it, without writing anything from a getter
            text = app.objects.path_for(item.sha256).read_bytes().decode("utf-8", errors="replace")
        else:
            continue
        for h in rules.scan_lines(text.splitlines(), item.id, skip=own):
            s = rules.signals[h.signal]
            advice, source = s.advice_for(platform)
            out.append(ScamHitView(item.id, h.line, h.text, h.signal, pb.t(s.label, lang), pb.t(advice, lang),
                                   book.source_line(source), [w for w in s.warnings if w in known]))
    return out


# --- the refusal, answered once for the Overview and the dossier ---------------------------------------------------
def refusal_arguments(app: App, case_id: str, lang: str = "en") -> list[ArgumentView]:
    """Each part of the seller's stated refusal answered from the case's evidence, citing exhibits by the numbers
    the dossier gives them. The exporter prints exactly these (services/exporting.gather)."""
    lang = pb.normalize_lang(lang)
    book = load_playbook()
    case = get_case(app, case_id)
    con = app.db.con
    items = items_repo.for_case(con, case_id)
    nos = exhibits.numbers(items)
    args = book.answer_refusals(case, items, cases_repo.events(con, case_id), lang, book.exhibit_refs(nos, lang),
                                texts=text_repo.texts_for_case(con, case_id), tags=text_repo.tags_for_case(con, case_id))
    return [ArgumentView(a.key, a.reason, a.text, sorted(nos[i] for i in a.items if i in nos),
                         [pb.t(book.evidence[k].label, lang) for k in a.missing], a.source, a.unsure, a.advice,
                         a.check_first) for a in args]
