"""channels.toml: every channel carries its limits with a status and a source (CHANNELS.md)."""

from __future__ import annotations

import pytest

from evidenceapp import config
from evidenceapp.core.errors import ExportUnknownChannel
from evidenceapp.export import channels


@pytest.mark.parametrize("key", channels.CHANNEL_KEYS)
def test_every_channel_has_limits_status_and_source(key: str) -> None:
    ch = channels.load(config.resources_dir(), key)
    assert ch.status in ("confirmed", "reported", "unknown")
    assert ch.source and ch.checked
    assert ch.max_files > 0 and ch.max_file_bytes > 0 and ch.image_max_edge > 0 and ch.text_max_chars > 0
    assert not ch.video  # no channel is assumed to take video (CHANNELS.md)
    if ch.status == "unknown":  # the conservative default, never something looser
        assert ch.max_files <= 9 and ch.max_file_bytes <= 1_000_000 and ch.image_max_edge <= 2000
        assert ch.pdf_max_bytes <= 5_000_000 and ch.text_max_chars <= 500


def test_signalconso_is_the_confirmed_figures() -> None:
    ch = channels.load(config.resources_dir(), "signalconso")
    assert (ch.status, ch.max_files, ch.max_file_bytes, ch.text_max_chars) == ("confirmed", 12, 5_000_000, 5000)
    assert set(ch.types) == {"jpg", "jpeg", "pdf", "png", "gif", "docx", "heic"}


def test_tmall_shares_taobao_and_unknown_channel_is_an_error() -> None:
    assert channels.load(config.resources_dir(), "tmall").key == "taobao"
    with pytest.raises(ExportUnknownChannel):
        channels.load(config.resources_dir(), "ebay")
