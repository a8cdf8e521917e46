"""add, item edit, tag, verify."""

from __future__ import annotations

import argparse

from ..core.models import ITEM_KINDS
from ..services import cases as cases_svc
from ..services import items as items_svc
from ..services import playbook as playbook_svc
from ..services.app import App
from ..services.importing import add_paths
from ..services.verifying import verify_case
from .base import Result, stderr_progress


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    add = sub.add_parser("add", parents=[common], help="add files or folders (recursive) to a case")
    add.add_argument("case")
    add.add_argument("paths", nargs="+", metavar="PATH")
    add.set_defaults(handler=add_cmd)

    item = sub.add_parser("item", help="edit an item's title, note, what it proves, order")
    isub = item.add_subparsers(dest="item_cmd", required=True)
    edit = isub.add_parser("edit", parents=[common])
    edit.add_argument("case")
    edit.add_argument("item", help="item id, id prefix or sha256 prefix")
    edit.add_argument("--title")
    edit.add_argument("--note")
    edit.add_argument("--proves", help="what this exhibit proves (证明目的)")
    edit.add_argument("--order", type=int, dest="exhibit_order")
    edit.add_argument("--kind", choices=ITEM_KINDS)
    edit.add_argument("--hide", action="store_const", const=True, dest="hidden")
    edit.add_argument("--unhide", action="store_const", const=False, dest="hidden")
    edit.set_defaults(handler=item_edit)

    verify = sub.add_parser("verify", parents=[common], help="re-hash every object and check the journal chain;"
                            " or check an exported BUNDLE.zip (sums, chain, signature, timestamp)")
    verify.add_argument("case", help="CASE, or an exported BUNDLE.zip (or its unpacked folder)")
    verify.add_argument("--tsa-ca", metavar="PEM", help="bundle: the TSA's CA certificate you trust")
    verify.add_argument("--key", metavar="FINGERPRINT", help="bundle: the signing key fingerprint you expect")
    verify.set_defaults(handler=verify_cmd)

    tag = sub.add_parser("tag", parents=[common], help="say what an item shows, e.g. tag CASE ITEM advance_payment")
    tag.add_argument("case")
    tag.add_argument("item")
    tag.add_argument("tag", choices=playbook_svc.EVIDENCE_TAGS)
    tag.add_argument("--remove", action="store_true")
    tag.set_defaults(handler=tag_cmd)


def add_cmd(app: App, args: argparse.Namespace) -> Result:
    case = cases_svc.resolve_case(app, args.case)
    report = add_paths(app, case.id, args.paths, progress=stderr_progress(args))
    lines = [f"added {len(report.added)}, duplicates {len(report.duplicates)}, errors {len(report.errors)}"]
    for i in report.added:
        flags = f" [{', '.join(i.flags)}]" if i.flags else ""
        lines.append(f"  + {i.id[:8]} {i.kind:<10} {i.original_name}{flags}")
    for d in report.duplicates:
        lines.append(f"  = {d['path']} is already item {d['item_id'][:8]} ({d['name']})")
    for e in report.errors:
        lines.append(f"  ! {e['path']}: [{e['code']}] {e['message']}")
    return Result(report.to_json(), "\n".join(lines), 1 if report.errors else 0)


def item_edit(app: App, args: argparse.Namespace) -> Result:
    case = cases_svc.resolve_case(app, args.case)
    item = items_svc.resolve_item(app, case.id, args.item)
    changes = {k: getattr(args, k) for k in ("title", "note", "proves", "exhibit_order", "kind", "hidden")
               if getattr(args, k) is not None}
    item = items_svc.edit_item(app, item.id, **changes)
    return Result(item.to_dict(), f"updated {item.id}")


def verify_cmd(app: App, args: argparse.Namespace) -> Result:
    from pathlib import Path

    target = Path(args.case)
    if target.suffix.lower() == ".zip" or (target.is_dir() and (target / "SHA256SUMS").is_file()):
        from .integrity import verify_bundle_cmd

        return verify_bundle_cmd(app, args)
    case = cases_svc.resolve_case(app, args.case)
    report = verify_case(app, case.id)
    if report.ok:
        text = (f"OK: {report.objects_checked} objects re-hash, journal of {report.journal_entries} entries holds"
                f" (head {report.head_hash})")
    else:
        lines = [f"FAILED: {len(report.problems)} problem(s)"]
        for p in report.problems:
            if p["kind"] == "journal":
                lines.append(f"  journal: first broken entry {p['seq']} ({p['reason'].replace('_', ' ')})")
            else:
                lines.append(f"  {p['kind']}: item {p['item_id'][:8]} \"{p['title']}\" (original name"
                             f" {p['name']}) at {p['path']}: {p['detail']}")
        text = "\n".join(lines)
    return Result(report.to_json(), text, 0 if report.ok else 1)


def tag_cmd(app: App, args: argparse.Namespace) -> Result:
    case = cases_svc.resolve_case(app, args.case)
    item = items_svc.resolve_item(app, case.id, args.item)
    playbook_svc.tag_item(app, case.id, item.id, args.tag, on=not args.remove)
    tags = sorted(playbook_svc.item_tags(app, case.id).get(item.id, set()))
    return Result({"item_id": item.id, "tags": tags}, f"{item.id[:8]} tags: {', '.join(tags) or '-'}")
