"""The verifiable bundle: a zip written from a manifest of (arcname, file or bytes) entries.

Kept modular so the proof step (signatures, timestamps: services/proof/signing.py) only adds entries: the writer knows
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
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any

from ..core import times as tm
from ..core.errors import ExportSourceAltered
from ..core.hashing import CHUNK, sha256_file
from ..core.models import Case, JournalEntry
from ..core.progress import CancelToken
from .i18n import t

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


def how_to_verify(lang: str, order_no: str, created: datetime, journal: list[JournalEntry], signed: bool,
                  zone: tzinfo = UTC) -> bytes:
    """HOW-TO-VERIFY.txt: the catalogue's how-to-verify text (the PDF's integrity appendix prints the same steps)."""
    parts = [t(lang, "htv_title"),
             t(lang, "htv_case", order=order_no, created=f"{tm.fmt(created, zone)} {tm.zone_label(zone, lang, created)}"),
             "", t(lang, "htv_intro"), "", t(lang, "htv_steps")]
    if signed:
        parts.append(t(lang, "htv_proof"))
    parts += ["", t(lang, "htv_footer", head=journal[-1].hash if journal else "0" * 64, entries=len(journal)), ""]
    # CRLF so Windows Notepad shows it right; sha256sum does not care.
    return "\n".join(parts).replace("\n", "\r\n").encode("utf-8")


def read_member(zip_path: Path, name: str) -> bytes:
    with zipfile.ZipFile(zip_path) as z:
        return z.read(name)


def sums_of(data: bytes) -> dict[str, str]:
    out = {}
    for line in io.StringIO(data.decode("utf-8")):
        sha, _, name = line.rstrip("\n").partition("  ")
        out[name] = sha
    return out
