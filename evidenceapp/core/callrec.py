"""Call recordings: what a phone's file name says about the call (when, with whom), and how to print a number.

Phones name their call recordings after the other party and the start time, in the phone's local time (no zone):
  Xiaomi/MIUI   张三(13812345678)_20261120103000.mp3 · 13812345678(13812345678)_20261120103000.mp3
  Huawei/Honor  通话录音 138xxxx 20261120_103000.m4a · 张三 13812345678_20261120103000.amr
  Samsung       Call recording Name_201120_103000.m4a (YYMMDD_HHMMSS)
  others        Call with +33 6 12 34 56 78 2026-11-20 10-30-00.m4a · record_13812345678_20261120-103000.3ga
A number is shown in the app as written and masked in dossiers to its last four digits (the reviewer needs to see
which line was called, not the person's full number).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

_PREFIX = re.compile(r"^\s*(通话录音|录音|call[ _-]?recording|call[ _-]?with|call|record(?:ing)?|voice call)"
                     r"[\s:_\-–,]*", re.I)
# A phone number as phones write it: optional +, digits with spaces/dashes, or partly masked with x/*.
_NUMBER = re.compile(r"(?<![0-9A-Za-z])(\+?\d[\d \-]{3,18}[\dxX*]|\d{3,}[xX*]{2,}\d*)(?![0-9A-Za-z])")
_STAMPS = (
    # 20261120103000, 20261120_103000, 20261120-103000, 20261120 103000
    (re.compile(r"(?<!\d)(20\d{2})(\d{2})(\d{2})[ _\-]?(\d{2})(\d{2})(\d{2})(?!\d)"), False),
    # 2026-11-20 10-30-00, 2026-11-20_10.30.00, 2026-11-20T10:30
    (re.compile(r"(?<!\d)(20\d{2})-(\d{2})-(\d{2})[ _T](\d{2})[-.:](\d{2})(?:[-.:](\d{2}))?(?!\d)"), False),
    # Samsung's YYMMDD_HHMMSS
    (re.compile(r"(?<!\d)(\d{2})(\d{2})(\d{2})_(\d{2})(\d{2})(\d{2})(?!\d)"), True),
)
_CALL_EXTS = (".m4a", ".amr", ".mp3", ".aac", ".wav", ".3gp", ".3ga", ".opus", ".ogg", ".awb", ".flac")


@dataclass(frozen=True)
class CallName:
    started: str  # ISO 8601 local wall time without a zone ("2026-11-20T10:30:00"), or ""
    number: str  # the other party's number as written in the name ("13812345678", "138xxxx"), or ""
    contact: str  # the other party's name as written ("张三", "Name"), or ""

    @property
    def party(self) -> str:
        return self.contact or self.number


def parse_call_name(name: str) -> CallName | None:
    """What a call-recording file name says, or None when the name does not look like one."""
    stem, dot, ext = name.rpartition(".")
    if not dot or "." + ext.lower() not in _CALL_EXTS:
        stem = name
    started, rest = _find_time(stem)
    prefixed = bool(_PREFIX.match(stem))
    body = _PREFIX.sub("", rest, count=1) if prefixed else rest
    number = ""
    paren = re.search(r"\(([+\d][\d \-xX*]{3,})\)", body)
    if paren:
        number = paren.group(1).strip()
        body = body[:paren.start()] + " " + body[paren.end():]
    else:
        m = _NUMBER.search(body)
        if m:
            number = m.group(1).strip(" -")
            body = body[:m.start()] + " " + body[m.end():]
    contact = re.sub(r"[\s_\-,;()]+", " ", body).strip()
    if contact == number or re.fullmatch(r"[\d\s+]*", contact):
        contact = ""
    if not (prefixed or paren or (started and number)):
        return None
    return CallName(started, number, contact)


def _find_time(stem: str) -> tuple[str, str]:
    """(ISO local time, the name with the time taken out)."""
    for pattern, two_digit_year in _STAMPS:
        for m in pattern.finditer(stem):
            parts = [int(p) if p else 0 for p in m.groups()]
            if two_digit_year:
                parts[0] += 2000
            try:
                when = datetime(*parts)
            except ValueError:
                continue
            if not 2000 <= when.year <= 2100:
                continue
            return when.isoformat(timespec="seconds"), stem[:m.start()] + " " + stem[m.end():]
    return "", stem


def mask_number(number: str) -> str:
    """All but the last four digits hidden: "13812345678" → "*******5678", "+33 6 12 34 56 78" → "+** * ** ** 56 78"."""
    digits = [i for i, ch in enumerate(number) if ch.isdigit()]
    keep = set(digits[-4:])
    return "".join(ch if (i in keep or not ch.isdigit()) else "*" for i, ch in enumerate(number))


def mask_in(text: str, number: str) -> str:
    """``text`` (a file name, a title) with every occurrence of ``number`` masked (see ``mask_number``)."""
    return text.replace(number, mask_number(number)) if number and len(number) > 4 else text
