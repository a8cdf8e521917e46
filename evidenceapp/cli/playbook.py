"""Dispute playbook on the command line: case next/status, event, deadline, scan-chat, playbook show.
(Chat text — ocr, search, paste — is cli/chat.py; tags are cli/evidence.py.)"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..core import playbook as pb
from ..core.errors import InvalidInput
from ..core.langs import LANGS
from ..core.models import DISPUTES, PLATFORMS
from ..services import cases as cases_svc
from ..services import ocr as ocr_svc
from ..services import playbook as svc
from ..services.app import App
from .base import Result, read_text_arg, table

LANG_CHOICES = LANGS
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp", ".bmp", ".heic")


def _case_subparsers(sub: argparse._SubParsersAction) -> argparse._SubParsersAction:
    """The ``case`` command's own subcommands (registered by cli/cases.py), so ours read ``case next CASE``."""
    case = sub.choices["case"]
    for action in case._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    raise RuntimeError("cli.cases must be registered before cli.playbook")


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    lang = argparse.ArgumentParser(add_help=False)
    lang.add_argument("--lang", choices=LANG_CHOICES, default="en", help="language of the advice (default en)")

    csub = _case_subparsers(sub)
    nxt = csub.add_parser("next", parents=[common, lang], help="the next step, missing evidence, readiness, deadlines")
    nxt.add_argument("case")
    nxt.set_defaults(handler=case_next)
    status = csub.add_parser("status", parents=[common, lang],
                             help="the whole path, events, refusal answer, warnings, deadlines, scam warnings")
    status.add_argument("case")
    status.set_defaults(handler=case_status)

    event = sub.add_parser("event", help="record what happened in the dispute (journalled, with its date)")
    esub = event.add_subparsers(dest="event_cmd", required=True)
    eadd = esub.add_parser("add", parents=[common], help="e.g. event add CASE seller_refused --reason '已签收'")
    eadd.add_argument("case")
    eadd.add_argument("kind", help="see `evidenceapp event kinds`")
    eadd.add_argument("--at", help="when (YYYY-MM-DD or 'YYYY-MM-DD HH:MM', local time); default now")
    eadd.add_argument("--reason", help="seller_refused: the seller's reason as they stated it")
    eadd.add_argument("--outcome", help="platform_decision / court_decision: e.g. buyer, seller, partial")
    eadd.add_argument("--note")
    eadd.add_argument("--days", type=float,
                      help="mediators_asked_to_wait: the days you were asked to wait (\"Temps de réponse\")")
    eadd.add_argument("--shipped", choices=("yes", "no"),
                      help="refund_requested: whether the order had been shipped (48 h vs 5 days to answer)")
    eadd.set_defaults(handler=event_add)
    elist = esub.add_parser("list", parents=[common, lang])
    elist.add_argument("case")
    elist.set_defaults(handler=event_list)
    ekinds = esub.add_parser("kinds", parents=[common, lang])
    ekinds.set_defaults(handler=event_kinds)

    dl = sub.add_parser("deadline", help="deadlines: add, list, edit, remove (countdown with 48 h / 24 h warnings)")
    dsub = dl.add_subparsers(dest="deadline_cmd", required=True)
    dadd = dsub.add_parser("add", parents=[common, lang])
    dadd.add_argument("case")
    dadd.add_argument("kind", help="see `evidenceapp deadline kinds`")
    dadd.add_argument("--due", help="YYYY-MM-DD (end of that day) or 'YYYY-MM-DD HH:MM'; default from the playbook")
    dadd.add_argument("--days-left", type=float,
                      help="the days left on the platform's countdown (e.g. buyer protection in the order details)")
    dadd.add_argument("--label")
    dadd.add_argument("--note")
    dadd.set_defaults(handler=deadline_add)
    dlist = dsub.add_parser("list", parents=[common, lang])
    dlist.add_argument("case")
    dlist.set_defaults(handler=deadline_list)
    dedit = dsub.add_parser("edit", parents=[common, lang])
    dedit.add_argument("id", type=int)
    dedit.add_argument("--due")
    dedit.add_argument("--label")
    dedit.add_argument("--note")
    dedit.add_argument("--done", action="store_const", const=True, dest="done")
    dedit.add_argument("--undone", action="store_const", const=False, dest="done")
    dedit.set_defaults(handler=deadline_edit)
    drm = dsub.add_parser("remove", parents=[common])
    drm.add_argument("id", type=int)
    drm.set_defaults(handler=deadline_remove)
    dkinds = dsub.add_parser("kinds", parents=[common, lang])
    dkinds.add_argument("--platform", choices=PLATFORMS)
    dkinds.set_defaults(handler=deadline_kinds)

    scan = sub.add_parser("scan-chat", parents=[common, lang],
                          help="flag the seller's known traps in chat text (one message per line)")
    scan.add_argument("file", nargs="?", help="a text file, a screenshot (read by OCR), or - for standard input")
    scan.add_argument("--case", help="scan the case's chat text (OCR of its screenshots, pasted chat)")
    scan.add_argument("--no-ocr", action="store_true", help="with --case: do not read screenshots not read yet")
    scan.add_argument("--platform", choices=PLATFORMS,
                      help="show that platform's advice (with --case: the case's platform)")
    scan.set_defaults(handler=scan_chat)

    playbook = sub.add_parser("playbook", help="the dispute playbook for a platform and dispute type")
    psub = playbook.add_subparsers(dest="playbook_cmd", required=True)
    pshow = psub.add_parser("show", parents=[common, lang])
    pshow.add_argument("--platform", choices=PLATFORMS, required=True)
    pshow.add_argument("--dispute", choices=DISPUTES, required=True)
    pshow.set_defaults(handler=playbook_show)


# --- case next / status / show ------------------------------------------------------------------------------------
def _ui(key: str, lang: str, **kw: Any) -> str:
    """A CLI heading or word from the playbook's ui table, in ``lang``."""
    text = pb.t(svc.load_playbook().ui.get(key), lang)
    return text.format(**kw) if kw else text


def _deadline_lines(deadlines: list[svc.DeadlineView], lang: str = "en") -> list[str]:
    marks = {"ok": " ", "warning": "!", "urgent": "!!", "passed": "x", "done": "✓"}
    out = []
    for d in deadlines:
        # "passed 2 d ago" already says it is passed; "done" needs no countdown.
        state = "" if d.status == "passed" else _ui("status_" + d.status, lang)
        left = "" if d.done else d.remaining
        out.append(f"    {marks[d.status]:<2} #{d.id} {d.due_at}  {state:<7} {left:<18} {d.label}".rstrip())
        out.append(f"       [{d.sureness} · {d.source}]")
    return out


def _heading(text: str, lang: str) -> str:
    """A group title followed by the colon of its language ("Délais :", "时间与期限：", "Time limits:")."""
    return text + {"fr": "\u202f:", "zh_CN": "："}.get(lang, ":")


def guidance_lines(g: svc.Guidance, full: bool = False) -> list[str]:
    """The guidance as text, every heading in the guidance's language; `case next` and `case status` print every
    warning that applies (grouped), `case status` the whole path and events too."""
    lang = g.lang
    unsure = _ui("cli_unsure", lang)
    lines = [f"  {g.platform} · {g.dispute}"]
    if g.resolved:
        lines.append(f"  {g.status_text}")
    elif g.next_step:
        s = g.next_step
        lines.append("  " + _ui("cli_next_step", lang, title=s.title, n=g.readiness) + (f"  {unsure}" if s.unsure else ""))
        lines.append(f"    {s.how}")
        if s.menu:
            lines.append(f"    {_ui('cli_where', lang)} {s.menu}")
        if g.missing_evidence:
            lines.append("  " + _ui("cli_missing", lang))
            for e in g.missing_evidence:
                rec = "" if e.required else ("" if lang == "zh_CN" else " ") + _ui("cli_recommended", lang)
                lines.append(f"    - {e.label}{rec} — {e.hint}")
        if g.present_evidence:
            lines.append("  " + _ui("cli_have", lang) + " " + "; ".join(
                f"{e.label} ({len(e.items)})" for e in g.present_evidence))
    if g.actions:
        lines.append("  " + _ui("cli_actions", lang))
        for a in g.actions:
            lines.append(f"    * {a.title}" + (f"  ({a.sureness})" if a.unsure else ""))
            lines.append(f"      {a.how}   [{a.source}]")
            if a.menu:
                lines.append(f"      {_ui('cli_where', lang)} {a.menu}")
    for a in g.refusals:  # each part of the seller's refusal, as the Overview and the dossier answer it
        lines.append(f"  {_ui('cli_refusal', lang)} {a.reason}")
        lines.append(f"    {_ui('cli_answer', lang)} {a.advice}   [{a.source}]")
        if a.check_first:
            lines.append(f"    {a.check_first}")
        lines.append(f"    {_ui('cli_dossier_says', lang)} {a.text}")
    if g.deadlines:
        lines.append("  " + _ui("cli_deadlines", lang))
        lines += _deadline_lines(g.deadlines, lang)
    if g.scam_hits:
        lines.append("  " + _ui("cli_scam", lang, n=len(g.scam_hits)))
        for h in g.scam_hits:
            lines.append(f"    ! {_ui('cli_item_line', lang, item=h.item_id[:8], line=h.line)} {h.text}")
            lines.append(f"      {h.label} — {h.advice}")
    if full:
        lines.append("  " + _ui("cli_path", lang))
        for s in g.steps:
            mark = {"done": "✓", "current": "→", "todo": " "}[s.status]
            lines.append(f"    {mark} {s.title}   [{s.source}]")
        if g.events:
            lines.append("  " + _ui("cli_events", lang))
            for e in g.events:
                lines.append(f"    {e['at']}  {e['label']}  {_detail_text(e['detail'])}".rstrip())
    if g.suggested_deadlines:
        lines.append("  " + _ui("cli_suggested", lang))
        for s in g.suggested_deadlines:
            lines.append(f"    {s['kind']}: {s.get('due_at') or s.get('ask', '')}  {s['label']}")
    n = sum(len(grp.warnings) for grp in g.warning_groups)
    if n:
        lines.append("  " + _ui("cli_warnings", lang, n=n))
        for grp in g.warning_groups:
            lines.append(f"    {_heading(grp.title, lang)}")
            for w in grp.warnings:
                lines.append(f"      - {w.text}{' ' + unsure if w.unsure else ''}   [{w.source}]")
    if full:
        lines.append("  " + _ui("cli_refusals", lang))
        for r in g.refusal_answers:
            lines.append(f"    - {r.reason}: {r.answer}")
    return lines


def _detail_text(detail: dict[str, Any]) -> str:
    return " ".join(f"{k}={v}" for k, v in sorted(detail.items()))


def show_extra(app: App, case_id: str, lang: str = "en") -> tuple[dict[str, Any], list[str]]:
    """What `case show` adds: next step, missing evidence, deadlines, scam warnings."""
    g = svc.case_guidance(app, case_id, lang)
    data = {"guidance": {"next_step": g.to_dict()["next_step"], "readiness": g.readiness, "resolved": g.resolved,
                         "missing_evidence": [e.key for e in g.missing_evidence],
                         "deadlines": [d.__dict__ for d in g.deadlines],
                         "scam_hits": [h.__dict__ for h in g.scam_hits]}}
    return data, ["  dispute:", *guidance_lines(g)]


def case_next(app: App, args: argparse.Namespace) -> Result:
    case = cases_svc.resolve_case(app, args.case)
    g = svc.case_guidance(app, case.id, args.lang)
    d = g.to_dict()
    data = {k: d[k] for k in ("case_id", "next_step", "missing_evidence", "present_evidence", "readiness",
                              "resolved", "deadlines", "suggested_deadlines", "refusal", "scam_hits", "warnings",
                              "warning_groups", "actions")}
    return Result(data, "\n".join([f"{case.title}  ({case.id[:8]})", *guidance_lines(g)]))


def case_status(app: App, args: argparse.Namespace) -> Result:
    case = cases_svc.resolve_case(app, args.case)
    g = svc.case_guidance(app, case.id, args.lang)
    return Result(g.to_dict(), "\n".join([f"{case.title}  ({case.id[:8]})", *guidance_lines(g, full=True)]))


# --- events -------------------------------------------------------------------------------------------------------
def event_add(app: App, args: argparse.Namespace) -> Result:
    case = cases_svc.resolve_case(app, args.case)
    detail = {k: v for k, v in (("reason", args.reason), ("outcome", args.outcome), ("note", args.note),
                                ("days", args.days), ("shipped", args.shipped)) if v}
    ev = svc.add_event(app, case.id, args.kind, at=args.at, detail=detail)
    g = svc.case_guidance(app, case.id)
    nxt = g.next_step.title if g.next_step else g.status_text
    return Result({"event": ev, "next_step": g.to_dict()["next_step"]},
                  f"recorded {ev['kind']} at {ev['at']}\nnext: {nxt}")


def event_list(app: App, args: argparse.Namespace) -> Result:
    case = cases_svc.resolve_case(app, args.case)
    events = svc.list_events(app, case.id, args.lang)
    text = "\n".join(f"{e['id']:>4} {e['at']}  {e['label']}  {_detail_text(e['detail'])}".rstrip() for e in events)
    return Result({"case_id": case.id, "events": events}, text or "(no events yet)")


def event_kinds(app: App, args: argparse.Namespace) -> Result:
    book = svc.load_playbook()
    kinds = {k: pb.t(v, args.lang) for k, v in book.events.items()}
    return Result({"kinds": kinds}, "\n".join(f"{k:<28} {v}" for k, v in kinds.items()))


# --- deadlines ----------------------------------------------------------------------------------------------------
def deadline_add(app: App, args: argparse.Namespace) -> Result:
    case = cases_svc.resolve_case(app, args.case)
    d = svc.add_deadline(app, case.id, args.kind, args.due, args.label or "", args.note or "", days_left=args.days_left)
    view = next(v for v in svc.list_deadlines(app, case.id, args.lang) if v.id == d.id)
    return Result({"deadline": view.__dict__}, f"deadline #{d.id} {view.label}: {view.due_at} ({view.remaining})")


def deadline_list(app: App, args: argparse.Namespace) -> Result:
    case = cases_svc.resolve_case(app, args.case)
    views = svc.list_deadlines(app, case.id, args.lang)
    return Result({"case_id": case.id, "deadlines": [v.__dict__ for v in views]},
                  "\n".join(_deadline_lines(views, pb.normalize_lang(args.lang))) or "(no deadlines)")


def deadline_edit(app: App, args: argparse.Namespace) -> Result:
    d = svc.edit_deadline(app, args.id, due_at=args.due, label=args.label, note=args.note, done=args.done)
    view = next(v for v in svc.list_deadlines(app, d.case_id, args.lang) if v.id == d.id)
    return Result({"deadline": view.__dict__}, f"deadline #{d.id}: {view.due_at} {view.status}")


def deadline_remove(app: App, args: argparse.Namespace) -> Result:
    svc.delete_deadline(app, args.id)
    return Result({"removed": args.id}, f"removed deadline #{args.id}")


def deadline_kinds(app: App, args: argparse.Namespace) -> Result:
    book = svc.load_playbook()
    defs = book.deadline_kinds(args.platform) if args.platform else list(book.deadlines.values())
    data = [{"kind": d.key, "label": pb.t(d.label, args.lang), "note": pb.t(d.note, args.lang), "anchor": d.anchor,
             "days": d.days, "hours": d.hours, "working_days": d.working_days, "status": d.status,
             "variants": {w: vars(x) for w, x in d.variants.items()}, "length_from": d.length_from,
             "closed_by": list(d.closed_by), "ask": pb.t(d.ask, args.lang),
             "source": book.source_line(d.source)} for d in defs]
    rows = [[d["kind"], d["anchor"], _length(d), d["status"], d["label"]] for d in data]
    return Result({"kinds": data}, table(rows, ["KIND", "FROM", "LENGTH", "STATUS", "LABEL"]))


def _length(d: dict[str, Any]) -> str:
    if d["variants"]:
        return " / ".join(f"{when}: {_length({**v, 'variants': {}, 'length_from': ''})}"
                          for when, v in d["variants"].items())
    if d["length_from"]:
        return "you give it"
    parts = [f"{d['days']:g} d" if d["days"] else "", f"{d['hours']} h" if d["hours"] else "",
             f"{d['working_days']} working d" if d["working_days"] else ""]
    return " ".join(p for p in parts if p) or "you give the date"


# --- chat ---------------------------------------------------------------------------------------------------------
def scan_chat(app: App, args: argparse.Namespace) -> Result:
    rules = svc.load_scam_rules()
    lang = pb.normalize_lang(args.lang)
    platform = svc.load_playbook().platform(args.platform).key if args.platform else ""
    ocr_report = None
    if args.case:
        case = cases_svc.resolve_case(app, args.case)
        if not args.no_ocr and ocr_svc.available():
            ocr_report = ocr_svc.ocr_case(app, case.id)
        hits = [{"line": h.line, "text": h.text, "signal": h.signal, "advice": h.advice, "label": h.label,
                 "item_id": h.item_id, "source": h.source} for h in svc.scan_case(app, case.id, lang)]
    elif args.file and Path(args.file).suffix.lower() in IMAGE_SUFFIXES:
        # A screenshot given directly: read it (offline OCR), then scan its lines, not the buyer's own bubbles.
        lines, own = ocr_svc.screenshot_lines(Path(args.file))
        hits = [h.to_dict(rules, lang, platform) for h in rules.scan_lines(lines, skip=own)]
    elif args.file:
        hits = [h.to_dict(rules, lang, platform) for h in rules.scan_text(read_text_arg(args.file))]
    else:
        raise InvalidInput("give a FILE, - for standard input, or --case CASE", field="scan-chat")
    data: dict[str, Any] = {"hits": hits}
    if ocr_report is not None:
        data["ocr"] = ocr_report.to_json()
    lines = []
    for h in hits:
        where = (_ui("cli_item_line", lang, item=h["item_id"][:8], line=h["line"]) if h.get("item_id")
                 else _ui("cli_line", lang, line=h["line"]))
        lines.append(f"{where} {h['text']}\n  ! {h['label']} — {h['advice']}")
    return Result(data, "\n".join(lines) or _ui("cli_no_signal", lang))


# --- playbook show ------------------------------------------------------------------------------------------------
def playbook_show(app: App, args: argparse.Namespace) -> Result:
    book = svc.load_playbook()
    lang = args.lang
    steps = []
    lines = [f"{pb.t(book.platform(args.platform).name, lang)} · {pb.t(book.dispute(args.dispute).label, lang)}"]
    for n, ps in enumerate(book.path(args.platform, args.dispute), start=1):
        s = ps.step
        unsure = book.is_unsure(s.source, s.check)
        steps.append({
            "key": s.key, "title": pb.t(s.title, lang), "how": pb.t(s.how, lang), "menu": pb.t(s.menu, lang),
            "menu_to_check": book.is_unsure(s.menu_source, s.menu_check) if s.menu else False,
            "evidence": [{"key": k, "label": pb.t(book.evidence[k].label, lang)} for k in ps.required],
            "recommended": [{"key": k, "label": pb.t(book.evidence[k].label, lang)} for k in ps.extra],
            "source": book.source_line(s.source), "to_check": unsure,
        })
        lines.append(f"{n}. {steps[-1]['title']}   [{steps[-1]['source']}]")
        lines.append(f"   {steps[-1]['how']}")
        if s.menu:
            lines.append(f"   {_ui('cli_where', lang)} {steps[-1]['menu']}"
                         + (f" {_ui('cli_unsure', lang)}" if steps[-1]["menu_to_check"] else ""))
        lines.append(f"   {_ui('cli_evidence', lang)} " + "; ".join(e["label"] for e in steps[-1]["evidence"]))
        if steps[-1]["recommended"]:
            lines.append(f"   {_ui('cli_recommended_list', lang)} "
                         + "; ".join(e["label"] for e in steps[-1]["recommended"]))
    refusals = [{"key": r.key, "reason": pb.t(r.reason, lang), "answer": pb.t(r.answer, lang),
                 "source": book.source_line(r.source)} for r in book.refusals_for(args.platform, args.dispute)]
    warnings = [{"key": w.key, "text": pb.t(w.text, lang), "source": book.source_line(w.source), "status": w.status,
                 "group": w.group}
                for w in book.warnings(args.platform, args.dispute)]
    actions = [{"key": a.key, "title": pb.t(a.title, lang), "how": pb.t(a.how, lang), "when": a.when,
                "source": book.source_line(a.source), "status": a.status}
               for a in book.actions_defined(args.platform, args.dispute)]
    if actions:
        lines.append(_ui("cli_actions", lang))
        lines += [f"  * {a['title']} ({a['when']}): {a['how']}   [{a['source']}]" for a in actions]
    lines.append(_ui("cli_refusals", lang))
    lines += [f"  - {r['reason']}: {r['answer']}   [{r['source']}]" for r in refusals]
    lines.append(_ui("cli_warnings", lang, n=len(warnings)))
    lines += [f"  - {w['text']}   [{w['source']}]" for w in warnings]
    return Result({"platform": args.platform, "dispute": args.dispute, "steps": steps, "refusals": refusals,
                   "warnings": warnings, "actions": actions,
                   "deadlines": [d.key for d in book.deadline_kinds(args.platform)]},
                  "\n".join(lines))
