"""The part of an article a clause restates: a 款 (paragraph), an item (项) read with the words that introduce
it, or the whole article.

A clause restating 工伤保险条例 第十七条第二款 (工伤职工……1年内，可以直接……申请) compared with the whole article
pairs its 三个月 with the 30日 of 第一款 and reads "a longer limit"; compared with 第二款 alone it reads what it
changed, 1年 → 三个月. The unit is the one of the article's units (each 款; each 项 with its lead-in, 听证应当依照以下
程序组织：（一）当事人要求听证的……; two consecutive 款; the 款 its sentences each restate; the whole article) that the
clause covers most tightly: the F2 measure of the longest common subsequence of the normalised texts, which weighs
the share of the clause the unit holds four times the share of the unit the clause holds, so that a clause
restating two 款 is compared with the two.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ITEM = re.compile(r"^\s*[（(][一二三四五六七八九十\d]+[)）]")
_LEAD_IN = re.compile(r"[：:]\s*$")


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit of an article: its text (an exact substring of the article, or a lead-in and an item joined by a
    line break), the 款 it is (1-based, 0 for the whole article) and the item (1-based, 0 for none)."""

    text: str
    paragraph: int = 0
    item: int = 0
    span: int = 1               # 款 it covers: more than one for two or more 款 taken together

    @property
    def label(self) -> str:
        """第二款, 第一款第（四）项 — "" for the whole article."""
        from statutes.numerals import int_to_cn

        if not self.paragraph or self.span > 1:
            return ""
        out = f"第{int_to_cn(self.paragraph)}款"
        return out + (f"第（{int_to_cn(self.item)}）项" if self.item else "")


def units(article_text: str) -> list[Unit]:
    """The whole article first, then each 款, then each 项 with its lead-in (a line ending in a colon)."""
    lines = [line for line in (article_text or "").split("\n") if line.strip()]
    out = [Unit(article_text)]
    if len(lines) < 2:
        return out
    paragraph, item, lead, sub_lead = 0, 0, "", ""
    for line in lines:
        if lead and _ITEM.match(line):
            item += 1
            out.append(Unit(f"{lead}\n{line}", paragraph, item))
            # (an item that is itself a lead-in: (一)架空电力线路保护区：……延伸距离如下：, its table rows after it)
            sub_lead = f"{lead}\n{line}" if _LEAD_IN.search(line) else ""
            continue
        if (sub_lead or lead) and _table_row(line):
            item += 1
            out.append(Unit(f"{sub_lead or lead}\n{line}", paragraph, item))
            continue
        paragraph += 1
        item = 0
        sub_lead = ""
        lead = line if _LEAD_IN.search(line) else ""
        out.append(Unit(line, paragraph))
    return out


# a row of a table under its lead-in (……边线延伸距离如下：\n1—10千伏 5米): a short line with no sentence in it, read as
# an item of the lead-in (电力设施保护条例 第十条)
_ROW_MAX = 24
_SENTENCE_MARKS = re.compile(r"[，。；,;：:]")


def _table_row(line: str) -> bool:
    return len(line.strip()) <= _ROW_MAX and not _SENTENCE_MARKS.search(line.strip())


def best_unit(clause: str, article_text: str) -> Unit:
    """The unit of the article the clause covers most tightly (see the module docstring): each 款 or 项 alone, two
    consecutive 款, the 款 the clause's sentences each restate taken together, or the whole article (when it has
    one unit or nothing is in common)."""
    from statutes.search import normalise

    candidates = units(article_text)
    if len(candidates) == 1:
        return candidates[0]
    q = normalise(clause)
    if not q:
        return candidates[0]
    paragraphs = [u for u in candidates[1:] if not u.item]
    candidates += [Unit(f"{a.text}\n{b.text}", a.paragraph, span=2) for a, b in zip(paragraphs, paragraphs[1:])]
    sentences = [normalise(x) for x in _SENTENCE.findall(clause)]
    if len(sentences) > 1:
        chosen = _without_covered({_tightest(x, candidates[1:]) for x in sentences if x})
        if len(chosen) > 1:
            leads = {u.text.rpartition("\n")[0] for u in chosen if u.item}
            if all(u.item for u in chosen) and len(leads) == 1:
                # items of one lead-in, one per sentence (县道……为5米；乡道为3米): the lead-in once, then the items
                candidates.append(Unit("\n".join([leads.pop()] + [u.text.rpartition("\n")[2] for u in chosen]),
                                       chosen[0].paragraph, chosen[0].item))
            else:
                candidates.append(Unit("\n".join(u.text for u in chosen), chosen[0].paragraph,
                                       span=sum(u.span for u in chosen)))
    return _tightest(q, candidates, _dims(clause))


_SENTENCE = re.compile(r"[^。；]+")


def _covers(unit: Unit, other: Unit) -> bool:
    """Whether ``unit`` (a 款 or consecutive 款) holds ``other`` (a 款 it spans, or an item of one)."""
    return unit != other and not unit.item and unit.paragraph <= other.paragraph < unit.paragraph + unit.span \
        and (unit.span > other.span or other.item > 0)


def _without_covered(chosen: set[Unit]) -> list[Unit]:
    """The units the clause's sentences restate, in the article's order, without one another chosen unit holds
    (两款 chosen for one sentence and its 第一款 for another: the 第一款 once) — a fixed order, whatever the set's."""
    kept = [u for u in chosen if not any(_covers(other, u) for other in chosen)]
    return sorted(kept, key=lambda u: (u.paragraph, u.item, u.span, u.text))


FIGURELESS = 0.8        # a unit without a figure of a dimension the clause has (a fine, a time limit) counts less


def _dims(text: str) -> frozenset:
    from ..quantities import find_quantities

    return frozenset(q.dim for q in find_quantities(text))


# a run of figures of a period, a distance, an age or a count (五十年, 10米, 3次): the unit a clause restates is found by
# what its figure is about, the words, not by the figure's value — 商业、旅游、娱乐用地……五十年 restates the item of 商业
# 用地 (四十年), not one of the items that say 五十年; the value only decides between units whose words tie. Amounts keep
# their values (and the numbers of articles theirs): 违反本条例第二十八条……处三千元罚款 is no closer to one item of a
# penalty list for figures read as marks
_FIGURE_RUN = re.compile(r"(?:[0-9０-９.．]+|[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+)?)"
                         r"(?=个?(?:工作日|小时|年|月|日|天|周岁|岁|周|星期|公里|千米|米|次))")
BY_VALUE = 0.001        # the weight of the score with the figures' values left in: a tie-breaker
BY_ITEM_UNNAMED = 0.1   # an item whose object the clause does not name word for word, where another's it does
BY_ITEM_WORDS = 0.01    # the weight of the share of an item's own content pairs the clause lacks: a tie-breaker before
                        # the values (县道公路建筑控制区……十五米 is (三)县道不少于10米, not (四)乡道不少于5米)


def _figureless(text: str) -> str:
    return _FIGURE_RUN.sub("#", text)


def _tightest(q: str, candidates: list[Unit], dims: frozenset = frozenset()) -> Unit:
    """The candidate with the best F2 measure against the normalised clause text ``q`` (the clause's share weighed
    four times the unit's), ``FIGURELESS`` of it for a unit lacking a dimension of figure in ``dims``; measured with
    every run of figures read as one mark (``_figureless``), the values only breaking a tie (``BY_VALUE``)."""
    from statutes.search import normalise

    best, best_score = candidates[0], -1.0
    bare_q = _figureless(q)
    # what each item's own words leave unsaid, against the item that leaves least: a tie-break among items, no
    # handicap of the best item against the 款 or the article
    unsaid = {u: _unsaid(_figureless(normalise(_ITEM.sub("", u.text.rpartition("\n")[2]))), bare_q)
              for u in candidates if u.item}
    least_unsaid = min(unsaid.values(), default=0.0)
    # an item whose object the clause names word for word, against items whose objects it holds only apart: 驾驶电动
    # 自行车 is (二)驾驶电动自行车和残疾人机动轮椅车, not (一)驾驶自行车、三轮车 (自行车 is in 电动自行车, 驾驶自行车 is not)
    named = {u for u in candidates if u.item and _names_object(_ITEM.sub("", u.text.rpartition("\n")[2]), q)}
    for unit in candidates:
        u = normalise(unit.text)
        if not u or not q:
            continue
        turned = None
        if unit.item:   # 非法扣押他人居住证的，由公安机关……罚款: the item first, then what its lead-in says
            lead, _, item = unit.text.rpartition("\n")
            turned = normalise(item + lead)
        score = _f2(bare_q, _figureless(u), turned and _figureless(turned))
        if score is None:
            continue
        score += BY_VALUE * (_f2(q, u, turned) or 0.0)
        if unit.item:
            score -= BY_ITEM_WORDS * (unsaid[unit] - least_unsaid)
            if named and unit not in named:
                score -= BY_ITEM_UNNAMED
        if dims and not dims <= _dims(unit.text):
            score *= FIGURELESS
        if score > best_score + 1e-9:
            best, best_score = unit, score
    return best


# the words of an item that say its bound, not its object (乡道不少于5米: 乡道 is what the clause must speak of)
_BOUND_WORDS = re.compile(r"不得少于|不少于|不得低于|不低于|不得超过|不超过|以上|以下|以内|至少|最高|最低|最长|最短|为|#")


# an item's object: its words before its norm (必须年满, 不少于, 为 …), its alternatives apart
_OBJECT_END = re.compile(r"必须|应当|应|不得|不少于|不低于|不超过|不高于|最低|最高|以上|以下|为|的|，|,|#|\d")
_ALTERNATIVES = re.compile(r"、|和|及|与|或者|以及|或")


def _names_object(item: str, q: str) -> bool:
    """Whether the normalised clause ``q`` says, word for word, one of the alternatives the item names as its object
    (two characters at least: 县道, 驾驶电动自行车)."""
    from statutes.search import normalise

    own = _OBJECT_END.split(normalise(item), 1)[0]
    return any(len(part) >= 2 and part in q for part in _ALTERNATIVES.split(own))


def _unsaid(item: str, q: str) -> float:
    """The share of the character pairs of an item's own words, its bound and figures aside, that the clause ``q``
    does not hold."""
    item = _BOUND_WORDS.sub("|", item)
    pairs = {item[i:i + 2] for i in range(len(item) - 1)}
    pairs = {p for p in pairs if "|" not in p}
    return len({p for p in pairs if p not in q}) / len(pairs) if pairs else 0.0


def _f2(q: str, u: str, turned: str | None) -> float | None:
    """The F2 measure of the common subsequence of ``q`` and ``u`` (or of ``turned``, the item before its lead-in,
    where that holds more); None when they share nothing."""
    from rapidfuzz.distance import Indel

    if not u or not q:
        return None
    common = (len(q) + len(u) - Indel.distance(q, u)) / 2
    if turned:
        common = max(common, (len(q) + len(turned) - Indel.distance(q, turned)) / 2)
    if not common:
        return None
    held, used = common / len(q), common / len(u)
    return 5 * held * used / (4 * used + held)
