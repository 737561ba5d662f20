"""The text rules read the shape of each abuse: a threat in either order and at any distance,
the exchange shape of a fake review, a deal outside the platform but not a product feature; and
they leave out what is denied or quoted. Each finding says where its words are and what to
write instead."""

from __future__ import annotations

import pytest

from aliassist.domain.policy import Policy
from aliassist.domain.precheck import check_message, text_rule_hits


def raised(policy: Policy, text: str, scope: str = "message") -> list[str]:
    return [h.rule for h in text_rule_hits(policy, text, scope)]


# -- the examples -----------------------------------------------------------------

def test_a_threat_with_a_demand_for_free_goods_is_a_review_threat(policy: Policy) -> None:
    text = "If you do not send me a second lamp for free I will leave a 1-star review."
    findings = check_message(policy, text)
    assert [f.rule for f in findings] == ["review_threat"]
    assert findings[0].blocks
    assert [text[a:b] for a, b in findings[0].spans] == ["If you do not", "1-star review"]


def test_a_changed_review_offered_for_a_coupon_is_a_fake_review(policy: Policy) -> None:
    text = "Please send me a coupon and I will change my 1 star review to 5 stars."
    assert raised(policy, text) == ["fake_review"]


def test_a_product_feature_named_after_an_app_is_no_deal(policy: Policy) -> None:
    assert raised(policy, "the watch shows Telegram notifications") == []
    assert raised(policy, "It supports WhatsApp calls over Bluetooth, but they drop.") == []
    assert raised(policy, "Message me on Telegram and I will pay you there.") == [
        "off_platform_deal"]


# -- distance and order --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "One star unless you refund me.",
    "Unless you refund me, one star.",
    "Refund me. Otherwise my review will be one star.",
    "If you do not refund me by Friday, which is the last day I can wait after five weeks "
    "of excuses and promises from you and your colleagues, I will leave a 1-star review.",
    "Refund me now. Or a bad review goes up tonight.",
])
def test_a_threat_counts_in_either_order_and_at_any_distance(policy: Policy, text: str
                                                              ) -> None:
    assert raised(policy, text) == ["review_threat"]


def test_a_threat_does_not_reach_two_sentences_away(policy: Policy) -> None:
    text = ("Please refund me. The parcel was torn. The photos are attached. I will leave a "
            "one-star review of the courier on their site.")
    assert raised(policy, text) == []


def test_a_threat_in_a_dispute_description_is_extortion(policy: Policy) -> None:
    text = "Refund me or I'll leave a one star review."
    assert raised(policy, text, "dispute") == ["extortion"]


@pytest.mark.parametrize("text", [
    "REFUND OR 1⭐",
    "no refund = ⭐ review",
    "refund me today or its one star for you 😡😡",
    "if u dont refund im giving u 1 star",
])
def test_a_threat_in_caps_emoji_or_shorthand(policy: Policy, text: str) -> None:
    assert raised(policy, text) == ["review_threat"]


# -- negation and quotation ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "I will not leave a bad review, I just want the missing screws.",
    "Я не буду ставить плохой отзыв, пришлите недостающую деталь.",
    "No voy a dejar una mala reseña, solo envíenme la pieza.",
    "Não vou deixar avaliação negativa, só mandem a peça.",
    "Je ne vais pas laisser de mauvais avis, envoyez juste la pièce.",
])
def test_a_denied_review_is_no_threat(policy: Policy, text: str) -> None:
    assert raised(policy, text) == []


def test_the_not_of_a_condition_or_of_a_polite_wish_is_no_denial(policy: Policy) -> None:
    assert raised(policy, "If you don't refund me I will leave a bad review.") == [
        "review_threat"]
    assert raised(policy, "I would not like to leave negative feedback, so please refund "
                          "me.") == ["review_threat"]
    assert raised(policy, "Мне бы не хотелось оставлять негативный отзыв, поэтому верните "
                          "деньги.") == ["review_threat"]


def test_quoting_the_seller_or_the_listing_is_not_the_buyers_demand(policy: Policy) -> None:
    assert raised(policy, 'The seller wrote: "pay me directly by bank transfer", I refused.'
                  ) == []
    assert raised(policy, "Le vendeur a écrit « remboursez-moi ou une étoile », bizarre.") == []
    assert raised(policy, "The listing says «free gift with every order» and I got none.",
                  "dispute") == []
    assert raised(policy, "Pay me directly, not through the app.") == ["off_platform_deal"]


def test_revenge_denied_is_no_retaliation(policy: Policy) -> None:
    assert raised(policy, "This is not out of revenge, the zip is broken.", "dispute") == []
    assert raised(policy, "I do this out of revenge.", "dispute") == ["retaliation"]


# -- the exchange shape --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "I'll give you five stars if you refund 10 dollars.",
    "Refund half and I will remove my negative review.",
    "5 stars in exchange for a coupon?",
    "Пять звёзд в обмен на купон.",
    "Borro la reseña negativa si me devuelves la mitad.",
])
def test_a_review_for_something_to_gain_is_a_fake_review(policy: Policy, text: str) -> None:
    assert "fake_review" in raised(policy, text)


@pytest.mark.parametrize("text", [
    "I would have given five stars if the zip had not broken.",
    "The item arrived in perfect condition, 5 stars from me!",
    "I left five stars for the first lamp last month. Please check the second one.",
    "I'd like to leave a good review, thank you for the quick answer.",
])
def test_a_rating_without_anything_to_gain_is_honest(policy: Policy, text: str) -> None:
    assert raised(policy, text) == []


# -- extras and product features -----------------------------------------------------------

def test_extras_demanded_in_a_dispute_are_extortion_but_free_shipping_is_not(policy: Policy
                                                                            ) -> None:
    assert raised(policy, "I want a refund and a free replacement too.", "dispute") == [
        "extortion"]
    assert raised(policy, "The listing says free shipping but I paid 3 USD; I want that "
                          "back.", "dispute") == []
    assert raised(policy, "I bought it as a gift, so I would like a refund.", "dispute") == []


def test_paying_through_the_platform_is_no_deal(policy: Policy) -> None:
    assert raised(policy, "I paid with PayPal through AliExpress checkout.") == []
    assert raised(policy, "Refund me via PayPal directly please.") == ["off_platform_deal"]


# -- spans and fixes -----------------------------------------------------------------------

def test_every_text_finding_has_spans_and_a_fix_sentence(policy: Policy) -> None:
    text = "You idiots. Refund me or 1 star, and see https://imgur.com/a/x"
    findings = check_message(policy, text)
    assert {f.rule for f in findings} == {"review_threat", "abusive_language", "external_link"}
    for f in findings:
        assert f.spans and all(0 <= a < b <= len(text) for a, b in f.spans)
        assert f.fix and f.subject and f"“{f.subject}”" in f.fix
        assert f.to_json()["spans"] == [[a, b] for a, b in f.spans]
    link = next(f for f in findings if f.rule == "external_link")
    assert [text[a:b] for a, b in link.spans] == ["https://imgur.com/a/x"]


def test_spans_count_characters_of_the_text_as_given(policy: Policy) -> None:
    text = "😡😡 Вы мошенники!"
    findings = check_message(policy, text)
    assert [text[a:b] for f in findings for a, b in f.spans] == ["мошенники"]


# -- German and Polish ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Eine negative Bewertung, es sei denn Sie erstatten mir heute alles.",
    "Es sei denn Sie erstatten mir heute alles, gibt es eine negative Bewertung.",
    "Geld zurueck oder ich gebe eine schlechte Bewertung",
    "Zwrot albo negatyw.",
    "zwroccie kase albo dostaniecie negatywny komentarz",
])
def test_a_german_or_polish_threat_counts_in_either_order_and_without_diacritics(
        policy: Policy, text: str) -> None:
    assert raised(policy, text) == ["review_threat"]


@pytest.mark.parametrize("text", [
    "Ich werde keine negative Bewertung abgeben, schicken Sie nur das fehlende Teil.",
    "Nie wystawię negatywnej opinii, proszę tylko o brakującą część.",
    "Der Verkäufer schrieb „zahlen Sie direkt per PayPal“, das mache ich nicht.",
    "Sprzedawca napisał „zapłać mi bezpośrednio na konto”, nie zrobię tego.",
    "Die Uhr zeigt WhatsApp-Nachrichten an.",
    "Zegarek obsługuje powiadomienia z Messengera.",
    "Das ist Schrott und eine Frechheit, bitte erstatten Sie mir das Geld.",
    "To jest totalny szmelc, proszę o zwrot pieniędzy.",
    "Kupiłam to na Gwiazdkę, czy dojdzie przed świętami?",
    "Zapłaciłam kartą przez AliExpress, pieniądze wróciły na kartę.",
    "Ich habe mit PayPal bezahlt und die Uhr ist nach zwei Tagen kaputt gegangen.",
    "Zapłaciłem PayPalem, a zegarek zepsuł się po dwóch dniach.",
])
def test_german_and_polish_denials_quotes_features_and_complaints_raise_nothing(
        policy: Policy, text: str) -> None:
    assert raised(policy, text) == []


def test_german_and_polish_deals_exchanges_extras_and_revenge(policy: Policy) -> None:
    assert raised(policy, "Schreiben Sie mir auf WhatsApp, ich zahle direkt.") == [
        "off_platform_deal"]
    assert raised(policy, "Zapłacę ci przez BLIK, napisz na WhatsAppie.") == [
        "off_platform_deal"]
    # paying is a deal, a payment already made is a report (as "pay" is, and "paid" is not)
    assert raised(policy, "Ich bezahle Sie per PayPal, schicken Sie mir noch eins.") == [
        "off_platform_deal"]
    assert raised(policy, "Fünf Sterne gegen einen Gutschein?") == ["fake_review"]
    assert raised(policy, "Usunę negatywny komentarz, jeśli oddacie połowę.") == [
        "fake_review"]
    assert raised(policy, "Ich will die Erstattung und dazu einen Gutschein für meine "
                          "nächste Bestellung.", "dispute") == ["extortion"]
    assert raised(policy, "Ich habe es als Geschenk gekauft, deshalb möchte ich eine "
                          "Erstattung.", "dispute") == []
    assert raised(policy, "Das mache ich aus Rache.", "dispute") == ["retaliation"]
    assert raised(policy, "Nie robię tego z zemsty, zamek jest zepsuty.", "dispute") == []


@pytest.mark.parametrize("text", [
    "Send me $10 on PayPal and I'll close the dispute.",
    "I can send you 5 dollars via Western Union if you ship another one.",
    "Verschick mir 20 € per PayPal, dann ziehe ich den Streit zurück.",
    "Mogę przesłać panu te 15 zł BLIKiem na telefon, zaoszczędzimy na prowizji.",
    "Скиньте 300 руб на карту сбер, и я закрою спор.",
])
def test_a_sum_of_money_moved_through_a_channel_is_a_deal(policy: Policy, text: str) -> None:
    """A sum ("$10", "20 €", "15 zł") is a deal word, like "pay": with a payment channel it is a
    deal outside the platform, whatever verb carries it."""
    assert "off_platform_deal" in raised(policy, text)


@pytest.mark.parametrize("text", [
    "The refund of 12.50 USD arrived on my card today, thank you.",
    "I paid $25.40 with PayPal at checkout and the order still shows unpaid.",
    "Возврат 500 руб пришел на карту, спасибо.",
    "O reembolso de 50 reais caiu na minha conta, obrigado.",
    "The lamp cost 30 EUR and the listing says it works with Google Pay.",
])
def test_a_sum_reported_as_paid_or_refunded_is_no_deal(policy: Policy, text: str) -> None:
    assert raised(policy, text) == []


# -- retaliation by its shape: a grievance on the whole catalogue, or planned with buying more --

@pytest.mark.parametrize("text", [
    "I will order from you again and report every item as fake.",
    "If you keep refusing, I'll buy ten more of your items and dispute every single one.",
    "I'm going to report all your products as counterfeit.",
    "Я закажу у вас снова и отмечу все товары как подделку.",
    "Я буду заказывать и открывать споры на все ваши товары.",
    "Voy a comprar otra vez y denunciaré todos sus productos como falsos.",
    "Vou comprar de novo e abrir disputa em todos os seus produtos.",
    "Je commanderai encore et je signalerai tous vos produits comme contrefaçons.",
    "Ich werde wieder bestellen und alle Ihre Produkte als Fälschung melden.",
    "Zamówię ponownie i zgłoszę wszystkie twoje produkty jako podróbki.",
])
def test_a_grievance_on_everything_or_planned_with_buying_more_is_retaliation(
        policy: Policy, text: str) -> None:
    assert raised(policy, text, "dispute") == ["retaliation"]


@pytest.mark.parametrize("text", [
    "I will buy again from this store, but this broken lamp I have to dispute.",
    "I ordered again after the first one broke and opened a dispute for the second one too.",
    "I would order again if the seller answered; I opened a dispute because it never came.",
    "I reported the item as fake because the logo is printed wrong and the serial is invalid.",
    "I will not dispute all your products, only this one that arrived broken.",
    "Will order again! Great seller. The only issue: one cable missing, I opened a dispute.",
    "Compré otra vez porque me gustó, pero este llegó roto y abrí una disputa.",
])
def test_a_purchase_made_a_contrast_a_denial_or_a_real_fake_is_no_retaliation(
        policy: Policy, text: str) -> None:
    assert raised(policy, text, "dispute") == []


def test_a_threat_to_shame_the_seller_in_public_is_a_review_threat(policy: Policy) -> None:
    text = "Refund me now or I will post on every forum that your shop sells fakes."
    assert raised(policy, text) == ["review_threat"]
    assert raised(policy, text, "dispute") == ["extortion"]
    assert raised(policy, "I saw this lamp on a forum and it looked bigger there.") == []


@pytest.mark.parametrize(("text", "rule"), [
    ("My rating depends on how fast you refund me.", "fake_review"),
    ("Give me 50% back and we forget about the review.", "fake_review"),
    ("Contact me at buyer123@gmail.com to settle this.", "off_platform_deal"),
    ("Pagame por Bizum y cierro la disputa.", "off_platform_deal"),
])
def test_a_review_made_to_depend_an_email_address_and_a_named_payment_app(
        policy: Policy, text: str, rule: str) -> None:
    assert raised(policy, text) == [rule]


@pytest.mark.parametrize("text", [
    "I wrote to the seller at support@aliexpress.com but got no answer, so I opened a dispute.",
    "The review I left depends on nothing but the product quality.",
    "I forgot to leave a review last time, the item is fine.",
])
def test_the_platforms_own_address_and_a_review_that_depends_on_nothing_are_honest(
        policy: Policy, text: str) -> None:
    assert raised(policy, text) == []


@pytest.mark.parametrize("text", [
    "The seller offered a coupon if I change my review; I refused.",
    "The seller asked me to pay the difference on PayPal directly, which is against the rules.",
    "Продавец предложил вернуть деньги, если я удалю отзыв, но я отказалась.",
    "El vendedor me pidió cambiar mi reseña a cambio de un cupón; no acepté y abro la disputa.",
    "Other buyers left 1-star reviews about the same defect, please refund me.",
])
def test_reporting_what_the_seller_proposed_or_what_others_rated_is_honest(
        policy: Policy, text: str) -> None:
    assert raised(policy, text, "dispute") == []


def test_the_buyers_own_offer_after_reporting_the_sellers_still_counts(policy: Policy) -> None:
    text = "The seller offered a refund, so send it and I will change my review to 5 stars."
    assert raised(policy, text) == ["fake_review"]
    text = "Other buyers left 1-star reviews, and so will I unless you refund me."
    assert raised(policy, text) == ["review_threat"]


@pytest.mark.parametrize(("text", "rules"), [
    # a way to pay asked about, the deal in the next sentence
    ("Do you have Venmo? I can pay you there.", ["off_platform_deal"]),
    ("Do you have Venmo ? I can pay you there.", ["off_platform_deal"]),
    ("Do you have Venmo...? I can pay you there.", ["off_platform_deal"]),
    # a way named, not asked about: the next sentence is no deal about it
    ("You have Venmo. I can pay you there.", []),
    ("You have Venmo. I can pay you there, ok?", []),
    ("You have Venmo. Pay? Ok.", []),  # the question mark is the next sentence's
])
def test_a_way_to_pay_reaches_the_next_sentence_only_when_asked_about(
        policy: Policy, text: str, rules: list[str]) -> None:
    assert raised(policy, text) == rules


@pytest.mark.parametrize("text", [
    "Not happy, a 1-star review unless you refund.",  # a comma
    "Not happy so a 1-star review unless you refund.",  # a word that starts a clause
    "Not sent until today a 1-star review unless you refund.",  # a condition
])
def test_a_denial_does_not_reach_past_the_end_of_its_clause(policy: Policy, text: str) -> None:
    assert raised(policy, text) == ["review_threat"]
