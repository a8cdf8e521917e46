"""Deadline arithmetic: working days and the countdown status shown in the case list (parsing: core.times).

Pure functions over aware datetimes. Status thresholds come from the issue: a deadline is "warning" within 48 h,
"urgent" within 24 h, "passed" after it; a deadline marked done is "done" whatever its date.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from .times import local_tz, parse_when, to_utc_text

__all__ = ["local_tz", "parse_when", "to_utc_text", "add_working_days", "status", "remaining_text"]

WARNING_HOURS = 48
URGENT_HOURS = 24
STATUSES = ("ok", "warning", "urgent", "passed", "done")


def add_working_days(start: datetime, n: int) -> datetime:
    """``n`` working days after ``start``, skipping Saturdays and Sundays only.

    Chinese public holidays and the make-up working weekends (调休) are not known here; the UI says so and the
    date stays editable.
    """
    d = start
    added = 0
    while added < n:
        d += timedelta(days=1)
        if d.weekday() < 5:
            added += 1
    return d


def status(due: datetime, now: datetime, done: bool = False) -> str:
    if done:
        return "done"
    left = (due - now).total_seconds()
    if left < 0:
        return "passed"
    if left <= URGENT_HOURS * 3600:
        return "urgent"
    if left <= WARNING_HOURS * 3600:
        return "warning"
    return "ok"


_UNITS = {  # day, hour, minute, "passed … ago" pattern
    "en": ("{} d", "{} h", "{} min", "passed {} ago", " "),
    "fr": ("{} j", "{} h", "{} min", "dépassé de {}", " "),
    "zh_CN": ("{}天", "{}小时", "{}分钟", "已过期{}", ""),
}


def remaining_text(due: datetime, now: datetime, lang: str = "en") -> str:
    """A short countdown ("2 d 5 h", "3 h 10 min", "passed 4 h 0 min ago"; zh_CN "2天5小时"; fr "2 j 5 h")."""
    day, hour, minute, passed, sep = _UNITS.get(lang, _UNITS["en"])
    secs = int((due - now).total_seconds())
    past = secs < 0
    secs = abs(secs)
    d, rem = divmod(secs, 86400)
    h, rem = divmod(rem, 3600)
    m = rem // 60
    if d:
        s = sep.join((day.format(d), hour.format(h)))
    elif h:
        s = sep.join((hour.format(h), minute.format(m)))
    else:
        s = minute.format(m)
    return passed.format(s) if past else s
