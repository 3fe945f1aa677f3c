"""Which text rules can fire on a clause, told from one pass over its characters instead of one search per rule.

A rule's patterns can match only where the clause holds what every match contains
(``review.firstchars.required_keys``: literal words and the pairs of characters where required parts meet, as
characters and adjacent pairs); an agency rule only where one of its old names does (``Rule.gate``, the sharper
test, used instead). ``RuleIndex`` maps one such key of each way a match can go to the rules it belongs to, so a
clause's candidates are the rules of the keys it holds, kept when the whole condition holds. Exact: a rule left out
has no pattern match in the clause. A rule with norm conditions can also fire through them: where the clause's norms
hold one of the names its conditions need (``norm_keys``), the engine asks ``norms.conditions.could_meet`` of it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from .firstchars import KeyIndex
from .norms.conditions import condition_keys, condition_names


@dataclass(frozen=True, slots=True, eq=False)
class RuleIndex:
    keys: KeyIndex                         # rule position -> what its gate, else its prefilter, must contain
    norm: tuple[int, ...]                  # rules with norm conditions, in order
    norm_keys: dict[int, frozenset[str]]   # rule position -> what its norms need, one of (conditions.condition_keys)
    norm_by_key: dict[str, tuple[int, ...]]  # one of those names -> the rules needing it (the inverse of norm_keys)
    norm_by_concept: dict[str, tuple[int, ...]]  # the concept of such a name (untagged) -> the rules needing it
    norm_names: frozenset[str]             # every name ``could_meet`` reads for the rules with norm conditions

    def pattern_candidates(self, keys) -> set[int]:
        """Positions of the rules whose patterns may match a text with these ``text_keys``."""
        return self.keys.candidates(keys)

    def norm_sharing(self, held) -> set[int]:
        """Positions of the rules with norm conditions whose ``norm_keys`` meet ``held`` (the names a clause's
        norms hold): the same rules as testing each one's keys, from the few names held."""
        out: set[int] = set()
        for k in held:
            out.update(self.norm_by_key.get(k, ()))
        return out

    def norm_concerning(self, concepts: frozenset[str]) -> set[int]:
        """Positions of the rules with norm conditions whose ``norm_keys`` name one of ``concepts`` under any
        tag: ``norm_sharing`` of every tag of every concept, from the concepts the rules name (few) instead."""
        out: set[int] = set()
        for c in concepts & self.norm_by_concept.keys():
            out.update(self.norm_by_concept[c])
        return out


@functools.lru_cache(maxsize=32)
def rule_index(rules: tuple) -> RuleIndex:
    """The index of ``rules`` (text rules, in the order the engine runs them); built once per rule set, from the
    index of the loaded packs' rules (``adopt``) when they are all among them: their keys restricted to ``rules``
    (``KeyIndex.restricted``, exact under any filing), not chosen again (a tenth of a second a rule set)."""
    for whole, rules_of, at in _WHOLE:
        where = [at.get(id(r)) for r in rules]
        if None not in where and all(rules_of[u] is r for u, r in zip(where, rules)):
            return _index(rules, whole.keys.restricted(dict(zip(where, range(len(rules))))))
    return build_index(rules)


def build_index(rules: tuple) -> RuleIndex:
    """The index of ``rules``, every key chosen from them (what ``rule_index`` answers without ``adopt``)."""
    required = {}
    for i, r in enumerate(rules):
        if r.gate is None and r.prefilter is None:
            if not r.norm:
                required[i] = None       # no prefilter: the rule's own any/all decide (match_text)
            continue
        required[i] = r.keys             # the gate's, else the prefilter's required keys (prepared by the loader)
    return _index(rules, KeyIndex(required))


def _index(rules: tuple, keys: KeyIndex) -> RuleIndex:
    norm = tuple(i for i, r in enumerate(rules) if r.norm)
    norm_keys = {i: frozenset().union(*(condition_keys(c, rules[i].lexicon) for c in rules[i].norm)) for i in norm}
    by_key: dict[str, list[int]] = {}
    for i in norm:
        for k in norm_keys[i]:
            by_key.setdefault(k, []).append(i)
    by_concept: dict[str, set[int]] = {}
    for k, v in by_key.items():
        by_concept.setdefault(k.split(":", 1)[1], set()).update(v)
    names = frozenset().union(*(condition_names(c, rules[i].lexicon) for i in norm for c in rules[i].norm))
    return RuleIndex(keys, norm, norm_keys, {k: tuple(v) for k, v in by_key.items()},
                     {k: tuple(sorted(v)) for k, v in by_concept.items()}, names)


# the index of each loaded rule set, with its rules and their positions by identity (review.rules.load_packs)
_WHOLE: list[tuple[RuleIndex, tuple, dict[int, int]]] = []


def whole_index(rules) -> RuleIndex:
    """``build_index`` of the text rules among ``rules`` (the loaded packs): what the rule-pack cache stores with
    them (review/pack_cache.py), so that no process chooses the keys again; the lexicons their norm conditions
    read keep the index of the concepts those name (``norms.lexicon.keep_among``, pickled with them)."""
    from .norms.lexicon import keep_among

    text = tuple(r for r in rules if r.kind == "text")
    index = build_index(text)
    lexicons = {id(text[i].lexicon): text[i].lexicon for i in index.norm if text[i].lexicon is not None}
    for lexicon in lexicons.values():     # and the concepts' index of the names its norm rules read (norm_readers)
        keep_among(lexicon, index.norm_names)
    return index


def adopt(rules, index: RuleIndex) -> None:
    """Use ``index`` (``whole_index(rules)``) for ``rule_index`` of any rule set drawn from ``rules``."""
    text = tuple(r for r in rules if r.kind == "text")
    if index.norm != tuple(i for i, r in enumerate(text) if r.norm):
        return                           # not the index of these rules
    _WHOLE.insert(0, (index, text, {id(r): i for i, r in enumerate(text)}))
    del _WHOLE[4:]                       # the rules stay alive while they are here: their ids are theirs
    rule_index.cache_clear()
