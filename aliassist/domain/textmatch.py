"""Find the policy's keyword phrases in what a buyer writes, in en, ru, es, pt and fr.

Matching survives case, accents, punctuation and common inflections:

- text and keywords are normalised the same way: case-folded, accents and other combining marks
  removed (so "reseña" = "resena", "ё" = "е"), punctuation ignored; English contractions after
  an apostrophe are spelled out ("I'll" = "I will", "don't" = "do not");
- a keyword word matches the words that share its stem: the longest common ending of the
  keyword's language is cut from both (at least a few letters must stay), so "review" matches
  "reviews" and "reviewed", "отзыв" matches "отзывы", "reseña" matches "reseñas";
- a trailing `*` matches any ending ("punish*" matches "punishment"); a leading `=` matches the
  word exactly, for short words whose stem is another word's ("=мести" is not "места");
- a lone `*` between words stands for up to `MAX_GAP` words ("teach * a lesson");
- a phrase matches its words in order within one sentence.

A keyword in one language is matched with that language's endings; the text's language does
not need to be known. Pure: no I/O.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache

#: the most words a `*` between two keyword words stands for
MAX_GAP = 4

#: Inflection endings per language (written plainly; normalised like the text on use), and the
#: fewest letters a stem must keep: cutting "-s" from "is" or "-ть" from "мать" is not a stem.
ENDINGS: Mapping[str, tuple[str, ...]] = {
    "en": ("ings", "ing", "ers", "er", "ed", "es", "ly", "s", "e"),
    "es": ("amente", "mente", "aciones", "acion", "adoras", "adores", "adora", "ador", "ando",
           "iendo", "aremos", "arian", "aria", "aran", "aras", "are", "ara", "ados", "adas",
           "ado", "ada", "idos", "idas", "ido", "ida", "ar", "er", "ir", "an", "en", "as", "es",
           "os", "a", "e", "o", "s"),
    "pt": ("amente", "mente", "acoes", "acao", "coes", "cao", "ando", "endo", "indo", "ados",
           "adas", "ado", "ada", "idos", "idas", "ido", "ida", "arei", "aria", "ar", "er", "ir",
           "am", "em", "as", "es", "os", "a", "e", "o", "s"),
    "fr": ("issements", "issement", "ements", "ement", "ations", "ation", "eraient", "erait",
           "erais", "erai", "eront", "erons", "erez", "era", "ees", "ee", "es", "er", "ez", "ent",
           "ons", "ais", "ait", "ai", "e", "s", "x"),
    "ru": ("иями", "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "ться", "тся", "лся",
           "лась", "лись", "ать", "ять", "ить", "еть", "уть", "ешь", "ете", "ишь", "ите", "ала",
           "ало", "али", "ила", "ило", "или", "ела", "ели", "ал", "ил", "ел", "ут", "ют", "ет",
           "ит", "ат", "ят", "ой", "ей", "ий", "ый", "ая", "яя", "ое", "ее", "ые", "ие", "ую",
           "юю", "ом", "ем", "ам", "ям", "ах", "ях", "ым", "им", "ых", "их", "ов", "ев", "ью",
           "а", "я", "о", "е", "ы", "и", "у", "ю", "ь", "й", "л"),
}
MIN_STEM: Mapping[str, int] = {"en": 3, "es": 4, "pt": 4, "fr": 4, "ru": 4}
DEFAULT_MIN_STEM = 4

_WORD = re.compile(r"\w+")
_APOSTROPHES = "'’ʼ`´"
#: sentence ends: . ! ? … ; followed by a space or the end, and line breaks
_SENTENCE_END = re.compile(r"[.!?…;]+(?=\s|$)|\n")
_CONTRACTIONS = {"ll": "will", "ve": "have", "re": "are", "m": "am", "d": "would"}
_NOT_STEMS = {"won": "will", "can": "can", "don": "do", "doesn": "does", "didn": "did",
              "isn": "is", "aren": "are", "wasn": "was", "weren": "were", "haven": "have",
              "hasn": "has", "shouldn": "should", "wouldn": "would", "couldn": "could"}


def normalise(text: str) -> str:
    """Case-folded, without accents or other combining marks ("Ёлка" -> "елка")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True, slots=True)
class Token:
    #: the normalised word
    word: str
    #: where it is in the original text
    start: int
    end: int
    sentence: int


def tokenize(text: str) -> list[Token]:
    """The words of `text`, normalised, with their places and sentence numbers."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    tokens: list[Token] = []
    sentence = 0
    for m in _WORD.finditer(text):
        while sentence < len(ends) and ends[sentence] <= m.start():
            sentence += 1
        word = normalise(m.group())
        after_apostrophe = m.start() > 0 and text[m.start() - 1] in _APOSTROPHES
        if after_apostrophe and tokens and tokens[-1].end == m.start() - 1:
            prev = tokens[-1]
            if word == "t" and prev.word in _NOT_STEMS:
                tokens[-1] = Token(_NOT_STEMS[prev.word], prev.start, prev.end, prev.sentence)
                word = "not"
            elif word in _CONTRACTIONS:
                word = _CONTRACTIONS[word]
        tokens.append(Token(word, m.start(), m.end(), sentence))
    return tokens


@lru_cache(maxsize=65536)
def stem(word: str, lang: str) -> str:
    """`word` (normalised) without its longest ending of `lang` that leaves a real stem."""
    minimum = MIN_STEM.get(lang, DEFAULT_MIN_STEM)
    for ending in _normalised_endings(lang):
        if word.endswith(ending) and len(word) - len(ending) >= minimum:
            return word[: -len(ending)]
    return word


@cache
def _normalised_endings(lang: str) -> tuple[str, ...]:
    return tuple(sorted({normalise(e) for e in ENDINGS.get(lang, ())}, key=len, reverse=True))


# ---------------------------------------------------------------------------------------------
# Patterns


@dataclass(frozen=True, slots=True)
class _Part:
    """One element of a pattern: a word by stem, a word by prefix, or a gap of words."""

    kind: str  # "stem" | "exact" | "prefix" | "gap"
    text: str = ""
    #: the stem of `text` in the pattern's language (kind "stem")
    stem: str = ""

    def matches(self, word: str, lang: str) -> bool:
        if self.kind == "prefix":
            return word.startswith(self.text)
        if self.kind == "exact":
            return word == self.text
        return word == self.text or stem(word, lang) == self.stem


@dataclass(frozen=True, slots=True)
class Pattern:
    """A keyword phrase compiled for matching."""

    #: the phrase as the policy writes it
    phrase: str
    lang: str
    parts: tuple[_Part, ...]

    @classmethod
    def compile(cls, phrase: str, lang: str) -> Pattern:
        parts: list[_Part] = []
        for raw in phrase.split():
            if raw == "*":
                if parts and parts[-1].kind != "gap":
                    parts.append(_Part("gap"))
                continue
            prefix = raw.endswith("*")
            exact = raw.startswith("=")
            words = [normalise(w) for w in _WORD.findall(raw)]
            for n, word in enumerate(words):
                last = n == len(words) - 1
                if prefix and last:
                    parts.append(_Part("prefix", word))
                elif exact:
                    parts.append(_Part("exact", word, word))
                else:
                    parts.append(_Part("stem", word, stem(word, lang)))
        while parts and parts[-1].kind == "gap":
            parts.pop()
        if not parts:
            raise ValueError(f"keyword {phrase!r} has no words")
        return cls(phrase, lang, tuple(parts))

    def match_at(self, tokens: list[Token], i: int) -> int | None:
        """The index of the last token of a match that starts at token i, or None."""
        return self._match_at(tokens, i, 0)

    def _match_at(self, tokens: list[Token], i: int, p: int) -> int | None:
        """Match parts[p:] starting with token i; the index of the last token matched."""
        part = self.parts[p]
        if part.kind == "gap":
            nxt = p + 1
            for skip in range(MAX_GAP + 1):
                j = i + skip
                if j >= len(tokens) or tokens[j].sentence != tokens[i].sentence:
                    return None
                end = self._match_at(tokens, j, nxt)
                if end is not None:
                    return end
            return None
        if i >= len(tokens) or not part.matches(tokens[i].word, self.lang):
            return None
        if p == len(self.parts) - 1:
            return i
        j = i + 1
        if j >= len(tokens) or tokens[j].sentence != tokens[i].sentence:
            return None
        return self._match_at(tokens, j, p + 1)


@dataclass(frozen=True, slots=True)
class Hit:
    """A keyword phrase found in a text."""

    #: the keyword list (a rule id or a list name of the policy)
    list_id: str
    #: the policy's phrase that matched, and its language
    phrase: str
    lang: str
    #: the matched words in the original text: text[start:end]
    start: int
    end: int
    found: str


class KeywordMatcher:
    """Keyword lists {list id: {language: phrases}} compiled once, applied to many texts.

    Patterns are indexed by their first word (its stem per language, the exact word, or the
    prefix's first letters), so each word of a text tries only the patterns that can start there.
    """

    def __init__(self, lists: Mapping[str, Mapping[str, Iterable[str]]]):
        self.patterns: dict[str, tuple[Pattern, ...]] = {}
        for list_id, langs in lists.items():
            compiled = []
            for lang, phrases in langs.items():
                for phrase in phrases:
                    try:
                        compiled.append(Pattern.compile(phrase, lang))
                    except ValueError as exc:
                        raise ValueError(f"keywords.{list_id}.{lang}: {exc}") from None
            self.patterns[list_id] = tuple(compiled)
        self._by_stem: dict[tuple[str, str], list[tuple[str, Pattern]]] = {}
        self._by_word: dict[str, list[tuple[str, Pattern]]] = {}
        self._by_prefix: dict[str, list[tuple[str, Pattern]]] = {}
        self._langs: set[str] = set()
        for list_id, patterns in self.patterns.items():
            for pattern in patterns:
                first = pattern.parts[0]
                entry = (list_id, pattern)
                if first.kind == "stem":
                    self._by_stem.setdefault((pattern.lang, first.stem), []).append(entry)
                    self._langs.add(pattern.lang)
                elif first.kind == "exact":
                    self._by_word.setdefault(first.text, []).append(entry)
                else:
                    self._by_prefix.setdefault(first.text[:2], []).append(entry)

    def _starting_at(self, word: str) -> list[tuple[str, Pattern]]:
        found = list(self._by_word.get(word, ()))
        for lang in self._langs:
            found += self._by_stem.get((lang, stem(word, lang)), ())
        for list_id, pattern in self._by_prefix.get(word[:2], ()):
            if word.startswith(pattern.parts[0].text):
                found.append((list_id, pattern))
        return found

    def find(self, text: str, list_ids: Iterable[str] | None = None,
             tokens: list[Token] | None = None) -> list[Hit]:
        """Every phrase of the given lists found in `text`, in text order; where phrases of
        one list overlap, the longest one is kept."""
        tokens = tokenize(text) if tokens is None else tokens
        wanted = set(self.patterns if list_ids is None else list_ids)
        hits: list[Hit] = []
        for i, token in enumerate(tokens):
            for list_id, pattern in self._starting_at(token.word):
                if list_id not in wanted:
                    continue
                last = pattern.match_at(tokens, i)
                if last is not None:
                    start, end = tokens[i].start, tokens[last].end
                    hits.append(Hit(list_id, pattern.phrase, pattern.lang, start, end,
                                    text[start:end]))
        return _without_overlaps(hits)


def _without_overlaps(hits: list[Hit]) -> list[Hit]:
    """Within one list, keep the longest of overlapping hits; order by place in the text."""
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[Hit] = []
    last_end: dict[str, int] = {}
    for hit in hits:
        if hit.start < last_end.get(hit.list_id, -1):
            continue
        kept.append(hit)
        last_end[hit.list_id] = hit.end
    return kept
