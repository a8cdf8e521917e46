"""export CASE --template … --lang … -o DIR: the dossier PDF, the verifiable bundle and upload/."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path

from ..core.errors import InvalidInput
from ..core.models import PLATFORMS
from ..services import cases as cases_svc
from ..services.app import App
from ..services.exporting import LANGS, TEMPLATES
from .base import Result, stderr_progress

_FIX = {
    "profile.name": "evidenceapp profile set --name …",
    "profile.phone": "evidenceapp profile set --phone …",
    "profile.address": "evidenceapp profile set --address …",
    "case.seller": "evidenceapp case edit CASE --seller …",
    "case.seller_address": "evidenceapp case edit CASE --seller-address …",
    "case.seller_credit_code": "evidenceapp case edit CASE --seller-credit-code …",
    "case.store_id": "evidenceapp case edit CASE --store-id …",
    "case.amount": "evidenceapp case edit CASE --amount …",
    "case.order_date": "evidenceapp case edit CASE --order-date YYYY-MM-DD",
    "case.facts": "evidenceapp case edit CASE --facts …",
    "case.product": "evidenceapp case edit CASE --product …",
    "case.seller_legal_name": "evidenceapp case edit CASE --seller-legal-name …",
    "case.card_last4": "evidenceapp case edit CASE --card-network … --card-last4 NNNN",
    "case.transaction_ref": "evidenceapp case edit CASE --transaction-ref …",
    "case.return": "evidenceapp case edit CASE --return-shipped-at YYYY-MM-DD --return-carrier … --return-waybill …",
    "authority": "evidenceapp export CASE --template 12315 --authority …",
}


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("export", parents=[common], help="export the dossier PDF, the verifiable bundle and upload/")
    p.add_argument("case")
    p.add_argument("--template", required=True, choices=TEMPLATES,
                   help="platform (申请平台介入), 12315 (投诉书), fr-notice (mise en demeure / SignalConso), chargeback")
    p.add_argument("--platform", choices=PLATFORMS, help="for --template platform (default: the case's)")
    p.add_argument("--lang", required=True, choices=LANGS)
    p.add_argument("-o", "--out", required=True, type=Path, help="output folder")
    p.add_argument("--authority", default="", help="12315: the 市场监督管理局 the complaint is addressed to")
    p.add_argument("--deadline-days", type=int,
                   help="fr-notice: the days you give the trader to comply (no rule fixes it; left blank if not given)")
    p.add_argument("--created", help="fixed creation date (UTC, e.g. 2026-11-25T12:00:00Z) for reproducible output")
    p.add_argument("--no-sign", action="store_true", help="skip the signed proof manifest")
    p.add_argument("--include-gps", action="store_true",
                   help="print photos' GPS coordinates in the PDF (by default only that a location is recorded)")
    p.set_defaults(handler=export_cmd)


def export_cmd(app: App, args: argparse.Namespace) -> Result:
    case = cases_svc.resolve_case(app, args.case)
    created = None
    if args.created:
        try:
            created = datetime.fromisoformat(args.created.replace("Z", "+00:00"))
        except ValueError:
            raise InvalidInput(f"{args.created!r} is not an ISO date-time", field="created") from None
        if created.tzinfo is None:
            created = created.replace(tzinfo=UTC)
    from ..services.exporting import export_case  # reportlab loads only when exporting

    res = export_case(app, case.id, args.template, args.lang, args.out, platform=args.platform, created=created,
                      progress=stderr_progress(args, percent=True), sign=not args.no_sign,
                      authority=args.authority, deadline_days=args.deadline_days, include_gps=args.include_gps)
    up = res.upload
    lines = [
        f"dossier  {res.pdf}  ({res.pages} pages, {res.pdf.stat().st_size:,} bytes)",
        f"         sha256 {res.pdf_sha256}",
        f"bundle   {res.bundle}  ({res.bundle.stat().st_size:,} bytes)",
        f"         sha256 {res.bundle_sha256}",
        f"upload   {up.folder}/  for {up.channel.name}: {len(up.files)} file(s) + form.txt"
        f" — {'fits the limits' if up.fits else 'DOES NOT FIT'} ({up.channel.status})",
    ]
    lines += [f"  - {a}" for a in up.actions]
    lines += [f"  ! {p}" for p in up.problems]
    if res.images_downscaled:
        lines.append(f"  - {res.images_downscaled} image(s) downscaled for print; originals are in the bundle")
    required = [m for m in res.missing if m.required]
    optional = [m for m in res.missing if not m.required]
    if required:
        lines.append("MISSING (marked as blanks in the dossier; add them and export again):")
        lines += [f"  * {m.field} ({m.label}): {_FIX.get(m.field, '')}" for m in required]
    if optional:
        lines.append("optional, left blank:")
        lines += [f"  * {m.field} ({m.label}): {_FIX.get(m.field, '')}" for m in optional]
    lines.append(f"journal: export_made {res.journal_hash}")
    return Result(res.to_json(), "\n".join(lines), 0)
