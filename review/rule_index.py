"""Which text rules can fire on a clause, told from one pass over its characters instead of one search per rule.

A rule's patterns can match only where one of the ways its triggers start (``review.firstchars.first_keys``: the
first two characters, or the first) occurs in the clause; an agency rule only where one of its old names does
(``Rule.gate``, the sharper test, used instead). ``RuleIndex`` maps each such key to the rules it can start, so a
clause's candidates are the rules of the keys it holds. Exact: a rule left out has no pattern match in the clause.
A rule with norm conditions can also fire through them; the engine asks ``norms.conditions.could_meet`` of it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

@dataclass(frozen=True, slots=True, eq=False)
class RuleIndex:
    by_key: dict[str, tuple[int, ...]]     # key -> positions (in the rules given) of the rules it can start
    always: frozenset[int]                 # rules whose start cannot be told: always candidates
    norm: tuple[int, ...]                  # rules with norm conditions, in order

    def pattern_candidates(self, keys) -> set[int]:
        """Positions of the rules whose patterns may match a text with these ``text_keys``."""
        out = set(self.always)
        hits = [self.by_key[k] for k in self.by_key.keys() & keys]
        if hits:
            out.update(*hits)
        return out


@functools.lru_cache(maxsize=32)
def rule_index(rules: tuple) -> RuleIndex:
    """The index of ``rules`` (text rules, in the order the engine runs them); built once per rule set."""
    by_key: dict[str, list[int]] = {}
    always: set[int] = set()
    for i, r in enumerate(rules):
        if r.gate is None and r.prefilter is None:
            if not r.norm:
                always.add(i)            # no prefilter: the rule's own any/all decide (match_text)
            continue
        keys = r.starts                  # first_keys of the gate, else the prefilter (computed by the loader)
        if keys is None:
            always.add(i)
            continue
        for k in keys:
            by_key.setdefault(k, []).append(i)
    return RuleIndex({k: tuple(v) for k, v in by_key.items()}, frozenset(always),
                     tuple(i for i, r in enumerate(rules) if r.norm))
