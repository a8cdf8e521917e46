"""Time, once: parse the stamps the app meets, order them by the real instant, show them in one named zone.

The store keeps RFC 3339 (UTC ``Z`` or with an offset); cameras give EXIF "YYYY:MM:DD HH:MM:SS" without a zone;
users type "2026-11-30" or "2026-11-30 18:00". A text without a zone is read in the zone the caller says (the
case's zone), so two stamps from different zones still sort by the moment they name. A dossier shows every time in
one stated zone — the case's — and names that zone once per table (``zone_label``). The GUI formats with Qt's
locale on top of ``parse`` (ui/timefmt.py); the CLI and dossiers use ``fmt``.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo

BEIJING = timezone(timedelta(hours=8), "CST")  # China has had no daylight saving since 1991: a fixed offset is exact
CHINESE_PLATFORMS = frozenset({"taobao", "tmall", "jd", "pdd", "douyin"})

_STAMP = re.compile(
    r"^(\d{4})[-:/](\d{2})[-:/](\d{2})"  # date, ISO or EXIF separators
    r"(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:[.,](\d{1,9}))?)?"  # optional time, seconds, fraction
    r"\s*(Z|[+-]\d{2}:?\d{2})?$", re.IGNORECASE)


def local_tz() -> tzinfo:
    """The user's zone as this computer states it now (a fixed offset: what a table can name)."""
    tz = datetime.now().astimezone().tzinfo
    return tz if tz is not None else UTC


def case_zone(platform: str) -> tzinfo:
    """The zone a case's times are shown in: 北京时间 for a Chinese platform, else the user's own zone."""
    return BEIJING if platform in CHINESE_PLATFORMS else local_tz()


def _offset(text: str) -> tzinfo:
    if text.upper() == "Z":
        return UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4])))


def parse(text: str, assume: tzinfo = UTC) -> datetime | None:
    """An aware datetime from an RFC 3339 / ISO / EXIF stamp or a date; None when it is none of them.

    ``assume``: the zone of a stamp that names none (a camera's local time, a date the user typed)."""
    m = _STAMP.match((text or "").strip())
    if not m:
        return None
    y, mo, d, hh, mm, ss, frac, off = m.groups()
    try:
        dt = datetime(int(y), int(mo), int(d), int(hh or 0), int(mm or 0), int(ss or 0),
                      int((frac or "0").ljust(6, "0")[:6]))
    except ValueError:
        return None
    return dt.replace(tzinfo=_offset(off) if off else assume)


def is_date_only(text: str) -> bool:
    m = _STAMP.match((text or "").strip())
    return bool(m) and m.group(4) is None


def instant_key(text: str, assume: tzinfo = UTC) -> tuple[int, float]:
    """Sort key: the real instant (offsets applied), unknown or unreadable stamps last."""
    dt = parse(text, assume)
    return (0, dt.timestamp()) if dt is not None else (1, 0.0)


def fmt(value: str | datetime, tz: tzinfo, seconds: bool = True) -> str:
    """``value`` in zone ``tz`` as "YYYY-MM-DD HH:MM:SS" (the zone is named by the table, not on every line).

    A date alone stays a date (it names a day, not an instant); an unreadable text is returned as it is."""
    if isinstance(value, str):
        if is_date_only(value):
            return value.strip()[:10].replace(":", "-").replace("/", "-")
        dt = parse(value, tz)
        if dt is None:
            return value.strip()
    else:
        dt = value if value.tzinfo else value.replace(tzinfo=UTC)
    return dt.astimezone(tz).strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


def clock(dt: datetime, tz: tzinfo | None = None) -> str:
    """A moment with its full offset, for a picture that carries no table: "2026-11-25 22:31:05 UTC+08:00" (the
    recorder's burned-in clock, a keyframe's caption). ``tz``: default the computer's own zone at that moment."""
    local = dt.astimezone(tz) if tz else dt.astimezone()
    off = local.strftime("%z") or "+0000"
    return f"{local:%Y-%m-%d %H:%M:%S} UTC{off[:3]}:{off[3:]}"


def fmt_date(value: str | datetime, tz: tzinfo) -> str:
    """The calendar day of ``value`` in ``tz`` (a letter's date is the day where the case is, not in UTC)."""
    return fmt(value, tz)[:10]


_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
}


def fmt_long_date(value: str | datetime, tz: tzinfo, lang: str) -> str:
    """A date as a letter writes it, in ``tz``: "2026年12月8日", "8 December 2026", "8 décembre 2026" (French
    writes the first of the month "1er")."""
    day = fmt_date(value, tz)
    if len(day) < 10 or not day[:4].isdigit():
        return day
    y, m, d = int(day[:4]), int(day[5:7]), int(day[8:10])
    if lang == "zh_CN":
        return f"{y}年{m}月{d}日"
    if lang == "fr":
        return f"{'1er' if d == 1 else d}\u00a0{_MONTHS['fr'][m - 1]}\u00a0{y}"
    return f"{d} {_MONTHS['en'][m - 1]} {y}"


def offset_text(tz: tzinfo, at: datetime | None = None) -> str:
    """"UTC+8", "UTC+5:30", "UTC−3", "UTC" for the zone's offset at ``at`` (now by default)."""
    off = (at or datetime.now(UTC)).astimezone(tz).utcoffset() or timedelta(0)
    minutes = int(off.total_seconds() // 60)
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "−"
    h, m = divmod(abs(minutes), 60)
    return f"UTC{sign}{h}" + (f":{m:02d}" if m else "")


_BEIJING_NAME = {"zh_CN": "北京时间", "en": "Beijing time", "fr": "heure de Pékin"}
_ZONE_LINE = {"zh_CN": "时间均为{zone}", "en": "All times in {zone}", "fr": "Heures exprimées en {zone}"}


def zone_label(tz: tzinfo, lang: str, at: datetime | None = None) -> str:
    """The zone named in the dossier's language: "北京时间 UTC+8", "Beijing time UTC+8", "UTC+1"."""
    off = offset_text(tz, at)
    if tz is BEIJING:
        return f"{_BEIJING_NAME.get(lang, _BEIJING_NAME['en'])} {off}"
    return off


def with_zone(label: str, tz: tzinfo, lang: str, at: datetime | None = None) -> str:
    """A column or row label that names the zone once: "时间（北京时间 UTC+8）", "When (UTC+1)"."""
    zone = zone_label(tz, lang, at)
    return f"{label}（{zone}）" if lang == "zh_CN" else f"{label} ({zone})"


def zone_line(tz: tzinfo, lang: str, at: datetime | None = None) -> str:
    """The sentence that names a table's zone once: "时间均为北京时间 UTC+8"."""
    return _ZONE_LINE.get(lang, _ZONE_LINE["en"]).format(zone=zone_label(tz, lang, at))


# Phones and desktops name screenshots and photos after the moment they were taken: Screenshot_20261121-093000,
# IMG_20261121_093000, 微信图片_20261121093000, "Screenshot 2026-11-21 at 09.30.00".
_NAME_TIME = re.compile(r"(?<!\d)(20\d{2})[-_.]?(\d{2})[-_.]?(\d{2})(?:[-_ T.]|\sat\s|\sà\s)?"
                        r"(\d{2})[-_.:h]?(\d{2})[-_.:m]?(\d{2})(?!\d)")


def name_time(name: str) -> datetime | None:
    """The wall-clock time a file name carries (no zone: the device's own), or None."""
    m = _NAME_TIME.search(name or "")
    if not m:
        return None
    try:
        dt = datetime(*(int(g) for g in m.groups()))  # type: ignore[misc]
    except ValueError:
        return None
    return dt if 2000 <= dt.year <= 2100 else None


def agreeing_name_time(name: str, file_time: str, slack_s: float = 120) -> datetime | None:
    """The file name's time, with its zone, when it agrees with the file's modification instant: the two differ by
    a whole quarter-hour offset (the device's zone, within ±14 h) give or take ``slack_s``. None when they do not
    agree — then neither is preferred over the other and the file date stays, marked as less reliable."""
    wall, instant = name_time(name), parse(file_time)
    if wall is None or instant is None:
        return None
    diff = (wall - instant.astimezone(UTC).replace(tzinfo=None)).total_seconds()
    quarter = round(diff / 900) * 900
    if abs(diff - quarter) > slack_s or abs(quarter) > 14 * 3600:
        return None
    return wall.replace(tzinfo=timezone(timedelta(seconds=quarter)))


def to_utc_text(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_when(text: str, tz: tzinfo | None = None, end_of_day: bool = True) -> datetime:
    """A user's date or date-time as an aware UTC datetime.

    "2026-11-30" means the end of that day in the user's time zone (a deadline "on the 30th" runs all day);
    "2026-11-30 18:00" is local time; an ISO string with an offset or "Z" is taken as given.
    Raises ValueError for anything else.
    """
    s = text.strip()
    tz = tz or local_tz()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        d = date.fromisoformat(s)
        t = time(23, 59, 59) if end_of_day else time(0, 0)
        return datetime.combine(d, t, tzinfo=tz).astimezone(UTC)
    s = s.replace(" ", "T", 1)
    if s.endswith("Z"):
        s = s[:-1] + "+00:00"
    dt = datetime.fromisoformat(s)
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=tz)
    return dt.astimezone(UTC)
