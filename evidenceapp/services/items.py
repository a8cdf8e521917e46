"""Editing an item's user fields (title, note, what it proves, exhibit order, kind, hidden)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..core.errors import Ambiguous, InvalidInput, NotFound
from ..core.models import ITEM_KINDS, Item
from ..store import items_repo, journal_repo
from .app import App


def resolve_item(app: App, case_id: str, key: str) -> Item:
    """An item of the case by id, unique id prefix or sha256 prefix."""
    item = items_repo.get(app.db.con, key)
    if item is not None and item.case_id == case_id:
        return item
    matches = items_repo.find(app.db.con, case_id, key.strip().lower()) if key.strip() else []
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise NotFound(what="item", key=key)
    raise Ambiguous(what="item", key=key, matches=", ".join(i.id[:8] for i in matches))


def edit_item(app: App, item_id: str, **changes: Any) -> Item:
    unknown = set(changes) - set(Item.EDITABLE)
    if unknown:
        raise InvalidInput(", ".join(sorted(unknown)), field="item field")
    if "kind" in changes and changes["kind"] not in ITEM_KINDS:
        raise InvalidInput(f"{changes['kind']!r} is not one of {', '.join(ITEM_KINDS)}", field="kind")
    with app.db.tx() as con:
        item = items_repo.get(con, item_id)
        if item is None:
            raise NotFound(what="item", key=item_id)
        diff = {k: v for k, v in changes.items() if getattr(item, k) != v}
        if diff:
            items_repo.update(con, item_id, diff)
            action = "item_hidden" if set(diff) == {"hidden"} else "item_edited"
            journal_repo.append(con, item.case_id, action, {
                "item_id": item_id, "sha256": item.sha256,
                "changes": {k: {"from": getattr(item, k), "to": v} for k, v in diff.items()},
            })
    result = items_repo.get(app.db.con, item_id)
    assert result is not None
    return result


def reorder_items(app: App, case_id: str, ordered_ids: list[str]) -> None:
    """Set the exhibit order (1..n) from a list of item ids, journalled as one entry."""
    with app.db.tx() as con:
        for n, item_id in enumerate(ordered_ids, start=1):
            items_repo.update(con, item_id, {"exhibit_order": n})
        journal_repo.append(con, case_id, "items_reordered", {"order": ordered_ids})


def markers(app: App, item_id: str):
    return items_repo.markers(app.db.con, item_id)


def original_path(app: App, item: Item) -> Path:
    """Where the stored original lies (read it, open it in a viewer; never write to it)."""
    return app.objects.path_for(item.sha256)
