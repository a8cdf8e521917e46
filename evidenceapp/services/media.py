"""Media use cases: analysis at import, thumbnails/previews/keyframes on demand, near-duplicates, share copies.

The media layer does the parsing (in its worker pool); this module knows where files live (``derived/<sha256>/``),
what the database says, and journals what is made for the outside world (share copies).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..core.errors import EvidenceError, InvalidInput, ShareUnsupported
from ..core.hashing import sha256_file
from ..core.models import Item
from ..media import analyze as media_analyze
from ..media.derive import POSTER_NAME, PREVIEW_NAME, THUMB_NAME, hamming
from ..media.pool import default_pool
from ..store import items_repo, journal_repo
from .app import App

KEYFRAME_EVERY_S = 10.0  # default spacing of keyframes of an imported video (case setting media.keyframe_every_s)
NEAR_DUPLICATE_BITS = 5  # of 64 dHash bits: a re-save or resize differs by 0-4, another shot by 10+
_PICTURE_MIMES = ("image/", "video/", "application/pdf")  # a PDF's picture is its first page


# -- analysis at import -------------------------------------------------------------------------------------------

@dataclass
class PendingAnalysis:
    sha: str
    name: str
    job: media_analyze.AnalysisJob
    keyframes: Any = None  # Future of the keyframe extraction of a video


def start_analysis(app: App, sha: str, name: str) -> PendingAnalysis:
    """Begin parsing a stored object in the pool (metadata + thumbnail, and keyframes for a video)."""
    path = app.objects.path_for(sha)
    # The worker creates the folder only when it has a picture to put there (a text file gets none).
    job = media_analyze.submit(path, name, derived_dir=app.objects.derived_root / sha)
    pending = PendingAnalysis(sha, name, job)
    if job.sniffed.is_video:
        pending.keyframes = _submit_keyframes(app, sha, name, KEYFRAME_EVERY_S)
    return pending


def finish_analysis(app: App, case_id: str, pending: PendingAnalysis) -> tuple[Any, dict[str, Any]]:
    sniffed, fields = pending.job.result()
    if pending.keyframes is not None:
        try:
            fields["metadata"]["keyframes"] = pending.keyframes.result()["keyframes"]
            fields["metadata"]["keyframe_every_s"] = KEYFRAME_EVERY_S
        except Exception as exc:  # a video whose frames cannot be decoded is still evidence
            code = getattr(exc, "code", "E_METADATA_FAILED")
            message = getattr(exc, "message", str(exc))
            errors = fields["metadata"].setdefault("errors", [])
            if message not in {e["message"] for e in errors}:
                errors.append({"step": "keyframes", "code": code, "message": message})
            fields.setdefault("metadata_error", code)
    _flag_near_duplicates(app, case_id, pending.sha, fields)
    return sniffed, fields


def discard_derived(app: App, sha: str) -> None:
    """Remove what was derived from an object that is being dropped (its import failed)."""
    app.objects.path_for(sha)  # validates the digest before it becomes part of a path
    shutil.rmtree(app.objects.derived_root / sha, ignore_errors=True)


def _submit_keyframes(app: App, sha: str, name: str, every_s: float, at: list[float] | None = None):
    path = app.objects.path_for(sha)
    # Decoding cost grows with the file: 10 s plus one second per 20 MB.
    timeout = 10.0 + path.stat().st_size / 20e6
    out = app.objects.derived(sha) / "keyframes"
    return default_pool().submit("keyframes", {"path": str(path), "out_dir": str(out), "every_s": every_s,
                                               "at": at}, timeout=timeout, label=name)


def _aspect(w: Any, h: Any) -> float | None:
    return (max(w, h) / min(w, h)) if w and h else None


def _flag_near_duplicates(app: App, case_id: str, sha: str, fields: dict[str, Any]) -> None:
    """Flag a picture whose perceptual hash is within a few bits of another item's (both get the flag)."""
    phash = fields.get("phash") or ""
    if not phash or not 4 <= bin(int(phash, 16)).count("1") <= 60:  # flat pictures all hash alike
        return
    aspect = _aspect(fields.get("width"), fields.get("height"))
    matches = []
    for r in items_repo.perceptual_hashes(app.db.con, case_id, sha):
        d = hamming(phash, r["phash"])
        other = _aspect(r["width"], r["height"])
        if d <= NEAR_DUPLICATE_BITS and (aspect is None or other is None or abs(aspect - other) < 0.05):
            matches.append({"item_id": r["id"], "name": r["original_name"], "distance": d})
            flags = items_repo.get(app.db.con, r["id"]).flags  # type: ignore[union-attr]
            if "near_duplicate" not in flags:
                with app.db.tx() as con:
                    items_repo.update(con, r["id"], {"flags": [*flags, "near_duplicate"]})
    if matches:
        fields["flags"] = [*fields.get("flags", []), "near_duplicate"]
        fields["metadata"]["near_duplicates"] = matches


# -- derived pictures, generated once and rebuilt when missing ------------------------------------------------------

def _derive(app: App, item: Item, want: list[str], timeout: float = 20.0) -> dict[str, Any]:
    return default_pool().run("derive", {"path": str(app.objects.path_for(item.sha256)),
                                         "out_dir": str(app.objects.derived(item.sha256)), "want": want},
                              timeout=timeout, label=item.original_name)


def _picture(app: App, item: Item, name: str, want: str) -> Path | None:
    if not item.mime.startswith(_PICTURE_MIMES):
        return None
    path = app.objects.derived(item.sha256) / name
    if path.is_file():
        return path
    try:
        _derive(app, item, [want])
    except Exception:  # the item's metadata_error already tells why; no picture is the honest answer
        return None
    return path if path.is_file() else None


def thumbnail_path(app: App, item: Item) -> Path | None:
    """A ≤256 px JPEG (EXIF orientation applied; a video's poster frame), or None when there is no picture."""
    return _picture(app, item, THUMB_NAME, "thumb")


def preview_path(app: App, item: Item) -> Path | None:
    """A ≤1600 px JPEG for the detail pane and the dossier."""
    return _picture(app, item, PREVIEW_NAME, "preview")


def poster_path(app: App, item: Item) -> Path | None:
    if not item.mime.startswith("video/"):
        return None
    return _picture(app, item, POSTER_NAME, "thumb")


def keyframes(app: App, item: Item, every_s: float | None = None, at: list[float] | None = None) -> list[dict]:
    """Keyframes of a video item: ``[{"t", "path"}]``; extracted again when missing or when asked at other times."""
    if not item.mime.startswith("video/"):
        return []
    every = every_s or item.metadata.get("keyframe_every_s") or KEYFRAME_EVERY_S
    known = item.metadata.get("keyframes") or []
    folder = app.objects.derived(item.sha256) / "keyframes"
    if (known and every == item.metadata.get("keyframe_every_s") and not at
            and all((folder / k["file"]).is_file() for k in known)):
        frames = known
    else:
        frames = _submit_keyframes(app, item.sha256, item.original_name, every, at).result()["keyframes"]
    return [{"t": k["t"], "path": folder / k["file"]} for k in frames]


WAVEFORM_NAME = "waveform.json"


def waveform(app: App, item: Item) -> dict[str, Any] | None:
    """A recording's waveform for the player (``{"duration", "peaks"}``), made once in a worker process (a crafted
    file cannot hang the app) and kept in derived/; None when the item has no sound or cannot be decoded."""
    if item.kind != "audio" and not item.mime.startswith("video/"):
        return None
    path = app.objects.derived(item.sha256) / WAVEFORM_NAME
    if path.is_file():
        with contextlib.suppress(OSError, ValueError):
            return json.loads(path.read_text(encoding="utf-8"))
    try:
        wave = default_pool().run("waveform", {"path": str(app.objects.path_for(item.sha256))}, timeout=60,
                                  label=item.original_name)
    except EvidenceError:
        return None
    tmp = path.with_suffix(".part")
    tmp.write_text(json.dumps(wave), encoding="utf-8")
    os.replace(tmp, path)
    return wave


def rebuild_derived(app: App, case_id: str) -> dict[str, int]:
    """Re-create missing thumbnails (e.g. after ``derived/`` was deleted to save space)."""
    made = missing = 0
    for item in items_repo.for_case(app.db.con, case_id, include_hidden=True):
        if not item.mime.startswith(_PICTURE_MIMES):
            continue
        existed = (app.objects.derived(item.sha256) / THUMB_NAME).is_file()
        if thumbnail_path(app, item) is None:
            missing += 1
        elif not existed:
            made += 1
    return {"rebuilt": made, "without_picture": missing}


def describe(app: App, item: Item) -> list[str]:
    """Lines for a text listing: what the warnings mean, why metadata is missing, where the thumbnail is."""
    from ..media.classify import flag_text

    lines = [f"warning: {flag_text(f, {'software': item.software})}" for f in item.flags]
    lines += [f"{e.get('step', 'metadata')} error: {e.get('message', e.get('code'))}"
              for e in item.metadata.get("errors", [])]
    thumb = app.objects.derived_root / item.sha256 / THUMB_NAME
    if thumb.is_file():
        lines.append(f"thumbnail {thumb}")
    return lines


# -- share copies ---------------------------------------------------------------------------------------------------

_SHARE_EXT = {"image/jpeg": ".jpg", "image/png": ".png", "application/pdf": ".pdf"}


@dataclass
class ShareCopy:
    item_id: str
    source_sha256: str
    sha256: str
    path: Path
    re_encoded: bool
    removed: list[str] = field(default_factory=list)
    exported_to: Path | None = None

    def to_json(self) -> dict[str, Any]:
        return {"item_id": self.item_id, "source_sha256": self.source_sha256, "sha256": self.sha256,
                "path": str(self.path), "re_encoded": self.re_encoded, "removed": self.removed,
                "exported_to": str(self.exported_to) if self.exported_to else None}


def share_copy(app: App, case_id: str, item: Item, strip: bool = True, out_dir: Path | None = None) -> ShareCopy:
    """A copy without GPS, serial numbers, MakerNote and owner names; the journal records source → copy hashes."""
    if not strip:
        raise InvalidInput("only stripped share copies are made; the original is in the bundle", field="share")
    if item.case_id != case_id:
        raise InvalidInput("the item belongs to another case", field="item")
    if not (item.mime.startswith(_PICTURE_MIMES) or item.mime == "application/pdf"):
        raise ShareUnsupported(f"{item.mime} files carry no metadata this app removes", path=item.original_name)
    ext = ".mp4" if item.mime.startswith("video/") else _SHARE_EXT.get(item.mime, ".jpg")
    folder = app.objects.derived(item.sha256) / "share"
    folder.mkdir(parents=True, exist_ok=True)
    dest = folder / f"stripped{ext}"
    timeout = 20.0 + item.size / 20e6
    info = default_pool().run("share", {"path": str(app.objects.path_for(item.sha256)), "dest": str(dest)},
                              timeout=timeout, label=item.original_name)
    digest = sha256_file(dest)
    result = ShareCopy(item.id, item.sha256, digest, dest, bool(info.get("re_encoded")), list(info.get("removed", [])))
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
        stem = Path(item.original_name).stem or item.sha256[:12]
        target = out_dir / f"{stem}-shared{ext}"
        shutil.copyfile(dest, target)
        result.exported_to = target
    with app.db.tx() as con:
        journal_repo.append(con, case_id, "share_copy_made", {
            "item_id": item.id, "source_sha256": item.sha256, "copy_sha256": digest, "re_encoded": result.re_encoded,
            "removed": result.removed, "name": (result.exported_to or dest).name,
        })
    return result

