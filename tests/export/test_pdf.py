"""Dossier PDFs parsed, not just produced: structure (qpdf), fonts (pdffonts), text (pdftotext), metadata (pypdf),
every template in every language, reproducible bytes."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from dossier_kit import build_case, pdffonts, pdftotext, qpdf_check
from pypdf import PdfReader

from evidenceapp.core.errors import InvalidInput
from evidenceapp.export.dossier import build_pdf
from evidenceapp.export.model import TEMPLATES
from evidenceapp.services.exporting import gather

WHEN = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


@pytest.fixture
def demo(app, tmp_path):  # type: ignore[no-untyped-def]
    case, items = build_case(app, tmp_path)
    return app, case, items


def _fonts_ok(pdf: Path) -> None:
    rows = pdffonts(pdf)
    assert rows, "no fonts at all?"
    for r in rows:
        # columns: name type [type2] encoding emb sub uni id gen — emb is the 5th from the end
        assert r[-5] == "yes", f"font not embedded: {r}"
        assert "Helvetica" not in r[0] and "Times" not in r[0]


def test_12315_structure_text_and_hashes(demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app, case, items = demo
    from evidenceapp.services.playbook import add_event

    add_event(app, case.id, "seller_refused", at="2026-11-21T09:00:00+08:00", detail={"reason": "签收了就不退"})
    add_event(app, case.id, "intervention_requested", at="2026-11-22T10:00:00+08:00")
    inp = gather(app, case.id, "12315", "zh_CN", created=WHEN)
    pdf = tmp_path / "d.pdf"
    res = build_pdf(inp, pdf)
    assert qpdf_check(pdf).returncode == 0
    _fonts_ok(pdf)
    text = pdftotext(pdf)
    lines = [ln.replace(" ", "") for ln in text.splitlines()]
    order = [lines.index(h) for h in ("投诉书", "投诉人", "被投诉人", "投诉请求", "事实与理由", "法律依据", "证据目录",
                                      "此致", "附件", "举报线索")]
    assert order == sorted(order), order
    for item in items:
        assert item.sha256[:32] in text and item.sha256[32:] in text, item.original_name
    # "page X of Y" on every page, Y right
    reader = PdfReader(pdf)
    n = len(reader.pages)
    assert n == res.pages and f"第 {n} 页 / 共 {n} 页" in text and "第 1 页 / 共" in text
    # 举报线索 on a page of its own (nothing of the complaint on it)
    clue_pages = [p.extract_text() for p in reader.pages if "举报线索" in (p.extract_text() or "")]
    assert len(clue_pages) == 1
    clue_lines = [ln.strip() for ln in clue_pages[0].splitlines()]
    assert "举报线索" in clue_lines and not {"证据目录", "此致", "投诉请求", "附件"} & set(clue_lines)
    # the tall chat spans several pages, marked as continued; its exhibit page is in the list
    # the 6000-px chat at the smallest legible size: 3 pages (2 continuations), not 5 at full width
    assert text.count("部分；相邻部分有重叠") >= 2
    tall_no = next(n for n, i in enumerate(items, 1) if i.original_name == "chat-long.png")
    assert res.exhibit_pages[tall_no] > res.exhibit_pages[tall_no - 1]
    # document metadata
    meta = reader.metadata
    assert "投诉书" in meta.title and case.order_no in meta.title and meta.author == "张三 Zhang San"
    assert meta["/CreationDate"].startswith("D:20261125120000")
    # the dispute's events are in the timeline, with the playbook's labels
    assert "商家拒绝：签收了就不退" in text and "已申请平台介入" in text
    # Chinese, French accents, € and ¥ come through as text
    assert "L'objet était fêlé" in text.replace("’", "'") and "199 €" in text and "¥199" in text


def test_missing_fields_are_marked_and_listed(app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case, _ = build_case(app, tmp_path, video=False, profile={})
    res = build_pdf(gather(app, case.id, "12315", "zh_CN", created=WHEN), tmp_path / "d.pdf")
    missing = {m.field for m in res.missing if m.required}
    assert {"profile.name", "profile.phone", "profile.address"} <= missing
    assert "【待填写】" in pdftotext(tmp_path / "d.pdf")
    res = build_pdf(gather(app, case.id, "fr-notice", "fr", created=WHEN), tmp_path / "f.pdf")
    assert "[à compléter]" in pdftotext(tmp_path / "f.pdf") and {"profile.name", "profile.address"} <= {
        m.field for m in res.missing}
    build_pdf(gather(app, case.id, "chargeback", "en", created=WHEN), tmp_path / "c.pdf")
    assert "[to fill in]" in pdftotext(tmp_path / "c.pdf")


_EXPECT = {"platform": ("申请平台介入", "platform intervention", "intervention de la plateforme"),
           "12315": ("投诉人", "Complainant", "Plaignant"),
           "fr-notice": ("催告函", "Formal notice", "Mise en demeure"),
           "chargeback": ("持卡人争议声明", "Cardholder dispute statement", "contestation du porteur")}


@pytest.mark.parametrize("template", TEMPLATES)
def test_every_template_in_every_language(demo, tmp_path: Path, template: str) -> None:  # type: ignore[no-untyped-def]
    app, case, items = demo
    for k, lang in enumerate(("zh_CN", "en", "fr")):
        pdf = tmp_path / f"{template}-{lang}.pdf"
        res = build_pdf(gather(app, case.id, template, lang, created=WHEN), pdf)
        assert qpdf_check(pdf).returncode == 0
        _fonts_ok(pdf)
        text = pdftotext(pdf)
        assert _EXPECT[template][k] in text, (template, lang)
        assert all(i.sha256[:32] in text for i in items)
        assert re.search(r"(Page|第) ?\d+ (of|sur|页 / 共) ?\d+", text)
        assert res.pages >= len(items) + 2


def test_same_input_gives_the_same_bytes(demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app, case, _ = demo
    inp = gather(app, case.id, "platform", "en", created=WHEN)
    build_pdf(inp, tmp_path / "a.pdf")
    build_pdf(gather(app, case.id, "platform", "en", created=WHEN), tmp_path / "b.pdf")
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()


def test_the_formal_notice_delay_is_the_buyers_to_give(demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Issue 23.6: no rule fixes the delay of a mise en demeure, so the letter never invents one (it used to say
    15 days): without the buyer's number it shows a marked blank, listed as missing."""
    app, case, _ = demo
    res = build_pdf(gather(app, case.id, "fr-notice", "fr", created=WHEN), tmp_path / "blank.pdf")
    text = " ".join(pdftotext(tmp_path / "blank.pdf").split())
    assert "dans un délai de [à compléter] jours" in text and "15 jours" not in text
    assert "notice.days" in {m.field for m in res.missing}
    res = build_pdf(gather(app, case.id, "fr-notice", "fr", created=WHEN, deadline_days=8), tmp_path / "8.pdf")
    assert "dans un délai de 8 jours" in " ".join(pdftotext(tmp_path / "8.pdf").split())
    assert "notice.days" not in {m.field for m in res.missing}
    with pytest.raises(InvalidInput):
        gather(app, case.id, "fr-notice", "fr", deadline_days=0)
