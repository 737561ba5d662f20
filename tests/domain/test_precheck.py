"""Every rule of the pre-check (DOMAIN.md section 3) fires when it must and stays quiet when
it must not. An honest dispute on a clean order raises nothing at all."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from aliassist.domain.dates import order_date_text
from aliassist.domain.findings import Finding, any_blocks
from aliassist.domain.instants import parse_instant
from aliassist.domain.policy import LANGUAGES, Policy
from aliassist.domain.precheck import (
    DisputedListing,
    PlannedDispute,
    check_message,
    concrete_chars,
    listing_id,
    precheck,
    refund_limit,
    text_hits,
)
from aliassist.domain.records import Dispute, Evidence, Item, Order, Payment
from aliassist.errors import UserError

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
DAY = timedelta(days=1)
HONEST = ("The dress is blue, not red as in the listing, and the label says size S while I "
          "ordered M.")


MIMES = {"own_video": ("mp4", "video/mp4"), "document": ("pdf", "application/pdf")}


def ev(kind: str, dispute: int | None = None) -> Evidence:
    """A file record as the vault keeps it: its own content hash and a type the form takes."""
    ext, mime = MIMES.get(kind, ("jpg", "image/jpeg"))
    return Evidence(kind=kind, sha256=hashlib.sha256(f"{kind}{dispute}".encode()).hexdigest(),
                    name=f"{kind}.{ext}", size=1, mime=mime, dispute=dispute)


CLEAN = Order(
    number="8187000000000001", placed_at=NOW - 40 * DAY, shipped_at=NOW - 38 * DAY,
    account="me@example.com", store="Bright Store", delivery_status="in_transit",
    tracking_number="LP00123456789", carrier="Cainiao", amount=2000, currency="USD",
    items=(Item("Summer dress, red", "https://www.aliexpress.com/item/1005001234567890.html",
                "Size M", 1, 2000),),
    evidence=(ev("own_photo"), ev("listing_capture")))
PLAN = PlannedDispute("not_as_described", 0, "full_refund", None, HONEST)


def rules(findings: list[Finding]) -> list[str]:
    return [f.rule for f in findings]


def check(policy: Policy, order: Order = CLEAN, plan: PlannedDispute = PLAN, **kw: object
          ) -> list[str]:
    return rules(precheck(policy, order, plan, NOW, **kw))  # type: ignore[arg-type]


def test_an_honest_dispute_on_a_clean_order_raises_nothing(policy: Policy) -> None:
    assert precheck(policy, CLEAN, PLAN, NOW) == []
    not_received = PlannedDispute("not_received", None, "full_refund", None,
                                  "Tracking has not moved since 12 October; parcel never came.")
    assert precheck(policy, replace(CLEAN, evidence=()), not_received, NOW) == []


# -- window_closed -------------------------------------------------------------------------

def test_window_closed_fires_once_the_dispute_deadline_has_passed(policy: Policy) -> None:
    late = replace(CLEAN, placed_at=NOW - 200 * DAY, shipped_at=NOW - 198 * DAY)
    findings = precheck(policy, late, PLAN, NOW)
    assert rules(findings) == ["window_closed"]
    assert findings[0].severity == "block" and "closed on" in findings[0].message


def test_window_closed_is_quiet_until_the_very_deadline(policy: Policy) -> None:
    # confirmed receipt 15 days ago minus a second: the deadline is one second away
    order = replace(CLEAN, confirmed_at=NOW - 15 * DAY + timedelta(seconds=1))
    assert "window_closed" not in check(policy, order)
    order = replace(CLEAN, confirmed_at=NOW - 15 * DAY)
    assert "window_closed" in check(policy, order)


# -- no_grounds ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [None, "", "   ", "Bad!", "bad bad bad bad bad bad bad bad",
                                  "не то не то не то не то не то"])
def test_no_grounds_fires_without_concrete_facts(policy: Policy, text: str | None) -> None:
    found = check(policy, plan=replace(PLAN, description=text))
    assert found.count("no_grounds") == 1


def test_no_grounds_fires_without_a_reason(policy: Policy) -> None:
    findings = precheck(policy, CLEAN, replace(PLAN, reason=None), NOW)
    assert rules(findings) == ["no_grounds"]
    assert "No reason is chosen." in findings[0].message


def test_no_grounds_is_quiet_for_a_short_concrete_description(policy: Policy) -> None:
    text = "Cable does not charge my phone; tested 3 chargers."
    assert concrete_chars(text) >= policy.limits.description_min_chars
    assert "no_grounds" not in check(policy, plan=replace(PLAN, description=text))


def test_an_unknown_reason_is_bad_input_listing_the_valid_ones(policy: Policy) -> None:
    with pytest.raises(UserError, match="valid reasons: not_received"):
        precheck(policy, CLEAN, replace(PLAN, reason="lost"), NOW)


# -- false_not_received / tracking_shows_delivered ----------------------------------------

NOT_RECEIVED = PlannedDispute("not_received", None, "full_refund", None,
                              "Tracking has not moved since 12 October; parcel never came.")


def test_false_not_received_fires_when_receipt_was_confirmed(policy: Policy) -> None:
    order = replace(CLEAN, confirmed_at=NOW - 2 * DAY, delivery_status="delivered")
    found = check(policy, order, NOT_RECEIVED)
    assert found == ["false_not_received"]  # the tracking warning is implied, not repeated
    for reason in ("returned_to_sender", "held_at_customs"):
        assert "false_not_received" in check(policy, order, replace(NOT_RECEIVED, reason=reason))


def test_false_not_received_is_quiet_for_received_reasons_and_unconfirmed_orders(
        policy: Policy) -> None:
    confirmed = replace(CLEAN, confirmed_at=NOW - 2 * DAY)
    assert "false_not_received" not in check(policy, confirmed, PLAN)
    assert "false_not_received" not in check(policy, CLEAN, NOT_RECEIVED)


@pytest.mark.parametrize("change", [{"delivery_status": "delivered"},
                                    {"delivered_at": NOW - 3 * DAY}])
def test_tracking_shows_delivered_warns_and_asks_for_a_statement(policy: Policy,
                                                                 change: dict) -> None:
    found = check(policy, replace(CLEAN, **change), NOT_RECEIVED)
    assert found == ["tracking_shows_delivered", "checklist_incomplete"]
    findings = precheck(policy, replace(CLEAN, **change), NOT_RECEIVED, NOW)
    assert "Carrier or post-office statement" in findings[1].message
    assert not any_blocks(findings)


def test_tracking_shows_delivered_is_quiet_while_in_transit(policy: Policy) -> None:
    assert "tracking_shows_delivered" not in check(policy, CLEAN, NOT_RECEIVED)


# -- unsupported_claim / no_listing_reference / checklist_incomplete -----------------------

def test_unsupported_claim_blocks_a_received_reason_without_own_photo_or_video(
        policy: Policy) -> None:
    order = replace(CLEAN, evidence=(ev("listing_capture"), ev("chat_capture")))
    for reason in ("poor_quality", "damaged", "counterfeit", "not_as_described"):
        assert "unsupported_claim" in check(policy, order, replace(PLAN, reason=reason))


def test_unsupported_claim_is_quiet_with_an_own_video_or_for_not_received(
        policy: Policy) -> None:
    video = replace(CLEAN, evidence=(ev("own_video"), ev("listing_capture")))
    assert "unsupported_claim" not in check(policy, video, PLAN)
    assert "unsupported_claim" not in check(policy, replace(CLEAN, evidence=()), NOT_RECEIVED)


def test_photos_of_another_dispute_do_not_support_a_new_one(policy: Policy) -> None:
    other = replace(CLEAN, disputes=(Dispute("damaged", "closed", 0),),
                    evidence=(ev("own_photo", dispute=0), ev("listing_capture")))
    assert "unsupported_claim" in check(policy, other, PLAN)


def test_no_listing_reference_warns_for_not_as_described_only(policy: Policy) -> None:
    order = replace(CLEAN, evidence=(ev("own_photo"),))
    assert "no_listing_reference" in check(policy, order, PLAN)
    assert "no_listing_reference" not in check(policy, order, replace(PLAN, reason="damaged"))
    assert "no_listing_reference" not in check(policy, CLEAN, PLAN)


def test_no_listing_reference_follows_the_reasons_the_policy_names(policy: Policy) -> None:
    rule = replace(policy.rules["no_listing_reference"], reasons=("damaged",))
    edited = replace(policy, rules={**policy.rules, "no_listing_reference": rule})
    order = replace(CLEAN, evidence=(ev("own_photo"),))
    assert "no_listing_reference" in check(edited, order, replace(PLAN, reason="damaged"))
    assert "no_listing_reference" not in check(edited, order, PLAN)


def test_checklist_incomplete_names_the_missing_required_items(policy: Policy) -> None:
    findings = precheck(policy, CLEAN, replace(PLAN, reason="damaged"), NOW)
    assert rules(findings) == ["checklist_incomplete"]
    # the untagged photo fills the first item that takes it; the parcel photo is still missing
    assert "Missing: The parcel with its label." in findings[0].message
    assert "Photos of the damage" not in findings[0].message
    findings = precheck(policy, CLEAN, replace(PLAN, reason="not_working"), NOW)
    assert rules(findings) == ["checklist_incomplete"]
    assert "Video of the fault" in findings[0].message
    assert findings[0].severity == "warn"


def test_checklist_incomplete_is_quiet_when_every_required_item_is_there(policy: Policy
                                                                         ) -> None:
    assert "checklist_incomplete" not in check(policy)


# -- payments ------------------------------------------------------------------------------

def test_prior_refund_blocks_after_a_full_refund(policy: Policy) -> None:
    order = replace(CLEAN, payments=(Payment("refund", 2000, NOW - DAY),))
    assert "prior_refund" in check(policy, order)


@pytest.mark.parametrize("kind", ["chargeback", "provider_claim"])
def test_prior_chargeback_blocks_after_a_chargeback_or_provider_claim(policy: Policy,
                                                                      kind: str) -> None:
    order = replace(CLEAN, payments=(Payment(kind, 2000, NOW - DAY, "PayPal"),))
    findings = precheck(policy, order, PLAN, NOW)
    assert rules(findings) == ["prior_chargeback"]
    assert findings[0].subject == "PayPal"


def test_partial_refund_received_warns_with_the_amount(policy: Policy) -> None:
    order = replace(CLEAN, payments=(Payment("partial_refund", 500, NOW - DAY),))
    findings = precheck(policy, order, PLAN, NOW)
    assert rules(findings) == ["partial_refund_received"]
    assert "5.00 USD" in findings[0].message


def test_payment_rules_are_quiet_without_payments(policy: Policy) -> None:
    found = check(policy)
    for rule in ("prior_refund", "prior_chargeback", "partial_refund_received"):
        assert rule not in found


def test_a_recorded_dispute_is_judged_against_what_came_before_it(policy: Policy) -> None:
    """The refund a dispute won does not block that dispute's own packet."""
    opened = NOW - 10 * DAY
    order = replace(CLEAN, disputes=(Dispute("not_as_described", "refunded", 0,
                                             opened_at=opened, description=HONEST),),
                    payments=(Payment("refund", 2000, NOW - 2 * DAY),))
    assert precheck(policy, order, PLAN, NOW, existing=0) == []
    assert "prior_refund" in check(policy, order)


# -- extortion / refund_exceeds_paid -------------------------------------------------------

def test_refund_exceeds_paid_blocks_a_partial_refund_above_the_price(policy: Policy) -> None:
    findings = precheck(policy, CLEAN, replace(PLAN, remedy="partial_refund",
                                               refund_amount=2500), NOW)
    assert rules(findings) == ["refund_exceeds_paid"]
    assert "25.00 USD" in findings[0].message and "20.00 USD" in findings[0].message


def test_refund_exceeds_paid_counts_refunds_already_received_and_the_item_line(
        policy: Policy) -> None:
    refunded = replace(CLEAN, payments=(Payment("partial_refund", 500, NOW - DAY),))
    plan = replace(PLAN, remedy="partial_refund", refund_amount=1600)
    assert "refund_exceeds_paid" in check(policy, refunded, plan)
    assert "refund_exceeds_paid" not in check(policy, refunded, replace(plan, refund_amount=1500))
    two = replace(CLEAN, amount=3000, items=(*CLEAN.items, Item("Belt", None, None, 1, 1000)))
    assert "refund_exceeds_paid" in check(policy, two, replace(plan, item=1, refund_amount=1200))
    assert "refund_exceeds_paid" not in check(policy, two, replace(plan, item=0,
                                                                   refund_amount=2000))


def test_refund_exceeds_paid_is_quiet_within_the_price_or_when_it_is_unknown(
        policy: Policy) -> None:
    plan = replace(PLAN, remedy="partial_refund", refund_amount=2000)
    assert "refund_exceeds_paid" not in check(policy, CLEAN, plan)
    unknown = replace(CLEAN, amount=None, items=(Item("dress"),))
    assert "refund_exceeds_paid" not in check(policy, unknown,
                                              replace(plan, refund_amount=99999))


EXTORTION = {
    "en": "Refund me in full and send me a coupon for my next order.",
    "ru": "Верните деньги и дайте купон на следующую покупку.",
    "es": "Quiero el reembolso y un cupón para mi próxima compra.",
    "pt": "Quero o reembolso e desconto na minha próxima compra.",
    "fr": "Je veux un remboursement et une réduction sur ma prochaine commande.",
    "de": "Ich will die Erstattung und einen Gutschein für meine nächste Bestellung.",
    "pl": "Chcę zwrot pieniędzy i rabat na następne zamówienie.",
}
REVIEW_THREATS = {
    "en": "Refund me or I'll leave a very negative review for this shop.",
    "ru": "Если не вернете деньги, оставлю плохой отзыв о магазине.",
    "es": "Devuélvanme el dinero o dejaré una reseña muy negativa.",
    "pt": "Quero meu dinheiro, caso contrário deixo uma avaliação negativa.",
    "fr": "Remboursez-moi, sinon je laisse un avis négatif sur la boutique.",
    "de": "Erstatten Sie mir das Geld, sonst schreibe ich eine negative Bewertung über den Shop.",
    "pl": "Zwróćcie pieniądze, bo inaczej wystawię sklepowi negatywną opinię.",
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_extortion_blocks_demands_beyond_the_listing(policy: Policy, lang: str) -> None:
    plan = replace(PLAN, description=f"{HONEST} {EXTORTION[lang]}")
    assert check(policy, plan=plan) == ["extortion"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_review_threat_in_a_dispute_is_extortion(policy: Policy, lang: str) -> None:
    findings = precheck(policy, CLEAN, replace(PLAN, description=f"{HONEST} "
                                               f"{REVIEW_THREATS[lang]}"), NOW)
    assert rules(findings) == ["extortion"]
    description = f"{HONEST} {REVIEW_THREATS[lang]}"
    assert findings[0].spans and all(description[a:b] in REVIEW_THREATS[lang]
                                     for a, b in findings[0].spans)
    assert findings[0].subject is not None
    assert all(part in REVIEW_THREATS[lang] for part in findings[0].subject.split(" … "))


def test_extortion_is_quiet_for_a_plain_refund_request(policy: Policy) -> None:
    text = f"{HONEST} I used a coupon at checkout; I ask for a refund of what I paid."
    assert check(policy, plan=replace(PLAN, description=text)) == []


# -- duplicate_dispute / reopened_dispute --------------------------------------------------

def test_duplicate_dispute_blocks_the_same_reason_on_the_same_item_in_any_state(
        policy: Policy) -> None:
    for status in ("open", "escalated", "rejected", "closed", "refunded"):
        order = replace(CLEAN, disputes=(Dispute("not_as_described", status, 0,
                                                 platform_id="D-1"),))
        findings = precheck(policy, order, PLAN, NOW)
        assert "duplicate_dispute" in rules(findings), status
        assert next(f for f in findings if f.rule == "duplicate_dispute").subject == "1 (D-1)"


def test_duplicate_dispute_is_quiet_for_another_reason_or_another_item(policy: Policy) -> None:
    two = replace(CLEAN, items=(*CLEAN.items, Item("Belt")), amount=None)
    order = replace(two, disputes=(Dispute("damaged", "open", 0),
                                   Dispute("not_as_described", "open", 1)))
    assert "duplicate_dispute" not in check(policy, order, PLAN)


def test_a_whole_order_dispute_counts_for_every_item(policy: Policy) -> None:
    order = replace(CLEAN, disputes=(Dispute("not_as_described", "open", None),))
    assert "duplicate_dispute" in check(policy, order, PLAN)


def test_reopening_a_cancelled_dispute_without_refund_warns(policy: Policy) -> None:
    cancelled = Dispute("not_as_described", "cancelled", 0, opened_at=NOW - 9 * DAY,
                        closed_at=NOW - 8 * DAY)
    order = replace(CLEAN, disputes=(cancelled,))
    assert check(policy, order) == ["reopened_dispute"]
    # money came back while it ran: a second dispute is a duplicate
    during = NOW - 8 * DAY - timedelta(hours=1)
    paid = replace(order, payments=(Payment("partial_refund", 300, during),))
    assert "duplicate_dispute" in check(policy, paid)
    assert "reopened_dispute" not in check(policy, paid)


def test_reopened_dispute_is_quiet_without_a_cancelled_one(policy: Policy) -> None:
    assert "reopened_dispute" not in check(policy)


# -- multi_account -------------------------------------------------------------------------

OTHER = DisputedListing("shop@example.com", "8187000000000099", "Bright Store",
                        "Summer dress - RED", "https://aliexpress.com/item/1005001234567890.html"
                        "?spm=abc")


def test_multi_account_warns_when_another_account_disputes_the_same_listing(policy: Policy
                                                                            ) -> None:
    findings = precheck(policy, CLEAN, PLAN, NOW, others=[OTHER])
    assert rules(findings) == ["multi_account"]
    assert "8187000000000099" in findings[0].message
    by_title = replace(OTHER, url=None, title="summer dress, red")
    assert check(policy, others=[by_title]) == ["multi_account"]


def test_multi_account_is_quiet_for_the_same_account_or_another_item(policy: Policy) -> None:
    assert check(policy, others=[replace(OTHER, account="me@example.com")]) == []
    other_item = replace(OTHER, title="Wool scarf",
                         url="https://www.aliexpress.com/item/1005009999999999.html")
    assert check(policy, others=[other_item]) == []
    assert check(policy, replace(CLEAN, account=None), others=[OTHER]) == []


def test_listing_ids_ignore_query_strings_and_hosts() -> None:
    assert listing_id("https://www.aliexpress.com/item/1005001234567890.html?spm=x") == \
        listing_id("https://aliexpress.ru/item/1005001234567890.html")
    assert listing_id(None) is None


# -- description_too_long ------------------------------------------------------------------

def test_description_too_long_blocks_what_the_form_refuses(policy: Policy) -> None:
    limit = policy.limits.description_max_chars
    long_text = (HONEST + " ") * (limit // len(HONEST) + 1)
    assert "description_too_long" in check(policy, plan=replace(PLAN, description=long_text))
    fits = long_text[:limit]
    assert "description_too_long" not in check(policy, plan=replace(PLAN, description=fits))


# -- message checks ------------------------------------------------------------------------

MESSAGES = {
    "review_threat": REVIEW_THREATS,
    "fake_review": {
        "en": "I'll change my review to 5 stars if you refund me half.",
        "ru": "Изменю отзыв на пять звёзд, если вернёте половину.",
        "es": "Pondré 5 estrellas si me devuelves la mitad.",
        "pt": "Mudo a avaliação para 5 estrelas se você me reembolsar.",
        "fr": "Je modifierai mon avis si vous me remboursez la moitié.",
        "de": "Ich ändere meine Bewertung auf 5 Sterne, wenn Sie mir die Hälfte erstatten.",
        "pl": "Zmienię opinię na 5 gwiazdek, jeśli oddacie mi połowę.",
    },
    "off_platform_deal": {
        "en": "Let's settle this on WhatsApp, you can pay me directly.",
        "ru": "Переведите деньги на карту, напишите в телеграм.",
        "es": "Págame directamente por transferencia bancaria.",
        "pt": "Me manda o reembolso por Pix, chave é meu CPF.",
        "fr": "Faites-moi un virement bancaire, hors de la plateforme.",
        "de": "Zahlen Sie mir das Geld per PayPal zurück, außerhalb der Plattform.",
        "pl": "Przelej mi zwrot na BLIKa, dogadamy się poza AliExpress.",
    },
    "abusive_language": {
        "en": "You are SCAMMERS and thieves.",
        "ru": "Вы мошенники и воры.",
        "es": "Sois unos ladrones y estafadores.",
        "pt": "Vocês são golpistas.",
        "fr": "Bande de voleurs et d'escrocs !",
        "de": "Ihr seid Betrüger und Diebe.",
        "pl": "Jesteście złodziejami i oszustami.",
    },
}


@pytest.mark.parametrize("rule", list(MESSAGES))
@pytest.mark.parametrize("lang", LANGUAGES)
def test_message_checks_fire_in_every_language(policy: Policy, rule: str, lang: str) -> None:
    findings = check_message(policy, MESSAGES[rule][lang])
    assert rules(findings) == [rule]
    assert findings[0].severity == policy.rule(rule).severity
    assert findings[0].source == policy.source_title(policy.rule(rule).source)


def test_message_checks_also_run_on_dispute_descriptions(policy: Policy) -> None:
    for rule in ("fake_review", "off_platform_deal", "abusive_language"):
        text = f"{HONEST} {MESSAGES[rule]['en']}"
        assert check(policy, plan=replace(PLAN, description=text)) == [rule]


@pytest.mark.parametrize("link", ["https://imgur.com/a/xyz", "www.dropbox.com/s/abc",
                                  "see bit.ly/3xYz for photos", "http://192.168.0.1/x"])
def test_external_link_warns_on_other_sites(policy: Policy, link: str) -> None:
    assert rules(check_message(policy, f"Photos: {link}")) == ["external_link"]


@pytest.mark.parametrize("text", [
    "The listing https://www.aliexpress.com/item/1005001234567890.html shows red.",
    "Order page: https://aliexpress.ru/order/123, tracking at a.aliexpress.com/_mK.",
    "The cable is 1.5m, not 2m; photo.jpg and video.mp4 attached, e.g. the plug.",
    "Write to me at buyer@example.com if needed.",
])
def test_external_link_is_quiet_for_platform_links_sizes_and_file_names(policy: Policy,
                                                                        text: str) -> None:
    assert check_message(policy, text) == []


def test_message_checks_are_quiet_on_a_polite_message(policy: Policy) -> None:
    text = ("Hello, the dress arrived today but it is size S instead of M. Could you tell me "
            "how you would like to solve this? I can send photos of the label. Thank you!")
    assert check_message(policy, text) == []
    assert "retaliation" not in rules(check_message(policy, "I want revenge"))


def test_retaliation_warns_and_names_the_phrase(policy: Policy) -> None:
    text = f"{HONEST} I am doing this out of revenge because you blocked me."
    findings = precheck(policy, CLEAN, replace(PLAN, description=text), NOW)
    assert rules(findings) == ["retaliation"]
    assert findings[0].subject == "revenge"
    assert "“because you blocked me”" in findings[0].message


def test_hits_give_the_place_of_each_phrase_for_highlighting(policy: Policy) -> None:
    text = "Idiot. Pay me directly or see https://evil.example.com"
    hits = text_hits(policy, text, "message")
    assert [(h.rule, text[h.start:h.end]) for h in hits] == [
        ("abusive_language", "Idiot"), ("off_platform_deal", "Pay"),
        ("off_platform_deal", "directly"), ("external_link", "https://evil.example.com")]
    findings = check_message(policy, text)
    assert {f.rule: [text[a:b] for a, b in f.spans] for f in findings} == {
        "abusive_language": ["Idiot"], "off_platform_deal": ["Pay", "directly"],
        "external_link": ["https://evil.example.com"]}


def test_blocking_findings_come_first(policy: Policy) -> None:
    text = f"{HONEST} Out of revenge: refund me and send me a free gift."
    order = replace(CLEAN, evidence=())
    found = check(policy, order, replace(PLAN, description=text))
    severities = [policy.rule(r).severity for r in found]
    assert severities == sorted(severities, key=["block", "warn", "info"].index)
    assert found[:2] == ["unsupported_claim", "extortion"]


def test_extra_findings_join_the_result(policy: Policy) -> None:
    from aliassist.domain.findings import make_finding

    extra = make_finding(policy, "looks_like_listing", subject="front.jpg")
    assert precheck(policy, CLEAN, PLAN, NOW, extra=[extra]) == [extra]


@pytest.mark.parametrize("phrase", ["* !", ": !"])
def test_a_keyword_without_words_in_an_edited_policy_is_a_policy_error(tmp_path,
                                                                       phrase: str) -> None:
    from aliassist.domain.policy import PolicyError
    from aliassist.services.policy import load_policy
    from tests.domain.test_policy import edited

    path = edited(tmp_path, 'en = ["revenge", ', f'en = ["{phrase}", "revenge", ')
    policy = load_policy(path)
    with pytest.raises(PolicyError) as err:
        check_message(policy, "hello")
    assert str(err.value) == f"edited.toml: keywords.revenge.en: phrase {phrase!r} has no words"


# -- what each finding says: the subject it names and the detail it adds -------------------

def dated(order: Order, **days: str) -> Order:
    """`order` with dates given as a day alone (read in the platform's zone)."""
    values = {name: parse_instant(day, ZoneInfo("Asia/Shanghai")) for name, day in days.items()}
    return replace(order, date_only=frozenset(values), **values)


EUROS = replace(CLEAN, currency="EUR")
TWO_ITEMS = replace(EUROS, items=(
    Item("Summer dress, red", "https://www.aliexpress.com/item/1005001234567890.html", "M", 2,
         500),
    Item("Belt", "https://www.aliexpress.com/item/1005009999999999.html", None, 1, 2000)))
NOT_RECEIVED = PlannedDispute("not_received", None, "full_refund", None,
                              "Tracking has not moved since 12 October; parcel never came.")
CANCELLED = Dispute("not_as_described", "cancelled", 0, platform_id="8100000000001")

FINDINGS_SAY = [
    # how, the order, the plan, the rule, the subject it names, the detail after its message
    ("receipt confirmed on a given day", dated(CLEAN, confirmed_at="2026-11-11"), NOT_RECEIVED,
     "false_not_received", None, "Receipt was confirmed on 2026-11-11."),
    ("receipt confirmed, the day inferred from the status",
     replace(dated(CLEAN, confirmed_at="2026-11-11"), confirmed_estimate="order_status"),
     NOT_RECEIVED, "false_not_received", None,
     "The order status says receipt was confirmed (when is not recorded: at the earliest "
     "2026-11-11)."),
    ("tracking delivered on a given day",
     dated(replace(CLEAN, delivery_status="delivered"), delivered_at="2026-11-12"),
     NOT_RECEIVED, "tracking_shows_delivered", None, "Tracking: delivered on 2026-11-12."),
    ("tracking delivered, the day taken from the last update",
     replace(dated(CLEAN, delivered_at="2026-11-12"), delivery_status="delivered",
             delivered_estimate="tracking_update"),
     NOT_RECEIVED, "tracking_shows_delivered", None, "Tracking: delivered about 2026-11-12."),
    ("tracking delivered, no day known", replace(CLEAN, delivery_status="delivered"),
     NOT_RECEIVED, "tracking_shows_delivered", None, "Tracking: delivered."),
    ("a card chargeback", replace(CLEAN, payments=(Payment("chargeback"),)), PLAN,
     "prior_chargeback", "card chargeback", None),
    ("a payment-provider claim", replace(CLEAN, payments=(Payment("provider_claim"),)), PLAN,
     "prior_chargeback", "payment-provider claim", None),
    ("claims with and without a provider",
     replace(CLEAN, payments=(Payment("chargeback"), Payment("provider_claim", provider="PayPal"),
                              Payment("chargeback"))), PLAN,
     "prior_chargeback", "PayPal, card chargeback", None),
    ("partial refunds, one of them of an unknown amount",
     replace(EUROS, payments=(Payment("partial_refund", 300), Payment("partial_refund"))), PLAN,
     "partial_refund_received", None, "Refunded so far: 3.00 EUR."),
    ("a partial refund of an unknown amount",
     replace(EUROS, payments=(Payment("partial_refund"),)), PLAN,
     "partial_refund_received", None, None),
    ("a refund asked one cent above what was paid", EUROS,
     PlannedDispute("not_as_described", 0, "partial_refund", 2001, HONEST),
     "refund_exceeds_paid", "20.01 EUR", "Asked: 20.01 EUR; paid: 20.00 EUR."),
    ("a refund asked above what is left after a refund",
     replace(EUROS, payments=(Payment("partial_refund", 500),)),
     PlannedDispute("not_as_described", 0, "partial_refund", 1501, HONEST),
     "refund_exceeds_paid", "15.01 EUR", "Asked: 15.01 EUR; paid less refunds: 15.00 EUR."),
    ("a refund asked above one item's line (2 x 5.00)", TWO_ITEMS,
     PlannedDispute("not_as_described", 0, "partial_refund", 1001, HONEST),
     "refund_exceeds_paid", "10.01 EUR", "Asked: 10.01 EUR; this item's price: 10.00 EUR."),
    ("a dispute cancelled with no refund, opened again", replace(CLEAN, disputes=(CANCELLED,)),
     PLAN, "reopened_dispute", "1 (8100000000001)", None),
    ("an open dispute for the same reason",
     replace(CLEAN, disputes=(replace(CANCELLED, status="open"),)), PLAN,
     "duplicate_dispute", "1 (8100000000001)", "Dispute 1 (8100000000001) is open."),
    ("no description", CLEAN, replace(PLAN, description="  "), "no_grounds", None,
     "The description is empty."),
    ("no reason and no description", CLEAN, PlannedDispute(None), "no_grounds", None,
     "No reason is chosen. The description is empty."),
    ("a description one character too long", CLEAN,
     replace(PLAN, description=HONEST + " " + "x" * (512 - len(HONEST))),
     "description_too_long", "513 characters",
     "It has 513 characters; the form takes 512."),
]


@pytest.mark.parametrize(("how", "order", "plan", "rule", "subject", "detail"), FINDINGS_SAY,
                         ids=[row[0] for row in FINDINGS_SAY])
def test_each_finding_names_what_it_is_about(policy: Policy, how: str, order: Order,
                                              plan: PlannedDispute, rule: str,
                                              subject: str | None, detail: str | None) -> None:
    found = {f.rule: f for f in precheck(policy, order, plan, NOW)}
    assert rule in found, sorted(found)
    message = policy.rule(rule).message
    assert (found[rule].subject, found[rule].message) == (
        subject, message if detail is None else f"{message} {detail}")


@pytest.mark.parametrize(("item", "limit"), [
    (None, (2000, "paid")),
    (0, (1000, "this item's price")),
    (1, (2000, "paid")),  # its line equals what was paid: the order's amount stands
    (2, (2000, "paid")),  # no such item: the order's amount
    (-1, (2000, "paid")),
])
def test_a_refund_is_limited_by_the_item_line_only_when_that_is_less(
        item: int | None, limit: tuple[int, str]) -> None:
    assert refund_limit(TWO_ITEMS, item) == limit


def test_a_refund_of_an_unknown_amount_lowers_no_limit() -> None:
    order = replace(EUROS, payments=(Payment("partial_refund"),))
    assert refund_limit(order, None) == (2000, "paid")


def test_a_full_refund_is_not_asked_as_a_partial_one(policy: Policy) -> None:
    plan = PlannedDispute("not_as_described", 0, "full_refund", 999_999, HONEST)
    assert "refund_exceeds_paid" not in check(policy, EUROS, plan)


@pytest.mark.parametrize(("url", "listing"), [
    ("https://www.aliexpress.com/item/1005001234567890.html?spm=x", "1005001234567890"),
    ("https://aliexpress.ru/item/Dress/1005001234567890.html", "1005001234567890"),
    # another shop's address: itself, without scheme, case, query, fragment or closing slash
    (" HTTPS://Shop.Example.com/Dress/Red/?size=m#photos ", "shop.example.com/dress/red"),
    ("http://shop.example.com/dress#top", "shop.example.com/dress"),
    ("shop.example.com/dress?x=1", "shop.example.com/dress"),
    ("https://", None),
    ("", None),
    (None, None),
])
def test_a_listing_is_known_by_its_item_number_else_by_its_bare_address(
        url: str | None, listing: str | None) -> None:
    assert listing_id(url) == listing


TWO_LISTINGS = replace(CLEAN, items=(
    *CLEAN.items, Item("Wool scarf", "https://www.aliexpress.com/item/1005009999999999.html",
                       None, 1, 1000)))
SCARF = replace(OTHER, title="Wool scarf",
                url="https://www.aliexpress.com/item/1005009999999999.html")
ANOTHER_SHOP = DisputedListing("friend@example.com", "8187000000000077", None, None,
                               "https://shop.example.com/dress?ref=1")

MULTI_ACCOUNT = [
    # how, the order, the planned dispute's item, the other disputes, who it names (None: quiet)
    ("the disputed item's listing, from another account", TWO_LISTINGS, 0, [OTHER],
     ["order 8187000000000099 (shop@example.com)"]),
    ("another item of the order, disputed elsewhere", TWO_LISTINGS, 0, [SCARF], None),
    ("the whole order: every item counts", TWO_LISTINGS, None, [SCARF],
     ["order 8187000000000099 (shop@example.com)"]),
    ("the same account first, then another one", CLEAN, 0,
     [replace(OTHER, account="me@example.com"), replace(OTHER, number="8187000000000098")],
     ["order 8187000000000098 (shop@example.com)"]),
    ("the same order under another account", CLEAN, 0,
     [replace(OTHER, number=CLEAN.number)], None),
    ("an unknown account", CLEAN, 0, [replace(OTHER, account=None)], None),
    ("two accounts, one of them twice", CLEAN, 0,
     [OTHER, replace(OTHER, account="friend@example.com", number="8187000000000077"), OTHER],
     ["order 8187000000000099 (shop@example.com)",
      "order 8187000000000077 (friend@example.com)"]),
    ("a store's item by its title, no store known on either side",
     replace(CLEAN, store=None), 0, [replace(OTHER, url=None, store=None)], None),
    ("another shop's address", replace(CLEAN, items=(
        Item("Dress", "https://Shop.example.com/dress/", None, 1, 2000),)), 0, [ANOTHER_SHOP],
     ["order 8187000000000077 (friend@example.com)"]),
]


@pytest.mark.parametrize(("how", "order", "item", "others", "names"), MULTI_ACCOUNT,
                         ids=[row[0] for row in MULTI_ACCOUNT])
def test_multi_account_names_every_other_account_that_disputed_the_item(
        policy: Policy, how: str, order: Order, item: int | None,
        others: list[DisputedListing], names: list[str] | None) -> None:
    found = [f for f in precheck(policy, order, replace(PLAN, item=item), NOW, others=others)
             if f.rule == "multi_account"]
    if names is None:
        assert found == []
    else:
        message = policy.rule("multi_account").message
        assert [(f.subject, f.message) for f in found] == [
            (names[0], f"{message} Disputed from: {'; '.join(names)}.")]


@pytest.mark.parametrize(("text", "said"), [
    ("a 7 ok", len("7 ok")),  # one letter says nothing; a digit does
    ("ok ok OK", len("ok")),
    ("no", len("no")),
    ("", 0),
])
def test_a_description_says_as_much_as_its_distinct_words(text: str, said: int) -> None:
    assert concrete_chars(text) == said


def test_a_recorded_dispute_counts_the_files_attached_to_it(policy: Policy) -> None:
    recorded = replace(CLEAN, disputes=(Dispute("not_as_described", "open", 0,
                                                 opened_at=NOW - DAY),),
                       evidence=(ev("own_photo", dispute=0), ev("listing_capture", dispute=0)))
    assert check(policy, recorded, existing=0) == []
    assert "unsupported_claim" in check(policy, replace(recorded, evidence=()), existing=0)


THREAT = "I will leave a 1-star review unless you refund."


@pytest.mark.parametrize(("scope", "rule"), [(None, "extortion"), ("dispute", "extortion"),
                                             ("message", "review_threat")])
def test_the_underlined_words_follow_the_rules_of_the_text_they_are_in(
        policy: Policy, scope: str | None, rule: str) -> None:
    hits = text_hits(policy, THREAT) if scope is None else text_hits(policy, THREAT, scope)
    assert [(h.rule, h.start, h.end, h.found) for h in hits] == [
        (rule, 15, 28, "1-star review"), (rule, 29, 35, "unless")]


def test_a_text_finding_quotes_every_phrase_that_raised_it(policy: Policy) -> None:
    (finding,) = check_message(policy, "You idiot. You are an idiot and a moron.")
    assert (finding.rule, finding.subject) == ("abusive_language", "idiot")
    assert finding.message.endswith(" Found: “idiot”, “moron”.")


def test_a_delivery_instant_reads_on_its_date_and_time(policy: Policy) -> None:
    order = replace(CLEAN, delivery_status="delivered", delivered_at=NOW - 2 * DAY)
    (finding,) = [f for f in precheck(policy, order, NOT_RECEIVED, NOW)
                  if f.rule == "tracking_shows_delivered"]
    when = order_date_text(order, "delivered_at", policy.tz)
    assert when is not None and " " in when  # a date and a time
    assert finding.message.endswith(f" Tracking: delivered on {when}.")


def test_the_incomplete_checklist_names_every_missing_item(policy: Policy) -> None:
    (finding,) = [f for f in precheck(policy, replace(CLEAN, evidence=()), PLAN, NOW)
                  if f.rule == "checklist_incomplete"]
    assert finding.message.endswith(
        " Missing: Your photos of the item; Capture of the listing.")


def test_an_item_line_above_what_was_paid_does_not_raise_the_limit() -> None:
    dear = replace(TWO_ITEMS, items=(replace(TWO_ITEMS.items[0], price=1500),
                                     TWO_ITEMS.items[1]))  # 2 x 15.00, the order 20.00
    assert refund_limit(dear, 0) == (2000, "paid")
