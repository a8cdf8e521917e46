"""The legal bases a dossier cites: only the articles DESIGN §5 / CHANNELS.md name, each marked for the user to
check. (Refusals and their answers are the playbook's: tests/core/test_refusals.py.)"""

from __future__ import annotations

import re
import tomllib

from evidenceapp import config
from evidenceapp.export import texts

RES = config.resources_dir()


_ALLOWED = {
    "消费者权益保护法》第": {"二十三", "二十四", "二十五", "三十九", "四十四", "五十五"},
    "实施条例》第": {"十九"}, "暂行办法》第": {"八", "十"}, "电子商务法》第": {"三十八", "五十八", "六十一"},
    "产品质量法》第": {"四十"}, "证据的若干规定》第": {"十四", "九十三"}, "若干问题的规定》第": {"十一"},
}


def test_legal_bases_cite_only_the_listed_articles_and_are_marked() -> None:
    with open(RES / "export" / "legal_bases.toml", "rb") as f:
        data = tomllib.load(f)
    for keys in data["sets"].values():
        for key in keys:
            b = data["bases"][key]
            assert b["status"] in ("to_check", "unsure"), key
            cite = b["cite"]
            for prefix, arts in _ALLOWED.items():
                if prefix in cite:
                    first = re.search(prefix + r"(.+?)条", cite)[1]
                    assert first in arts, (key, cite)
            if cite.startswith("Code de la consommation"):
                assert re.search(r"L21[67]-\d+|L221-\d+", cite)
    for lang in ("zh_CN", "en", "fr"):
        bases = texts.legal_bases(RES, ("zh_consumer", "zh_evidence", "fr_notice", "chargeback"), lang)
        assert all(b.summary or b.status == "unsure" for b in bases)
