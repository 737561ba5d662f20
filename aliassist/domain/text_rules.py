"""The text rules: how the concepts of a buyer's text combine into an abuse the platform punishes.

The vocabulary of each concept (a negative rating, a condition, a demand, a messaging app...) is
data in the policy, per language (`[keywords.<concept>]`); this module says how they combine,
one small function per rule, each stating its rule in its docstring. Before combining, a concept
found inside quotation marks is dropped (quoting the listing or the seller is not the buyer's
demand), and so is one that a nearby denial negates ("I will not leave a bad review").

Each rule returns groups of hits: one group per occurrence, its hits being the words that made
it (what the app underlines and the JSON gives as spans). Pure: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from aliassist.domain.text_concepts import CONCEPTS as CONCEPTS
from aliassist.domain.textmatch import Hit, KeywordMatcher, Token, is_masked, tokenize

#: How far a denial reaches, in words before and after what it denies (within one clause).
NEGATION_BEFORE = 5
NEGATION_AFTER = 3
#: Concepts a denial can negate.
NEGATABLE = ("negative_rating", "positive_rating", "review_edit", "revenge", "deal", "extra",
             "ask", "demand", "on_platform", "grievance", "buy_again")
#: Opening quotation marks and the marks that may close them (German „…“, Polish „…”);
#: straight double quotes pair up in order.
_QUOTES = {"“": "”", "«": "»", "„": "“”", "‹": "›", "「": "」", '"': '"', "”": "”"}
_CLAUSE_PUNCT = re.compile(r"[,:;()\[\]—–]|\s-\s")

Group = tuple[Hit, ...]

_TLDS = ("com|net|org|info|biz|io|co|me|ly|link|shop|store|site|online|xyz|top|app|ru|su|ua|"
         "by|kz|es|pt|br|fr|de|it|uk|us|cn|cc|tk|gl|gd|to|tv|ws|pw|ml|ga|cf|be|pl|page|gg")
_LINK = re.compile(
    r"(?i)(?:\bhttps?://[^\s<>\"']+|\bwww\.[^\s<>\"']+"
    r"|(?<![@\w.])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:" + _TLDS + r")\b(?:/[^\s<>\"']*)?)")


#: A sum of money ("$10", "15 Euro", "15 zł", "500 руб"): moving one is a deal, as "pay" is
#: (so "send me $10 on PayPal" is a deal outside the platform).
_AMOUNT = re.compile(
    r"(?:[$€£₽¥]|\bR\$|\bUS\$)\s?\d+(?:[.,]\d+)?"
    r"|\b\d+(?:[.,]\d+)?\s?(?:[$€£₽¥]|(?:usd|eur|euros?|dollars?|bucks|zł|zl|złotych|pln|rub|"
    r"руб\w*|рубл\w*|reais|gbp|pounds?)(?!\w))", re.IGNORECASE)


def _span_hit(concept: str, phrase: str, m: re.Match[str], tokens: list[Token]) -> Hit | None:
    """The hit of `concept` (as `phrase`) over the words a regular-expression match covers."""
    inside = [n for n, t in enumerate(tokens) if t.start < m.end() and t.end > m.start()]
    if not inside:
        return None
    return Hit(concept, phrase, "*", m.start(), m.end(), m.group(), inside[0], inside[-1],
               tokens[inside[0]].sentence)


def _amount_hits(text: str, tokens: list[Token]) -> list[Hit]:
    """Each sum of money in the text, as a hit of the "deal" concept."""
    found = (_span_hit("deal", "<amount>", m, tokens) for m in _AMOUNT.finditer(text))
    return [hit for hit in found if hit is not None]


#: An e-mail address: a way to talk outside the platform, as a messaging app is.
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@((?:[a-z0-9-]+\.)+[a-z]{2,})\b", re.IGNORECASE)


def _email_hits(text: str, tokens: list[Token], platform_hosts: Sequence[str]) -> list[Hit]:
    """Each e-mail address not at the platform's own domains, as a hit of "channel"."""
    hits = []
    for m in _EMAIL.finditer(text):
        host = m.group(1).lower()
        if any(host == h or host.endswith("." + h) for h in platform_hosts):
            continue
        hit = _span_hit("channel", "<email>", m, tokens)
        if hit is not None:
            hits.append(hit)
    return hits


@dataclass
class Reading:
    """A text with every concept found in it, and what quotes and denials rule out."""

    text: str
    tokens: list[Token]
    hits: dict[str, list[Hit]] = field(default_factory=dict)

    @classmethod
    def of(cls, matcher: KeywordMatcher, text: str,
           platform_hosts: Sequence[str] = ()) -> Reading:
        tokens = tokenize(text)
        reading = cls(text, tokens)
        for hit in (*matcher.find(text, CONCEPTS, tokens), *_amount_hits(text, tokens),
                    *_email_hits(text, tokens, platform_hosts)):
            reading.hits.setdefault(hit.list_id, []).append(hit)
        return reading

    def all(self, concept: str) -> list[Hit]:
        return self.hits.get(concept, [])

    @cached_property
    def _quoted(self) -> list[tuple[int, int]]:
        """The character ranges inside quotation marks."""
        spans, i, text = [], 0, self.text
        while i < len(text):
            closers = _QUOTES.get(text[i])
            if closers is not None:
                end = min((e for e in (text.find(c, i + 1) for c in closers) if e > i),
                          default=-1)
                if end > i and "\n" not in text[i:end]:
                    spans.append((i, end))
                    i = end + 1
                    continue
            i += 1
        return spans

    def quoted(self, hit: Hit) -> bool:
        return any(a < hit.start and hit.end <= b for a, b in self._quoted)

    def _clause_break_between(self, a: int, b: int) -> bool:
        """Whether a clause ends between token a and token b (a < b): a comma, colon, dash or
        bracket, a word that starts a clause ("but", "so", "that") or a condition."""
        if _CLAUSE_PUNCT.search(self.text[self.tokens[a].end:self.tokens[b].start]):
            return True
        return any(a < h.first <= b for c in ("clause_break", "condition") for h in self.all(c))

    def is_question(self, sentence: int) -> bool:
        """Whether the sentence ends with a question mark."""
        last = max((n for n, t in enumerate(self.tokens) if t.sentence == sentence), default=None)
        if last is None:
            return False
        rest = self.text[self.tokens[last].end:]
        nxt = next((t.start for t in self.tokens[last + 1:]), len(self.text))
        return "?" in self.text[self.tokens[last].end:nxt] or rest.lstrip().startswith("?")

    def _covered(self, index: int, concepts: Iterable[str]) -> bool:
        return any(h.first <= index <= h.last for c in concepts for h in self.all(c))

    def negated(self, hit: Hit) -> bool:
        """A denial (not, never, не, no, ne ... pas) in the same clause, up to
        NEGATION_BEFORE words before or NEGATION_AFTER after the hit; the "not" of a condition
        ("if you don't"), of a reluctant wish ("I would not like to ...") or a "no" that is no
        denial (the Portuguese "no meu") denies nothing."""
        for neg in self.all("negation"):
            if neg.sentence != hit.sentence or self._covered(
                    neg.first, ("condition", "reluctance", "not_negation")):
                continue
            before = hit.first - NEGATION_BEFORE <= neg.first < hit.first
            after = hit.last < neg.first <= hit.last + NEGATION_AFTER
            if before and not self._clause_break_between(neg.first, hit.first):
                return True
            if after and not self._clause_break_between(hit.last, neg.first):
                return True
        return False

    def reported(self, hit: Hit) -> bool:
        """Whether the hit is part of what someone else proposed, as the buyer reports it
        ("the seller offered a refund if I delete my review"): after such words, in the same
        clause."""
        conditions = {h.first for c in ("condition", "exchange") for h in self.all(c)}

        def reaches(start: int) -> bool:
            """No clause ends between `start` and the hit, but for a condition's comma (the
            Russian "предложил вернуть деньги, если я удалю отзыв")."""
            for k in range(start + 1, hit.first + 1):
                gap = self.text[self.tokens[k - 1].end:self.tokens[k].start]
                if _CLAUSE_PUNCT.search(gap) and k not in conditions:
                    return False
            return True

        return any(o.sentence == hit.sentence and o.last < hit.first and reaches(o.last)
                   for o in self.all("reported_offer"))

    def live(self, concept: str) -> list[Hit]:
        """The hits of `concept` the buyer means: not quoted, not denied."""
        negatable = concept in NEGATABLE
        return [h for h in self.all(concept)
                if not self.quoted(h) and not (negatable and self.negated(h))]


def _near(hit: Hit, others: Iterable[Hit], sentences: int = 1) -> list[Hit]:
    """The other hits within `sentences` sentences of `hit` (0: the same sentence), not
    overlapping it, nearest first."""
    found = [o for o in others if abs(o.sentence - hit.sentence) <= sentences
             and (o.last < hit.first or o.first > hit.last)]
    return sorted(found, key=lambda o: min(abs(o.first - hit.last), abs(hit.first - o.last)))


def _inside(hit: Hit, others: Iterable[Hit]) -> bool:
    return any(o.first <= hit.first and hit.last <= o.last for o in others)


def _overlaps(hit: Hit, others: Iterable[Hit]) -> bool:
    return any(o.first <= hit.last and hit.first <= o.last for o in others)


# ---------------------------------------------------------------------------------------------
# The rules


def review_threat(r: Reading) -> list[Group]:
    """A negative review or rating ("1 star", "⭐", "bad feedback") together with a condition
    or a demand ("if you don't", "unless", "or", "until", "refund me"), in either order, in the
    same sentence or the next or previous one, however many words lie between. Not when it is
    the review being changed (that is a fake review's shape), and a review already given ("I
    left a bad review") counts only with a condition, not with a plain request."""
    conditions, demands = r.live("condition"), r.live("demand")
    edits, past = r.all("review_edit"), r.all("past_review")
    groups: list[Group] = []
    for neg in r.live("negative_rating"):
        if _inside(neg, edits):
            continue
        reported = any(p.sentence == neg.sentence and 0 < neg.first - p.last <= 4 for p in past)
        links = _near(neg, conditions) or ([] if reported else _near(neg, demands))
        if links:
            groups.append((neg, links[0]))
    return groups


def fake_review(r: Reading) -> list[Group]:
    """A review or rating offered (a good one, or a review changed or removed) together with
    something to gain (money back, a coupon, a gift, a free item) and a word that ties them
    ("if", "for", "in exchange", "once", "and I will", or a demand), in the same sentence or the
    next or previous one. Not what would have been ("I would have given 5 stars if ...")."""
    gains = r.live("benefit")
    ties = r.live("exchange") + r.live("condition") + r.live("demand")
    counterfactual = r.all("counterfactual")
    groups: list[Group] = []
    for offer in r.live("positive_rating") + r.live("review_edit"):
        if any(c.sentence == offer.sentence and c.first < offer.first for c in counterfactual):
            continue
        if r.reported(offer):
            continue
        gain = _near(offer, gains)
        tie = _near(offer, ties)
        if gain and tie:
            groups.append((offer, gain[0]))
    return groups


def extortion_for_extras(r: Reading) -> list[Group]:
    """Something beyond the listing (an item for free, a gift, a coupon or discount on later
    orders, compensation for time or trouble, more than was paid) asked for in the same
    sentence ("I want", "send", "plus", "as well"), or in its own words ("send me a coupon").
    Free shipping and the like are part of the
    listing, not extras."""
    asks = r.live("ask") + r.live("demand")
    listed = r.all("not_extra")
    groups: list[Group] = []
    for extra in r.live("extra"):
        if _overlaps(extra, listed):
            continue
        if any(_inside(a, [extra]) for a in asks):
            groups.append((extra,))
            continue
        ask = _near(extra, asks, sentences=0)
        if ask:
            groups.append((extra, ask[0]))
    return groups


def retaliation(r: Reading) -> list[Group]:
    """Words of revenge on the seller ("revenge", "teach them a lesson", "out of spite"), not
    denied ("not out of revenge") and not quoted; or a grievance (a dispute, a report, marking
    as fake) aimed at the seller's whole catalogue ("report all your products"), or planned
    with buying more first ("I will order again and report every item as fake"), in the same
    sentence and, for buying first, the same stretch of it (no comma or dash between)."""
    groups: list[Group] = [(h,) for h in r.live("revenge")]
    said = {h.first for g in groups for h in g}
    purchases = r.live("buy_again")
    for grievance in r.live("grievance"):
        if grievance.first in said:
            continue
        aimed = _near(grievance, r.live("catalogue"), sentences=0)
        planned = [b for b in purchases if b.sentence == grievance.sentence
                   and b.last < grievance.first and not _CLAUSE_PUNCT.search(
                       r.text[r.tokens[b.last].end:r.tokens[grievance.first].start])]
        link = aimed[:1] or planned[-1:]
        if not link:
            continue
        same = next((n for n, g in enumerate(groups) if g[0] == link[0]), None)
        if same is None:
            groups.append((link[0], grievance))
        else:  # "order again and report every item as fake": one occurrence, its words
            groups[same] = (*groups[same], grievance)
    return sorted(groups, key=lambda g: min(h.start for h in g))


def abusive_language(r: Reading) -> list[Group]:
    """Insults, profanity (also masked: "f***ing") and threats of harm, not quoted."""
    groups: list[Group] = [(h,) for h in r.live("insult")]
    taken = {h.first for g in groups for h in g}
    for n, token in enumerate(r.tokens):
        if n not in taken and is_masked(token.word):
            hit = Hit("insult", token.word, "", token.start, token.end,
                      r.text[token.start:token.end], n, n, token.sentence)
            if not r.quoted(hit):
                groups.append((hit,))
    return sorted(groups, key=lambda g: g[0].start)


def off_platform_deal(r: Reading) -> list[Group]:
    """A deal (paying, refunding, buying, talking) together with a way outside the platform (a
    messaging app, a bank card, a payment service) or the word for it ("directly", "outside
    the platform"), in the same sentence, or in the next one when the way is asked about ("Do
    you have Venmo? I can pay you there"); a way named with "directly" or "outside the
    platform" is a deal by itself ("a bank transfer, outside the platform"). Not a product
    feature that only names an app (no deal), and not a sentence that says the payment went
    through the platform's own checkout."""
    ways = r.live("channel") + r.live("outside")
    outside = r.all("outside")
    on_platform = [h for h in r.live("on_platform") if not _overlaps(h, outside)]
    groups: list[Group] = []
    for way in ways:
        if any(p.sentence == way.sentence for p in on_platform) or r.reported(way):
            continue
        deals = r.live("deal") + [o for o in r.live("outside") if way.list_id == "channel"]
        deal = _near(way, deals, sentences=0) or [
            d for d in deals if d.sentence == way.sentence + 1 and r.is_question(way.sentence)]
        if deal:
            groups.append((way, deal[0]))
    return groups


def external_links(text: str, platform_hosts: Sequence[str]) -> list[tuple[int, int]]:
    """Links to sites other than the platform's: where each is in the text."""
    spans = []
    for m in _LINK.finditer(text):
        found = m.group().rstrip(".,;:!?)]}'\"»")
        host = re.sub(r"(?i)^https?://", "", found).split("/")[0].split(":")[0].lower()
        if any(host == h or host.endswith("." + h) for h in platform_hosts):
            continue
        spans.append((m.start(), m.start() + len(found)))
    return spans


#: The rules that read concepts, by the rule id they raise in a message (or review) and in a
#: dispute description. A review threat in a dispute description is blackmail: `extortion`.
MESSAGE_RULES: dict[str, Callable[[Reading], list[Group]]] = {
    "review_threat": review_threat,
    "fake_review": fake_review,
    "off_platform_deal": off_platform_deal,
    "abusive_language": abusive_language,
}
DISPUTE_RULES: dict[str, tuple[Callable[[Reading], list[Group]], ...]] = {
    "extortion": (review_threat, extortion_for_extras),
    "fake_review": (fake_review,),
    "off_platform_deal": (off_platform_deal,),
    "abusive_language": (abusive_language,),
    "retaliation": (retaliation,),
}


@dataclass(frozen=True, slots=True)
class TextRuleHit:
    """A rule raised by a text: the words that made it, each occurrence a group of spans."""

    rule: str
    spans: tuple[tuple[int, int], ...]
    #: the words of each occurrence, as written ("1-star review … if you do not")
    phrases: tuple[str, ...]


def read_rules(matcher: KeywordMatcher, text: str, scope: str,
               platform_hosts: Sequence[str] = ()) -> list[TextRuleHit]:
    """The text rules `text` raises, in the order of their first words. `scope` is "message"
    (a message to the seller, or a review) or "dispute" (a dispute description)."""
    reading = Reading.of(matcher, text, platform_hosts)
    table = ({k: (v,) for k, v in MESSAGE_RULES.items()} if scope == "message"
             else DISPUTE_RULES)
    out = []
    for rule_id, rules in table.items():
        groups = [g for rule in rules for g in rule(reading)]
        if groups:
            out.append(_rule_hit(text, rule_id, groups))
    links = external_links(text, platform_hosts)
    if links:
        out.append(TextRuleHit("external_link", tuple(links),
                               tuple(dict.fromkeys(text[a:b] for a, b in links))))
    return sorted(out, key=lambda h: h.spans[0])


def _rule_hit(text: str, rule_id: str, groups: list[Group]) -> TextRuleHit:
    spans = sorted({(h.start, h.end) for g in groups for h in g})
    phrases = []
    for group in sorted(groups, key=lambda g: min(h.start for h in g)):
        parts = [text[h.start:h.end] for h in sorted(group, key=lambda h: h.start)]
        phrase = " … ".join(dict.fromkeys(parts))
        if phrase not in phrases:
            phrases.append(phrase)
    return TextRuleHit(rule_id, tuple(_merged(spans)), tuple(phrases))


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out
