"""Keyframes and the contact sheet of a take (at its markers), made after it stops or on demand."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ... import config
from ...core import times
from ...core.errors import InvalidInput, NotFound
from ...core.langs import normalize_lang
from ...core.models import Item, Marker
from ...store import items_repo
from ..app import App
from ..cases import get_case

# -- keyframes and contact sheet ---------------------------------------------------------------------------------
KEYFRAME_DIR = "keyframes"
CONTACT_SHEET = "contact-sheet.jpg"


@dataclass
class KeyframeSet:
    item_id: str
    keyframes: list[dict[str, Any]]  # {"offset_s", "label", "path"}
    contact_sheet: Path

    def to_json(self) -> dict[str, Any]:
        return {"item_id": self.item_id, "contact_sheet": str(self.contact_sheet),
                "keyframes": [{**k, "path": str(k["path"])} for k in self.keyframes]}


def make_keyframes(app: App, item_id: str) -> KeyframeSet:
    """(Re)build the keyframe images of a recording or video item in ``derived/<sha>/keyframes/`` and its contact
    sheet: one frame per marker plus the first and last frame (evenly spaced frames when it has no markers)."""
    from ...media import frames as kf

    item = items_repo.get(app.db.con, item_id)
    if item is None:
        raise NotFound(what="item", key=item_id)
    src = app.objects.path_for(item.sha256)
    info = kf.probe(src)
    if info is None:
        raise InvalidInput("the item holds no decodable video", field="item")
    markers = items_repo.markers(app.db.con, item.id)
    duration = info.duration
    last = max(0.0, duration - 0.5 / info.fps)
    wanted: list[tuple[float, str, Marker | None]] = [(0.0, _START.get(_lang_of(item), "Start"), None)]
    # One frame before the mark: the overlay switches to the next checklist step as the button is pressed, and the
    # keyframe should show the step being marked.
    wanted += [(min(max(0.0, m.offset_s - 1 / info.fps), last), m.label, m) for m in markers]
    if not markers:
        n = 6
        wanted += [(duration * i / n, "", None) for i in range(1, n)]
    wanted.append((last, _END.get(_lang_of(item), "End"), None))
    frames = kf.grab(src, [w[0] for w in wanted])
    out = app.objects.derived(item.sha256) / KEYFRAME_DIR
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.jpg"):
        old.unlink()
    from PIL import Image

    start_wall = _start_wall(item)
    result: list[dict[str, Any]] = []
    tiles = []
    case_zone = times.case_zone(get_case(app, item.case_id).platform)
    for n, ((_offset, label, marker), (t, rgb)) in enumerate(zip(wanted, frames, strict=False), start=1):
        name = f"{n:03d}-{int(round(t * 1000)):09d}.jpg"
        Image.fromarray(rgb).save(out / name, "JPEG", quality=88)
        rel = f"{KEYFRAME_DIR}/{name}"
        if marker is not None:
            with app.db.tx() as con:
                items_repo.set_marker_keyframe(con, marker.id, rel)
        result.append({"offset_s": round(t, 3), "label": label, "path": out / name})
        caption = [f"{_hms(t)}  {label}".rstrip()]
        if start_wall is not None:
            # In the case's zone, as the dossier shows the same keyframes' times (core.times).
            caption.append(times.clock(datetime.fromtimestamp(start_wall + t, UTC), case_zone))
        tiles.append((rgb, caption))
    case = get_case(app, item.case_id)
    title = f"{case.order_no} · {item.original_name} · sha256 {item.sha256[:16]}…"
    sheet = kf.contact_sheet(tiles, config.cjk_font_path(), columns=3, title=title)
    sheet_path = app.objects.derived(item.sha256) / CONTACT_SHEET
    sheet.save(sheet_path, "JPEG", quality=88)
    return KeyframeSet(item.id, result, sheet_path)


_START = {"zh_CN": "开始", "en": "Start", "fr": "Début"}
_END = {"zh_CN": "结束", "en": "End", "fr": "Fin"}


def _lang_of(item: Item) -> str:
    rec = item.metadata.get("recording", {}) if isinstance(item.metadata, dict) else {}
    # Recordings made before zh_CN was the only spelling stored "zh": normalize_lang reads both.
    return normalize_lang(rec.get("lang", "zh_CN" if any("\u4e00" <= c <= "\u9fff" for c in item.original_name)
                                  else "en"))


def _start_wall(item: Item) -> float | None:
    rec = item.metadata.get("recording", {}) if isinstance(item.metadata, dict) else {}
    ts = rec.get("start_wall_utc")
    if not ts:
        return None
    return datetime.strptime(ts, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC).timestamp()


def _hms(t: float) -> str:
    tenths = int(round(t * 10))
    s, d = divmod(tenths, 10)
    return f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}.{d}"


def keyframes_for(app: App, item_id: str) -> KeyframeSet:
    """The keyframes already derived for an item, building them when missing (derived files are regenerable)."""
    item = items_repo.get(app.db.con, item_id)
    if item is None:
        raise NotFound(what="item", key=item_id)
    d = app.objects.derived(item.sha256)
    sheet = d / CONTACT_SHEET
    files = sorted((d / KEYFRAME_DIR).glob("*.jpg")) if (d / KEYFRAME_DIR).is_dir() else []
    if not sheet.is_file() or not files:
        return make_keyframes(app, item_id)
    labels = {m.keyframe: m.label for m in items_repo.markers(app.db.con, item_id)}
    kfs = [{"offset_s": int(p.stem.split("-")[1]) / 1000, "label": labels.get(f"{KEYFRAME_DIR}/{p.name}", ""),
            "path": p} for p in files]
    return KeyframeSet(item_id, kfs, sheet)
