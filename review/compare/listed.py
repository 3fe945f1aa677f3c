"""A member a clause adds to the list of what the upper text requires of a party (应当具备下列条件：（一）……;
符合……条件之一的，可以……; 应当出具下列证件……; 应当有……，有……): a condition the law does not lay.

The clause must restate the list (``KNOWN_MEMBERS`` of its pieces, with its list header's, are the upper text's: most
of their content bigrams held there), in its own order and words, with nothing else of its own, and join to it a
member of its own with a joining word (并, 且, 同时还应当, 以及: lexicon concept compare.added_member) — or name, inside a
list of materials, a material the upper list lacks — whose content bigrams the upper text holds hardly any of
(``NEW_SHARE``) once the bodies and place words are taken out (经县市场监督管理局许可 is the law's 经……部门许可 localised,
not a new condition), and which has the shape of a condition (a qualification, a document, a place, a period reached,
an approval of the party: ``_CONDITION_SHAPE``). This reads the list, not the words of the condition: 本县户籍, 本科学历,
三年业绩, 竣工验收备案, 主体结构封顶, 婚检证明 are one change to it.

Not a change: a member the upper text has (the law's own 还应当有明确的线路和站点方案), a requirement on a public body
(县民政局……应当查验……，并同时为当事人提供辅导服务: the body's own duty), a prohibition or a service joined to the list,
a member other law lays (依法, 按照国家有关规定, a cited article), a commitment, a duty of conduct (并对……负责), a list
other rules may add to (国务院……规定的其他条件, ……等材料) or an article that lets the local body set terms (graded
``leeway``: info), a clause citing a basis (``cited_basis``); and, in review.engine, a member another article of the
same law lays (engine.without_members_laid_elsewhere)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..sentences import pieces
from .grading import grade
from .matter import content_bigrams
from .roles import ORGAN, actor_at, actors, role_of
from .vocabulary import (ADDED_MEMBER_RX, CITED_BASIS_RX, OPEN_LIST_RX, JURISDICTION_RX, LOCAL_LEEWAY_RX, REQUIREMENT_LIST_RX)

if TYPE_CHECKING:
    from .reading import Reading

KNOWN_MEMBERS = 3      # pieces of the upper list the clause (with its list header) restates, at least
KNOWN_SHARE = 0.5      # a member this much of whose content bigrams the upper text holds is one of its members
NEW_SHARE = 0.34       # … one holding less than this is a member the upper list lacks, and so is one (under
NEW_ALIGNED = 0.25     # KNOWN_SHARE) less of whose characters than this the comparison aligned with the upper text
                       # (竣工验收备案证明: 取得, 竣工, 备案, 证明 are each somewhere in 第四十五条, the member nowhere)
MEMBER_MIN_PAIRS = 3   # a member named with at least this many content bigrams (a material: MATERIAL_PAIRS)
MATERIAL_PAIRS = 2     # 户口簿: a named material is specific with two

# the pieces of a clause: its phrases and list members, and a member joined inside a phrase (有合法稳定就业并连续缴纳……)
_SEPARATOR = re.compile(r"[，,、；;：:。\n]|(?<=[\u4e00-\u9fff])(?=并且|并(?![购列非未不行处罚入存举重])|(?<![而并])且(?!慢)|同时|以及)")
# what a member may not be to count as a condition of the party: a prohibition, a body's service or information
_NOT_CONDITION = re.compile(r"^(?:并且|并|且|同时|以及|还|另)?(?:不|免)|不得|禁止|严禁|不再|无需|无须|(?:为|向)[^，。；]{0,12}?"
                            r"(?:提供|告知|公示|公布)|服务|指导|帮助|协助|宣传|享受|享有|可以|承诺|"
                            # a member other law lays (并依法取得营业执照, 按照国家有关规定办理): the measure is the law's
                            r"依法|依照|按照[^，。；]{0,12}?规定|法律、?(?:行政)?法规|国家有关规定|"
                            # … or a cited instrument or article (符合《……》第十条规定的条件, 本条例第九条)
                            r"《|第[一二三四五六七八九十百零〇\d]+条")
# a body that acts in the member (婚姻登记机关不得另行要求……, 县民政局应当……): the body's duty, not the party's condition
_BODY_ACTS = re.compile(r"^[^，。；]{0,2}(?:应当|应|不得|可以|须|必须|不予|负责|予以)")
_BY_BODY = re.compile(r"(?:由|交由|经由)$")      # 并由县民政局在10日内审核: the body acts
# what a condition is: a qualification held, a document, a place, a period or figure reached, a body's approval of the
# party (具有本科以上学历, 在本市设立……场所, 经……考核合格, 已取得……证明, 满一年, ……推荐意见) — not a conduct the party
# must keep up (并对其真实性负责, 并接受监督, 并定期报告), which is a duty beside the list, not a condition of it
_CONDITION_SHAPE = re.compile(
    r"^(?:并且|并|且|同时还?|以及|还|另|此外)?(?:应当|应|须|需要|需|必须|要|均须)?(?:具有|具备|有|取得|持有|在|经|无|未|年满|年龄|"
    r"已|达到|提交|提供|出具|符合|缴纳|连续|参加|通过|获得|拥有)"
    r"|已经|满[一二三四五六七八九十百\d]+|以上$|(?:证明|证书|证|意见|材料|学历|户籍|资格|资质|业绩|经历|场所|场地)$")
_LEAD_IN = re.compile(r"下列|以下|如下")     # a list's lead-in (同时符合下列条件的), not one of its members
_PLACE_WORDS = re.compile(r"本(?:县|市|区|省|镇|乡)|[县市区省](?=[内级])")
_MATERIAL_END = re.compile(r"(?:表|书|证|证明|材料|复印件|照片|相片|合同|文件|凭证|执照|报告|协议|函|记录|清单|簿|卡|票据)$")


def _pieces(text: str) -> list[tuple[int, int]]:
    """(start, end) of every piece of ``text`` between separators (see ``_SEPARATOR``), blanks left out."""
    return pieces(text, _SEPARATOR)


def member_pairs(text: str) -> set[str]:
    """The content bigrams of a piece without the bodies it names and place words (本县, 县级)."""
    spans = sorted((a, b) for a, b, _ in actors(text))
    kept, at = [], 0
    for a, b in spans:
        if a >= at:
            kept.append(text[at:a])
            at = b
    kept.append(text[at:])
    plain = "|".join(kept)
    plain = _PLACE_WORDS.sub("|", JURISDICTION_RX.sub("|", plain))
    return content_bigrams(plain)


def read_added_members(reading: Reading) -> None:
    """A member of the clause's restatement of the upper text's list of requirements that the list lacks (see the
    module docstring): condition_added, case "listed"."""
    clause, upper = reading.clause.text, reading.upper.text
    lead = REQUIREMENT_LIST_RX.search(upper)
    if lead is None:
        return
    upper_pairs = content_bigrams(upper)
    known, added, foreign = 0, [], 0
    for s, e in _pieces(clause):
        piece = clause[s:e].strip()
        pairs = member_pairs(piece)
        material = bool(_MATERIAL_END.search(piece))
        if len(pairs) < (MATERIAL_PAIRS if material else MEMBER_MIN_PAIRS):
            continue
        share = len(pairs & upper_pairs) / len(pairs)
        if share >= KNOWN_SHARE:
            known += 1
        elif share < NEW_SHARE or _aligned(reading, s, e) < NEW_ALIGNED:
            joined = ADDED_MEMBER_RX.search(piece) is not None
            in_list = material and s > 0 and clause[s - 1] in "、，,"
            if (joined or in_list) and not _NOT_CONDITION.search(piece) and not _LEAD_IN.search(piece) \
                    and (material or _CONDITION_SHAPE.search(piece.rstrip("的"))):
                at = clause.find(piece, s)
                added.append((at, at + len(piece)))
            elif not joined and not in_list:
                foreign += 1
    # the clause is the list restated with members joined to it, nothing else of its own: a piece in its own words that
    # no joining word adds (……条件之一的居住证持有人，可以申请公共租赁住房) says the list is for another purpose
    known += _known_in_header(reading, upper_pairs)
    if known < KNOWN_MEMBERS or not added or foreign:
        return
    # (a list other rules may add to, 国务院……规定的其他条件 / ……等材料: the member may be theirs — shown as leeway, info)
    facts = {"case": "listed", "leeway": bool(LOCAL_LEEWAY_RX.search(upper) or OPEN_LIST_RX.search(upper)),
             "cited_basis": bool(CITED_BASIS_RX.search(clause))}
    for s, e in added:
        if role_of(actor_at(clause, s)[0]) == ORGAN or any(
                role_of(kind) == ORGAN and (_BODY_ACTS.match(clause, b) or _BY_BODY.search(clause, 0, a))
                for a, b, kind in actors(clause[:e]) if a >= s):
            continue          # a body's own duty joined to the party's list: no condition on the public
        here = [c for c in reading.changes if c.kind == "condition_added" and c.clause_start >= 0
                and s <= c.clause_start < e]
        if any(not c.message.startswith(_GENERIC_ADDED) for c in here):
            continue          # a material added to the law's list of materials (materials.py), read already
        # the words read as an added condition at that place (增设条件：上位法未规定……) say the same: one change
        reading.changes[:] = [c for c in reading.changes if c not in here]
        reading.add("condition_added", grade("condition_added", facts, added=clause[s:e].lstrip("并且同时以及还另")),
                    (s, e), (lead.start(), lead.end()))


_GENERIC_ADDED = "增设条件："     # grading.toml [[condition_added]] case = "condition"


def _aligned(reading: Reading, s: int, e: int) -> float:
    """The share of the clause's characters in [s, e) that the comparison aligned with the upper text."""
    inside = [k for k, at in enumerate(reading.clause.starts) if s <= at < e]
    if not inside:
        return 0.0
    return sum(1 for k in inside if reading.clause_to_upper[k] >= 0) / len(inside)


def is_listed(change) -> bool:
    """Whether ``change`` is a member added to the upper text's list (read_added_members)."""
    return change.kind == "condition_added" and change.message.startswith(LISTED_MESSAGE)


LISTED_MESSAGE = "在上位法所列条件之外"    # grading.toml [[condition_added]] case = "listed"


def _known_in_header(reading: Reading, upper_pairs: set[str]) -> int:
    """The pieces of the clause's list header (the context before the compared text: 商品房预售，应当符合下列条件：
    before （三）……) that the upper text holds: an item restates its list with its header."""
    at = reading.context.find(reading.clause.text)
    header = reading.context[:at] if at > 0 else ""
    n = 0
    for s, e in _pieces(header):
        pairs = member_pairs(header[s:e].strip())
        if len(pairs) >= MEMBER_MIN_PAIRS and len(pairs & upper_pairs) >= KNOWN_SHARE * len(pairs):
            n += 1
    return n
