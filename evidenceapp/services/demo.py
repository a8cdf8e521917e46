"""A demo case so a newcomer sees every view filled: photos with EXIF, chat screenshots, an unboxing take, a
deadline. All media are generated here (nothing shipped), and marked as demo (source "demo") in the journal."""

from __future__ import annotations

import io
from datetime import datetime, timedelta

from PIL import Image, ImageDraw, ImageFont

from .. import config
from ..core.models import Case
from .app import App
from .cases import create_case, get_case
from .importing import import_stream

CHAT = [
    ("buyer", "你好，收到的杯子有裂纹，开箱视频里能看到。"),
    ("seller", "亲，签收了就不能退了哦。"),
    ("buyer", "我有完整的开箱视频，面单和裂纹都拍到了。"),
    ("seller", "你先确认收货，我们再线下转账给你。"),
    ("buyer", "请在平台内处理退款，谢谢。"),
]


def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(config.cjk_font_path()), size, index=0)


def _photo(n: int, taken: datetime) -> bytes:
    img = Image.new("RGB", (1600, 1200), (214, 200, 180))
    d = ImageDraw.Draw(img)
    d.rectangle([300, 250, 1300, 950], fill=(168, 120, 72), outline=(90, 60, 30), width=12)  # the parcel
    d.line([(300, 600), (1300, 600)], fill=(220, 200, 120), width=40)  # tape
    if n == 1:  # the shipping label
        d.rectangle([700, 300, 1200, 560], fill=(250, 250, 250), outline=(0, 0, 0), width=6)
        d.text((730, 330), "SF1234567890123", font=_font(52), fill=(0, 0, 0))
        for x in range(730, 1170, 14):
            d.rectangle([x, 430, x + (6 if x % 28 else 9), 530], fill=(0, 0, 0))
    if n == 3:  # the open box seen from above
        img.paste((60, 45, 30), (380, 320, 1220, 880))
        d.rectangle([520, 420, 1080, 780], fill=(235, 235, 230), outline=(40, 40, 40), width=8)
    if n == 2:  # the crack on the mug
        d.ellipse([600, 380, 1000, 820], fill=(245, 245, 240), outline=(120, 120, 120), width=6)
        d.line([(700, 420), (760, 560), (720, 700), (790, 790)], fill=(30, 30, 30), width=7)
    d.text((60, 1080), f"demo photo {n}", font=_font(48), fill=(40, 40, 40))
    exif = Image.Exif()
    exif[0x010F] = "DemoPhone"  # Make
    exif[0x0110] = "DP-1"  # Model
    exif[0x0132] = taken.strftime("%Y:%m:%d %H:%M:%S")
    ifd = exif.get_ifd(0x8769)
    ifd[0x9003] = taken.strftime("%Y:%m:%d %H:%M:%S")  # DateTimeOriginal
    ifd[0x9011] = "+08:00"  # OffsetTimeOriginal
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=88, exif=exif.tobytes())
    return buf.getvalue()


def _chat_screenshot(lines: list[tuple[str, str]], when: datetime) -> bytes:
    width, height = 780, 300 + 170 * len(lines)
    img = Image.new("RGB", (width, height), (237, 237, 237))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, width, 110], fill=(255, 255, 255))
    d.text((40, 35), "好物旗舰店 · 客服", font=_font(36), fill=(20, 20, 20))
    d.text((width // 2 - 90, 140), when.strftime("%Y-%m-%d %H:%M"), font=_font(26), fill=(150, 150, 150))
    y = 200
    f = _font(32)
    for who, text in lines:
        w = min(int(d.textlength(text, font=f)) + 50, width - 160)
        if who == "buyer":
            box = [width - 40 - w, y, width - 40, y + 110]
            d.rounded_rectangle(box, 16, fill=(149, 236, 105))
        else:
            box = [40, y, 40 + w, y + 110]
            d.rounded_rectangle(box, 16, fill=(255, 255, 255))
        # Wrap long lines onto two rows inside the bubble.
        half = len(text) if d.textlength(text, font=f) < w - 40 else len(text) // 2
        d.text((box[0] + 25, y + 15), text[:half], font=f, fill=(0, 0, 0))
        if half < len(text):
            d.text((box[0] + 25, y + 60), text[half:], font=f, fill=(0, 0, 0))
        y += 170
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def _record_unboxing(app: App, case: Case, seconds: float = 4.0) -> None:
    """A short synthetic take through the real recorder: overlay, markers, keyframes and contact sheet."""
    import time

    from .recording import RecordingSession

    session = RecordingSession(app, case.id, source="synthetic", size=(640, 360), fps=15)
    session.start()
    steps = 3
    for _ in range(steps):
        time.sleep(seconds / (steps + 1))
        session.mark()
    time.sleep(seconds / (steps + 1))
    session.stop()


def create_demo_case(app: App) -> Case:
    now = datetime.now().astimezone().replace(microsecond=0)
    order_day = now - timedelta(days=6)
    case = create_case(
        app, "示例：开箱发现杯子裂纹 (demo)", "taobao", f"DEMO-{now:%Y%m%d%H%M%S}", seller="好物旗舰店",
        amount="199.00", currency="CNY", dispute="quality", order_date=order_day.strftime("%Y-%m-%d"),
        delivered_at=(now - timedelta(days=1)).strftime("%Y-%m-%d"), waybill_no="SF1234567890123",
        carrier="顺丰速运", request="return_refund", refusal_reason="已签收，不支持退货",
        facts="收到的陶瓷杯有明显裂纹。开箱全程录像，面单与裂纹均可见。卖家以“已签收”为由拒绝退款。",
    )
    for n in (1, 2, 3):
        taken = now - timedelta(days=1, minutes=30 - n * 5)
        import_stream(app, case.id, io.BytesIO(_photo(n, taken)), f"IMG_2026{n:04d}.jpg", "demo")
    chat_time = now - timedelta(hours=20)
    for n, (lines, when) in enumerate([(CHAT[:3], chat_time), (CHAT[3:], chat_time + timedelta(hours=2))], 1):
        import_stream(app, case.id, io.BytesIO(_chat_screenshot(lines, when)), f"chat-{n}.png", "demo",
                      kind="screenshot", extra={"captured_at": when.isoformat(), "captured_at_source": "demo"})
    _record_unboxing(app, case)
    # The dispute so far, through the playbook (journalled, status and anchored deadlines follow), and a
    # deadline with the playbook's own translated label, so the demo reads right in every language.
    from . import playbook

    playbook.add_event(app, case.id, "contacted_seller", at=(now - timedelta(hours=20)).strftime("%Y-%m-%d %H:%M"))
    playbook.add_event(app, case.id, "seller_refused", at=(now - timedelta(hours=18)).strftime("%Y-%m-%d %H:%M"),
                       detail={"reason": "已签收，不支持退货"})
    playbook.add_deadline(app, case.id, "seller_response", due_at=now + timedelta(days=2, hours=6),
                          note="demo")
    return get_case(app, case.id)
