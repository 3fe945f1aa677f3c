"""An office the law fills by election, filled in a clause by a body's appointment.

村民委员会组织法 第三十七条: 村务监督机构……其成员由村民会议或者村民代表会议在村民中推选产生. A county clause says
村务监督委员会主任由乡镇人民政府从驻村干部中选派: it shares the office's name with the article and little else, so
the corpus search ranks the article nowhere near the few it compares (issue 8, round 25). What ties the two is the
norm's core — an office of an organisation, and how it is filled — read by structure, not by a list of offices:

* the clause's designation (``designations``): ``OFFICE 由 BODY …… VERB`` where the office is named by how it ends
  (…委员会 / …合作社 / …工会 for the organisation, 主任 / 委员 / 成员 / 理事长 … for the post) and the verb fills it
  from above (选派, 委派, 指派, 指定, 任命, 聘任, 确定) — not where the body is an assembly of the members themselves
  (由成员大会, 由村民会议, 由居民), nor where the sentence keeps an election (选举, 推选: 经村民推选后由乡镇备案), names
  candidates (候选人: 由村党组织提名候选人 is lawful) or forbids the act (不得指定、委派);
* the article (``elected_articles``): an article of a 法律 or 行政法规 in force naming the same organisation (the
  clause's name, or its ending from the longest down to ``MIN_ORG`` characters: 村人民调解委员会 → 人民调解委员会)
  in a sentence where the office is elected (选举产生, 推选产生, 民主选举, 协商选定) — the post the clause names, its
  members (成员, 组成人员) or the organisation itself (工会委员会由会员大会……民主选举产生) — and that does not let a
  body appoint the same office (公司法 第一百七十三条: 董事会成员由履行出资人职责的机构委派).

The caller (review.engine) reports the change, with the citation and restatement guards of every reading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .sentences import CLOSING_MARKS, sentence_spans

# an organisation by how its name ends; a post by how its name ends
ORG_RX = re.compile(r"[\u4e00-\u9fff]{1,16}?(?:委员会|合作社|理事会|监事会|工会(?!委员会)|协会|商会|学会)")
POST = r"(?:副?主任|副?主席|委员|成员|组成人员|副?组长|副?理事长|理事|副?监事长|监事|副?会长|负责人)"
POST_RX = re.compile(POST)
# the designation a clause lays: 由 BODY (从……中 / 提名后报……) VERB
_FILLED = re.compile(r"由(?P<body>[^，。；;]{2,40}?)(?P<verb>选派|委派|指派|指定|任命|聘任|推荐确定|确定|选定)")
_OFFICE_END = re.compile(r"(?:" + POST + r"|委员会|合作社|理事会|监事会)[、和及]?$")
# an assembly of the members, or the members themselves, filling the office (the election kept)
_MEMBERS = re.compile(r"会议|大会|全体|选民|村民|居民|会员|职工|业主|成员中|股东")
_ELECTION = re.compile(r"选举|推选|选出|民主选|候选人|差额")
_NEGATED = re.compile(r"不得|禁止|严禁|不能|无权")
# the article: the office elected …
ELECTED_RX = re.compile(r"选举产生|推选产生|民主选举|协商选定|选举[^，。；]{0,12}产生")
# … not appointed by a body for the same office (公司法: 董事会成员由……机构委派)
_APPOINTED = re.compile(r"(?:委派|任命|指派|指定|选派)")
MIN_ORG = 5          # characters of an organisation's name (its ending) looked for: 委员会 alone, 工作小组, name no one body
LEVELS = ("法律", "行政法规")


@dataclass(frozen=True, slots=True)
class Designation:
    """A clause's ``office`` (as written) of organisation ``org``, filled by ``body`` through ``verb``;
    ``start``/``end`` bound the words in the clause."""

    office: str
    org: str
    post: str
    body: str
    verb: str
    start: int
    end: int


def _sentences(text: str) -> list[tuple[int, str]]:
    """Each sentence of ``text`` (``review.sentences``) as (its start, its words without the closing mark)."""
    return [(a, text[a:b].rstrip(CLOSING_MARKS)) for a, b in sentence_spans(text)]


def designations(text: str) -> list[Designation]:
    """The offices ``text`` has filled by a body's appointment (see the module docstring)."""
    out = []
    for at, s in _sentences(text):
        if _ELECTION.search(s):
            continue        # an election kept (经村民会议推选后由乡镇备案) or candidates named
        for m in _FILLED.finditer(s):
            phrase_start = max(s.rfind(p, 0, m.start()) for p in "，,：:") + 1
            office = s[phrase_start:m.start()].strip()
            body = m.group("body")
            if not _OFFICE_END.search(office) or _MEMBERS.search(body) or _NEGATED.search(s[phrase_start:m.end()]):
                continue
            orgs = list(ORG_RX.finditer(office)) or list(ORG_RX.finditer(s[:phrase_start]))
            if not orgs:
                continue
            post = POST_RX.findall(office)
            out.append(Designation(office, orgs[-1].group(0), post[-1] if post else "", body, m.group("verb"),
                                   at + phrase_start, at + m.end()))
    return out


def org_names(org: str) -> list[str]:
    """The organisation's name and its endings, the longest first, down to ``MIN_ORG`` characters
    (村人民调解委员会 → 村人民调解委员会, 人民调解委员会, 民调解委员会 …)."""
    return [org[i:] for i in range(0, len(org) - MIN_ORG + 1)] or [org]


def elected_sentence(article_text: str, org: str, post: str) -> str | None:
    """The sentence of ``article_text`` electing the office (``post`` of ``org``), or None: elected (选举产生,
    推选产生 …) and about the office — naming the organisation (an ending of its name: 各级工会委员会 for 基层工会
    委员会) with its members, the post or the organisation itself filled (工会委员会由……选举产生), or naming the post
    itself (理事长、理事……由成员大会……选举产生) — and letting no body appoint it."""
    endings = org_names(org)
    sentences = [words for _, words in _sentences(article_text)]
    if any(appoints(s, endings, post) for s in sentences):
        return None         # the law lets a body appoint it, or a part of it (董事会成员由……机构委派；但是……职工代表……选举产生)
    for s in sentences:
        if not ELECTED_RX.search(s):
            continue
        holds_post = bool(post) and post in s
        about_org = any(e in s for e in endings) and (
            holds_post or "成员" in s or "组成人员" in s
            or any(re.search(re.escape(e) + r"[^，。；]{0,4}由", s) for e in endings))
        if not (about_org or holds_post):
            continue
        return s
    return None


def appoints(sentence: str, endings: list[str], post: str) -> bool:
    """Whether ``sentence`` lets a body appoint the office (its post or members, of the organisation named by one of
    ``endings``): an appointing verb not forbidden (任何组织或者个人不得指定、委派 protects the election)."""
    if not any(e in sentence for e in endings) or not ((post and post in sentence) or "成员" in sentence):
        return False
    return any(not _NEGATED.search(sentence[max(0, a.start() - 12):a.start()]) for a in _APPOINTED.finditer(sentence))


def elected_articles(store, designation: Designation, as_of: str, limit: int = 40) -> list[tuple]:
    """(work_id, article number, sentence) of the articles of 法律/行政法规 (current version) electing the office of
    ``designation``: for the longest ending of its organisation's name that any article holds."""
    for name in org_names(designation.org):
        rows = store.conn.execute(
            "SELECT v.work_id, p.article, p.text, w.level FROM provisions_fts f JOIN provisions p ON p.id=f.rowid "
            "JOIN versions v ON v.id=p.version_id JOIN works w ON w.id=v.work_id "
            "WHERE provisions_fts MATCH ? AND v.is_current=1 AND p.kind='article' AND w.level IN (?, ?) LIMIT ?",
            (f'"{name}" AND ("选举产生" OR "推选产生" OR "民主选举" OR "协商选定" OR "选举产")', *LEVELS, limit),
        ).fetchall()
        found = [(LEVELS.index(lv), "由" not in s, w, a, s) for w, a, text, lv in rows
                 if (s := elected_sentence(text, name, designation.post))]
        if found:   # a law before a 行政法规; a sentence saying by whom the office is elected (由……选举产生) before one
            # listing it (设立大会……（二）选举产生理事长)
            return [(w, a, s) for *_, w, a, s in sorted(found)]
        if rows:
            return []       # the organisation is named, but no article elects the office (a post the law lets be filled)
    return []
