"""Playbook texts as Qt rich text: escaped, with the playbook's own light markup rendered.

The playbook marks a word to stress with single asterisks ("*cancel*, never close"); shown as plain text the
asterisks reached the buyer literally. Only that and line breaks are understood; everything else is escaped.
"""

from __future__ import annotations

import html
import re

_EMPHASIS = re.compile(r"\*(\S(?:[^*\n]*?\S)?)\*")


def playbook_html(text: str) -> str:
    escaped = html.escape(text, quote=False)
    return _EMPHASIS.sub(r"<b>\1</b>", escaped).replace("\n", "<br>")
