"""A business, a citizen or a lower body bound to the providers the government chose, named without the word 指定
(公平竞争审查条例 第八条第（三）项: 限定经营、购买或者使用特定经营者提供的商品或者服务; 第十条第（二）项: 给予特定经营者
选择性、差异化的财政奖励或者补贴; 反垄断法 第三十九条: 限定或者变相限定单位或者个人经营、购买、使用其指定的经营者提供的
商品). Drafters write 确定的合作银行, 推荐品牌目录, 定点刻章店, 联盟成员单位, 平台运营商提供的系统, 县人保财险支公司 —
the reading is a norm's slots, each a closed class kept as a concept of review/lexicons/providers.toml:

* the PROVIDER: a provider the government marked as chosen (``provider.chosen_mark`` before an organisation's or a
  good's name: 确定的/推荐的/定点的/合作/入围), a set it drew up (``provider.set``: ……目录/名单/名录, 联盟成员单位,
  共保体成员), or a firm named by its place and its name's ending (``provider.named_firm``: 县……支公司, 县农村商业银行,
  ……平台运营商);
* the ACT the party does with it (``provider.act``: 购买, 投保, 接入, 选用, 委托, 选择, 开户 …) in the provider's clause;
* the TIE that makes the chosen one the only one: the others excluded (``provider.excluded``: 其他……不得/不予/不作为/
  不再, 名单外的不予认可, 不得另行选择), only the listed admitted to a public act (``provider.only_listed``: 列入……目录的
  ……方可登记), a benefit graded by the choice (选用联盟成员的按百分之三十，选用其他服务商的按百分之十), or a duty laid
  (应当/须/必须/只能/统一) to deal with a provider the government marked as chosen.

Lawful look-alikes (the ``guard``): a protective prohibition written with the same words (不得指定、不得限定、不得推荐、
任何单位不得); the parties' choice kept (``provider.choice_kept``: 自主选择, 自愿, 也可以使用其他, 任一, 仅供参考, 同样享受);
the government's own purchase or service purchase by lawful procedure (政府采购, 公开招标, 竞争性磋商, 公开择优); a provider
a law designates or a supply a law keeps to one channel (计量法实施细则 第十一条 强制检定, 邮政法 第五条 专营, 法律援助法
第十二条 指派, vaccines, blood, explosives — ``competition._STATUTE_EXCLUSIVE``) or a statute cited; medical insurance's
定点 and school places.

A second, small reading (``exemptions``): a firm the government owns or founded (县城投集团, 县属国有企业 … 所属) let off a
general rule (其预售资金可以不纳入重点监管; 不参加年度信用评价，直接认定为A级) — 公平竞争审查条例 第十条 (a selective
favour to a particular business).

Pure: a sentence (a list item under ``header``) in, frozen ``ProviderTie``s or ``(start, end, guard)`` spans out;
review/norms/effect.py makes them ``reserve`` and ``favour`` effects (FC-RESERVE-EFFECT, FC-FAVOUR-EFFECT).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..sentences import end_before, start_after
from .competition import _STATUTE_EXCLUSIVE
from .lexicon import read_lexicon_file

_FILE = Path(__file__).resolve().parents[1] / "lexicons" / "providers.toml"
_SOURCES = {c.name: c.regex_source for c, _ in read_lexicon_file(_FILE)}
_RX = {name: re.compile(source) for name, source in _SOURCES.items()}

# the organisation or good a chosen mark stands before (the mark's own lookahead names the endings)
_CHOSEN = re.compile(rf"(?:{_SOURCES['provider.chosen_mark']})[^，。；、]{{0,14}}?"
                     r"(?:单位|企业|公司|机构|银行|商家|厂家|门店|站|店|医院|服务商|供应商|经销商|品牌|产品|终端|设备|事务所|"
                     r"型号|器|仪|机具|配件|名单|名录|目录|承保机构|保险机构)")
_DUTY = re.compile(r"应当|应|须|必须|只能|只得|统一|一律|均应|均须|全部")
# the benefit graded by the choice: the chosen provider's rate, then the others' (选用其他服务商的，按百分之十给予补助)
_OTHERS_RATE = re.compile(r"(其他|其余|别的|未加入|未列入|未纳入|非)[^。；]{0,24}?(按|给予|补助|补贴|奖励)[^。；]{0,16}?(百分之|%|％|元|倍|分之)")
_RATE = re.compile(r"(按|给予)[^，。；]{0,20}?(百分之|%|％|元|倍|分之)")
# guards
_PROTECTIVE = re.compile(r"(不得|严禁|禁止|不准|不应|无权)[^，。；]{0,12}(指定|限定|推荐|强制|要求|索要|排斥|限制|作为[^，。；]{0,6}条件)|"
                         r"任何(单位|部门|组织)|不(再)?(指定|限定)")
_PROCURED = re.compile(r"(?<!不再)(?<!另行)(?<!无需)(?<!不经)(?<!免于)(政府采购|公开招标|依法招标|招标确定|竞争性(谈判|磋商)|比选确定|"
                       r"公开(遴选|择优|竞争)|择优(选定|确定|选择)|集中采购|政府购买服务|中标|成交|采购人|采购代理)")
_STATUTE = re.compile(r"《[^》]{2,40}》|强制检定|计量检定|专营|法律援助|指派律师|定点(医疗|医药|零售药店|药店)|医保|医疗保险|"
                      r"就医|入学|学位|招生|教材|教辅|"
                      # a supply the law keeps to licensed or designated handlers (生猪屠宰管理条例 定点屠宰; 医疗废物管理条例,
                      # 固体废物污染环境防治法 危险废物经营许可; 动物防疫法 无害化处理)
                      r"屠宰|医疗废物|危险废物|无害化处理")
# a national or provincial body's list, which the county follows
_HIGHER_LIST = re.compile(r"国家|国务院|中央|(?<![节反])省")
# a body the government gives a task, not a provider it sends the public to (县政府确定的牵头单位承担)
_DUTY_UNIT = re.compile(r"(责任|牵头|承办|实施|配合|主管|职能|(?<!联盟)(?<!共保体)(?<!协会)(?<!商会)成员|监管|执法|协办)(单位|部门)|部门$|[局委办]$")
# a set the government draws up for its own administration, not providers (收费目录, 事项清单, 权责清单)
_NOT_PROVIDERS = re.compile(r"(收费|事项|权责|责任|许可|审批|负面|行政)[^，。；]{0,4}(目录|清单|名单|名录)|"
                            # a national or provincial list the law keeps (国家基本药物目录, 国家重点保护野生动物名录)
                            r"(国家|省级?|国务院)[^，。；]{0,10}(目录|名单|名录)")
# a set named as a place of goods or providers the party deals with, not a list of people (失信名单, 黑名单)
_PEOPLE_LIST = re.compile(r"(失信|黑|重点关注|异常|违法)[^，。；]{0,6}(名单|名录)")


@dataclass(frozen=True, slots=True)
class ProviderTie:
    """A provider the government chose (``provider``, as written) that the sentence binds a party to: the ``act``
    done with it, the ``tie`` (``excluded``, ``only_listed``, ``graded``, ``bound``), the words ``start``/``end``
    bound, and ``guard`` (why lawful, or "")."""

    provider: str
    act: str
    tie: str
    start: int
    end: int
    guard: str


def _providers(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each provider the sentence names as chosen: ``chosen``, ``set`` or ``named``."""
    out = [(m.start(), m.end(), "chosen") for m in _CHOSEN.finditer(sentence)]
    out += [(m.start(), m.end(), "set") for m in _RX["provider.set"].finditer(sentence)
            if not _NOT_PROVIDERS.search(sentence[max(0, m.start() - 6):m.end()])
            and not _PEOPLE_LIST.search(sentence[max(0, m.start() - 8):m.end()])]
    out += [(m.start(), m.end(), "named") for m in _RX["provider.named_firm"].finditer(sentence)]
    return sorted(out)


def _guard(sentence: str, header: str, start: int) -> str:
    both = header + sentence
    lo = start_after(sentence, start, "，,；;：:")
    if _PROTECTIVE.search(both) or re.search(r"不得|严禁|禁止|不准", sentence[lo:start]):
        return "protective"
    if _RX["provider.choice_kept"].search(both):
        return "choice_kept"
    if _PROCURED.search(both):
        return "procured"
    if _STATUTE.search(both) or _STATUTE_EXCLUSIVE.search(both):
        return "statute"
    if _HIGHER_LIST.search(sentence[lo:end_before(sentence, start, "，,；;。")]):
        return "statute"    # a list a national or provincial body keeps (省教育厅公布的教辅材料评议推荐目录)
    return ""


def _carried(sentence: str, header: str, before: str) -> list[ProviderTie]:
    """The tie a piece after a ； completes: the chosen provider (and its rate) in the piece before, the others
    excluded or paid less in this one (选用联盟成员单位的，按百分之三十给予补助；选用其他服务商的，按百分之十)."""
    prev = before.rstrip()
    if not prev.endswith(("；", ";")):
        return []
    prev = prev[:-1]
    piece = prev[start_after(prev, len(prev), "。；;\n"):]
    others = _OTHERS_RATE.search(sentence)
    shut = _RX["provider.excluded"].search(sentence)
    if not (others or shut):
        return []
    for start, end, kind in _providers(piece):
        if _DUTY_UNIT.search(piece[start:end]):
            continue
        lo, hi = start_after(piece, start, "，,；;：:"), end_before(piece, end, "，,；;。")
        act = _RX["provider.act"].search(piece[lo:hi])
        if act is None:
            continue
        tie = "excluded" if shut else "graded" if _RATE.search(piece) else ""
        if tie:
            # the words quoted: the others' whole piece (委托名单外机构的，不予补助) — its condition alone, or the
            # negation alone, a reader of look-alikes takes for the body's own restraint
            m = shut or others
            lo = start_after(sentence, m.start(), "，,")
            return [ProviderTie(piece[start:end], act.group(0), tie, lo, len(sentence.rstrip("。；;！!\n ")),
                                _guard(piece + "；" + sentence, header, start))]
    return []


def provider_ties(sentence: str, header: str = "", before: str = "") -> list[ProviderTie]:
    """The providers ``sentence`` binds a party to (see the module docstring), the first of each sentence; a piece
    after a ； is read with the piece before it (``before``, the clause text before the sentence)."""
    return _own(sentence, header) or _carried(sentence, header, before)


def _own(sentence: str, header: str) -> list[ProviderTie]:
    """The provider ties read in ``sentence`` alone."""
    listed = _RX["provider.only_listed"].search(sentence)
    if listed and not _PEOPLE_LIST.search(listed.group(0)) and not _NOT_PROVIDERS.search(listed.group(0)):
        return [ProviderTie(listed.group(0), "", "only_listed", listed.start(), listed.end(),
                            _guard(sentence, header, listed.start()))]
    excluded = list(_RX["provider.excluded"].finditer(sentence))
    for start, end, kind in _providers(sentence):
        lo = start_after(sentence, start, "，,；;：:")
        hi = end_before(sentence, end, "，,；;。")
        clause = sentence[lo:hi]
        act = _RX["provider.act"].search(clause)
        if act is None:
            continue
        provider = sentence[start:end]
        if _DUTY_UNIT.search(provider):
            continue
        half = end_before(sentence, end, "；;")
        tie = ""
        if any(x.start() > start for x in excluded):
            tie = "excluded"
        elif _RATE.search(sentence[lo:half]) and _OTHERS_RATE.search(sentence, hi):
            tie = "graded"      # the chosen one's rate, then the others' lower one
        if not tie and kind in ("chosen", "set") and _DUTY.search(sentence[lo:start] + sentence[max(0, lo - 8):lo]):
            tie = "bound"       # a duty to deal with the provider the government marked (应当选用……推荐的)
        if not tie:
            continue
        return [ProviderTie(provider, act.group(0), tie, start, end, _guard(sentence, header, start))]
    return []


# a word every provider (or, for a piece after a ；, every exclusion or rate of the others) holds: the reading is asked
# about almost every sentence (review/norms/effect.py), and most name none
_KEYS = re.compile(r"确定|推荐|公布|认定|选定|遴选|入围|合作|签约|定点|招引|目录|名单|名录|库|成员|联盟|共保体|公司|集团|银行|"
                   r"信用社|供销|运营商|其他|其余|别的|以外|之外|不得另行|不得自行|不得另选|不得再行|未加入|未列入|未纳入|非")


def provider_spans(sentence: str, header: str = "", before: str = "") -> list[tuple[int, int, str]]:
    """``(start, end, guard)`` of each provider tie: the ``reserve`` effect's reading."""
    if not _KEYS.search(sentence):
        return []
    return [(t.start, t.end, t.guard) for t in provider_ties(sentence, header, before)]


# ---- a firm the government owns or founded let off a general rule
_OWN_FIRM = re.compile(r"(?:[县市区](?:城投|城建|城发|交投|国投|国资|农投|文旅|水投)[^，。；]{0,8}(?:集团|公司)|"
                       r"(?:县|市|区)属国有(?:企业|公司)|国有(?:独资|控股)?(?:企业|公司)|平台公司)(?:所属|下属|旗下)?")


_OWN_KEYS = re.compile(r"城投|城建|城发|交投|国投|国资|农投|文旅|水投|国有|平台公司")


def exemptions(sentence: str, header: str = "") -> list[tuple[int, int, str]]:
    """``(start, end, guard)`` where a firm the government owns is exempted from a general rule (``provider.exempted``
    after the firm, in the same sentence); guarded where every firm is treated alike or a law is cited."""
    if not _OWN_KEYS.search(sentence):
        return []
    firm = _OWN_FIRM.search(sentence)
    if firm is None:
        return []
    exempt = _RX["provider.exempted"].search(sentence, firm.end())
    if exempt is None:
        return []
    both = header + sentence
    guard = "protective" if re.search(r"不得|严禁|禁止|一样|同样|同等|一视同仁|各类|所有", both) else \
        "statute" if re.search(r"《[^》]{2,40}》|依法|依照|法律|行政法规", both) else ""
    return [(firm.start(), exempt.end(), guard)]
