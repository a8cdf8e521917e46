"""key show, settings show/set (tsa_url, tsa_ca, sign_pdf), timestamp (a bundle or a case's recordings, later)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..core.errors import InvalidInput
from ..services import cases as cases_svc
from ..services.app import App
from ..services.proof import bundle_verify, signing, timestamping
from .base import Result

SETTING_KEYS = ("tsa_url", "tsa_ca", "sign_pdf")


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    key = sub.add_parser("key", help="this installation's signing key")
    ksub = key.add_subparsers(dest="key_cmd", required=True)
    show = ksub.add_parser("show", parents=[common], help="public key and fingerprint (creates the key if needed)")
    show.set_defaults(handler=key_show)

    settings = sub.add_parser("settings", help="timestamp authority and PDF signing settings")
    ssub = settings.add_subparsers(dest="settings_cmd", required=True)
    sshow = ssub.add_parser("show", parents=[common])
    sshow.set_defaults(handler=settings_show)
    sset = ssub.add_parser("set", parents=[common], help="tsa_url URL ('' turns timestamps off) | tsa_ca PEM-FILE"
                                                         " | sign_pdf on|off")
    sset.add_argument("key", choices=SETTING_KEYS)
    sset.add_argument("value")
    sset.set_defaults(handler=settings_set)

    ts = sub.add_parser("timestamp", parents=[common],
                        help="timestamp now what was not: a bundle (BUNDLE.zip) or a case's recordings (CASE)")
    ts.add_argument("target", help="BUNDLE.zip or CASE")
    ts.set_defaults(handler=timestamp_cmd)


def key_show(app: App, args: argparse.Namespace) -> Result:
    data = signing.installation_key(app)
    pem, path = data["public_key_pem"], data["path"]
    text = (f"Ed25519 public key fingerprint (SHA-256):\n  {signing.format_fingerprint(str(data['fingerprint']))}\n"
            f"private key: {path} (owner-only){' — created now' if data['created'] else ''}\n{pem}")
    return Result(data, text)


def _settings(app: App) -> dict[str, object]:
    url, ca = timestamping.tsa_settings(app)
    ca_subjects = []
    if ca:
        from cryptography import x509

        ca_subjects = [c.subject.rfc4514_string() for c in x509.load_pem_x509_certificates(ca.encode())]
    return {"tsa_url": url, "tsa_ca": ca_subjects, "sign_pdf": signing.pdf_signing_enabled(app),
            "key_fingerprint": signing.existing_fingerprint(app)}


def settings_show(app: App, args: argparse.Namespace) -> Result:
    s = _settings(app)
    text = "\n".join([
        f"tsa_url:   {s['tsa_url'] or '(none: exports are not timestamped, the clock is not checked)'}",
        f"tsa_ca:    {'; '.join(s['tsa_ca']) or '(none: tokens are kept but their chain is not checked)'}",  # type: ignore[arg-type]
        f"sign_pdf:  {'on' if s['sign_pdf'] else 'off'}",
        f"key:       {signing.format_fingerprint(str(s['key_fingerprint'])) or '(not created yet)'}",
    ])
    return Result(s, text)


def settings_set(app: App, args: argparse.Namespace) -> Result:
    if args.key == "tsa_url":
        timestamping.set_tsa(app, url=args.value.strip())
    elif args.key == "tsa_ca":
        path = Path(args.value)
        if args.value and not path.is_file():
            raise InvalidInput(f"no such file: {args.value}", field="tsa_ca")
        timestamping.set_tsa(app, ca_pem=path.read_text("ascii") if args.value else "")
    else:
        if args.value.lower() not in ("on", "off", "true", "false", "1", "0"):
            raise InvalidInput("use on or off", field="sign_pdf")
        signing.set_pdf_signing(app, args.value.lower() in ("on", "true", "1"))
    return settings_show(app, args)


def timestamp_cmd(app: App, args: argparse.Namespace) -> Result:
    target = Path(args.target)
    if target.suffix.lower() == ".zip" and target.is_file():
        res = bundle_verify.timestamp_bundle_later(app, target)
    else:
        case = cases_svc.resolve_case(app, args.target)
        res = timestamping.timestamp_pending(app, case.id)
    return Result(res, res["text"], 0 if res["ok"] else 1)


def verify_bundle_cmd(app: App, args: argparse.Namespace) -> Result:
    """``evidenceapp verify BUNDLE.zip`` (dispatched from cli/evidence.py's verify)."""
    ca = None
    if getattr(args, "tsa_ca", None):
        path = Path(args.tsa_ca)
        if not path.is_file():
            raise InvalidInput(f"no such file: {args.tsa_ca}", field="tsa_ca")
        ca = path.read_bytes()
    report = bundle_verify.verify_bundle(Path(args.case), tsa_ca=ca, expect_key=getattr(args, "key", None))
    return Result(report.to_json(), report.text(), 0 if report.ok else 1)
