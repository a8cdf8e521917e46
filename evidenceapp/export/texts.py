"""The legal bases a dossier cites (resources/export/legal_bases.toml). Refusals and platform rules are the playbook's
(resources/playbooks, core/playbook.py): one source for the app and the dossier."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any


@lru_cache(maxsize=16)
def _load(path: Path) -> dict[str, Any]:
    with open(path, "rb") as f:
        return tomllib.load(f)


def load(resources: Path, name: str) -> dict[str, Any]:
    return _load(resources / "export" / name)


@dataclass(frozen=True)
class Basis:
    key: str
    cite: str
    summary: str  # "" when the measure is cited by name only
    status: str  # cited | name_only


def select_bases(resources: Path, template: str, dispute: str, card_network: str = "") -> list[str]:
    """The keys of the provisions that apply to this channel and dispute (legal_bases.toml [select] / [card])."""
    data = load(resources, "legal_bases.toml")
    if template == "chargeback":
        card = data["card"]
        received = dispute not in card["not_received"]
        visa = card["visa_not_as_described" if received else "visa_not_received"]
        return {"visa": [visa], "mastercard": [card["mastercard"]]}.get(card_network, [visa, card["mastercard"]])
    sel = data["select"]
    keys = list(sel.get(f"{template}.{dispute}", [])) + list(sel.get(f"{template}.*", []))
    return list(dict.fromkeys(keys))


def legal_bases(resources: Path, keys: list[str], lang: str) -> list[Basis]:
    data = load(resources, "legal_bases.toml")
    out = []
    for key in keys:
        b = data["bases"][key]
        summary = "" if b["status"] == "name_only" else b.get(lang, "")
        out.append(Basis(key, b["cite"], summary, b["status"]))
    return out
