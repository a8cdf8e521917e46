"""share (stripped copies), thumbs (rebuild derived pictures). Video keyframes: ``keyframes`` in cli/record.py."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..services import cases as cases_svc
from ..services import items as items_svc
from ..services import media as media_svc
from ..services import waybill as waybill_svc
from ..services.app import App
from .base import Result


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    share = sub.add_parser("share", parents=[common],
                           help="write a copy of an item without GPS, serial numbers, MakerNote and owner names")
    share.add_argument("case")
    share.add_argument("item", help="item id, id prefix or sha256 prefix")
    share.add_argument("--strip", action="store_true", required=True,
                       help="remove identifying metadata (required: the original itself is never shared here)")
    share.add_argument("--out", type=Path, help="folder to write the copy into (default: the app's derived folder)")
    share.set_defaults(handler=share_cmd)

    thumbs = sub.add_parser("thumbs", parents=[common], help="re-create missing thumbnails of a case's pictures")
    thumbs.add_argument("case")
    thumbs.set_defaults(handler=thumbs_cmd)

    wb = sub.add_parser("waybill", parents=[common],
                        help="read the shipping label in a take (its first 20 s) or a photo and compare its waybill"
                             " number with the case's")
    wb.add_argument("case")
    wb.add_argument("item", help="the take, video or photo")
    wb.set_defaults(handler=waybill_cmd)


def share_cmd(app: App, args: argparse.Namespace) -> Result:
    case = cases_svc.resolve_case(app, args.case)
    item = items_svc.resolve_item(app, case.id, args.item)
    copy = media_svc.share_copy(app, case.id, item, strip=args.strip, out_dir=args.out)
    where = copy.exported_to or copy.path
    lines = [f"share copy of {item.display_title}: {where}",
             f"  source sha256 {copy.source_sha256}", f"  copy   sha256 {copy.sha256}",
             "  removed: " + "; ".join(copy.removed)]
    if copy.re_encoded:
        lines.append("  note: re-encoded to JPEG (this format cannot be cleaned losslessly)")
    lines.append("  the original is unchanged; the journal records the derivation")
    return Result(copy.to_json(), "\n".join(lines))


def thumbs_cmd(app: App, args: argparse.Namespace) -> Result:
    case = cases_svc.resolve_case(app, args.case)
    report = media_svc.rebuild_derived(app, case.id)
    return Result(report, f"thumbnails rebuilt {report['rebuilt']}, pictures without a thumbnail"
                          f" {report['without_picture']}")


def waybill_cmd(app: App, args: argparse.Namespace) -> Result:
    case = cases_svc.resolve_case(app, args.case)
    item = items_svc.resolve_item(app, case.id, args.item)
    out = waybill_svc.check(app, case.id, item.id)
    shape = {k: out[k] for k in ("found", "text", "at", "matches_case", "crop_item_id")}
    if not out["found"]:
        text = "no waybill number found: film the shipping label before opening the parcel"
    elif out["matches_case"]:
        at = f" at {out['at']:.1f} s" if out["at"] is not None else ""
        text = f"waybill {out['text']} read{at}: it is this case's number (crop stored as item {out['crop_item_id'][:8]})"
    else:
        text = (f"waybill {out['text']} read, but it is not this case's number"
                f" ({case.waybill_no or 'no waybill number on the case'}): check the label or the case")
    return Result(shape, text, 0)
