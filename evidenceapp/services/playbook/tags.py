"""What an item shows (order page, chat, refusal …), as tags the playbook counts as evidence."""

from __future__ import annotations

from ...core.errors import InvalidInput, NotFound
from ...store import items_repo, journal_repo, text_repo
from ..app import App

EVIDENCE_TAGS = ("order", "chat", "refusal", "defect", "unboxing", "listing", "tracking", "return_waybill",
                 "advance_payment", "test_report", "wrong_item", "decision", "not_delivered", "protection_extended")


# --- evidence tags ------------------------------------------------------------------------------------------------
def tag_item(app: App, case_id: str, item_id: str, tag: str, on: bool = True) -> None:
    """Say what an item shows (e.g. "advance_payment"), so the playbook counts it for that evidence."""
    if tag not in EVIDENCE_TAGS:
        raise InvalidInput(f"{tag!r} is not one of {', '.join(EVIDENCE_TAGS)}", field="tag")
    item = items_repo.get(app.db.con, item_id)
    if item is None or item.case_id != case_id:
        raise NotFound(what="item", key=item_id)
    with app.db.tx() as con:
        changed = text_repo.add_tag(con, item_id, tag) if on else text_repo.remove_tag(con, item_id, tag)
        if changed:
            journal_repo.append(con, case_id, "item_tagged" if on else "item_untagged",
                                {"item_id": item_id, "sha256": item.sha256, "tag": tag})


def item_tags(app: App, case_id: str) -> dict[str, set[str]]:
    return text_repo.tags_for_case(app.db.con, case_id)
