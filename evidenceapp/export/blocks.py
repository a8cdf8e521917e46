"""Building blocks shared by the four dossier templates: parties, timeline, refusal/answer, exhibit list,
exhibit pages, integrity appendix. Each returns flowables; ``Ctx`` carries the language, styles and what is
missing."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ..core import times as tm
from ..core.models import ITEM_KINDS, VIDEO_KINDS, Item
from . import images, texts
from .fonts import SANS
from .i18n import has, t
from .model import DossierInput, Exhibit, Missing, ScamLine
from .pdf import FRAME_H, FRAME_W, Anchor, JpegBox, PageRef, styles
from .typography import money as fmt_money
from .typography import typo

SCREEN_DPI = 200  # chat text stays sharp; photos use DossierInput.photo_dpi
# Keyframes are printed this wide: 900 px at 150 dpi, where a 720p frame's burned-in clock (~28 px) is ~13 pt.
KEYFRAME_W = 432.0
# A screenshot is never printed smaller than this many points per pixel: phone chat text (~40 px) stays ≥ 10 pt.
MIN_PT_PER_PX = 0.25
# Printed photo size: 480 pt = 1000 px at 150 dpi, which a 4000-px (12-MP) JPEG decodes to directly at 1/4 scale.
PHOTO_BOX = (480.0, 520.0)
SCREEN_QUALITY = 85


@dataclass
class Ctx:
    inp: DossierInput
    work: Path  # where prepared images go (a temp folder)
    pages: dict[int, int] = field(default_factory=dict)  # exhibit no → page (from the previous pass)
    missing: dict[str, Missing] = field(default_factory=dict)
    prepared: dict[Any, Any] = field(default_factory=dict)  # cache shared by the passes
    downscaled: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.st = styles()
        # reportlab's CJK wrapping may break a Latin word anywhere ("extraordinai-rement"): text without Chinese
        # is wrapped at spaces only (a word longer than the line is still split rather than overflow).
        self.latin = {k: ParagraphStyle(f"{k}-latin", parent=v, wordWrap=None) for k, v in self.st.items()}
        self.lang = self.inp.lang

    def t(self, key: str, **kw: Any) -> str:
        return t(self.lang, key, **kw)

    def when(self, value: str) -> str:
        """A stored time in the dossier's one zone (core.times); "" for none."""
        return tm.fmt(value, self.inp.zone) if value else ""

    def zoned(self, key: str) -> str:
        """A label that names the dossier's zone, once per table: "时间（北京时间 UTC+8）"."""
        return tm.with_zone(self.t(key), self.inp.zone, self.lang, self.inp.created)

    def p(self, text: str, style: str = "body") -> Paragraph:
        return Paragraph(typo(self.lang, text), (self.st if _CJK.search(text) else self.latin)[style])

    def value(self, raw: str, field_name: str, label_key: str, required: bool = True) -> str:
        """User text escaped for a paragraph, or a clearly marked blank (recorded as missing)."""
        if raw and raw.strip():
            return esc(raw)
        if field_name not in self.missing:
            self.missing[field_name] = Missing(field_name, self.t(label_key), required)
        return f'<font color="#c0392b">{self.t("blank" if required else "blank_optional")}</font>'


_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")


def esc(text: str) -> str:
    return escape(text.strip()).replace("\r\n", "\n").replace("\n", "<br/>")


def money(ctx: Ctx) -> str:
    c = ctx.inp.case
    if not c.amount:
        return ctx.value("", "case.amount", "amount")
    return esc(fmt_money(c.amount, c.currency, ctx.lang))


def kv_table(ctx: Ctx, rows: list[tuple[str, str]], label_w: float = 38 * 2.835, style: str = "cell",
             width: float = FRAME_W) -> Table:
    data = [[_cell(ctx, esc(k), style, label_w), _cell(ctx, v, style, width - label_w)] for k, v in rows]
    tbl = Table(data, colWidths=[label_w, width - label_w])
    tbl.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), SANS, 8, 10.5),  # string cells too: never the Helvetica default
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef2f7")),
        ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#b0b8c4")),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]))
    return tbl


def _cell(ctx: Ctx, markup: str, style: str, width: float) -> Paragraph | str:
    """A plain string when the text is short, unmarked and fits on one line: the table draws it directly, which
    is far cheaper than a paragraph's CJK line breaking (hundreds of these per dossier)."""
    if style == "cell" and "<" not in markup and "&" not in markup and typo(ctx.lang, markup) == markup and \
            stringWidth(markup, SANS, 8) <= width - 9:
        return markup
    return ctx.p(markup, style)


def sha_para(ctx: Ctx, sha: str) -> Paragraph:
    """A SHA-256 as two lines of 32 monospaced characters: it never wraps mid-way at an arbitrary place, and a
    text extractor (pdftotext) gives both halves back intact."""
    return ctx.p(f"{sha[:32]}<br/>{sha[32:]}", "mono")


# ---------------------------------------------------------------- parties and case facts

def request_text(ctx: Ctx) -> str:
    c = ctx.inp.case
    amount = fmt_money(c.amount, c.currency, ctx.lang) if c.amount else ctx.t("blank")
    key = f"req_{c.request}" if c.request in ("refund", "return_refund", "replacement", "compensation") else "req_refund"
    return ctx.t(key, amount=amount)


def complainant_rows(ctx: Ctx, need_phone: bool, need_address: bool) -> list[tuple[str, str]]:
    pr = ctx.inp.profile
    rows = [
        (ctx.t("name"), ctx.value(pr.get("name", ""), "profile.name", "name")),
        (ctx.t("phone"), ctx.value(pr.get("phone", ""), "profile.phone", "phone", need_phone)),
        (ctx.t("address"), ctx.value(pr.get("address", ""), "profile.address", "address", need_address)),
    ]
    if pr.get("email"):
        rows.append((ctx.t("email"), esc(pr["email"])))
    # The ID number is never printed: no channel we export for asks for it (12315 wants name, phone, address).
    return rows


def respondent_rows(ctx: Ctx, need_address: bool, need_legal_name: bool = False) -> list[tuple[str, str]]:
    c = ctx.inp.case
    return [
        (ctx.t("seller_name"), ctx.value(c.seller, "case.seller", "seller")),
        (ctx.t("seller_legal_name"), ctx.value(c.seller_legal_name, "case.seller_legal_name", "seller_legal_name",
                                               need_legal_name)),
        (ctx.t("seller_address"), ctx.value(c.seller_address, "case.seller_address", "seller_address",
                                            need_address)),
        (ctx.t("credit_code"), ctx.value(c.seller_credit_code, "case.seller_credit_code", "credit_code", False)),
        (ctx.t("store_id"), ctx.value(c.store_id, "case.store_id", "store_id", False)),
    ]


def case_rows(ctx: Ctx, with_return: bool = True) -> list[tuple[str, str]]:
    c = ctx.inp.case
    rows = [
        (ctx.t("platform"), esc(ctx.inp.platform_name)),
        (ctx.t("order_no"), esc(c.order_no)),
        (ctx.t("product"), ctx.value(c.product, "case.product", "product", ctx.inp.template == "12315")),
        (ctx.zoned("order_date"), ctx.value(ctx.when(c.order_date), "case.order_date", "order_date")),
        (ctx.t("amount"), money(ctx)),
        (ctx.t("dispute"), esc(ctx.inp.dispute_label)),
    ]
    if c.delivered_at:
        rows.append((ctx.zoned("delivered_at"), esc(ctx.when(c.delivered_at))))
    if c.waybill_no or c.carrier:
        rows.append((ctx.t("waybill"), esc(" ".join(x for x in (c.carrier, c.waybill_no) if x))))
    if with_return and return_shipment(ctx):
        rows.append((ctx.t("return_shipment"), esc(return_shipment(ctx))))
    return rows


def return_shipment(ctx: Ctx) -> str:
    """"2026-12-01 · 顺丰 SF123" for the case tables; "" when nothing was sent back."""
    c = ctx.inp.case
    return " · ".join(x for x in (ctx.when(c.return_shipped_at),
                                  " ".join(y for y in (c.return_carrier, c.return_waybill) if y)) if x)


NETWORKS = {"visa": "Visa", "mastercard": "Mastercard", "amex": "American Express", "unionpay": "UnionPay"}


# ---------------------------------------------------------------- timeline

_REFUSAL_EVENTS = ("seller_refused", "refusal")


def timeline_rows(ctx: Ctx) -> list[tuple[str, str, str]]:
    """(when, what, exhibit refs) from the case dates, the exhibits and the case's events, in the order of the real
    instants (offsets applied; a stamp without a zone is read in the case's zone), unknown times last."""
    c = ctx.inp.case
    rows: list[tuple[str, str, str, str]] = []  # (stored stamp, when, what, refs)
    if c.order_date:
        rows.append((c.order_date, ctx.when(c.order_date), esc(ctx.t("ev_order")), ""))
    if c.delivered_at:
        rows.append((c.delivered_at, ctx.when(c.delivered_at), esc(ctx.t("ev_delivered")), ""))
    if c.return_shipped_at or c.return_waybill:
        what = " ".join(y for y in (c.return_carrier, c.return_waybill) if y) or "—"
        rows.append((c.return_shipped_at, ctx.when(c.return_shipped_at) or ctx.t("time_unknown"),
                     esc(ctx.t("ev_returned", t=what)), ""))
    for ex in ctx.inp.exhibits:
        i = ex.item
        key = {"unboxing": "ev_unboxing", "video": "ev_video", "screenshot": "ev_chat", "chat_text": "ev_chat",
               "photo": "ev_photo", "document": "ev_document",
               "screen": "ev_screen", "web": "ev_web", "audio": "ev_audio"}.get(i.kind, "ev_other")
        if i.kind == "audio":
            rows.append((i.captured_at, ctx.when(i.captured_at) or ctx.t("time_unknown"),
                         esc(ctx.t(key, t=audio_summary(ctx, ex, excerpt=160))), str(ex.no)))
            continue
        rows.append((i.captured_at, ctx.when(i.captured_at) or ctx.t("time_unknown"),
                     esc(ctx.t(key, t=i.display_title)), str(ex.no)))
    line = ctx.inp.waybill_line
    if line:  # the label read in the take is this order's: the reviewer's first doubt answered, with its crop
        nos = [str(ex.no) for item_id in line["items"] for ex in ctx.inp.exhibits if ex.item.id == item_id]
        rows.append((line["at"] or "~", ctx.when(line["at"]) if line["at"] else ctx.t("time_unknown"),
                     esc(line["text"]), ", ".join(nos)))
    for ev in ctx.inp.events:
        detail = ev.get("detail") or {}
        label = ev.get("label") or ev.get("kind", "")  # the playbook's label in the dossier language
        text = detail.get("text") or detail.get("note") or ""
        what = f"{label}：{text}" if text and ctx.lang == "zh_CN" else f"{label}: {text}" if text else label
        rows.append((ev.get("at", ""), ctx.when(ev.get("at", "")), esc(what), ""))
    has_refusal_event = any(ev.get("kind") in _REFUSAL_EVENTS for ev in ctx.inp.events)
    if c.refusal_reason and not has_refusal_event:
        rows.append(("", ctx.t("time_unknown"), esc(ctx.t("ev_refusal", t=c.refusal_reason)), ""))
    rows.sort(key=lambda r: tm.instant_key(r[0], ctx.inp.zone))  # stable: equal instants keep their order
    return [(w, what, ex) for _, w, what, ex in rows]


def timeline(ctx: Ctx, level: str = "h1") -> list[Flowable]:
    rows = timeline_rows(ctx)
    head = [ctx.p(f"<b>{esc(ctx.zoned('col_when'))}</b>", "cell"),
            *[ctx.p(f"<b>{ctx.t(k)}</b>", "cell") for k in ("col_what", "col_exhibit")]]
    widths = [36 * 2.835, FRAME_W - 36 * 2.835 - 16 * 2.835, 16 * 2.835]
    data = [head] + [[_cell(ctx, esc(w), "cell", widths[0]), _cell(ctx, what, "cell", widths[1]),
                      _cell(ctx, ex, "cell", widths[2])] for w, what, ex in rows]
    tbl = Table(data, colWidths=widths, repeatRows=1)
    tbl.setStyle(_grid())
    return [ctx.p(ctx.t("timeline"), level), tbl, Spacer(1, 6)]


def _grid() -> TableStyle:
    return TableStyle([
        ("FONT", (0, 0), (-1, -1), SANS, 8, 10.5),  # string cells too: never the Helvetica default
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe6ef")),
        ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#b0b8c4")),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ])


# ---------------------------------------------------------------- refusal and answer

def refusal(ctx: Ctx, heading: bool = True, level: str = "h1") -> list[Flowable]:
    """The seller's words, then each part of the refusal with its answer (resolved once by the exporter's
    data-gathering step from the playbook, the same the Overview shows)."""
    stated = ctx.inp.refusal_stated.strip()
    rows = [(ctx.t("refusal_reason"), esc(stated) if stated else esc(ctx.t("no_refusal")))]
    parts = ctx.inp.refusals
    for n, part in enumerate(parts, start=1):
        if len(parts) == 1:
            rows.append((ctx.t("our_answer"), esc(part.text)))
        else:  # each part of the refusal named, then answered
            rows.append((f"{ctx.t('our_answer')} {n}", f"<b>{esc(part.reason)}</b><br/>{esc(part.text)}"))
    out: list[Flowable] = [ctx.p(ctx.t("refusal"), level)] if heading else []
    out.append(kv_table(ctx, rows, style="body"))
    return out


def scam_label(ctx: Ctx, line: ScamLine) -> str:
    """The flagged traps said to a reviewer ("asked the buyer to close the dispute"), not to the buyer."""
    words = [ctx.t(f"scam_{sig}") if has(f"scam_{sig}") else label for sig, label in zip(line.signals, line.labels,
                                                                                        strict=True)]
    return ("；" if ctx.lang == "zh_CN" else "; ").join(words)


def scam_lines(ctx: Ctx, level: str = "h1") -> list[Flowable]:
    """The seller's own words that break the platform's rules, quoted with exhibit and time."""
    lines = ctx.inp.scam_lines
    if not lines:
        return []
    head = [ctx.p(f"<b>{ctx.zoned('col_when') if k == 'col_when' else ctx.t(k)}</b>", "cell")
            for k in ("col_when", "col_said", "col_trap", "col_exhibit")]
    mm = 2.835
    widths = [30 * mm, 0, 52 * mm, 14 * mm]
    widths[1] = FRAME_W - sum(widths)
    data: list[list[Any]] = [head]
    for s in lines:
        data.append([ctx.p(esc(ctx.when(s.when) or ctx.t("time_unknown")), "cell"), ctx.p(esc(s.text), "cell"),
                     ctx.p(esc(scam_label(ctx, s)), "cell"), str(s.exhibit)])
    tbl = Table(data, colWidths=widths, repeatRows=1)
    tbl.setStyle(_grid())
    return [ctx.p(ctx.t("scam_heading"), level), ctx.p(esc(ctx.t("scam_intro")), "small"), tbl, Spacer(1, 6)]


def legal_bases(ctx: Ctx, heading_key: str = "legal_basis") -> list[Flowable]:
    """The provisions that apply to this dispute and channel, each once. What we are unsure of stays in
    resources/export/legal_bases.toml (a measure whose current text is uncertain is cited by its name only):
    the document itself states the law plainly."""
    c = ctx.inp.case
    keys = texts.select_bases(ctx.inp.resources, ctx.inp.template, c.dispute, c.card_network)
    bases = texts.legal_bases(ctx.inp.resources, keys, ctx.lang)
    if not bases:
        return []
    out: list[Flowable] = [ctx.p(ctx.t(heading_key), "h1")]
    sep = "：" if ctx.lang == "zh_CN" else " : " if ctx.lang == "fr" else ": "
    for n, b in enumerate(bases, start=1):
        line = f"{n}. {esc(b.cite)}" + (f"{sep}{esc(b.summary)}" if b.summary else "")
        out.append(ctx.p(line, "small"))
    return out


def platform_rule(ctx: Ctx) -> list[Flowable]:
    """The platform's rules from the playbook, in a reviewer's words, each with how sure it is."""
    rules = ctx.inp.platform_rules
    if not rules:
        return []
    out: list[Flowable] = [ctx.p(ctx.t("rule_relied"), "h1")]
    for line, _status, _source in rules:
        out.append(ctx.p("• " + esc(line), "body"))
    # The reviewer sees which rules these are and how sure we are of them (the least sure wins); the maintainers'
    # source notes stay in the playbook.
    worst = next((s for s in ("seed", "reported", "confirmed") if any(r[1] == s for r in rules)), "reported")
    name = ctx.t(f"rules_name_{ctx.inp.platform}" if has(f"rules_name_{ctx.inp.platform}") else "rules_name_other")
    how = ctx.t(f"rule_how_{worst}")
    src = f"{name}（{how}）" if ctx.lang == "zh_CN" else f"{name} ({how})"
    out.append(ctx.p(f'<font color="#7f8c8d">{esc(ctx.t("rule_source", s=src))}</font>', "small"))
    return out


# ---------------------------------------------------------------- exhibit list

def proves(ctx: Ctx, item: Item) -> str:
    if item.proves:
        return esc(item.proves)
    key = f"proves_{item.kind}"
    if item.kind == "unboxing" and item.source != "recorder":
        key = "proves_unboxing_imported"  # one continuous take is only known of the app's own recordings (23.1)
    text = ctx.t(key) if key in _known_proves else ctx.t("proves_other")
    if text.startswith(("【", "[")):
        return f'<font color="#c0392b">{esc(text)}</font>'
    return esc(text)


_known_proves = {f"proves_{k}" for k in ("photo", "screenshot", "unboxing", "video", "screen", "web", "chat_text",
                                         "document",
                                         "audio", "other", "unboxing_imported")}


def source_text(ctx: Ctx, item: Item) -> str:
    src = ctx.t(f"s_{item.source}") if item.source in ("import", "paste", "drop", "recorder", "phone", "demo", "web") \
        else item.source
    return f"{ctx.t('k_' + item.kind) if item.kind in _KINDS else item.kind}，{src}" if ctx.lang == "zh_CN" \
        else f"{ctx.t('k_' + item.kind) if item.kind in _KINDS else item.kind}, {src}"


_KINDS = ITEM_KINDS


def audio_summary(ctx: Ctx, ex: Exhibit, excerpt: int = 0) -> str:
    """A call recording in one line: whom (the number masked to its last four digits), how long, and — with
    ``excerpt`` — the start of what was said, as the buyer typed it."""
    from ..core.callrec import mask_number

    i = ex.item
    call = (i.metadata or {}).get("call") or {}
    party = call.get("contact") or mask_number(call.get("number", ""))
    parts = [ctx.t("a_call", p=party) if party else i.display_title]
    if i.duration:
        m, s = divmod(round(i.duration), 60)
        parts.append(ctx.t("a_duration", d=f"{m}:{s:02d}"))
    text = " · ".join(parts)
    said = " ".join(ex.transcript.split())
    if excerpt and said:
        text += " — " + ctx.t("a_said") + (said if len(said) <= excerpt else said[:excerpt - 1] + "…")
    return text


def exhibit_list(ctx: Ctx, heading_key: str = "exhibits") -> list[Flowable]:
    cols = ["col_no", "col_title", "col_source", "col_time", "col_proves", "col_page", "col_sha"]
    head = [ctx.p(f"<b>{esc(ctx.zoned(k) if k == 'col_time' else ctx.t(k))}</b>", "cell") for k in cols]
    data: list[list[Any]] = [head]
    mm = 2.835
    w = [8 * mm, 32 * mm, 22 * mm, 24 * mm, 0, 10 * mm, 48.5 * mm]
    w[4] = FRAME_W - sum(w)
    for ex in ctx.inp.exhibits:
        i = ex.item
        data.append([
            str(ex.no), _cell(ctx, esc(i.display_title), "cell", w[1]),
            _cell(ctx, esc(source_text(ctx, i)), "cell", w[2]),
            _cell(ctx, esc(ctx.when(i.captured_at) or ctx.t("time_unknown")), "cell", w[3]),
            _cell(ctx, proves(ctx, i) + (f"<br/>{esc(audio_summary(ctx, ex))}" if i.kind == "audio" else ""),
                  "cell", w[4]), PageRef(ex.no, ctx.pages), sha_para(ctx, i.sha256),
        ])
    widths = w
    tbl = Table(data, colWidths=widths, repeatRows=1)
    tbl.setStyle(_grid())
    return [CondPageBreak(60 * mm), ctx.p(ctx.t(heading_key), "h1"), tbl]


# ---------------------------------------------------------------- exhibit pages

def exhibit_pages(ctx: Ctx) -> list[Flowable]:
    out: list[Flowable] = []
    for ex in ctx.inp.exhibits:
        out.append(PageBreak())
        out.append(Anchor(ex.no))
        out.extend(_exhibit(ctx, ex))
    return out


def _heading(ctx: Ctx, ex: Exhibit) -> Paragraph:
    return ctx.p(esc(f"{ctx.t('exhibit_n', n=ex.no)}  {ex.item.display_title}"), "h2")


def _meta(ctx: Ctx, ex: Exhibit) -> Table:
    i = ex.item
    rows = [(ctx.t("m_kind"), esc(source_text(ctx, i))), (ctx.t("m_original"), esc(i.original_name or "—"))]
    when = ctx.when(i.captured_at) or ctx.t("time_unknown")
    if i.captured_at_source:
        when += f"  ({time_source(ctx, i.captured_at_source)})"
    rows.append((ctx.zoned("m_captured"), esc(when)))
    device = " ".join(x for x in (i.camera_make, i.camera_model) if x)
    if i.software:
        device = f"{device} · {i.software}" if device else i.software
    if device:
        rows.append((ctx.t("m_camera"), esc(device)))
    size = f"{i.size:,} bytes"
    if i.width and i.height:
        size = f"{i.width}×{i.height} px · {size}"
    rows.append((ctx.t("m_size"), esc(size)))
    if i.duration or ex.video_info:
        frames = ex.video_info.get("frames")
        dropped = ex.video_info.get("dropped_frames")
        dur = ex.video_info.get("duration") or i.duration
        txt = f"{dur:.1f} s" if dur else "—"
        if frames:
            txt += f" · {frames} frames"
        if dropped is not None:
            txt += f" · {ctx.t('m_dropped')} {dropped}"
        rows.append((ctx.t("m_duration"), esc(txt)))
    if i.gps_lat is not None and i.gps_lon is not None:
        # Where the buyer lives is not the reviewer's business: only that the original records a place, unless
        # the user chose to include coordinates (export option).
        rows.append((ctx.t("m_gps"), esc(f"{i.gps_lat:.5f}, {i.gps_lon:.5f}") if ctx.inp.include_gps
                     else esc(ctx.t("m_gps_recorded"))))
    rows.append((ctx.zoned("m_imported"), esc(ctx.when(i.imported_at))))
    rows.append(("SHA-256", f'<font name="EvMono" size="7">{i.sha256[:32]}<br/>{i.sha256[32:]}</font>'))
    rows.append((ctx.t("m_bundle"), esc(ex.arcname)))
    rows.append((ctx.t("col_proves"), proves(ctx, i)))
    if i.kind == "audio":
        rows.append((ctx.t("ev_audio", t="").rstrip(" ：:"), esc(audio_summary(ctx, ex))))
        if ex.transcript:
            rows.append((ctx.t("m_transcript"), esc(ex.transcript[:3000]).replace("\n", "<br/>")))
    if i.note:
        rows.append((ctx.t("m_note"), esc(i.note)))
    if i.flags:
        rows.append((ctx.t("m_flags"), esc(", ".join(i.flags))))
    return kv_table(ctx, rows)


def time_source(ctx: Ctx, source: str) -> str:
    """Where a capture time comes from, in words of the dossier's language ("file_mtime" → how sure it is)."""
    key = f"ts_{source}"
    return ctx.t(key) if has(key) else ctx.t("time_source", s=source)


def _height(f: Flowable, width: float = FRAME_W) -> float:
    """Height a flowable takes on the page, its paragraph spacing included."""
    h = f.wrap(width, FRAME_H)[1]
    st = getattr(f, "style", None)
    if isinstance(st, ParagraphStyle):
        h += st.spaceBefore + st.spaceAfter
    return h


def _display_size(ctx: Ctx, ex: Exhibit) -> tuple[int, int] | None:
    i = ex.item
    if not (i.mime.startswith("image/") or i.kind in ("photo", "screenshot")):
        return None
    if ("size", i.sha256) not in ctx.prepared:
        ctx.prepared[("size", i.sha256)] = images.image_size(ex.path)
    return ctx.prepared[("size", i.sha256)]


def _is_photo(ex: Exhibit) -> bool:
    i = ex.item
    return i.kind not in (*VIDEO_KINDS, "screenshot") and not (i.mime == "image/png" and i.kind != "photo")


def prefetch_photo(ctx: Ctx, ex: Exhibit) -> None:
    """The print copy of a photo (no layout, no fonts needed): run ahead of everything else."""
    if _is_photo(ex) and _display_size(ctx, ex) is not None:
        _photo_copy(ctx, ex)


def _photo_copy(ctx: Ctx, ex: Exhibit) -> images.Prepared | None:
    key = ("photo", ex.item.sha256)
    if key not in ctx.prepared:
        try:
            ctx.prepared[key] = images.prepare_photo(ex.path, PHOTO_BOX, ctx.inp.photo_dpi, ctx.inp.photo_quality,
                                                     ctx.work)
        except Exception:  # noqa: BLE001 - a broken image file becomes a note, not a failed export
            ctx.prepared[key] = None
    img = ctx.prepared[key]
    if img is not None and img.downscaled:
        ctx.downscaled.add(ex.item.sha256)
    return img


def _exhibit(ctx: Ctx, ex: Exhibit) -> list[Flowable]:
    i = ex.item
    heading = _heading(ctx, ex)
    meta = _meta(ctx, ex)
    if i.kind in VIDEO_KINDS:
        return [heading, *video_block(ctx, ex, meta)]
    size = _display_size(ctx, ex)
    if size is None:
        # A captured page's text can run to pages: it stays in the bundle (and the case's search), not the PDF.
        if i.kind == "chat_text" or (i.mime.startswith("text/") and i.kind != "web"):
            return [heading, meta, Spacer(1, 6), *chat_text_block(ctx, ex)]
        note = ctx.t("no_preview", arc=ex.arcname) if i.mime and not i.mime.startswith("image/") \
            else ctx.t("unreadable")
        return [heading, meta, Spacer(1, 6), ctx.p(esc(note))]
    if not _is_photo(ex):
        return [heading, *screenshot_block(ctx, ex, size, heading, meta)]
    return [heading, *photo_block(ctx, ex, heading, meta)]


def photo_block(ctx: Ctx, ex: Exhibit, heading: Paragraph, meta: Table) -> list[Flowable]:
    img = _photo_copy(ctx, ex)
    if img is None:
        return [meta, Spacer(1, 6), ctx.p(esc(ctx.t("unreadable")))]
    reserve = _height(meta) + 14
    box = JpegBox(img, PHOTO_BOX[0], FRAME_H - _height(heading) - reserve, reserve=reserve, min_fraction=0.2)
    caption = ctx.p(f'<font color="#7f8c8d">{esc(ctx.t("print_copy"))}</font>', "caption")
    return [box, Spacer(1, 3), caption, Spacer(1, 3), meta]


def screenshot_block(ctx: Ctx, ex: Exhibit, size: tuple[int, int], heading: Paragraph,
                     meta: Table) -> list[Flowable]:
    """A screenshot on as few pages as stay legible: shrunk to fit the page under its heading when its text stays
    readable (≥ MIN_PT_PER_PX), else cut at quiet rows into pages at that legible size; its empty tail is dropped
    first, so no continuation page is blank."""
    key_c = ("content", ex.item.sha256)
    if key_c not in ctx.prepared:
        try:
            ctx.prepared[key_c] = images.screenshot_content(ex.path)
        except Exception:  # noqa: BLE001 - see photo_block
            ctx.prepared[key_c] = size
    w0, h0 = ctx.prepared[key_c]
    disp_w = min(FRAME_W, max(w0 * 72 / 150, 0.55 * FRAME_W))
    meta_h = _height(meta) + 8
    cont = ctx.p(esc(ctx.t("continued", i=99, n=99)), "caption")
    cont_h = _height(cont) + 4
    first_pt = FRAME_H - _height(heading) - meta_h - 8
    rest_pt = FRAME_H - cont_h - 4
    meta_after = False
    if h0 * disp_w / w0 > first_pt:
        alone_pt = FRAME_H - _height(heading) - 8
        fit_w, fit_alone_w = first_pt * w0 / h0 * 0.99, alone_pt * w0 / h0 * 0.99
        # One page when the text stays legible at that size (the details table moving under the picture if that
        # is what makes it fit); else pages at the smallest legible size: fewer pages than at full width.
        if fit_w >= w0 * MIN_PT_PER_PX:
            disp_w = fit_w
        elif fit_alone_w >= w0 * MIN_PT_PER_PX:
            disp_w, first_pt, meta_after = fit_alone_w, alone_pt, True
        else:
            disp_w = min(disp_w, max(w0 * MIN_PT_PER_PX, 0.45 * FRAME_W))
    width_px = min(w0, round(disp_w / 72 * max(ctx.inp.photo_dpi, SCREEN_DPI * ctx.inp.photo_dpi // 150)))
    px_per_pt = width_px / disp_w
    key = ("shot", ex.item.sha256)
    if key not in ctx.prepared:
        try:
            ctx.prepared[key] = images.prepare_slices(ex.path, width_px, int(first_pt * px_per_pt),
                                                      int(rest_pt * px_per_pt),
                                                      min(SCREEN_QUALITY, ctx.inp.photo_quality + 5), ctx.work)
        except Exception:  # noqa: BLE001 - see photo_block
            ctx.prepared[key] = None
    slices = ctx.prepared[key]
    if slices is None:
        return [meta, Spacer(1, 6), ctx.p(esc(ctx.t("unreadable")))]
    if width_px != w0:
        ctx.downscaled.add(ex.item.sha256)
    out: list[Flowable] = [] if meta_after else [meta, Spacer(1, 8)]
    n = len(slices)
    for k, (img, _rows) in enumerate(slices, start=1):
        h_pt = img.height / px_per_pt
        if k > 1:
            out.append(PageBreak())
            out.append(ctx.p(esc(f"{ctx.t('exhibit_n', n=ex.no)} " + ctx.t("continued", i=k, n=n)), "caption"))
            out.append(Spacer(1, 4))
        box = JpegBox(img, disp_w, h_pt, min_fraction=0.9)
        box.slice_rows = _rows  # kept for tests: which rows of the original this page shows
        out.append(box)
    return out + [Spacer(1, 8), meta] if meta_after else out


def video_block(ctx: Ctx, ex: Exhibit, meta: Table) -> list[Flowable]:
    """The video's details, its marker table, then each keyframe: the table sits with the details on the first
    page instead of alone on a page after the frames."""
    out: list[Flowable] = [meta, Spacer(1, 6)]
    if ex.markers:
        head = [ctx.p(f"<b>{esc(ctx.zoned(k) if k == 'col_wall' else ctx.t(k))}</b>", "cell")
                for k in ("col_offset", "col_label", "col_wall")]
        data = [head] + [[ctx.p(clock(m.offset_s), "cell"), ctx.p(esc(m.label), "cell"),
                          ctx.p(esc(ctx.when(m.wall_ts)), "cell")] for m in ex.markers]
        tbl = Table(data, colWidths=[25 * 2.835, FRAME_W - 75 * 2.835, 50 * 2.835], repeatRows=1)
        tbl.setStyle(_grid())
        out += [ctx.p(ctx.t("m_markers"), "h2"), tbl, Spacer(1, 6)]
    out.append(ctx.p(ctx.t("contact_sheet"), "h2"))
    out.append(ctx.p(f'<font color="#7f8c8d">{esc(ctx.t("video_keyframes_note"))}</font>', "small"))
    out.append(Spacer(1, 4))
    if ex.contact_sheet is not None:
        key = ("sheet", str(ex.contact_sheet))
        if key not in ctx.prepared:
            ctx.prepared[key] = images.prepare_photo(ex.contact_sheet, (FRAME_W, FRAME_H), ctx.inp.photo_dpi,
                                                     ctx.inp.photo_quality, ctx.work)
        out.append(JpegBox(ctx.prepared[key], FRAME_W, FRAME_H * 0.55, min_fraction=0.3))
    elif ex.frames:
        out.extend(_frame_list(ctx, ex))
    return out


def clock(offset_s: float) -> str:
    s = int(offset_s)
    return f"{s // 3600:d}:{s % 3600 // 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60:02d}:{s % 60:02d}"


def _frame_list(ctx: Ctx, ex: Exhibit) -> list[Flowable]:
    """Each keyframe large enough that its burned-in clock and order number can be read (KEYFRAME_W: 900 px at
    150 dpi), its caption under it with the same time in the take and clock time as the marker table."""
    out: list[Flowable] = []
    last = len(ex.frames) - 1
    for n, fr in enumerate(ex.frames):
        label = fr.label or (ctx.t("take_start") if n == 0 else ctx.t("take_end") if n == last else "")
        key = ("frame", str(fr.path))
        if key not in ctx.prepared:
            ctx.prepared[key] = images.prepare_photo(fr.path, (KEYFRAME_W, KEYFRAME_W), max(150, ctx.inp.photo_dpi),
                                                     ctx.inp.photo_quality, ctx.work)
        cap = f"<b>{clock(fr.offset_s)}</b>  {esc(label)}"
        if fr.wall_ts:
            cap += f"  ·  {esc(ctx.when(fr.wall_ts))}"
        out.append(KeepTogether([JpegBox(ctx.prepared[key], KEYFRAME_W, FRAME_H * 0.62, min_fraction=1.0),
                                 Spacer(1, 2), ctx.p(cap, "caption"), Spacer(1, 6)]))
    return out


def chat_text_block(ctx: Ctx, ex: Exhibit) -> list[Flowable]:
    try:
        raw = ex.path.read_bytes()[:60_000].decode("utf-8", "replace")
    except OSError:
        return [ctx.p(esc(ctx.t("unreadable")))]
    return [ctx.p(ctx.t("chat_text_title"), "h2"), *[ctx.p(esc(chunk) or "&nbsp;", "small")
                                                     for chunk in raw.splitlines()[:1500]]]


# ---------------------------------------------------------------- integrity appendix

def integrity(ctx: Ctx) -> list[Flowable]:
    j = ctx.inp.journal
    head = j[-1].hash if j else "0" * 64
    rows = [
        (ctx.t("journal_head"), f'<font name="EvMono" size="7">{head[:32]}<br/>{head[32:]}</font>'),
        (ctx.t("journal_count"), str(len(j))),
        (ctx.zoned("exported_at"), esc(tm.fmt(ctx.inp.created, ctx.inp.zone))),
        ("bundle", esc(ctx.inp.bundle_name)),
    ]
    return [PageBreak(), ctx.p(ctx.t("integrity"), "h1"), ctx.p(esc(ctx.t("integ_text", bundle=ctx.inp.bundle_name))),
            kv_table(ctx, rows), Spacer(1, 8), ctx.p(ctx.t("how_verify"), "h2"),
            ctx.p(esc(ctx.t("htv_steps")), "small"),  # the same steps as HOW-TO-VERIFY.txt
            *_proof(ctx),
            KeepTogether([ctx.p(f'<font color="#7f8c8d">{esc(ctx.t("exported_by", v=ctx.inp.app_version))}</font>',
                                "small")])]


def _proof(ctx: Ctx) -> list[Flowable]:
    if not ctx.inp.proof:
        return []
    title, lines = ctx.inp.proof
    return [Spacer(1, 6), ctx.p(esc(title), "h2"), *[ctx.p(esc(line), "small") for line in lines]]
