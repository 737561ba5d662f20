"""Find the policy's concept phrases in what a buyer writes, in any language the policy lists.

Matching survives case, accents, punctuation and inflections:

- text and phrases are normalised the same way: case-folded, accents and other combining marks
  removed (so "reseña" = "resena", "ё" = "е"; the Russian "й" stays itself), the Polish "ł"
  written "l" as buyers without a Polish keyboard do ("zł" = "zl"), punctuation
  ignored; English contractions after an apostrophe are spelled out ("I'll" = "I will",
  "don't" = "do not"); a run of star emoji or star signs is one word ("⭐⭐" = "★★");
- a phrase word matches the words that share its stem in the phrase's language: the Snowball
  stemmer of that language (`snowballstemmer`) gives the stem, of the word as written and of
  it without accents (buyers often leave them out), and the word itself counts as a stem too,
  so "review" = "reviews" = "reviewed", "отзыв" = "отзывы", "avaliação" = "avaliacoes";
- a trailing `*` matches any ending ("punish*" matches "punishment"); a leading `=` matches the
  word exactly, for short words whose stem is another word's ("=мести" is not "места");
- a lone `*` between words stands for up to `MAX_GAP` words ("teach * a lesson");
- a phrase matches its words in order within one sentence.

A phrase in one language is matched with that language's stemmer; the text's language does
not need to be known, so mixed-language texts work. A language is added as data: its phrases
in the policy, under a code `STEMMERS` knows (de and pl included). Pure: no I/O.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

import snowballstemmer

from aliassist.domain.text_concepts import STEMMERS

#: the most words a `*` between two phrase words stands for
MAX_GAP = 4


#: The fewest letters a stem must keep to count: a shorter one is another word's ("coño" would
#: stem to "con"); the word itself always counts.
MIN_STEM: Mapping[str, int] = {"ru": 4, "de": 4, "pl": 4}
DEFAULT_MIN_STEM = 3

_STARS = "⭐★🌟✩☆✰✪✭✮"
#: a word, a run of stars, or a word with letters masked by asterisks ("f***ing", "sh*t")
_WORD = re.compile(r"[^\W\d_]+\*+[^\W\d_]+|[^\W\d_]+\*{2,}(?![\w*])|\w+|[" + _STARS + r"]+")
#: a masked word: letters, asterisks, letters ("sh*t"), or letters and two asterisks or more
_MASKED = re.compile(r"^[^\W\d_]+(?:\*+[^\W\d_]+|\*{2,})$")
_APOSTROPHES = "'’ʼ`´"
#: letters with a stroke rather than a combining mark, written as their plain letter
_LETTERS = {"ł": "l"}
#: sentence ends: . ! ? … ; followed by a space or the end, and line breaks
_SENTENCE_END = re.compile(r"[.!?…;]+(?=\s|$)|\n")
_CONTRACTIONS = {"ll": "will", "ve": "have", "re": "are", "m": "am", "d": "would"}
_NOT_STEMS = {"won": "will", "can": "can", "don": "do", "doesn": "does", "didn": "did",
              "isn": "is", "aren": "are", "wasn": "was", "weren": "were", "haven": "have",
              "hasn": "has", "shouldn": "should", "wouldn": "would", "couldn": "could"}


def normalise(text: str) -> str:
    """Case-folded, without accents or other combining marks ("Ёлка" -> "елка"); the Russian
    "й" keeps its breve (it is a letter of its own, and the stemmer needs it); "ł", which has no
    combining mark to remove, is "l"; star signs are "★"."""
    if text.isascii():  # nothing to decompose, strip or replace: most phrases and texts
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    out: list[str] = []
    for ch in decomposed:
        if unicodedata.combining(ch):
            if ch == "\u0306" and out and out[-1] == "и":
                out[-1] = "й"
            continue
        out.append("★" if ch in _STARS else _LETTERS.get(ch, ch))
    return "".join(out).replace("\ufe0f", "")


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


def is_masked(word: str) -> bool:
    """A word with letters masked by asterisks ("f***ing", "sh*t"): masked profanity."""
    return bool(_MASKED.match(word))


class _Stemmer(Protocol):
    def stemWord(self, word: str) -> str: ...


@lru_cache(maxsize=16)
def _stemmer(lang: str) -> _Stemmer:
    try:
        stemmer: _Stemmer = snowballstemmer.stemmer(STEMMERS[lang])
    except KeyError:
        known = ", ".join(sorted(STEMMERS))
        raise ValueError(f"no stemmer for language {lang!r} (known: {known})") from None
    return stemmer


#: Words met again are stemmed once. A mailbox brings new words without end (order and
#: tracking numbers, names): a larger cache only grew with the file read (23 MB more after a
#: 1 GB mbox than after a tenth of it, at 131,072 entries) and read it no faster.
@lru_cache(maxsize=8192)
def stems(word: str, lang: str) -> frozenset[str]:
    """The stems `word` (as written, case-folded) may have in `lang`: the word itself without
    accents, and the Snowball stem of the word with and without accents (stemmed, then
    stripped of accents like the text)."""
    bare = normalise(word)
    stemmer = _stemmer(lang)
    minimum = MIN_STEM.get(lang, DEFAULT_MIN_STEM)
    found = {normalise(stemmer.stemWord(word.casefold())), stemmer.stemWord(bare)}
    return frozenset({bare} | {s for s in found if len(s) >= minimum})


# ---------------------------------------------------------------------------------------------
# Patterns


@dataclass(frozen=True, slots=True)
class _Part:
    """One element of a pattern: a word by stem, a word by prefix, or a gap of words."""

    kind: str  # "stem" | "exact" | "prefix" | "gap"
    text: str = ""
    #: the stems of `text` in the pattern's language (kind "stem")
    stems: frozenset[str] = frozenset()

    def matches(self, word: str, lang: str) -> bool:
        if self.kind == "prefix":
            return word.startswith(self.text)
        if self.kind == "exact":
            return word == self.text
        return word == self.text or not self.stems.isdisjoint(stems(word, lang))


def _parts(phrase: str, lang: str) -> Iterator[_Part]:
    """A phrase's parts in order, each made when it is asked for (a word's stems are what
    costs): the first alone places the phrase in a matcher's index. A `*` is a gap between
    two words; one before the first word or after the last stands for nothing."""
    gap = started = False
    for raw in phrase.split():
        if raw == "*":
            gap = started
            continue
        prefix = raw.endswith("*") and not is_masked(raw)
        exact = raw.startswith("=")
        words = _WORD.findall(raw.lstrip("="))
        for n, written in enumerate(words):
            if gap:
                yield _Part("gap")
            gap, started = False, True
            word = normalise(written)
            if prefix and n == len(words) - 1:
                yield _Part("prefix", word.rstrip("*"))
            elif exact or "★" in word or is_masked(word):
                yield _Part("exact", word)
            else:
                yield _Part("stem", word, stems(written, lang))


@dataclass(frozen=True, slots=True)
class Pattern:
    """A phrase compiled for matching."""

    #: the phrase as the policy writes it
    phrase: str
    lang: str
    parts: tuple[_Part, ...]

    @classmethod
    def compile(cls, phrase: str, lang: str) -> Pattern:
        _stemmer(lang)
        parts = tuple(_parts(phrase, lang))
        if not parts:
            raise ValueError(f"phrase {phrase!r} has no words")
        return cls(phrase, lang, parts)

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
    """A phrase of a list found in a text."""

    #: the list (a concept of the policy)
    list_id: str
    #: the policy's phrase that matched, and its language
    phrase: str
    lang: str
    #: the matched words in the original text: text[start:end]
    start: int
    end: int
    found: str
    #: the indices of its first and last token, and the sentence it is in
    first: int = 0
    last: int = 0
    sentence: int = 0


class _Phrase:
    """A phrase of a list, placed in a matcher's index by its first part alone; its pattern is
    compiled the first time a text has a word it can start at."""

    __slots__ = ("_pattern", "first", "lang", "list_id", "phrase")

    def __init__(self, list_id: str, phrase: str, lang: str, first: _Part):
        self.list_id = list_id
        self.phrase = phrase
        self.lang = lang
        self.first = first
        self._pattern: Pattern | None = None

    @property
    def pattern(self) -> Pattern:
        if self._pattern is None:
            self._pattern = Pattern.compile(self.phrase, self.lang)
        return self._pattern

    @property
    def compiled(self) -> bool:
        return self._pattern is not None


class KeywordMatcher:
    """Phrase lists {list id: {language: phrases}}, applied to many texts.

    Phrases are indexed by their first word (each of its stems per language, the exact word,
    or the prefix's first letters), so each word of a text tries only the phrases that can
    start there; a phrase's other words are compiled only when it is first tried (a text of a
    few sentences tries a few dozen of the policy's thousands). A phrase without words is
    refused at once.
    """

    def __init__(self, lists: Mapping[str, Mapping[str, Iterable[str]]]):
        self._lists: dict[str, tuple[_Phrase, ...]] = {}
        self._by_stem: dict[tuple[str, str], list[_Phrase]] = {}
        self._by_word: dict[str, list[_Phrase]] = {}
        self._by_prefix: dict[str, list[_Phrase]] = {}
        self._langs: set[str] = set()
        for list_id, langs in lists.items():
            entries = []
            for lang, phrases in langs.items():
                for phrase in phrases:
                    try:
                        _stemmer(lang)
                        first = next(_parts(phrase, lang), None)
                    except ValueError as exc:
                        raise ValueError(f"keywords.{list_id}.{lang}: {exc}") from None
                    if first is None:
                        raise ValueError(f"keywords.{list_id}.{lang}: phrase {phrase!r} has "
                                         "no words")
                    entries.append(_Phrase(list_id, phrase, lang, first))
            self._lists[list_id] = tuple(entries)
        for listed in self._lists.values():
            for entry in listed:
                first = entry.first
                if first.kind == "stem":
                    for s in first.stems | {first.text}:
                        self._by_stem.setdefault((entry.lang, s), []).append(entry)
                    self._langs.add(entry.lang)
                elif first.kind == "exact":
                    self._by_word.setdefault(first.text, []).append(entry)
                else:
                    self._by_prefix.setdefault(first.text[:2], []).append(entry)

    @property
    def patterns(self) -> dict[str, tuple[Pattern, ...]]:
        """Every list's phrases, compiled (all of them, now)."""
        return {list_id: tuple(e.pattern for e in entries)
                for list_id, entries in self._lists.items()}

    @property
    def compiled(self) -> int:
        """How many phrases have been compiled so far."""
        return sum(e.compiled for entries in self._lists.values() for e in entries)

    def _starting_at(self, word: str) -> list[_Phrase]:
        found = dict.fromkeys(self._by_word.get(word, ()))
        for lang in self._langs:
            for s in stems(word, lang):
                found.update(dict.fromkeys(self._by_stem.get((lang, s), ())))
        for entry in self._by_prefix.get(word[:2], ()):
            if word.startswith(entry.first.text):
                found[entry] = None
        return list(found)

    def find(self, text: str, list_ids: Iterable[str] | None = None,
             tokens: list[Token] | None = None) -> list[Hit]:
        """Every phrase of the given lists found in `text`, in text order; where phrases of
        one list overlap, the longest one is kept."""
        tokens = tokenize(text) if tokens is None else tokens
        wanted = set(self._lists if list_ids is None else list_ids)
        hits: list[Hit] = []
        for i, token in enumerate(tokens):
            for entry in self._starting_at(token.word):
                if entry.list_id not in wanted:
                    continue
                pattern = entry.pattern
                last = pattern.match_at(tokens, i)
                if last is not None:
                    start, end = tokens[i].start, tokens[last].end
                    hits.append(Hit(entry.list_id, pattern.phrase, pattern.lang, start, end,
                                    text[start:end], i, last, token.sentence))
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
