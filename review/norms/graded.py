"""Fair competition, round 28 wave 2 (misc28b): a benefit, a price or an order GRADED by the class of firm — two classes
told apart by where a firm is seated or registered (本县/县内/总部设在本县的 against 县外/外地) or by who owns or runs it
(国有/公办/政府举办/供销合作社系统 against 民营/民办/社会力量举办/其他), each given its own figure or put in an order
(公平竞争审查条例 第九条第（四）项、第十条; 反垄断法 第四十一条).

Read with open slots: the class by the grammar of its mark (a place word of home or away, an owner word of the public or
the private side, each inside one phrase), the party by a market actor's name end anywhere in the sentence, the grade
by its shape (a figure with 元/百分之/倍/成, 全额/减半/免, or an order 排在……之后/优先于). Two shapes:

* ``pair`` — two phrases of one sentence (or of two halves joined by ；), opening with classes of opposite sides, each
  with a grade, the grades different (……总部设在本县的按每亩一百元……，县外企业按每亩五十元……);
* ``order`` — one class put after, or the other before, a class of the opposite side (社会力量举办的……排在政府举办的……
  之后; ……系统企业优先于其他社会企业).

Look-alikes: one standard for all (不论, 一视同仁, 同等对待 — not 同等条件下), a protective clause (不得区别对待), a
basis cited or national policy (依照《……》, 按照国家有关规定), a regime the price law sets (政府定价/指导价/市场调节价),
the budget's own funding of public institutions (财政保障, 纳入预算); classes by size (小微企业) or by the people hired
(脱贫人口) bear no mark and are not read.

Pure: a sentence (and the clause text ``before`` it) in, ``(kind, start, end, guard)`` out — kind ``differ`` for a
grade by place (FC-ORIGIN-EFFECT), ``favour`` for a grade by ownership (FC-FAVOUR-EFFECT).
"""

from __future__ import annotations

import re

from ..sentences import start_after

_NUM = r"[\d０-９一二三四五六七八九十百千万两〇零.．]+"
# ---- the class: a mark of place or of owner, each with its side
_HOME = r"(?:本县|本市|本区|本省|本地|本镇|本乡|县内|市内|区内|省内|县域内|市域内|辖区内)"
_AWAY = r"(?:县外|市外|省外|区外|外地|外县|外市|外省|境外|外来|非本[县市区省地镇乡]|本[县市区省]以外)"
_PUBLIC = (r"(?:(?<![非])(?:国有|国资|县属|市属|区属|省属|公办|公立)|政府(?:投资)?(?:举办|兴办|开办|设立)|政府办|"
           r"(?:供销合作社|供销社)系统|(?<!非)(?:集体)(?:所有制|企业))")
_PRIVATE = (r"(?:民营|民办|私营|非公有?制?|非国有|非公办|社会力量|社会资本|民间资本|外资|个体|"
            r"其他所有制|其他社会|其他企业|其他机构|其余企业)")
# a phrase opens with a class: at most a few characters (对, 由, 凡) before the mark; a place read with a seat or
# registration word before it (总部设在本县的, 注册地在本县的, 总部在本省的)
_SEAT = r"(?:(?:总部|注册地|住所地?|登记地|生产地|纳税地|经营场所)(?:设在|位于|在|设于|为)?)?"
_OPENS = re.compile(rf"^[^，。；]{{0,4}}?{_SEAT}(?:(?P<home>{_HOME})|(?P<away>{_AWAY})|(?P<public>{_PUBLIC})|(?P<private>{_PRIVATE}))")
_SIDES = {"home": "away", "away": "home", "public": "private", "private": "public"}
# ---- the grade: a figure or a share, or full / half / free
_FIGURE = re.compile(rf"{_NUM}\s*(?:元|万元|倍|成|%|％|分)|百分之{_NUM}|千分之{_NUM}|{_NUM}折|全额|减半|半价|免收|免缴|免于|不予")
# ---- the order: after or before a class of the other side
_AFTER = re.compile(r"(?:排在|列在|安排在|置于|列于|排于)(?P<cls>[^，。；]{1,20}?)(?:之后|以后|后面|后)")
_BEFORE = re.compile(r"优先于(?P<cls>[^，。；]{1,20}?)(?=予以|安排|考虑|支持|给予|享受|纳入|推荐|[，。；]|$)")
# ---- the party is a market actor by its name's end (not a person: 户籍学生, 职工)
_ACTOR = re.compile(r"(企业|公司|机构|经营户|商户|经营者|供应商|服务商|承运人|合作社|医院|学校|门店|厂家|主体|站点|网点)"
                    r"(?!职工|员工|人员|负责人|法定代表人|从业)")
_GUARD_SAME = re.compile(r"不论|无论|不区分|不分|一视同仁|同等对待|平等对待|同等(?!条件)|同一标准|相同标准|统一标准|"
                         r"不得[^，。；]{0,10}(区别|差别|歧视|排斥|限制)")
_GUARD_BASIS = re.compile(r"(依照|依据|根据|按照)《[^》]{2,40}》|(依照|依据|根据|按照)国家[^，。；]{0,8}(规定|政策)|"
                          r"政府定价|政府指导价|市场调节价|价格主管部门|财政保障|纳入[^，。；]{0,6}预算|预算管理")


def _class(phrase: str) -> str | None:
    m = _OPENS.search(phrase)
    return m.lastgroup if m else None


def _side_in(text: str) -> set[str]:
    """Every side whose mark stands in ``text``."""
    rx = re.compile(rf"(?P<home>{_HOME})|(?P<away>{_AWAY})|(?P<public>{_PUBLIC})|(?P<private>{_PRIVATE})")
    return {m.lastgroup for m in rx.finditer(text)}


def _guard(text: str) -> str:
    if _GUARD_SAME.search(text):
        return "protective"
    if _GUARD_BASIS.search(text):
        return "statute"
    return ""


def _kind(side: str) -> str:
    return "differ" if side in ("home", "away") else "favour"


def graded_classes(sentence: str, header: str = "", before: str = "") -> list[tuple[str, int, int, str]]:
    """The spans at which ``sentence`` grades a benefit, a price or an order by the class of firm (its place or its
    owner), with the guard if lawful."""
    prior = before[start_after(before, len(before) - 1, "。；;！？\n"):] if before.endswith(("；", ";")) else ""
    text = prior + sentence
    if not _ACTOR.search(header[-30:] + text):
        return []
    guard = _guard(header + text)
    # ---- order: one class after, or the other before, a class of the opposite side
    for rx in (_AFTER, _BEFORE):
        for m in rx.finditer(sentence):
            cls = _side_in(m.group("cls"))
            lead = _side_in(sentence[:m.start()]) | _side_in(prior)
            for side in cls:
                if _SIDES[side] in lead:
                    return [(_kind(side), m.start(), m.end(), guard)]
    # ---- pair: two phrases opening with classes of opposite sides, each with a different grade
    graded: list[tuple[str, int, int, str]] = []    # (side, start, end, figure) of each phrase, offsets into text
    at = 0
    for piece in re.split(r"([，,；;。])", text):
        if piece and piece not in "，,；;。":
            side = _class(piece)
            figure = _FIGURE.search(piece)
            if side and figure:
                graded.append((side, at, at + len(piece), figure.group(0)))
        at += len(piece)
    for i, (side, lo, hi, fig) in enumerate(graded):
        for other, lo2, hi2, fig2 in graded[i + 1:]:
            if other == _SIDES[side] and fig != fig2 and hi2 > len(prior):
                start = max(lo, len(prior)) - len(prior)
                return [(_kind(side), start, hi2 - len(prior), guard)]
    return []
