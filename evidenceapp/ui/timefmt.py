"""Stored timestamps shown in the user's local time and locale: core.times parses (one parser for the GUI, CLI
and dossiers), Qt only formats for the locale."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale

from ..core import times


def parse(ts: str) -> QDateTime | None:
    dt = times.parse(ts)
    return QDateTime.fromMSecsSinceEpoch(round(dt.timestamp() * 1000)) if dt is not None else None


def local(ts: str, seconds: bool = False) -> str:
    """``2026-11-20T02:00:00Z`` → ``2026/11/20 10:00`` (format from the current locale), or the raw text."""
    dt = parse(ts)
    if dt is None:
        return ts
    if seconds:
        # The long format spells the time zone out; keep the short date with seconds instead.
        return QLocale().toString(dt.date(), QLocale.FormatType.ShortFormat) + " " + dt.time().toString("HH:mm:ss")
    return QLocale().toString(dt, QLocale.FormatType.ShortFormat)


def sort_key(ts: str) -> tuple[int, float]:
    """Real instants, unknown last (core.times.instant_key)."""
    return times.instant_key(ts)
