"""Render each main view of the desktop app, in each language, with a demo case (generated media), to PNG.

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py [--size 1366x768] [--out docs/screenshots]
                                                          [--langs en,zh_CN,fr] [--views overview,evidence,…]

Writes ``<view>-<lang>.png`` (palette-quantised so each stays well under 200 KB); at another size than 1366×768
(e.g. a 1024×600 netbook) ``<view>-<lang>-<size>.png``. Uses a throw-away data folder: nothing of the user's is
read or written.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
VIEWS = ("empty", "overview", "evidence", "record", "journal", "export", "phone")
MAX_BYTES = 200 * 1024


def spin(qapp, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        qapp.processEvents()
        time.sleep(0.01)


def wait_idle(qapp, window, timeout: float = 300) -> None:
    end = time.monotonic() + timeout
    while window.runner.busy and time.monotonic() < end:
        qapp.processEvents()
        time.sleep(0.01)
    spin(qapp, 0.3)


def save_png(image, path: Path) -> int:
    """QImage → PNG, quantised to a 256-colour palette when the full-colour file would be over the limit."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    raw = bytes(data.data())
    colors = 256
    while len(raw) > MAX_BYTES * 0.9 and colors >= 32:
        from PIL import Image

        img = Image.open(io.BytesIO(buf.data().data())).convert("RGB").quantize(
            colors=colors, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
        out = io.BytesIO()
        img.save(out, "PNG", optimize=True)
        raw = out.getvalue()
        colors //= 2  # a noisy frame (the test pattern) needs fewer colours to stay small
    path.write_bytes(raw)
    return len(raw)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", default="1366x768")
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    ap.add_argument("--langs", default="en,zh_CN,fr")
    ap.add_argument("--views", default=",".join(VIEWS))
    args = ap.parse_args()
    width, height = (int(x) for x in args.size.split("x"))
    SUFFIX[""] = "" if args.size == "1366x768" else f"-{args.size}"
    args.out.mkdir(parents=True, exist_ok=True)

    from evidenceapp.ui.app import create_application

    qapp = create_application([])
    qapp.setProperty("evidenceapp_dialog_sink", True)  # never block on a dialog
    views = args.views.split(",")
    for lang in args.langs.split(","):
        # A fresh data folder per language, so each language's screenshots show the same demo case.
        with tempfile.TemporaryDirectory(prefix="evidenceapp-shots-") as tmp_s:
            render_language(qapp, Path(tmp_s), lang, views, args.out, width, height)
    return 0


def render_language(qapp, tmp: Path, lang: str, views: list[str], out: Path, width: int, height: int) -> None:
    os.environ["EVIDENCEAPP_HOME"] = str(tmp / "home")
    from evidenceapp.services import cases as cases_service
    from evidenceapp.services.app import App
    from evidenceapp.services.demo import create_demo_case
    from evidenceapp.ui.main_window import MainWindow
    from evidenceapp.ui.settings import Settings

    with App.open(tmp / "home") as app:
        settings = Settings(tmp / "gui")
        settings.record_size = "1280x720"
        window = MainWindow(app, settings)
        window.resize(width, height)
        window.show()
        window.apply_language(lang)
        spin(qapp, 0.3)
        if "empty" in views:
            shot(window, out, "empty", lang)
        other = cases_service.create_case(app, "Late parcel (AliExpress)", "aliexpress", "8123456789012",
                                          seller="Global Gadgets Store", dispute="logistics")
        cases_service.edit_case(app, other.id, status="escalated")
        demo = create_demo_case(app)
        window.read_chat_text()  # what an import does: the demo's chat screenshots are read in the background
        window.reload_cases()
        window.select_case(demo.id)
        for view in views:
            if view == "empty":
                continue
            if view == "phone":
                save(phone_dialog(qapp, window, tmp), out, view, lang)
                continue
            stage(qapp, window, view, tmp / "out")
            image = window.grab().toImage()  # grab first: a take in progress is stopped before the slow PNG work
            unstage(qapp, window, view)
            save(image, out, view, lang)
        window.close()
        window.shutdown()


def stage(qapp, window, view: str, export_dir: Path) -> None:
    window.show_tab(view)
    spin(qapp, 0.2)
    if view == "evidence":
        # A chat screenshot once the background OCR has read it: the text shows beside the picture.
        end = time.monotonic() + 120
        while (window._ocr_running or window.runner.busy) and time.monotonic() < end:
            qapp.processEvents()
            time.sleep(0.01)
        ev = window.evidence
        items = ev.model.items()
        chat = [i for i in items if i.original_name == "chat-1.png"]
        if chat or len(items) > 2:
            ev.select((chat or items)[0 if chat else 2].id)
        wait_idle(qapp, window)
        spin(qapp, 0.5)
    elif view == "journal":
        window.journal.verify()
        wait_idle(qapp, window)
    elif view == "record":
        rec = window.record
        rec.source.setCurrentIndex(rec.source.findData("synthetic"))
        rec.start()
        wait_idle(qapp, window)
        spin(qapp, 1.2)
        rec.click_step(0)
        spin(qapp, 1.0)
        rec.click_step(1)
        spin(qapp, 1.0)
    elif view == "export":
        window.export.folder.setText(str(export_dir))
        window.export.export()
        end = time.monotonic() + 300
        while window.export._handle is not None and time.monotonic() < end:
            qapp.processEvents()
            time.sleep(0.01)
        spin(qapp, 0.3)
    else:
        wait_idle(qapp, window)


def phone_dialog(qapp, window, tmp: Path):
    """The Receive-from-phone dialog with one photo uploaded over HTTP (127.0.0.1: no LAN address in the docs)."""
    import threading
    import uuid
    from urllib.parse import urlsplit

    from PIL import Image

    window.show_tab("evidence")
    dlg = window.receive_from_phone(host="127.0.0.1")
    photo = io.BytesIO()
    exif = Image.Exif()
    exif[0x010F], exif[0x0110], exif[0x0132] = "Xiaomi", "Redmi Note 12", "2026:11:20 10:00:00"
    Image.new("RGB", (1200, 900), (180, 150, 120)).save(photo, "JPEG", quality=85, exif=exif.tobytes())
    boundary = uuid.uuid4().hex
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"IMG_20261120_100000.jpg\"\r\n"
            "Content-Type: image/jpeg\r\n\r\n").encode() + photo.getvalue() + f"\r\n--{boundary}--\r\n".encode()
    url = urlsplit(dlg.url.text())

    def post() -> None:
        import http.client

        conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
        conn.request("POST", url.path + "/files", body=body, headers={
            "Content-Type": f"multipart/form-data; boundary={boundary}", "Accept": "application/json"})
        conn.getresponse().read()
        conn.close()

    t = threading.Thread(target=post)
    t.start()
    end = time.monotonic() + 60
    while dlg.received < 1 and time.monotonic() < end:
        qapp.processEvents()
        time.sleep(0.01)
    t.join(30)
    wait_idle(qapp, window)
    image = dlg.grab().toImage()
    dlg.close()
    spin(qapp, 0.2)
    return image


def unstage(qapp, window, view: str) -> None:
    if view == "record" and window.record.session is not None:
        window.record.stop()
        wait_idle(qapp, window)


def shot(window, out: Path, view: str, lang: str) -> None:
    save(window.grab().toImage(), out, view, lang)


SUFFIX = {"": ""}


def save(image, out: Path, view: str, lang: str) -> None:
    path = out / f"{view}-{lang}{SUFFIX['']}.png"
    size = save_png(image, path)
    print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}  {size // 1024} KB")


if __name__ == "__main__":
    sys.exit(main())
