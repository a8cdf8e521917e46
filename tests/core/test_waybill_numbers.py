"""Waybill numbers read by OCR: look-alike letters tolerated, a different digit never."""

from __future__ import annotations

import pytest

from evidenceapp.core.waybill import check_lines, find_number, tolerant_equal, waybills_in


@pytest.mark.parametrize("seen", ["SF1234567890123", "SF 1234 5678 90123", "5F1234567890123", "SF12345678901Z3",
                                  "SFI234567890123", "SF123456789O123", "运单号：SF1234-5678-90123", "SF1234S67890123",
                                  "SF1234567B90123"])
def test_look_alikes_still_match_the_case_waybill(seen: str) -> None:
    assert find_number(seen, "SF1234567890123")


@pytest.mark.parametrize("seen", ["SF1234567890124", "SF1234567890023", "SF123456789012", "SF9234567890123",
                                  "SF12345678901235"[:-1].replace("1", "7", 1)])
def test_a_different_digit_is_never_a_match(seen: str) -> None:
    assert not find_number(seen, "SF1234567890123")


def test_tolerance_is_one_way_letters_for_digits() -> None:
    assert tolerant_equal("SFO", "SF0") and not tolerant_equal("SF0", "SF8")
    assert not find_number("12345", "12345")  # too short to mean anything on a label


@pytest.mark.parametrize(("line", "number", "carrier"), [
    ("顺丰速运 运单号 SF1234567890123", "SF1234567890123", "SF"),
    ("JDVA12345678901 京东", "JDVA12345678901", "JD"),
    ("YT1234567890123 圆通速递", "YT1234567890123", "YTO"),
    ("中通快递 73123456789O12", "73123456789012", "ZTO"),
    ("EMS EA123456789CN", "EA123456789CN", "EMS"),
])
def test_waybill_shapes_of_the_main_carriers(line: str, number: str, carrier: str) -> None:
    reads = waybills_in(line)
    assert reads and reads[0].text == number and reads[0].carrier == carrier


def test_check_prefers_the_case_number_and_reports_a_mismatch_otherwise() -> None:
    lines = ["收件人 张三 138****5678", "运单号 SF1234567890123", "寄件 好物旗舰店"]
    hit = check_lines(lines, ["SF1234567890123", "TB-20261120-001"])
    assert hit is not None and hit.matches and hit.text == "SF1234567890123"
    other = check_lines(["运单号 SF9999567890123"], ["SF1234567890123"])
    assert other is not None and not other.matches and other.text == "SF9999567890123"
    assert check_lines(["no number here", "2026-11-20"], ["SF1234567890123"]) is None


def test_clock_and_dates_are_not_waybills() -> None:
    assert waybills_in("2026-12-08 02:00:48 UTC+8  00:00:03") == []
    assert waybills_in("打印时间 2026/11/20 10:30") == []


def test_an_order_number_with_letters_is_not_read_as_digits() -> None:
    assert waybills_in("订单号 TB-20261120-001") == []
    hit = check_lines(["订单号 TB-20261120-001 · 淘宝", "运单号 SF1234567890128"], ["SF1234567890123"])
    assert hit is not None and hit.text == "SF1234567890128" and not hit.matches
