"""What the text rules know, by name: the concepts they combine and the languages they stem.

A policy's `[keywords]` are checked against these at every load (domain/policy.py), which
needs the names only: the rules (text_rules.py) and the matcher with its stemmers
(textmatch.py) load when a text is checked.
"""

from __future__ import annotations

from collections.abc import Mapping

#: The concepts the text rules use; a policy must give each of them (in every language).
CONCEPTS = (
    "negative_rating", "positive_rating", "review_edit", "past_review", "condition", "demand",
    "benefit", "exchange", "negation", "not_negation", "reluctance", "counterfactual",
    "clause_break", "extra", "not_extra", "ask", "revenge", "insult", "channel", "deal",
    "outside", "on_platform", "grievance", "catalogue", "buy_again", "reported_offer",
)

#: Language code -> Snowball algorithm. A policy phrase list in another language is refused.
STEMMERS: Mapping[str, str] = {
    "en": "english", "ru": "russian", "es": "spanish", "pt": "portuguese", "fr": "french",
    "de": "german", "pl": "polish", "it": "italian", "nl": "dutch", "uk": "russian",
}
