"""Dossier time and text, each from its one home: the timeline ordered by real instants and shown in the case's
zone (北京时间 for a Chinese platform) named once per table, the letter's date in that zone, capture-time sources
in words, and HOW-TO-VERIFY.txt and the PDF giving the same verification steps (the catalogue's)."""

from __future__ import annotations

import re
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from helpers import make_jpeg

from evidenceapp.core.langs import LANGS
from evidenceapp.export.i18n import t
from evidenceapp.services import cases as cases_svc
from evidenceapp.services import playbook as playbook_svc
from evidenceapp.services.exporting import export_case
from evidenceapp.services.importing import import_stream

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "export"))
from dossier_kit import pdftotext, unzip  # noqa: E402

# 22:00 UTC on the 7th is already the 8th in Beijing: the letter must be dated the 8th.
CREATED = datetime(2026, 12, 7, 22, 0, tzinfo=UTC)


@pytest.fixture
def pdd_case(app, tmp_path: Path):  # type: ignore[no-untyped-def]
    case = cases_svc.create_case(app, "碎屏 Cracked protector", "pdd", "PDD-77", seller="膜店", amount="19.90",
                                 dispute="quality", refusal_reason="人为损坏")
    with open(make_jpeg(tmp_path / "crack.jpg"), "rb") as f:
        import_stream(app, case.id, f, "crack.jpg", "import", extra={
            "captured_at": "2026-11-20T07:49:00+08:00", "captured_at_source": "file_mtime"})
    # The refusal came at 23:58 UTC the day before, i.e. 07:58 in Beijing: AFTER the photo (07:49 Beijing).
    playbook_svc.add_event(app, case.id, "seller_refused", at="2026-11-19T23:58:00Z", detail={"reason": "人为损坏"})
    return case


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.splitlines() if ln.strip()]


def test_timeline_is_in_instant_order_in_beijing_time_named_once(app, pdd_case, tmp_path: Path) -> None:
    res = export_case(app, pdd_case.id, "platform", "zh_CN", tmp_path / "out", created=CREATED, sign=False)
    text = pdftotext(res.pdf)
    lines = _lines(text)
    photo = next(n for n, ln in enumerate(lines) if ln.startswith("2026-11-20 07:49:00"))
    refusal = next(n for n, ln in enumerate(lines) if ln.startswith("2026-11-20 07:58:00"))
    assert photo < refusal
    assert "时间（北京时间 UTC+8）" in text
    assert "2026-11-19 23:58" not in text  # never the UTC wall time
    # capture-time source in words, not the code
    assert "时间取自文件修改时间，可信度较低" in re.sub(r"\s+", "", text) and "file_mtime" not in text


def test_letter_dates_are_in_the_case_zone(app, pdd_case, tmp_path: Path) -> None:
    res = export_case(app, pdd_case.id, "12315", "zh_CN", tmp_path / "out", created=CREATED, sign=False)
    text = pdftotext(res.pdf)
    flat = re.sub(r"[ \t]+", "", text)
    assert "日期：2026年12月8日" in flat  # the letter's own date form (core.times.fmt_long_date)
    assert "2026年12月7日" not in flat and "2026-12-07" not in flat


@pytest.mark.parametrize("lang", LANGS)
def test_how_to_verify_is_one_text_in_the_bundle_and_the_pdf(app, pdd_case, tmp_path: Path, lang: str) -> None:
    res = export_case(app, pdd_case.id, "platform", lang, tmp_path / "out", created=CREATED, sign=False)
    folder = unzip(res.bundle, tmp_path / "unzipped")
    how = (folder / "HOW-TO-VERIFY.txt").read_text(encoding="utf-8").replace("\r\n", "\n")
    steps = t(lang, "htv_steps")
    assert steps in how
    flat_pdf = re.sub(r"\s+", "", pdftotext(res.pdf))
    assert re.sub(r"\s+", "", steps) in flat_pdf
