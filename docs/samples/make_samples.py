"""Regenerate the sample page renders in this folder: python docs/samples/make_samples.py

Builds the test suite's demo case (photos, a 6000-px chat, an H.264 unboxing take, Chinese and French text) in a
temporary store, exports each template, and renders chosen pages with ``pdftoppm -r 60`` as PNGs under 200 KB.
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

# (template, lang, pages to render: "first", "last" or a page number)
SAMPLES = [("platform", "zh_CN", ["first", 2]), ("12315", "zh_CN", ["first", 2, 3]), ("fr-notice", "fr", ["first"]),
           ("chargeback", "en", ["first"]), ("platform", "en", ["video", "tall", "last"])]


def main() -> None:
    from dossier_kit import build_case

    with tempfile.TemporaryDirectory() as tmp_s:
        tmp = Path(tmp_s)
        os.environ["EVIDENCEAPP_HOME"] = str(tmp / "home")
        from evidenceapp.services.app import App
        from evidenceapp.services.cases import set_profile
        from evidenceapp.services.exporting import export_case

        with App.open(tmp / "home") as app:
            case, _ = build_case(app, tmp)
            set_profile(app, name="张三 Zhang San", phone="13800000000", address="上海市浦东新区世纪大道100号")
            for template, lang, pages in SAMPLES:
                res = export_case(app, case.id, template, lang, tmp / f"{template}-{lang}",
                                  created=datetime(2026, 11, 25, 12, 0, tzinfo=UTC))
                for page in pages:
                    n = _page(res, page)
                    out = HERE / f"{template}-{lang}-{page if isinstance(page, str) else f'p{n}'}"
                    subprocess.run(["pdftoppm", "-png", "-r", "60", "-singlefile", "-f", str(n), "-l", str(n),
                                    str(res.pdf), str(out)], check=True)
                    _shrink(out.with_suffix(".png"))
                    print(out.with_suffix(".png").name, out.with_suffix(".png").stat().st_size)


def _page(res, page) -> int:  # type: ignore[no-untyped-def]
    if page == "first":
        return 1
    if page == "last":
        return res.pages
    if page in ("video", "tall"):
        from pypdf import PdfReader

        reader = PdfReader(res.pdf)
        for k, p in enumerate(reader.pages, 1):
            text = p.extract_text() or ""
            if page == "video" and "keyframes at the markers" in text:
                return k
            if page == "tall" and "part 2 of" in text and "Exhibit 4" in text:
                return k
    return int(page)


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
