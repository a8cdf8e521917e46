"""Signatures for exports: the Ed25519 proof manifest, the signature over SHA256SUMS, the optional PAdES PDF signature.

An export calls, in this order (services/exporting.py):

1. ``prepare_proof(app, case_id, staged, journal_jsonl)`` once the evidence files, ``journal.jsonl`` and
   ``case.json`` are staged, before the PDF is drawn. It writes ``proof/manifest.txt`` (journal length and head, the
   SHA-256 of every staged file, the installation key's fingerprint), signs it with the installation's Ed25519 key
   and, when a TSA is configured, timestamps it (``proof/manifest.tsr``). The result's ``summary`` is what the PDF
   prints: fingerprint, timestamp time or why there is none, clock check.
2. ``sign_pdf(app, pdf)`` (optional) once the PDF is written.
3. ``sign_sums(app, sums)`` once ``SHA256SUMS`` lists every file including ``proof/*``: ``proof/SHA256SUMS.sig``.

So the manifest's signature and timestamp cover the evidence and the custody journal, and the signature over
SHA256SUMS extends it to everything else (the PDF, verify.py, HOW-TO-VERIFY, the proof files). Every signature is a
raw 64-byte Ed25519 signature that standard tools check:
``openssl pkeyutl -verify -pubin -inkey proof/public-key.pem -rawin -in proof/manifest.txt -sigfile proof/manifest.sig``.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...core.errors import PdfSigningFailed
from ...core.journal import GENESIS, now_utc
from ...core.langs import normalize_lang
from ...export.i18n import t as catalogue
from ...store import keys
from ..app import App
from . import timestamping

MANIFEST = "proof/manifest.txt"
MANIFEST_SIG = "proof/manifest.sig"
MANIFEST_TSR = "proof/manifest.tsr"
PUBLIC_KEY = "proof/public-key.pem"
TSA_CA = "proof/tsa-ca.pem"
PDF_CERT = "proof/pdf-signing-cert.pem"
STATUS = "proof/status.json"
SUMS = "SHA256SUMS"
SUMS_SIG = "proof/SHA256SUMS.sig"
TOKENS_DIR = "proof/timestamps/"  # <sha256>.tsr: tokens an evidence file got on its own (end of a recording)
MANIFEST_MAGIC = "evidenceapp proof manifest 1"
SETTING_SIGN_PDF = "sign_pdf"  # bool: PAdES-sign every dossier PDF


@dataclass
class Proof:
    files: dict[str, bytes]  # arcname → content, to add to the bundle (SHA256SUMS lists them)
    fingerprint: str
    journal_entries: int
    journal_head: str
    timestamp: timestamping.Timestamp | None
    clock: dict[str, Any]
    pdf_cert_fingerprint: str = ""
    evidence_tokens: list[str] = field(default_factory=list)  # sha256s with their own token in proof/timestamps/

    @property
    def summary(self) -> dict[str, Any]:
        """What the dossier PDF states (see ``proof_lines``) and the journal's export entry records."""
        ts = self.timestamp
        return {
            "public_key_sha256": self.fingerprint,
            "journal_entries": self.journal_entries,
            "journal_head": self.journal_head,
            "manifest_sha256": hashlib.sha256(self.files[MANIFEST]).hexdigest(),
            "timestamp": ({"status": "not_configured"} if ts is None else
                          {"status": "timestamped", "tsa_url": ts.tsa_url, "tsa_time": ts.gen_time,
                           "tsa_name": ts.tsa_name, "chain_checked": ts.chain_checked} if ts.ok else
                          {"status": "not_timestamped", "tsa_url": ts.tsa_url, "reason": ts.reason}),
            "clock": self.clock,
            "pdf_signing_cert_sha256": self.pdf_cert_fingerprint,
            "evidence_tokens": len(self.evidence_tokens),
        }


def journal_anchor(journal_jsonl: bytes) -> tuple[int, str]:
    """(entries, head hash) of a journal.jsonl: the last entry's seq and hash."""
    lines = [ln for ln in journal_jsonl.decode("utf-8").splitlines() if ln.strip()]
    if not lines:
        return 0, GENESIS
    last = json.loads(lines[-1])
    return int(last["seq"]), str(last["hash"])


def manifest_text(case_id: str, created: str, entries: int, head: str, fingerprint: str, pdf_cert_fp: str,
                  tsa_url: str, staged: dict[str, str]) -> bytes:
    lines = [MANIFEST_MAGIC, f"case_id: {case_id}", f"created_utc: {created}", f"journal_entries: {entries}",
             f"journal_head: {head}", f"public_key_sha256: {fingerprint}",
             f"pdf_signing_cert_sha256: {pdf_cert_fp or 'none'}", f"tsa_url: {tsa_url or 'none'}",
             "files (sha256sum format):"]
    lines += [f"{sha}  {name}" for name, sha in sorted(staged.items())]
    return ("\n".join(lines) + "\n").encode("utf-8")


def parse_manifest(data: bytes) -> dict[str, Any]:
    """The manifest's fields and its ``files`` {arcname: sha256}. Raises ValueError when it is not one."""
    text = data.decode("utf-8")
    lines = text.splitlines()
    if not lines or lines[0] != MANIFEST_MAGIC:
        raise ValueError("not an evidenceapp proof manifest")
    out: dict[str, Any] = {"files": {}}
    in_files = False
    for ln in lines[1:]:
        if in_files:
            sha, _, name = ln.partition("  ")
            out["files"][name] = sha
        elif ln.startswith("files"):
            in_files = True
        else:
            k, _, v = ln.partition(": ")
            out[k] = v
    out["journal_entries"] = int(out.get("journal_entries", "0"))
    return out


def prepare_proof(app: App, case_id: str, staged: dict[str, str], journal_jsonl: bytes,
                  sign_pdf: bool | None = None, object_shas: list[str] | None = None) -> Proof:
    """Sign (and timestamp when a TSA is configured) the manifest of the staged files. ``staged`` maps bundle
    names to SHA-256 hex; ``object_shas`` are the evidence objects whose own tokens (recordings) travel along.
    Never fails for TSA trouble: the proof then says "not timestamped" and why."""
    key = keys.load_or_create(app.home)
    entries, head = journal_anchor(journal_jsonl)
    if sign_pdf is None:
        sign_pdf = pdf_signing_enabled(app)
    pdf_fp = ""
    files: dict[str, bytes] = {PUBLIC_KEY: key.public_pem()}
    if sign_pdf:
        _, cert_path = keys.load_or_create_pdf_signer(app.home, key)
        files[PDF_CERT] = cert_path.read_bytes()
        pdf_fp = keys.fingerprint_of_pem(files[PDF_CERT])
    url, ca = timestamping.tsa_settings(app)
    manifest = manifest_text(case_id, now_utc(), entries, head, key.fingerprint, pdf_fp, url, staged)
    files[MANIFEST] = manifest
    files[MANIFEST_SIG] = key.sign(manifest)
    ts = timestamping.timestamp_digest(app, hashlib.sha256(manifest).digest())
    if ts is not None and ts.ok and ts.token:
        files[MANIFEST_TSR] = ts.token
    if ca:
        files[TSA_CA] = ca.encode()
    tokens = []
    for sha in sorted(set(object_shas or [])):
        token = timestamping.stored_token(app, sha)
        if token:
            files[f"{TOKENS_DIR}{sha}.tsr"] = token
            tokens.append(sha)
    proof = Proof(files, key.fingerprint, entries, head, ts, timestamping.clock_statement(ts), pdf_fp, tokens)
    files[STATUS] = (json.dumps(proof.summary, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()
    return proof


def sign_sums(app: App, sums: bytes) -> dict[str, bytes]:
    """The signature over SHA256SUMS, to add to the bundle after it (SHA256SUMS cannot list its own signature)."""
    return {SUMS_SIG: keys.load_or_create(app.home).sign(sums)}


def verify_signature(public_pem: bytes, data: bytes, signature: bytes) -> str:
    """'' when ``signature`` is a valid Ed25519 signature of ``data`` by ``public_pem``, else why not."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ed25519

    try:
        pub = serialization.load_pem_public_key(public_pem)
    except ValueError as exc:
        return f"unreadable public key ({exc})"
    if not isinstance(pub, ed25519.Ed25519PublicKey):
        return "the public key is not Ed25519"
    try:
        pub.verify(signature, data)
    except InvalidSignature:
        return "signature does not match"
    return ""


format_fingerprint = keys.format_fingerprint


def installation_key(app: App) -> dict[str, object]:
    """The installation's Ed25519 key as ``evidenceapp key show`` reports it (created on first use)."""
    k = keys.load_or_create(app.home)
    return {"fingerprint": k.fingerprint, "algorithm": "Ed25519", "path": str(k.path), "created": k.created,
            "public_key_pem": k.public_pem().decode()}


def existing_fingerprint(app: App) -> str:
    """The key's fingerprint, or "" when none was created yet (never creates one)."""
    return keys.existing_fingerprint(app.home) or ""


def installation_fingerprint(app: App) -> str:
    """The installation key's public-key fingerprint in groups of four (what dossiers print; shown in settings).
    Creates the key on first use, as ``evidenceapp key show`` does."""
    return keys.format_fingerprint(keys.load_or_create(app.home).fingerprint)


# --- PAdES signature of the dossier PDF (optional: setting ``sign_pdf`` or the exporter's flag) -----------------------

def pdf_signing_enabled(app: App) -> bool:
    from ...store import cases_repo

    return bool(cases_repo.get_setting(app.db.con, SETTING_SIGN_PDF, False))


def set_pdf_signing(app: App, enabled: bool) -> None:
    from ...store import cases_repo

    with app.db.tx() as con:
        cases_repo.set_setting(con, SETTING_SIGN_PDF, bool(enabled))


def sign_pdf(app: App, pdf: Path) -> str:
    """PAdES-sign ``pdf`` in place (ETSI.CAdES.detached, SHA-256, ECDSA P-256, self-signed certificate).
    Returns the certificate's fingerprint. pyhanko is imported only here: it is optional at run time."""
    key = keys.load_or_create(app.home)
    key_path, cert_path = keys.load_or_create_pdf_signer(app.home, key)
    try:
        from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
        from pyhanko.sign import fields, signers
    except ImportError as exc:
        raise PdfSigningFailed(f"pyhanko is not installed ({exc})") from exc
    meta = signers.PdfSignatureMetadata(
        field_name="EvidenceappSignature", md_algorithm="sha256", subfilter=fields.SigSeedSubFilter.PADES,
        reason=("Exported by evidenceapp. Self-signed: proves the file is unchanged since export by the installation"
                f" with key sha256 {key.fingerprint}, not who that is."),
    )
    try:
        signer = signers.SimpleSigner.load(str(key_path), str(cert_path))
        with open(pdf, "rb") as f:
            out = signers.sign_pdf(IncrementalPdfFileWriter(f, strict=False), meta, signer=signer)
        tmp = pdf.with_name(f".{pdf.name}.{os.getpid()}.signing")
        tmp.write_bytes(out.getvalue())
        os.replace(tmp, pdf)
    except (OSError, ValueError) as exc:
        raise PdfSigningFailed(str(exc)) from exc
    return keys.fingerprint_of_pem(cert_path.read_bytes())


def pdf_signature_status(pdf_bytes: bytes, cert_pem: bytes | None) -> dict[str, Any]:
    """{"signed", "valid", "covers_whole_file", "signer_sha256", "detail"} for the PDF's signatures. ``cert_pem``
    is the trust root (the bundle's self-signed certificate). Needs pyhanko; says so when it is missing."""
    import io

    try:
        from pyhanko.pdf_utils.reader import PdfFileReader
        from pyhanko.sign.general import load_cert_from_pemder
        from pyhanko.sign.validation import validate_pdf_signature
        from pyhanko.sign.validation.status import SignatureCoverageLevel
        from pyhanko_certvalidator import ValidationContext
    except ImportError:
        return {"signed": None, "valid": None, "detail": "pyhanko is not installed: PDF signature not checked"}
    try:
        reader = PdfFileReader(io.BytesIO(pdf_bytes), strict=False)
        sigs = reader.embedded_signatures
    except Exception as exc:  # pyhanko's reader raises its own errors on damaged files
        return {"signed": False, "valid": False, "detail": f"unreadable PDF ({type(exc).__name__}: {exc})"}
    if not sigs:
        return {"signed": False, "valid": False, "detail": "the PDF carries no signature"}
    roots = []
    if cert_pem:
        import tempfile

        with tempfile.NamedTemporaryFile(suffix=".pem") as t:
            t.write(cert_pem)
            t.flush()
            roots = [load_cert_from_pemder(t.name)]
    sig = sigs[-1]
    try:
        st = validate_pdf_signature(sig, ValidationContext(trust_roots=roots))
    except Exception as exc:
        return {"signed": True, "valid": False, "detail": f"{type(exc).__name__}: {exc}"}
    whole = st.coverage == SignatureCoverageLevel.ENTIRE_FILE
    # trusted: signed by the bundle's own certificate (the trust root given), not by some other self-signed one.
    valid = bool(st.intact and st.valid and st.trusted and whole)
    detail = st.summary()
    if not whole:
        detail += " (the signature does not cover the whole file: it was changed after signing)"
    elif not st.trusted:
        detail += " (signed by a certificate other than the bundle's)"
    return {"signed": True, "valid": valid, "covers_whole_file": whole, "trusted": bool(st.trusted),
            "signer_sha256": st.signing_cert.sha256.hex(), "detail": detail}


# --- what the dossier PDF says about the proof --------------------------------------------------------------------

def proof_lines(summary: dict[str, Any], lang: str = "en") -> tuple[str, list[str]]:
    """(heading, paragraphs) for the dossier's integrity section, in ``lang`` (the catalogue's languages)."""
    lang = normalize_lang(lang)

    def t(key: str, **kw: Any) -> str:
        return catalogue(lang, f"proof_{key}", **kw)

    fp = keys.format_fingerprint(summary["public_key_sha256"])
    lines = [t("sums"), t("chain", n=summary["journal_entries"], head=summary["journal_head"]), t("sig", fp=fp)]
    ts = summary["timestamp"]
    if ts["status"] == "timestamped":
        lines.append(t("ts", tsa=ts.get("tsa_name") or ts["tsa_url"], time=ts["tsa_time"]))
    elif ts["status"] == "not_timestamped":
        lines.append(t("nots", reason=ts["reason"]))
    else:
        lines.append(t("noconf"))
    lines.append(t("clock", clock=_clock_text(summary["clock"], t)))
    if summary.get("pdf_signing_cert_sha256"):
        lines.append(t("pdf", fp=keys.format_fingerprint(summary["pdf_signing_cert_sha256"])))
    return t("title"), lines


def _clock_text(clock: dict[str, Any], t: Callable[..., str]) -> str:
    if clock.get("checked"):
        return t("clock_ok", off=clock["offset_s"], u=clock.get("uncertainty_s") or 0.0)
    if clock.get("tsa_url"):
        return t("clock_fail", reason=clock.get("reason", "").split(": ", 1)[-1])
    return t("clock_noconf")
