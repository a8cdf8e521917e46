"""Verify an exported bundle (zip or unpacked folder) from any machine: sums, chain, signatures, timestamps, PDF.

Each check names the part it concerns, so a report says *which* file was tampered with. A check is ``ok`` True
(passed), False (failed) or None (could not be made, with the reason: e.g. not timestamped, no TSA CA). The bundle
passes when no check failed. Nothing here reads the evidence store: only the bundle and, optionally, the TSA CA
certificate the reviewer trusts and the key fingerprint they expect.

A bundle is hostile input. Its members must be exactly the files SHA256SUMS lists (unique, plain files, relative
names); text members are read with a size cap and everything else is streamed; a member that inflates far beyond its
compressed size is refused before anything is decompressed (a zip bomb), and damaged or unknown compression is a coded
error. Trust never comes from the bundle: a signed bundle (or a check with an expected key) fails when its
signatures are missing, and a timestamp counts only against a CA the user configured or the app ships.
"""

from __future__ import annotations

import hashlib
import json
import stat
import zipfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from ...core.errors import BundleTooLarge, BundleUnreadable, EvidenceError
from ...core.hashing import sha256_stream
from ...core.journal import journalled_items, parse_json_line, verify_chain
from ...store import keys
from . import signing, timestamping

JOURNAL = "journal.jsonl"
# Files SHA256SUMS cannot list: itself, its signature, and what "timestamp later" adds (the token, the TSA CA).
_UNLISTED_OK = {signing.SUMS, signing.SUMS_SIG, signing.MANIFEST_TSR, signing.TSA_CA}
TEXT_CAP = 64 << 20  # journal, sums, manifests, case.json, keys, tokens: far above any real one
PDF_CAP = 256 << 20  # the dossier PDF is read whole only to check its PAdES signature
MAX_MEMBERS = 100_000
BOMB_RATIO = 100  # deflate of real evidence (JPEG, MP4, PDF, JSON) stays far below; a bomb is near 1000
BOMB_MIN = 32 << 20  # small members may compress well (a journal of repeated keys): only big ones can hurt
_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA}


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
    """The bundle's files by name (a zip or an unpacked folder, with or without one top folder). Small members are
    read on demand under a size cap; the rest is hashed by streaming, so a bundle with gigabytes of video is checked
    in constant memory. ``problems`` lists structural faults (duplicate, unsafe or symlinked members)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._zip: zipfile.ZipFile | None = None
        self._cache: dict[str, bytes] = {}
        self._sha: dict[str, str] = {}
        self.problems: list[tuple[str, str]] = []
        try:
            if path.is_dir():
                names = []
                for p in sorted(path.rglob("*")):
                    rel = p.relative_to(path).as_posix()
                    if p.is_symlink():
                        self.problems.append((rel, "is a symbolic link: a bundle holds only plain files"))
                    elif p.is_file():
                        names.append(rel)
            else:
                self._zip = zipfile.ZipFile(path)
                names = self._screen(self._zip.infolist())
        except EvidenceError:
            self.close()
            raise
        except Exception as exc:  # noqa: BLE001 - hostile input: zipfile raises many types on a crafted archive
            self.close()
            raise BundleUnreadable(f"{type(exc).__name__}: {exc}", path=str(path)) from exc
        self._prefix = ""
        if signing.SUMS not in names:
            tops = {n.split("/", 1)[0] for n in names}
            if len(tops) == 1 and all("/" in n for n in names):
                self._prefix = tops.pop() + "/"
        self._names = [n[len(self._prefix):] for n in names if n.startswith(self._prefix)]
        self.problems = [(n[len(self._prefix):] if n.startswith(self._prefix) else n, why)
                         for n, why in self.problems]

    def _screen(self, infos: list[zipfile.ZipInfo]) -> list[str]:
        """The plain-file member names; refuse bombs and unknown compression outright, note what is suspect."""
        if len(infos) > MAX_MEMBERS:
            raise BundleTooLarge(f"{len(infos)} members (a dossier bundle has a few dozen)", path=str(self.path))
        names: list[str] = []
        seen: set[str] = set()
        for i in infos:
            n = i.filename
            if i.compress_type not in _METHODS:
                raise BundleUnreadable(f"{n}: unsupported compression method {i.compress_type}", path=str(self.path))
            if i.file_size > BOMB_MIN and i.file_size > BOMB_RATIO * max(i.compress_size, 1):
                raise BundleTooLarge(f"{n} would expand from {i.compress_size} to {i.file_size} bytes (a zip bomb);"
                                     " nothing was unpacked", path=str(self.path))
            parts = n.replace("\\", "/").split("/")
            mode = i.external_attr >> 16
            if n in seen:
                self.problems.append((n, "appears twice in the zip: unpacking keeps one, checking may see the other"))
            elif n.startswith(("/", "\\")) or (len(n) > 1 and n[1] == ":") or ".." in parts:
                self.problems.append((n, "has an absolute or '..' name that unpacks outside the bundle's folder"))
            elif stat.S_ISLNK(mode):
                self.problems.append((n, "is a symbolic link: a bundle holds only plain files"))
            elif not i.is_dir():
                names.append(n)
            seen.add(n)
        return names

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()

    def _open(self, name: str) -> BinaryIO:
        if self._zip is not None:
            return self._zip.open(self._prefix + name)
        return open(self.path / self._prefix / name, "rb")  # noqa: SIM115 (returned to a with-block)

    def read(self, name: str, cap: int | None = None) -> bytes:
        cap = TEXT_CAP if cap is None else cap
        if name not in self._cache:
            if name not in self._names:
                raise KeyError(name)
            try:
                with self._open(name) as f:
                    data = f.read(cap + 1)
            except Exception as exc:  # noqa: BLE001 - a damaged member: zlib, EOF, CRC, bad header … errors
                raise BundleUnreadable(f"{name}: {type(exc).__name__}: {exc}", path=str(self.path)) from exc
            if len(data) > cap:
                raise BundleTooLarge(f"{name} is over {cap >> 20} MiB, far more than such a file holds",
                                     path=str(self.path))
            self._cache[name] = data
        return self._cache[name]

    def __getitem__(self, name: str) -> bytes:
        return self.read(name)

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
            except Exception as exc:  # noqa: BLE001 - a damaged member (zlib, EOF, CRC …): that file's check fails
                self._sha[name] = f"unreadable ({type(exc).__name__}: {exc})"
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

    # 0. The members themselves: unique, plain files, names that stay inside the bundle's folder.
    for name, why in files.problems:
        report.add("members", name, False, why)
    if not files.problems:
        report.add("members", str(len(files)), True, f"{len(files)} members: unique names, plain files, relative paths")

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

    _check_signatures(report, files, manifest, expect_key, listed)
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

    # 3. The custody journal: chain, and its length and head as the signed manifest anchors them; the exhibits are
    #    the files the journal recorded.
    _check_journal(report, files, manifest, sha)

    # 4. Trusted timestamps.
    _check_timestamps(report, files, manifest, tsa_ca)

    # 5. The PDF's own signature, when the export made one.
    _check_pdfs(report, files, manifest)
    return report


def signed_claims(files: Mapping[str, bytes], listed: Mapping[str, str]) -> list[str]:
    """What in the bundle says it was exported signed (so missing signatures are a stripped proof, not "unsigned")."""
    claims = []
    if any(n.startswith("proof/") for n in listed):
        claims.append("SHA256SUMS lists proof/ files")
    if "case.json" in files:
        try:
            if json.loads(files["case.json"]).get("signed"):
                claims.append("case.json says it was signed")
        except (ValueError, AttributeError):
            pass  # reported by the journal check
    return claims


def _check_signatures(report: BundleReport, files: Mapping[str, bytes], manifest: dict[str, Any],
                      expect_key: str | None, listed: Mapping[str, str]) -> None:
    pub = files.get(signing.PUBLIC_KEY)
    missing = [n for n in (signing.MANIFEST, signing.MANIFEST_SIG, signing.PUBLIC_KEY, signing.SUMS_SIG)
               if n not in files]
    if missing:
        claims = signed_claims(files, listed) + (["a signing key is expected (--key)"] if expect_key else [])
        if claims:  # stripping proof/ is a downgrade: never "not checked"
            report.add("signature", missing[0], False, f"the signatures are missing ({', '.join(missing)}) but"
                       f" {'; '.join(claims)}: the proof was stripped")
            if pub is None:
                return
        elif pub is None:
            report.add("signature", "proof/", None, "not signed: nothing shows who made this bundle")
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
        if data_name not in files or sig_name not in files:
            report.add("signature", sig_name, False,
                       f"{sig_name if sig_name not in files else data_name} is missing: {data_name} is not signed")
            continue
        why = signing.verify_signature(pub, files[data_name], files[sig_name])
        report.add("signature", sig_name, not why,
                   f"Ed25519 signature of {data_name} by key {keys.format_fingerprint(fp)}" if not why
                   else f"{why}: {data_name} or its signature was changed after export")


def _check_journal(report: BundleReport, files: Mapping[str, bytes], manifest: dict[str, Any], sha: _Sha) -> None:
    if JOURNAL not in files:
        report.add("journal", JOURNAL, False, "journal.jsonl is missing")
        return
    try:
        entries = [parse_json_line(ln) for ln in files[JOURNAL].decode("utf-8").splitlines() if ln.strip()]
        case = json.loads(files["case.json"]) if "case.json" in files else {}
        if not isinstance(case, dict):
            raise ValueError("case.json is not an object")
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        report.add("journal", JOURNAL, False, f"unreadable journal line or case.json ({exc})")
        return
    problem = verify_chain(entries, expected_len=manifest.get("journal_entries") if manifest else None,
                           expected_head=manifest.get("journal_head") if manifest else None,
                           case_id=manifest.get("case_id") if manifest else None)
    anchor = case.get("journal") if isinstance(case.get("journal"), dict) else {}
    end = (entries[-1].seq, entries[-1].hash) if entries else (0, "0" * 64)
    if problem:
        report.add("journal", JOURNAL, False, problem.describe())
    elif anchor and (anchor.get("entries"), anchor.get("head")) != end:
        report.add("journal", JOURNAL, False, f"ends at entry {end[0]}, head {end[1]}; case.json records"
                   f" {anchor.get('entries')} entries, head {anchor.get('head')}")
    else:
        anchored = " up to the signed head" if manifest else " (no signed anchor: a cut tail would go unseen)"
        report.add("journal", JOURNAL, True, f"chain of {len(entries)} entries holds{anchored}")
    _check_exhibits(report, files, case, journalled_items(entries), sha)


def _check_exhibits(report: BundleReport, files: Mapping[str, bytes], case: dict[str, Any],
                    journalled: dict[str, dict[str, Any]], sha: _Sha) -> None:
    """Each exhibit is the file the journal recorded: its hash in the bundle, in case.json and in its item_added
    entry agree, and every file under evidence/ is an exhibit."""
    exhibits = case.get("exhibits")
    if not isinstance(exhibits, list):
        if any(n.startswith("evidence/") for n in files):
            report.add("exhibits", "case.json", False, "case.json lists no exhibits, yet the bundle holds evidence/")
        return
    bad = 0
    named = set()
    for ex in exhibits:
        ex = ex if isinstance(ex, dict) else {}
        name, want = str(ex.get("arcname", "?")), ex.get("sha256")
        named.add(name)
        recorded = (journalled.get(str(ex.get("item_id"))) or {}).get("sha256")
        if name not in files:
            report.add("exhibits", name, False, "an exhibit in case.json that is missing from the bundle")
        elif recorded != want or sha[name] != want:
            report.add("exhibits", name, False, f"hashes to {sha[name]}; case.json records {want}, the journal's"
                       f" item_added {recorded or 'nothing'}: the exhibit is not the file the journal recorded")
        else:
            continue
        bad += 1
    for name in sorted(n for n in files if n.startswith("evidence/") and n not in named):
        report.add("exhibits", name, False, "under evidence/ but not an exhibit in case.json")
        bad += 1
    if not bad:
        report.add("exhibits", "case.json", True, f"{len(exhibits)} exhibits are the files the journal recorded")


def _check_timestamps(report: BundleReport, files: Mapping[str, bytes], manifest: dict[str, Any],
                      tsa_ca: bytes | None) -> None:
    """A token counts only against a CA the user configured (``tsa_ca``) or one the app ships (resources/tsa/).
    The bundle's own proof/tsa-ca.pem is shown, never trusted: whoever forged the token would ship its CA too."""
    trusted = (tsa_ca or b"").strip() + b"\n" + timestamping.shipped_tsa_cas()
    trusted = trusted if b"BEGIN CERTIFICATE" in trusted else b""
    inside = files.get(signing.TSA_CA) if signing.TSA_CA in files else None
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
        try:
            info = timestamping.inspect_token(token)
        except ValueError as exc:
            report.add("timestamp", name, False, f"not a timestamp token ({exc})")
            continue
        if info.get("digest") != digest.hex():
            report.add("timestamp", name, False, f"the token does not cover {what} (it is for another document)")
            continue
        res = timestamping.verify_token(token, digest, trusted) if trusted else None
        if res is not None and res.ok:
            report.add("timestamp", name, True, f"{what} existed at {res.gen_time} (TSA time), issuer trusted")
            continue
        shown = timestamping.describe_certs(inside) if inside else ""
        if res is not None and (inside is None or not timestamping.verify_token(token, digest, inside).ok):
            report.add("timestamp", name, False, f"token does not verify for {what}: {res.detail}")
            continue
        why = (f"it does not chain to the TSA CA you trust ({res.detail})" if res is not None else
               "no TSA CA is configured (Settings, or --tsa-ca FILE)")
        report.add("timestamp", name, None, f"timestamp present ({what}, TSA time {info.get('gen_time', '?')}"
                   f"{', by ' + info['tsa_name'] if info.get('tsa_name') else ''}), issuer not trusted: {why}"
                   + (f"; the bundle carries the certificate of {shown}, shown only, never trusted" if shown else ""))


def _token_time(token: bytes) -> str:
    try:
        return timestamping.inspect_token(token).get("gen_time", "?")
    except ValueError:
        return "?"


def _check_pdfs(report: BundleReport, files: _Bundle, manifest: dict[str, Any]) -> None:
    cert_fp = (manifest.get("pdf_signing_cert_sha256") or "none") if manifest else "none"
    if cert_fp == "none":
        return
    cert = files.get(signing.PDF_CERT)
    try:
        cert_ok = cert is not None and keys.fingerprint_of_pem(cert) == cert_fp
    except ValueError:
        cert_ok = False
    if not cert_ok:
        report.add("pdf", signing.PDF_CERT, False, "the PDF-signing certificate is missing or not the one the"
                   " signed manifest names")
        return
    pdfs = [n for n in files if n.lower().endswith(".pdf") and "/" not in n]
    if not pdfs:
        report.add("pdf", "*.pdf", False, "the manifest says the dossier PDF was signed, but there is no PDF")
    for name in sorted(pdfs):
        st = signing.pdf_signature_status(files.read(name, PDF_CAP), cert)
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
