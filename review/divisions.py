"""County-level divisions abolished since a document was written (the document's scope, a condition or a place of
business named by a 区/县/县级市 that no longer exists: 本细则适用于上城区、下城区、江干区; 从化、增城市可参照本办法;
申请在东城、西城、崇文、宣武登记常住户口的) — a validity finding, 修改: 区划已调整.

The changes are data (``tables/divisions.toml``), each row one approval with its source: the names abolished, the
city, what took their place, the date, and the city's other county-level names (``siblings``). A name is read

* written out with its level (崇文区, 从化市, 高淳县), or
* bare as an item of an enumeration of the city's divisions (东城、西城、崇文、宣武; 白云、黄埔、萝岗、南沙、番禺、花都区;
  从化、增城市), the level it shares with the list's last item, if any, being its own.

A name re-created at another level (从化市 → 从化区) counts only with its old level (从化市; 从化、增城市 — not
从化、增城区, nor a bare 从化、增城). Not read (``_history``): a name after 原/旧/前 (原崇文区, （原萝岗区）), a sentence
narrating the change (撤销, 合并, 并入, 区划调整), a sentence opening with a year before the change (2008年，宣武区……), a
name inside 《》, a street address (萝岗区神舟路867号). The review date governs: before the change nothing is said; a
document made before it used the name right then (the opinion says the problem arose later).

``abolished_divisions`` is pure: one finding per change per document, at its first place, listing the others
(``detail.folded``, as ``review.agencies.fold_repeated`` lists an old body's places).
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass, replace
from pathlib import Path

from .model import Finding, made_on
from .norms.lexicon import literal_alternation
from .rules import Basis
from .sentences import sentence_bounds

TABLE = Path(__file__).resolve().parent / "tables" / "divisions.toml"
LEVELS = "区县市"
RULE = "P-DIVISION-ABOLISHED"


@dataclass(frozen=True, slots=True)
class DivisionChange:
    city: str
    abolished: tuple[str, ...]      # full names, with their level: 崇文区, 从化市
    successors: tuple[tuple[str, str], ...]   # (each abolished name, the unit its area belongs to now)
    siblings: tuple[str, ...]       # the city's other county-level names, without their level
    date: str                       # ISO date of the approval (or of its first publication)
    approval: str
    source: str
    renamed: tuple[str, ...] = ()   # the names re-created under the same name at another level (从化市 → 从化区)

    def successor_of(self, written: str) -> str:
        """The unit that holds now the area of the abolished name as written (崇文, 崇文区, 增城市)."""
        return next(to for name, to in self.successors if written.rstrip(LEVELS) == name[:-1])

    def old_level(self, core: str) -> str:
        """The level the abolished name ``core`` (without it) had: 区, 县 or 市."""
        return next(n[-1] for n in self.abolished if n[:-1] == core)


@functools.lru_cache(maxsize=1)
def changes() -> tuple[DivisionChange, ...]:
    data = tomllib.loads(TABLE.read_text(encoding="utf-8"))
    return tuple(DivisionChange(**{**c, **{k: tuple(c.get(k, ())) for k in ("abolished", "siblings", "renamed")},
                                   "successors": tuple(c["successors"].items())}) for c in data["change"])


# a name that is part of a longer place or thing (崇文门, 宣武医院, 增城市场监管局) or of the people of the place as it is
# now (增城市民: 增城 + 市民; not 增城市民政局): not the division
_NOT_DIVISION_AFTER = r"(?![门路街道桥巷医场])(?<!市(?=民(?!政)))"
# a street address right after the name (萝岗区神舟路867号)
_ADDRESS = re.compile(r"[\u4e00-\u9fff]{1,10}?(?:路|街|大道|巷|道)[\u4e00-\u9fff]{0,2}[\d一二三四五六七八九十〇]+号")
_NARRATED = re.compile(r"撤销|撤并|合并|并入|划归|划入|区划调整|调整行政区划|更名|撤[县市]设区|设立新的")
_YEAR_OPENING = re.compile(r"^\s*(?:[（(]?[一二三四五六七八九十\d]+[)）、.．]\s*)?(\d{4})年")


@functools.lru_cache(maxsize=None)
def _patterns(change: DivisionChange) -> tuple[re.Pattern, re.Pattern]:
    """(a full name with its level, an enumeration of the city's names) for ``change``."""
    cores = [n[:-1] for n in change.abolished]
    full = re.compile("(?:" + "|".join(map(re.escape, change.abolished)) + ")" + _NOT_DIVISION_AFTER)
    item = "(?:" + literal_alternation(set(cores) | set(change.siblings)) + f")[{LEVELS}]?" + _NOT_DIVISION_AFTER
    listing = re.compile(f"{item}(?:、{item})+")
    return full, listing


def _items(listing: str, change: DivisionChange) -> list[tuple[int, str, str]]:
    """The (offset, name, level written or "") of each item of an enumeration."""
    out, at = [], 0
    names = sorted(set(n[:-1] for n in change.abolished) | set(change.siblings), key=len, reverse=True)
    for part in listing.split("、"):
        core = next(n for n in names if part.startswith(n))
        out.append((at, core, part[len(core):len(core) + 1]))
        at += len(part) + 1
    return out


def named_places(text: str, change: DivisionChange) -> list[tuple[int, int]]:
    """The (start, end) of every place ``text`` names an abolished division of ``change`` (module docstring)."""
    full, listing = _patterns(change)
    cores = {n[:-1] for n in change.abolished}
    renamed = {n[:-1] for n in change.renamed}
    spans = {(m.start(), m.end()) for m in full.finditer(text)}
    for m in listing.finditer(text):
        items = _items(m.group(), change)
        shared = items[-1][2]
        for at, core, level in items:
            if core not in cores:
                continue
            own = level or shared
            if own == change.old_level(core) or (not own and core not in renamed):
                spans.add((m.start() + at, m.start() + at + len(core) + len(level)))
    return sorted(s for s in _dedupe(spans) if not _history(text, *s, change))


def _dedupe(spans: set) -> list[tuple[int, int]]:
    """Spans not inside another one."""
    return [s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)]


def _history(text: str, start: int, end: int, change: DivisionChange) -> bool:
    """The name is history, a title or an address, not the document's operative scope (module docstring)."""
    s, e = sentence_bounds(text, start, end)
    sentence = text[s:e]
    before = text[max(s, start - 12):start]
    if re.search(r"[原旧前]$", before) or re.search(r"[原旧前](?:[\u4e00-\u9fff]{1,4}[、，])+$", before):
        return True
    if text.count("《", s, start) > text.count("》", s, start):
        return True
    if _NARRATED.search(sentence):
        return True
    year = _YEAR_OPENING.match(sentence)
    if year and int(year.group(1)) < int(change.date[:4]) and year.end() <= start - s:
        return True
    return bool(_ADDRESS.match(text, end))


def _quote(text: str, start: int, end: int) -> str:
    """The sentence holding the name; in a long sentence, the phrase between its commas."""
    s, e = sentence_bounds(text, start, end)
    if e - s > 100:
        s = max(s, max(text.rfind(c, s, start) for c in "，；：,") + 1)
        stops = [i for i in (text.find(c, end, e) for c in "，；。,") if i >= 0]
        e = min(stops) if stops else e
    return _ARTICLE_NUMBER.sub("", text[s:e].strip()).rstrip("。；，")


_ARTICLE_NUMBER = re.compile(r"^第[一二三四五六七八九十百零〇\d]+条[\s\u3000]*")


def abolished_divisions(doc, clauses, as_of: str) -> list[Finding]:
    """P-DIVISION-ABOLISHED: one finding per change of ``tables/divisions.toml`` in force at ``as_of`` whose abolished
    divisions the document names as its own scope, condition or place (module docstring)."""
    made = made_on(doc)
    out = []
    for change in changes():
        if as_of[:10] < change.date:
            continue
        hits = [(c, s, e) for c in clauses for s, e in named_places(c.text, change)]
        if not hits:
            continue
        # a place is a sentence (its quote): two names in one sentence are one place to amend
        places: dict[tuple, list] = {}
        for c, s, e in hits:
            places.setdefault((c.index, _quote(c.text, s, e)), []).append((c, s, e))
        first, *more = [_finding(spans, change, made) for spans in places.values()]
        if more:
            from .agencies import place

            places = [place(f) for f in more]
            labels = list(dict.fromkeys(p["clause"] for p in places))
            first = replace(first, problem=first.problem + f"文件另有{len(places)}处（{'、'.join(labels[:8])}"
                            f"{'等' if len(labels) > 8 else ''}）使用已撤销的区划，一并修改。",
                            detail=first.detail | {"folded": places})
        out.append(first)
    return out


def _finding(spans: list, change: DivisionChange, made: str) -> Finding:
    """The finding at one place: the sentence of ``spans`` (clause, start, end), naming each abolished division in it."""
    clause, start, end = spans[0]
    written = list(dict.fromkeys(clause.text[s:e] for _, s, e in spans))
    names = "、".join(written)
    now = "、".join(dict.fromkeys(change.successor_of(n) for n in written))
    quote = _quote(clause.text, start, end)
    when = ("文件制定时该区划尚未调整，问题系其后产生。" if made and made[:10] < change.date
            else "文件制定时该区划已经调整。" if made else "")
    return Finding(
        rule=RULE, category="validity", severity="warning", title="使用已撤销的行政区划",
        clause=clause, quote=quote,
        problem=(f"“{quote}”中的“{names}”已经撤销（{change.city}，{change.date}，{change.approval}），"
                 f"其行政区域现属{now}。{when}"),
        suggestion="按现行行政区划修改文件的适用范围、条件或者办理地点（已撤销的区划不再作为规定的对象）。",
        basis=(Basis(law=change.approval, level="政策文件", note=change.source),),
        detail={"at": clause.text.find(quote), "divisions": names, "change_date": change.date})
