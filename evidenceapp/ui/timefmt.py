"""Times in the GUI: the same text the dossier prints for the same instant.

Every time of the case on screen is shown in the case's zone (北京时间 for a Chinese platform, else the user's own
zone) as "YYYY-MM-DD HH:MM" — unambiguous in Chinese, English and French alike (no 12/5/26) — through core.times,
the module the PDF uses too. The main window sets the zone when it shows a case; views name it once
(``zone_label``). Date/time pickers edit wall-clock time in that zone (``to_wall`` / ``from_wall``).
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QDate, QDateTime, QTime

from ..core import times

_zone: dict[str, tzinfo] = {}


def set_case_platform(platform: str) -> None:
    """The case being shown decides the zone of every time on screen."""
    _zone["tz"] = times.case_zone(platform)


def zone() -> tzinfo:
    return _zone.get("tz") or times.local_tz()


def zone_label(lang: str) -> str:
    """"北京时间 UTC+8", "Beijing time UTC+8", "UTC+1": what the times on screen are in."""
    return times.zone_label(zone(), lang)


def parse(ts: str) -> QDateTime | None:
    dt = times.parse(ts, zone())
    return QDateTime.fromSecsSinceEpoch(int(dt.timestamp())) if dt is not None else None


def local(ts: str, seconds: bool = False) -> str:
    """``2026-11-20T02:00:00Z`` → ``2026-11-20 10:00`` in the case's zone; a date stays a date; else the raw text."""
    return times.fmt(ts, zone(), seconds=seconds) if ts else ts


def sort_key(ts: str) -> float:
    """The real instant (offsets applied); unknown or unreadable stamps last."""
    unknown, at = times.instant_key(ts, zone())
    return float("inf") if unknown else at


def to_wall(ts: str) -> QDateTime | None:
    """A stored instant as the wall-clock date and time in the case's zone, for a date/time picker."""
    dt = times.parse(ts, zone())
    if dt is None:
        return None
    w = dt.astimezone(zone())
    return QDateTime(QDate(w.year, w.month, w.day), QTime(w.hour, w.minute, w.second))


def wall_now() -> QDateTime:
    return to_wall(times.to_utc_text(datetime.now(zone()))) or QDateTime.currentDateTime()


def from_wall(value: QDateTime) -> str:
    """A picker's wall-clock date and time, read in the case's zone, as the services' UTC text."""
    d, t = value.date(), value.time()
    dt = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second(), tzinfo=zone())
    return times.to_utc_text(dt)
