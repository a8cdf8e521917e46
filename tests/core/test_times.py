"""core.times: one parser, real-instant ordering, one stated zone (北京时间 for Chinese platforms)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from evidenceapp.core import times as tm


def test_parse_reads_rfc3339_exif_and_dates_and_refuses_the_rest() -> None:
    assert tm.parse("2026-11-20T07:49:00+08:00") == datetime(2026, 11, 19, 23, 49, tzinfo=UTC)
    assert tm.parse("2026-11-19T23:58:00.123Z") == datetime(2026, 11, 19, 23, 58, 0, 123000, tzinfo=UTC)
    assert tm.parse("2026:11:20 07:49:00", tm.BEIJING) == datetime(2026, 11, 19, 23, 49, tzinfo=UTC)
    assert tm.parse("2026-11-20", tm.BEIJING) == datetime(2026, 11, 19, 16, 0, tzinfo=UTC)
    assert tm.parse("yesterday") is None and tm.parse("") is None and tm.parse("2026-13-40") is None


def test_sorting_uses_real_instants_not_the_text() -> None:
    """The issue's case: photos at 07:49 +08:00 come BEFORE a refusal at 23:58 UTC the day before."""
    stamps = ["2026-11-19T23:58:00Z", "", "2026-11-20T07:49:00+08:00", "2026-11-20T08:10:00+08:00"]
    assert sorted(stamps, key=tm.instant_key) == [
        "2026-11-20T07:49:00+08:00", "2026-11-19T23:58:00Z", "2026-11-20T08:10:00+08:00", ""]


def test_format_in_the_case_zone_and_name_it_once() -> None:
    assert tm.fmt("2026-11-19T23:58:00Z", tm.BEIJING) == "2026-11-20 07:58:00"
    assert tm.fmt("2026-11-20", tm.BEIJING) == "2026-11-20"  # a date is a day, not an instant
    assert tm.fmt("not a time", tm.BEIJING) == "not a time"
    assert tm.fmt_date(datetime(2026, 12, 7, 22, 0, tzinfo=UTC), tm.BEIJING) == "2026-12-08"  # the letter's day
    assert tm.zone_label(tm.BEIJING, "zh_CN") == "北京时间 UTC+8"
    assert tm.with_zone("时间", tm.BEIJING, "zh_CN") == "时间（北京时间 UTC+8）"
    assert tm.with_zone("When", tm.BEIJING, "en") == "When (Beijing time UTC+8)"
    assert tm.zone_label(timezone(timedelta(hours=-3, minutes=-30)), "fr") == "UTC−3:30"
    assert tm.zone_label(UTC, "en") == "UTC"


def test_case_zone_is_beijing_for_chinese_platforms_else_local() -> None:
    for p in ("taobao", "tmall", "jd", "pdd", "douyin"):
        assert tm.case_zone(p) is tm.BEIJING
    local = tm.case_zone("aliexpress")
    assert local.utcoffset(datetime.now()) == datetime.now().astimezone().utcoffset()
