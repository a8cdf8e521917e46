"""The Overview (services.playbook.case_guidance, what the GUI shows) and the dossier give the same answer to the
seller's refusal — same parts, same sentences, same exhibit numbers — in zh_CN, en and fr; and a case without
evidence never gets a dossier that claims some."""

from __future__ import annotations

import re
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from helpers import make_jpeg

from evidenceapp.core import playbook as pb
from evidenceapp.export.model import TEMPLATES
from evidenceapp.services import cases as cases_svc
from evidenceapp.services import playbook as svc
from evidenceapp.services.exporting import export_case, gather
from evidenceapp.services.importing import add_bytes, add_paths

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "export"))
from dossier_kit import pdftotext  # noqa: E402

WHEN = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)

REFUSALS = [
    "已收货，不退", "you used it, scratches", "Il s'agit d'une mauvaise utilisation", "已签收，不予退款",
    "非质量问题", "超过售后期了", "商品与描述相符", "需要寄回检测", "拆封不退", "是快递的问题，你去找快递",
    "Le délai de retour est dépassé", "The item is as described", "随便说说",
]


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_overview_and_dossier_agree_on_every_refusal_in_three_languages(app, case, tmp_path: Path) -> None:
    add_paths(app, case.id, [make_jpeg(tmp_path / "crack.jpg")])
    add_bytes(app, case.id, "亲，已签收不退\n".encode(), "chat.txt", kind="chat_text")
    for text in REFUSALS:
        cases_svc.edit_case(app, case.id, refusal_reason=text)
        for lang in pb.LANGS:
            shown = svc.case_guidance(app, case.id, lang, now=WHEN).refusals
            printed = gather(app, case.id, "platform", lang, created=WHEN).refusals
            assert shown, (text, lang)
            assert [(a.key, a.text, a.exhibits) for a in shown] == \
                [(p.key, p.text, p.exhibits) for p in printed], (text, lang)


@pytest.mark.parametrize("lang", pb.LANGS)
def test_the_pdf_prints_the_answers_the_overview_shows(app, case, tmp_path: Path, lang: str) -> None:
    add_paths(app, case.id, [make_jpeg(tmp_path / "crack.jpg")])
    cases_svc.edit_case(app, case.id, refusal_reason="已使用，有划痕，不退；是快递的问题")
    shown = svc.case_guidance(app, case.id, lang, now=WHEN).refusals
    assert [a.key for a in shown] == ["signs_of_use", "affects_resale", "courier_blame"]
    assert any(a.exhibits == [1] for a in shown)  # the photo, by its exhibit number
    res = export_case(app, case.id, "platform", lang, tmp_path / "out", created=WHEN, sign=False)
    pdf = _flat(pdftotext(res.pdf))
    for a in shown:
        assert _flat(a.text) in pdf, a.text


# Sentences (or their fixed parts) that speak of evidence: from every proof of every refusal, and the wordings the
# old exporter used to print whatever the case held.
def _evidence_phrases() -> dict[str, list[str]]:
    book = svc.load_playbook()
    out: dict[str, list[str]] = {lang: [] for lang in pb.LANGS}
    for r in book.refusals.values():
        for p in r.proofs:
            for lang in pb.LANGS:
                out[lang] += [_flat(part) for part in p.text[lang].split("{refs}") if len(_flat(part)) >= 6]
    out["zh_CN"] += ["收货时即拍照", "全程录制开箱视频", "开箱录像为连续拍摄"]
    out["en"] += ["Iphotographedthegoods", "photostakenonreceipt", "Ifilmedtheunboxing"]
    out["fr"] += ["J'aiphotographié", "J'aifilmé", "photosprisesàréception"]
    return out


def test_a_case_without_evidence_gets_no_claim_of_evidence_in_any_template_or_language(app, tmp_path: Path) -> None:
    case = cases_svc.create_case(app, "空 Empty", "pdd", "PDD-1", seller="店", amount="10.00", dispute="quality",
                                 refusal_reason="已签收，人为损坏，有使用痕迹，影响二次销售，不是质量问题，超过售后期，"
                                                "描述相符，需要寄回检测，拆封不退，是快递的问题")
    phrases = _evidence_phrases()
    for template in TEMPLATES:
        for lang in pb.LANGS:
            res = export_case(app, case.id, template, lang, tmp_path / f"{template}-{lang}", created=WHEN,
                              sign=False)
            pdf = _flat(pdftotext(res.pdf))
            assert len(svc.refusal_arguments(app, case.id, lang)) == 10
            found = [p for p in phrases[lang] if p in pdf]
            assert not found, (template, lang, found)
