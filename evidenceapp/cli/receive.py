"""receive: let a phone upload originals over Wi-Fi (prints the URL and a terminal QR code; Ctrl+C stops)."""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time

from ..services import cases as cases_svc
from ..services.app import App
from .base import Result

MiB = 1024 * 1024


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "receive", parents=[common],
        help="receive photos and videos from a phone on the same Wi-Fi (QR code; Ctrl+C stops)",
        description="Starts a small upload server on one LAN address and prints its URL and a QR code. Files the"
                    " phone sends are stored unchanged, hashed, and added to the case with source 'phone'. The link"
                    " stops working after --minutes or when this command ends.",
    )
    p.add_argument("case")
    p.add_argument("--host", metavar="ADDR",
                   help="address to listen on (default: this computer's LAN address; 0.0.0.0 listens on all)")
    p.add_argument("--port", type=int, default=0, metavar="N", help="TCP port (default: any free port)")
    p.add_argument("--minutes", type=float, default=15.0, help="how long the link works (default 15)")
    p.add_argument("--max-file-mib", type=int, default=4096, metavar="N", help="largest file accepted (default 4096)")
    p.add_argument("--max-session-mib", type=int, default=32768, metavar="N",
                   help="most data accepted in this session (default 32768)")
    p.add_argument("--no-qr", action="store_true", help="print only the URL")
    p.set_defaults(handler=receive_cmd)


def receive_cmd(app: App, args: argparse.Namespace) -> Result:
    from ..services.receiving import PhoneReceiver, ReceiveEvent, ReceiveLimits, qr_terminal

    case = cases_svc.resolve_case(app, args.case)
    out_lock = threading.Lock()

    def say(text: str, data: dict) -> None:
        with out_lock:
            sys.stdout.write((json.dumps(data, ensure_ascii=False) if args.json else text) + "\n")
            sys.stdout.flush()

    show_progress = not args.json and sys.stderr.isatty()

    def on_event(ev: ReceiveEvent) -> None:
        if ev.kind == "progress" and show_progress:
            with out_lock:
                sys.stderr.write(f"\r  … {ev.name[:50]} {ev.done / MiB:.1f} MiB ")
                sys.stderr.flush()
            return
        if show_progress and ev.kind in ("received", "duplicate", "failed"):
            with out_lock:
                sys.stderr.write("\r" + " " * 70 + "\r")
        if ev.kind in ("received", "duplicate") and ev.file is not None:
            f = ev.file
            exif = "n/a" if f.exif is None else ("yes" if f.exif else "no")
            mark = "+" if ev.kind == "received" else "="
            say(f"  {mark} {f.name}  {f.format}  EXIF {exif}  {f.size} bytes  sha256 {f.sha256}"
                + ("  (already in the case)" if f.duplicate else ""), {"event": ev.kind, **f.to_json()})
        elif ev.kind == "failed" and ev.error:
            say(f"  ! {ev.name or 'upload'}: [{ev.error['code']}] {ev.error['message']}",
                {"event": "failed", "name": ev.name, "error": ev.error})

    limits = ReceiveLimits(max_file_bytes=args.max_file_mib * MiB, max_session_bytes=args.max_session_mib * MiB)
    rx = PhoneReceiver(app, on_event=on_event, limits=limits, ttl_seconds=args.minutes * 60)
    url = rx.start(case.id, host=args.host, port=args.port)
    host = rx.bound[0]
    lines = [f"Receiving into case {case.id[:8]} \"{case.title}\". Open this on the phone (same Wi-Fi):", "", url]
    if not args.no_qr and not args.json:
        lines += ["", qr_terminal(url).rstrip("\n")]
    if host.startswith("127.") or host == "::1":
        lines.append("note: this address is only reachable from this computer; pass --host with the LAN address.")
    lines.append(f"The link works until {rx.expires_at} (UTC). Press Ctrl+C to stop.")
    say("\n".join(lines), {"event": "listening", "url": url, "host": host, "port": rx.bound[1],
                           "expires_at": rx.expires_at, "case_id": case.id})
    interrupted = False
    try:
        while rx.running and time.monotonic() < rx.deadline:
            time.sleep(0.2)
    except KeyboardInterrupt:
        interrupted = True
    finally:
        rx.stop()
    received = [f for f in rx.received if not f.duplicate]
    dups = [f for f in rx.received if f.duplicate]
    why = "stopped" if interrupted else "link expired"
    text = f"{why}: received {len(received)} file(s), {len(dups)} already in the case"
    return Result({"event": "stopped", "received": [f.to_json() for f in rx.received], "url": url,
                   "reason": "interrupted" if interrupted else "expired"}, text)
