"""How far each link of a text rule reaches, at its edge (DOMAIN.md section 3, message checks):
a denial up to five words before what it denies or three after, a review already given up to
four words before the rating, one sentence each way for a threat's condition. One word more
and the link is gone."""

from __future__ import annotations

import pytest

from aliassist.domain.policy import Policy
from aliassist.domain.precheck import text_rule_hits


def raised(policy: Policy, text: str, scope: str = "message") -> list[str]:
    return [h.rule for h in text_rule_hits(policy, text, scope)]


DENIAL_REACH = [
    # how far the denial is from the rating, the text, the rules it raises
    ("5 words before", "I will not leave you one more bad review unless you refund me.", []),
    ("6 words before", "I will not ever leave you one more bad review unless you refund me.",
     ["review_threat"]),
    ("3 words after", "A bad review I will never give. Refund me.", []),
    ("4 words after", "A bad review is what I will never give. Refund me.", ["review_threat"]),
    ("3 words after, German",
     "Eine schlechte Bewertung schreibe ich nicht. Erstatten Sie mir das Geld.", []),
    ("the rating's own no", "No stars unless you refund me.", ["review_threat"]),
    ("4 words after, German",
     "Eine schlechte Bewertung schreibe ich Ihnen nicht. Erstatten Sie mir das Geld.",
     ["review_threat"]),
]


@pytest.mark.parametrize(("reach", "text", "rules"), DENIAL_REACH,
                         ids=[row[0] for row in DENIAL_REACH])
def test_a_denial_reaches_five_words_before_and_three_after(policy: Policy, reach: str,
                                                            text: str, rules: list[str]) -> None:
    assert raised(policy, text) == rules


PAST_REVIEW_REACH = [
    # a review already given (a plain request with it is no threat), how far, the text, rules
    ("right before", "I left bad review, refund me.", []),
    ("4 words before", "I left a very very bad review, refund me.", []),
    ("5 words before", "I left them a very very bad review, refund me.", ["review_threat"]),
    ("in the sentence before", "I have left it. A bad review, refund me.", ["review_threat"]),
]


@pytest.mark.parametrize(("reach", "text", "rules"), PAST_REVIEW_REACH,
                         ids=[row[0] for row in PAST_REVIEW_REACH])
def test_a_review_already_given_is_told_apart_up_to_four_words_before(
        policy: Policy, reach: str, text: str, rules: list[str]) -> None:
    assert raised(policy, text) == rules


def test_a_review_already_given_still_counts_with_a_condition(policy: Policy) -> None:
    assert raised(policy, "I left bad review, unless you refund me it stays.") == [
        "review_threat"]


LINKS = [
    # what links the words, the scope, the text, the rules it raises
    ("a demand and an extra in one sentence", "dispute", "Resend it with a free gift.",
     ["extortion"]),
    ("a demand, then an extra in the next sentence", "dispute", "Resend it. A free gift too.",
     []),
    ("money back, then an extra in the next sentence", "dispute",
     "Money back. A free gift too.", []),
    ("free shipping is part of the listing", "dispute", "I want free shipping.", []),
    ("the offer of the seller reported, its condition after a comma", "message",
     "The seller offered a coupon, unless I delete the review.", []),
    ("the offer of the seller reported after an opening word", "message",
     "Sadly, they offered me a coupon if I delete my review.", []),
    ("the offer of the seller reported after a greeting", "message",
     "Hello, the seller offered a coupon if I delete my review.", []),
    ("a report, and the whole catalogue only in the next sentence", "dispute",
     "I will report this. All your products are fake.", []),
    ("a report aimed at the whole catalogue", "dispute",
     "I will report all your products as fake.", ["retaliation"]),
    ("a good rating kept unless", "message", "Five stars, unless the coupon never comes.",
     ["fake_review"]),
    ("what would have been, then a real offer", "message",
     "I would have given five stars if the zip had not broken. Now I will give 5 stars if you "
     "refund me 10 dollars.", ["fake_review"]),
]


@pytest.mark.parametrize(("link", "scope", "text", "rules"), LINKS,
                         ids=[row[0] for row in LINKS])
def test_what_links_the_words_of_a_rule(policy: Policy, link: str, scope: str, text: str,
                                        rules: list[str]) -> None:
    assert raised(policy, text, scope) == rules


EXTRAS_ONE_BY_ONE = [
    # a dispute text asking for several extras, the words of each occurrence
    ("Send me a coupon for my next order and a free gift please.",
     ("Send me a coupon", "a free … please")),
    ("Send me a coupon for my next order. Please add a free gift.",
     ("Send me a coupon", "Please … a free")),
    ("I want free shipping and a free gift.", ("I want … a free",)),
]


@pytest.mark.parametrize(("text", "phrases"), EXTRAS_ONE_BY_ONE)
def test_each_extra_asked_for_is_named_once(policy: Policy, text: str,
                                            phrases: tuple[str, ...]) -> None:
    [hit] = text_rule_hits(policy, text, "dispute")
    assert (hit.rule, hit.phrases) == ("extortion", phrases)


WORDS_OF_EACH_OCCURRENCE = [
    # a message, each rule it raises with the words of each occurrence
    ("The f***ing seller is an idiot.", [("abusive_language", ("f***ing", "idiot"))]),
    ("This is f***ing slow.", [("abusive_language", ("f***ing",))]),
    # a review offered for removal, then a threat with another bad review: both count
    ("I will remove my bad review. Refund me or a bad review stays.",
     [("fake_review", ("remove my bad review … Refund",)),
      ("review_threat", ("or … bad review",))]),
    ("Unless you answer today I will write a bad review, or else.",
     [("review_threat", ("bad review … or else",))]),
]


@pytest.mark.parametrize(("text", "found"), WORDS_OF_EACH_OCCURRENCE)
def test_each_occurrence_is_named_by_its_words(policy: Policy, text: str,
                                               found: list[tuple[str, tuple[str, ...]]]
                                               ) -> None:
    assert [(h.rule, h.phrases) for h in text_rule_hits(policy, text, "message")] == found


IN_ITS_OWN_SENTENCE = [
    # the words that make a rule stand in a later sentence than the first, or after a quote,
    # a denial or a listed extra elsewhere: the scope, the text, the rules it raises
    ("a sum moved through an app", "message", "The parcel came late. 10 dollars on Venmo?",
     ["off_platform_deal"]),
    ("an e-mail address to pay at", "message", "Hello. Contact anna@gmail.com, I pay there.",
     ["off_platform_deal"]),
    ("after a quote", "message",
     'The seller wrote "hello". Pay me directly by bank transfer.', ["off_platform_deal"]),
    ("a denial after a No", "message",
     "No. I will not leave a bad review unless you refund me.", []),
    ("an extra, and free shipping in the next sentence", "dispute",
     "Send me a free gift. The listing promised free shipping.", ["extortion"]),
]


@pytest.mark.parametrize(("what", "scope", "text", "rules"), IN_ITS_OWN_SENTENCE,
                         ids=[row[0] for row in IN_ITS_OWN_SENTENCE])
def test_each_sentence_is_read_on_its_own(policy: Policy, what: str, scope: str, text: str,
                                          rules: list[str]) -> None:
    assert raised(policy, text, scope) == rules


PLATFORM_AND_OUTSIDE = [
    # a message, each rule it raises with the words of each occurrence
    ("Write to service@aliexpress.com, I pay there.", []),  # the platform's own address
    ("Write to help@notice.aliexpress.com, I pay there.", []),  # and its subdomains
    ("Write to service@aliexpress.com or anna@gmail.com, I pay there.",
     [("off_platform_deal", ("anna@gmail.com … pay",))]),
    ('The seller wrote "f***ing slow", not me.', []),  # quoted profanity is not the buyer's
    ("See www.shopdeals.com.", [("external_link", ("www.shopdeals.com",))]),
    ("Contact me on Telegram outside the platform.",
     [("off_platform_deal", ("Contact me … outside the platform",
                             "Telegram … outside the platform"))]),
    # a condition two sentences before the rating does not reach it
    ("Refund me. The parcel was torn. I will leave a one-star review of the courier.", []),
]


@pytest.mark.parametrize(("text", "found"), PLATFORM_AND_OUTSIDE)
def test_the_platforms_own_addresses_quotes_and_ways_outside(
        policy: Policy, text: str, found: list[tuple[str, tuple[str, ...]]]) -> None:
    assert [(h.rule, h.phrases) for h in text_rule_hits(policy, text, "message")] == found


LINKS_AND_GRIEVANCES = [
    # the scope, the text, each rule it raises with the words of each occurrence
    ("message", "See www.shopdeals.com/SALEX", [("external_link", ("www.shopdeals.com/SALEX",))]),
    ("message", "See https://aliexpress.com:443/item/1.html", []),  # the platform, with a port
    ("message", "See aliexpress.com/item/1.html and www.shopdeals.com",
     [("external_link", ("www.shopdeals.com",))]),
    ("dispute", "I will report you. I will report all your products as fake.",
     [("retaliation", ("report … all your products … as fake",))]),
    ("dispute", "I will order again and report every item as fake.",
     [("retaliation", ("will order again … report … as fake",))]),
]


@pytest.mark.parametrize(("scope", "text", "found"), LINKS_AND_GRIEVANCES)
def test_links_after_the_platforms_and_grievances_after_a_plain_one(
        policy: Policy, scope: str, text: str, found: list[tuple[str, tuple[str, ...]]]) -> None:
    assert [(h.rule, h.phrases) for h in text_rule_hits(policy, text, scope)] == found


SKIPPED_THEN_REAL = [
    # a first occurrence that does not count (an offer the seller made, a way paid through the
    # platform, an extra that is part of the listing), then a real one of the same rule in a
    # later sentence: the scope, the text, each rule it raises with its words
    ("message", "The seller offered a refund if I give 5 stars. I will give 5 stars if you "
     "refund me 10 dollars.", [("fake_review", ("5 stars … refund",))]),
    ("message", "They offered me a coupon for 5 stars. I will give you 5 stars for a refund of "
     "10 dollars.", [("fake_review", ("5 stars … refund",))]),
    # free delivery, part of the listing, then a free gift (Russian: "бесплатн*" is an extra)
    ("dispute", "Хочу бесплатную доставку. Пришлите мне бесплатный подарок.",
     [("extortion", ("Пришлите мне бесплатный подарок",))]),
    ("dispute", "Обещали бесплатную доставку. Хочу ещё бесплатный подарок.",
     [("extortion", ("Хочу … бесплатный подарок",))]),
    ("message", "I paid through the AliExpress checkout with PayPal. Now I can pay you back on "
     "PayPal.", [("off_platform_deal", ("pay … PayPal",))]),
    ("message", "The seller offered to pay me on WhatsApp. I can pay you on PayPal.",
     [("off_platform_deal", ("pay … PayPal",))]),
]


@pytest.mark.parametrize(("scope", "text", "found"), SKIPPED_THEN_REAL)
def test_an_occurrence_that_does_not_count_leaves_the_next_one_flagged(
        policy: Policy, scope: str, text: str, found: list[tuple[str, tuple[str, ...]]]) -> None:
    assert [(h.rule, h.phrases) for h in text_rule_hits(policy, text, scope)] == found


WHICH_WORDS_ARE_NAMED = [
    # the scope, the text, each rule it raises with its words: the nearest link is named (a way
    # and the deal nearest it, by the near end of each), a punctuation mark right after or just
    # before the seller's reported words ends what they proposed, and of two purchases planned
    # before a grievance the later one is named
    ("message", "Send the money to my PayPal and I will pay you back.",
     [("off_platform_deal", ("Send the money … PayPal",))]),
    ("message", "Talk to me on WhatsApp outside the platform.",
     [("off_platform_deal", ("Talk … outside the platform", "WhatsApp … outside the platform"))]),
    ("message", "The seller insisted: I will give 5 stars if you refund me 10 dollars.",
     [("fake_review", ("5 stars … refund",))]),
    ("message", "The seller offered nothing, so 5 stars if you refund me 10 dollars.",
     [("fake_review", ("5 stars … refund",))]),
    ("dispute", "I keep buying from you and I will order more and report every item as fake.",
     [("retaliation", ("will order more … report … as fake",))]),
    ("dispute", "I keep ordering and keep buying and report every item as fake.",
     [("retaliation", ("keep buying … report … as fake",))]),
]


@pytest.mark.parametrize(("scope", "text", "found"), WHICH_WORDS_ARE_NAMED)
def test_the_words_each_occurrence_is_named_by(
        policy: Policy, scope: str, text: str, found: list[tuple[str, tuple[str, ...]]]) -> None:
    assert [(h.rule, h.phrases) for h in text_rule_hits(policy, text, scope)] == found
