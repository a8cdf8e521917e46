"""Timestamps from the store (RFC 3339, UTC or with offset) shown in the user's local time and locale."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt


def parse(ts: str) -> QDateTime | None:
    if not ts:
        return None
    for fmt in (Qt.DateFormat.ISODateWithMs, Qt.DateFormat.ISODate):
        dt = QDateTime.fromString(ts, fmt)
        if dt.isValid():
            return dt
    return None


def local(ts: str, seconds: bool = False) -> str:
    """``2026-11-20T02:00:00Z`` → ``2026/11/20 10:00`` (format from the current locale), or the raw text."""
    dt = parse(ts)
    if dt is None:
        return ts
    fmt = QLocale.FormatType.LongFormat if seconds else QLocale.FormatType.ShortFormat
    if seconds:
        # The long format spells the time zone out; keep the short date with seconds instead.
        return QLocale().toString(dt.toLocalTime().date(), QLocale.FormatType.ShortFormat) + " " + \
            dt.toLocalTime().time().toString("HH:mm:ss")
    return QLocale().toString(dt.toLocalTime(), fmt)


def sort_key(ts: str) -> int:
    dt = parse(ts)
    return dt.toMSecsSinceEpoch() if dt is not None else 2**62
