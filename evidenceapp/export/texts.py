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
    summary: str  # "" when status is unsure
    status: str


def legal_bases(resources: Path, set_names: tuple[str, ...], lang: str) -> list[Basis]:
    data = load(resources, "legal_bases.toml")
    out = []
    for set_name in set_names:
        for key in data["sets"][set_name]:
            b = data["bases"][key]
            summary = "" if b["status"] == "unsure" else b.get(lang, "")
            out.append(Basis(key, b["cite"], summary, b["status"]))
    return out
