"""Per-channel upload limits from resources/channels.toml (each with its status and source, CHANNELS.md)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..core.errors import ExportUnknownChannel

CHANNEL_KEYS = ("taobao", "tmall", "jd", "pdd", "douyin", "aliexpress", "other", "12315", "signalconso",
                "chargeback")


@dataclass(frozen=True)
class Channel:
    key: str
    name: str
    status: str  # confirmed | reported | unknown
    max_files: int
    max_file_bytes: int
    image_max_edge: int
    types: tuple[str, ...]
    video: bool
    pdf: bool
    text_max_chars: int
    source: str
    checked: str
    pdf_max_bytes: int
    fields: dict[str, int] = field(default_factory=dict)
    note: str = ""

    def describe(self) -> str:
        how = {"confirmed": "confirmed", "reported": "reported, not guaranteed",
               "unknown": "not published: conservative default"}.get(self.status, self.status)
        return f"{self.name}: limits {how} ({self.source})"


def _read(resources: Path) -> dict[str, Any]:
    with open(resources / "channels.toml", "rb") as f:
        return tomllib.load(f)


def load(resources: Path, key: str) -> Channel:
    data = _read(resources)
    default = data["default"]
    chans = data["channels"]
    seen = set()
    while key in chans and "alias" in chans[key] and key not in seen:
        seen.add(key)
        key = chans[key]["alias"]
    if key == "default":
        raw: dict[str, Any] = {"name": "generic platform", **default}
    elif key in chans:
        raw = {**default, **chans[key]}
    else:
        raise ExportUnknownChannel(channel=key)
    pdf_limit = (raw.get("pdf_limit") or default.get("pdf_limit") or {}).get("max_file_bytes",
                                                                             raw["max_file_bytes"])
    return Channel(
        key=key, name=raw.get("name", key), status=raw["status"], max_files=int(raw["max_files"]),
        max_file_bytes=int(raw["max_file_bytes"]), image_max_edge=int(raw["image_max_edge"]),
        types=tuple(raw["types"]), video=bool(raw["video"]), pdf=bool(raw["pdf"]),
        text_max_chars=int(raw["text_max_chars"]), source=raw["source"], checked=raw.get("checked", ""),
        pdf_max_bytes=int(pdf_limit), fields={k: int(v) for k, v in (raw.get("fields") or {}).items()},
        note=raw.get("note", ""),
    )
