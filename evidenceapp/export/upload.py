"""``upload/``: copies sized for one channel's limits, and ``form.txt`` with the form's fields filled in.

Originals are never touched: images are re-encoded copies (EXIF orientation applied, long edge and bytes within
the limit), tall chat screenshots are cut into readable parts first, videos are replaced by their keyframe contact
sheet, the PDF is split into parts when it is over the limit. Files are ordered by importance (the PDF where the
channel takes one, then the defect close-up, the chat with the refusal, the logistics record, the unboxing sheet;
``by_importance``), the user may narrow the choice (Export view), and whatever does not fit the channel's file count is
listed, not silently dropped. When something cannot be made to fit, the report says so (``fits`` is False).
"""

from __future__ import annotations

import io
import logging
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..core.models import VIDEO_KINDS
from ..core.names import safe_component
from . import images
from .channels import Channel
from .forms import form_text
from .model import DossierInput, Exhibit

MARKER = ".evidenceapp-upload"  # we only ever empty an upload/ folder we made


log = logging.getLogger(__name__)  # counts per channel, never file names or form text

@dataclass
class UploadFile:
    name: str
    size: int
    kind: str  # pdf | image | contact_sheet
    exhibit: int | None
    note: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "size": self.size, "kind": self.kind, "exhibit": self.exhibit, "note": self.note}


@dataclass
class UploadReport:
    channel: Channel
    folder: Path
    files: list[UploadFile] = field(default_factory=list)
    omitted: list[str] = field(default_factory=list)  # what did not fit the file count, most important first
    actions: list[str] = field(default_factory=list)  # what was resized, split, replaced
    problems: list[str] = field(default_factory=list)  # limits that could not be met
    form: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def fits(self) -> bool:
        return not self.problems

    def to_json(self) -> dict[str, Any]:
        c = self.channel
        return {"channel": c.key, "name": c.name, "status": c.status, "source": c.source, "folder": str(self.folder),
                "fits": self.fits, "files": [f.to_json() for f in self.files], "omitted": self.omitted,
                "actions": self.actions, "problems": self.problems, "form": self.form,
                "limits": {"max_files": c.max_files, "max_file_bytes": c.max_file_bytes,
                           "pdf_max_bytes": c.pdf_max_bytes, "image_max_edge": c.image_max_edge,
                           "types": list(c.types), "video": c.video, "text_max_chars": c.text_max_chars}}


def _prepare_folder(folder: Path) -> None:
    if folder.exists():
        if (folder / MARKER).exists():
            shutil.rmtree(folder)
        elif any(folder.iterdir()):
            raise FileExistsError(f"{folder} exists and was not made by evidenceapp; choose another output folder")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / MARKER).write_text("made by evidenceapp export; emptied at the next export\n")


def build_upload(inp: DossierInput, channel: Channel, pdf_parts: list[Path], folder: Path,
                 sheets: dict[int, Path]) -> UploadReport:
    """Fill ``folder`` for ``channel``. ``pdf_parts`` is the dossier already cut to the channel's PDF limit (one
    part when it fits); ``sheets`` maps an exhibit number to its contact-sheet image."""
    _prepare_folder(folder)
    rep = UploadReport(channel, folder)
    status_note = {"unknown": "limits not published: conservative default used",
                   "reported": "limits as reported (not guaranteed)", "confirmed": "limits confirmed"}[channel.status]
    rep.actions.append(f"{channel.name}: {status_note}")
    candidates: list[tuple[str, Any]] = []  # (kind, payload) in order of importance
    if channel.pdf:
        candidates += [("pdf", p) for p in pdf_parts]
        if len(pdf_parts) > channel.max_files:
            rep.problems.append(f"the dossier PDF needs {len(pdf_parts)} parts of at most"
                                f" {channel.pdf_max_bytes:,} bytes, more than the {channel.max_files} files allowed")
    for ex in by_importance(inp):
        if ex.item.kind in VIDEO_KINDS:
            if ex.no in sheets:
                candidates.append(("contact_sheet", (ex, sheets[ex.no])))
        elif ex.item.mime.startswith("image/") or ex.item.kind in ("photo", "screenshot"):
            candidates.append(("image", ex))
    n = 0
    for kind, payload in candidates:
        if n >= channel.max_files:  # no slot left: name it for form.txt, do not spend time encoding it
            rep.omitted.append(_describe(kind, payload))
            continue
        outputs = _materialise(kind, payload, channel, rep)
        for name_hint, data, ex_no, note in outputs:
            if n >= channel.max_files:
                rep.omitted.append(name_hint)
                continue
            n += 1
            name = f"{n:02d}-{name_hint}"
            (folder / name).write_bytes(data)
            rep.files.append(UploadFile(name, len(data), "pdf" if kind == "pdf" else
                                        ("contact_sheet" if kind == "contact_sheet" else "image"), ex_no, note))
    for ex in inp.exhibits:
        if ex.item.kind in VIDEO_KINDS and not channel.video:
            rep.actions.append(f"exhibit {ex.no} ({ex.item.display_title}): video not accepted by this channel;"
                               " its keyframe contact sheet is uploaded instead, the video stays in the bundle")
        elif not ex.item.mime.startswith("image/") and ex.item.kind not in VIDEO_KINDS:
            rep.actions.append(f"exhibit {ex.no} ({ex.item.display_title}): {ex.item.mime or 'this type'} is not"
                               " uploaded as a file; it is in the dossier PDF and the bundle")
    if rep.omitted:
        rep.actions.append(f"{len(rep.omitted)} file(s) over the channel's limit of {channel.max_files} files per"
                           " submission were left out (listed in form.txt): submit them in a further message, or"
                           " rely on the dossier PDF")
    text, fields = form_text(inp, channel, [f.name for f in rep.files], rep.omitted)
    (folder / "form.txt").write_text(text, encoding="utf-8")
    rep.form = fields
    for k, v in fields.items():
        if v.get("shortened"):
            rep.actions.append(f"form field {k} shortened to {v['limit']} characters (the full text is in the PDF)")
    log.info("upload set for %s: %d files, %d left out, %d copies changed, %d limits not met", channel.key,
             len(rep.files), len(rep.omitted), len(rep.actions), len(rep.problems))
    return rep


# What a reviewer needs first (issue 17.10): the defect close-up, the chat with the refusal, the signed-for or
# logistics record, the unboxing's contact sheet; then the rest in exhibit order.
_TAG_RANK = {"defect": 0, "wrong_item": 0, "refusal": 1, "decision": 1, "tracking": 2, "not_delivered": 2,
             "return_waybill": 2, "order": 3, "unboxing": 3}
_KIND_RANK = {"photo": 0, "screenshot": 1, "chat_text": 1, **{k: 3 for k in VIDEO_KINDS}}


def importance(ex: Exhibit, scam_exhibits: set[int], tagged_case: bool) -> tuple[int, int, int]:
    """Sort key. The user's tags say best what an exhibit shows; once some exhibits carry them, the untagged ones
    follow. Without tags a photo is taken for the defect close-up and a chat (one with a flagged line first) for
    the refusal."""
    ranks = [_TAG_RANK[t] for t in ex.tags if t in _TAG_RANK]
    if ex.no in scam_exhibits:
        ranks.append(1)
    kind_rank = _KIND_RANK.get(ex.item.kind, 4)
    if ranks:
        return (0, min(ranks), ex.no)
    return (1 if tagged_case else 0, kind_rank if tagged_case else kind_rank + (ex.item.kind != "photo"), ex.no)


def by_importance(inp: DossierInput) -> list[Exhibit]:
    """The exhibits upload/ carries, most important first; only the user's pick when they made one (its order is
    still by importance, so what the channel's file count cuts is the least important). The best exhibit of each
    kind of proof comes first (one defect close-up, one refusal chat, one logistics record, the unboxing sheet), so
    a channel that takes three files does not get three photos of the same crack."""
    scam = {s.exhibit for s in inp.scam_lines}
    tagged = any(t in _TAG_RANK for ex in inp.exhibits for t in ex.tags)
    chosen = inp.exhibits if inp.upload_pick is None else [ex for ex in inp.exhibits if ex.no in inp.upload_pick]
    ranked = sorted(chosen, key=lambda ex: importance(ex, scam, tagged))
    firsts: dict[tuple[int, int], Exhibit] = {}
    for ex in ranked:
        firsts.setdefault(importance(ex, scam, tagged)[:2], ex)
    lead = list(firsts.values())
    return lead + [ex for ex in ranked if ex not in lead]


def _describe(kind: str, payload: Any) -> str:
    if kind == "pdf":
        return payload.name
    ex = payload[0] if kind == "contact_sheet" else payload
    return f"E{ex.no} {ex.item.display_title}" + (" (contact sheet)" if kind == "contact_sheet" else "")


def _materialise(kind: str, payload: Any, channel: Channel, rep: UploadReport) -> list[tuple[str, bytes, int | None, str]]:
    """The file(s) one candidate becomes: (name, bytes, exhibit no, note)."""
    if kind == "pdf":
        path: Path = payload
        data = path.read_bytes()
        if len(data) > channel.pdf_max_bytes:
            rep.problems.append(f"{path.name} is {len(data):,} bytes, over the {channel.pdf_max_bytes:,}-byte limit,"
                                " and could not be split smaller (a single page is too large)")
        return [(path.name, data, None, "dossier PDF")]
    if kind == "contact_sheet":
        ex, sheet = payload
        with images.Image.open(sheet) as im:
            return [_fit_image(im, channel, rep, f"E{ex.no}-contact-sheet.jpg", ex.no, "keyframes of the video")]
    ex = payload
    try:
        edge = channel.image_max_edge
        im = images.open_oriented(ex.path, None if ex.item.kind == "screenshot" else (edge, edge))
        im.load()
    except Exception:  # noqa: BLE001 - an undecodable image is reported, the export goes on
        rep.problems.append(f"exhibit {ex.no}: could not decode the image to make an upload copy")
        return []
    stem = safe_component(Path(ex.item.original_name).stem or "image", max_bytes=40)
    if ex.item.kind == "screenshot" and im.height > 2.5 * im.width:
        # A long chat shrunk to the edge limit would be unreadable: cut it into phone-screen-sized parts first.
        rgb = images._rgb(im)
        bands = images.slice_rows(rgb, im.width * 2, im.width * 2, overlap=max(20, im.width // 30))
        rep.actions.append(f"exhibit {ex.no}: tall screenshot cut into {len(bands)} overlapping parts so it stays"
                           " readable")
        return [_fit_image(rgb.crop((0, a, rgb.width, b)), channel, rep, f"E{ex.no}-{stem}-part{k}.jpg", ex.no,
                           f"part {k}/{len(bands)}") for k, (a, b) in enumerate(bands, 1)]
    return [_fit_image(im, channel, rep, f"E{ex.no}-{stem}.jpg", ex.no, "")]


def _fit_image(im: Any, channel: Channel, rep: UploadReport, name: str, ex_no: int | None,
               note: str) -> tuple[str, bytes, int | None, str]:
    try:
        data, size, q = images.jpeg_within(im, channel.image_max_edge, channel.max_file_bytes)
    except ValueError:
        rep.problems.append(f"{name}: cannot be made smaller than {channel.max_file_bytes:,} bytes")
        buf = io.BytesIO()
        images._rgb(im).save(buf, "JPEG", quality=50)
        return name, buf.getvalue(), ex_no, note
    if size != im.size or q < 88:
        rep.actions.append(f"{name}: {im.width}×{im.height} → {size[0]}×{size[1]} px, JPEG quality {q},"
                           f" {len(data):,} bytes")
    return name, data, ex_no, note


def split_pdf(pdf: Path, max_bytes: int, out_dir: Path) -> list[Path]:
    """Cut ``pdf`` into consecutive page ranges, each written file at most ``max_bytes`` when a page allows."""
    if pdf.stat().st_size <= max_bytes:
        return [pdf]
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(pdf)
    n = len(reader.pages)

    def write(a: int, b: int) -> bytes:
        w = PdfWriter()
        for i in range(a, b):
            w.add_page(reader.pages[i])
        w.compress_identical_objects()
        buf = io.BytesIO()
        w.write(buf)
        return buf.getvalue()

    # What each page adds on its own (its content stream and the images it is first to use) is read from the file;
    # what pages share (fonts) is counted once per part. Each part is then written and checked, and pages are
    # dropped from its end while it is over.
    seen: set[int] = set()
    own = []
    for page in reader.pages:
        size = 0
        contents = page.get_contents()
        if contents is not None:
            size += len(contents.get_data())
        xobjs = (page.get("/Resources") or {}).get("/XObject") or {}
        for ref in xobjs.values():
            key = getattr(ref, "idnum", id(ref))
            if key not in seen:
                seen.add(key)
                stream = ref.get_object()
                size += len(stream.get_data()) if hasattr(stream, "get_data") else 0
        own.append(size)
    shared = max(0, pdf.stat().st_size - sum(own)) + 4096
    parts: list[bytes] = []
    start = 0
    while start < n:
        end, total = start + 1, shared + own[start]
        while end < n and total + own[end] <= max_bytes:
            total += own[end]
            end += 1
        data = write(start, end)
        while len(data) > max_bytes and end - start > 1:
            end -= 1
            data = write(start, end)
        parts.append(data)
        start = end
    out = []
    stem = pdf.stem
    for k, data in enumerate(parts, 1):
        p = out_dir / f"{stem}-part{k}of{len(parts)}.pdf"
        p.write_bytes(data)
        out.append(p)
    return out


def exhibits_with_sheets(inp: DossierInput) -> list[Exhibit]:
    return [ex for ex in inp.exhibits if ex.item.kind in VIDEO_KINDS]
