"""Issue 17: dossiers a reviewer accepts at first read. Each template is exported from a real store and read back
with pdftotext: the seller's scam lines with exhibit and time (17.5), the platform rule with its source (17.6), legal
bases chosen by dispute and channel (17.7), privacy (17.9), 12315 fields (17.13) and the return shipment (17.14)."""

from __future__ import annotations

import re
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dossier_kit import build_case, pdftotext  # noqa: E402

from evidenceapp.media import samples
from evidenceapp.services.cases import edit_case, set_profile
from evidenceapp.services.exporting import export_case
from evidenceapp.services.importing import add_bytes, add_paths

WHEN = datetime(2026, 12, 8, 9, 0, tzinfo=UTC)
ID_NUMBER = "310101199001011234"
SCAM = "亲，你先取消纠纷，我加你微信退款给你"


@pytest.fixture
def dossier_case(app, tmp_path: Path):  # type: ignore[no-untyped-def]
    case, _ = build_case(app, tmp_path, video=False)
    add_paths(app, case.id, [samples.phone_jpeg(tmp_path / "media" / "gps.jpg")])  # GPS in its EXIF
    add_bytes(app, case.id, f"买家：杯子裂了\n卖家：{SCAM}\n".encode(), "chat.txt", kind="chat_text")
    edit_case(app, case.id, product="骨瓷马克杯 350ml", seller_legal_name="杭州好物贸易有限公司",
              return_waybill="SF7766554433", return_carrier="顺丰速运", return_shipped_at="2026-11-28",
              card_network="visa", card_last4="4242")
    set_profile(app, name="张三 Zhang San", phone="13800000000", address="上海市浦东新区世纪大道100号",
                id_number=ID_NUMBER)
    return case


def _export(app, case, tmp_path: Path, template: str, lang: str, **kw):  # type: ignore[no-untyped-def]
    res = export_case(app, case.id, template, lang, tmp_path / f"{template}-{lang}", created=WHEN, sign=False, **kw)
    return res, pdftotext(res.pdf)


def test_scam_lines_reach_the_platform_dossier_and_the_report_clues(app, dossier_case, tmp_path):  # type: ignore[no-untyped-def]
    _, text = _export(app, dossier_case, tmp_path, "platform", "en")
    flat = re.sub(r"\s+", "", text)
    assert "What the seller asked for in the chat" in text
    assert re.sub(r"\s+", "", SCAM) in flat and "asked the buyer to close" in text
    # its exhibit number and capture time stand beside it
    block = text[text.index("What the seller asked for"):text.index("Platform rule relied on")]
    assert re.search(r"\b6\b", block) and re.search(r"20\d\d-\d\d-\d\d", block)
    _, zh = _export(app, dossier_case, tmp_path, "12315", "zh_CN")
    clues = re.sub(r"\s+", "", zh[zh.index("举报线索"):])
    assert "卖家在聊天中要求买家关闭" in clues and re.sub(r"\s+", "", SCAM) in clues and "证据6" in clues


def test_platform_rule_speaks_to_the_reviewer(app, dossier_case, tmp_path):  # type: ignore[no-untyped-def]
    """17.6: the rule and its source, not the buyer's menu path or advice."""
    for platform, name in (("taobao", "淘宝平台争议处理规则"), ("aliexpress", "AliExpress")):
        edit_case(app, dossier_case.id, platform=platform)
        for lang, src in (("zh_CN", "依据："), ("en", "Source:"), ("fr", "Source")):
            _, text = _export(app, dossier_case, tmp_path / platform, "platform", lang)
            start = text.index({"zh_CN": "所依据的平台规则", "en": "Platform rule relied on",
                                "fr": "Règle de la plateforme invoquée"}[lang])
            section = text[start:text.index({"zh_CN": "证据目录", "en": "List of exhibits",
                                             "fr": "Liste des pièces"}[lang], start)]
            assert src in section and (name in section or lang != "zh_CN" and platform == "taobao")
            assert "→" not in section and "客服与帮助" not in section
            assert not re.search(r"never close|ne jamais|切勿|请以平台现行规则为准|seed \d|CHANNELS", section, re.I)


def test_legal_bases_fit_the_dispute_and_carry_no_per_article_doubt(app, dossier_case, tmp_path):  # type: ignore[no-untyped-def]
    _, zh = _export(app, dossier_case, tmp_path, "12315", "zh_CN")
    assert "第二十三条" in zh and "第四十条" in zh and "第五十五条" not in zh and "第二十五条" not in zh
    assert "待用户核对" not in zh and "待核对" not in zh
    assert "《市场监督管理投诉举报处理暂行办法》" in zh
    assert not re.search(r"投诉举报处理暂行办法》第", zh)
    _, fr = _export(app, dossier_case, tmp_path, "fr-notice", "fr")
    for art in ("L217-3", "L217-8", "L217-9", "L217-14", "L217-16"):
        assert art in fr
    assert "L216-1" not in fr and "L221-18" not in fr and "à vérifier" not in fr
    _, cb = _export(app, dossier_case, tmp_path, "chargeback", "en")
    assert "13.3" in cb and "13.1" not in cb and "4853" not in cb  # a Visa card, goods defective
    edit_case(app, dossier_case.id, dispute="logistics", card_network="mastercard")
    _, cb = _export(app, dossier_case, tmp_path / "b", "chargeback", "en")
    assert "4853" in cb and "13.3" not in cb
    _, fr = _export(app, dossier_case, tmp_path / "b", "fr-notice", "fr")
    assert "L216-1" in fr and "L216-6" in fr and "L217-3" not in fr


@pytest.mark.parametrize("template", ["platform", "12315", "fr-notice", "chargeback"])
def test_privacy_no_id_number_no_gps_no_case_title(app, dossier_case, tmp_path, template):  # type: ignore[no-untyped-def]
    for lang in ("zh_CN", "en", "fr"):
        res, text = _export(app, dossier_case, tmp_path / lang, template, lang)
        assert ID_NUMBER not in text and ID_NUMBER[-4:] + "\n" not in text
        assert ID_NUMBER not in (res.upload.folder / "form.txt").read_text(encoding="utf-8")
        assert "22.54" not in text and "114.05" not in text  # the GPS photo's coordinates
        assert {"zh_CN": "原始文件中记录了拍摄位置", "en": "Location recorded in the original file",
                "fr": "Position enregistrée dans le fichier"}[lang] in re.sub(r"\n", " ", text)
        assert "Broken mug" not in text  # the case title is the buyer's own label


def test_gps_is_printed_when_the_user_asks(app, dossier_case, tmp_path):  # type: ignore[no-untyped-def]
    _, text = _export(app, dossier_case, tmp_path, "platform", "en", include_gps=True)
    assert "22.54310, 114.05787" in text


def test_12315_names_product_legal_entity_bureau_and_pledge_and_attaches_no_zip(app, dossier_case, tmp_path):  # type: ignore[no-untyped-def]
    res, zh = _export(app, dossier_case, tmp_path, "12315", "zh_CN")
    assert "商品名称" in zh and "骨瓷马克杯 350ml" in zh
    assert "经营者名称（营业执照）" in zh and "杭州好物贸易有限公司" in zh and "店铺名称" in zh
    flat = re.sub(r"\s+", "", zh)
    assert "实际经营地或平台住所地的县级市场监督管理" in flat and "投诉举报处理暂行办法" in flat
    clues = flat[flat.index("举报线索"):]
    assert "本人承诺" in clues and "真实" in clues
    attachments = flat[flat.index("附件1."):flat.index("举报线索")]
    assert ".zip" not in attachments and "bundle" not in attachments
    files = [p.name for p in res.upload.folder.iterdir()]
    assert not [n for n in files if n.endswith(".zip")]
    assert "附件" in zh and ".zip" not in (res.upload.folder / "form.txt").read_text(encoding="utf-8")


def test_return_shipment_in_timeline_12315_and_card_dossier(app, dossier_case, tmp_path):  # type: ignore[no-untyped-def]
    res, zh = _export(app, dossier_case, tmp_path, "12315", "zh_CN")
    form = (res.upload.folder / "form.txt").read_text(encoding="utf-8")
    assert "[商品名称]" in form and "骨瓷马克杯 350ml" in form and "杭州好物贸易有限公司" in form
    assert re.search(r"\[退货物流\].*\n2026-11-28 顺丰速运 SF7766554433", form)
    timeline = zh[zh.index("事实经过（时间线）"):]
    assert re.search(r"2026-11-28\s+买家寄回商品：顺丰速运 SF7766554433", timeline)
    _, en = _export(app, dossier_case, tmp_path, "chargeback", "en")
    for label, value in (("Return sent on", "2026-11-28"), ("Carrier", "顺丰速运"),
                         ("Return tracking number", "SF7766554433"), ("Card", "Visa ending 4242")):
        assert re.search(re.escape(label) + r"\s+" + re.escape(value), en), label
    assert "Goods sent back: 顺丰速运 SF7766554433" in en
    form = (tmp_path / "chargeback-en" / "upload" / "form.txt").read_text(encoding="utf-8")
    assert "[Return shipment]" in form and "2026-11-28 顺丰速运 SF7766554433" in form


def test_form_txt_points_only_at_what_the_channel_receives(app, dossier_case, tmp_path):  # type: ignore[no-untyped-def]
    """17.14: JD takes images, not the PDF: a shortened field points at the uploaded images, never at a PDF."""
    edit_case(app, dossier_case.id, platform="jd", facts="货物有裂纹。" * 200)
    res, _ = _export(app, dossier_case, tmp_path, "platform", "zh_CN")
    assert not any(f.name.endswith(".pdf") for f in res.upload.files)
    form = (res.upload.folder / "form.txt").read_text(encoding="utf-8")
    assert "所传证据图片" in form and "PDF" not in form.split("# (n/limit)")[1]
