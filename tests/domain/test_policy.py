"""The policy file holds every rule of DOMAIN.md, and a malformed copy is rejected by key."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from aliassist.domain.policy import (
    CLOCKS,
    EVIDENCE_KINDS,
    LANGUAGES,
    REMEDIES,
    RULES,
    Policy,
    PolicyError,
)
from aliassist.domain.policy_table import Source, _Table
from aliassist.resources import default_policy_path
from aliassist.services.policy import load_policy

DOMAIN_REASONS = ("not_received", "returned_to_sender", "held_at_customs", "not_as_described",
                  "poor_quality", "not_working", "damaged", "wrong_item", "missing_parts",
                  "short_quantity", "empty_parcel", "counterfeit")
BLOCKING = ("no_grounds", "false_not_received", "unsupported_claim", "prior_refund",
            "prior_chargeback", "extortion", "duplicate_dispute", "window_closed",
            "review_threat", "fake_review")
WARNING = ("retaliation", "tracking_shows_delivered", "no_listing_reference",
           "partial_refund_received", "reopened_dispute", "multi_account", "external_link",
           "off_platform_deal", "abusive_language")


def edited(tmp_path: Path, old: str, new: str, count: int = 1) -> Path:
    """A copy of the bundled policy with one edit, as a user would make it."""
    text = default_policy_path().read_text(encoding="utf-8")
    assert old in text, old
    path = tmp_path / "edited.toml"
    path.write_text(text.replace(old, new, count), encoding="utf-8")
    return path


def test_bundled_policy_has_the_numbers_of_the_domain(policy: Policy) -> None:
    assert policy.days("protection") == 90
    assert policy.days("grace") == 15
    assert policy.days("seller_response") == 5
    assert policy.days("platform_intervention") == 7
    assert policy.days("return_shipment") == 10
    assert policy.days("paypal_claim") == 180
    assert policy.days("card_chargeback") == 120
    assert policy.thresholds == (14, 7, 3, 1)
    assert policy.timezone_name == "Asia/Shanghai"
    assert set(CLOCKS) <= set(policy.clocks)


def test_bundled_policy_has_every_reason_remedy_kind_and_rule(policy: Policy) -> None:
    assert tuple(policy.reasons) == DOMAIN_REASONS
    assert {r.id for r in policy.reasons.values() if not r.received} == {
        "not_received", "returned_to_sender", "held_at_customs"}
    assert tuple(policy.remedies) == REMEDIES
    assert tuple(policy.evidence_kinds) == EVIDENCE_KINDS
    assert set(RULES) <= set(policy.rules)
    for rule_id in BLOCKING:
        assert policy.rule(rule_id).severity == "block", rule_id
    for rule_id in WARNING:
        assert policy.rule(rule_id).severity == "warn", rule_id


def test_every_entry_names_a_known_source(policy: Policy) -> None:
    entries = [*policy.clocks.values(), *policy.reasons.values(), *policy.remedies.values(),
               *policy.rules.values(),
               *(item for items in policy.checklists.values() for item in items)]
    for entry in entries:
        assert entry.source in policy.sources, entry
    assert policy.limits.source in policy.sources
    assert policy.source_title("terms").startswith("AliExpress Rules and Terms of Use")


def test_every_reason_has_a_checklist_and_received_reasons_require_own_evidence(
        policy: Policy) -> None:
    for reason in policy.reasons.values():
        items = policy.checklist(reason.id)
        assert items, reason.id
        required = [i for i in items if i.required and i.when is None]
        if reason.received:
            assert required, f"{reason.id}: received-item reasons require evidence"
            assert any({"own_photo", "own_video"} & set(i.accepts) for i in required)
        else:
            assert not required, f"{reason.id}: evidence is optional when not received"
    statement = [i for i in policy.checklist("not_received") if i.when == "tracking_delivered"]
    assert statement and statement[0].required


def test_every_concept_of_the_text_rules_covers_five_languages(policy: Policy) -> None:
    from aliassist.domain.text_rules import CONCEPTS

    for concept in CONCEPTS:
        langs = policy.keywords[concept]
        for lang in LANGUAGES:
            assert langs[lang], (concept, lang)


def test_a_missing_concept_or_an_unknown_language_is_named(tmp_path: Path) -> None:
    path = edited(tmp_path, "[keywords.revenge]", "[keywords.vengeance]")
    with pytest.raises(PolicyError) as err:
        load_policy(path)
    assert "keywords.revenge" in str(err.value) and "missing" in str(err.value)
    path = edited(tmp_path, '[keywords.revenge]\nen = [',
                  '[keywords.revenge]\nxx = ["x"]\nen = [')
    with pytest.raises(PolicyError) as err:
        load_policy(path)
    assert "keywords.revenge.xx" in str(err.value) and "unknown language" in str(err.value)


def test_another_language_is_added_as_data(tmp_path: Path) -> None:
    from aliassist.domain.precheck import text_rule_hits

    path = edited(tmp_path, '[keywords.revenge]\nen = [',
                  '[keywords.revenge]\nit = ["vendett*", "farò pagare"]\nen = [')
    policy = load_policy(path)
    text = "Apro la disputa per vendetta, gliela farò pagare al venditore."
    hits = text_rule_hits(policy, text, "dispute")
    assert [h.rule for h in hits] == ["retaliation"]
    assert [text[a:b] for a, b in hits[0].spans] == ["vendetta", "farò pagare"]


def test_policy_is_frozen(policy: Policy) -> None:
    with pytest.raises(AttributeError):
        policy.version = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        policy.rules["retaliation"] = None  # type: ignore[index]


def test_edited_copy_is_applied(tmp_path: Path) -> None:
    path = edited(tmp_path, "[clocks.protection]\ndays = 90", "[clocks.protection]\ndays = 75")
    assert load_policy(path).days("protection") == 75


@pytest.mark.parametrize(("old", "new", "where", "what"), [
    ("[clocks.protection]\ndays = 90", "[clocks.protection]\ndays = \"ninety\"",
     "clocks.protection.days", "whole number"),
    ("[clocks.grace]\ndays = 15", "[clocks.grace]\ndays = 0", "clocks.grace.days",
     "at least 1"),
    ('severity = "warn"', 'severity = "maybe"', "rules.retaliation.severity", "one of"),
    ('timezone = "Asia/Shanghai"', 'timezone = "Mars/Olympus"', "meta.timezone",
     "unknown time zone"),
    ('group = "not_received"', 'group = "lost"', "reasons.not_received.group", "one of"),
    ('accepts = ["tracking_capture", "document"]', 'accepts = ["selfie"]',
     "checklists.not_received[0].accepts", "unknown value"),
    ("thresholds = [14, 7, 3, 1]", "thresholds = []", "notify.thresholds", "non-empty"),
    ('source = "terms"', 'source = "rumour"', "source", "unknown source"),
    ("[clocks.protection]\ndays = 90", "[clocks.protection]\ndyas = 90",
     "clocks.protection.dyas", "unknown key"),
])
def test_malformed_copy_is_rejected_naming_the_key(tmp_path: Path, old: str, new: str,
                                                    where: str, what: str) -> None:
    with pytest.raises(PolicyError) as err:
        load_policy(edited(tmp_path, old, new))
    assert where in str(err.value)
    assert what in str(err.value)


def test_a_rule_the_app_applies_cannot_be_deleted(tmp_path: Path) -> None:
    text = default_policy_path().read_text(encoding="utf-8")
    cut = re.sub(r"\[rules\.duplicate_dispute\].*?(?=\n\[)", "", text, flags=re.S)
    path = tmp_path / "cut.toml"
    path.write_text(cut, encoding="utf-8")
    with pytest.raises(PolicyError, match=r"rules\.duplicate_dispute: missing"):
        load_policy(path)


def test_a_rule_names_only_reasons_the_policy_defines(tmp_path: Path) -> None:
    path = edited(tmp_path, 'reasons = ["not_as_described"]', 'reasons = ["not_as_desribed"]')
    with pytest.raises(PolicyError, match=r"\[rules\.no_listing_reference\] reasons: unknown "
                                          r"reason 'not_as_desribed'"):
        load_policy(path)


def test_not_toml_and_missing_files_say_so(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[clocks\ndays = 1\n", encoding="utf-8")
    with pytest.raises(PolicyError, match=r"not valid TOML.*line 1"):
        load_policy(bad)
    with pytest.raises(PolicyError, match="not found"):
        load_policy(tmp_path / "nope.toml")
    binary = tmp_path / "bin.toml"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(PolicyError, match="not UTF-8"):
        load_policy(binary)


# ---------------------------------------------------------------------------------------------
# The table reader behind every key above: each check at its edge, and each error word for word
# (the file, the dotted key, what was expected and what was found).

SOURCES = {"terms": Source("terms", "Terms of Use")}


def _read(data: object, read: Callable[[_Table], object]) -> object:
    return read(_Table(data, "rules.x", Path("/somewhere/policy.toml")))


TABLE_READS_OK = [
    # what the table holds, how it is read, what comes back
    ({"t": "warn"}, lambda t: t.str("t", choices=("warn", "block")), "warn"),
    ({}, lambda t: t.str("t", required=False), None),
    ({"n": 0}, lambda t: t.int("n"), 0),
    ({"n": 1}, lambda t: t.int("n", minimum=1), 1),
    ({}, lambda t: t.int("n", required=False), None),
    ({"b": True}, lambda t: t.bool("b"), True),
    ({"b": False}, lambda t: t.bool("b", default=True), False),
    ({}, lambda t: t.bool("b"), False),
    ({}, lambda t: t.bool("b", default=True), True),
    ({"l": ["a", "b"]}, lambda t: t.strs("l", choices=("a", "b")), ("a", "b")),
    ({"l": []}, lambda t: t.strs("l"), ()),
    ({}, lambda t: t.strs("l", required=False), ()),
    ({"sub": {"k": "v"}}, lambda t: t.table("sub").str("k"), "v"),
    ({"sub": {}}, lambda t: t.table("sub").key("k"), "rules.x.sub.k"),
    ({"a": 1, "b": 2}, lambda t: t.only("a", "b"), None),
    ({"source": "terms"}, lambda t: t.source(SOURCES), "terms"),
    ({"from": "terms"}, lambda t: t.source(SOURCES, key="from"), "terms"),
]


@pytest.mark.parametrize(("data", "read", "value"), TABLE_READS_OK)
def test_a_well_formed_value_is_read_as_it_is(data: object, read: Callable[[_Table], object],
                                              value: object) -> None:
    assert _read(data, read) == value


TABLE_READS_BAD = [
    # what the table holds, how it is read, the whole error
    (["a"], lambda t: t, "rules.x: expected a table, got a list"),
    ("text", lambda t: t, "rules.x: expected a table, got str 'text'"),
    ({}, lambda t: t.str("t"), "rules.x.t: missing"),
    ({"t": "  "}, lambda t: t.str("t"), "rules.x.t: expected non-empty text, got str '  '"),
    ({"t": 3}, lambda t: t.str("t"), "rules.x.t: expected non-empty text, got int 3"),
    ({"t": "maybe"}, lambda t: t.str("t", choices=("warn", "block")),
     "rules.x.t: expected one of warn, block, got 'maybe'"),
    ({}, lambda t: t.int("n"), "rules.x.n: missing"),
    ({"n": True}, lambda t: t.int("n"), "rules.x.n: expected a whole number, got bool True"),
    ({"n": "3"}, lambda t: t.int("n"), "rules.x.n: expected a whole number, got str '3'"),
    ({"n": 1.5}, lambda t: t.int("n"), "rules.x.n: expected a whole number, got float 1.5"),
    ({"n": -1}, lambda t: t.int("n"), "rules.x.n: expected at least 0, got -1"),
    ({"n": 0}, lambda t: t.int("n", minimum=1), "rules.x.n: expected at least 1, got 0"),
    ({"b": "yes"}, lambda t: t.bool("b"), "rules.x.b: expected true or false, got str 'yes'"),
    ({"b": {}}, lambda t: t.bool("b"), "rules.x.b: expected true or false, got a table"),
    ({}, lambda t: t.strs("l"), "rules.x.l: missing"),
    ({"l": "a"}, lambda t: t.strs("l"), "rules.x.l: expected a list of non-empty texts"),
    ({"l": ["a", ""]}, lambda t: t.strs("l"), "rules.x.l: expected a list of non-empty texts"),
    ({"l": [1]}, lambda t: t.strs("l"), "rules.x.l: expected a list of non-empty texts"),
    ({"l": ["a", "z"]}, lambda t: t.strs("l", choices=("a", "b")),
     "rules.x.l: unknown value 'z'; expected one of a, b"),
    ({}, lambda t: t.table("sub"), "rules.x.sub: missing"),
    ({"sub": [1]}, lambda t: t.table("sub"), "rules.x.sub: expected a table, got a list"),
    ({"sub": {"k": 0}}, lambda t: t.table("sub").str("k"),
     "rules.x.sub.k: expected non-empty text, got int 0"),
    ({"a": 1, "zz": 2}, lambda t: t.only("a", "b"), "rules.x.zz: unknown key (expected: a, b)"),
    ({"source": "rumour"}, lambda t: t.source(SOURCES),
     "rules.x.source: unknown source 'rumour'; define it under [sources.rumour]"),
    ({}, lambda t: t.source(SOURCES), "rules.x.source: missing"),
]


@pytest.mark.parametrize(("data", "read", "error"), TABLE_READS_BAD)
def test_a_malformed_value_names_the_file_the_key_and_what_was_found(
        data: object, read: Callable[[_Table], object], error: str) -> None:
    with pytest.raises(PolicyError) as err:
        _read(data, read)
    assert str(err.value) == f"policy.toml: {error}"
