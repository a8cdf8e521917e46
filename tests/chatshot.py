"""A generated chat screenshot (no binary fixtures in the repo): phone-style bubbles in the bundled CJK font."""

from __future__ import annotations

from pathlib import Path

from evidenceapp import config

CHAT = [
    ("left", "亲，麻烦您先关闭纠纷，我们马上给您补发"),
    ("right", "不行，商品有质量问题，我要退款"),
    ("left", "Please cancel the dispute, I will refund via PayPal"),
    ("right", "订单号 TB20261120001 已签收，但杯子是碎的"),
    ("left", "Je vous rembourse par virement, fermez le litige"),
    ("right", "我已经申请平台介入了"),
    ("right", "你让我关闭纠纷？"),
]


def render_chat(path: Path, lines=CHAT, width: int = 750) -> Path:
    """A phone-style chat screenshot: grey background, white and green bubbles, 28 px CJK text."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(config.cjk_font_path()), 28)
    img = Image.new("RGB", (width, 140 + 96 * len(lines)), (237, 237, 237))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, width, 80], fill=(247, 247, 247))
    d.text((width // 2 - 60, 24), "好物旗舰店", font=font, fill=(0, 0, 0))
    y = 120
    for side, text in lines:
        w = d.textlength(text, font=font)
        x = 40 if side == "left" else width - w - 40
        d.rounded_rectangle([x - 14, y - 14, x + w + 14, y + 48], 10,
                            fill=(255, 255, 255) if side == "left" else (149, 236, 105))
        d.text((x, y), text, font=font, fill=(25, 25, 25))
        y += 96
    img.save(path)
    return path
