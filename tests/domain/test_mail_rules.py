"""The platform's e-mails as policy data: whose mail counts, which event a message announces in
each of seven languages, and which dates an event may fill."""

from __future__ import annotations

import tomllib
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from aliassist.domain.mail_facts import MailVocabulary
from aliassist.domain.mail_fill import (
    FieldChange,
    MailEvent,
    may_fill,
    order_changes,
    placed_for_new_order,
)
from aliassist.domain.mail_rules import MailRules, skeleton
from aliassist.domain.policy import Policy, PolicyError, parse_policy
from aliassist.resources import default_policy_path


@pytest.fixture(scope="module")
def rules(policy: Policy) -> MailRules:
    assert policy.mail is not None
    return policy.mail


@pytest.fixture(scope="module")
def vocabulary(rules: MailRules) -> MailVocabulary:
    return MailVocabulary(rules)


@pytest.mark.parametrize(("domain", "platform"), [
    ("aliexpress.com", True), ("notice.aliexpress.com", True), ("NOTICE.AliExpress.COM.", True),
    ("mail.aliexpress.ru", True), ("aliexpress.com.evil.net", False),
    ("evil-aliexpress.com", False), ("aIiexpress.com", False), ("аliexpress.com", False),
    ("aliexpress.co", False), ("example.org", False), ("", False)])
def test_only_the_sending_domains_and_their_subdomains_count(rules: MailRules, domain: str,
                                                             platform: bool) -> None:
    assert rules.is_sending_domain(domain) is platform


@pytest.mark.parametrize("text", ["aIiexpress.com", "аliexpress.com", "ali-express.com",
                                  "AliExpress Notice", "a1iexpress-mail.net", "ALIEXPRESS"])
def test_look_alikes_of_the_brand_are_recognised(rules: MailRules, text: str) -> None:
    assert rules.looks_like_brand(text)


def test_other_senders_do_not_look_like_the_brand(rules: MailRules) -> None:
    assert not rules.looks_like_brand("Amazon.de") and not rules.looks_like_brand("Anna Buyer")


@pytest.mark.parametrize("subject", ["Fwd: Your order", "FW: x", "RE: x", "Re[2]: x", "TR : x",
                                     "WG: Bestellung", "AW: x", "Odp: x", "[ext] Fwd: x",
                                     "RV: pedido", "ENC: pedido"])
def test_replies_and_forwards_are_recognised_in_many_languages(rules: MailRules,
                                                               subject: str) -> None:
    assert rules.is_reply_subject(subject)


def test_a_subject_that_only_starts_like_a_prefix_is_no_reply(rules: MailRules) -> None:
    assert not rules.is_reply_subject("Refund processed: order 1")
    assert not rules.is_reply_subject("Your order has shipped")


@pytest.mark.parametrize(("subject", "event"), [
    ("Your order has shipped", "shipped"),
    ("Ваш заказ отправлен", "shipped"),
    ("Tu pedido ha sido enviado", "shipped"),
    ("Seu pedido foi enviado", "shipped"),
    ("Votre commande a été expédiée", "shipped"),
    ("Ihre Bestellung wurde versandt", "shipped"),
    ("Twoje zamówienie zostało wysłane", "shipped"),
    ("Your package was delivered", "delivered"),
    ("Ваш заказ доставлен", "delivered"),
    ("Tu pedido ha sido entregado", "delivered"),
    ("Seu pedido foi entregue", "delivered"),
    ("Votre colis a été livré", "delivered"),
    ("Ihre Bestellung wurde zugestellt", "delivered"),
    ("Paczka została dostarczona", "delivered"),
    ("Receipt confirmed for order 1", "confirmed"),
    ("Получение заказа подтверждено", "confirmed"),
    ("Recepción confirmada", "confirmed"),
    ("Recebimento confirmado", "confirmed"),
    ("Réception confirmée", "confirmed"),
    ("Empfang bestätigt", "confirmed"),
    ("Potwierdzono odbiór zamówienia", "confirmed"),
    ("Your order will be automatically confirmed in 5 days", "auto_confirm_reminder"),
    ("Dispute opened", "dispute_opened"),
    ("Спор закрыт", "dispute_closed"),
    ("Streitfall geschlossen", "dispute_closed"),
    ("Spór zamknięty", "dispute_closed"),
    ("Refund processed", "refund"),
    ("Rückerstattung veranlasst", "refund"),
    ("Zwrot środków za zamówienie", "refund"),
    ("Payment received", "paid"),
    ("Zahlung erhalten", "paid"),
    ("Order placed", "placed"),
    ("Dziękujemy za zamówienie", "placed"),
    ("Vielen Dank für Ihre Bestellung", "placed"),
])
def test_the_event_is_read_from_the_subject_in_seven_languages(
        vocabulary: MailVocabulary, subject: str, event: str) -> None:
    assert vocabulary.event(subject, "") == event


def test_a_subject_naming_several_events_takes_the_most_specific(
        vocabulary: MailVocabulary) -> None:
    assert vocabulary.event("Dispute closed: refund of US $5.00", "") == "dispute_closed"


def test_without_an_event_in_the_subject_the_text_names_it_first(
        vocabulary: MailVocabulary) -> None:
    text = ("Your order 8180000000000101 has been shipped. It will be delivered in 15 days; "
            "otherwise it is confirmed automatically.")
    assert vocabulary.event("Order update", text) == "shipped"


def test_order_numbers_are_those_named_as_orders(vocabulary: MailVocabulary) -> None:
    text = ("Orders: 8180000000000101, 8180000000000202 and 8180000000000303.\n"
            "Call us at 800123456789012 any time.\n"
            "Tracking number: 123456789012345\n"
            "See https://www.aliexpress.com/item/1005004567891234.html\n"
            "Заказ № 3039000000000444")
    facts = vocabulary.facts("Update", text)
    assert facts.numbers == ("8180000000000101", "8180000000000202", "8180000000000303",
                             "3039000000000444")
    assert facts.tracking == "123456789012345"


def test_a_number_inside_a_longer_code_is_no_order(vocabulary: MailVocabulary) -> None:
    assert vocabulary.order_numbers("Order LP00123456789012") == ()
    assert vocabulary.order_numbers("Order 8180000000000101.5") == ()


# --- which dates an event fills -------------------------------------------------------------

AT = datetime(2026, 3, 3, 10, tzinfo=timezone(timedelta(hours=8)))


def _event(event: str, hours: int = 0, message: str = "<m@x>",
           tracking: str | None = None) -> MailEvent:
    return MailEvent("8180000000000101", event, AT + timedelta(hours=hours), message,
                     f"about {event}", tracking)


def test_only_an_empty_or_estimated_value_may_be_filled() -> None:
    assert may_fill(None) and may_fill(None, True)
    assert may_fill(AT, current_is_estimate=True)
    assert not may_fill(AT) and not may_fill("LP1")


def test_an_event_fills_an_empty_date_and_never_one_given(rules: MailRules) -> None:
    given = AT - timedelta(days=1)
    current: dict[str, tuple[object | None, bool]] = {
        "shipped_at": (given, False), "delivered_at": (None, False)}
    changes = order_changes(current, [_event("shipped"), _event("delivered", 240, "<d@x>")],
                            rules)
    assert [(c.field, c.old, c.new, c.message_id) for c in changes] == [
        ("delivered_at", None, AT + timedelta(hours=240), "<d@x>")]


def test_an_estimated_date_gives_way_to_the_mail(rules: MailRules) -> None:
    estimate = AT + timedelta(days=2)
    (change,) = order_changes({"shipped_at": (estimate, True)}, [_event("shipped")], rules)
    assert (change.field, change.old, change.new) == ("shipped_at", estimate, AT)


def test_of_two_mails_announcing_one_event_the_earliest_counts(rules: MailRules) -> None:
    changes = order_changes({}, [_event("shipped", 30, "<late@x>"), _event("shipped", 0,
                                                                           "<early@x>")], rules)
    assert [(c.field, c.message_id) for c in changes] == [("shipped_at", "<early@x>")]


def test_events_without_a_date_of_their_own_change_no_field(rules: MailRules) -> None:
    events = [_event(e) for e in ("paid", "refund", "auto_confirm_reminder", "dispute_opened",
                                  "dispute_closed")]
    assert order_changes({}, events, rules) == []


def test_the_tracking_number_fills_only_an_empty_one(rules: MailRules) -> None:
    event = _event("shipped", tracking="RB123456789CN")
    assert [c.new for c in order_changes({}, [event], rules)] == [AT, "RB123456789CN"]
    kept = order_changes({"tracking_number": ("LP1", False)}, [event], rules)
    assert [c.field for c in kept] == ["shipped_at"]


def test_an_order_known_only_from_mail_is_dated_by_its_placed_or_paid_mail() -> None:
    events = [_event("shipped", 48, "<s@x>"), _event("paid", 1, "<p@x>")]
    assert placed_for_new_order(events).message_id == "<p@x>"
    assert placed_for_new_order([_event("delivered", 5, "<d@x>"), _event("shipped", 2)]
                                ).event == "shipped"


# --- the policy section ---------------------------------------------------------------------


def _policy_data() -> dict:
    return tomllib.loads(default_policy_path().read_text(encoding="utf-8"))


def test_a_policy_copy_without_a_mail_section_still_loads() -> None:
    data = _policy_data()
    del data["mail"]
    assert parse_policy(data, Path("old.toml")).mail is None


def test_a_user_can_add_a_sending_domain() -> None:
    data = _policy_data()
    data["mail"]["sending_domains"].append("aliexpress-media.com")
    mail = parse_policy(data, Path("mine.toml")).mail
    assert mail is not None and mail.is_sending_domain("notice.aliexpress-media.com")


@pytest.mark.parametrize(("change", "where"), [
    (lambda m: m.update(sending_domains=["not a domain"]), "mail.sending_domains"),
    (lambda m: m["events"].pop("shipped"), "mail.events.shipped"),
    (lambda m: m["events"]["shipped"].pop("pl"), "mail.events.shipped.pl"),
    (lambda m: m["events"]["shipped"].update(fills="eta"), "mail.events.shipped.fills"),
    (lambda m: m.update(order_number_digits=[20, 10]), "mail.order_number_digits"),
])
def test_a_broken_mail_section_names_its_key(change, where: str) -> None:  # type: ignore[no-untyped-def]
    data = _policy_data()
    change(data["mail"])
    with pytest.raises(PolicyError) as caught:
        parse_policy(data, Path("bad.toml"))
    assert where in str(caught.value)


def test_every_event_phrase_is_valid_and_events_cover_seven_languages(rules: MailRules) -> None:
    assert UTC  # instants in events are aware
    for rule in rules.events.values():
        assert set(rule.phrases) >= {"en", "ru", "es", "pt", "fr", "de", "pl"}


@pytest.mark.parametrize(("events", "dated_by"), [
    # the mails about an order known only from mail (event, hours after AT, id): which dates it
    ([("paid", 0, "<p@x>"), ("placed", 1, "<o@x>"), ("shipped", 2, "<s@x>")], "<o@x>"),
    ([("shipped", 0, "<s@x>"), ("paid", 1, "<p@x>")], "<p@x>"),
    ([("delivered", 5, "<d@x>"), ("shipped", 2, "<s@x>")], "<s@x>"),
])
def test_an_order_from_mail_is_dated_by_placed_then_paid_then_the_earliest_mail(
        events: list[tuple[str, int, str]], dated_by: str) -> None:
    mails = [_event(event, hours, message) for event, hours, message in events]
    assert placed_for_new_order(mails).message_id == dated_by


def test_an_order_from_mail_needs_a_mail() -> None:
    with pytest.raises(ValueError, match=r"^an order from mail needs at least one event$"):
        placed_for_new_order([])


def test_each_change_names_the_field_both_values_and_the_mail(rules: MailRules) -> None:
    events = [_event("shipped", 0, "<s@x>"), _event("shipped", 3, "<t@x>", "RB123456789CN"),
              _event("delivered", 9, "<d@x>", "RB000000000CN")]
    current: dict[str, tuple[object | None, bool]] = {"tracking_number": ("LP1", True)}
    assert order_changes(current, events, rules) == [
        FieldChange("shipped_at", None, AT, "<s@x>", "about shipped"),
        FieldChange("delivered_at", None, AT + timedelta(hours=9), "<d@x>", "about delivered"),
        FieldChange("tracking_number", "LP1", "RB123456789CN", "<t@x>", "about shipped"),
    ]
    same = {"tracking_number": ("RB123456789CN", True), "shipped_at": (AT, True)}
    assert [c.field for c in order_changes(same, events, rules)] == ["delivered_at"]


N1, N2, N3 = "8180000000000101", "8180000000000202", "8180000000000303"
LONG_LIST = f"Orders: {', '.join(['8180000000000000'] * 4)}, {N1}"  # N1: past the label's reach


@pytest.mark.parametrize(("text", "numbers"), [
    # after an order label: up to 80 characters and 3 words on
    ("Order" + " " * 80 + N1, (N1,)),
    ("Order" + " " * 81 + N1, ()),
    (f"Order a b c {N1}", (N1,)),
    (f"Order a b c d {N1}", ()),
    # next in a list: up to 40 characters on, with one short word (4 letters at most) between
    (f"{LONG_LIST}, {N2}", ("8180000000000000", N1, N2)),
    (f"{LONG_LIST}," + " " * 39 + N2, ("8180000000000000", N1, N2)),
    (f"{LONG_LIST}," + " " * 40 + N2, ("8180000000000000", N1)),
    (f"{LONG_LIST} and {N2} plus {N3}", ("8180000000000000", N1, N2, N3)),
    (f"{LONG_LIST} other {N2}", ("8180000000000000", N1)),
    (f"{LONG_LIST} and or {N2}", ("8180000000000000", N1)),
])
def test_an_order_number_stands_near_its_label_or_in_its_list(
        vocabulary: MailVocabulary, text: str, numbers: tuple[str, ...]) -> None:
    assert vocabulary.order_numbers(text) == numbers


@pytest.mark.parametrize(("subject", "text", "numbers", "tracking"), [
    # a link is no words: the number stays within three words of its label
    ("Update", f"Order https://example.com/o of ours: {N1}", (N1,), None),
    # a tracking number next to an order label is no order number, in the subject or the text
    (f"Order {N1} tracking number 123456789012345", "", (N1,), "123456789012345"),
    ("Update", f"Order {N1} tracking number 123456789012345", (N1,), "123456789012345"),
    # the tracking label ends the subject, its number starts the text
    ("Your tracking number", "RB123456789CN is on its way.", (), "RB123456789CN"),
    # a tracking number has six digits at least
    ("Update", "Tracking number: ABCD123456", (), "ABCD123456"),
    ("Update", "Tracking number: ABCDE12345", (), None),
])
def test_the_facts_of_a_message(vocabulary: MailVocabulary, subject: str, text: str,
                                numbers: tuple[str, ...], tracking: str | None) -> None:
    facts = vocabulary.facts(subject, text)
    assert (facts.numbers, facts.tracking) == (numbers, tracking)


def test_the_most_specific_event_is_the_policys_order_not_the_alphabets(
        vocabulary: MailVocabulary) -> None:
    assert vocabulary.event("Refund for your delivered order", "") == "refund"


@pytest.mark.parametrize(("text", "shape"), [
    ("AliExpress", "allexpress"),
    ("аliexpress.com", "allexpresscom"),  # a Cyrillic а; the dot goes
    ("aliexpress.corn", "allexpresscom"),  # r n looks like m
    ("vvalmart", "walmart"),  # v v looks like w
    ("Ali Express!", "allexpressl"),
])
def test_the_skeleton_of_a_name_folds_look_alike_letters(text: str, shape: str) -> None:
    assert skeleton(text) == shape


def test_a_domain_that_only_ends_like_a_sending_domain_is_none(rules: MailRules) -> None:
    assert not rules.is_sending_domain("notice.aliexpress.comX")


DIGITS_WRONG = ("bad.toml: mail.order_number_digits: expected [fewest, most] digits, between 6 "
                "and 40")


@pytest.mark.parametrize(("digits", "error"), [
    ([6, 6], None), ([6, 40], None), ([40, 40], None), ([12, 20], None),
    ([5, 40], DIGITS_WRONG), ([6, 41], DIGITS_WRONG), ([7, 6], DIGITS_WRONG),
    ([6], DIGITS_WRONG), ([6, 20, 40], DIGITS_WRONG), ("6-40", DIGITS_WRONG),
    ([6, True], DIGITS_WRONG), ([6.0, 40], DIGITS_WRONG),
    (None, "bad.toml: mail.order_number_digits: missing"),
])
def test_how_many_digits_an_order_number_has_is_checked_at_its_edges(
        digits: object, error: str | None) -> None:
    data = _policy_data()
    if digits is None:
        del data["mail"]["order_number_digits"]
    else:
        data["mail"]["order_number_digits"] = digits
    if error is None:
        mail = parse_policy(data, Path("bad.toml")).mail
        assert mail is not None and list(mail.order_digits) == digits
        return
    with pytest.raises(PolicyError) as caught:
        parse_policy(data, Path("bad.toml"))
    assert str(caught.value) == error


def test_a_sending_domain_is_read_without_its_closing_dot_and_case() -> None:
    data = _policy_data()
    data["mail"]["sending_domains"] = [" Notice.AliExpress.com. "]
    mail = parse_policy(data, Path("mine.toml")).mail
    assert mail is not None and mail.sending_domains == ("notice.aliexpress.com",)
    assert mail.source == data["mail"]["source"]


@pytest.mark.parametrize(("change", "error"), [
    (lambda m: m.update(sending_domains=["not a domain"]),
     "mail.sending_domains: 'not a domain' is not a domain name"),
    (lambda m: m["events"].update(lost={}),
     "mail.events.lost: unknown event; expected one of "),
])
def test_a_broken_mail_section_says_what_is_wrong(change, error: str) -> None:  # type: ignore[no-untyped-def]
    data = _policy_data()
    change(data["mail"])
    with pytest.raises(PolicyError) as caught:
        parse_policy(data, Path("bad.toml"))
    assert str(caught.value).startswith(f"bad.toml: {error}")


def test_the_mail_section_is_read_as_written() -> None:
    data = _policy_data()
    data["mail"]["max_message_bytes"] = 10_000  # the least a policy may allow
    mail = parse_policy(data, Path("mine.toml")).mail
    assert mail is not None
    written = data["mail"]
    assert mail.source == written["source"]
    assert mail.reply_prefixes == tuple(written["reply_prefixes"])
    assert mail.is_reply_subject("Fwd: your order") and not mail.is_reply_subject("Your order")
    assert mail.order_digits == tuple(written["order_number_digits"])
    assert mail.max_message_bytes == 10_000
    assert {lang: list(words) for lang, words in mail.order_labels.items()} == written[
        "order_labels"]
    assert {lang: list(words) for lang, words in mail.tracking_labels.items()} == written[
        "tracking_labels"]
    # every event, in the policy's order (its priority), with the date it fills
    assert list(mail.events) == list(written["events"])
    for event_id, rule in mail.events.items():
        assert rule.id == event_id
        assert rule.fills == written["events"][event_id].get("fills")
        assert {lang: list(p) for lang, p in rule.phrases.items()} == {
            lang: p for lang, p in written["events"][event_id].items() if lang != "fills"}


@pytest.mark.parametrize(("change", "error"), [
    (lambda m: m.update(max_message_bytes=9_999),
     "mail.max_message_bytes: expected at least 10000, got 9999"),
    (lambda m: m["events"]["shipped"].pop("fills"), None),
    (lambda m: m["events"].pop("refund"),
     "mail.events.refund: missing (the app reads this event)"),
    (lambda m: m["order_labels"].pop("pl"),
     "mail.order_labels.pl: missing: every mail word list covers en, ru, es, pt, fr, de, pl"),
    (lambda m: m["events"].update(lost={}),
     "mail.events.lost: unknown event; expected one of placed, paid, shipped, delivered, "
     "confirmed, auto_confirm_reminder, dispute_opened, dispute_closed, refund"),
    (lambda m: m.update(sending_domains=["aliexpress.com", "no_domain"]),
     "mail.sending_domains: 'no_domain' is not a domain name"),
])
def test_a_mail_section_at_its_limits_says_exactly_what_is_wrong(change, error: str | None
                                                                 ) -> None:  # type: ignore[no-untyped-def]
    data = _policy_data()
    change(data["mail"])
    if error is None:
        mail = parse_policy(data, Path("bad.toml")).mail
        assert mail is not None and mail.events["shipped"].fills is None
        return
    with pytest.raises(PolicyError) as caught:
        parse_policy(data, Path("bad.toml"))
    assert str(caught.value) == f"bad.toml: {error}"


@pytest.mark.parametrize("text", [
    "Tracking number: 123456789012345",
    "Your package was delivered 8180000000000101",
    "Refund 8180000000000101 processed",
])
def test_a_number_after_a_label_that_is_no_order_label_is_no_order(
        vocabulary: MailVocabulary, text: str) -> None:
    assert vocabulary.order_numbers(text) == ()
