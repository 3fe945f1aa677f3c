"""Mechanical fixes: the findings an office corrects without judgement, as edits of the document text.

Pure: a finding, the document text and where its quote stands in, an ``Edit`` (or None) out. The policy is
data (``fixes.toml``, with examples the tests run) plus the facts the findings carry:

* an agency rename (category ``agency``): the old name in the quote → the pack's single new name;
* a repealed law (``repealed-law``): 《old title》 → 《successor》, and the article too when the corpus resolved
  the successor's article (``successor_article``); a citation of an article without that stays a comment;
* a wrong article number (``citation``, verdict ``quote_differs`` or ``not_found`` with a ``suggestion``):
  the article as cited → the article whose text the quote matches;
* a rule listed under ``[[delete]]`` (计划生育 conditions and items): the quoted words are deleted.

Only findings above ``info`` are fixed; anything ambiguous is left to the comment.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..sentences import sentence_bounds

FIXES_FILE = Path(__file__).with_name("fixes.toml")

_SEPARATORS = "，,、"
_ENDS = "。；;，,：:"
_OPENERS = "。；;：:\n"
_LABEL = re.compile(r"^\s*(?:（[一二三四五六七八九十百\d]+）|\([一二三四五六七八九十百\d]+\)|[一二三四五六七八九十百]+、"
                    r"|\d+[.．、)）]|[①-⑳])\s*")
_ARTICLE = re.compile(r"第[零〇一二两三四五六七八九十百千\d]+条(?:之[一二三四五六七八九十]+)?")


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``text[start:end]`` (offsets into Document.text) with ``new`` ("" deletes)."""

    start: int
    end: int
    old: str
    new: str
    why: str = ""

    def describe(self) -> str:
        """修订 note for the comment, in Chinese."""
        if not self.new:
            return f"已删除“{self.old.strip()}”（修订）"
        return f"已将“{self.old}”改为“{self.new}”（修订）"


@dataclass(frozen=True, slots=True)
class FixPolicy:
    delete_rules: dict          # rule id -> why
    ambiguous: tuple[str, ...]  # a new agency name containing one of these is not a single name
    endings: dict               # old name ending -> ending of the new name (new names ending in 局)
    agencies: dict              # agency rule id -> (compiled old-name regex, new name)


@lru_cache(maxsize=1)
def _fixes_data() -> dict:
    return tomllib.loads(FIXES_FILE.read_text(encoding="utf-8"))


def agency_renames(pack_paths=()) -> dict:
    """``[[agency]]`` entries of the packaged rule packs and of ``pack_paths``: id -> (old regex, new name)."""
    from review.rules import _expand, packaged_pack_files

    out = {}
    for f in packaged_pack_files() + _expand(list(pack_paths or ())):
        try:
            text = Path(f).read_text(encoding="utf-8")
            if "[[agency]]" not in text:
                continue
            data = tomllib.loads(text)
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            continue   # load_packs has already reported it
        for ag in data.get("agency", []):
            if isinstance(ag, dict) and ag.get("id") and ag.get("old") and ag.get("new"):
                try:
                    out[ag["id"]] = (re.compile(ag["old"]), str(ag["new"]))
                except re.error:
                    continue
    return out


def load_policy(pack_paths=()) -> FixPolicy:
    data = _fixes_data()
    agency = data.get("agency", {})
    return FixPolicy(delete_rules={d["rule"]: d.get("why", "") for d in data.get("delete", [])},
                     ambiguous=tuple(agency.get("ambiguous", ())), endings=dict(agency.get("endings", {})),
                     agencies=agency_renames(pack_paths))


# ---------------------------------------------------------------- agency names

def renamed(old: str, new: str, policy: FixPolicy) -> str:
    """The name that replaces ``old``; "" when the pack's new name is not a single name."""
    if not new or any(a in new for a in policy.ambiguous):
        return ""
    if new.endswith("局") and not new.endswith(("总局", "分局")):
        for ending in sorted(policy.endings, key=len, reverse=True):
            if old.endswith(ending):
                return new[:-1] + policy.endings[ending]
    return new


def _agency_edit(f, text: str, at: int, policy: FixPolicy) -> Edit | None:
    entry = policy.agencies.get(f.rule)
    if entry is None:
        return None
    rx, new = entry
    names = {m.group(0) for m in rx.finditer(f.quote)}
    if len(names) != 1:
        return None
    m = rx.search(f.quote)
    replacement = renamed(m.group(0), new, policy)
    if not replacement or replacement == m.group(0):
        return None
    return Edit(at + m.start(), at + m.end(), m.group(0), replacement, "机构名称")


# ---------------------------------------------------------------- citations

def _title_span(quote: str) -> tuple[int, int] | None:
    s, e = quote.find("《"), quote.find("》")
    return (s, e + 1) if 0 <= s < e else None


def _cited_nearby(text: str, start: int, end: int, title: str) -> bool:
    """Whether 《title》 is cited elsewhere in the sentence around [start, end)."""
    a, b = sentence_bounds(text, start, end)
    return f"《{title}》" in text[a:start] + text[end:b]


def _drop_citation(text: str, start: int, end: int, why: str) -> Edit:
    """Delete a citation from a list of citations, with one separator (、) next to it."""
    if start > 0 and text[start - 1] == "、":
        start -= 1
    elif end < len(text) and text[end] == "、":
        end += 1
    return Edit(start, end, text[start:end], "", why)


def _citation_edit(f, text: str, at: int) -> Edit | None:
    c = (f.detail or {}).get("citation") or {}
    quote = f.quote
    if f.category == "repealed-law":
        successor = (c.get("successor") or "").strip().strip("《》")
        span = _title_span(quote)
        if not successor or span is None or c.get("verdict") != "repealed":
            return None
        if c.get("article") is None and _cited_nearby(text, at, at + len(quote), successor):
            return _drop_citation(text, at, at + len(quote), "废止法律（继受法律已引用）")
        if c.get("article") is None:       # the law as a whole: the title alone changes
            return Edit(at + span[0], at + span[1], quote[span[0]:span[1]], f"《{successor}》", "废止法律")
        article = c.get("successor_article")
        if not article:                    # which article of the new law answers the old one is a judgement
            return None
        return Edit(at + span[0], at + len(quote), quote[span[0]:], f"《{successor}》{article}", "废止法律")
    if f.category == "citation" and c.get("verdict") in ("quote_differs", "not_found"):
        label = c.get("suggestion")
        if not label or c.get("paragraph") or c.get("item") or not _ARTICLE.fullmatch(label):
            return None
        found = list(_ARTICLE.finditer(quote))
        if len(found) != 1 or found[0].group(0) == label:
            return None
        m = found[0]
        return Edit(at + m.start(), at + m.end(), m.group(0), label, "条文序号")
    return None


# ---------------------------------------------------------------- deletions

_CONJUNCTIONS = ("或者", "或", "以及", "并且", "并", "且", "及", "和", "但", "而")


def deletion_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where deleting ``text[start:end]`` should reach so that what remains reads: a whole list item goes
    with its number, closing punctuation and line break; words closing a sentence take the separator before
    them; words opening one take the separator after them. None when what would remain does not read
    (it would open with 或者/并且…, the rest of a condition the words belong to)."""
    line_start = text.rfind("\n", 0, start) + 1
    nl = text.find("\n", end)
    line_end = nl if nl >= 0 else len(text)
    label = _LABEL.match(text, line_start, line_end)
    if label and start <= label.end() < end:      # the item's number stays unless the whole item goes
        head_end = label.end()
    else:
        head_end = start
    head = text[line_start:start]
    tail = text[end:line_end]
    if (not head.strip() or _LABEL.fullmatch(head) or head_end > start) and tail.strip() in ("", *"；;。，,"):
        if nl >= 0:
            return line_start, nl + 1
        return (line_start - 1 if line_start else 0), line_end
    start = max(start, head_end)
    head = text[line_start:start]
    before = text[start - 1] if start > line_start else "\n"
    after = text[end] if end < len(text) else "\n"
    if before in _SEPARATORS and (after in _ENDS or after == "\n"):
        return start - 1, end
    if (before in _OPENERS or before == "\n" or _LABEL.fullmatch(head)) and after in _SEPARATORS:
        if text[end + 1:].startswith(_CONJUNCTIONS):
            return None
        return start, end + 1
    if before in _SEPARATORS and after in _SEPARATORS:
        return start - 1, end
    return None


def _delete_edit(f, text: str, at: int, policy: FixPolicy) -> Edit | None:
    if f.rule not in policy.delete_rules:
        return None
    span = deletion_span(text, at, at + len(f.quote))
    if span is None:
        return None
    s, e = span
    return Edit(s, e, text[s:e], "", policy.delete_rules[f.rule])


def mechanical_edit(f, text: str, at: int, policy: FixPolicy) -> Edit | None:
    """The edit that corrects finding ``f`` whose quote stands at ``text[at:at + len(f.quote)]``, or None."""
    if f.severity == "info" or not f.quote or text[at:at + len(f.quote)] != f.quote:
        return None
    if f.category == "agency":
        return _agency_edit(f, text, at, policy)
    if f.category in ("repealed-law", "citation"):
        return _citation_edit(f, text, at)
    return _delete_edit(f, text, at, policy)


def without_repeats(edits: list[Edit], text: str) -> list[Edit]:
    """Edits in document order where a citation that would become a second 《successor》 in its sentence
    (《合同法》《物权法》 → 《民法典》《民法典》) is deleted instead."""
    out, seen = [], set()
    for e in sorted(edits, key=lambda e: e.start):
        if e.new.startswith("《") and e.new.endswith("》"):
            key = (sentence_bounds(text, e.start, e.end), e.new)
            if key in seen:
                e = _drop_citation(text, e.start, e.end, "废止法律（继受法律已引用）")
            seen.add(key)
        out.append(e)
    return out
