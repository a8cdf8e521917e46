"""Plain data the exporter works from. The service gathers it from the store; nothing here touches the store."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any

from ..core.models import Case, Item, JournalEntry, Marker

TEMPLATES = ("platform", "12315", "fr-notice", "chargeback")


# File names per template and language (issue 17.12); ASCII on purpose (zh uses the English words).
_STEMS = {
    "platform": {"zh_CN": "platform-dispute", "en": "platform-dispute", "fr": "litige-plateforme"},
    "12315": {"zh_CN": "12315-complaint", "en": "12315-complaint", "fr": "plainte-12315"},
    "fr-notice": {"zh_CN": "formal-notice", "en": "formal-notice", "fr": "mise-en-demeure"},
    "chargeback": {"zh_CN": "chargeback-statement", "en": "chargeback-statement", "fr": "contestation-carte"},
}
_BUNDLE_WORD = {"zh_CN": "evidence-bundle", "en": "evidence-bundle", "fr": "archive-preuves"}


@dataclass
class Frame:
    """One keyframe of a video: where it is in the take, what the marker said, and the decoded image file."""

    offset_s: float
    label: str
    path: Path
    wall_ts: str = ""


@dataclass
class Exhibit:
    no: int
    item: Item
    path: Path  # the untouched original in the object store
    arcname: str  # where the original sits in the bundle: evidence/NN-name.ext
    markers: list[Marker] = field(default_factory=list)
    frames: list[Frame] = field(default_factory=list)  # for video/unboxing: keyframes (at markers when known)
    contact_sheet: Path | None = None  # a ready-made sheet image (from capture/), else built from frames
    video_info: dict[str, Any] = field(default_factory=dict)  # frames, dropped_frames, duration, codec …
    transcript: str = ""  # audio: the typed transcript or summary of the call (services/ocr.set_transcript)
    tags: set[str] = field(default_factory=set)  # the user's evidence tags (defect, refusal, tracking …)


@dataclass
class ScamLine:
    """A line of the seller's in a chat exhibit that the chat scan flagged (pay outside the platform, "cancel the
    dispute first", add WeChat …): the strongest point for a reviewer, quoted with its exhibit and time."""

    exhibit: int
    text: str  # the line as read (OCR or pasted text)
    signals: tuple[str, ...]  # the chat scan's signal keys (resources/playbooks/scam_signals.toml); a line may hit several
    labels: tuple[str, ...]  # what each trap is, in the dossier language (the app's wording, addressed to the buyer)
    when: str  # the exhibit's capture time as stored ("" when unknown)


@dataclass
class RefusalPart:
    """One part of the seller's refusal and the answer to it, as the Overview shows it (services/playbook)."""

    key: str
    reason: str  # the refusal as the playbook names it
    text: str  # the answer, citing only exhibits the case holds
    exhibits: list[int] = field(default_factory=list)


@dataclass
class DossierInput:
    case: Case
    exhibits: list[Exhibit]
    journal: list[JournalEntry]
    profile: dict[str, str]
    template: str
    lang: str
    platform: str  # the channel for "platform": taobao|jd|pdd|douyin|aliexpress|other
    created: datetime  # UTC; written into the PDF and the bundle (fixed → byte-identical output)
    font_path: Path
    resources: Path  # the folder with export/*.toml and channels.toml
    events: list[dict[str, Any]] = field(default_factory=list)  # refusals, escalations … (store events table)
    authority: str = ""  # 12315: the 市场监督管理局 addressed
    # fr-notice: the delay the buyer gives the trader. No rule found fixes it (issue 23.6), so it is the buyer's to
    # give; without it the letter leaves a marked blank.
    deadline_days: int | None = None
    app_version: str = ""
    proof: tuple[str, list[str]] | None = None  # (heading, lines) about signatures/timestamps (services/proof/signing)
    # The waybill check's finding when it matched: {"at": ISO time, "text": the sentence, "items": [item ids]}.
    waybill_line: dict[str, Any] | None = None
    photo_dpi: int = 150  # print resolution of photos; a compact upload copy uses less
    photo_quality: int = 80
    scam_lines: list[ScamLine] = field(default_factory=list)
    include_gps: bool = False  # GPS coordinates are printed only when the user asks (export option)
    upload_pick: list[int] | None = None  # exhibits the user chose for upload/ (None: by importance)
    # Resolved once by the data-gathering step (services/exporting.gather) from the playbook, so that every block
    # and form.txt print the same thing and the Overview shows it too:
    refusal_stated: str = ""  # the seller's words, as typed
    refusals: list[RefusalPart] = field(default_factory=list)  # each part answered
    platform_name: str = ""  # in the dossier's language
    dispute_label: str = ""
    platform_rules: list[tuple[str, str, str]] = field(default_factory=list)  # (rule, status, source)
    zone: tzinfo = UTC  # every time in the dossier is shown in this zone, named once per table

    @property
    def bundle_name(self) -> str:
        """"mise-en-demeure-<order>-fr-archive-preuves.zip": the bundle is named after the document it backs."""
        return f"{self._stem}-{self.case_slug}-{self.lang}-{_BUNDLE_WORD[self.lang]}.zip"

    @property
    def _stem(self) -> str:
        return _STEMS[self.template][self.lang]

    @property
    def case_slug(self) -> str:
        from ..core.names import safe_component

        return safe_component(self.case.order_no or self.case.id[:8], fallback=self.case.id[:8], max_bytes=40)

    @property
    def pdf_name(self) -> str:
        """"mise-en-demeure-<order>-fr.pdf", "platform-dispute-taobao-<order>-en.pdf": what the document is, in
        the reader's language (ASCII, so that every upload form takes the name)."""
        channel = f"{self.channel}-" if self.template == "platform" else ""
        return f"{self._stem}-{channel}{self.case_slug}-{self.lang}.pdf"

    @property
    def channel(self) -> str:
        """The channel the dossier is shaped for (the key into channels.toml)."""
        if self.template == "platform":
            return "taobao" if self.platform == "tmall" else self.platform
        return {"12315": "12315", "fr-notice": "signalconso", "chargeback": "chargeback"}[self.template]


@dataclass
class Missing:
    field: str  # e.g. "profile.phone", "case.seller_address"
    label: str  # in the dossier's language
    required: bool = True


@dataclass
class PdfResult:
    path: Path
    pages: int
    exhibit_pages: dict[int, int]  # exhibit no → first page
    missing: list[Missing]
    images_downscaled: int = 0
