"""Is the parcel in the take the one from this order? Read the shipping label in the take's first seconds (and
around a "label" marker), or in a photo, with the offline OCR engine, and compare the waybill numbers found with
the case's waybill and order numbers (core/waybill: OCR look-alikes tolerated, a different digit never).

The result is data with its evidence: the matched text, the time in the take, and a crop of the label stored as
an item of its own (hashed, journalled, source "waybill"), so the dossier can show it as an exhibit.
"""

from __future__ import annotations

import io
import logging
import re
from pathlib import Path
from typing import Any

from ..core import waybill as wb
from ..core.errors import InvalidInput
from ..core.models import VIDEO_KINDS, Item
from ..media import ocr
from ..media.pool import default_pool
from ..store import items_repo, journal_repo
from .app import App
from .cases import get_case
from .importing import add_bytes
from .items import resolve_item

log = logging.getLogger(__name__)

SCAN_S = 20.0  # the label is filmed first: the first 20 s of a take are read
SAMPLE_TIMES = (0.5, 1.5, 3.0, 4.5, 6.0, 8.0, 10.0, 12.5, 15.0, 17.5, 20.0)
LABEL_MARKER = re.compile(r"面单|运单|快递单|label|waybill|étiquette|bordereau", re.I)
MAX_FRAMES = 14


def sample_times(duration: float | None, marker_times: list[float]) -> list[float]:
    """Where to look, most promising first: around each label marker, then every few seconds of the start."""
    end = duration or SCAN_S
    around = [t for m in marker_times for t in (m - 0.5, m, m + 1.0, m + 2.0)]
    times: list[float] = []
    for t in [*around, *SAMPLE_TIMES]:
        t = round(max(0.0, min(t, end - 0.05)), 2)
        if t not in times:
            times.append(t)
    return times[:MAX_FRAMES]


def _frames(app: App, item: Item) -> list[tuple[float | None, Path]]:
    if item.kind in VIDEO_KINDS or item.mime.startswith("video/"):
        marks = [m.offset_s for m in items_repo.markers(app.db.con, item.id) if LABEL_MARKER.search(m.label)]
        times = sample_times(item.duration, marks)
        out = app.objects.derived(item.sha256) / "waybill"
        path = app.objects.path_for(item.sha256)
        reply = default_pool().run("keyframes", {"path": str(path), "out_dir": str(out), "every_s": 1e9,
                                                 "at": times, "max_side": 1280},
                                   timeout=20 + path.stat().st_size / 20e6, label=item.original_name)
        by_t = {k["t"]: out / k["file"] for k in reply["keyframes"]}
        return [(t, by_t[t]) for t in times if t in by_t]
    if item.mime.startswith("image/"):
        return [(None, app.objects.path_for(item.sha256))]
    raise InvalidInput("the waybill is read from a video or a photo", field="item")


def _crop(frame: Path, box: list[int]) -> bytes:
    """The label line with room around it, enlarged so the number reads easily in a PDF."""
    from PIL import Image, ImageOps

    with Image.open(frame) as im:
        img = ImageOps.exif_transpose(im).convert("RGB")
    x0, y0, x1, y1 = box
    h = max(8, y1 - y0)
    pad_x, pad_y = max(20, (x1 - x0) // 6), int(h * 1.5)
    area = (max(0, x0 - pad_x), max(0, y0 - pad_y), min(img.width, x1 + pad_x), min(img.height, y1 + pad_y))
    crop = img.crop(area)
    if crop.width < 800:
        crop = crop.resize((crop.width * 2, crop.height * 2), Image.Resampling.LANCZOS)
    buf = io.BytesIO()
    crop.save(buf, "PNG", optimize=True)
    return buf.getvalue()


def check(app: App, case_id: str, item_ref: str) -> dict[str, Any]:
    """Read the label in ``item_ref`` (a take, a video or a photo), compare, store and journal the result:
    ``{"found", "text", "at", "matches_case", "crop_item_id", "carrier", "target"}``."""
    case = get_case(app, case_id)
    item = resolve_item(app, case.id, item_ref)
    targets = [case.waybill_no, getattr(case, "return_waybill", "")]
    if item.source != "recorder":  # our own takes burn the order number into every frame: it proves nothing
        targets.append(case.order_no)
    best: tuple[wb.WaybillRead, float | None, Path, list[int]] | None = None
    for t, frame in _frames(app, item):
        result = ocr.ocr_image(frame)
        lines = [line.text for line in result.lines]
        read = wb.check_lines(lines, targets)
        if read is None:
            continue
        box = next((line.box for line in result.lines if wb.check_lines([line.text], targets)), [0, 0, 1, 1])
        if best is None or (read.matches and not best[0].matches):
            best = (read, t, frame, box)
        if read.matches:
            break  # the case's own number: nothing better to find
    out: dict[str, Any] = {"found": best is not None, "text": "", "at": None, "matches_case": False,
                           "crop_item_id": "", "carrier": "", "target": ""}
    if best is not None:
        read, t, frame, box = best
        name = f"waybill-{item.id[:8]}" + (f"-{t:.1f}s" if t is not None else "") + ".png"
        crop_item, _dup = add_bytes(app, case.id, _crop(frame, box), name, source="waybill", kind="photo")
        out.update(text=read.text, at=t, matches_case=read.matches, crop_item_id=crop_item.id,
                   carrier=read.carrier, target=read.target)
        with app.db.tx() as con:
            items_repo.update(con, crop_item.id, {
                "proves": "", "title": f"运单 {read.text}" if case.platform != "aliexpress" else f"Label {read.text}",
                "metadata": {**crop_item.metadata, "waybill_of": {"item_id": item.id, "at": t}}})
    with app.db.tx() as con:
        items_repo.update(con, item.id, {"metadata": {**item.metadata, "waybill_check": out}})
        journal_repo.append(con, case.id, "waybill_checked", {"item_id": item.id, "sha256": item.sha256, **out})
    log.info("waybill check of %s: found=%s matches=%s", item.id[:8], out["found"], out["matches_case"])
    return out


def latest(app: App, case_id: str) -> dict[str, Any] | None:
    """The case's most telling waybill check, for the Overview and the dossier: a match (take or photo) first;
    else what the takes showed (another parcel's number before no label). A photo without a label says nothing."""
    checks = [dict(i.metadata["waybill_check"], item_id=i.id, kind=i.kind)
              for i in items_repo.for_case(app.db.con, case_id) if (i.metadata or {}).get("waybill_check")]
    matched = [c for c in checks if c["matches_case"]]
    if matched:
        return matched[0]
    takes = sorted((c for c in checks if c["kind"] in VIDEO_KINDS), key=lambda c: not c["found"])
    return takes[0] if takes else None


MAX_PHOTOS_PER_PASS = 6  # reading a photo costs a second or two: the first few, until the label is found


def check_pending(app: App, cancel: Any = None) -> list[str]:
    """What the GUI's background pass runs after OCR: every take or video not yet checked, and photos until one
    shows the case's number. Returns the ids of the items checked (an OCR engine missing stops it quietly)."""
    from ..store import cases_repo

    done: list[str] = []
    for case in cases_repo.all_cases(app.db.con):
        items = items_repo.for_case(app.db.con, case.id)
        if any(((i.metadata or {}).get("waybill_check") or {}).get("matches_case") for i in items):
            pending = [i for i in items if i.kind in ("unboxing", "video") and "waybill_check" not in i.metadata]
        else:
            photos = [i for i in items if i.kind == "photo" and i.source != "waybill"
                      and "waybill_check" not in i.metadata][:MAX_PHOTOS_PER_PASS]
            pending = [i for i in items if i.kind in ("unboxing", "video") and "waybill_check" not in i.metadata]
            pending += photos
        for item in pending:
            if cancel is not None and cancel.cancelled:
                return done
            if item.status != "ok":
                continue
            try:
                out = check(app, case.id, item.id)
            except (ocr.OcrUnavailable, InvalidInput):
                return done
            except Exception:  # noqa: BLE001 - one unreadable file must not stop the pass
                log.exception("waybill check of %s failed", item.id[:8])
                continue
            done.append(item.id)
            if out["matches_case"] and item.kind == "photo":
                break
    return done
