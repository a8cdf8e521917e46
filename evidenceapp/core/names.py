"""Hostile file names: keep them as metadata, show them escaped, never turn them into paths."""

from __future__ import annotations

import os

from .osrules import is_reserved_name


def display_name(raw: str | bytes) -> str:
    """A printable, single-line rendering of a file name as the user's system gave it.

    Invalid UTF-8 bytes become ``\\xNN``; control characters (newlines, tabs) become escapes, so a name can neither
    break a log line nor a table row.
    """
    if isinstance(raw, bytes):
        data = raw
    else:
        data = raw.encode("utf-8", "surrogateescape")
    text = data.decode("utf-8", "backslashreplace")
    out = []
    for ch in text:
        if ch == "\\" or ch.isprintable():
            out.append(ch)
        else:
            out.append(ch.encode("unicode_escape").decode("ascii"))
    return "".join(out)


def display_path(path: str | os.PathLike[str]) -> str:
    return display_name(os.fspath(path))


def safe_component(name: str, fallback: str = "file", max_bytes: int = 80) -> str:
    """A conservative file-name component for files we *write* (exports): ASCII letters, digits, ``.-_`` and CJK.

    Path separators, dots-only names, control characters and Windows reserved names never survive.
    """
    keep = []
    for ch in name:
        if ch.isalnum() or ch in "-_." or ord(ch) >= 0x2E80 and ch.isprintable():
            keep.append(ch)
        elif ch in " ()[]":
            keep.append("_")
    cleaned = "".join(keep).strip("._") or fallback
    stem, dot, ext = cleaned.rpartition(".")
    if not dot:
        stem, ext = cleaned, ""
    if is_reserved_name(stem):
        stem = "_" + stem
    cleaned = stem + (("." + ext) if ext else "")
    while len(cleaned.encode("utf-8")) > max_bytes:
        cleaned = cleaned[:-1]
    return cleaned or fallback

