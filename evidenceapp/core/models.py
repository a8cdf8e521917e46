"""Domain dataclasses. Plain data: repositories in ``store`` build them, services and the UI read them."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from typing import Any

PLATFORMS = ("taobao", "tmall", "jd", "pdd", "douyin", "aliexpress", "other")
DISPUTES = ("quality", "not_as_described", "logistics", "wrong_item", "advance_refund_refused", "other")
CARD_NETWORKS = ("visa", "mastercard", "amex", "unionpay", "other")
REQUESTS = ("refund", "return_refund", "replacement", "compensation")
ITEM_KINDS = ("photo", "screenshot", "video", "unboxing", "screen", "web", "document", "chat_text", "audio",
              "other")
VIDEO_KINDS = ("video", "unboxing", "screen")  # items that are videos: keyframes, contact sheet, no PDF picture
# screen: a screen or window take by the recorder (录屏取证); web: one file of a web page capture (网页取证)
ITEM_SOURCES = ("import", "paste", "drop", "recorder", "phone", "demo", "web", "waybill")
SYSTEM_CHAIN = ""  # case_id of the store-level journal chain (start-up clean-ups, purges)


@dataclass
class Case:
    id: str
    title: str
    platform: str
    order_no: str
    created_at: str
    seller: str = ""
    amount: str = ""  # decimal as text: never a float for money
    currency: str = "CNY"
    dispute: str = "other"
    status: str = "open"
    order_date: str = ""
    delivered_at: str = ""
    store_id: str = ""
    seller_credit_code: str = ""  # 统一社会信用代码
    seller_address: str = ""
    waybill_no: str = ""
    carrier: str = ""
    request: str = "refund"
    refusal_reason: str = ""
    facts: str = ""
    checklist: list[str] = field(default_factory=list)  # recorder checklist override; empty = default
    product: str = ""  # what was bought, as the listing names it
    seller_legal_name: str = ""  # 营业执照名称: the legal entity behind the shop (``seller`` is the shop's name)
    return_waybill: str = ""  # the return shipment, when the buyer sent the goods back
    return_carrier: str = ""
    return_shipped_at: str = ""
    card_network: str = ""  # visa | mastercard | … (card disputes)
    card_last4: str = ""  # never more than the last four digits
    transaction_ref: str = ""  # the bank statement's reference for the payment
    item_count: int = 0
    journal_len: int = 0
    journal_head: str = ""

    EDITABLE = (
        "title", "platform", "order_no", "seller", "amount", "currency", "dispute", "status", "order_date",
        "delivered_at", "store_id", "seller_credit_code", "seller_address", "waybill_no", "carrier", "request",
        "refusal_reason", "facts", "checklist", "product", "seller_legal_name", "return_waybill", "return_carrier",
        "return_shipped_at", "card_network", "card_last4", "transaction_ref",
    )

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass
class Item:
    id: str
    case_id: str
    kind: str
    sha256: str
    size: int
    source: str
    imported_at: str
    original_name: str = ""  # escaped for display; never used as a path
    original_path: str = ""
    original_mtime: str = ""
    mime: str = ""
    captured_at: str = ""
    captured_at_source: str = ""  # exif, exif_gps, container, mtime, recorder, paste …
    camera_make: str = ""
    camera_model: str = ""
    gps_lat: float | None = None
    gps_lon: float | None = None
    width: int | None = None
    height: int | None = None
    duration: float | None = None
    orientation: int | None = None
    software: str = ""
    flags: list[str] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)
    metadata_error: str = ""  # an error code when metadata could not be read
    title: str = ""
    note: str = ""
    proves: str = ""  # "what it proves" (证明目的)
    exhibit_order: int = 0
    hidden: bool = False
    status: str = "ok"  # ok | interrupted
    phash: str = ""  # perceptual hash (dHash, 16 hex digits) of the picture, for near-duplicate flags

    EDITABLE = ("kind", "title", "note", "proves", "exhibit_order", "hidden")

    @property
    def display_title(self) -> str:
        return self.title or self.original_name or self.sha256[:12]

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass
class Marker:
    id: int
    item_id: str
    offset_s: float
    label: str
    wall_ts: str = ""
    keyframe: str = ""  # path relative to the derived dir


@dataclass
class Deadline:
    id: int
    case_id: str
    kind: str
    due_at: str
    label: str = ""
    note: str = ""
    done: bool = False


@dataclass
class JournalEntry:
    seq: int
    ts_utc: str
    case_id: str
    actor: str
    action: str
    payload: dict[str, Any]
    prev_hash: str
    hash: str

    def body(self) -> dict[str, Any]:
        """The hashed part: everything except ``hash``."""
        return {
            "seq": self.seq, "ts_utc": self.ts_utc, "case_id": self.case_id, "actor": self.actor,
            "action": self.action, "payload": self.payload, "prev_hash": self.prev_hash,
        }

    def to_json_line(self) -> str:
        return json.dumps({**self.body(), "hash": self.hash}, sort_keys=True, separators=(",", ":"),
                          ensure_ascii=False)
