"""The text rules measured on the labelled corpus (tests/fixtures/text_corpus): recall per rule
and language, false alarms on honest texts, and every text the rules get wrong.

`make eval` runs `python -m tests.text_eval`; it exits 1 when a goal is missed. The goals:
recall at least 95% for every rule and language; no blocking finding on any honest text;
warnings on at most 2% of the honest texts.

The held-out texts (text_corpus/held_out) were written after the vocabulary was tuned and are
never tuned on: their figures are printed apart, as an estimate of how the rules fare on texts
they were not fitted to, and do not count towards the goals.
"""

from __future__ import annotations

import sys
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from aliassist.domain.policy import LANGUAGES, Policy
from aliassist.domain.precheck import text_rule_hits
from aliassist.services.policy import load_policy

FIXTURES = Path(__file__).parent / "fixtures"
CORPUS_DIR = FIXTURES / "text_corpus"
HONEST_DIR = FIXTURES / "honest_corpus"
HELD_OUT_DIR = CORPUS_DIR / "held_out"
SECTIONS = ("message", "dispute", "honest")
RECALL_GOAL = 0.95
WARN_GOAL = 0.02


@dataclass(frozen=True, slots=True)
class Sample:
    lang: str
    #: "message", "dispute" or "honest"
    section: str
    rules: frozenset[str]
    text: str
    #: file:line, to find it
    where: str


class CorpusError(ValueError):
    pass


def load_corpus(directory: Path = CORPUS_DIR, honest_dir: Path | None = HONEST_DIR
                ) -> list[Sample]:
    """Every labelled text; the honest dispute descriptions of `honest_dir` join as honest."""
    samples = []
    for path in sorted(directory.glob("*.txt")):
        # "de.txt", or "de_2.txt" for a second set of held-out texts
        lang = path.stem.split("_")[0]
        samples += parse_corpus(path.read_text(encoding="utf-8"), lang, path.name)
    if honest_dir is not None:
        for path in sorted(honest_dir.glob("*.toml")):
            data = tomllib.loads(path.read_text(encoding="utf-8"))
            samples += [Sample(data["lang"], "honest", frozenset(), t["text"],
                               f"{path.name}[{n}]") for n, t in enumerate(data["texts"])]
    return samples


def parse_corpus(content: str, lang: str, name: str) -> list[Sample]:
    """The lines `rule, rule :: text` of one language's file, by section."""
    section = None
    out = []
    for n, line in enumerate(content.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
            if section not in SECTIONS:
                raise CorpusError(f"{name}:{n}: unknown section {section!r}")
            continue
        labels, sep, text = line.partition(" :: ")
        if not sep or section is None:
            raise CorpusError(f"{name}:{n}: expected `rule, rule :: text` under a section")
        rules = frozenset(r.strip() for r in labels.split(",") if r.strip() not in ("", "-"))
        if (section == "honest") != (not rules):
            raise CorpusError(f"{name}:{n}: honest texts carry `-`, others their rule ids")
        out.append(Sample(lang, section, rules, text.replace("\\n", "\n"), f"{name}:{n}"))
    return out


@dataclass
class Outcome:
    sample: Sample
    #: rule id -> severity, of what the rules raised
    raised: dict[str, str]

    @property
    def missed(self) -> frozenset[str]:
        return self.sample.rules - set(self.raised)

    @property
    def extra(self) -> set[str]:
        return set(self.raised) - self.sample.rules


@dataclass
class Report:
    outcomes: list[Outcome]
    #: (rule, lang) -> [caught, total]
    recall: dict[tuple[str, str], list[int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for o in self.outcomes:
            for rule in o.sample.rules:
                cell = self.recall.setdefault((rule, o.sample.lang), [0, 0])
                cell[0] += rule in o.raised
                cell[1] += 1

    @property
    def honest(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.sample.section == "honest"]

    def blocked_honest(self) -> list[Outcome]:
        return [o for o in self.honest if "block" in o.raised.values()]

    def warned_honest(self) -> list[Outcome]:
        return [o for o in self.honest if o.raised and "block" not in o.raised.values()]

    def misses(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.missed]

    def low_recall(self) -> list[tuple[str, str, float]]:
        return [(rule, lang, caught / total) for (rule, lang), (caught, total)
                in sorted(self.recall.items()) if caught / total < RECALL_GOAL]

    @property
    def goals_met(self) -> bool:
        warned = len(self.warned_honest()) / max(len(self.honest), 1)
        return not self.low_recall() and not self.blocked_honest() and warned <= WARN_GOAL


def evaluate(policy: Policy, samples: Iterable[Sample]) -> Report:
    """Run the text rules on every sample: abusive texts where they were written (a message or
    a dispute description), honest texts in both places."""
    severity = {r.id: r.severity for r in policy.rules.values()}
    outcomes = []
    for sample in samples:
        scopes = ("message", "dispute") if sample.section == "honest" else (sample.section,)
        raised = {h.rule: severity[h.rule] for scope in scopes
                  for h in text_rule_hits(policy, sample.text, scope)}
        outcomes.append(Outcome(sample, raised))
    return Report(outcomes)


def format_report(report: Report) -> str:
    langs = sorted({o.sample.lang for o in report.outcomes},
                   key=lambda lg: (*LANGUAGES, lg).index(lg))
    rules = sorted({r for r, _ in report.recall})
    lines = ["Recall per rule and language (caught/texts):", ""]
    lines.append(f"{'rule':<20}" + "".join(f"{lg:>12}" for lg in langs) + f"{'all':>12}")
    for rule in rules:
        cells, caught_all, total_all = [], 0, 0
        for lg in langs:
            caught, total = report.recall.get((rule, lg), [0, 0])
            caught_all, total_all = caught_all + caught, total_all + total
            cells.append(f"{caught}/{total} {100 * caught / total:3.0f}%" if total else "-")
        cells.append(f"{caught_all}/{total_all} {100 * caught_all / total_all:3.0f}%")
        lines.append(f"{rule:<20}" + "".join(f"{c:>12}" for c in cells))
    lines += ["", "False alarms on honest texts (blocking / warning only / texts):", ""]
    for lg in langs:
        honest = [o for o in report.honest if o.sample.lang == lg]
        blocked = sum("block" in o.raised.values() for o in honest)
        warned = sum(bool(o.raised) and "block" not in o.raised.values() for o in honest)
        lines.append(f"{lg:<6} {blocked:>3} blocking  {warned:>3} warning  of {len(honest):>4}"
                     f"   ({100 * (blocked + warned) / max(len(honest), 1):.1f}%)")
    honest = report.honest
    blocked, warned = len(report.blocked_honest()), len(report.warned_honest())
    lines.append(f"{'all':<6} {blocked:>3} blocking  {warned:>3} warning  of {len(honest):>4}"
                 f"   (warnings on {100 * warned / max(len(honest), 1):.1f}%, goal <= "
                 f"{100 * WARN_GOAL:.0f}%; blocking goal 0)")
    abusive = [o for o in report.outcomes if o.sample.section != "honest"]
    lines.append(f"\n{len(report.outcomes)} texts: {len(abusive)} abusive, {len(honest)} honest")
    wrong = [o for o in report.outcomes if o.missed or (o.sample.section == "honest"
                                                        and o.raised)]
    if wrong:
        lines += ["", "Texts it gets wrong:"]
        for o in wrong:
            what = (f"missed {', '.join(sorted(o.missed))}" if o.missed
                    else f"raised {', '.join(sorted(o.raised))}")
            lines.append(f"  {o.sample.where:<14} {what}: {o.sample.text}")
    extras = [o for o in abusive if o.extra and not o.missed]
    if extras:
        lines += ["", "Abusive texts that also raised a rule they are not labelled with "
                  "(not counted):"]
        for o in extras:
            lines.append(f"  {o.sample.where:<14} +{', '.join(sorted(o.extra))}: "
                         f"{o.sample.text}")
    lines.append("\nGoals " + ("met." if report.goals_met else "NOT met."))
    return "\n".join(lines)


def format_held_out(report: Report) -> str:
    """Per file (a language's set of held-out texts): the abusive texts whose every rule was
    raised, the honest texts that raised nothing, and each text it gets wrong."""
    files = sorted({o.sample.where.split(":")[0] for o in report.outcomes})
    lines = ["Held-out texts (written after tuning, never tuned on; not counted in the goals):",
             ""]
    for name in files:
        outcomes = [o for o in report.outcomes if o.sample.where.split(":")[0] == name]
        abusive = [o for o in outcomes if o.sample.section != "honest"]
        honest = [o for o in outcomes if o.sample.section == "honest"]
        caught = sum(not o.missed for o in abusive)
        clean = sum(not o.raised for o in honest)
        lines.append(f"{name:<10} abusive caught {caught}/{len(abusive)}   "
                     f"honest clean {clean}/{len(honest)}")
    wrong = [o for o in report.outcomes if o.missed or (o.sample.section == "honest"
                                                        and o.raised)]
    for o in wrong:
        what = (f"missed {', '.join(sorted(o.missed))}" if o.missed
                else f"raised {', '.join(sorted(o.raised))}")
        lines.append(f"  {o.sample.where:<18} {what}: {o.sample.text}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    policy = load_policy(argv[0] if argv else None)
    report = evaluate(policy, load_corpus())
    print(format_report(report))
    held_out = load_corpus(HELD_OUT_DIR, None)
    if held_out:
        print("\n" + format_held_out(evaluate(policy, held_out)))
    return 0 if report.goals_met else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
