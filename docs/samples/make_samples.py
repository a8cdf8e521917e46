"""Regenerate the sample page renders in this folder: python docs/samples/make_samples.py

Builds the test suite's demo case (photos, one with GPS, a 6000-px chat, a pasted chat where the seller asks to
cancel the dispute and pay on WeChat, an H.264 unboxing take with markers, a return shipment, Chinese and French
text) in a temporary store, exports every template in every language, and renders with ``pdftoppm -r 60`` the page
with the timeline and the page with the argument (the refusal and our answer) of each, plus the keyframe page, a
tall chat's continuation and the integrity appendix: ``<template>-<lang>-p<N>.png``, each under 200 KB.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "tests" / "export")]

TEMPLATES = ("platform", "12315", "fr-notice", "chargeback")
LANGS = ("zh_CN", "en", "fr")
EXTRA = {("platform", "en"): ("video", "tall", "last"), ("12315", "zh_CN"): ("举报线索",)}  # more pages


def main() -> None:
    from dossier_kit import build_case

    from evidenceapp.export.i18n import t

    for old in HERE.glob("*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp_s:
        tmp = Path(tmp_s)
        os.environ["EVIDENCEAPP_HOME"] = str(tmp / "home")
        from evidenceapp.media import samples
        from evidenceapp.services.app import App
        from evidenceapp.services.cases import edit_case, set_profile
        from evidenceapp.services.exporting import export_case
        from evidenceapp.services.importing import add_bytes, add_paths

        with App.open(tmp / "home") as app:
            case, _ = build_case(app, tmp)
            add_paths(app, case.id, [samples.phone_jpeg(tmp / "media" / "gps.jpg")])
            add_bytes(app, case.id, "买家：杯子裂了\n卖家：亲，你先取消纠纷，我加你微信退款给你\n".encode(), "chat.txt",
                      kind="chat_text")
            edit_case(app, case.id, product="骨瓷马克杯 350ml", seller_legal_name="杭州好物贸易有限公司",
                      return_waybill="SF7766554433", return_carrier="顺丰速运", return_shipped_at="2026-11-28",
                      card_network="visa", card_last4="4242")
            set_profile(app, name="张三 Zhang San", phone="13800000000", address="上海市浦东新区世纪大道100号",
                        id_number="310101199001011234")
            for template in TEMPLATES:
                for lang in LANGS:
                    res = export_case(app, case.id, template, lang, tmp / f"{template}-{lang}",
                                      created=datetime(2026, 11, 25, 12, 0, tzinfo=UTC), sign=False)
                    pages = _pdf_pages(res.pdf)
                    wanted = {_find(pages, t(lang, "timeline")), _find(pages, t(lang, "refusal"))}
                    wanted |= {_special(pages, res.pages, x) for x in EXTRA.get((template, lang), ())}
                    for n in sorted(wanted):
                        out = HERE / f"{template}-{lang}-p{n}"
                        subprocess.run(["pdftoppm", "-png", "-r", "60", "-singlefile", "-f", str(n), "-l", str(n),
                                        str(res.pdf), str(out)], check=True)
                        _shrink(out.with_suffix(".png"))
                        print(out.with_suffix(".png").name, out.with_suffix(".png").stat().st_size)


def _pdf_pages(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    return text.split("\f")


def _find(pages: list[str], heading: str) -> int:
    return next(k for k, text in enumerate(pages, 1) if heading in text)


def _special(pages: list[str], last: int, what: str) -> int:
    if what == "last":
        return last
    if what not in ("video", "tall"):
        return _find(pages, what)
    if what == "video":
        return next(k for k, text in enumerate(pages, 1) if "keyframes at the markers" in text)
    return next(k for k, text in enumerate(pages, 1) if "(continued, part 2 of" in text)


def _shrink(png: Path) -> None:
    from PIL import Image

    im = Image.open(png).convert("RGB")
    im = im.quantize(colors=128, method=Image.Quantize.MEDIANCUT)
    im.save(png, optimize=True)
    while png.stat().st_size > 200_000:
        im = Image.open(png).convert("RGB")
        im = im.resize((im.width * 4 // 5, im.height * 4 // 5), Image.LANCZOS).quantize(colors=96)
        im.save(png, optimize=True)


if __name__ == "__main__":
    main()
