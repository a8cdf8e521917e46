"""What an imported file is and what it says about itself, as Item fields.

The foundation fills type, dimensions-free basics and the file-time fallback; the media layer refines this with
metadata parsers (run in a subprocess with a timeout).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .sniff import Sniffed, extension_matches, sniff_file


def analyze(path: Path, original_name: str) -> tuple[Sniffed, dict[str, Any]]:
    """Sniff ``path`` (the stored object) and return (type, Item field values)."""
    sniffed = sniff_file(path)
    fields: dict[str, Any] = {"mime": sniffed.mime, "kind": sniffed.kind, "flags": []}
    if not extension_matches(sniffed.mime, original_name):
        fields["flags"].append("type_mismatch")
    return sniffed, fields
