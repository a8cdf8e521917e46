"""Scam signals in chat text (OCR output or pasted text): the seller's known traps, found line by line.

The rules are data (``resources/playbooks/scam_signals.toml``): per signal, regular expressions in Chinese, English
and French, exclusions for the look-alikes (the buyer refusing, past facts, normal refunds), the advice to show and
the playbook warnings it links to. Advice that is one platform's rule (AliExpress's "cancel, never close") lives in
the signal's ``platform`` table and is shown on that platform only. A hit names the line, so the UI can point at the
screenshot and the line.
Precision matters more than recall here: a false alarm teaches the user to ignore the warnings.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .playbook import Text, t


@dataclass(frozen=True)
class Signal:
    key: str
    label: Text
    advice: Text
    source: tuple[str, ...]
    warnings: tuple[str, ...]
    patterns: tuple[re.Pattern[str], ...]
    exclude: tuple[re.Pattern[str], ...]
    by_platform: Mapping[str, tuple[Text, tuple[str, ...]]] = field(default_factory=dict)  # platform: (advice, source)

    def advice_for(self, platform: str = "") -> tuple[Text, tuple[str, ...]]:
        """The advice and its sources on ``platform`` (a playbook platform key); the general advice elsewhere."""
        return self.by_platform.get(platform, (self.advice, self.source))

    def matches(self, line: str) -> bool:
        return any(p.search(line) for p in self.patterns) and not any(x.search(line) for x in self.exclude)


@dataclass(frozen=True)
class Hit:
    line: int  # 1-based line number in the scanned text
    text: str
    signal: str
    item_id: str = ""

    def to_dict(self, rules: Rules | None = None, lang: str = "en", platform: str = "") -> dict[str, Any]:
        d: dict[str, Any] = {"line": self.line, "text": self.text, "signal": self.signal}
        if self.item_id:
            d["item_id"] = self.item_id
        if rules is not None:
            s = rules.signals[self.signal]
            advice, source = s.advice_for(platform)
            d["label"] = t(s.label, lang)
            d["advice"] = t(advice, lang)
            d["source"] = list(source)
            d["warnings"] = list(s.warnings)
        return d


class Rules:
    def __init__(self, data: Mapping[str, Any]) -> None:
        self.signals: dict[str, Signal] = {}
        for key, v in data["signal"].items():
            self.signals[key] = Signal(
                key=key, label=v["label"], advice=v["advice"], source=tuple(v.get("source", ())),
                warnings=tuple(v.get("warnings", ())),
                patterns=tuple(re.compile(p, re.IGNORECASE) for p in v["patterns"]),
                exclude=tuple(re.compile(p, re.IGNORECASE) for p in v.get("exclude", ())),
                by_platform={k: (pv["advice"], tuple(pv.get("source", v.get("source", ()))))
                             for k, pv in v.get("platform", {}).items()},
            )

    def scan_line(self, line: str) -> list[str]:
        """The signals ``line`` hits (a line may hit several: "wait 10 days, don't open a dispute")."""
        s = _normalize(line)
        if not s:
            return []
        return [k for k, sig in self.signals.items() if sig.matches(s)]

    def scan_lines(self, lines: Iterable[str], item_id: str = "", skip: Iterable[int] = ()) -> list[Hit]:
        """Hits per line (1-based). A message wrapped over two lines (a chat bubble read by OCR) is also tried
        joined with the next line; its hit is reported on the first line with the joined text. Lines in ``skip``
        (the buyer's own messages) are not reported."""
        lines = [x.strip() for x in lines]
        skipped = set(skip)
        per_line = [self.scan_line(x) for x in lines]
        hits = []
        for n, line in enumerate(lines, start=1):
            if n in skipped:
                continue
            for key in per_line[n - 1]:
                hits.append(Hit(n, line, key, item_id))
            if n < len(lines) and line and lines[n] and n + 1 not in skipped:
                joined = _join(line, lines[n])
                for key in self.scan_line(joined):
                    if key not in per_line[n - 1] and key not in per_line[n]:
                        hits.append(Hit(n, joined, key, item_id))
        return hits

    def scan_text(self, text: str, item_id: str = "") -> list[Hit]:
        return self.scan_lines(text.splitlines(), item_id)


def _join(a: str, b: str) -> str:
    """Two OCR lines of one bubble: no space between CJK characters, one space otherwise."""
    if a and b and ord(a[-1]) > 0x2E80 and ord(b[0]) > 0x2E80:
        return a + b
    return a + " " + b


def _normalize(line: str) -> str:
    # OCR and phones give curly quotes, full-width spaces and odd spacing; the patterns expect plain text.
    return " ".join(line.replace("\u3000", " ").replace("’", "'").split())


@functools.lru_cache(maxsize=4)
def load(path: Path) -> Rules:
    """The rules in ``path`` (the bundled playbooks/scam_signals.toml: services pass it)."""
    with open(path, "rb") as f:
        return Rules(tomllib.load(f))
