"""Verify an exported bundle (zip or unpacked folder) from any machine: sums, chain, signatures, timestamps, PDF.

Each check names the part it concerns, so a report says *which* file was tampered with. A check is ``ok`` True
(passed), False (failed) or None (could not be made, with the reason: e.g. not timestamped, no TSA CA). The bundle
passes when no check failed. Nothing here reads the evidence store: only the bundle and, optionally, the TSA CA
certificate the reviewer trusts and the key fingerprint they expect.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from ..core.errors import BundleUnreadable
from ..core.hashing import sha256_stream
from ..core.journal import parse_json_line, verify_chain
from ..store import keys
from . import signing, timestamping

JOURNAL = "journal.jsonl"
# Files SHA256SUMS cannot list: itself, its signature, and what "timestamp later" adds (the token, the TSA CA).
_UNLISTED_OK = {signing.SUMS, signing.SUMS_SIG, signing.MANIFEST_TSR, signing.TSA_CA}


@dataclass
class Check:
    check: str  # sums | journal | manifest | signature | timestamp | pdf
    part: str  # the file concerned
    ok: bool | None
    detail: str

    def to_json(self) -> dict[str, Any]:
        return {"check": self.check, "part": self.part, "ok": self.ok, "detail": self.detail}


@dataclass
class BundleReport:
    path: str
    checks: list[Check] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed

    @property
    def failed(self) -> list[Check]:
        return [c for c in self.checks if c.ok is False]

    def add(self, check: str, part: str, ok: bool | None, detail: str) -> None:
        self.checks.append(Check(check, part, ok, detail))

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "path": self.path, "failed": [c.to_json() for c in self.failed],
                "checks": [c.to_json() for c in self.checks]}

    def text(self) -> str:
        mark = {True: "ok  ", False: "FAIL", None: "--  "}
        lines = [f"{'OK' if self.ok else 'FAILED'}: bundle {self.path}"]
        lines += [f"  {mark[c.ok]} {c.check:<9} {c.part}: {c.detail}" for c in self.checks]
        if self.failed:
            parts = sorted({c.part for c in self.failed})
            lines.append(f"failed parts: {', '.join(parts)}")
        return "\n".join(lines)


class _Bundle(Mapping[str, bytes]):
    """The bundle's files by name (a zip or an unpacked folder, with or without one top folder). Contents are read
    on demand and hashed by streaming, so a bundle with gigabytes of video is checked in constant memory."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._zip: zipfile.ZipFile | None = None
        self._cache: dict[str, bytes] = {}
        self._sha: dict[str, str] = {}
        try:
            if path.is_dir():
                names = [p.relative_to(path).as_posix() for p in sorted(path.rglob("*")) if p.is_file()]
            else:
                self._zip = zipfile.ZipFile(path)
                names = [i.filename for i in self._zip.infolist() if not i.is_dir()]
        except (OSError, zipfile.BadZipFile, zipfile.LargeZipFile, RuntimeError) as exc:
            raise BundleUnreadable(str(exc), path=str(path)) from exc
        self._prefix = ""
        if signing.SUMS not in names:
            tops = {n.split("/", 1)[0] for n in names}
            if len(tops) == 1 and all("/" in n for n in names):
                self._prefix = tops.pop() + "/"
        self._names = [n[len(self._prefix):] for n in names if n.startswith(self._prefix)]

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()

    def _open(self, name: str) -> BinaryIO:
        if self._zip is not None:
            return self._zip.open(self._prefix + name)
        return open(self.path / self._prefix / name, "rb")  # noqa: SIM115 (returned to a with-block)

    def __getitem__(self, name: str) -> bytes:
        if name not in self._cache:
            if name not in self._names:
                raise KeyError(name)
            try:
                with self._open(name) as f:
                    self._cache[name] = f.read()
            except (OSError, zipfile.BadZipFile, RuntimeError, zlib.error) as exc:
                raise BundleUnreadable(f"{name}: {exc}", path=str(self.path)) from exc
        return self._cache[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)

    def __contains__(self, name: object) -> bool:
        return name in self._names

    def sha256(self, name: str) -> str:
        if name not in self._sha:
            try:
                with self._open(name) as f:
                    self._sha[name] = sha256_stream(f)[0]  # type: ignore[arg-type]
            except (OSError, zipfile.BadZipFile, RuntimeError, zlib.error) as exc:  # a damaged zip member
                self._sha[name] = f"unreadable ({exc})"
        return self._sha[name]


class _Sha:
    """``sha[name]``: the streamed SHA-256 of a bundle file."""

    def __init__(self, files: _Bundle) -> None:
        self.files = files

    def __getitem__(self, name: str) -> str:
        return self.files.sha256(name)


def parse_sums(data: bytes) -> dict[str, str]:
    out = {}
    for ln in data.decode("utf-8").splitlines():
        if not ln.strip():
            continue
        sha, sep, name = ln.partition("  ")
        if not sep:
            sha, sep, name = ln.partition(" *")  # binary-mode lines
        out[name] = sha.lower()
    return out


def verify_bundle(path: Path, tsa_ca: bytes | None = None, expect_key: str | None = None) -> BundleReport:
    files = _Bundle(path)
    try:
        return _verify(files, BundleReport(str(path)), tsa_ca, expect_key)
    finally:
        files.close()


def _verify(files: _Bundle, report: BundleReport, tsa_ca: bytes | None, expect_key: str | None) -> BundleReport:
    sha = _Sha(files)

    # 1. The signed manifest: who signed, which journal head, which files (read first: it tells a
    #    tampered SHA256SUMS line from a tampered file).
    manifest: dict[str, Any] = {}
    if signing.MANIFEST not in files:
        report.add("manifest", signing.MANIFEST, None, "no proof manifest: the bundle is not signed")
    else:
        try:
            manifest = signing.parse_manifest(files[signing.MANIFEST])
        except (ValueError, UnicodeDecodeError) as exc:
            report.add("manifest", signing.MANIFEST, False, str(exc))
    # 2. SHA256SUMS: every listed file re-hashes; nothing unlisted slipped in.
    if signing.SUMS not in files:
        report.add("sums", signing.SUMS, False, "SHA256SUMS is missing")
        listed: dict[str, str] = {}
    else:
        listed = parse_sums(files[signing.SUMS])
        # Is SHA256SUMS itself as signed? Then a mismatch is the file's fault; if not, the list is suspect.
        sums_genuine = None
        if signing.SUMS_SIG in files and signing.PUBLIC_KEY in files:
            sums_genuine = not signing.verify_signature(files[signing.PUBLIC_KEY], files[signing.SUMS],
                                                        files[signing.SUMS_SIG])
        bad = 0
        for name, want in listed.items():
            if name not in files:
                report.add("sums", name, False, "listed in SHA256SUMS but missing from the bundle")
                bad += 1
            elif sha[name] != want:
                signed = (manifest.get("files") or {}).get(name)
                if signed == sha[name]:
                    report.add("sums", signing.SUMS, False, f"the line for {name} says {want}, but the file matches"
                               " the signed manifest: SHA256SUMS was altered")
                elif sums_genuine is False and signed is None:
                    report.add("sums", signing.SUMS, False, f"the line for {name} says {want}, the file hashes to"
                               f" {sha[name]}, and SHA256SUMS no longer matches its signature: SHA256SUMS was"
                               f" altered (and perhaps {name} too)")
                else:
                    report.add("sums", name, False, f"content hashes to {sha[name]}, SHA256SUMS says {want}")
                bad += 1
        for name in sorted(set(files) - set(listed) - _UNLISTED_OK):
            report.add("sums", name, False, "in the bundle but not listed in SHA256SUMS")
            bad += 1
        if not bad:
            report.add("sums", signing.SUMS, True, f"{len(listed)} files re-hash to their listed SHA-256")

    _check_signatures(report, files, manifest, expect_key)
    if manifest:
        bad = 0
        for name, want in manifest["files"].items():
            if name not in files:
                report.add("manifest", name, False, "named by the signed manifest but missing from the bundle")
                bad += 1
            elif sha[name] != want:
                report.add("manifest", name, False, f"content differs from the signed manifest ({sha[name]})")
                bad += 1
        if not bad:
            report.add("manifest", signing.MANIFEST, True,
                       f"{len(manifest['files'])} files match the signed manifest")

    # 3. The custody journal: chain, and its length and head as the signed manifest anchors them.
    _check_journal(report, files, manifest)

    # 4. Trusted timestamps.
    _check_timestamps(report, files, manifest, tsa_ca)

    # 5. The PDF's own signature, when the export made one.
    _check_pdfs(report, files, manifest)
    return report


def _check_signatures(report: BundleReport, files: Mapping[str, bytes], manifest: dict[str, Any],
                      expect_key: str | None) -> None:
    pub = files.get(signing.PUBLIC_KEY)
    if pub is None:
        if manifest:
            report.add("signature", signing.PUBLIC_KEY, False, "the public key is missing")
        return
    try:
        fp = keys.fingerprint_of_pem(pub)
    except ValueError as exc:
        report.add("signature", signing.PUBLIC_KEY, False, f"unreadable public key ({exc})")
        return
    if manifest and manifest.get("public_key_sha256") != fp:
        report.add("signature", signing.PUBLIC_KEY, False,
                   f"public key {fp} is not the one the manifest names ({manifest.get('public_key_sha256')})")
    if expect_key:
        want = expect_key.replace(" ", "").replace(":", "").lower()
        report.add("signature", signing.PUBLIC_KEY, fp == want,
                   "key fingerprint is the expected one" if fp == want
                   else f"signed by key {fp}, not the expected {want}")
    for data_name, sig_name in ((signing.MANIFEST, signing.MANIFEST_SIG), (signing.SUMS, signing.SUMS_SIG)):
        if data_name not in files:
            continue
        if sig_name not in files:
            report.add("signature", sig_name, False, f"the signature of {data_name} is missing")
            continue
        why = signing.verify_signature(pub, files[data_name], files[sig_name])
        report.add("signature", sig_name, not why,
                   f"Ed25519 signature of {data_name} by key {keys.format_fingerprint(fp)}" if not why
                   else f"{why}: {data_name} or its signature was changed after export")


def _check_journal(report: BundleReport, files: Mapping[str, bytes], manifest: dict[str, Any]) -> None:
    if JOURNAL not in files:
        report.add("journal", JOURNAL, False, "journal.jsonl is missing")
        return
    try:
        entries = [parse_json_line(ln) for ln in files[JOURNAL].decode("utf-8").splitlines() if ln.strip()]
    except (ValueError, KeyError, UnicodeDecodeError) as exc:
        report.add("journal", JOURNAL, False, f"unreadable journal line ({exc})")
        return
    problem = verify_chain(entries, expected_len=manifest.get("journal_entries") if manifest else None,
                           expected_head=manifest.get("journal_head") if manifest else None,
                           case_id=manifest.get("case_id") if manifest else None)
    if problem:
        report.add("journal", JOURNAL, False, problem.describe())
    else:
        anchored = " up to the signed head" if manifest else " (no signed anchor: a cut tail would go unseen)"
        report.add("journal", JOURNAL, True, f"chain of {len(entries)} entries holds{anchored}")


def _check_timestamps(report: BundleReport, files: Mapping[str, bytes], manifest: dict[str, Any],
                      tsa_ca: bytes | None) -> None:
    ca = tsa_ca or files.get(signing.TSA_CA)
    ca_note = "" if tsa_ca else " (TSA CA taken from the bundle: compare it with the TSA's published certificate)"
    tokens = {n: files[n] for n in files if n.endswith(".tsr") and n.startswith("proof/")}
    if signing.MANIFEST_TSR not in tokens:
        status = {}
        if signing.STATUS in files:
            try:
                status = json.loads(files[signing.STATUS]).get("timestamp", {})
            except (ValueError, AttributeError):
                status = {}
        reason = status.get("reason") or ("no timestamp authority was configured" if status.get("status") ==
                                          "not_configured" else "no token in the bundle")
        report.add("timestamp", signing.MANIFEST_TSR, None, f"not timestamped: {reason}")
    for name, token in sorted(tokens.items()):
        if name == signing.MANIFEST_TSR:
            if signing.MANIFEST not in files:
                report.add("timestamp", name, False, "token without the manifest it covers")
                continue
            digest = hashlib.sha256(files[signing.MANIFEST]).digest()
            what = "the signed manifest"
        elif name.startswith(signing.TOKENS_DIR):
            obj = name[len(signing.TOKENS_DIR):-4]
            evidence = [n for n, s in (manifest.get("files") or {}).items() if s == obj]
            try:
                digest = bytes.fromhex(obj)
            except ValueError:
                report.add("timestamp", name, False, "token file name is not a SHA-256")
                continue
            what = f"{evidence[0] if evidence else 'object ' + obj[:12]}"
        else:
            continue
        if not ca:
            info = _token_time(token)
            report.add("timestamp", name, None, f"token for {what} dated {info} not checked: no TSA CA certificate"
                       " (pass --tsa-ca FILE)")
            continue
        res = timestamping.verify_token(token, digest, ca)
        report.add("timestamp", name, res.ok, f"{what} existed at {res.gen_time} (TSA time){ca_note}" if res.ok
                   else f"token does not verify for {what}: {res.detail}")


def _token_time(token: bytes) -> str:
    try:
        return timestamping.inspect_token(token).get("gen_time", "?")
    except ValueError:
        return "?"


def _check_pdfs(report: BundleReport, files: Mapping[str, bytes], manifest: dict[str, Any]) -> None:
    cert_fp = (manifest.get("pdf_signing_cert_sha256") or "none") if manifest else "none"
    if cert_fp == "none":
        return
    cert = files.get(signing.PDF_CERT)
    if cert is None or keys.fingerprint_of_pem(cert) != cert_fp:
        report.add("pdf", signing.PDF_CERT, False, "the PDF-signing certificate is missing or not the one the"
                   " signed manifest names")
        return
    pdfs = [n for n in files if n.lower().endswith(".pdf") and "/" not in n]
    if not pdfs:
        report.add("pdf", "*.pdf", False, "the manifest says the dossier PDF was signed, but there is no PDF")
    for name in sorted(pdfs):
        st = signing.pdf_signature_status(files[name], cert)
        report.add("pdf", name, st["valid"], ("PAdES signature (self-signed) covers the whole file"
                                              if st["valid"] else st["detail"]))



def timestamp_bundle_later(app: Any, path: Path) -> dict[str, Any]:
    """Add the missing ``proof/manifest.tsr`` to a bundle exported while the TSA was unreachable.

    The token carries today's TSA time (it proves the manifest existed *now*, not at export) and is appended to the
    zip: SHA256SUMS and the signatures stay as they were, so nothing already checked changes."""
    bundle = _Bundle(path)
    try:  # only the names and two small files are needed; read them before appending to the zip
        files = {n: (bundle[n] if n in (signing.MANIFEST, signing.MANIFEST_TSR) else b"") for n in bundle}
    finally:
        bundle.close()
    if bundle._prefix:
        raise BundleUnreadable("the bundle's files sit in a folder inside the zip; timestamp the original bundle",
                               path=str(path))
    if signing.SUMS not in files:
        raise BundleUnreadable("not an evidenceapp bundle (no SHA256SUMS at its top level)", path=str(path))
    if signing.MANIFEST not in files:
        raise BundleUnreadable("the bundle has no proof manifest to timestamp", path=str(path))
    if signing.MANIFEST_TSR in files:
        info = _token_time(files[signing.MANIFEST_TSR])
        return {"ok": True, "already": True, "tsa_time": info, "text": f"already timestamped ({info})"}
    ts = timestamping.timestamp_digest(app, hashlib.sha256(files[signing.MANIFEST]).digest())
    if ts is None:
        return {"ok": False, "reason": "no timestamp authority configured (evidenceapp settings set tsa_url URL)",
                "text": "not timestamped: no timestamp authority configured"}
    if not ts.ok or not ts.token:
        return {"ok": False, "reason": ts.reason, "text": f"not timestamped: {ts.reason}"}
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_STORED) as z:
        z.writestr(signing.MANIFEST_TSR, ts.token)
        _url, ca = timestamping.tsa_settings(app)
        if ca and signing.TSA_CA not in files:
            z.writestr(signing.TSA_CA, ca)
    return {"ok": True, "already": False, **ts.to_json(), "text": f"timestamped: TSA time {ts.gen_time}"}
