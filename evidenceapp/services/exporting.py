"""Export a case: the dossier PDF, the verifiable bundle and the channel-sized ``upload/`` folder (DESIGN §5).

Gathers plain data from the store (case, items with their object paths, markers, keyframes, journal, profile,
events) and hands it to ``export/``, which never touches the store. Order of work, so that every hash is of the
bytes actually shipped:

1. snapshot the journal and build ``journal.jsonl`` and ``case.json``;
2. proof (services/proof/signing): sign (and timestamp when configured) the manifest of evidence + journal + case.json;
3. the PDF (which states the proof), optionally PAdES-signed;
4. ``SHA256SUMS`` over every file but itself and its signature, then its signature;
5. the zip, copying each original while re-hashing it (a store object that changed stops the export);
6. ``upload/`` for the channel, a compact PDF first when the dossier is over the channel's PDF limit;
7. one ``export_made`` journal entry with the outputs' hashes.

Progress is reported throughout and the cancel token is polled between files. Everything is built in a hidden
staging folder inside the output folder and moved over the earlier outputs only when complete (one rename per file):
a cancelled or failed export (a changed original, a full disk, kill -9) removes only its staging folder and never
touches an earlier PDF, bundle or upload/, nor leaves a partial file under a final name.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import hashlib
import logging
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import __version__, config
from ..core import exhibits, times
from ..core import playbook as pb
from ..core.callrec import mask_in, mask_number
from ..core.errors import DiskFull, EvidenceError, ExportSourceAltered, ExportWriteFailed, InvalidInput
from ..core.faults import fault_point
from ..core.hashing import sha256_file
from ..core.langs import LANGS
from ..core.models import PLATFORMS, VIDEO_KINDS, Item
from ..core.names import safe_component
from ..core.osrules import replace_retrying
from ..core.progress import CancelToken, Progress, ProgressFn, no_progress
from ..export import bundle as bundle_mod
from ..export import channels as channels_mod
from ..export.model import TEMPLATES, DossierInput, Exhibit, Frame, Missing, RefusalPart, ScamLine
from ..store import cases_repo, items_repo, journal_repo, text_repo
from . import ocr as ocr_svc
from . import playbook as playbook_svc
from .app import App
from .cases import get_case, get_profile

if TYPE_CHECKING:
    from ..export.upload import UploadReport

log = logging.getLogger(__name__)

PLATFORM_CHOICES = PLATFORMS  # same list as the CLI and the case form


@dataclass
class ExportResult:
    case_id: str
    out_dir: Path
    pdf: Path
    bundle: Path
    upload: UploadReport
    missing: list[Missing]
    pages: int
    pdf_sha256: str
    bundle_sha256: str
    sums_sha256: str
    images_downscaled: int
    journal_hash: str = ""
    proof: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": True, "case_id": self.case_id, "out_dir": str(self.out_dir),
            "pdf": {"path": str(self.pdf), "sha256": self.pdf_sha256, "pages": self.pages,
                    "bytes": self.pdf.stat().st_size},
            "bundle": {"path": str(self.bundle), "sha256": self.bundle_sha256, "sums_sha256": self.sums_sha256,
                       "bytes": self.bundle.stat().st_size},
            "upload": self.upload.to_json(),
            "missing": [{"field": m.field, "label": m.label, "required": m.required} for m in self.missing],
            "images_downscaled": self.images_downscaled, "journal_hash": self.journal_hash,
            "proof": self.proof, "notes": self.notes,
        }


def _channel_platform(case_platform: str, platform: str | None) -> str:
    p = platform or case_platform or "other"
    if p not in PLATFORM_CHOICES:
        raise InvalidInput(f"{p!r} is not one of {', '.join(PLATFORM_CHOICES)}", field="platform")
    return p


def _arcname(no: int, original_name: str, sha: str, mime: str) -> str:
    name = safe_component(original_name or sha[:12], fallback=sha[:12], max_bytes=60)
    return f"evidence/{no:02d}-{name}"


def _video_parts(app: App, item) -> tuple[list[Frame], Path | None, dict[str, Any]]:
    """Keyframes (at the markers when there are some), the contact-sheet image and frame counts of a video item.

    The recorder's service derives and caches them (derived/<sha>/keyframes, contact-sheet.jpg); it decodes the
    original with PyAV, so export/ never needs to. A video that does not decode gets no frames, not an error."""
    from . import recording

    rec = item.metadata.get("recording", {}) if isinstance(item.metadata, dict) else {}
    info: dict[str, Any] = {"duration": rec.get("duration_s") or item.duration}
    if rec.get("frames") is not None:
        info["frames"] = rec["frames"]
    if rec.get("dropped") is not None:
        info["dropped_frames"] = rec["dropped"]
    try:
        ks = recording.keyframes_for(app, item.id)
    except (EvidenceError, OSError, ValueError) as exc:
        log.warning("no keyframes for %s: %s", item.id, exc)
        return [], None, info
    except Exception:  # noqa: BLE001 - a video that will not decode must not stop the export
        log.exception("keyframes for %s failed", item.id)
        return [], None, info
    # Labels come from the markers only (the keyframe files are named by time): a first, generating call and a
    # later, cached one then give the same frames, so the same case exports to the same bytes.
    by_file = {m.keyframe: m for m in items_repo.markers(app.db.con, item.id)}
    frames = []
    for k in ks.keyframes:
        m = by_file.get(f"{recording.KEYFRAME_DIR}/{Path(k['path']).name}")
        # A marker's frame is captioned with the marker's own time (the frame is grabbed a frame before the press,
        # so that it shows the step being marked): caption and marker table then give the same time.
        frames.append(Frame(m.offset_s if m else float(k["offset_s"]), m.label if m else "", Path(k["path"]),
                            m.wall_ts if m else ""))
    if "frames" not in info:
        with contextlib.suppress(Exception):
            from ..media import frames as kf

            probed = kf.probe(app.objects.path_for(item.sha256))
            if probed is not None:
                info["frames"] = probed.frames
                info["duration"] = info.get("duration") or probed.duration
    return frames, (ks.contact_sheet if ks.contact_sheet.is_file() else None), info


def gather(app: App, case_id: str, template: str, lang: str, platform: str | None = None,
           created: datetime | None = None, authority: str = "", deadline_days: int | None = None,
           progress: ProgressFn = no_progress, cancel: CancelToken | None = None,
           include_gps: bool = False, upload_items: list[str] | None = None) -> DossierInput:
    """Everything the exporter needs, as plain data."""
    if template not in TEMPLATES:
        raise InvalidInput(f"{template!r} is not one of {', '.join(TEMPLATES)}", field="template")
    if lang not in LANGS:
        raise InvalidInput(f"{lang!r} is not one of {', '.join(LANGS)}", field="lang")
    if deadline_days is not None and not 0 < deadline_days <= 365:
        raise InvalidInput(f"{deadline_days} is not a number of days to give the trader", field="deadline days")
    case = get_case(app, case_id)
    items = exhibits.in_exhibit_order(items_repo.for_case(app.db.con, case_id))
    tags = text_repo.tags_for_case(app.db.con, case_id)
    exhibit_list: list[Exhibit] = []
    typed = ocr_svc.transcripts(app, case_id) if any(i.kind == "audio" for i in items) else {}
    for no, item in enumerate(items, start=1):
        if cancel:
            cancel.check()
        progress(Progress(no, len(items), item.display_title))
        item = _masked_for_dossier(item)
        ex = Exhibit(no, item, app.objects.path_for(item.sha256), _arcname(no, item.original_name, item.sha256,
                                                                            item.mime), tags=tags.get(item.id, set()))
        if not ex.path.is_file():  # say so now, not as a puzzling write error half-way through
            raise ExportSourceAltered(path=str(ex.path), expected=item.sha256, actual="missing")
        if item.kind in VIDEO_KINDS:
            ex.markers = items_repo.markers(app.db.con, item.id)
            ex.frames, sheet, ex.video_info = _video_parts(app, item)
            ex.contact_sheet = None  # the PDF draws its own grid (searchable captions); the sheet goes to upload/
            ex.video_info["sheet"] = str(sheet) if sheet else ""
        ex.transcript = typed.get(item.id, "")
        exhibit_list.append(ex)
    when = (created or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    channel_platform = _channel_platform(case.platform, platform)
    book = playbook_svc.load_playbook()
    # The dispute knowledge is resolved here, once, from the playbook: the refusal's answers are the very ones
    # the Overview shows (playbook_svc.refusal_arguments), so the case view and the dossier cannot disagree.
    refusals = [RefusalPart(a.key, a.reason, a.text, a.exhibits)
                for a in playbook_svc.refusal_arguments(app, case_id, lang)]
    waybill_line = _waybill_line(app, case_id, lang, book) if any(
        (i.metadata or {}).get("waybill_check") for i in items) else None
    dossier = DossierInput(
        case=case, exhibits=exhibit_list, journal=journal_repo.entries(app.db.con, case_id),
        profile=get_profile(app), template=template, lang=lang, platform=channel_platform, created=when,
        font_path=config.cjk_font_path(), resources=config.resources_dir(),
        events=_events(app, case_id, lang), authority=authority, deadline_days=deadline_days,
        app_version=__version__,
        refusal_stated=book.stated_refusal(case, cases_repo.events(app.db.con, case_id)), refusals=refusals,
        platform_name=pb.t(book.platform(channel_platform).name, lang),
        dispute_label=pb.t(book.dispute(case.dispute).label, lang),
        platform_rules=book.platform_rules(channel_platform, lang), zone=times.case_zone(case.platform),
        scam_lines=_scam_lines(app, case_id, lang, exhibit_list), include_gps=include_gps,
        upload_pick=None if upload_items is None else [ex.no for ex in exhibit_list
                                                       if ex.item.id in set(upload_items)],
        waybill_line=waybill_line,
    )
    return dossier


def _waybill_line(app: App, case_id: str, lang: str, book: Any) -> dict[str, Any] | None:
    """The one-line finding of the waybill check, when the label read is this order's (a mismatch or no label
    is a warning for the buyer in the Overview, never a claim in a document)."""
    from . import waybill as waybill_svc

    check = waybill_svc.latest(app, case_id)
    if not check or not check["matches_case"]:
        return None
    source = items_repo.get(app.db.con, check["item_id"])
    at = check.get("at")
    if at is None:
        text = pb.t(book.ui.get("waybill_match_photo"), lang).format(n=check["text"])
    else:
        what = pb.t(book.ui.get("waybill_in_take"), lang)
        text = pb.t(book.ui.get("waybill_match_line"), lang).format(n=check["text"], what=what,
                                                                   t=f"{int(at) // 60:02d}:{int(at) % 60:02d}")
    when = source.captured_at if source else ""
    if when and at:
        with contextlib.suppress(ValueError):
            when = (datetime.fromisoformat(when.replace("Z", "+00:00")) + timedelta(seconds=at)).isoformat()
    return {"at": when, "text": text, "items": [check["crop_item_id"], check["item_id"]]}


def upload_order(app: App, case_id: str) -> list[str]:
    """The case's item ids in the order upload/ takes them (most important first), for the Export view."""
    from ..export.upload import by_importance

    inp = gather(app, case_id, "platform", "en")
    return [ex.item.id for ex in by_importance(inp) if ex.item.kind in ("photo", "screenshot", *VIDEO_KINDS)
            or ex.item.mime.startswith("image/")]


def _scam_lines(app: App, case_id: str, lang: str, shown: list[Exhibit]) -> list[ScamLine]:
    """The seller's lines the chat scan flagged (the same scan the Overview shows), with the exhibit they are in."""
    by_item = {ex.item.id: ex for ex in shown}
    found: dict[tuple[int, str], ScamLine] = {}  # one row per line, however many traps it sets
    for h in playbook_svc.scan_case(app, case_id, lang):
        ex = by_item.get(h.item_id)
        if ex is None:
            continue
        prev = found.get((ex.no, h.text))
        found[(ex.no, h.text)] = ScamLine(ex.no, h.text, (*prev.signals, h.signal) if prev else (h.signal,),
                                          (*prev.labels, h.label) if prev else (h.label,), ex.item.captured_at)
    out = list(found.values())
    return sorted(out, key=lambda s: (s.exhibit, s.text))


def _masked_for_dossier(item: Item) -> Item:
    """A call recording as documents show it: the other party's number masked to its last four digits in the
    file name, the title and the call details (the app shows it in full; journal.jsonl keeps the name as it was
    journalled, since rewriting it would break the chain)."""
    number = ((item.metadata or {}).get("call") or {}).get("number", "")
    if item.kind != "audio" or not number:
        return item
    call = {**item.metadata["call"], "number": mask_number(number)}
    return dataclasses.replace(item, original_name=mask_in(item.original_name, number),
                               title=mask_in(item.title, number), metadata={**item.metadata, "call": call})


def _events(app: App, case_id: str, lang: str) -> list[dict[str, Any]]:
    """The case's events (seller refused, intervention requested …) with their label in the dossier's language
    (from the playbook) and the user's own text, for the timeline."""
    events = cases_repo.events(app.db.con, case_id)
    try:
        labels = playbook_svc.load_playbook().events
    except Exception:  # noqa: BLE001 - without the playbook the kinds are shown as they are
        log.exception("playbook unavailable for event labels")
        return events
    for ev in events:
        if ev["kind"] in labels:
            ev["label"] = pb.t(labels[ev["kind"]], lang)
    return events


class _Steps:
    """Progress over the export's stages as one 0..1000 bar with a label."""

    WEIGHTS = {"gather": 10, "pdf": 550, "bundle": 250, "upload": 180, "journal": 10}

    def __init__(self, progress: ProgressFn) -> None:
        self.progress = progress
        self.base = 0

    def sub(self, stage: str) -> ProgressFn:
        start = self.base
        weight = self.WEIGHTS[stage]
        self.base += weight

        def fn(p: Progress) -> None:
            frac = p.fraction if p.total else 0.0
            self.progress(Progress(start + int(weight * frac), 1000, f"{stage}: {p.label}".rstrip(": ")))

        return fn


# Each export is built in a hidden folder inside the output folder (same file system, so moving a finished file into
# place is one atomic rename) and swapped in only when complete: a failure never touches an earlier export.
STAGING_PREFIX = ".evidenceapp-export-"


def export_case(app: App, case_id: str, template: str, lang: str, out_dir: Path, platform: str | None = None,
                created: datetime | None = None, progress: ProgressFn = no_progress,
                cancel: CancelToken | None = None, sign: bool = True, sign_pdf: bool | None = None,
                authority: str = "", deadline_days: int | None = None, include_gps: bool = False,
                upload_items: list[str] | None = None) -> ExportResult:
    """``upload_items``: the item ids the user chose for upload/ (None: the most important ones that fit)."""
    steps = _Steps(progress)
    inp = gather(app, case_id, template, lang, platform, created, authority, deadline_days, steps.sub("gather"),
                 cancel, include_gps, upload_items)
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        _refuse_foreign_upload(out_dir / "upload")
        _remove_stale_staging(out_dir)
        staging = Path(tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}{os.getpid()}-", dir=out_dir))
    except OSError as exc:
        raise _export_error(exc, out_dir) from exc
    try:
        with tempfile.TemporaryDirectory(prefix="export-", dir=app.objects.tmp) as tmp_s:
            result, payload = _export(app, inp, staging / inp.pdf_name, staging / inp.bundle_name,
                                      staging / "upload", Path(tmp_s), steps, cancel, sign, sign_pdf)
        if cancel:
            cancel.check()
        _swap_in(staging, out_dir, [inp.bundle_name, inp.pdf_name, "upload"])
    except BaseException as exc:
        # Cancelled, a changed original, a full disk …: only the staging folder goes; earlier outputs are untouched.
        shutil.rmtree(staging, ignore_errors=True)
        if isinstance(exc, OSError):
            raise _export_error(exc, out_dir) from exc
        raise
    shutil.rmtree(staging, ignore_errors=True)
    result.out_dir, result.pdf, result.bundle = out_dir, out_dir / inp.pdf_name, out_dir / inp.bundle_name
    result.upload.folder = out_dir / "upload"
    try:
        fault_point("export.journal")
        with app.db.tx() as con:
            result.journal_hash = journal_repo.append(con, case_id, "export_made", payload).hash
    except OSError as exc:  # the outputs are complete and in place; only their journal entry is missing
        raise _export_error(exc, out_dir) from exc
    log.info("export made: %s/%s/%s, %d pages, %d upload files", inp.template, inp.channel, inp.lang, result.pages,
             len(result.upload.files))
    progress(Progress(1000, 1000, ""))
    return result


def _export_error(exc: OSError, out_dir: Path) -> EvidenceError:
    if exc.errno in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DiskFull(os.strerror(exc.errno or 0), path=str(out_dir))
    return ExportWriteFailed(str(exc), path=str(out_dir))


def _refuse_foreign_upload(upload: Path) -> None:
    """An upload/ folder the app did not make is never replaced (export/upload.py's marker file)."""
    from ..export.upload import MARKER

    if upload.is_dir() and not (upload / MARKER).exists() and any(upload.iterdir()):
        raise ExportWriteFailed(f"{upload} exists and was not made by evidenceapp; choose another output folder",
                                path=str(upload))


def _remove_stale_staging(out_dir: Path) -> None:
    """Staging folders left by an export that was killed (its process is gone): unfinished output, not evidence."""
    for d in out_dir.glob(f"{STAGING_PREFIX}*"):
        pid = d.name[len(STAGING_PREFIX):].split("-", 1)[0]
        if d.is_dir() and pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(d, ignore_errors=True)


def _alive(pid: int) -> bool:
    """Whether the export that left a staging folder is still running. psutil on every OS: on Windows,
    ``os.kill(pid, 0)`` would not probe but terminate that process."""
    import psutil

    return pid == os.getpid() or psutil.pid_exists(pid)


def _swap_in(staging: Path, out_dir: Path, names: list[str]) -> None:
    """Move each finished output over the earlier one, one atomic rename per file (the bundle first: it carries its
    own copy of the PDF). A replaced upload/ folder is moved into the staging folder, removed with it."""
    for name in names:
        src, dest = staging / name, out_dir / name
        fault_point(f"export.swap.{name.rsplit('.', 1)[-1]}")
        if src.is_dir():
            if dest.exists():
                replace_retrying(dest, staging / f"{name}.old")
            replace_retrying(src, dest)
        else:
            replace_retrying(src, dest)
    _fsync_dir(out_dir)


def _fsync_dir(d: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(d, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _export(app: App, inp: DossierInput, pdf_path: Path, zip_path: Path, upload_dir: Path, tmp: Path,
            steps: _Steps, cancel: CancelToken | None, sign: bool, sign_pdf: bool | None,
            ) -> tuple[ExportResult, dict[str, Any]]:
    """Build every output at the given (staging) paths; returns the result and the export_made payload."""
    case = inp.case
    journal_bytes = bundle_mod.journal_jsonl(inp.journal)
    exhibits_json = [{"no": ex.no, "arcname": ex.arcname, "sha256": ex.item.sha256, "size": ex.item.size,
                      "kind": ex.item.kind, "title": ex.item.display_title, "original_name": ex.item.original_name,
                      "captured_at": ex.item.captured_at, "captured_at_source": ex.item.captured_at_source,
                      "proves": ex.item.proves, "item_id": ex.item.id} for ex in inp.exhibits]
    entries = [bundle_mod.Entry(ex.arcname, path=ex.path, sha256=ex.item.sha256) for ex in inp.exhibits]
    entries += [
        bundle_mod.Entry("journal.jsonl", data=journal_bytes),
        bundle_mod.Entry("case.json", data=bundle_mod.case_json(case, exhibits_json, inp.journal, inp.created,
                                                                inp.app_version, signed=sign)),
    ]
    proof_summary: dict[str, Any] = {}
    proof = None
    if sign:
        from .proof import signing

        staged = {e.arcname: e.digest() for e in entries}
        proof = signing.prepare_proof(app, case.id, staged, journal_bytes, sign_pdf=sign_pdf,
                                      object_shas=[ex.item.sha256 for ex in inp.exhibits])
        proof_summary = proof.summary
        entries += [bundle_mod.Entry(name, data=data) for name, data in proof.files.items()]
        inp.proof = signing.proof_lines(proof_summary, inp.lang)

    # 3. the PDF
    if cancel:
        cancel.check()
    fault_point("export.pdf")
    # reportlab and Pillow are loaded by the first export, not when the window opens (issue 19).
    from ..export.dossier import build_pdf
    from ..export.upload import build_upload, split_pdf

    pdf_res = build_pdf(inp, pdf_path, steps.sub("pdf"), cancel, work_dir=tmp)
    if proof is not None and proof.pdf_cert_fingerprint:
        from .proof import signing

        signing.sign_pdf(app, pdf_path)
    pdf_sha = sha256_file(pdf_path)
    entries += [
        bundle_mod.Entry(pdf_path.name, path=pdf_path, sha256=pdf_sha),
        bundle_mod.Entry("verify.py", data=bundle_mod.verify_py()),
        bundle_mod.Entry("HOW-TO-VERIFY.txt", data=bundle_mod.how_to_verify(inp.lang, case.order_no, inp.created,
                                                                            inp.journal, proof is not None,
                                                                            inp.zone)),
    ]
    # 4. SHA256SUMS and its signature
    sums = bundle_mod.sums_text(entries)
    entries.append(bundle_mod.Entry(bundle_mod.SUMS, data=sums))
    if proof is not None:
        from .proof import signing

        entries += [bundle_mod.Entry(n, data=d) for n, d in signing.sign_sums(app, sums).items()]
    # 5. the zip
    bsub = steps.sub("bundle")
    bsub(Progress(0, 1, "bundle"))
    fault_point("export.zip")
    bundle_sha = bundle_mod.write_zip(zip_path, entries, inp.created, cancel)
    bsub(Progress(1, 1, "bundle"))
    # 6. upload/
    usub = steps.sub("upload")
    channel = channels_mod.load(inp.resources, inp.channel)
    parts = [pdf_path]
    notes: list[str] = []
    if channel.pdf and pdf_path.stat().st_size > channel.pdf_max_bytes:
        usub(Progress(0, 2, "compact PDF"))
        compact_inp = DossierInput(**{**inp.__dict__, "photo_dpi": 96, "photo_quality": 60})
        compact = tmp / pdf_path.name
        build_pdf(compact_inp, compact, no_progress, cancel, work_dir=tmp)
        parts = split_pdf(compact, channel.pdf_max_bytes, tmp)
        notes.append(f"the dossier PDF is {pdf_path.stat().st_size:,} bytes, over {channel.name}'s"
                     f" {channel.pdf_max_bytes:,}-byte limit: upload/ has a compact copy (photos at 96 dpi)"
                     + (f" split into {len(parts)} parts" if len(parts) > 1 else ""))
    if cancel:
        cancel.check()
    # The contact sheet of each take is the one the recording service derived (keyframes_for rebuilds a missing one).
    sheets = {}
    for ex in inp.exhibits:
        sheet = ex.video_info.get("sheet")
        if sheet:
            sheets[ex.no] = Path(sheet)
        elif ex.frames:
            from ..export.images import contact_sheet

            img = contact_sheet([(f.path, f"{int(f.offset_s) // 60:02d}:{int(f.offset_s) % 60:02d} {f.label}")
                                 for f in ex.frames], inp.font_path)
            p = tmp / f"sheet-{ex.no}.jpg"
            img.save(p, "JPEG", quality=88)
            sheets[ex.no] = p
    fault_point("export.upload")
    try:
        upload = build_upload(inp, channel, parts, upload_dir, sheets)
    except FileExistsError as exc:
        raise ExportWriteFailed(str(exc), path=str(upload_dir)) from exc
    upload.actions[:0] = notes
    usub(Progress(1, 1, "upload"))
    # 7. the journal
    sums_sha = hashlib.sha256(sums).hexdigest()
    payload = {
        "template": inp.template, "lang": inp.lang, "channel": inp.channel, "created_utc": inp.created.isoformat(),
        "outputs": {
            pdf_path.name: pdf_sha, zip_path.name: bundle_sha, "SHA256SUMS": sums_sha,
            **{f"upload/{f.name}": hashlib.sha256((upload_dir / f.name).read_bytes()).hexdigest()
               for f in upload.files},
            "upload/form.txt": sha256_file(upload_dir / "form.txt"),
        },
        "journal_head_exported": inp.journal[-1].hash if inp.journal else "",
        "exhibits": len(inp.exhibits), "pages": pdf_res.pages, "upload_fits": upload.fits,
        "missing": [m.field for m in pdf_res.missing if m.required],
    }
    if proof_summary:
        payload["proof_manifest_sha256"] = proof_summary.get("manifest_sha256", "")
        # Trusted timestamp status and the system clock's offset against the TSA (or why it was not checked).
        payload["timestamp"] = proof_summary.get("timestamp", {})
        payload["clock"] = proof_summary.get("clock", {})
    return ExportResult(case.id, pdf_path.parent, pdf_path, zip_path, upload, pdf_res.missing, pdf_res.pages,
                        pdf_sha, bundle_sha, sums_sha, pdf_res.images_downscaled, "", proof_summary, notes), payload
