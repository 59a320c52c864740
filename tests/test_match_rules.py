"""The rule registry: every rule declares its name and score, and a rule registered is one the matcher runs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from conftest import PEOPLE

from captionscan.match import Matcher
from captionscan.match.candidates import Candidate, Unit
from captionscan.match.rules import RULES, Rule, register
from captionscan.records import OptoutHit


class Backwards(Rule):
    """A whole text that is a listed full name written backwards ("tgoV aneL")."""

    name = "backwards"
    score = 0.5

    def candidates(self, unit: Unit) -> Iterator[Candidate]:
        groups, _ = self.lookup.written(unit.text[::-1].split())
        for g in groups:
            yield Candidate(g.persons, 0, len(unit.text), self.name, g.role)


@pytest.fixture
def backwards() -> Iterator[None]:
    register(Backwards)
    try:
        yield
    finally:
        RULES.pop(Backwards.name)


def test_every_rule_declares_its_name_and_score():
    # the names are public API (reports, SARIF rule ids, ignore files), the scores are in every finding
    assert {name: rule.score for name, rule in RULES.items()} == {
        "exact": 1.0,
        "folded": 0.95,
        "genitive": 0.9,
        "alias": 0.9,
        "declined": 0.85,
        "fuzzy": 0.8,
        "handle": 1.0,
        "hashtag": 0.9,
    }
    assert all(rule.name == name and issubclass(rule, Rule) for name, rule in RULES.items())


def test_a_registered_rule_is_run_by_the_matcher(backwards):
    assert Matcher(PEOPLE).match("tgoV aneL") == [OptoutHit(("p1",), 0, 9, "tgoV aneL", "backwards", "hit", 0.5)]


def test_a_rule_not_registered_finds_nothing():
    assert Matcher(PEOPLE).match("tgoV aneL") == []


def test_a_lone_name_found_by_a_new_rule_is_a_review(backwards):
    hits = Matcher(PEOPLE).match("sennaH")  # the alias of p4, alone
    assert [(h.person_ids, h.rule, h.level, h.score) for h in hits] == [(("p4",), "backwards", "review", 0.3)]


class NoScore(Rule):
    name = "no-score"


class Exact(Rule):
    name = "exact"
    score = 1.0


@pytest.mark.parametrize("rule", [NoScore, Exact])
def test_a_rule_without_score_or_with_a_taken_name_is_refused(rule):
    with pytest.raises(ValueError):
        register(rule)
    assert RULES.get(rule.name) is not rule
