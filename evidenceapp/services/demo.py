"""A demo case so a newcomer sees every view filled: photos with EXIF, chat screenshots, an unboxing take, a
deadline. All media are generated here (nothing shipped), and marked as demo (source "demo") in the journal."""

from __future__ import annotations

import importlib
import io
from datetime import datetime, timedelta

from PIL import Image, ImageDraw, ImageFont

from .. import config
from ..core.models import Case
from ..store import cases_repo, journal_repo
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


def _record_unboxing(app: App, case: Case) -> None:
    """A 4-second synthetic take through the real recorder, when the recorder is installed."""
    try:
        recording = importlib.import_module("evidenceapp.services.recording")
    except ImportError:
        return
    record = getattr(recording, "record_synthetic_demo", None)
    if record is not None:
        record(app, case.id, seconds=4.0)


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
    import_stream(app, case.id, io.BytesIO(_chat_screenshot(CHAT[:3], chat_time)), "chat-1.png", "demo",
                  kind="screenshot")
    import_stream(app, case.id, io.BytesIO(_chat_screenshot(CHAT[3:], chat_time + timedelta(hours=2))),
                  "chat-2.png", "demo", kind="screenshot")
    _record_unboxing(app, case)
    due = (now + timedelta(days=2, hours=6)).astimezone().isoformat()
    with app.db.tx() as con:
        deadline_id = cases_repo.add_deadline(con, case.id, "seller_response", due, "卖家处理退款申请的期限",
                                              "demo deadline")
        journal_repo.append(con, case.id, "deadline_added", {"id": deadline_id, "kind": "seller_response",
                                                             "due_at": due})
    return get_case(app, case.id)
