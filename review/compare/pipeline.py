"""The comparison in order: normalise and align both texts, read the differences, grade and sort them.

1. Normalise both texts into comparison strings that keep a map back to the source (``normalise``).
2. Align them with greedy string tiling (``align``).
3. Read the differences: aligned amounts, time limits and ages by value (``figures``), forbidden windows of the
   day (``clock``), an order of two acts reversed (``order``); unaligned stretches as
   replacements, additions and deletions (``regions``, ``modals``); a duty left to the body's judgement
   (``discretion``); exceptions the clause leaves out
   (``exceptions``); other subjects (``subjects``); a precondition put before an act the upper text leaves
   free (``gates``); an effect turned into its opposite class or another kind of body consenting (``effects``).
4. Each reader grades what it finds with the tables in ``grading.toml``: by who bears the change.
"""

from __future__ import annotations

from .acts import read_acts
from .clock import read_time_of_day
from .closed import read_closed_exception
from .order import read_order
from .combination import read_combination, read_joined_alternatives
from .consequences import read_leniency, read_option_removed, read_promptness, read_same_day, read_step_first
from .discretion import read_discretion
from .unmarked_duty import read_unmarked_duty
from .exceptions import read_removed_exceptions
from .exemptions import read_reversed_exemptions
from .permissions import read_refused_permissions
from .effects import read_consent_swapped, read_effects
from .steps import read_step_dropped
from .extended import read_extended_cases
from .reach import read_reach_widened
from .figures import pair_leftover_figures, read_aligned_figures
from .gates import read_added_gate
from .levels import read_level_lowered
from .listed import read_added_members
from .materials import read_added_materials
from .grading import threshold
from ..severity import rank
from .model import Change, Comparison
from .modals import cancel_moved_modals, read_denied_rights, read_modal_moved, read_reversed_prohibitions
from .procedure import read_deemed, read_enforcement, read_rule_maker
from .reading import Reading
from .regions import read_deletions, read_regions
from .subjects import read_subjects
from .frequencies import read_frequency_change
from .lifelong import read_lifelong_bar
from .free_service import read_charged_free_service
from .votes import read_voting_thresholds
from .reversal import read_bearer_changed, read_negation_dropped
from .slots import read_slots_compared

NOTHING = Comparison((), False, 0.0)


def compare(clause_text: str, upper_text: str, *, cites_upper: bool = False, context: str = "",
            article: str = "") -> Comparison:
    """Compare a draft clause with the upper provision it restates. Pure; never raises.

    ``cites_upper``: the clause cites that very article (依照《…》第N条): an exception it leaves out still
    applies through the citation. ``context``: the whole clause (and its list header) when ``clause_text`` is
    one sentence or item of it: an exception of the upper text written anywhere there is kept. ``article``: the
    whole article when ``upper_text`` is one unit of it (the items a 款 names, 前款第六项至第八项)."""
    clause_text = clause_text if isinstance(clause_text, str) else ""
    upper_text = upper_text if isinstance(upper_text, str) else ""
    try:
        return compare_unguarded(clause_text, upper_text, cites_upper=cites_upper, context=context, article=article)
    except Exception:  # pragma: no cover - a last guard; the fuzz test keeps this path unused
        return NOTHING


def compare_unguarded(clause_text: str, upper_text: str, *, cites_upper: bool = False,
                      context: str = "", article: str = "") -> Comparison:
    """``compare`` without its last guard: an exception here is a bug (the fuzz test calls this)."""
    context = context if isinstance(context, str) else ""
    reading = Reading.of(clause_text, upper_text, cites_upper, context)
    reading.article = article if isinstance(article, str) else ""
    if not reading.clause.chars or not reading.upper.chars:
        return NOTHING
    aligned = sum(1 for j in reading.clause_to_upper if j >= 0)
    similarity = aligned / len(reading.clause.chars)
    if similarity < threshold("min_comparable"):
        if similarity < threshold("min_paraphrase"):
            return Comparison((), False, similarity)
        # a clause in its own words: too little in common to read stretch by stretch, but a figure, a modal verb
        # on the same act, the executing body and a deemed consequence can still be read on both texts
        pair_leftover_figures(reading)
        read_time_of_day(reading)
        read_order(reading)
        read_acts(reading)
        read_unmarked_duty(reading)
        read_enforcement(reading)
        read_rule_maker(reading)
        read_level_lowered(reading)
        read_deemed(reading)
        read_effects(reading)
        read_consent_swapped(reading)
        read_step_dropped(reading)
        read_leniency(reading)
        read_promptness(reading)
        read_same_day(reading)
        read_step_first(reading)
        read_option_removed(reading)
        read_voting_thresholds(reading)
        read_frequency_change(reading)
        read_lifelong_bar(reading)
        read_charged_free_service(reading)
        read_bearer_changed(reading)
        read_added_gate(reading)
        read_closed_exception(reading)
        read_slots_compared(reading)
        return Comparison(tuple(_in_clause_order(reading.changes)), False, similarity)
    read_aligned_figures(reading)
    read_regions(reading)
    pair_leftover_figures(reading)
    read_time_of_day(reading)
    read_order(reading)
    read_deletions(reading)
    cancel_moved_modals(reading)
    read_modal_moved(reading)
    read_discretion(reading)
    read_unmarked_duty(reading)
    read_denied_rights(reading)
    read_reversed_prohibitions(reading)
    read_reversed_exemptions(reading)
    read_refused_permissions(reading)
    read_acts(reading)
    read_removed_exceptions(reading)
    read_closed_exception(reading)
    read_extended_cases(reading)
    read_reach_widened(reading)
    read_added_materials(reading)
    read_added_members(reading)
    read_added_gate(reading)
    read_combination(reading)
    read_joined_alternatives(reading)
    read_enforcement(reading)
    read_rule_maker(reading)
    read_level_lowered(reading)
    read_deemed(reading)
    read_effects(reading)
    read_consent_swapped(reading)
    read_step_dropped(reading)
    read_leniency(reading)
    read_promptness(reading)
    read_same_day(reading)
    read_step_first(reading)
    read_option_removed(reading)
    read_voting_thresholds(reading)
    read_frequency_change(reading)
    read_lifelong_bar(reading)
    read_charged_free_service(reading)
    read_negation_dropped(reading)
    read_bearer_changed(reading)
    read_subjects(reading)
    read_slots_compared(reading)
    changes = _in_clause_order(reading.changes)
    faithful = similarity >= threshold("faithful_similarity") and all(c.severity == "info" for c in changes)
    return Comparison(tuple(changes), faithful, similarity)


def _in_clause_order(changes: list[Change]) -> list[Change]:
    """The changes in clause order, worst first at one place, each (kind, place, message) once."""
    seen = set()
    out = []
    for ch in sorted(changes, key=lambda c: (c.clause_start if c.clause_start >= 0 else 1 << 30,
                                              c.upper_start, -rank(c.severity))):
        key = (ch.kind, ch.clause_start, ch.upper_start, ch.message)
        if key in seen:
            continue
        seen.add(key)
        out.append(ch)
    return out
