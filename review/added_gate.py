"""An added condition that a clause in its own words shows (round 37, up37, issue 8).

A clause restating an article in other words is compared with the article's unit, and the changes of the weaker
kinds — an added condition among them — count only where the clause's own words confirm them
(review.upper_changes.confirmed_changes): between two texts on one subject an added condition is as often a second norm as
a change of the first. An added condition (``condition_added``: a condition word the article does not hold,
review.compare.regions.new_condition) is confirmed where

* the clause names the party's application and the article's unit states that same application (申领保安员证 for
  保安服务管理条例 第十六条, 申请法律援助 for 法律援助法 第四十一条, 申请消防安全检查 for 消防法 第十五条: ``states_application``)
  — a registration rule listing papers for a 抵押权变更登记 adds nothing to 民法典 第四百零九条, which states no
  application; and
* the clause marks the condition as on top of the article's (除……外，还应当具有……; 另须: ``ON_TOP``), or the added words
  are a paper a third body issues (review/norms/paper.py ``papers``) or an approval the act must pass first (the norm
  reading's preconditions).

Then the clause adds what the law does not ask: 增设条件 (行政许可法 第十六条第四款: a specification may not add
conditions; 优化营商环境条例 第四十四条 for papers).
"""

from __future__ import annotations

import re

# the clause's own words saying it adds to what the article asks (除……外，还应当具有……; 另须提交……; 同时还应当……)
ON_TOP = re.compile(r"(?:还|另|另行|同时还?|此外还?)(?:应当|应|须|需|必须|需要|要)")
ON_TOP_BEFORE, ON_TOP_AT = 4, 5
# the party's application the condition is added to (申领保安员证, 申请法律援助, 申请消防安全检查): its object …
APPLICATION = re.compile(r"(?:申请|申领|申办|报批|办理)([^，,。；;：:的时]{2,14})")
# … whose content pairs the article's unit holds at least this share of (and two of them)
APPLICATION_SHARED = 0.5


def states_application(sentence: str, header: str, unit_text: str) -> bool:
    """Whether the clause's sentence (or its list's lead-in) names the party's application and the article's unit states
    that application (the object's content pairs held, APPLICATION_SHARED, and its head): a paper a registration rule lists for a
    抵押权变更登记 adds nothing to 民法典 第四百零九条, which states no application."""
    from .compare.matter import matter_bigrams

    for m in APPLICATION.finditer(f"{header}{sentence}"):
        obj = m.group(1)
        pairs = matter_bigrams(obj)
        held = {p for p in pairs if p in unit_text}
        # (and the object's head, its last two characters: 抵押权变更登记 is no 变更抵押权 — the article states no 登记)
        if len(held) >= 2 and len(held) >= APPLICATION_SHARED * len(pairs) and obj[-2:] in unit_text:
            return True
    return False


def gate_added(change, probe: str, unit_text: str, header: str = "") -> bool:
    """Whether ``change`` (a ``condition_added`` change of ``probe`` against an article) adds, by the clause's own words,
    to what the article asks (还应当……, 另须……: ``ON_TOP``), or at the words it reads as added a paper a third body
    issues (review.norms.paper.papers) or an approval, consent or review the party's act must pass first (a precondition of the ``approval`` concept in the norm reading)."""
    if change.kind != "condition_added" or change.clause_start < 0 or not change.clause_span or not unit_text:
        return False
    from .norms.analyse import analyse
    from .norms.lexicon import default_lexicon
    from .norms.paper import papers
    from .sentences import sentence_bounds

    s0, s1 = sentence_bounds(probe, change.clause_start, change.clause_start + len(change.clause_span))
    sentence = probe[s0:s1]
    if not states_application(sentence, header, unit_text):
        return False
    if ON_TOP.search(probe[max(0, change.clause_start - ON_TOP_BEFORE):change.clause_start + ON_TOP_AT]):
        return True       # the marker just before the added words or opening them
    start = change.clause_start - s0
    end = start + len(change.clause_span)
    if any(b.start < end and start < b.end for b in papers(sentence, header)):
        return True
    return any(p.concept == "approval" and p.text and p.text in change.clause_span
               for norm in analyse(sentence, default_lexicon(), header) for p in norm.preconditions)
