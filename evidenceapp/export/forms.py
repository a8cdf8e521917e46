"""``form.txt``: the exact text to type or paste into the channel's web form, field by field, within its lengths.

The 12315 web form blocks pasting into some fields, so every field stands alone as plain text that can be typed
or pasted in pieces. Lengths are counted in characters; a field over its budget is shortened at a sentence end
where possible and points to the attached PDF, and the export report says so.
"""

from __future__ import annotations

from typing import Any

from ..core import times as tm
from .channels import Channel
from .i18n import t
from .model import DossierInput
from .typography import money

# form.txt's field labels are catalogue keys (export/i18n.py, "form_*"): one place for every dossier text.
_PLATFORM_LABELS = ("form_reason", "form_description", "form_refund_amount", "form_uploads")
_SIGNALCONSO = ("form_company", "form_description", "form_attachments")
_CHARGEBACK = ("form_merchant", "form_tx_date", "form_amount", "form_dispute_reason", "form_cardholder_statement",
               "form_attachments")


def fit(text: str, limit: int, lang: str, pdf: bool = True) -> tuple[str, bool]:
    """``text`` within ``limit`` characters: cut at the last sentence end that leaves room for the pointer (to the
    PDF when the channel receives it, else to the uploaded images)."""
    text = text.strip()
    if len(text) <= limit:
        return text, False
    more = t(lang, "form_more" if pdf else "form_more_images")
    room = max(0, limit - len(more))
    cut = text[:room]
    ends = [cut.rfind(ch) for ch in "。！？.!?；;"]
    best = max(ends)
    if best >= room * 0.6:
        cut = cut[:best + 1]
    return cut.rstrip() + more, True


def _return(inp: DossierInput) -> str:
    """The return shipment in one line: date, carrier, waybill ("" when nothing was sent back)."""
    c = inp.case
    return " ".join(x for x in (tm.fmt_date(c.return_shipped_at, inp.zone) if c.return_shipped_at else "",
                                c.return_carrier, c.return_waybill) if x)


def _amount(inp: DossierInput) -> str:
    c = inp.case
    return money(c.amount, c.currency, inp.lang) if c.amount else t(inp.lang, "blank")


def _or_blank(inp: DossierInput, value: str) -> str:
    return value.strip() if value and value.strip() else t(inp.lang, "blank")


def _story(inp: DossierInput) -> str:
    """Facts + the seller's refusal + our answer: the narrative every form's free-text field wants."""
    c, lang = inp.case, inp.lang
    parts = [c.facts.strip()] if c.facts.strip() else []
    reason = inp.refusal_stated.strip()
    if reason:
        parts.append(f"{t(lang, 'refusal_reason')}：{reason}" if lang == "zh_CN"
                     else f"{t(lang, 'refusal_reason')}: {reason}")
        parts += [part.text for part in inp.refusals]  # the same answers the PDF prints
    if lang == "zh_CN":
        return "".join(p if p.endswith(("。", "！", "？", ".", "!", "?")) else p + "。" for p in parts)
    return " ".join(p if p.endswith((".", "!", "?")) else p + "." for p in parts)


def _request(inp: DossierInput) -> str:
    from .blocks import Ctx, request_text

    return request_text(Ctx(inp, inp.resources))


def form_text(inp: DossierInput, ch: Channel, uploads: list[str], omitted: list[str]) -> tuple[str, dict[str, Any]]:
    lang, c, pr = inp.lang, inp.case, inp.profile
    limit = ch.text_max_chars
    fields: list[tuple[str, str, int]] = []  # (label, text, limit)
    if ch.key == "12315":
        budget = ch.fields
        fields = [
            ("投诉人", f"{_or_blank(inp, pr.get('name', ''))}；电话 {_or_blank(inp, pr.get('phone', ''))}；"
                    f"地址 {_or_blank(inp, pr.get('address', ''))}", budget.get("投诉人", limit)),
            ("被投诉人", "；".join(x for x in (c.seller_legal_name and f"经营者（营业执照名称）{c.seller_legal_name}",
                                           f"店铺 {_or_blank(inp, c.seller)}", f"地址 {_or_blank(inp, c.seller_address)}",
                                           c.seller_credit_code and f"统一社会信用代码 {c.seller_credit_code}",
                                           c.store_id and f"店铺ID {c.store_id}") if x), budget.get("被投诉人", limit)),
            ("商品名称", _or_blank(inp, c.product), budget.get("商品名称", 100)),
            ("购买时间", tm.fmt(c.order_date, inp.zone) or t(lang, "blank"), budget.get("购买时间", 50)),
            ("金额", _amount(inp), budget.get("金额", 50)),
            ("投诉问题", inp.dispute_label + (f"；订单号 {c.order_no}" if lang == "zh_CN" else
                                                   f"; order {c.order_no}"), budget.get("投诉问题", limit)),
            ("投诉请求", t(lang, "request_12315", req=_request(inp)), budget.get("投诉请求", limit)),
            *([("退货物流", _return(inp), budget.get("退货物流", 100))] if _return(inp) else []),
            ("事实经过", _story(inp) or t(lang, "blank"), budget.get("事实经过", limit)),
        ]
        files_label = "附件（按顺序上传）"
    elif ch.key == "signalconso":
        lab = [t(lang, k) for k in _SIGNALCONSO]
        fields = [(lab[0], f"{_or_blank(inp, c.seller)} — {_or_blank(inp, c.seller_address)}", limit),
                  (lab[1], f"{_story(inp)} {t(lang, 'request_sentence', req=_request(inp))}".strip(), limit)]
        files_label = lab[2]
    elif ch.key == "chargeback":
        lab = [t(lang, k) for k in _CHARGEBACK]
        fields = [(lab[0], _or_blank(inp, c.seller), limit), (lab[1], tm.fmt(c.order_date, inp.zone) or t(lang, "blank"), 50),
                  (lab[2], _amount(inp), 50), (lab[3], inp.dispute_label, limit),
                  (lab[4], f"{_story(inp)} {t(lang, 'cb_tried')}".strip(), limit)]
        if c.dispute != "logistics":  # the "return attempt" issuers ask for on a not-as-described claim
            fields.append((t(lang, "return_shipment"), _return(inp) or t(lang, "blank_optional"), 200))
        files_label = lab[5]
    else:
        lab = [t(lang, k) for k in _PLATFORM_LABELS]
        fields = [(lab[0], inp.dispute_label, limit),
                  (lab[1], f"{t(lang, 'request_platform', req=_request(inp))} {_story(inp)}".strip(), limit),
                  (lab[2], _amount(inp), 50)]
        files_label = lab[3]
    out_fields: dict[str, Any] = {}
    lines = [f"# form.txt — {ch.name} — {t(lang, 'order_no')} {c.order_no}",
             f"# limits: {ch.describe()}",
             "# Each field below is plain text: type it, or paste it in pieces where the form blocks pasting.",
             "# (n/limit) counts characters.", ""]
    for label, text, lim in fields:
        fitted, shortened = fit(text, lim, lang, ch.pdf)
        out_fields[label] = {"text": fitted, "chars": len(fitted), "limit": lim, "shortened": shortened}
        lines += [f"[{label}] ({len(fitted)}/{lim})", fitted, ""]
    lines.append(f"[{files_label}]")
    lines += [f"  {name}" for name in uploads] or ["  —"]
    if omitted:
        more = t(lang, "form_omitted")
        lines += ["", more] + [f"  {name}" for name in omitted]
    return "\n".join(lines) + "\n", out_fields
