"""A sanction or a coercion a body carries out through a third party (round 38, power38, issue 8): the body tells a
bank, a supplier, a wholesaler, a loading point, a property service firm, a school or a platform to stop serving,
supplying, loading, paying or dealing with a party — the party is held back by another's hand, at the body's order.

* ``through_hold`` — **coercion**: the party's money stopped at its bank (冻结、止付、暂停……划转: a 行政强制措施 only a law
  sets, and only the organ a law names may freeze: 行政强制法 第九条、第十条、第二十九条; 商业银行法 第二十九条、第三十条),
  or a service or a supply stopped *until* the party complies (直至……整改完毕, 待……后恢复): forcing a performance by
  others' refusal is a 行政强制执行 only a law sets (行政强制法 第十三条);
* ``through_bar`` — **penalty**: the same order for the party's past conduct, with no release but time (一年内, 三年内)
  or none at all: a sanction limiting the party's business (限制开展生产经营活动: 行政处罚法 第九条第（四）项), which a
  规范性文件 may not set (行政处罚法 第十六条).

Read as a norm with open slots: an arranging verb of a body (通知, 函告, 商请, 要求, 责成, 协调, 告知) — a third party by the
closed class of the ends of its name (…银行, …金融机构, …企业, …单位, …公司, …经营者, …商, …平台, …学校, …市场) — a
stopping verb (不得, 停止, 暂停, 中止, 终止, 不再, 拒绝) — what it stops doing for the party (供货, 供油, 供应, 装载, 承运,
销售, 提供……服务, 合作, 交易, 划转, 支付, 结算, 贷款 …). A supply of a utility (供水, 供电, 供气, 供热) is C-COERCE-02's.

Guards (the lawful look-alikes): the order of a court or of the organ a law names (人民法院, 协助执行, 税务, 公安, 监察,
检察); a protective negation before the order (不得通知……; 任何单位不得以……为由停止供货); a party that asked for it; a
contract's own terms (合同约定); a cited basis or 依法 (``Effect.basis``, read by effect.py).

Pure: a sentence in, ``(kind, start, end, guard)`` spans out; effect.py makes them ``Effect``s.
"""

from __future__ import annotations

import re

from ..firstchars import Keyed

KINDS = ("through_hold", "through_bar")

# the third party, by the ends of its name (an open slot before them)
_THIRD = (r"[^，。；]{0,16}?(?:银行|金融机构|存管机构|支付机构|企业|单位|公司|经营者|经营户|供应商|经销商|批发商|商户|平台|学校|"
          r"中小学|医疗机构|市场|门店|网点|运营商)")
# the body's order to it
_ORDER = r"(?:书面)?(?:通知|函告|函请|商请|要求|责成|协调|告知|提请)"
# what the third party stops doing for the party
_STOP = r"(?:不得|停止|暂停|中止|终止|不再|拒绝|一律不|(?:[一二三四五六七八九十两\d]+年内)(?:不得|停止|不再))"
_SERVICE = (r"供货|供油|供料|供应(?![商链])|进货|装载|配载|装货|承运|运输|销售|出售|提供[^，。；]{0,10}?(?:服务|商品|货物|产品)|服务|"
            r"合作|交易|往来|业务|招生|放贷|贷款|授信|划转|划拨|转账|支付|结算|提取|兑付|接待")
_THROUGH = Keyed(re.compile(rf"{_ORDER}(?P<third>{_THIRD})[^，。；]{{0,6}}?(?P<stop>{_STOP})(?:对|向|为|与|和)?(?:其|该|此类|上述)?"
                            rf"[^，。；]{{0,14}}?(?P<service>{_SERVICE})"))
_BANK = re.compile(r"银行|金融机构|存管机构|支付机构")
_MONEY = re.compile(r"划转|划拨|转账|支付|结算|提取|兑付")
# a utility's supplier (C-COERCE-02 reads a utility cut)
_UTILITY = re.compile(r"供水|供电|供气|供热|供暖|燃气|电力|自来水|水务|热力|电网")
# released on the party's compliance
_UNTIL = re.compile(r"直至|直到|待[^，。；]{1,24}?(?:后|时)|(?:整改|改正|缴清|履行|清偿|消除)[^，。；]{0,6}(?:完毕|到位|合格|后)?[^，。；]{0,4}(?:恢复|解除)")
# the order of a court or of an organ a law names; the party's own request; a contract's terms
_LAWFUL = re.compile(r"人民法院|法院|协助执行|税务|公安机关|监察|检察|仲裁|(?:根据|依|应)[^，。；]{0,4}(?:其|本人|当事人)[^，。；]{0,2}申请|合同约定|协议约定")
_PROTECT = re.compile(r"不得|禁止|严禁|无权|不应|任何单位和个人")


def readings(sentence: str, header: str = "") -> list[tuple[str, int, int, str]]:
    """The through-others orders ``sentence`` lays: ``(kind, start, end, guard)``."""
    out: list[tuple[str, int, int, str]] = []
    for m in _THROUGH.finditer(sentence):
        third, service = m.group("third"), m.group("service")
        if _UTILITY.search(third) or _UTILITY.search(sentence[m.start("stop"):m.end()]):
            continue          # a utility cut (C-COERCE-02)
        bank = bool(_BANK.search(third))
        if bank and not _MONEY.search(service):
            continue          # a bank's other business (贷款 is read with the sanction below only off a bank)
        lo = max(sentence.rfind(c, 0, m.start()) for c in "，,；;：:") + 1
        guard = ""
        if _PROTECT.search(sentence[lo:m.start()]) or _PROTECT.search(sentence[:lo][-12:]):
            guard = "protective"
        elif _LAWFUL.search(sentence + header):
            guard = "lawful_order"
        hold = bank or bool(_UNTIL.search(sentence[m.end():]))
        # (the span ends at the stopping verb: what follows — 该企业账户的资金划转 — is the order's object, and a
        # measure's words there read as named, not laid; the finding's quote grows to the whole phrase)
        out.append(("through_hold" if hold else "through_bar", m.start(), m.end("stop"), guard))
    return out
