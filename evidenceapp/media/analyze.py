"""What an imported file is and what it says about itself, as Item fields.

Type from the content (magic bytes), here in the caller's process (it only reads 4 KiB); everything that parses
the file runs in the worker pool (``pool.py``) with a timeout and a memory limit. ``submit`` starts the work and
returns at once, so an import can hash the next file while this one is parsed; ``analyze`` is the blocking form.
A parser failure never fails the import: the item gets ``metadata_error`` (a code) and the details in
``metadata["errors"]``; the original bytes are stored regardless.
"""

from __future__ import annotations

from concurrent.futures import Future
from pathlib import Path
from typing import Any

from ..core.errors import EvidenceError, MetadataFailed
from . import classify
from .pool import DEFAULT_TIMEOUT, WorkerPool, default_pool
from .sniff import Sniffed, extension_matches, sniff_file

_MEDIA_SUFFIXES = {".jpg", ".jpeg", ".png", ".heic", ".heif", ".webp", ".avif", ".gif", ".tif", ".tiff", ".mp4",
                   ".mov", ".m4v", ".3gp", ".mkv", ".webm", ".pdf", ".bmp"}


class AnalysisJob:
    """A file being analysed in the pool: metadata and pictures as two tasks, each under its own timeout."""

    def __init__(self, path: Path, original_name: str, sniffed: Sniffed, probe: Future | None,
                 derive: Future | None = None) -> None:
        self.path = path
        self.original_name = original_name
        self.sniffed = sniffed
        self.probe = probe
        self.derive = derive

    def result(self) -> tuple[Sniffed, dict[str, Any]]:
        reply: dict[str, Any] = {}
        for key, future in (("probe", self.probe), ("derive", self.derive)):
            if future is None:
                continue
            try:
                reply[key] = future.result()
            except EvidenceError as exc:
                reply[f"{key}_error"] = {"code": exc.code, "message": exc.message}
        if reply.get("probe_error", {}).get("code") in _NOTHING_TO_SHOW:
            # An empty, unknown, password-protected or bomb file: the picture step's failure says nothing more.
            reply.pop("derive_error", None)
        return self.sniffed, build_fields(self.sniffed, self.original_name, reply)


_NOTHING_TO_SHOW = {"E_MEDIA_EMPTY", "E_MEDIA_UNRECOGNISED", "E_MEDIA_TOO_LARGE", "E_PDF_ENCRYPTED"}


def submit(path: Path, original_name: str, derived_dir: Path | None = None, want: list[str] | None = None,
           pool: WorkerPool | None = None, timeout: float = DEFAULT_TIMEOUT) -> AnalysisJob:
    """Start analysing ``path`` (the stored object). With ``derived_dir``, also write its thumbnail there.

    Metadata gets ``timeout`` (5 s); the picture step (a full decode for HEIC, a poster frame for a video) gets
    more for big files, so a slow 48-MP HEIC keeps its metadata even if its thumbnail takes long.
    """
    sniffed = sniff_file(path)
    if not _needs_parser(sniffed):
        # Nothing here parses the file (unknown bytes, text): the probe only checks the size and the type, so it
        # runs in this process and a big binary file never waits for the worker pool to start (issue 19).
        return AnalysisJob(path, original_name, sniffed, _probe_here(path, original_name))
    pool = pool or default_pool()
    probe = pool.submit("probe", {"path": str(path)}, timeout=timeout, label=original_name)
    derive = None
    if derived_dir is not None and (sniffed.is_image or sniffed.is_video or sniffed.mime == "application/pdf"):
        budget = min(60.0, timeout + path.stat().st_size / 4e6)
        derive = pool.submit("derive", {"path": str(path), "out_dir": str(derived_dir), "want": want or ["thumb"]},
                             timeout=budget, label=original_name)
    return AnalysisJob(path, original_name, sniffed, probe, derive)


def _needs_parser(sniffed: Sniffed) -> bool:
    """Whether ``probe.probe`` would parse the file (the pool's job) rather than only sniff it."""
    return sniffed.is_image or sniffed.is_video or sniffed.kind == "audio" or sniffed.mime == "application/pdf"


def _probe_here(path: Path, label: str) -> Future:
    """``probe.probe`` in this process, its error worded as the pool words it (named by ``label``, not the path)."""
    from .pool import _error_from_reply
    from .probe import probe

    future: Future = Future()
    try:
        future.set_result(probe(str(path)))
    except EvidenceError as exc:
        reply = {"code": exc.code, "detail": exc.params.get("detail", ""), "params": dict(exc.to_dict()["params"])}
        future.set_exception(_error_from_reply(reply, label))
    return future


def analyze(path: Path, original_name: str, derived_dir: Path | None = None,
            pool: WorkerPool | None = None) -> tuple[Sniffed, dict[str, Any]]:
    """Sniff ``path`` (the stored object) and return (type, Item field values)."""
    return submit(path, original_name, derived_dir, pool=pool).result()


def _error_entry(step: str, err: dict[str, Any], name: str) -> dict[str, Any]:
    if "message" in err:
        return {"step": step, "code": err["code"], "message": err["message"]}
    from ..core import errors

    cls = next((c for c in vars(errors).values() if isinstance(c, type) and issubclass(c, EvidenceError)
                and c.code == err.get("code")), MetadataFailed)
    exc = cls(err.get("detail", ""), **{**(err.get("params") or {}), "path": name})
    return {"step": step, "code": exc.code, "message": exc.message}


def build_fields(sniffed: Sniffed, original_name: str, reply: dict[str, Any]) -> dict[str, Any]:
    """Item fields from the worker's reply (pure: also used by tests on hand-made replies)."""
    fields: dict[str, Any] = {"mime": sniffed.mime, "kind": sniffed.kind, "flags": []}
    metadata: dict[str, Any] = {}
    errors: list[dict[str, Any]] = []
    if not extension_matches(sniffed.mime, original_name) or (
            sniffed.mime == "application/octet-stream" and Path(original_name).suffix.lower() in _MEDIA_SUFFIXES):
        fields["flags"].append("type_mismatch")
    probe = reply.get("probe") or {}
    fields.update(probe.get("fields") or {})
    metadata.update(probe.get("metadata") or {})
    if probe.get("error"):
        errors.append(_error_entry("metadata", probe["error"], original_name))
        if probe["error"].get("code") == "E_EXIF_DAMAGED":
            fields["flags"].append("exif_damaged")
    if reply.get("probe_error"):
        errors.append(_error_entry("metadata", reply["probe_error"], original_name))
    derived = reply.get("derive") or {}
    if derived.get("files"):
        metadata["derived"] = derived["files"]
    if derived.get("phash"):
        fields["phash"] = derived["phash"]
    if reply.get("derive_error"):
        errors.append(_error_entry("thumbnail", reply["derive_error"], original_name))
    if sniffed.is_video and metadata.get("has_video") is False:
        fields["kind"] = "audio"
    kind, flags, detail = classify.classify(sniffed.mime, fields["kind"], original_name, fields, metadata)
    fields["kind"] = kind
    fields["flags"] += [f for f in flags if f not in fields["flags"]]
    if detail:
        metadata["classification"] = detail
    if kind == "audio":
        classify.audio_details(original_name, fields, metadata)
    if errors:
        # A damaged video fails the same way at every step: say it once.
        errors = [e for n, e in enumerate(errors) if e["message"] not in {x["message"] for x in errors[:n]}]
        metadata["errors"] = errors
        fields["metadata_error"] = errors[0]["code"]
    fields["metadata"] = metadata
    return fields
