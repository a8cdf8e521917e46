"""One wording per dispute type: the GUI's case form (Qt catalogue) and the playbook (Overview, CLI, dossiers)
name each dispute the same way in every language (issue 16.1)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from evidenceapp.core.langs import LANGS
from evidenceapp.services.playbook import load_playbook

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"


def _catalogue(lang: str) -> dict[str, str]:
    root = ET.parse(I18N / f"evidenceapp_{lang}.ts").getroot()
    return {m.findtext("source"): m.findtext("translation") for ctx in root.iter("context")
            if ctx.findtext("name") == "Labels" for m in ctx.iter("message")}


@pytest.mark.parametrize("lang", LANGS)
def test_dispute_labels_have_one_wording(qapp, lang: str) -> None:
    from evidenceapp.ui import labels

    english = labels.disputes()  # no translator installed in this test: the source texts
    shown = {k: _catalogue(lang).get(src) or src for k, src in english.items()} if lang != "en" else english
    book = load_playbook()
    assert {k: book.dispute(k).label[lang] for k in english} == shown
