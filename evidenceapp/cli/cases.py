"""case new|list|show|edit, journal, profile."""

from __future__ import annotations

import argparse

from ..core import times
from ..core.models import CARD_NETWORKS, DISPUTES, PLATFORMS, REQUESTS
from ..services import cases as cases_svc
from ..services import media as media_svc
from ..services.app import App
from .base import Result, table


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    case = sub.add_parser("case", help="create, list and show cases")
    csub = case.add_subparsers(dest="case_cmd", required=True)

    new = csub.add_parser("new", parents=[common], help="open a case for a disputed order")
    new.add_argument("--title", required=True)
    new.add_argument("--platform", required=True, choices=PLATFORMS)
    new.add_argument("--order-no", required=True)
    _case_fields(new)
    new.set_defaults(handler=case_new)

    ls = csub.add_parser("list", parents=[common], help="list cases")
    ls.set_defaults(handler=case_list)

    show = csub.add_parser("show", parents=[common], help="show a case, its items and journal head")
    show.add_argument("case")
    show.set_defaults(handler=case_show)

    edit = csub.add_parser("edit", parents=[common], help="change case fields")
    edit.add_argument("case")
    edit.add_argument("--title")
    edit.add_argument("--platform", choices=PLATFORMS)
    edit.add_argument("--order-no")
    edit.add_argument("--status")
    _case_fields(edit)
    edit.set_defaults(handler=case_edit)

    journal = sub.add_parser("journal", parents=[common], help="print a case's custody journal")
    journal.add_argument("case")
    journal.set_defaults(handler=journal_cmd)

    profile = sub.add_parser("profile", help="your details as the complainant (used in dossiers)")
    psub = profile.add_subparsers(dest="profile_cmd", required=True)
    pset = psub.add_parser("set", parents=[common])
    for f in cases_svc.PROFILE_FIELDS:
        pset.add_argument("--" + f.replace("_", "-"), dest=f)
    pset.set_defaults(handler=profile_set)
    pshow = psub.add_parser("show", parents=[common])
    pshow.set_defaults(handler=profile_show)


_FIELDS = ("seller", "amount", "currency", "dispute", "order_date", "delivered_at", "store_id",
           "seller_credit_code", "seller_address", "waybill_no", "carrier", "request", "refusal_reason", "facts",
           "product", "seller_legal_name", "return_waybill", "return_carrier", "return_shipped_at", "card_network",
           "card_last4", "transaction_ref")


def _case_fields(p: argparse.ArgumentParser) -> None:
    p.add_argument("--seller")
    p.add_argument("--amount", help="e.g. 199.00")
    p.add_argument("--currency", help="ISO code, e.g. CNY, EUR")
    p.add_argument("--dispute", choices=DISPUTES)
    p.add_argument("--order-date", help="YYYY-MM-DD")
    p.add_argument("--delivered-at", help="YYYY-MM-DD")
    p.add_argument("--store-id")
    p.add_argument("--seller-credit-code", help="统一社会信用代码")
    p.add_argument("--seller-address")
    p.add_argument("--waybill-no")
    p.add_argument("--carrier")
    p.add_argument("--request", choices=REQUESTS)
    p.add_argument("--refusal-reason")
    p.add_argument("--facts")
    p.add_argument("--product", help="the product's name as the listing gives it")
    p.add_argument("--seller-legal-name", help="the seller's legal entity (营业执照名称), if not the shop name")
    p.add_argument("--return-waybill", help="waybill of the parcel you sent back")
    p.add_argument("--return-carrier")
    p.add_argument("--return-shipped-at", help="YYYY-MM-DD, the day you sent it back")
    p.add_argument("--card-network", choices=CARD_NETWORKS)
    p.add_argument("--card-last4", help="last 4 digits of the card (card disputes)")
    p.add_argument("--transaction-ref", help="the payment's reference on your bank statement")


def _given(args: argparse.Namespace, names: tuple[str, ...]) -> dict[str, str]:
    return {k: getattr(args, k) for k in names if getattr(args, k, None) is not None}


def case_new(app: App, args: argparse.Namespace) -> Result:
    case = cases_svc.create_case(app, args.title, args.platform, args.order_no, **_given(args, _FIELDS))
    return Result({"id": case.id}, case.id)


def case_list(app: App, args: argparse.Namespace) -> Result:
    cases = cases_svc.list_cases(app)
    data = {"cases": [{"id": c.id, "title": c.title, "platform": c.platform, "order_no": c.order_no,
                       "items": c.item_count, "status": c.status} for c in cases]}
    if not cases:
        return Result(data, "no cases yet: evidenceapp case new --title … --platform … --order-no …")
    rows = [[c.id[:8], c.platform, c.order_no, str(c.item_count), c.status, c.title] for c in cases]
    return Result(data, table(rows, ["ID", "PLATFORM", "ORDER", "ITEMS", "STATUS", "TITLE"]))


def case_show(app: App, args: argparse.Namespace) -> Result:
    case = cases_svc.resolve_case(app, args.case)
    items = cases_svc.case_items(app, case.id, include_hidden=True)
    data = {**case.to_dict(), "items": [i.to_dict() for i in items]}
    lines = [f"{case.title}  ({case.id})", f"  platform {case.platform}   order {case.order_no}"
             f"   dispute {case.dispute}   status {case.status}"]
    if case.seller or case.amount:
        lines.append(f"  seller {case.seller or '-'}   amount {case.amount or '-'} {case.currency}")
    lines.append(f"  journal {case.journal_len} entries, head {case.journal_head}")
    lines.append(f"  items ({len(items)}):")
    for i in items:
        flags = f"  [{', '.join(i.flags)}]" if i.flags else ""
        hidden = " (hidden)" if i.hidden else ""
        when = (f"{times.clock(parsed, parsed.tzinfo)} ({i.captured_at_source})" if (parsed := times.parse(i.captured_at))
                else "time unknown")
        lines.append(f"    {i.exhibit_order:>3}. {i.id[:8]} {i.kind:<10} {i.display_title}{hidden}")
        lines.append(f"         {i.mime}  {i.size} bytes  {when}{flags}")
        extra = []
        if i.camera_make or i.camera_model:
            extra.append(f"camera {i.camera_make} {i.camera_model}".strip())
        if i.width and i.height:
            extra.append(f"{i.width}x{i.height}")
        if i.duration:
            extra.append(f"{i.duration:.1f} s")
        if i.gps_lat is not None and i.gps_lon is not None:
            extra.append(f"GPS {i.gps_lat:.5f},{i.gps_lon:.5f}")
        if i.software:
            extra.append(f"software {i.software}")
        if i.metadata_error:
            extra.append(f"metadata error {i.metadata_error}")
        if extra:
            lines.append("         " + "  ".join(extra))
        lines += [f"         {line}" for line in media_svc.describe(app, i)]
        lines.append(f"         sha256 {i.sha256}")
    from .playbook import show_extra  # next step, missing evidence, deadlines, scam warnings (issue 8)

    extra_data, extra_lines = show_extra(app, case.id)
    data.update(extra_data)
    lines += extra_lines
    return Result(data, "\n".join(lines))


def case_edit(app: App, args: argparse.Namespace) -> Result:
    case = cases_svc.resolve_case(app, args.case)
    changes = _given(args, (*_FIELDS, "title", "platform", "order_no", "status"))
    case = cases_svc.edit_case(app, case.id, **changes)
    return Result(case.to_dict(), f"updated {case.id}")


def journal_cmd(app: App, args: argparse.Namespace) -> Result:
    case = cases_svc.resolve_case(app, args.case)
    entries = cases_svc.journal(app, case.id)
    data = {"case_id": case.id, "entries": [{**e.body(), "hash": e.hash} for e in entries]}
    import json

    lines = [f"{e.seq:>4} {e.ts_utc} {e.actor:<6} {e.action:<20} {json.dumps(e.payload, ensure_ascii=False)}"
             f"\n     hash {e.hash}" for e in entries]
    return Result(data, "\n".join(lines) or "(empty journal)")


def profile_set(app: App, args: argparse.Namespace) -> Result:
    profile = cases_svc.set_profile(app, **_given(args, cases_svc.PROFILE_FIELDS))
    return Result({"profile": profile}, "profile saved")


def profile_show(app: App, args: argparse.Namespace) -> Result:
    profile = cases_svc.get_profile(app)
    text = "\n".join(f"{k}: {profile.get(k, '')}" for k in cases_svc.PROFILE_FIELDS)
    return Result({"profile": profile}, text)
