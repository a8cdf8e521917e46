"""OCR speed and accuracy on generated phone chat screenshots: evidenceapp.media.ocr.ocr_image (our pipeline:
EXIF-aware load, banding of very tall images, line grouping, no text-direction classifier) against a bare
RapidOCR call with its defaults on the same file, in the same run. Prints wall and CPU seconds per screenshot for both, their ratio (goal ≤ 1.2: our wrapper costs
little), and the share of characters recovered. Best of REPEAT runs counts; CPU time (all threads of this
process) is printed because wall time on a shared machine mostly measures the neighbours.
Usage: python benchmarks/ocr.py [N_SCREENSHOTS]
"""

from __future__ import annotations

import difflib
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from evidenceapp import config  # noqa: E402
from evidenceapp.media import ocr  # noqa: E402

REPEAT = 3
MESSAGES = [
    "亲，您好，请问有什么可以帮您？", "收到的杯子是碎的，我要退款", "麻烦提供一下开箱视频和照片哦",
    "已经上传了，订单号 TB20261120001", "亲，商品已签收，不支持退款", "签收时没有当面验货，我有开箱视频",
    "Please cancel the dispute, I will refund via PayPal", "No, I will escalate the dispute",
    "Je vous rembourse par virement, fermez le litige", "Non, je garde le litige ouvert",
    "亲再耐心等等，先别发起纠纷", "我已经申请平台介入了", "好的，平台会在48小时内处理",
    "OK 我等你的回复", "谢谢",
]


def render(path: Path, messages: list[str], width: int = 1080, font_px: int = 40) -> str:
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(config.cjk_font_path()), font_px)
    step = int(font_px * 3.2)
    img = Image.new("RGB", (width, 260 + step * len(messages)), (237, 237, 237))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, width, 150], fill=(247, 247, 247))
    d.text((width // 2 - 120, 60), "好物旗舰店客服", font=font, fill=(0, 0, 0))
    y = 200
    for n, text in enumerate(messages):
        w = d.textlength(text, font=font)
        x = 60 if n % 2 == 0 else width - w - 60
        d.rounded_rectangle([x - 20, y - 20, x + w + 20, y + font_px + 24], 14,
                            fill=(255, 255, 255) if n % 2 == 0 else (149, 236, 105))
        d.text((x, y), text, font=font, fill=(25, 25, 25))
        y += step
    img.save(path)
    return "".join("".join(messages).split())


def recovered(expected: str, got: str) -> float:
    b = "".join(got.split())
    m = difflib.SequenceMatcher(None, expected, b, autojunk=False)
    return sum(x.size for x in m.get_matching_blocks()) / len(expected)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 4
    if not ocr.available():
        sys.exit("rapidocr/onnxruntime not installed")
    from rapidocr import RapidOCR

    t0 = time.perf_counter()
    ocr._get_engine()
    print(f"engine start-up: {time.perf_counter() - t0:.2f} s")
    ref = RapidOCR(params={"Global.log_level": "warning"})
    with tempfile.TemporaryDirectory() as tmp:
        shots = []
        for i in range(n):
            msgs = MESSAGES[i % 3:] + MESSAGES[: i % 3]
            p = Path(tmp) / f"shot{i}.png"
            shots.append((p, render(p, msgs)))
        tall = Path(tmp) / "tall.png"
        shots.append((tall, render(tall, MESSAGES * 3)))
        for label, subset in (("phone screenshots", shots[:-1]), ("one tall screenshot", shots[-1:])):
            ours, theirs, cpu_o, cpu_r, acc_o, acc_r = [], [], [], [], [], []
            for path, expected in subset:
                best_o = best_r = bc_o = bc_r = float("inf")
                for _ in range(REPEAT):
                    t, c = time.perf_counter(), time.process_time()
                    r = ocr.ocr_image(path)
                    best_o = min(best_o, time.perf_counter() - t)
                    bc_o = min(bc_o, time.process_time() - c)
                    t, c = time.perf_counter(), time.process_time()
                    rr = ref(str(path))
                    best_r = min(best_r, time.perf_counter() - t)
                    bc_r = min(bc_r, time.process_time() - c)
                ours.append(best_o)
                theirs.append(best_r)
                cpu_o.append(bc_o)
                cpu_r.append(bc_r)
                acc_o.append(recovered(expected, r.text))
                acc_r.append(recovered(expected, "".join(rr.txts or ())))
            from PIL import Image

            size = Image.open(subset[0][0]).size
            mo, mr = sum(ours) / len(ours), sum(theirs) / len(theirs)
            co, cr = sum(cpu_o) / len(cpu_o), sum(cpu_r) / len(cpu_r)
            print(f"{label} ({len(subset)} × {size[0]}x{size[1]}): wall ours {mo:.2f} s/shot vs bare RapidOCR "
                  f"{mr:.2f} (ratio {mo / mr:.2f}); CPU ours {co:.2f} s vs {cr:.2f} (ratio {co / cr:.2f}); "
                  f"characters recovered ours {min(acc_o):.1%} (min), bare {min(acc_r):.1%}")


if __name__ == "__main__":
    main()
