"""The four dossier templates (DESIGN §5): platform intervention, 12315 投诉书, French formal notice, chargeback.

Each returns the story (flowables) for one layout pass; ``dossier.build_pdf`` runs the passes.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle

from ..core import times as tm
from . import blocks as b
from .blocks import Ctx, esc
from .fonts import SANS
from .pdf import FRAME_W

REQUEST_MAX = 400  # the platform cover's request, DESIGN §5


def _title(ctx: Ctx, key: str) -> list[Flowable]:
    return [ctx.p(esc(ctx.t(key)), "title")]


def _facts(ctx: Ctx, required: bool) -> list[Flowable]:
    return [ctx.p(ctx.value(ctx.inp.case.facts, "case.facts", "facts", required))]


def _date(ctx: Ctx) -> str:
    """The letter's date as a letter writes it ("8 décembre 2026"): the day in the case's zone, not in UTC."""
    return tm.fmt_long_date(ctx.inp.created, ctx.inp.zone, ctx.lang)


_FILL = "…" * 7  # a place the sender writes by hand


def platform(ctx: Ctx) -> list[Flowable]:
    c = ctx.inp.case
    req = ctx.t("request_platform", req=b.request_text(ctx))
    if c.facts:
        req = f"{req} {c.facts.strip()}"
    if len(req) > REQUEST_MAX:
        req = req[:REQUEST_MAX - 1] + "…"
    story: list[Flowable] = [
        *_title(ctx, "title_platform"),
        ctx.p(esc(ctx.inp.platform_name), "center"),
        ctx.p(ctx.t("case_facts"), "h1"), b.kv_table(ctx, b.case_rows(ctx)),
        ctx.p(ctx.t("buyer"), "h2"), b.kv_table(ctx, b.complainant_rows(ctx, need_phone=False, need_address=False)),
        ctx.p(ctx.t("seller"), "h2"), b.kv_table(ctx, b.respondent_rows(ctx, need_address=False)),
        ctx.p(ctx.t("request"), "h1"), ctx.p(esc(req)),
    ]
    story += b.timeline(ctx)
    story += b.refusal(ctx)
    story += b.scam_lines(ctx)
    story += b.platform_rule(ctx)
    story += b.exhibit_list(ctx)
    return story + b.exhibit_pages(ctx) + b.integrity(ctx)


def complaint_12315(ctx: Ctx) -> list[Flowable]:
    """投诉书 in the order of DESIGN §5; 举报线索 on a page of its own."""
    story: list[Flowable] = [
        *_title(ctx, "title_12315"),
        ctx.p(ctx.t("complainant"), "h1"), b.kv_table(ctx, b.complainant_rows(ctx, need_phone=True, need_address=True)),
        ctx.p(ctx.t("respondent"), "h1"),
        b.kv_table(ctx, b.respondent_rows(ctx, need_address=True, need_legal_name=True)),
        ctx.p(ctx.t("complaint_request"), "h1"), ctx.p(esc(ctx.t("request_12315", req=b.request_text(ctx)))),
        ctx.p(ctx.t("facts_reasons"), "h1"), b.kv_table(ctx, b.case_rows(ctx)), Spacer(1, 6),
        *_facts(ctx, required=True),
    ]
    story += b.timeline(ctx, level="h2")
    story += b.refusal(ctx, level="h2")
    story += b.scam_lines(ctx, level="h2")
    story += b.legal_bases(ctx)
    story += b.exhibit_list(ctx, "evidence_list_12315")
    if ctx.inp.authority:
        authority = [ctx.p(esc(ctx.inp.authority))]
    else:  # the user picks the bureau; say which one is competent, and how sure that is
        ctx.value("", "authority", "authority_default")
        authority = [ctx.p(f'<font color="#c0392b">{esc(ctx.t("authority_default"))}</font>'),
                     ctx.p(f'<font color="#7f8c8d">{esc(ctx.t("authority_hint"))}</font>', "small")]
    story += [
        Spacer(1, 12), KeepTogether([
            ctx.p(ctx.t("to_authority")), *authority, Spacer(1, 14),
            ctx.p(esc(ctx.t("signature")) + "&nbsp;" * 30 + esc(ctx.t("date")) + " " + _date(ctx)),
        ]),
        ctx.p(ctx.t("attachments"), "h1"),
        ctx.p(esc(ctx.t("attachments_text", n=len(ctx.inp.exhibits)))),
        PageBreak(), *report_clues(ctx),
    ]
    return story + b.exhibit_pages(ctx) + b.integrity(ctx)


def report_clues(ctx: Ctx) -> list[Flowable]:
    """举报线索: the trader, what it did (the seller's own words the chat scan found first: the strongest lead), the
    evidence, and the reporter's pledge that it is true."""
    c = ctx.inp.case
    seller = " · ".join(x for x in (c.seller_legal_name, c.seller, c.store_id and f"ID {c.store_id}",
                                    c.seller_credit_code) if x)
    items = [ctx.t("clue_intro_seller", s=seller or ctx.t("blank")),
             ctx.t(f"clue_{c.dispute}" if c.dispute in _CLUE_DISPUTES else "clue_other")]
    for s in ctx.inp.scam_lines:
        items.append(ctx.t("clue_scam", label=b.scam_label(ctx, s), text=s.text, ex=s.exhibit,
                           when=ctx.when(s.when) or ctx.t("time_unknown")))
    reason = ctx.inp.refusal_stated.strip()
    if reason:
        items.append(ctx.t("clue_refusal", r=reason))
    items.append(ctx.t("clue_evidence", n=len(ctx.inp.exhibits)))
    return [ctx.p(ctx.t("report_clues"), "h1"), ctx.p(esc(ctx.t("report_clues_intro"))),
            *[ctx.p(f"{n}. {esc(x)}") for n, x in enumerate(items, start=1)],
            Spacer(1, 10), KeepTogether([
                ctx.p(esc(ctx.t("pledge"))), Spacer(1, 14),
                ctx.p(esc(ctx.t("reporter_signature")) + "&nbsp;" * 30 + esc(ctx.t("date")) + " " + _date(ctx)),
            ])]


_CLUE_DISPUTES = ("quality", "not_as_described", "logistics", "wrong_item", "advance_refund_refused")


def fr_notice(ctx: Ctx) -> list[Flowable]:
    c, pr = ctx.inp.case, ctx.inp.profile
    sender = "<br/>".join([
        ctx.value(pr.get("name", ""), "profile.name", "name"),
        ctx.value(pr.get("address", ""), "profile.address", "address"),
        *(esc(pr[k]) for k in ("phone", "email") if pr.get(k)),
    ])
    recipient = "<br/>".join([
        ctx.value(c.seller, "case.seller", "seller"),
        ctx.value(c.seller_address, "case.seller_address", "seller_address"),
    ])
    head = Table([[ctx.p(f"<b>{ctx.t('sender')}</b><br/>{sender}"), ctx.p(f"<b>{ctx.t('recipient')}</b><br/>{recipient}")]],
                 colWidths=[FRAME_W / 2, FRAME_W / 2])
    head.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), SANS, 8), ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    order_date = ctx.value(tm.fmt_long_date(c.order_date, ctx.inp.zone, ctx.lang) if c.order_date else "",
                           "case.order_date", "order_date")
    story: list[Flowable] = [
        *_title(ctx, "title_fr-notice"), head, Spacer(1, 8),
        # the registered letter's number, written in by hand from the post office's slip
        ctx.p(esc(ctx.t("lrar_no")) + " " + "_" * 28, "body"), Spacer(1, 4),
        ctx.p(f"<b>{esc(ctx.t('fr_object', order=c.order_no))}</b>"),
        ctx.p(esc(ctx.t("fr_salutation"))),
        ctx.p(esc(ctx.t("fr_intro", date="\x00", order=c.order_no, amount="\x01")).replace("\x00", order_date)
              .replace("\x01", b.money(ctx))),
        ctx.p(ctx.t("facts"), "h2"), *_facts(ctx, required=True),
    ]
    story += b.timeline(ctx, level="h2")
    story += b.refusal(ctx, level="h2")
    story += [
        ctx.p(ctx.t("deadline"), "h2"),
        ctx.p(esc(ctx.t("fr_demand", days="\x00", req=b.request_text(ctx))).replace(
            "\x00", ctx.value(str(ctx.inp.deadline_days or ""), "notice.days", "deadline"))),
    ]
    story += b.legal_bases(ctx, "legal_basis_plain")
    sig = Table([[ctx.p(esc(ctx.t("done_at", place=_FILL, date=_date(ctx))))],
                 [ctx.p(esc(ctx.t("signature_plain")))],
                 [ctx.p(ctx.value(pr.get("name", ""), "profile.name", "name"))]],
                colWidths=[FRAME_W * 0.55], hAlign="RIGHT")
    sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), SANS, 8), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("TOPPADDING", (0, 2), (0, 2), 22), ("LINEABOVE", (0, 2), (0, 2), 0.4, colors.grey)]))
    story += [
        Spacer(1, 6), ctx.p(esc(ctx.t("fr_escalate"))), ctx.p(esc(ctx.t("fr_closing"))), Spacer(1, 12),
        KeepTogether([sig]),
    ]
    story += b.exhibit_list(ctx)
    return story + b.exhibit_pages(ctx) + b.integrity(ctx)


def chargeback(ctx: Ctx) -> list[Flowable]:
    c = ctx.inp.case
    tx_rows = [(ctx.t("merchant"), ctx.value(" · ".join(x for x in (c.seller_legal_name, c.seller) if x),
                                             "case.seller", "seller")),
               (ctx.t("card"), ctx.t("card_value", net=b.NETWORKS.get(c.card_network, c.card_network or "—"),
                                     last4=c.card_last4) if c.card_last4
                else ctx.value("", "case.card_last4", "card")),
               (ctx.t("transaction_date"), ctx.value(ctx.when(c.order_date), "case.order_date", "order_date")),
               (ctx.t("transaction_ref"), ctx.value(c.transaction_ref, "case.transaction_ref", "transaction_ref",
                                                    False)),
               *(r for r in b.case_rows(ctx, with_return=False) if r[0] != ctx.zoned("order_date"))]
    if c.dispute != "logistics":
        # Issuers ask when, how and under which waybill the goods were sent back (the "return attempt") for a
        # not-as-described or defective claim.
        tx_rows += [(ctx.t("return_date"), ctx.value(ctx.when(c.return_shipped_at), "case.return", "return_date",
                                                     False)),
                    (ctx.t("carrier"), ctx.value(c.return_carrier, "case.return", "return_date", False)),
                    (ctx.t("return_waybill"), ctx.value(c.return_waybill, "case.return", "return_date", False))]
    story: list[Flowable] = [
        *_title(ctx, "title_chargeback"),
        ctx.p(ctx.t("cardholder"), "h2"), b.kv_table(ctx, b.complainant_rows(ctx, need_phone=False, need_address=False)),
        ctx.p(ctx.t("cb_intro"), "h2"), b.kv_table(ctx, tx_rows),
        ctx.p(ctx.t("facts"), "h2"), *_facts(ctx, required=True),
        ctx.p(esc(ctx.t("request_sentence", req=b.request_text(ctx)))),
    ]
    story += b.timeline(ctx, level="h2")
    story.append(ctx.p(esc(ctx.t("cb_tried"))))
    story += b.refusal(ctx, level="h2")
    story += b.legal_bases(ctx, "reason_code")
    sig = Table([[ctx.p(esc(ctx.t("cb_declare"))), ""],
                 [ctx.p(esc(ctx.t("signature").replace("投诉人", "持卡人")) if ctx.lang == "zh_CN"
                        else esc(ctx.t("signature").replace("Complainant", "Cardholder").replace("Le plaignant",
                                                                                                 "Le titulaire"))),
                  ctx.p(esc(ctx.t("date")) + " " + _date(ctx))]], colWidths=[FRAME_W * 0.6, FRAME_W * 0.4])
    sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), SANS, 8), ("LINEBELOW", (0, 1), (0, 1), 0.4, colors.grey), ("TOPPADDING", (0, 1), (-1, 1), 18)]))
    story += [Spacer(1, 8), KeepTogether([sig])]
    story += b.exhibit_list(ctx)
    return story + b.exhibit_pages(ctx) + b.integrity(ctx)


BUILDERS = {"platform": platform, "12315": complaint_12315, "fr-notice": fr_notice, "chargeback": chargeback}
