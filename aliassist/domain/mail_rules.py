"""The policy's [mail] section: which senders are the platform's own, and the words of the
events its e-mails announce (DOMAIN.md section 7). Parsed here so policy.py stays small."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from types import MappingProxyType

from aliassist.domain.policy_table import Source, _Table

#: languages every [mail] word list covers
MAIL_LANGUAGES = ("en", "ru", "es", "pt", "fr", "de", "pl")
#: the order dates an event may fill
FILLABLE = ("placed_at", "shipped_at", "delivered_at", "confirmed_at")
#: events the app knows; a policy may list them in any order (the order is their priority)
EVENTS = ("placed", "paid", "shipped", "delivered", "confirmed", "auto_confirm_reminder",
          "dispute_opened", "dispute_closed", "refund")


@dataclass(frozen=True, slots=True)
class MailEventRule:
    id: str
    #: the order date this event gives (one of FILLABLE), or None
    fills: str | None
    phrases: Mapping[str, tuple[str, ...]]


@dataclass(frozen=True)
class MailRules:
    sending_domains: tuple[str, ...]
    reply_prefixes: tuple[str, ...]
    order_digits: tuple[int, int]
    max_message_bytes: int
    order_labels: Mapping[str, tuple[str, ...]]
    tracking_labels: Mapping[str, tuple[str, ...]]
    #: by id, in priority order (most specific first)
    events: Mapping[str, MailEventRule]
    source: str

    def is_sending_domain(self, domain: str) -> bool:
        """True for a sending domain or one of its subdomains: the exact domain, never a name
        that merely contains it ("aliexpress.com.evil.net", "evil-aliexpress.com")."""
        domain = domain.strip().rstrip(".").lower()
        return any(domain == d or domain.endswith("." + d) for d in self.sending_domains)

    @cached_property
    def brand_skeletons(self) -> tuple[str, ...]:
        """The brand words of the sending domains ("aliexpress"), as look-alike skeletons."""
        return tuple(sorted({skeleton(d.split(".")[0]) for d in self.sending_domains}))

    def looks_like_brand(self, text: str) -> bool:
        """`text` spells a sending domain's brand, maybe with look-alike letters."""
        shape = skeleton(text)
        return any(brand in shape for brand in self.brand_skeletons)

    def is_reply_subject(self, subject: str) -> bool:
        return bool(self._reply_pattern.match(subject))

    @cached_property
    def _reply_pattern(self) -> re.Pattern[str]:
        words = "|".join(re.escape(p) for p in sorted(self.reply_prefixes, key=len,
                                                        reverse=True))
        return re.compile(rf"^\s*(?:\[[^\]]{{0,40}}\]\s*)?(?:{words})\s*(?:\[\d+\]|\(\d+\))?\s*"
                          r"[:：]", re.IGNORECASE)


#: letters that look alike in a sender's name or domain, folded to one shape
_CONFUSABLE = str.maketrans({
    "0": "o", "1": "l", "i": "l", "|": "l", "!": "l", "ı": "l", "і": "l", "ӏ": "l", "ł": "l",
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "ѕ": "s", "у": "y", "к": "k",
    "ԁ": "d", "ո": "n", "$": "s", "5": "s", "3": "e", "@": "a",
})


def skeleton(text: str) -> str:
    """A shape of `text` in which look-alike letters are the same ("aIiexpress" and
    "аliexpress" with a Cyrillic а both give "allexpress"); only letters and digits kept."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    folded = folded.translate(_CONFUSABLE).replace("rn", "m").replace("vv", "w")
    return "".join(ch for ch in folded if ch.isalnum())


def parse_mail_rules(table: _Table, sources: Mapping[str, Source]) -> MailRules:
    table.only("source", "sending_domains", "reply_prefixes", "order_number_digits",
               "max_message_bytes", "order_labels", "tracking_labels", "events")
    source = table.source(sources)
    domains = tuple(d.strip().lower().rstrip(".") for d in table.strs("sending_domains"))
    for domain in domains:
        if not re.fullmatch(r"[a-z0-9-]+(\.[a-z0-9-]+)+", domain):
            table.fail("sending_domains", f"{domain!r} is not a domain name")
    digits = table._get("order_number_digits", True)
    if (not isinstance(digits, list) or len(digits) != 2
            or not all(isinstance(n, int) and not isinstance(n, bool) for n in digits)
            or not 6 <= digits[0] <= digits[1] <= 40):
        table.fail("order_number_digits", "expected [fewest, most] digits, between 6 and 40")
    events_table = table.table("events")
    assert events_table is not None
    events: dict[str, MailEventRule] = {}
    for event_id in events_table.data:
        if event_id not in EVENTS:
            events_table.fail(event_id, f"unknown event; expected one of {', '.join(EVENTS)}")
        t = events_table.table(event_id)
        assert t is not None
        fills = t.str("fills", required=False, choices=FILLABLE)
        events[event_id] = MailEventRule(event_id, fills, _phrases(t, skip=("fills",)))
    for event_id in EVENTS:
        if event_id not in events:
            events_table.fail(event_id, "missing (the app reads this event)")
    order_labels, tracking_labels = table.table("order_labels"), table.table("tracking_labels")
    assert order_labels is not None and tracking_labels is not None
    return MailRules(
        sending_domains=domains,
        reply_prefixes=table.strs("reply_prefixes"),
        order_digits=(digits[0], digits[1]),
        max_message_bytes=table.int("max_message_bytes", minimum=10_000),
        order_labels=_phrases(order_labels),
        tracking_labels=_phrases(tracking_labels),
        events=MappingProxyType(events),
        source=source,
    )


def _phrases(t: _Table, skip: tuple[str, ...] = ()) -> Mapping[str, tuple[str, ...]]:
    langs = {lang: t.strs(lang) for lang in t.data if lang not in skip}
    for lang in MAIL_LANGUAGES:
        if lang not in langs:
            t.fail(lang, f"missing: every mail word list covers {', '.join(MAIL_LANGUAGES)}")
    return MappingProxyType(langs)
