"""Waybill numbers read on a shipping label (OCR text), and whether one is the case's own.

OCR confuses letters and digits that look alike (O/0, I/1, S/5, B/8, Z/2 …). A read counts as the case's number
when every character is either the same or such a look-alike *letter* standing where the number has a digit (or
the reverse in the letter prefix, "5F" for "SF"). Two different digits never match: a label of another parcel,
one digit off, is reported as a mismatch, not as a match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A letter OCR reads where the label has this digit (and the digit it reads where the label has this letter).
LOOKALIKE_DIGIT = {"O": "0", "D": "0", "Q": "0", "U": "0", "I": "1", "L": "1", "|": "1", "!": "1", "T": "7",
                   "S": "5", "B": "8", "Z": "2", "G": "6", "A": "4"}
_DIGIT_TO_LETTERS: dict[str, set[str]] = {}
for _letter, _digit in LOOKALIKE_DIGIT.items():
    _DIGIT_TO_LETTERS.setdefault(_digit, set()).add(_letter)

# Carriers' number shapes (China's main express companies; a bare 12–15 digit run for the rest).
CARRIER_PATTERNS = (
    ("SF", re.compile(r"SF\d{12,13}")),  # 顺丰
    ("JD", re.compile(r"JD[A-Z]{0,2}\d{10,15}")),  # 京东物流 (JDV…, JDX…)
    ("YTO", re.compile(r"YT\d{13,15}")),  # 圆通
    ("EMS", re.compile(r"E[A-Z]\d{9}CN")),  # 邮政 EMS
    ("ZTO", re.compile(r"7[3-8]\d{10,13}")),  # 中通 73…/78…, 韵达 …
    ("STO", re.compile(r"77\d{11}")),  # 申通
    ("digits", re.compile(r"\d{12,15}")),
)
_JOINERS = re.compile(r"[\s\-–—_:：.,，·]")
# Dates and clock times (the take's burned-in clock, a label's print date) are not waybill numbers.
_DATE_TIME = re.compile(r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}:\d{2}(?::\d{2})?|UTC[+-]\d{1,2}(?::\d{2})?")


@dataclass(frozen=True)
class WaybillRead:
    text: str  # the number as it is printed (look-alike letters put back to digits where a digit belongs)
    carrier: str  # SF, JD, YTO … or "digits"
    target: str = ""  # the case number it was compared with
    matches: bool = False


def compact(text: str) -> str:
    """Upper case, without the spaces and dashes OCR or the label put inside a number."""
    return _JOINERS.sub("", text).upper()


def _char_ok(seen: str, real: str) -> bool:
    if seen == real:
        return True
    if real.isdigit():
        return LOOKALIKE_DIGIT.get(seen) == real  # a letter read where the label has a digit
    if real.isalpha() and seen.isdigit():
        return seen in {LOOKALIKE_DIGIT.get(real)}  # a digit read where the label has a letter ("5F" for SF)
    return False


def tolerant_equal(seen: str, real: str) -> bool:
    return len(seen) == len(real) and all(_char_ok(s, r) for s, r in zip(seen, real, strict=True))


def find_number(text: str, number: str) -> bool:
    """Whether ``number`` (a case's waybill or order number) is on this line, OCR look-alikes allowed."""
    target = compact(number)
    if len(target) < 6:
        return False  # too short to tell apart from any other digits on a label
    hay = compact(text)
    n = len(target)
    return any(tolerant_equal(hay[i:i + n], target) for i in range(len(hay) - n + 1))


def _as_digits(run: str) -> str:
    return "".join(LOOKALIKE_DIGIT.get(c, c) for c in run)


_PREFIXES = (("SF", r"SF"), ("JD", r"JD[A-Z]{0,2}"), ("YTO", r"YT"), ("EMS", r"E[A-Z]"))


def waybills_in(text: str) -> list[WaybillRead]:
    """Waybill-shaped numbers on a line, look-alike letters inside their digit part put back to digits
    ("SF12345678901O3" → SF1234567890103; a JD number keeps up to two letters after JD)."""
    found: list[WaybillRead] = []
    for m in re.finditer(r"[A-Z0-9|!]{10,20}", compact(_DATE_TIME.sub(" ", text))):
        run = m.group(0)
        candidates = []
        for _, prefix in _PREFIXES:
            head = re.match(prefix, run)
            if head:
                tail = run[head.end():]
                if prefix.startswith("E[") and tail.endswith("CN"):
                    candidates.append(head.group(0) + _as_digits(tail[:-2]) + "CN")
                else:
                    candidates.append(head.group(0) + _as_digits(tail))
        candidates.append(run)
        if run[0].isdigit() and sum(c.isalpha() for c in run) <= 2:  # a digit run with a misread or two
            candidates.append(_as_digits(run))
        for candidate in candidates:
            hit = next(((carrier, h) for carrier, pattern in CARRIER_PATTERNS
                        if (h := pattern.fullmatch(candidate) or pattern.search(candidate))), None)
            if hit and not any(hit[1].group(0) in f.text or f.text in hit[1].group(0) for f in found):
                found.append(WaybillRead(hit[1].group(0), hit[0]))
                break
    return found


def check_lines(lines: list[str], targets: list[str]) -> WaybillRead | None:
    """The best read on a label's lines: a case number found (look-alikes allowed), else the first waybill-shaped
    number, marked as not matching."""
    wanted = [t for t in targets if t and len(compact(t)) >= 6]
    for line in lines:
        for target in wanted:
            if find_number(line, target):
                return WaybillRead(compact(target), _carrier_of(compact(target)), target, True)
    reads = [r for line in lines for r in waybills_in(line)]
    if not reads:
        return None
    rank = [c for c, _ in CARRIER_PATTERNS]  # a carrier's own prefix beats a bare run of digits
    best = min(reads, key=lambda r: rank.index(r.carrier))
    return WaybillRead(best.text, best.carrier, wanted[0] if wanted else "", False)


def _carrier_of(number: str) -> str:
    for carrier, pattern in CARRIER_PATTERNS:
        if pattern.fullmatch(number):
            return carrier
    return "other"
