"""A demo case for the export tests: photos (one rotated by EXIF), a chat screenshot, a 6000-px-tall chat, a real
H.264 unboxing take with markers, Chinese and French text, € and ¥. Media are generated, nothing is shipped."""

from __future__ import annotations

import subprocess
import zipfile
from fractions import Fraction
from pathlib import Path

from helpers import make_jpeg, make_png

TALL_H = 6000
LINE_STEP = 90
LINE_H = 60


def make_video(path: Path, seconds: float = 3.0, size: tuple[int, int] = (320, 240), fps: int = 10) -> Path:
    """A real H.264 MP4 (PyAV libx264) whose frames change over time."""
    import av
    import numpy as np

    path.parent.mkdir(parents=True, exist_ok=True)
    with av.open(str(path), "w") as out:
        st = out.add_stream("libx264", rate=fps)
        st.width, st.height = size
        st.pix_fmt = "yuv420p"
        st.time_base = Fraction(1, fps)
        for n in range(int(seconds * fps)):
            img = np.zeros((size[1], size[0], 3), dtype=np.uint8)
            img[:, :, 0] = (n * 9) % 255
            img[size[1] // 4:size[1] // 2, (n * 7) % size[0]:, 1] = 230
            frame = av.VideoFrame.from_ndarray(img, format="rgb24")
            frame.pts = n
            for pkt in st.encode(frame):
                out.mux(pkt)
        for pkt in st.encode():
            out.mux(pkt)
    return path


def text_bands(height: int = TALL_H) -> list[tuple[int, int]]:
    return [(y, y + LINE_H) for y in range(30, height - LINE_H - 10, LINE_STEP)]


def make_tall_chat(path: Path, width: int = 1080, height: int = TALL_H) -> Path:
    """A long chat screenshot: alternating bubbles, each with a line of text (the bands of ``text_bands``)."""
    from PIL import Image, ImageDraw, ImageFont

    from evidenceapp import config

    font = ImageFont.truetype(str(config.cjk_font_path()), 40)
    im = Image.new("RGB", (width, height), (237, 237, 237))
    d = ImageDraw.Draw(im)
    for k, (a, b) in enumerate(text_bands(height)):
        d.rectangle([40, a, width - 180, b], fill=(149, 236, 105) if k % 2 else (255, 255, 255))
        d.text((60, a + 8), f"第{k:03d}行 卖家：已签收不退 line {k:03d}", font=font, fill=(0, 0, 0))
    path.parent.mkdir(parents=True, exist_ok=True)
    im.save(path, "PNG")
    return path


def build_case(app, tmp: Path, video: bool = True, profile: dict | None = None, facts: str | None = None):
    """The demo case; returns (case, items)."""
    from evidenceapp.services.cases import create_case, set_profile
    from evidenceapp.services.importing import add_paths, import_stream
    from evidenceapp.services.items import edit_item
    from evidenceapp.store import items_repo

    case = create_case(
        app, "破损的杯子 Broken mug — tasse cassée", "taobao", "TB-20261120-001", seller="好物旗舰店 Boutique Élise",
        amount="199.00", currency="CNY", dispute="quality", order_date="2026-11-15", delivered_at="2026-11-20",
        seller_address="浙江省杭州市余杭区文一西路969号", store_id="shop12345",
        refusal_reason="已签收，不予退款", facts=facts if facts is not None else (
            "收到的陶瓷杯有明显裂纹，开箱全程录像。L'objet était fêlé à la réception — prix 199 € / ¥199。"),
    )
    media = tmp / "media"
    photo = make_jpeg(media / "杯子裂纹.jpg", (1600, 1200), exif={0x0112: 6, 0x010F: "Xiaomi", 0x0110: "14 Pro",
                                                             0x0132: "2026:11:20 10:05:00"}, seed=3)
    box = make_jpeg(media / "box.jpg", (1200, 900), seed=7)
    chat = make_png(media / "chat-1.png", (780, 1200), "seller: signed for, no refund")
    tall = make_tall_chat(media / "chat-long.png")
    add_paths(app, case.id, [photo, box, chat, tall])
    if video:
        mp4 = make_video(media / "unboxing.mp4")
        with open(mp4, "rb") as f:
            item, _ = import_stream(app, case.id, f, "unboxing.mp4", "import", kind="unboxing")
        with app.db.tx() as con:
            for off, label in ((0.2, "面单 label"), (1.1, "六面 six faces"), (2.2, "défaut close-up 裂纹")):
                items_repo.add_marker(con, item.id, off, label, f"2026-11-20T10:0{int(off)}:00Z")
    items = items_repo.for_case(app.db.con, case.id)
    for i in items:
        if i.original_name == "chat-long.png":
            edit_item(app, i.id, title="与卖家的聊天记录（长截图）", proves="卖家以已签收为由拒绝退款")
    set_profile(app, **(profile if profile is not None else {"name": "张三 Zhang San"}))
    return case, items_repo.for_case(app.db.con, case.id)


def unzip(bundle: Path, dest: Path) -> Path:
    dest.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(bundle) as z:
        z.extractall(dest)
    return dest


def pdftotext(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def pdffonts(pdf: Path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    return [ln.split() for ln in out.splitlines()[2:] if ln.strip()]


def qpdf_check(pdf: Path) -> subprocess.CompletedProcess:
    return subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True, text=True)


def check_upload(folder: Path, ch) -> list[str]:  # type: ignore[no-untyped-def]
    """Independent check of an upload/ folder against a channel's limits; returns the violations."""
    import re

    from PIL import Image

    bad = []
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.name not in ("form.txt", ".evidenceapp-upload"))
    if len(files) > ch.max_files:
        bad.append(f"{len(files)} files > {ch.max_files}")
    for p in files:
        ext = p.suffix.lower().lstrip(".")
        if ext not in ch.types:
            bad.append(f"{p.name}: type {ext} not accepted")
        limit = ch.pdf_max_bytes if ext == "pdf" else ch.max_file_bytes
        if p.stat().st_size > limit:
            bad.append(f"{p.name}: {p.stat().st_size} bytes > {limit}")
        head = p.read_bytes()[:8]
        if ext == "pdf":
            if not head.startswith(b"%PDF"):
                bad.append(f"{p.name}: not a PDF")
        else:
            with Image.open(p) as im:
                if max(im.size) > ch.image_max_edge:
                    bad.append(f"{p.name}: {im.size} over {ch.image_max_edge} px")
        if ext in ("mp4", "mov", "webm", "mkv") and not ch.video:
            bad.append(f"{p.name}: video not accepted")
    form = (folder / "form.txt").read_text(encoding="utf-8")
    blocks = re.findall(r"^\[(.+?)\] \((\d+)/(\d+)\)\n(.*?)\n\n", form, flags=re.M | re.S)
    if not blocks:
        bad.append("form.txt has no fields")
    for label, n, lim, text in blocks:
        if len(text) != int(n) or len(text) > int(lim):
            bad.append(f"form field {label}: {len(text)} chars, says {n}, limit {lim}")
    return bad
