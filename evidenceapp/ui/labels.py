"""Translated names for the store's codes (platforms, dispute types, item kinds, journal actions …).

The store keeps stable English codes; the UI shows these. Functions, not constants, so a language switch applies
the next time a label is asked for.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def platforms() -> dict[str, str]:
    return {
        "taobao": QCoreApplication.translate("Labels", "Taobao"),
        "tmall": QCoreApplication.translate("Labels", "Tmall"),
        "jd": QCoreApplication.translate("Labels", "JD.com"),
        "pdd": QCoreApplication.translate("Labels", "Pinduoduo"),
        "douyin": QCoreApplication.translate("Labels", "Douyin"),
        "aliexpress": QCoreApplication.translate("Labels", "AliExpress"),
        "other": QCoreApplication.translate("Labels", "Other shop"),
    }


def disputes() -> dict[str, str]:
    return {
        "quality": QCoreApplication.translate("Labels", "Damaged or faulty item"),
        "not_as_described": QCoreApplication.translate("Labels", "Not as described"),
        "logistics": QCoreApplication.translate("Labels", "Lost or late delivery"),
        "wrong_item": QCoreApplication.translate("Labels", "Wrong item or quantity"),
        "advance_refund_refused": QCoreApplication.translate("Labels", "Platform refunded, seller refuses"),
        "other": QCoreApplication.translate("Labels", "Other problem"),
    }


def requests() -> dict[str, str]:
    return {
        "refund": QCoreApplication.translate("Labels", "Refund only"),
        "return_refund": QCoreApplication.translate("Labels", "Return and refund"),
        "replacement": QCoreApplication.translate("Labels", "Replacement"),
        "compensation": QCoreApplication.translate("Labels", "Compensation"),
    }


STATUSES = ("open", "escalated", "resolved", "closed")


def statuses() -> dict[str, str]:
    return {
        "open": QCoreApplication.translate("Labels", "Open"),
        "escalated": QCoreApplication.translate("Labels", "Escalated"),
        "resolved": QCoreApplication.translate("Labels", "Resolved"),
        "closed": QCoreApplication.translate("Labels", "Closed"),
    }


def kinds() -> dict[str, str]:
    return {
        "photo": QCoreApplication.translate("Labels", "Photo"),
        "screenshot": QCoreApplication.translate("Labels", "Screenshot"),
        "video": QCoreApplication.translate("Labels", "Video"),
        "unboxing": QCoreApplication.translate("Labels", "Unboxing video"),
        "screen": QCoreApplication.translate("Labels", "Screen recording"),
        "web": QCoreApplication.translate("Labels", "Web page capture"),
        "document": QCoreApplication.translate("Labels", "Document"),
        "chat_text": QCoreApplication.translate("Labels", "Chat text"),
        "audio": QCoreApplication.translate("Labels", "Audio"),
        "other": QCoreApplication.translate("Labels", "Other file"),
    }


# Evidence groups shown in the Evidence view's filter: several kinds form one group.
GROUPS = {
    "unboxing": ("unboxing", "video", "screen"),
    "photos": ("photo",),
    "chat": ("screenshot", "chat_text"),
    "documents": ("document", "audio", "other", "web"),
}


def groups() -> dict[str, str]:
    return {
        "": QCoreApplication.translate("Labels", "All evidence"),
        "unboxing": QCoreApplication.translate("Labels", "Unboxing and videos"),
        "photos": QCoreApplication.translate("Labels", "Photos"),
        "chat": QCoreApplication.translate("Labels", "Chats and screenshots"),
        "documents": QCoreApplication.translate("Labels", "Documents and other"),
    }


def sources() -> dict[str, str]:
    return {
        "import": QCoreApplication.translate("Labels", "Imported file"),
        "paste": QCoreApplication.translate("Labels", "Pasted from clipboard"),
        "drop": QCoreApplication.translate("Labels", "Dropped into the app"),
        "recorder": QCoreApplication.translate("Labels", "Recorded in the app"),
        "phone": QCoreApplication.translate("Labels", "From a phone"),
        "demo": QCoreApplication.translate("Labels", "Demo"),
        "web": QCoreApplication.translate("Labels", "Captured from the web"),
        "recovered": QCoreApplication.translate("Labels", "Recovered (found without a case)"),
    }


def actions() -> dict[str, str]:
    return {
        "case_created": QCoreApplication.translate("Labels", "Case created"),
        "case_edited": QCoreApplication.translate("Labels", "Case edited"),
        "item_added": QCoreApplication.translate("Labels", "Evidence added"),
        "item_edited": QCoreApplication.translate("Labels", "Evidence edited"),
        "item_hidden": QCoreApplication.translate("Labels", "Evidence hidden"),
        "item_note": QCoreApplication.translate("Labels", "Note changed"),
        "items_reordered": QCoreApplication.translate("Labels", "Exhibits reordered"),
        "verify_run": QCoreApplication.translate("Labels", "Verification run"),
        "recording_started": QCoreApplication.translate("Labels", "Recording started"),
        "marker": QCoreApplication.translate("Labels", "Checklist step marked"),
        "recording_interrupted": QCoreApplication.translate("Labels", "Recording interrupted"),
        "recording_finished": QCoreApplication.translate("Labels", "Recording finished"),
        "export_made": QCoreApplication.translate("Labels", "Dossier exported"),
        "deadline_added": QCoreApplication.translate("Labels", "Deadline added"),
        "deadline_edited": QCoreApplication.translate("Labels", "Deadline changed"),
        "deadline_removed": QCoreApplication.translate("Labels", "Deadline removed"),
        "event_added": QCoreApplication.translate("Labels", "Dispute event"),
        "item_tagged": QCoreApplication.translate("Labels", "Evidence tagged"),
        "item_text_added": QCoreApplication.translate("Labels", "Text recognised"),
        "recording_checkpoint": QCoreApplication.translate("Labels", "Recording checkpoint"),
        "recording_failed": QCoreApplication.translate("Labels", "Recording failed"),
        "share_copy_made": QCoreApplication.translate("Labels", "Share copy made"),
        "timestamped": QCoreApplication.translate("Labels", "Trusted timestamp"),
        "startup_cleanup": QCoreApplication.translate("Labels", "Clean-up at start"),
        "object_repaired": QCoreApplication.translate("Labels", "Damaged stored copy repaired"),
    }


def label(table: dict[str, str], code: str) -> str:
    """The translated label, or the raw code for values a newer version may have added."""
    return table.get(code, code)


def flags() -> dict[str, str]:
    """Warnings the media layer puts on an item (media/classify.py codes)."""
    return {
        "type_mismatch": QCoreApplication.translate("Labels", "the file name claims another type than its content"),
        "possibly_edited": QCoreApplication.translate("Labels", "may have been edited (an editing app is named in its metadata)"),
        "stripped_or_reencoded": QCoreApplication.translate("Labels", "re-encoded copy without camera metadata: the phone's original is stronger"),
        "messaging_app_copy": QCoreApplication.translate("Labels", "copy saved from a messaging app: the phone's original is stronger"),
        "near_duplicate": QCoreApplication.translate("Labels", "nearly identical to another picture of this case"),
        "exif_damaged": QCoreApplication.translate("Labels", "damaged metadata: capture time and camera are not reliable"),
    }


def time_sources() -> dict[str, str]:
    """Where an item's capture time comes from."""
    return {
        "exif": QCoreApplication.translate("Labels", "from the photo's metadata"),
        "exif_gps": QCoreApplication.translate("Labels", "from the photo's GPS clock"),
        "exif_gps_offset": QCoreApplication.translate("Labels", "from the photo's metadata, time zone from its GPS clock"),
        "exif_local": QCoreApplication.translate("Labels", "from the photo's metadata, time zone unknown"),
        "exif_datetime": QCoreApplication.translate("Labels", "from the photo's last-modified date (may be an edit)"),
        "pdf_created": QCoreApplication.translate("Labels", "creation date in the PDF"),
        "demo": QCoreApplication.translate("Labels", "demo"),
        "phone": QCoreApplication.translate("Labels", "time of receiving from the phone"),
        "import": QCoreApplication.translate("Labels", "time of adding"),
        "container": QCoreApplication.translate("Labels", "from the video file"),
        "filename": QCoreApplication.translate("Labels", "from the file name (agrees with the file date)"),
        "file_mtime": QCoreApplication.translate("Labels", "file date only"),
        "mtime": QCoreApplication.translate("Labels", "file date only"),
        "recorder": QCoreApplication.translate("Labels", "recorded in the app"),
        "web": QCoreApplication.translate("Labels", "time the page was captured"),
        "paste": QCoreApplication.translate("Labels", "time of pasting"),
        "drop": QCoreApplication.translate("Labels", "time of adding"),
    }


def evidence_tags() -> dict[str, str]:
    """What an item shows, as the playbook counts it (services.playbook.EVIDENCE_TAGS)."""
    return {
        "order": QCoreApplication.translate("Labels", "The order (number, amount, date)"),
        "chat": QCoreApplication.translate("Labels", "Chat with the seller"),
        "refusal": QCoreApplication.translate("Labels", "The seller's refusal"),
        "defect": QCoreApplication.translate("Labels", "The defect or damage"),
        "unboxing": QCoreApplication.translate("Labels", "The unboxing"),
        "listing": QCoreApplication.translate("Labels", "The product page"),
        "tracking": QCoreApplication.translate("Labels", "Tracking"),
        "return_waybill": QCoreApplication.translate("Labels", "Return waybill"),
        "advance_payment": QCoreApplication.translate("Labels", "Platform's advance refund"),
        "test_report": QCoreApplication.translate("Labels", "Test report"),
        "wrong_item": QCoreApplication.translate("Labels", "Wrong item received"),
        "decision": QCoreApplication.translate("Labels", "Platform decision"),
        "not_delivered": QCoreApplication.translate("Labels", "Not delivered"),
        "protection_extended": QCoreApplication.translate("Labels", "Buyer protection extended"),
    }


def fields() -> dict[str, str]:
    """Case and item fields as the journal's sentences name them ("order number and delivery date changed")."""
    return {
        "title": QCoreApplication.translate("Labels", "title"),
        "platform": QCoreApplication.translate("Labels", "platform"),
        "order_no": QCoreApplication.translate("Labels", "order number"),
        "order_date": QCoreApplication.translate("Labels", "order date"),
        "amount": QCoreApplication.translate("Labels", "amount paid"),
        "currency": QCoreApplication.translate("Labels", "currency"),
        "seller": QCoreApplication.translate("Labels", "seller"),
        "store_id": QCoreApplication.translate("Labels", "store ID"),
        "seller_credit_code": QCoreApplication.translate("Labels", "seller's credit code"),
        "seller_address": QCoreApplication.translate("Labels", "seller's address"),
        "waybill_no": QCoreApplication.translate("Labels", "waybill number"),
        "carrier": QCoreApplication.translate("Labels", "carrier"),
        "delivered_at": QCoreApplication.translate("Labels", "delivery date"),
        "dispute": QCoreApplication.translate("Labels", "what went wrong"),
        "request": QCoreApplication.translate("Labels", "what you ask for"),
        "status": QCoreApplication.translate("Labels", "status"),
        "refusal_reason": QCoreApplication.translate("Labels", "seller's refusal"),
        "facts": QCoreApplication.translate("Labels", "facts"),
        "checklist": QCoreApplication.translate("Labels", "checklist"),
        "kind": QCoreApplication.translate("Labels", "kind"),
        "note": QCoreApplication.translate("Labels", "note"),
        "proves": QCoreApplication.translate("Labels", "what it proves"),
        "exhibit_order": QCoreApplication.translate("Labels", "exhibit order"),
        "hidden": QCoreApplication.translate("Labels", "shown in the dossier"),
    }
