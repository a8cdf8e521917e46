"""The legal bases a dossier cites: only the articles DESIGN §5 / CHANNELS.md name, chosen by dispute and channel
(issue 17.7). (Refusals and their answers are the playbook's: tests/core/test_refusals.py.)"""

from __future__ import annotations

import re
import tomllib

import pytest

from evidenceapp import config
from evidenceapp.export import texts

RES = config.resources_dir()


_ALLOWED = {
    "消费者权益保护法》第": {"二十三", "二十四", "二十五", "三十九", "四十四", "五十五"},
    "实施条例》第": {"十九"}, "暂行办法》第": {"八", "十"}, "电子商务法》第": {"三十八", "五十八", "六十一"},
    "产品质量法》第": {"四十"}, "证据的若干规定》第": {"十四", "九十三"}, "若干问题的规定》第": {"十一"},
}


def test_legal_bases_cite_only_the_listed_articles() -> None:
    with open(RES / "export" / "legal_bases.toml", "rb") as f:
        data = tomllib.load(f)
    used = {k for keys in data["select"].values() for k in keys}
    used |= {v for k, v in data["card"].items() if k != "not_received"}
    for key in used:
        b = data["bases"][key]
        assert b["status"] in ("cited", "name_only"), key
        cite = b["cite"]
        for prefix, arts in _ALLOWED.items():
            if prefix in cite:
                first = re.search(prefix + r"(.+?)条", cite)[1]
                assert first in arts, (key, cite)
        if cite.startswith("Code de la consommation"):
            assert re.search(r"L21[67]-\d+|L221-\d+", cite)
        if b["status"] == "name_only":  # an uncertain measure: no article number, and the doubt stays here
            assert "第" not in cite and "art." not in cite and b["doubt"], key
    for lang in ("zh_CN", "en", "fr"):
        for template, dispute in (("12315", "quality"), ("fr-notice", "logistics"), ("chargeback", "quality")):
            bases = texts.legal_bases(RES, texts.select_bases(RES, template, dispute), lang)
            assert bases and all(b.summary or b.status == "name_only" for b in bases)


@pytest.mark.parametrize(("template", "dispute", "network", "cited", "not_cited"), [
    ("12315", "quality", "", {"cpl_23", "cpl_24", "pql_40", "cpl_39", "complaint_measures"}, {"cpl_55", "cpl_25"}),
    ("12315", "not_as_described", "", {"cpl_24", "cpl_55"}, {"pql_40"}),
    ("fr-notice", "quality", "", {"l217_3", "l217_8_9", "l217_14", "l217_16"}, {"l216_1", "l221_18"}),
    ("fr-notice", "logistics", "", {"l216_1", "l216_6"}, {"l217_3", "l221_18"}),
    ("fr-notice", "other", "", {"l221_18"}, {"l216_1", "l217_3"}),
    ("chargeback", "quality", "visa", {"visa_13_3"}, {"visa_13_1", "mc_4853"}),
    ("chargeback", "not_as_described", "mastercard", {"mc_4853"}, {"visa_13_3", "visa_13_1"}),
    ("chargeback", "logistics", "visa", {"visa_13_1"}, {"visa_13_3"}),
    ("chargeback", "quality", "", {"visa_13_3", "mc_4853"}, {"visa_13_1"}),
])
def test_bases_are_chosen_by_dispute_and_channel(template: str, dispute: str, network: str, cited: set[str],
                                                 not_cited: set[str]) -> None:
    keys = set(texts.select_bases(RES, template, dispute, network))
    assert cited <= keys and not keys & not_cited


def test_every_scam_signal_has_a_reviewer_wording() -> None:
    """The dossier quotes a flagged line with what it is, said to a reviewer (the app's label speaks to the buyer)."""
    from evidenceapp.core import chatscan
    from evidenceapp.export.i18n import LANGS, has, t

    for key in chatscan.load(config.playbooks_dir() / "scam_signals.toml").signals:
        assert has(f"scam_{key}"), key
        assert all(t(lang, f"scam_{key}") for lang in LANGS)
