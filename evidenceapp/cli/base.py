"""Shared CLI plumbing: result type, output in text or JSON, error reporting."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..core.errors import InvalidInput
from ..core.progress import Progress
from ..services.app import App


@dataclass
class Result:
    data: dict[str, Any] = field(default_factory=dict)
    text: str = ""
    code: int = 0


Handler = Callable[[App, argparse.Namespace], Result]


def stderr_progress(args: argparse.Namespace, percent: bool = False) -> Callable[[Progress], None]:
    """A one-line progress display on stderr, only for a person at a terminal (never with --json)."""
    enabled = not getattr(args, "json", False) and sys.stderr.isatty()

    def show(p: Progress) -> None:
        if enabled and p.total:
            done = f"{100 * p.done // p.total:3d}%" if percent else f"{p.done}/{p.total}"
            sys.stderr.write(f"\r{done} {p.label[-60:]:<60}")
            if p.done >= p.total:
                sys.stderr.write("\n")
            sys.stderr.flush()

    return show


def emit(result: Result, as_json: bool) -> None:
    if as_json:
        sys.stdout.write(json.dumps(result.data, ensure_ascii=False, indent=None, default=str) + "\n")
    elif result.text:
        sys.stdout.write(result.text.rstrip("\n") + "\n")
    sys.stdout.flush()


def table(rows: list[list[str]], headers: list[str]) -> str:
    import unicodedata

    def width(s: str) -> int:
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)

    cols = [headers, *rows]
    widths = [max(width(r[i]) for r in cols) for i in range(len(headers))]
    lines = []
    for r in cols:
        lines.append("  ".join(c + " " * (widths[i] - width(c)) for i, c in enumerate(r)).rstrip())
    return "\n".join(lines)


def read_text_arg(file: str) -> str:
    """A text argument's content: a file, or ``-`` for standard input (UTF-8, a BOM dropped, bad bytes replaced)."""
    if file == "-":
        data = sys.stdin.buffer.read()
    else:
        try:
            data = Path(file).read_bytes()
        except OSError as exc:
            raise InvalidInput(f"cannot read {file}: {exc.strerror}", field="file") from None
    return data.decode("utf-8", errors="replace").lstrip("\ufeff")
