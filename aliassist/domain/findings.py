"""A finding: one rule of the policy raised about a planned dispute, a message or a file.

Everything that checks something (the dispute pre-check, the message checks, the evidence
checks) returns findings; the CLI prints them, the GUI lists them, the packet records them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from aliassist.domain.policy import Policy

SEVERITY_ORDER = {"block": 0, "warn": 1, "info": 2}


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    severity: str
    #: what is wrong and what to do instead, for the buyer
    message: str
    #: the source of the rule, as a readable title
    source: str
    title: str = ""
    #: what the finding is about, when it is one thing: a file name, a phrase found in the text
    subject: str | None = None
    #: where in the checked text the words that raised it are: (start, end) character offsets
    spans: tuple[tuple[int, int], ...] = ()
    #: what to write instead (text rules), when the policy says
    fix: str | None = None
    #: where the rule's source can be read, when the policy gives an address
    source_url: str | None = field(default=None, compare=False)
    #: the policy's words before `detail` and `subject` were put in, for showing the finding in
    #: another language (see `shown_message`); empty for a finding made without a rule
    rule_message: str = field(default="", compare=False)
    rule_fix: str = field(default="", compare=False)
    #: the sentence the check added to the rule's message (English: the code's own words)
    detail: str | None = field(default=None, compare=False)

    def shown_title(self, tr: Callable[[str], str]) -> str:
        """The title, or the rule id, with the policy's words passed through `tr` (the caller's
        translation of a policy text: the domain knows no language)."""
        return tr(self.title) if self.title else self.rule

    def shown_message(self, tr: Callable[[str], str]) -> str:
        """`message` with the policy's part passed through `tr` (the detail is added as it is)."""
        if not self.rule_message:
            return self.message
        return " ".join(p for p in (tr(self.rule_message), self.detail) if p)

    def shown_fix(self, tr: Callable[[str], str], it: str = "it") -> str | None:
        """`fix` with the policy's words passed through `tr` before `{found}` is filled in."""
        if not self.rule_fix:
            return self.fix
        return tr(self.rule_fix).replace("{found}", self.subject or it)

    @property
    def blocks(self) -> bool:
        return self.severity == "block"

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"rule": self.rule, "severity": self.severity,
                               "message": self.message, "source": self.source}
        if self.subject is not None:
            out["subject"] = self.subject
        if self.fix is not None:
            out["fix"] = self.fix
        out["spans"] = [[start, end] for start, end in self.spans]
        return out


def make_finding(policy: Policy, rule_id: str, *, subject: str | None = None,
                 detail: str | None = None, spans: tuple[tuple[int, int], ...] = ()
                 ) -> Finding:
    """The finding for `rule_id` as the policy words it; `detail` is added to the message, and
    the rule's fix sentence names `subject` where it says `{found}`."""
    rule = policy.rule(rule_id)
    message = rule.message if not detail else f"{rule.message} {detail}"
    fix = rule.fix.replace("{found}", subject or "it") if rule.fix else None
    return Finding(rule.id, rule.severity, message, policy.source_title(rule.source),
                   rule.title, subject, spans, fix, policy.sources[rule.source].url,
                   rule_message=rule.message, rule_fix=rule.fix, detail=detail)


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Blocking findings first, then warnings, then information; stable within each."""
    return sorted(findings, key=lambda f: SEVERITY_ORDER.get(f.severity, 9))


def any_blocks(findings: Iterable[Finding]) -> bool:
    return any(f.blocks for f in findings)
