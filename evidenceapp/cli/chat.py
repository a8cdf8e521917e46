"""Chat text on the command line: read screenshots (ocr), search their text, paste chat text as an item."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

from ..services import cases as cases_svc
from ..services import items as items_svc
from ..services import ocr as ocr_svc
from ..services import playbook as playbook_svc
from ..services.app import App
from .base import Result, read_text_arg


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    ocr = sub.add_parser("ocr", parents=[common], help="read the text of a case's chat screenshots (offline)")
    ocr.add_argument("case")
    ocr.add_argument("--force", action="store_true", help="read again even when text is stored")
    ocr.set_defaults(handler=ocr_cmd)

    search = sub.add_parser("search", parents=[common], help="find chat screenshots and pasted chat by their text")
    search.add_argument("case")
    search.add_argument("query")
    search.set_defaults(handler=search_cmd)

    paste = sub.add_parser("paste", parents=[common], help="add chat text (a file or -) to a case as an item")
    paste.add_argument("case")
    paste.add_argument("file", nargs="?", default="-")
    paste.add_argument("--name", default="chat.txt")
    paste.set_defaults(handler=paste_cmd)

    tr = sub.add_parser("transcript", parents=[common],
                        help="type what was said in a call recording (a file or -); the dossier prints it")
    tr.add_argument("case")
    tr.add_argument("item")
    tr.add_argument("file", nargs="?", default="-")
    tr.set_defaults(handler=transcript_cmd)


def ocr_cmd(app: App, args: argparse.Namespace) -> Result:
    case = cases_svc.resolve_case(app, args.case)
    started = datetime.now(UTC)
    report = ocr_svc.ocr_case(app, case.id, force=args.force)
    wall = (datetime.now(UTC) - started).total_seconds()
    n = len(report.done)
    text = f"read {n} item(s) in {wall:.1f} s" + (f", {len(report.errors)} error(s)" if report.errors else "")
    for e in report.errors:
        text += f"\n  {e['item_id'][:8]}: [{e['code']}] {e['message']}"
    return Result({**report.to_json(), "wall_seconds": round(wall, 3)}, text, 1 if report.errors else 0)


def search_cmd(app: App, args: argparse.Namespace) -> Result:
    case = cases_svc.resolve_case(app, args.case)
    found = ocr_svc.search(app, case.id, args.query)
    lines = []
    for f in found:
        item = items_svc.resolve_item(app, case.id, f["item_id"])
        lines.append(f"{f['item_id'][:8]} {item.display_title}")
        lines += [f"  {x['line']:>4}: {x['text']}" for x in f["lines"]]
    return Result({"query": args.query, "results": found}, "\n".join(lines) or "no match")


def paste_cmd(app: App, args: argparse.Namespace) -> Result:
    case = cases_svc.resolve_case(app, args.case)
    item = ocr_svc.add_chat_text(app, case.id, read_text_arg(args.file), args.name)
    hits = playbook_svc.scan_case(app, case.id)
    mine = [h for h in hits if h.item_id == item.id]
    text = f"added chat text as item {item.id[:8]}"
    if mine:
        text += f"; {len(mine)} scam warning(s): evidenceapp scan-chat --case {case.id[:8]}"
    return Result({"item_id": item.id, "sha256": item.sha256, "scam_hits": len(mine)}, text)


def transcript_cmd(app: App, args: argparse.Namespace) -> Result:
    case = cases_svc.resolve_case(app, args.case)
    item = items_svc.resolve_item(app, case.id, args.item)
    out = ocr_svc.set_transcript(app, case.id, item.id, read_text_arg(args.file))
    return Result(out, f"transcript of {item.display_title} stored ({out['chars']} characters)")
