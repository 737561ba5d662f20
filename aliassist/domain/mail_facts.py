"""What one of the platform's e-mails says: the order numbers it names, the event it announces
and a tracking number, from its subject and text (the words are the policy's, in en, ru, es,
pt, fr, de and pl). Pure: the text is handed in."""

from __future__ import annotations

import re
from dataclasses import dataclass

from aliassist.domain.mail_rules import MailRules
from aliassist.domain.textmatch import KeywordMatcher

_ORDER_LABEL = "_order_label"
_TRACKING_LABEL = "_tracking_label"
#: a link's text is no order number (product pages carry 16-digit ids)
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
#: how far after an order label its number may stand, and how close the next of a list
_LABEL_REACH = 80
_LIST_REACH = 40
_TRACKING_REACH = 60
#: the most words between an order label and its number ("number", "ID", "Nr.", "de pedido")
_LABEL_WORDS = 3
_WORDS = re.compile(r"\w+")
#: a tracking number: a UPU S10 code (RB123456789CN) or a run of capitals and digits
_TRACKING = re.compile(r"\b([A-Z]{2}\d{9}[A-Z]{2}|[A-Z0-9]{8,34})\b")


@dataclass(frozen=True, slots=True)
class MailFacts:
    numbers: tuple[str, ...]
    #: an event id of the policy, or None when the message names none
    event: str | None
    tracking: str | None


class MailVocabulary:
    """The policy's mail words compiled once, applied to many messages."""

    def __init__(self, rules: MailRules):
        self.rules = rules
        lists = {event_id: rule.phrases for event_id, rule in rules.events.items()}
        lists[_ORDER_LABEL] = rules.order_labels
        lists[_TRACKING_LABEL] = rules.tracking_labels
        self.matcher = KeywordMatcher(lists)
        self.priority = {event_id: n for n, event_id in enumerate(rules.events)}
        low, high = rules.order_digits
        self.number = re.compile(rf"(?<![\w.,/-])(\d{{{low},{high}}})(?!\w|[.,]\d)")

    def facts(self, subject: str, text: str) -> MailFacts:
        """The facts of a message with this subject and text (HTML already made text)."""
        body = _URL.sub(" ", text)
        tracking = self.tracking(subject + "\n" + body)
        numbers = self.order_numbers(subject, tracking)
        numbers += tuple(n for n in self.order_numbers(body, tracking) if n not in numbers)
        return MailFacts(numbers, self.event(subject, body), tracking)

    def event(self, subject: str, text: str) -> str | None:
        """The event the subject names (the most specific if several), else the one the text
        names first."""
        events = list(self.rules.events)
        in_subject = self.matcher.find(subject, events)
        if in_subject:
            return min((h.list_id for h in in_subject), key=self.priority.__getitem__)
        in_text = self.matcher.find(text, events)
        if in_text:
            first = min(in_text, key=lambda h: (h.start, self.priority[h.list_id]))
            return first.list_id
        return None

    def order_numbers(self, text: str, tracking: str | None = None) -> tuple[str, ...]:
        """Numbers named as orders: a few words after an order label ("Order number: N",
        "Заказ № N", "Bestellung Nr. N"), or next in a list that starts so ("N1, N2 and N3")."""
        label_ends = [h.end for h in self.matcher.find(text, [_ORDER_LABEL])]
        found: list[str] = []
        last_end: int | None = None
        for match in self.number.finditer(text):
            start, number = match.start(), match.group(1)
            after_label = any(0 <= start - end <= _LABEL_REACH
                              and len(_WORDS.findall(text, end, start)) <= _LABEL_WORDS
                              for end in label_ends)
            in_list = last_end is not None and start - last_end <= _LIST_REACH and all(
                len(w) <= 4 for w in _WORDS.findall(text, last_end, start)) and len(
                _WORDS.findall(text, last_end, start)) <= 1
            if (after_label or in_list) and number != tracking:
                if number not in found:
                    found.append(number)
                last_end = match.end()
        return tuple(found)

    def tracking(self, text: str) -> str | None:
        """The first tracking number named after a tracking label."""
        for hit in self.matcher.find(text, [_TRACKING_LABEL]):
            window = text[hit.end:hit.end + _TRACKING_REACH]
            for match in _TRACKING.finditer(window):
                code = match.group(1)
                if sum(ch.isdigit() for ch in code) >= 6:
                    return code
        return None

