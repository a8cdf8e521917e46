"""Call-recording names as phones write them: the time and the other party, and the masked number."""

from __future__ import annotations

import pytest

from evidenceapp.core.callrec import mask_number, parse_call_name


@pytest.mark.parametrize(("name", "started", "number", "contact"), [
    ("通话录音 138xxxx 20261120_103000.m4a", "2026-11-20T10:30:00", "138xxxx", ""),
    ("Call recording Name_201120_103000.m4a", "2020-11-20T10:30:00", "", "Name"),
    ("张三(13812345678)_20261120103000.mp3", "2026-11-20T10:30:00", "13812345678", "张三"),
    ("13812345678(13812345678)_20261120103000.mp3", "2026-11-20T10:30:00", "13812345678", ""),
    ("张三 13812345678_20261120103000.amr", "2026-11-20T10:30:00", "13812345678", "张三"),
    ("Call with +33 6 12 34 56 78 2026-11-20 10-30-00.m4a", "2026-11-20T10:30:00", "+33 6 12 34 56 78", ""),
    ("Call recording Service client_261120_093015.m4a", "2026-11-20T09:30:15", "", "Service client"),
    ("record_13812345678_20261120-103000.3ga", "2026-11-20T10:30:00", "13812345678", ""),
    ("录音 客服 4008123123 2026-11-21 14.05.33.opus", "2026-11-21T14:05:33", "4008123123", "客服"),
])
def test_names_phones_give_call_recordings(name: str, started: str, number: str, contact: str) -> None:
    call = parse_call_name(name)
    assert call is not None, name
    assert (call.started, call.number, call.contact) == (started, number, contact)
    assert call.party == (contact or number)


@pytest.mark.parametrize("name", ["IMG_20261120_103000.jpg", "song.mp3", "voice memo.m4a", "20261120.m4a",
                                  "Screenshot_20261121-093000.png"])
def test_other_names_are_not_call_recordings(name: str) -> None:
    assert parse_call_name(name) is None


def test_impossible_dates_are_not_read_as_times() -> None:
    call = parse_call_name("通话录音 张三 20261340_253000.m4a")
    assert call is not None and call.started == ""


@pytest.mark.parametrize(("number", "masked"), [
    ("13812345678", "*******5678"),
    ("+33 6 12 34 56 78", "+** * ** ** 56 78"),
    ("138xxxx", "138xxxx"),
    ("4008123123", "******3123"),
    ("", ""),
])
def test_numbers_are_masked_to_their_last_four_digits(number: str, masked: str) -> None:
    assert mask_number(number) == masked
