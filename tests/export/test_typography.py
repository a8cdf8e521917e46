"""Issue 17.12: each language's typography and letter form. Units for the rules, then a French formal notice and
an English one read back with pdftotext."""

from __future__ import annotations

import re
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dossier_kit import build_case, pdftotext  # noqa: E402

from evidenceapp.core import times
from evidenceapp.export.typography import NNBSP, money, typo
from evidenceapp.services.cases import edit_case
from evidenceapp.services.exporting import export_case

WHEN = datetime(2026, 12, 7, 23, 30, tzinfo=UTC)  # already 8 December in Beijing


def test_french_spacing_before_high_punctuation_only_where_a_space_was_typed() -> None:
    assert typo("fr", "Objet : mise ; vraiment ? oui ! « ceci »", markup=False) == \
        f"Objet{NNBSP}: mise{NNBSP}; vraiment{NNBSP}? oui{NNBSP}! «{NNBSP}ceci{NNBSP}»"
    assert typo("fr", "10:05 https://x.fr a&amp;b", markup=False) == "10:05 https://x.fr a&amp;b"
    assert typo("en", "Note : x") == "Note : x"
    assert "\u00a0</font>:" in typo("fr", "Objet : x")  # in a PDF paragraph: a no-break space at half size


@pytest.mark.parametrize(("lang", "amount", "currency", "out"), [
    ("fr", "34.99", "EUR", "34,99\u00a0€"), ("fr", "1234.5", "EUR", "1\u00a0234,50\u00a0€"),
    ("fr", "199.00", "CNY", "199,00\u00a0CNY"), ("en", "34.99", "EUR", "€34.99"), ("zh_CN", "199", "CNY", "¥199.00 CNY"),
])
def test_amounts_as_each_language_writes_them(lang: str, amount: str, currency: str, out: str) -> None:
    assert money(amount, currency, lang) == out


def test_letter_dates_in_words_in_the_case_zone() -> None:
    assert times.fmt_long_date(WHEN, times.BEIJING, "fr") == "8\u00a0décembre\u00a02026"
    assert times.fmt_long_date(WHEN, UTC, "fr") == "7\u00a0décembre\u00a02026"
    assert times.fmt_long_date("2026-12-01", UTC, "fr").startswith("1er")
    assert times.fmt_long_date(WHEN, times.BEIJING, "en") == "8 December 2026"
    assert times.fmt_long_date(WHEN, times.BEIJING, "zh_CN") == "2026年12月8日"


def test_formal_notice_reads_as_a_french_letter(app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case, _ = build_case(app, tmp_path, video=False)
    edit_case(app, case.id, amount="34.99", currency="EUR", platform="aliexpress")
    res = export_case(app, case.id, "fr-notice", "fr", tmp_path / "fr", created=WHEN, sign=False)
    assert res.pdf.name.startswith("mise-en-demeure-") and res.pdf.name.endswith("-fr.pdf")
    assert res.bundle.name.startswith("mise-en-demeure-") and res.bundle.name.endswith("-archive-preuves.zip")
    text = pdftotext(res.pdf)
    flat = re.sub(r"\s+", " ", text)
    assert "34,99 €" in flat and "€34.99" not in flat
    assert "Le 15 novembre 2026, j'ai passé commande" in flat
    assert re.search(r"Fait à …+, le \d{1,2} décembre 2026", flat)
    assert "Signature :" in flat and "Lettre recommandée avec AR n° : ____" in flat
    assert not re.search(r"\n[:;?!]", text)  # never a line starting with high punctuation: the space does not break
    assert not re.search(r"[\u4e00-\u9fff]", _headings(text))  # no Chinese heading in a French document
    en = export_case(app, case.id, "12315", "en", tmp_path / "en", created=WHEN, sign=False)
    assert en.pdf.name.startswith("12315-complaint-")
    assert not re.search(r"[\u4e00-\u9fff]", _headings(pdftotext(en.pdf)))


def _headings(text: str) -> str:
    """The fixed headings of a dossier as pdftotext gives them (lines that are one of the known headings)."""
    from evidenceapp.export.i18n import _T

    keys = ("title_12315", "complainant", "respondent", "complaint_request", "facts_reasons", "legal_basis",
            "evidence_list_12315", "to_authority", "attachments", "report_clues", "exhibits", "timeline", "refusal",
            "legal_basis_plain", "deadline", "facts", "integrity", "how_verify")
    heads = {v for k in keys for v in _T[k][1:]}
    return "\n".join(line for line in text.splitlines() if any(line.strip().startswith(h) for h in heads))
