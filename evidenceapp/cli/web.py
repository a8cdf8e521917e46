"""web: capture a web page (the seller's listing, a shop page) as evidence (网页取证)."""

from __future__ import annotations

import argparse

from ..services import cases as cases_svc
from ..services import web_capture as web_svc
from ..services.app import App
from .base import Result, stderr_progress


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    web = sub.add_parser("web", parents=[common],
                         help="capture a web page: full-page screenshot, MHTML, text, status, headers, certificate")
    web.add_argument("case")
    web.add_argument("url")
    web.add_argument("--allow-private", action="store_true",
                     help="allow an address on this computer or a private network (you confirm it is wanted)")
    web.add_argument("--timeout", type=float, default=web_svc.TIMEOUT_S,
                     help=f"seconds before a page still loading is taken as it is (default {web_svc.TIMEOUT_S:g})")
    web.set_defaults(handler=web_cmd)

    quote = sub.add_parser("web-quote", parents=[common],
                           help="quote a claim of a captured page (e.g. '100% cotton') in the dossier, with its time")
    quote.add_argument("case")
    quote.add_argument("item", help="any item of the capture (id or prefix)")
    quote.add_argument("phrase", help="the words as the page shows them; refused if the capture does not have them")
    quote.set_defaults(handler=quote_cmd)


def web_cmd(app: App, args: argparse.Namespace) -> Result:
    case = cases_svc.resolve_case(app, args.case)
    cap = web_svc.capture_web(app, case.id, args.url, allow_private=args.allow_private,
                              timeout_s=max(1.0, min(args.timeout, 300.0)), progress=stderr_progress(args))
    data = {"capture_id": cap.capture_id, "final_url": cap.final_url, "http_status": cap.http_status,
            "items": [{k: i[k] for k in ("item_id", "kind", "sha256", "name")} for i in cap.items],
            "settled": cap.settled, "timestamped": cap.timestamped}
    rec = cap.record
    lines = [f"captured {cap.final_url}  HTTP {cap.http_status}  (capture {cap.capture_id[:8]})"]
    for hop in rec.get("redirects", []):
        lines.append(f"  redirect {hop.get('status')} {hop.get('url')} → {hop.get('location')}")
    tls = rec.get("tls")
    if tls:
        trust = "trusted" if tls.get("trusted") else "NOT trusted by the browser"
        lines.append(f"  TLS {tls.get('protocol')}, certificate {trust}: {tls.get('subject')}"
                     f" (issuer {tls.get('issuer')}), {len(tls.get('chain', []))} certificate(s) kept")
    if not cap.settled:
        lines.append("  the page was still loading at the time limit: it was taken as it was")
    for d in rec.get("dialogs_dismissed", []):
        lines.append(f"  dialog dismissed: {d}")
    if rec.get("requests_blocked"):
        lines.append(f"  {len(rec['requests_blocked'])} request(s) blocked (private network or download)")
    for i in cap.items:
        lines.append(f"  {i['role']:<7} {i['item_id'][:8]}  {i['sha256'][:16]}…  {i['name']}")
    lines.append("  trusted timestamp: " + ("yes" if cap.timestamped else "no (no timestamp authority configured"
                                           " or it could not be reached)"))
    return Result(data, "\n".join(lines))


def quote_cmd(app: App, args: argparse.Namespace) -> Result:
    case = cases_svc.resolve_case(app, args.case)
    item = web_svc.quote_claim(app, case.id, args.item, args.phrase)
    return Result({"item_id": item.id, "proves": item.proves}, f"exhibit {item.id[:8]}: {item.proves}")
