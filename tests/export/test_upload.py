"""upload/ meets every limit of channels.toml for each channel; the PDF is split when over the limit."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from dossier_kit import build_case, check_upload
from pypdf import PdfReader

from evidenceapp import config
from evidenceapp.export import channels
from evidenceapp.export.dossier import build_pdf
from evidenceapp.export.upload import build_upload, split_pdf
from evidenceapp.services.exporting import gather

WHEN = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
TEMPLATE_OF = {"12315": ("12315", "zh_CN"), "signalconso": ("fr-notice", "fr"), "chargeback": ("chargeback", "en")}


@pytest.fixture(scope="module")
def made(tmp_path_factory):  # type: ignore[no-untyped-def]
    import os

    from evidenceapp.services.app import App

    tmp = tmp_path_factory.mktemp("upl")
    old = os.environ.get("EVIDENCEAPP_HOME")
    os.environ["EVIDENCEAPP_HOME"] = str(tmp / "home")
    app = App.open(tmp / "home")
    try:
        case, _ = build_case(app, tmp)
        # facts long enough to need shortening in the smaller forms
        from evidenceapp.services.cases import edit_case

        edit_case(app, case.id, facts="收到的陶瓷杯有明显裂纹，开箱全程录像。" * 40)
        yield app, case, tmp
    finally:
        app.close()
        if old is None:
            os.environ.pop("EVIDENCEAPP_HOME", None)
        else:
            os.environ["EVIDENCEAPP_HOME"] = old


@pytest.mark.parametrize("key", [k for k in channels.CHANNEL_KEYS if k != "tmall"])
def test_upload_meets_the_channel_limits(made, key: str) -> None:  # type: ignore[no-untyped-def]
    app, case, tmp = made
    template, lang = TEMPLATE_OF.get(key, ("platform", "zh_CN"))
    inp = gather(app, case.id, template, lang, platform=key if template == "platform" else None, created=WHEN)
    ch = channels.load(config.resources_dir(), inp.channel)
    out = tmp / key
    out.mkdir()
    pdf = out / inp.pdf_name
    build_pdf(inp, pdf)
    parts = split_pdf(pdf, ch.pdf_max_bytes, out)
    sheets = {ex.no: Path(ex.video_info["sheet"]) for ex in inp.exhibits if ex.video_info.get("sheet")}
    assert sheets, "the unboxing take has a contact sheet"
    rep = build_upload(inp, ch, parts, out / "upload", sheets)
    assert rep.fits, rep.problems
    assert check_upload(out / "upload", ch) == []
    kinds = [f.kind for f in rep.files]
    assert "contact_sheet" in kinds  # the video is replaced by its keyframe sheet
    if ch.pdf:
        assert kinds[0] == "pdf"
    assert len(rep.files) + len(rep.omitted) >= min(ch.max_files, 5)
    form = (out / "upload" / "form.txt").read_text(encoding="utf-8")
    if key == "12315":
        for field in ("投诉人", "被投诉人", "购买时间", "金额", "投诉问题", "投诉请求", "事实经过"):
            assert f"[{field}]" in form
        assert rep.form["事实经过"]["shortened"] and "详见所附PDF" in rep.form["事实经过"]["text"]


def test_pdf_split_parts_fit_and_keep_every_page(made) -> None:  # type: ignore[no-untyped-def]
    app, case, tmp = made
    inp = gather(app, case.id, "12315", "zh_CN", created=WHEN)
    pdf = tmp / "split.pdf"
    build_pdf(inp, pdf)
    limit = pdf.stat().st_size // 3
    (tmp / "parts").mkdir()
    parts = split_pdf(pdf, limit, tmp / "parts")
    assert len(parts) >= 3
    assert all(p.stat().st_size <= limit for p in parts)
    assert sum(len(PdfReader(p).pages) for p in parts) == len(PdfReader(pdf).pages)
