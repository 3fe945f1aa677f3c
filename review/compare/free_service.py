"""A service the law makes free, charged for by the clause: the article lays that an act is done free of charge
(血站对献血者必须免费进行必要的健康检查, 献血法 第九条; 人民调解委员会调解民间纠纷，不收取任何费用, 人民调解法 第四条;
公共图书馆应当免费向社会公众提供……借阅, 公共图书馆法 第三十三条) and the clause, laying its own norm on the same act,
charges the party for it (检查费用由献血者本人承担; 可以向双方当事人收取调解服务费; 每册每次收取借阅费一元): the bearer
of the cost changed from the provider to the party (grading.toml [[scope_changed]] case = "free_charged"; round 38, up38).

Guards: the clause's charge is its own (not negated: 不得收取, 不收取任何费用), on the act the article makes free (a
matter pair of the act shared, not only 费用/服务/提供), borne by a party (not 由县财政承担, 由血站承担); the article
does not itself charge for that act (公民临床用血时只交付……费用 beside 第二款's 免交); where the article makes the act free
for a named group only (对未成年人……免费开放), the clause names that group.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .grading import grade
from .matter import cjk_pairs
from .roles import ORGAN, role_at

if TYPE_CHECKING:
    from .reading import Reading

# the article's word that the act costs the party nothing
FREE_RX = re.compile(r"(?<![不非])免费|不(?:得|再)?(?:收取|另行收取)(?:任何)?(?:费用|报酬)|不收(?:任何费用|[^，。；：]{0,6}?费)"
                     r"|无偿(?:提供|为)|免交|免收")
# the clause's charge: a fee collected, or a cost put on someone (……费用由献血者本人承担)
CHARGE_RX = re.compile(r"(?P<collect>收取|缴纳|交纳|交付|支付)[^，。；：]{0,12}?(?:费|报酬|押金)"
                       r"|(?:费用|费)(?:[^，。；：]{0,4}?)由(?P<bearer>[^，。；：]{1,12}?)(?:自行)?(?:承担|负担|支付|缴纳|交纳|自理)"
                       r"|自行(?:承担|负担)[^，。；：]{0,6}?费")
# a charge refused or lifted (不得收取, 不收取, 免收, 禁止收取): no charge
NEGATED_BEFORE = re.compile(r"(?:不得|不再|不予|不|免|禁止|严禁|无需|无须|不需|不用|未)[^，。；：]{0,2}$")
# a refusal anywhere in the charge's phrase before it (不得向学生收取)
REFUSED_IN_PHRASE = re.compile(r"不得|不再|不予|禁止|严禁|无需|无须|不需|不用|免予|免于")
# a bearer that is the provider or the public purse, not the party (由县财政承担, 由血站承担)
BODY_BEARER = re.compile(r"财政|政府|部门|机关|局|委员会|站|中心|机构|医院|学校|馆|单位")
# money the public purse gives (补助, 补贴, 经费): no charge on the party
PUBLIC_FUNDS = re.compile(r"补助|补贴|经费|奖励|资助")
_PAYING = frozenset({"缴纳", "交纳", "交付", "支付"})
# matter pairs every fee sentence shares: no act of their own
_FEE_PAIRS = frozenset(cjk_pairs("费用收取缴纳交纳支付承担负担服务提供免费进行必要相应有关任何")) | frozenset(
    {"费用", "收取", "服务", "提供", "免费", "进行", "承担"})
# a group the article makes the act free for (对未成年人、老年人……免费开放)
_FOR_GROUP = re.compile(r"对(?P<who>[^，。；：]{2,24}?)(?:实行)?免费")


def read_charged_free_service(reading: Reading) -> None:
    clause, upper = reading.clause.text, reading.upper.text
    frees = list(FREE_RX.finditer(upper))
    if not frees:
        return
    for charge in CHARGE_RX.finditer(clause):
        if NEGATED_BEFORE.search(clause[max(0, charge.start() - 4):charge.start()]) \
                or REFUSED_IN_PHRASE.search(clause[_phrase_start(clause, charge.start()):charge.start()]):
            continue     # 不收取, 不得向学生收取: a charge refused
        bearer = charge.group("bearer")
        if bearer and BODY_BEARER.search(bearer) or PUBLIC_FUNDS.search(charge.group()):
            continue
        if charge.group("collect") in _PAYING and role_at(clause, charge.start()) == ORGAN:
            continue     # 县卫生健康局……向血站支付检查费: the public purse pays the provider
        act = _act_pairs(_sentence(clause, charge.start()))
        for free in frees:
            scope = _scope(upper, free.start())
            if not act & _free_act(upper, free, scope) or _charges_itself(upper, scope, act):
                continue
            named = _named_fees(upper, free)
            if named and not any(fee in charge.group() for fee in named):
                continue     # 不收学费、杂费 names its fees: 课后服务费 is another
            group = _FOR_GROUP.search(scope)
            if group and not cjk_pairs(group.group("who")) & cjk_pairs(clause):
                continue
            reading.add("scope_changed", grade("scope_changed", {"case": "free_charged"},
                                               upper=free.group(), clause=charge.group()),
                        charge.span(), free.span())
            return


def _free_act(upper: str, free: re.Match, scope: str) -> frozenset:
    """The matter pairs of the act the article makes free: the words after its marker (免费进行必要的健康检查; 免费……
    提供下列服务：……借阅), else those of the phrase before it (调解民间纠纷，不收取任何费用) — not the provider's name."""
    after = scope[scope.find(free.group()) + len(free.group()):] if free.group() in scope else ""
    pairs = _act_pairs(after)
    if len(pairs) >= 2:
        return pairs
    end = free.start()
    start = max(upper.rfind(c, 0, end) for c in "，,。；;\n") + 1
    if start == end and upper[end - 1:end] in ("，", ","):     # the marker opens its phrase: the act is the one before
        end = start - 1
        start = max(upper.rfind(c, 0, end) for c in "，,。；;\n") + 1
    return _act_pairs(upper[start:end])


def _phrase_start(text: str, at: int) -> int:
    return max(text.rfind(c, 0, at) for c in "，,。；;：:\n") + 1


_FEE_NAME = re.compile(r"([\u4e00-\u9fff]{1,4}?费)(?!用)")


def _named_fees(upper: str, free: re.Match) -> list[str]:
    """The fees a free marker names (不收学费、杂费 → 学费, 杂费); [] where it says 费用 or names none."""
    end = min([i for i in (upper.find(c, free.start()) for c in "，,。；;：:\n") if i >= 0] or [len(upper)])
    said = upper[free.start():end]
    if "费用" in said:
        return []
    return [m.group(1)[-2:] for m in _FEE_NAME.finditer(said) if not m.group(1).endswith("免费")]


def _act_pairs(text: str) -> frozenset:
    return frozenset(p for p in cjk_pairs(text) if p not in _FEE_PAIRS)


def _charges_itself(upper: str, scope: str, act: frozenset) -> bool:
    """Whether the article charges for the act itself outside its free sentence (公民临床用血时只交付……费用)."""
    for m in CHARGE_RX.finditer(upper):
        sentence = _sentence(upper, m.start())
        if sentence in scope or NEGATED_BEFORE.search(upper[max(0, m.start() - 4):m.start()]):
            continue
        if _act_pairs(sentence) & act:
            return True
    return False


def _sentence(text: str, at: int) -> str:
    start = max(text.rfind(c, 0, at) for c in "。；;\n") + 1
    ends = [i for i in (text.find(c, at) for c in "。；;\n") if i >= 0]
    return text[start:min(ends) if ends else len(text)]


def _scope(text: str, at: int) -> str:
    """The free marker's sentence, with the items its colon opens (免费……提供下列服务：（一）文献信息查询、借阅；……)."""
    start = max(text.rfind(c, 0, at) for c in "。；;\n") + 1
    sentence = _sentence(text, at)
    if sentence.rstrip().endswith(("：", ":")):
        return text[start:start + len(sentence) + 400]
    return sentence
