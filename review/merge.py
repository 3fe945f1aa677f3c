"""One finding per problem: findings of related rules on the same words become one finding with all bases.

Two findings are the same problem when they stand in the same clause and their quotes overlap (FP-LINK,
FP-COMPLY and FP-PROOF on "无违反计划生育政策证明"; a family-planning proof that is also a 证明事项), when
one rule fires twice in one clause (a heading and the sentence under it), when two rules find measures of one
kind set in one sentence (a fine and a disqualification: the sentence sets penalties), or when an old family-planning
body is named in the sentence of a family-planning demand that must go (it issues or checks that proof).
The merged finding keeps the most serious one's rule, category and wording (error before warning, then the
category order of ``PRIORITY``), carries every basis, lists the other rules and their problems in
``detail["merged"]`` and every category in ``detail["categories"]`` (a disposition counts them all), and
quotes the words the findings cover (cut at sentence and phrase boundaries, ``review.quotes``).
``info`` findings are never merged into a warning or error (a faithful restatement stays a note).
"""

from __future__ import annotations

from dataclasses import replace

from .quotes import covering_quote
from .sentences import ARTICLE_LEAD, PHRASE_END, closed, sentence_bounds

PRIORITY = ("family-planning", "repealed-law", "penalty", "license", "coercion", "fee", "proof", "rights", "power",
            "fair-competition", "upper-law", "citation", "agency", "validity", "procedure", "contract")
_SEV = {"error": 0, "warning": 1, "info": 2}


def _span(f) -> tuple[int, int] | None:
    if f.clause is None or not f.quote:
        return None
    at = f.clause.text.find(f.quote)
    if at < 0 and getattr(f.clause, "header", ""):
        # words of a list item's lead-in, lent to the item (处……罚款 in 有下列情形之一的，……处……罚款：): placed before
        # the item's own text, so that two findings quoting the lead-in overlap there
        h = f.clause.header.find(f.quote)
        if h >= 0:
            base = -len(f.clause.header) - 1
            return (base + h, base + h + len(f.quote))
    return (at, at + len(f.quote)) if at >= 0 else None


def _same_rule(a, b) -> bool:
    """One rule twice in a clause is one problem — except citations of different laws, old names in different
    sentences (review.agencies keeps one finding per place) and sentences altering an upper provision each
    (review.governing: one finding per altered sentence)."""
    return (a.rule == b.rule and a.category not in ("agency", "citation", "repealed-law", "upper-law")
            and a.detail.get("law") == b.detail.get("law"))


_SENTENCE_CATEGORIES = ("penalty", "license", "coercion", "fee")   # what a sentence sets: one problem of its kind


def _same_setting(a, b) -> bool:
    """Two findings of one kind of measure set in one sentence (并处1千元以下罚款，自驳回申请之日起10年内不予受理: a
    fine and a disqualification, one penalty clause) are one problem: the sentence sets penalties."""
    if a.category != b.category or a.category not in _SENTENCE_CATEGORIES or a.clause is None or b.clause is None:
        return False
    from .sentences import sentence_bounds

    sa, sb = _span(a), _span(b)
    if sa is None or sb is None:
        return False
    return sentence_bounds(a.clause.text, *sa) == sentence_bounds(b.clause.text, *sb)


def _body_of_removed_demand(a, b) -> bool:
    """An old family-planning body named in the sentence of a family-planning demand that must go (2. 计划生育证明（由
    户籍地……计划生育行政部门出具……，并经入户地镇街计划生育行政部门审核）): the body's only part there is to issue or
    check what is to be deleted, so deleting the demand deletes the name — one problem, not a renaming besides it.
    (A 计生部门 named elsewhere, doing anything else, stays the agency finding it is.)"""
    if {a.category, b.category} != {"family-planning", "agency"} or a.clause is None or b.clause is None:
        return False
    demand, body = (a, b) if a.category == "family-planning" else (b, a)
    if demand.severity != "error" or len(body.detail.get("rules") or [body.rule]) > 1:
        return False        # (a place naming other old bodies too, 规划国土、……人口计生部门: their renaming stays)
    from .norms.lexicon import default_lexicon
    from .sentences import wrapped_sentence_bounds

    sa, sb = _span(demand), _span(body)
    if sa is None or sb is None or min(sa[0], sb[0]) < 0:
        return False
    text = a.clause.text
    if wrapped_sentence_bounds(text, *sa) != wrapped_sentence_bounds(text, *sb):
        return False
    return default_lexicon().has("fp.agency", body.quote.replace("\n", ""))


def _rank(f) -> tuple:
    cat = PRIORITY.index(f.category) if f.category in PRIORITY else len(PRIORITY)
    return (_SEV.get(f.severity, 3), cat)


def merge_findings(findings: list) -> list:
    """Findings with those on the same words merged (see the module docstring); order kept."""
    groups: list[list] = []
    spans: list[list] = []
    by_clause: dict[int, list[int]] = {}    # clause index -> the groups a finding there may join, in order
    for f in findings:
        sp = _span(f)
        placed = False
        if sp is not None and f.severity != "info":
            for n in by_clause.get(f.clause.index, ()):
                g, gs = groups[n], spans[n]
                if (any(sp[0] < e and s < sp[1] for s, e in gs) or any(_same_rule(x, f) for x in g)
                        or any(_same_setting(x, f) or _body_of_removed_demand(x, f) for x in g)):
                    g.append(f)
                    gs.append(sp)
                    placed = True
                    break
        if not placed:
            if f.clause is not None and f.severity != "info":
                by_clause.setdefault(f.clause.index, []).append(len(groups))
            groups.append([f])
            spans.append([sp] if sp else [])
    return [g[0] if len(g) == 1 else _merged(g) for g in groups]


def _merged(group: list):
    # among equals, the finding that says its measure may come from a basis the corpus lacks (review.cited_basis) leads:
    # that qualifier is the reviewer's first question about the whole sentence
    main = min(group, key=lambda f: (*_rank(f), not f.detail.get("bases_unverified"), -len(f.quote or "")))
    others = [f for f in group if f is not main]
    quote = covering_quote(main.clause.text, [main.quote] + [f.quote for f in others])
    suggestion = main.suggestion
    for f in others:
        if f.category != main.category and f.suggestion and f.suggestion not in suggestion:
            suggestion = suggestion.rstrip("。") + "；" + f.suggestion if suggestion else f.suggestion
    upper = main.upper if main.upper is not None else next((f.upper for f in others if f.upper is not None), None)
    detail = {**main.detail, "categories": _categories(main, others), "merged": _merged_entries(others)}
    beside = _other_places(main, others)
    if beside:
        detail["quotes"] = beside
    # the places the merged findings list (a plan's passed deadlines, an old body's other places) stay listed
    places = _places(main, others)
    if places:
        detail["folded"] = places
    if upper is not None and "comparison" not in detail:
        cmp = next((f.detail["comparison"] for f in others if "comparison" in f.detail), None)
        if cmp is not None:
            detail["comparison"] = cmp
    return replace(main, quote=quote, basis=_bases(main, others), problem=_joined_problem(main, others),
                   suggestion=suggestion, detail=detail, upper=upper)


def _other_places(main, others: list) -> list:
    """The hits of the merged findings in the order they stand in the clause, the main finding's first, when one of
    them stands in another sentence of the clause than the main finding's quote and quotes other words (a rule that
    fired on two papers of one clause: 1、……学历证明; 6、……无传染疾病证明 — two problems, one finding): kept as the
    finding's hits (``detail["quotes"]``) so that ``list_clause_repeats`` names that place, as it names a rule's further
    hits. A hit restating the main words (a heading over the sentence that sets the fee) or in the main sentence (the
    covering quote holds it) adds no place; [] when none does."""
    text = main.clause.text
    at = text.find(main.quote) if main.quote else -1
    if at < 0:
        return []
    s0, s1 = sentence_bounds(text, at, at + len(main.quote))
    sentence = text[s0:s1]
    placed = []
    for f in others:
        for pos, q in _standing(text, f.detail.get("quotes") or [f.quote]):
            if not (s0 <= pos < s1 or main.quote in q or _heading(text, pos, pos + len(q))
                    and ARTICLE_LEAD.sub("", q).strip() in sentence):
                placed.append((pos, q))
    if not placed:
        return []
    hits = _standing(text, main.detail.get("quotes") or [main.quote])
    hits += [h for h in placed if h not in hits]
    # in the order they stand: list_clause_repeats looks for each hit after the one before it
    return [q for _, q in sorted(hits)]


def _heading(text: str, start: int, end: int) -> bool:
    """Whether [start, end) stands in a heading: a sentence of no phrase (特许经营权使用费 on a line of its own)."""
    s, e = sentence_bounds(text, start, end)
    return not any(c in text[s:e] for c in PHRASE_END)


def _standing(text: str, quotes) -> list[tuple[int, str]]:
    """Where each of a finding's hits stands in ``text``, a repeated hit at the next place its words stand (the fine of
    a clause's second paragraph, 并处1千元以下罚款 again); hits not in the text left out."""
    out, at = [], {}
    for q in quotes:
        pos = text.find(q, at.get(q, 0)) if q else -1
        if pos >= 0:
            out.append((pos, q))
            at[q] = pos + len(q)
    return out


def carrying(main, others: list):
    """``main`` standing also for the findings ``others`` that yielded to it on its sentence (review.match.
    without_yielded: a rights burden read on words another category reports): their categories, rules, bases and
    problems, recorded as a merged finding records them; its own quote and wording lead. ``main`` itself when the
    others add no category."""
    categories = _categories(main, others)
    if categories == list(main.detail.get("categories") or (main.category,)):
        return main
    detail = {**main.detail, "categories": categories,
              "merged": list(main.detail.get("merged") or []) + _merged_entries(others)}
    return replace(main, basis=_bases(main, others), problem=_joined_problem(main, others), detail=detail)


def _places(main, others: list) -> list:
    """Every place the findings list (``detail.folded``), the main finding's first, each once."""
    out, seen = [], set()
    for f in [main, *others]:
        for p in f.detail.get("folded") or ():
            key = (p.get("index"), p.get("quote"))
            if key not in seen:
                seen.add(key)
                out.append(p)
    return out


def _categories(main, others: list) -> list:
    """Every category the findings stand for: their own, and those their rules declare (a birth-status proof is a 证明
    事项 too)."""
    return list(dict.fromkeys(c for f in [main, *others] for c in (f.detail.get("categories") or (f.category,))))


def _bases(main, others: list) -> tuple:
    return tuple(dict.fromkeys(b for f in [main, *others] for b in f.basis))


def _merged_entries(others: list) -> list:
    return [{"rule": f.rule, "category": f.category, "severity": f.severity, "title": f.title, "problem": f.problem}
            for f in others]


def _joined_problem(main, others: list) -> str:
    """``main``'s problem and what the others say that it does not: a finding of another category keeps its words; one
    of the same category (FP-LINK and FP-COMPLY on one condition) restates the main problem and keeps only its basis —
    except a measure of another rule set in the same sentence (a fine and a bar, a shaming and a bar: ``_same_setting``)."""
    problem = main.problem
    for f in others:
        other_measure = f.category == main.category in _SENTENCE_CATEGORIES and f.rule != main.rule
        if (f.category != main.category or other_measure) and f.problem and f.problem not in problem:
            problem = closed(problem) + "另，" + f.problem
    return problem


def fold_document_repeats(findings: list) -> list:
    """One finding per document for a rule whose problem is the same wherever it stands (``detail.fold =
    "document"`` in its pack: an abolished institution named again and again — a review form that lists 劳动教养
    among the measures to check on each of its fifteen pages, D124): the first place is the finding, the later
    places holding the same problems are listed in it (``detail.folded``, as review.agencies.fold_repeated lists an
    old body's places) and counted in its problem. Places hold the same problems when the same rule stands there
    merged with the same other rules (``detail.merged``: 劳动教养、收容教育 named together); a place that holds one
    more problem than the first (a fine set there too) stays a finding of its own."""
    from .agencies import place

    first: dict[tuple, int] = {}
    folded: dict[int, list] = {}
    for i, f in enumerate(findings):
        if f.clause is None or (f.detail or {}).get("fold") != "document":
            continue
        key = (f.rule, frozenset(m.get("rule") for m in f.detail.get("merged") or ()))
        if key in first:
            folded.setdefault(first[key], []).append(i)
        else:
            first[key] = i
    if not folded:
        return findings
    gone = {j for more in folded.values() for j in more}
    out = []
    for i, f in enumerate(findings):
        if i in gone:
            continue
        if i in folded:
            places = [place(findings[j]) for j in folded[i]]
            labels = list(dict.fromkeys(p["clause"] for p in places))
            note = (f"文件另有{len(places)}处同样表述（{'、'.join(labels[:8])}{'等' if len(labels) > 8 else ''}），"
                    "一并修改。")
            severity = "error" if any(findings[j].severity == "error" for j in [i, *folded[i]]) else f.severity
            f = replace(f, severity=severity, problem=f.problem.rstrip() + note,
                        detail=f.detail | {"folded": list(f.detail.get("folded") or ()) + places})
        out.append(f)
    return out


def list_clause_repeats(findings: list) -> list:
    """A rule that fires at several places of one clause is one finding there (review.match.apply_rules: the further
    hits go to ``detail["quotes"]``); the places in other sentences or table rows than the quoted one are named too
    — listed (``detail.folded``, as review.agencies lists an old body's places) and counted in the problem — so the
    drafter amends every row of a table that asks for the same proof (D042 附表1: 计划生育证明 in each row), not
    only the first. Hits in the quoted sentence are that sentence's problem and are not named again; agency findings
    list their places themselves (review.agencies)."""
    from .quotes import cut_at_wrap, tidy_span
    from .sentences import sentence_bounds

    out = []
    for f in findings:
        quotes = (f.detail or {}).get("quotes") or ()
        if f.clause is None or len(quotes) < 2 or f.category == "agency" or not f.quote:
            out.append(f)
            continue
        text = f.clause.text
        main = text.find(f.quote)
        if main < 0:
            out.append(f)
            continue
        main_sentence = sentence_bounds(text, main, main + len(f.quote))
        taken = [(main, main + len(f.quote))]
        places, at = [], 0
        for q in quotes:
            pos = text.find(q, at) if q else -1
            if pos < 0:
                continue
            at = pos + len(q)
            span = (pos, pos + len(q))
            if any(span[0] < e and s < span[1] for s, e in taken):
                continue
            s, e = sentence_bounds(text, *span)
            if main_sentence[0] <= s < main_sentence[1] or s <= main_sentence[0] < e:
                continue
            taken.append(span)
            if cut_at_wrap(text, *span):
                # a place does not stop inside a word at a hard wrap either: cut like a finding's own quote (engine.tidy)
                a, b = tidy_span(text, *span)
                if b > a:
                    pos, q = a, text[a:b]
            places.append({"clause": f.clause.label, "index": f.clause.index, "quote": q,
                           "start": f.clause.start + pos})
        if places:
            shown = "、".join(f"“{_short(p['quote'])}”" for p in places[:3])
            note = f"本条另有{len(places)}处同一问题（{shown}{'等' if len(places) > 3 else ''}），一并修改。"
            f = replace(f, problem=f.problem.rstrip() + note,
                        detail=f.detail | {"folded": list(f.detail.get("folded") or ()) + places})
        out.append(f)
    return out


def placed_in_document(f, source: str):
    """The places a finding lists (``detail.folded``) where they stand in the document's ``source`` text. A place's
    ``start`` is counted in its clause's text, which a table read over a page leaves layout lines out of (a row
    number, a page number: D042 附表1, whose rows 10 and 11 drop their numbers), so counted from the clause's start it
    falls short of the words: the place is the same occurrence of its words in the document, counted in its clause
    (its first in the clause is the first in the clause's part of the document), else the first standing at or after
    the count — never one before the clause. A place already standing at its ``start`` is left as it is."""
    folded = (f.detail or {}).get("folded")
    if not folded:
        return f
    out, moved = [], False
    clause = f.clause
    for p in folded:
        quote, start = p.get("quote") or "", p.get("start", -1)
        if not quote or not isinstance(start, int) or start < 0 or source.startswith(quote, start):
            out.append(p)
            continue
        at = -1
        if clause is not None and p.get("index") == clause.index and clause.text:
            # its rank among the same words in the clause's text, up to where it was counted
            rank = clause.text.count(quote, 0, start - clause.start + len(quote)) if start >= clause.start else -1
            if rank >= 1:
                at = clause.start - 1
                for _ in range(rank):
                    at = source.find(quote, at + 1)
                    if at < 0:
                        break
        if at < 0:
            at = source.find(quote, start)
        if at >= 0 and at != start:
            out.append({**p, "start": at})
            moved = True
        else:
            out.append(p)
    return replace(f, detail=f.detail | {"folded": out}) if moved else f


def _short(quote: str, n: int = 30) -> str:
    """A place's words as a problem names them: on one line, at most ``n`` characters, cut marked."""
    q = "".join(quote.split())
    return q if len(q) <= n else q[:n] + "……"
