"""Exhibit numbering, once: the dossier's list and the Overview's answers cite the same numbers."""

from __future__ import annotations

from collections.abc import Sequence

from .models import Item
from .times import instant_key

CHAT_KINDS = ("screenshot", "chat_text")


def in_exhibit_order(items: Sequence[Item]) -> list[Item]:
    """The user's exhibit order, except that chat screenshots (and pasted chats) take the places chats hold in it
    sorted by the real instant they were captured, so a reviewer reads the conversation in order (DESIGN §5)."""
    slots = [n for n, i in enumerate(items) if i.kind in CHAT_KINDS]
    ordered = sorted((items[n] for n in slots), key=lambda i: instant_key(i.captured_at))
    out = list(items)
    for n, item in zip(slots, ordered, strict=True):
        out[n] = item
    return out


def numbers(items: Sequence[Item]) -> dict[str, int]:
    """item id → exhibit number (1-based) for the case's visible items, in exhibit order."""
    return {it.id: no for no, it in enumerate(in_exhibit_order([i for i in items if not i.hidden]), start=1)}
