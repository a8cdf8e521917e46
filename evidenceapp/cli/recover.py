"""recover: list the files found that belong to no case (quarantine/), or attach them to a case."""

from __future__ import annotations

import argparse

from ..core.errors import InvalidInput
from ..services import quarantine
from ..services.app import App
from ..services.cases import resolve_case
from .base import Result, table


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    rec = sub.add_parser("recover", parents=[common],
                         help="files found that belong to no case: list them, or attach them to CASE")
    rec.add_argument("case", nargs="?", help="the case to attach them to (without it: list them)")
    rec.add_argument("ids", nargs="*", help="ids (or unique prefixes) from the list")
    rec.add_argument("--all", action="store_true", help="attach every file that belongs to no case")
    rec.set_defaults(handler=recover_cmd)


def recover_cmd(app: App, args: argparse.Namespace) -> Result:
    if not args.case:
        entries = quarantine.list_quarantined(app)
        pending = [q for q in entries if q.pending]
        rows = [[q.id[:12], f"{q.size:,}", q.reason, q.quarantined_at[:19],
                 "belongs to no case" if q.pending else (
                     "attached" if q.attached else "in a case already" if q.in_cases else "not recoverable")]
                for q in entries]
        text = (table(rows, ["id", "bytes", "reason", "quarantined (UTC)", "state"]) if rows
                else "quarantine/ is empty: every stored file belongs to a case.")
        if pending:
            text += (f"\n{len(pending)} file(s) found that belong to no case."
                     "\nAttach them: evidenceapp recover CASE --all   (or: evidenceapp recover CASE ID …)")
        return Result({"ok": True, "pending": len(pending), "files": [q.to_json() for q in entries]}, text)
    if not args.ids and not args.all:
        raise InvalidInput("name the files to attach (ids from `evidenceapp recover`) or use --all", field="ids")
    if args.ids and args.all:
        raise InvalidInput("give ids or --all, not both", field="ids")
    case = resolve_case(app, args.case)
    res = quarantine.attach(app, case.id, None if args.all else list(args.ids))
    lines = [f"attached {r['id'][:12]} as {r['name']} (item {r['item_id'][:8]})" for r in res["added"]]
    lines += [f"{r['id'][:12]} is already in the case (item {r['item_id'][:8]})" for r in res["duplicates"]]
    lines += [f"{e['id'][:12]}: [{e['code']}] {e['message']}" for e in res["errors"]]
    if not lines:
        lines = ["nothing to attach: no file belongs to no case"]
    return Result({"ok": not res["errors"], **res}, "\n".join(lines), 1 if res["errors"] else 0)
