"""The seller's refusals, from the one playbook source: every common refusal in three languages is recognised,
several parts are each answered, the answer cites only the evidence the case holds, legitimate refusals are
flagged for the buyer, and delivery delays are not mistaken for an expired period."""

from __future__ import annotations

import pytest

from evidenceapp import config
from evidenceapp.core import playbook as pb
from evidenceapp.core.models import Case, Item

BOOK = pb.load(config.playbooks_dir())


def _case(reason: str = "", platform: str = "pdd") -> Case:
    return Case(id="c1", title="t", platform=platform, order_no="o1", created_at="2026-11-20T00:00:00Z",
                dispute="quality", refusal_reason=reason)


def _item(n: int, kind: str, **kw) -> Item:
    return Item(id=f"i{n}", case_id="c1", kind=kind, sha256=f"{n:064x}", size=1, source="import",
                imported_at="2026-11-20T00:00:00Z", **kw)


# The list (17.4, 23.7) and their English/French counterparts, as sellers write them.
TABLE = [
    ("商品是人为损坏的，不予退款", ["human_damage"]), ("This was damaged by you, no refund", ["human_damage"]),
    ("Il s'agit d'une mauvaise utilisation", ["human_damage"]),
    ("有使用痕迹，不退", ["signs_of_use"]), ("The item shows signs of use", ["signs_of_use"]),
    ("L'article présente des traces d'utilisation", ["signs_of_use"]),
    ("影响二次销售", ["affects_resale"]), ("It can't be resold", ["generic"]),
    ("We cannot resell it", ["affects_resale"]), ("L'article n'est plus revendable", ["affects_resale"]),
    ("已签收，不予退款", ["signed_for"]), ("已收货，不退", ["signed_for"]),
    ("The goods have been signed for", ["signed_for"]), ("Le colis a été signé", ["signed_for"]),
    ("非质量问题", ["not_quality_issue"]), ("This is not a quality issue", ["not_quality_issue"]),
    ("Ce n'est pas un problème de qualité", ["not_quality_issue"]),
    ("超过售后期了", ["period_expired"]), ("The return period is over", ["period_expired"]),
    ("Le délai de retour est dépassé", ["period_expired"]),
    ("商品与描述相符", ["as_described"]), ("The item is as described", ["as_described"]),
    ("L'article est conforme à la description", ["as_described"]),
    ("需要寄回检测", ["send_back_inspection"]), ("Send it back for inspection first", ["send_back_inspection"]),
    ("Renvoyez-le pour expertise", ["send_back_inspection"]),
    ("拆封不退", ["opened_no_return"]), ("Opened items cannot be returned, it was already opened", ["opened_no_return"]),
    ("L'emballage ouvert ne peut être repris", ["opened_no_return"]),
    ("是快递的问题，你去找快递", ["courier_blame"]), ("It's the courier's fault, ask the carrier", ["courier_blame"]),
    ("C'est la faute du transporteur", ["courier_blame"]),
    # several parts, each answered, in the order the seller wrote them
    ("已使用，有划痕，不退", ["signs_of_use", "affects_resale"]),
    ("you used it, scratches", ["signs_of_use", "affects_resale"]),
    ("已拆封，而且超过售后期", ["opened_no_return", "period_expired"]),
    # delivery delays are not an expired period (23.7)
    ("物流超时了，再等等", ["generic"]), ("快递延误，超时了", ["generic"]),
    ("Le délai de livraison est long", ["generic"]), ("Delivery is delayed past the deadline", ["generic"]),
    ("随便说说", ["generic"]),
]


@pytest.mark.parametrize(("text", "keys"), TABLE)
def test_common_refusals_are_recognised_in_three_languages(text: str, keys: list[str]) -> None:
    assert [r.key for r in BOOK.match_refusals(text, "pdd")] == keys


def test_no_stated_reason_no_answer_and_keys_match_themselves() -> None:
    assert BOOK.match_refusals("") == [] and BOOK.match_refusal("bonjour") is None
    assert [r.key for r in BOOK.match_refusals("signed_for")] == ["signed_for"]


def test_aliexpress_tricks_only_on_aliexpress() -> None:
    assert [r.key for r in BOOK.match_refusals("I will resend it, close the dispute", "aliexpress")] == ["resend_close"]
    assert [r.key for r in BOOK.match_refusals("I will resend it, close the dispute", "taobao")] == ["generic"]


def test_every_refusal_is_complete_in_three_languages_and_cites_real_evidence_keys() -> None:
    for r in BOOK.refusals.values():
        for name in ("reason", "answer", "claim"):
            for lang in pb.LANGS:
                assert pb.t(getattr(r, name), lang).strip(), (r.key, name, lang)
        assert r.source and all(k in BOOK.sources for k in r.source), r.key
        assert all(k in BOOK.evidence for k in r.evidence), r.key
        for p in r.proofs:
            assert p.evidence in BOOK.evidence, r.key
            for lang in pb.LANGS:
                assert "{refs}" in p.text[lang], (r.key, lang)
        assert set(r.without) in (set(), set(pb.LANGS)), r.key


# Words that speak of evidence: none may appear in an answer for a case that holds none.
EVIDENCE_WORDS = {
    "zh_CN": ["录像", "视频", "照片", "截图", "聊天记录", "检测报告", "凭证", "物流记录", "证据"],
    "en": ["recording", "video", "photo", "screenshot", "chat record", "test report", "waybill", "tracking record",
           "exhibit", "filmed", "photographed"],
    "fr": ["enregistrement", "vidéo", "photo", "capture", "échanges", "rapport d'essai", "bordereau", "suivi du colis",
           "pièce", "filmé", "photographié"],
}


@pytest.mark.parametrize("lang", pb.LANGS)
def test_an_answer_never_claims_evidence_the_case_does_not_hold(lang: str) -> None:
    refs = BOOK.exhibit_refs({}, lang)
    for key, r in BOOK.refusals.items():
        if key == "buyer_accused":
            continue  # speaks of the app's hash chain, which every case has, not of exhibits
        [arg] = BOOK.answer_refusals(_case(key, platform="aliexpress"), [], [], lang, refs)
        assert arg.key == key and not arg.items
        low = arg.text.lower()
        assert not [w for w in EVIDENCE_WORDS[lang] if w in low], (key, arg.text)
        assert set(arg.missing) == {p.evidence for p in r.proofs}


def test_the_answer_names_the_exhibits_that_refute_it_and_adapts_when_one_is_missing() -> None:
    video, photo = _item(1, "unboxing"), _item(2, "photo")
    numbers = {"i1": 4, "i2": 7}
    case = _case("人为损坏")
    [full] = BOOK.answer_refusals(case, [video, photo], [], "zh_CN", BOOK.exhibit_refs(numbers, "zh_CN"))
    assert "开箱录像（证据4）" in full.text and "照片（证据7）" in full.text and full.items == ["i1", "i2"]
    [en] = BOOK.answer_refusals(case, [photo], [], "en", BOOK.exhibit_refs(numbers, "en"))
    assert "(exhibit 7)" in en.text and "recording" not in en.text and en.missing == ["unboxing_video"]
    [fr] = BOOK.answer_refusals(case, [video], [], "fr", BOOK.exhibit_refs(numbers, "fr"))
    assert "(pièce 4)" in fr.text and "photos" not in fr.text.lower() and fr.missing == ["problem_proof"]


def test_a_multi_part_refusal_is_answered_part_by_part() -> None:
    args = BOOK.answer_refusals(_case("已使用，有划痕，不退"), [_item(1, "unboxing")], [], "en",
                                BOOK.exhibit_refs({"i1": 1}, "en"))
    assert [a.key for a in args] == ["signs_of_use", "affects_resale"]
    assert all("(exhibit 1)" in a.text for a in args)


def test_the_latest_refusal_event_wins_over_the_case_field() -> None:
    evs = [{"id": 1, "kind": "seller_refused", "at": "2026-11-20T10:00:00+08:00", "detail": {"text": "超过售后期"}},
           {"id": 2, "kind": "seller_refused", "at": "2026-11-20T03:00:00Z", "detail": {"reason": "as_described"}}]
    # 03:00 UTC is 11:00 in Beijing: the second event is the later one, whatever the text of the stamps says.
    assert BOOK.stated_refusal(_case("已签收"), evs) == "as_described"
    assert BOOK.stated_refusal(_case("已签收"), []) == "已签收"


LEGAL_CLAIMS = ["does not bar", "n'empêche pas", "不影响退货", "one continuous take", "une seule prise", "一镜到底",
                "连续拍摄", "met en demeure", "mise en demeure"]


def test_legitimate_refusals_tell_the_buyer_what_to_check_and_dossier_texts_claim_no_law() -> None:
    """Seed 003: an opened item outside the returnable range, or a return outside the platform's process, can be
    refused fairly. The buyer is told what to check; the dossier's words never assert the opposite."""
    for key in ("opened_no_return", "return_rules"):
        r = BOOK.refusals[key]
        assert "seed:003" in r.source
        for lang in pb.LANGS:
            assert "003" in pb.t(r.check_first, lang)
    for r in BOOK.refusals.values():
        dossier_words = [r.claim, r.without, *(p.text for p in r.proofs)]
        for text in dossier_words:
            for lang in pb.LANGS:
                assert not [c for c in LEGAL_CLAIMS if c in text.get(lang, "")], (r.key, lang)


def test_the_courier_blame_answer_points_to_the_seller() -> None:
    r = BOOK.refusals["courier_blame"]
    assert "contract is with the seller" in r.answer["en"] and "卖家" in r.claim["zh_CN"]
    assert "seed:001" in r.source  # "Sellers and logistics blame each other" (seed 001 §1)
