"""The verifiable bundle: a zip written from a manifest of (arcname, file or bytes) entries.

Kept modular so the proof step (signatures, timestamps: services/signing.py) only adds entries: the writer knows
nothing of them. ``SHA256SUMS`` is in ``sha256sum -c`` format and lists every file but itself and its signature.
Writing is deterministic (fixed dates and permissions, sorted names), and each file is hashed while it is copied
into the zip, so the sums describe the bytes actually written.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from ..core.errors import ExportSourceAltered
from ..core.hashing import CHUNK, sha256_file
from ..core.models import Case, JournalEntry
from ..core.progress import CancelToken

SUMS = "SHA256SUMS"
_STORED = (".jpg", ".jpeg", ".png", ".gif", ".heic", ".heif", ".webp", ".mp4", ".mov", ".m4v", ".webm", ".mkv",
           ".zip", ".m4a", ".mp3", ".aac", ".tsr")


@dataclass
class Entry:
    arcname: str
    path: Path | None = None
    data: bytes | None = None
    sha256: str = ""  # expected digest of a path entry (an evidence object): checked while copying

    def digest(self) -> str:
        if self.data is not None:
            return hashlib.sha256(self.data).hexdigest()
        if not self.sha256:
            assert self.path is not None
            self.sha256 = sha256_file(self.path)
        return self.sha256


def sums_text(entries: list[Entry]) -> bytes:
    lines = [f"{e.digest()}  {e.arcname}\n" for e in sorted(entries, key=lambda e: e.arcname)]
    return "".join(lines).encode("utf-8")


def write_zip(dest: Path, entries: list[Entry], when: datetime, cancel: CancelToken | None = None) -> str:
    """Write ``entries`` to ``dest`` (sorted by name, fixed date); return the zip's SHA-256."""
    date_time = (max(when.year, 1980), when.month, when.day, when.hour, when.minute, when.second)
    tmp = dest.with_name(dest.name + ".part")
    with zipfile.ZipFile(tmp, "w", allowZip64=True) as z:
        for e in sorted(entries, key=lambda e: e.arcname):
            if cancel:
                cancel.check()
            info = zipfile.ZipInfo(e.arcname, date_time=date_time)
            info.external_attr = 0o644 << 16
            info.create_system = 3  # unix: the mode above is honoured by unzip
            info.compress_type = zipfile.ZIP_STORED if e.arcname.lower().endswith(_STORED) else zipfile.ZIP_DEFLATED
            if e.data is not None:
                z.writestr(info, e.data)
                continue
            assert e.path is not None
            h = hashlib.sha256()
            with open(e.path, "rb") as src, z.open(info, "w", force_zip64=e.path.stat().st_size > 2**31) as out:
                while chunk := src.read(CHUNK):
                    h.update(chunk)
                    out.write(chunk)
            if e.sha256 and h.hexdigest() != e.sha256:
                raise ExportSourceAltered(path=str(e.path), expected=e.sha256, actual=h.hexdigest())
            e.sha256 = h.hexdigest()
    tmp.replace(dest)
    return sha256_file(dest)


def journal_jsonl(entries: list[JournalEntry]) -> bytes:
    return "".join(e.to_json_line() + "\n" for e in entries).encode("utf-8")


def case_json(case: Case, exhibits: list[dict[str, Any]], journal: list[JournalEntry], created: datetime,
              app_version: str, signed: bool = False) -> bytes:
    """The case's facts, the exhibit table and the journal anchor verify.py checks the chain against. ``signed``
    tells verifiers to expect proof/: a bundle stripped of its signatures then fails instead of passing unsigned."""
    doc = {
        "signed": signed,
        "id": case.id,
        "case": {k: v for k, v in case.to_dict().items() if k not in ("journal_len", "journal_head", "item_count")},
        "journal": {"entries": journal[-1].seq if journal else 0, "head": journal[-1].hash if journal else "0" * 64},
        "exhibits": exhibits,
        "exported_utc": created.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "generator": f"evidenceapp {app_version}".strip(),
    }
    return (json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def verify_py() -> bytes:
    return (Path(__file__).with_name("verify_script.py")).read_bytes()


_HOW = {
    "en": """HOW TO VERIFY THIS EVIDENCE BUNDLE
Case {order} — exported {created} UTC

The files in evidence/ are the originals, byte for byte, as they were added to the case. Each was hashed
(SHA-256) when it was added and recorded in a hash-chained custody journal (journal.jsonl).

1. Unzip this bundle into an empty folder and open a terminal there.
2. Check every file against its recorded hash:
       sha256sum -c --strict SHA256SUMS          (Linux; macOS: shasum -a 256 -c --strict SHA256SUMS)
   Every line must say OK. (--strict also refuses a damaged line in SHA256SUMS itself.)
3. Check the hashes and the journal chain with the included script (Python 3, standard library only):
       python3 verify.py
   It prints OK and exits with status 0, or names each altered, missing or added file and the first
   broken journal entry.
{proof}
The journal head recorded in case.json is {head} ({entries} entries).
The dossier PDF in this bundle lists every exhibit with its SHA-256.
""",
    "fr": """COMMENT VÉRIFIER CETTE ARCHIVE DE PREUVES
Dossier {order} — exporté le {created} UTC

Les fichiers du dossier evidence/ sont les originaux, à l'octet près, tels qu'ajoutés au dossier. Chacun a été
empreint (SHA-256) lors de son ajout et consigné dans un journal chaîné (journal.jsonl).

1. Décompressez l'archive dans un dossier vide et ouvrez un terminal dans ce dossier.
2. Vérifiez chaque fichier par rapport à son empreinte :
       sha256sum -c --strict SHA256SUMS          (Linux ; macOS : shasum -a 256 -c --strict SHA256SUMS)
   Chaque ligne doit indiquer OK. (--strict refuse aussi une ligne abîmée dans SHA256SUMS.)
3. Vérifiez les empreintes et la chaîne du journal avec le script fourni (Python 3, bibliothèque standard) :
       python3 verify.py
   Il affiche OK et se termine avec le code 0, ou nomme chaque fichier modifié, manquant ou ajouté et la
   première entrée du journal rompue.
{proof}
La tête du journal enregistrée dans case.json est {head} ({entries} entrées).
Le PDF du dossier, dans cette archive, liste chaque pièce avec son SHA-256.
""",
    "zh_CN": """证据包核验方法
案件 {order} — 导出时间 {created} UTC

evidence/ 目录中的文件即原始文件，与加入案件时逐字节相同。每个文件在加入时即计算 SHA-256 哈希值，
并记入哈希链保全日志（journal.jsonl）。

1. 将本证据包解压到一个空目录，并在该目录打开终端。
2. 逐一核对每个文件的哈希值：
       sha256sum -c --strict SHA256SUMS          （Linux；macOS：shasum -a 256 -c --strict SHA256SUMS）
   每一行都应显示 OK。（--strict 同时拒绝 SHA256SUMS 自身被改动的行。）
3. 使用随附脚本核对哈希值与日志链（Python 3，仅用标准库）：
       python3 verify.py
   通过时显示 OK 并以状态 0 退出；否则列出每个被修改、缺失或新增的文件，以及第一条断裂的日志记录。
{proof}
case.json 记录的日志链头为 {head}（共 {entries} 条）。
证据包中的 PDF 材料列出了每份证据及其 SHA-256。
""",
}

_PROOF = {
    "en": """4. Signatures (when proof/ is present): the custody journal head and every file's hash are listed in
   proof/manifest.txt, signed with the exporting installation's Ed25519 key:
       openssl pkeyutl -verify -pubin -inkey proof/public-key.pem -rawin -in proof/manifest.txt -sigfile proof/manifest.sig
       openssl pkeyutl -verify -pubin -inkey proof/public-key.pem -rawin -in SHA256SUMS -sigfile proof/SHA256SUMS.sig
   A trusted timestamp, when present (proof/manifest.tsr):
       openssl ts -verify -data proof/manifest.txt -in proof/manifest.tsr -CAfile <the TSA's CA certificate>
""",
    "fr": """4. Signatures (si proof/ est présent) : la tête du journal et l'empreinte de chaque fichier figurent dans
   proof/manifest.txt, signé par la clé Ed25519 de l'installation qui a exporté :
       openssl pkeyutl -verify -pubin -inkey proof/public-key.pem -rawin -in proof/manifest.txt -sigfile proof/manifest.sig
       openssl pkeyutl -verify -pubin -inkey proof/public-key.pem -rawin -in SHA256SUMS -sigfile proof/SHA256SUMS.sig
   Horodatage de confiance, s'il existe (proof/manifest.tsr) :
       openssl ts -verify -data proof/manifest.txt -in proof/manifest.tsr -CAfile <certificat de l'autorité>
""",
    "zh_CN": """4. 签名（如有 proof/ 目录）：日志链头与每个文件的哈希值列于 proof/manifest.txt，由导出方安装密钥（Ed25519）签名：
       openssl pkeyutl -verify -pubin -inkey proof/public-key.pem -rawin -in proof/manifest.txt -sigfile proof/manifest.sig
       openssl pkeyutl -verify -pubin -inkey proof/public-key.pem -rawin -in SHA256SUMS -sigfile proof/SHA256SUMS.sig
   如有可信时间戳（proof/manifest.tsr）：
       openssl ts -verify -data proof/manifest.txt -in proof/manifest.tsr -CAfile <时间戳服务机构的CA证书>
""",
}


def how_to_verify(lang: str, order_no: str, created: datetime, journal: list[JournalEntry], signed: bool) -> bytes:
    text = _HOW[lang].format(order=order_no, created=created.strftime("%Y-%m-%d %H:%M:%S"),
                             head=journal[-1].hash if journal else "0" * 64, entries=len(journal),
                             proof=_PROOF[lang] if signed else "")
    # CRLF so Windows Notepad shows it right; sha256sum does not care.
    return text.replace("\n", "\r\n").encode("utf-8")


def read_member(zip_path: Path, name: str) -> bytes:
    with zipfile.ZipFile(zip_path) as z:
        return z.read(name)


def sums_of(data: bytes) -> dict[str, str]:
    out = {}
    for line in io.StringIO(data.decode("utf-8")):
        sha, _, name = line.rstrip("\n").partition("  ")
        out[name] = sha
    return out
