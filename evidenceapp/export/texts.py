"""The data files behind the dossier's argument: refusal → answer, legal bases, platform rules (resources/export)."""

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
class Answer:
    key: str
    text: str
    source: str
    evidence: tuple[str, ...]


def match_refusal(resources: Path, reason: str, lang: str, kinds: set[str] | None = None) -> Answer:
    """The answer to the seller's stated reason: first entry whose keyword occurs in it, else the generic one.
    ``kinds``: the item kinds the case holds; an answer that speaks of a video uses its variant without one when
    the case has no video."""
    data = load(resources, "refusals.toml")
    low = reason.lower()
    chosen = "generic"
    if low.strip():
        for key, entry in data.items():
            if any(k.lower() in low for k in entry.get("keywords", [])):
                chosen = key
                break
    e = data[chosen]
    text = e[lang]
    if kinds is not None and e.get("needs") and not set(e["needs"]) & kinds:
        text = e.get(f"{lang}_without", text)
    return Answer(chosen, text, e["source"], tuple(e.get("evidence", ())))


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


def platform_rules(resources: Path, platform: str, lang: str) -> tuple[list[str], str, str]:
    """(rule lines, status, source) for the platform; tmall shares Taobao's rules."""
    data = load(resources, "platform_rules.toml")
    key = {"tmall": "taobao"}.get(platform, platform)
    entry = data.get(key) or data["other"]
    return list(entry[lang]), entry["status"], entry["source"]
