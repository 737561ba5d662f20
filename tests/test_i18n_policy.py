"""The policy's texts reach lupdate: aliassist/policy_strings.py is generated from the policy file
(`python -m aliassist.i18n_policy`) and must match it, and it holds every text of the policy a
person reads."""

from __future__ import annotations

import ast

from aliassist import i18n_policy
from aliassist.resources import default_policy_path
from aliassist.services.policy import load_policy


def _marked() -> set[str]:
    tree = ast.parse(i18n_policy.GENERATED.read_text(encoding="utf-8"))
    return {call.args[1].value for call in ast.walk(tree)
            if isinstance(call, ast.Call) and getattr(call.func, "id", "") == "QT_TRANSLATE_NOOP"
            and isinstance(call.args[1], ast.Constant)}


def test_the_generated_strings_match_the_policy() -> None:
    expected = i18n_policy.generate(default_policy_path())
    assert i18n_policy.GENERATED.read_text(encoding="utf-8") == expected, (
        "aliassist/policy_strings.py is out of date with the policy: run "
        "`python -m aliassist.i18n_policy` and commit the result")
    assert i18n_policy.main(["--check"]) == 0


def test_every_text_people_read_is_marked() -> None:
    policy = load_policy()
    texts = [t for c in policy.clocks.values() for t in (c.label, c.help)]
    texts += [t for r in policy.reasons.values() for t in (r.label, r.help)]
    texts += [t for r in policy.remedies.values() for t in (r.label, r.help)]
    texts += [k.label for k in policy.evidence_kinds.values()]
    texts += [t for r in policy.rules.values() for t in (r.title, r.message, r.fix)]
    texts += [t for items in policy.checklists.values() for i in items
              for t in (i.label, i.hint, i.why)]
    missing = {t for t in texts if t} - _marked()
    assert not missing


def test_policy_text_without_a_translator_is_the_text() -> None:
    assert i18n_policy.policy_text("Item not received") == "Item not received"
    assert i18n_policy.policy_text("") == ""
