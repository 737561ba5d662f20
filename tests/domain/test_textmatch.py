"""Keyword matching survives case, accents, punctuation, contractions and inflections, and
stays inside one sentence."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aliassist.domain.textmatch import KeywordMatcher, Pattern, normalise, stems, tokenize


def found(phrases: dict[str, list[str]], text: str) -> list[str]:
    return [h.found for h in KeywordMatcher({"rule": phrases}).find(text)]


def test_normalise_folds_case_and_accents_in_every_script() -> None:
    assert normalise("RESEÑA Négatif Ёлка") == "resena negatif елка"
    assert normalise("Avaliação") == "avaliacao"
    # the Polish "ł" has a stroke, not a combining mark: buyers without a Polish keyboard
    # write "l", and "ß" is folded to "ss"
    assert normalise("Złodziej ZŁ Außerhalb") == "zlodziej zl ausserhalb"


@given(st.text(st.characters(max_codepoint=127)))
def test_plain_ascii_text_is_only_folded_to_lower_case(text: str) -> None:
    """What the general path would do to ASCII: case-fold, decompose (nothing to decompose),
    drop combining marks (there are none)."""
    assert normalise(text) == unicodedata.normalize("NFKD", text.casefold()) == text.lower()


def test_tokens_keep_their_place_in_the_original_text() -> None:
    text = "Hello, Señor! Ça va?"
    tokens = tokenize(text)
    assert [t.word for t in tokens] == ["hello", "senor", "ca", "va"]
    assert [text[t.start:t.end] for t in tokens] == ["Hello", "Señor", "Ça", "va"]
    assert [t.sentence for t in tokens] == [0, 0, 1, 1]


def test_english_contractions_are_spelled_out() -> None:
    assert [t.word for t in tokenize("I'll leave, they don't care, I won’t")] == [
        "i", "will", "leave", "they", "do", "not", "care", "i", "will", "not"]
    # French elision is left alone: the word after the apostrophe is the word
    assert [t.word for t in tokenize("l'annonce d'AliExpress")] == [
        "l", "annonce", "d", "aliexpress"]


@pytest.mark.parametrize(("lang", "a", "b"), [
    ("en", "review", "reviews"), ("en", "review", "reviewed"), ("en", "leave", "leaving"),
    ("ru", "отзыв", "отзывы"), ("ru", "отзыв", "отзывом"), ("ru", "плохой", "плохие"),
    ("ru", "плохой", "плохую"), ("es", "reseña", "reseñas"), ("es", "negativa", "negativo"),
    ("pt", "avaliação", "avaliações"), ("pt", "avaliação", "avaliar"),
    ("fr", "étoile", "étoiles"), ("fr", "voleur", "voleurs"),
    ("de", "Bewertung", "Bewertungen"), ("de", "zurück", "zurueck"),
    ("de", "löschen", "loeschen"), ("pl", "zwrot", "zwrotu"), ("pl", "gwiazdkę", "gwiazdki"),
    ("pl", "zapłaci", "zaplaci"),
])
def test_inflected_forms_share_a_stem(lang: str, a: str, b: str) -> None:
    assert not stems(a, lang).isdisjoint(stems(b, lang))


@pytest.mark.parametrize(("lang", "a", "b"), [
    ("pt", "pix", "pi"), ("ru", "отзыв", "отз"), ("ru", "вора", "вор"),
])
def test_a_stem_too_short_to_be_a_word_of_its_own_does_not_count(lang: str, a: str,
                                                                  b: str) -> None:
    assert stems(a, lang).isdisjoint(stems(b, lang))


def test_accents_left_out_still_match() -> None:
    assert not stems("reseñas", "es").isdisjoint(stems("resena", "es"))
    assert not stems("étoiles", "fr").isdisjoint(stems("etoile", "fr"))


def test_star_signs_and_masked_words_are_words() -> None:
    assert [t.word for t in tokenize("1⭐️ or ★★ f***ing sh*t")] == [
        "1", "★", "or", "★★", "f***ing", "sh*t"]


def test_a_phrase_matches_through_case_punctuation_and_accents() -> None:
    phrases = {"en": ["negative review unless"], "es": ["reseña negativa si no"]}
    assert found(phrases, "a NEGATIVE review, unless you pay") == ["NEGATIVE review, unless"]
    assert found(phrases, "dejo una resena negativa si no me pagan") == [
        "resena negativa si no"]


def test_a_star_ending_matches_any_ending_and_a_lone_star_some_words() -> None:
    assert found({"en": ["punish*"]}, "I want punishment") == ["punishment"]
    assert found({"en": ["teach * a lesson"]}, "teach that lazy seller a lesson") == [
        "teach that lazy seller a lesson"]
    # at most four words in the gap
    assert found({"en": ["teach * a lesson"]}, "teach me how to open it, a lesson") == []


def test_an_exact_word_does_not_match_its_neighbours() -> None:
    assert found({"ru": ["из =мести"]}, "Это из мести") == ["из мести"]
    assert found({"ru": ["из =мести"]}, "Забрал из места выдачи") == []


def test_phrases_do_not_cross_sentences() -> None:
    assert found({"en": ["5 stars if you refund"]}, "I gave 5 stars. If you refund, fine") == []
    # decimals and abbreviations do not end a sentence
    assert found({"en": ["more than i paid"]}, "It is 5.5 cm more than I paid for") == [
        "more than I paid"]


def test_overlapping_phrases_report_the_longest() -> None:
    phrases = {"en": ["bad review", "bad review unless"]}
    assert found(phrases, "a bad review unless you refund") == ["bad review unless"]


def test_a_keyword_without_words_is_refused() -> None:
    with pytest.raises(ValueError):
        Pattern.compile("* !", "en")


def test_a_phrase_is_compiled_only_once_a_text_has_a_word_it_can_start_at() -> None:
    """The policy's thousands of phrases are indexed by their first word; the rest of a phrase
    is compiled when a text first has a word it can start at, so checking one description
    compiles a few percent of them, and finds what a matcher with every phrase compiled
    finds."""
    from aliassist.services.policy import load_policy

    lists = load_policy().keywords
    total = sum(len(list(p)) for langs in lists.values() for p in langs.values())
    lazy = KeywordMatcher(lists)
    assert lazy.compiled == 0
    text = ("The drill does not start at all. I will leave a 1-star review unless you refund "
            "me today; otherwise I'll contact you on WhatsApp.")
    hits = lazy.find(text)
    assert hits and 0 < lazy.compiled < total // 20
    eager = KeywordMatcher(lists)
    assert sum(len(p) for p in eager.patterns.values()) == eager.compiled == total
    assert eager.find(text) == hits
