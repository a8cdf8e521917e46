"""The README's pictures of screen recording and web page capture, made with the real code paths, offline.

    python tools/capture_shots.py [--out docs/screenshots]

- ``screen-take.png``: a frame decoded from a screen take of a window (a seller chat page shown by Chromium on a
  private Xvfb display), with the overlay band below the picture.
- ``web-capture-en.png``: the Evidence view after "Capture a web page…" took a local listing page.
Needs Xvfb, xwininfo and Chromium. A throw-away data folder; pages served from 127.0.0.1 only.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import http.server
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

FONT = "body{font-family:'WenQuanYi Micro Hei',sans-serif}"
CHAT = """<!doctype html><html><head><meta charset="utf-8"><title>与卖家聊天 Seller chat</title><style>FONT
body{margin:0;background:#f2f2f2} header{background:#ff5000;color:#fff;padding:10px 16px}
.m{max-width:60%;margin:10px 16px;padding:8px 12px;border-radius:8px;background:#fff}
.me{margin-left:auto;background:#9eea6a}</style></head><body>
<header>好物旗舰店 · 订单 TB-20261120-001 · 账号 buyer_2026</header>
<div class="m">亲，您好，有什么可以帮您？</div>
<div class="m me">收到的杯子有裂痕，开箱视频已拍好，申请退款。</div>
<div class="m">这个是您自己摔坏的吧，我们发货前都检查过的，不支持退款哦。</div>
<div class="m me">开箱录像是连续拍摄的，裂痕在拆封时就有。</div>
<div class="m">已签收就不能退了，请联系快递。</div></body></html>"""

LISTING = """<!doctype html><html><head><meta charset="utf-8"><title>纯棉T恤 100% cotton T-shirt</title>
<style>FONT</style></head><body style="margin:0"><div style="background:#ff5000;color:#fff;padding:14px">好物旗舰店</div>
<div style="display:flex;gap:24px;padding:24px"><div style="width:360px;height:360px;background:#e0e8f0;
display:flex;align-items:center;justify-content:center;font-size:40px;color:#789">T</div><div><h1>纯棉T恤 男女同款</h1>
<p style="font-size:22px;color:#ff5000">¥ 89.00</p><p>面料：<b>100%纯棉 100% cotton</b></p>
<p>七天无理由退货 · 假一赔三</p></div></div></body></html>"""


@contextlib.contextmanager
def serve(folder: Path):
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@contextlib.contextmanager
def xvfb_with_page(url: str, title: str, tmp: Path):
    from evidenceapp.capture.browser import find_chromium
    from evidenceapp.capture.screen import x11_windows

    r, w = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(w), "-screen", "0", "1024x768x24", "-nolisten", "tcp"],
                            pass_fds=(w,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(w)
    with os.fdopen(r) as f:
        display = ":" + f.readline().strip()
    args = [find_chromium() or "chromium", f"--app={url}", "--window-size=760,560", "--window-position=0,0",
            f"--user-data-dir={tmp / 'profile'}", "--no-first-run", "--disable-gpu", "--disable-sync",
            "--disable-background-networking", "--lang=zh-CN", "--test-type"]  # test-type: no flag warning bar
    if os.geteuid() == 0:
        args.insert(1, "--no-sandbox")
    browser = subprocess.Popen(args, env={**os.environ, "DISPLAY": display}, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        end = time.monotonic() + 30
        while not any(title in t for _, t, _, _ in x11_windows(display)):
            if time.monotonic() > end:
                raise SystemExit("the browser window did not appear")
            time.sleep(0.2)
        time.sleep(1.5)
        yield display
    finally:
        with contextlib.suppress(OSError):
            os.killpg(browser.pid, 15)
        browser.wait(10)
        xvfb.terminate()
        xvfb.wait(10)


def screen_shot(app, case, site: str, tmp: Path, out: Path) -> None:
    import av
    from PIL import Image

    from evidenceapp.services import recording

    with xvfb_with_page(f"{site}/chat.html", "Seller chat", tmp) as display:
        os.environ["DISPLAY"] = display
        os.environ.pop("WAYLAND_DISPLAY", None)
        s = recording.RecordingSession(app, case.id, source="window:Seller chat", size=(1920, 1080), fps=15,
                                       audio=None)
        s.start()
        time.sleep(1.0)
        s.mark()
        time.sleep(1.0)
        s.mark()
        time.sleep(1.0)
        item = s.stop()
    with av.open(str(app.objects.path_for(item.sha256))) as c:
        frames = [f.to_image() for f in c.decode(video=0)]
    img: Image.Image = frames[int(len(frames) * 0.8)]
    path = out / "screen-take.png"
    img.convert("RGB").quantize(colors=128, dither=Image.Dither.NONE).save(path, optimize=True)
    print(f"{path}  {path.stat().st_size // 1024} KB")


def web_shot(qapp, app, case, site: str, tmp: Path, out: Path) -> None:
    from screenshots import save_png, spin, wait_idle

    from evidenceapp.ui.main_window import MainWindow
    from evidenceapp.ui.settings import Settings

    window = MainWindow(app, Settings(tmp / "gui"))
    window.resize(1366, 768)
    window.show()
    window.apply_language("en")
    window.reload_cases()
    window.select_case(case.id)
    window.show_tab("evidence")
    ev = window.evidence
    ev.confirm_private = lambda _url: True
    ev.ask_web_url = lambda: f"{site}/listing.html"
    ev.web_button.click()
    wait_idle(qapp, window, 120)
    spin(qapp, 1.0)
    path = out / "web-capture-en.png"
    size = save_png(window.grab().toImage(), path)
    print(f"{path}  {size // 1024} KB")
    window.close()
    window.shutdown()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    from evidenceapp.ui.app import create_application

    qapp = create_application([])
    qapp.setProperty("evidenceapp_dialog_sink", True)
    with tempfile.TemporaryDirectory(prefix="evidenceapp-capshots-") as tmp_s:
        tmp = Path(tmp_s)
        (tmp / "site").mkdir()
        from evidenceapp import config

        (tmp / "site" / "chat.html").write_text(CHAT.replace("FONT", FONT), encoding="utf-8")
        (tmp / "site" / "listing.html").write_text(LISTING.replace("FONT", FONT), encoding="utf-8")
        # The bundled CJK font made visible to Chromium (fontconfig; it cannot load a .ttc as a web font), so a
        # machine without Chinese fonts still shows the pages' text.
        (tmp / "fonts.conf").write_text(
            '<?xml version="1.0"?><fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
            f'<dir>{Path(config.cjk_font_path()).parent}</dir><cachedir>{tmp / "fc"}</cachedir></fontconfig>')
        os.environ["FONTCONFIG_FILE"] = str(tmp / "fonts.conf")
        os.environ["EVIDENCEAPP_HOME"] = str(tmp / "home")
        from evidenceapp.services import cases as cases_service
        from evidenceapp.services.app import App

        with serve(tmp / "site") as site, App.open(tmp / "home") as app:
            case = cases_service.create_case(app, "破损的杯子 Broken mug", "taobao", "TB-20261120-001",
                                             seller="好物旗舰店", dispute="quality")
            screen_shot(app, case, site, tmp, args.out)
            web_shot(qapp, app, case, site, tmp, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
