"""The fee reading (round 24, issue 8): one norm a reviewer states in a sentence — *money flows from a private party to
a public or designated body, under whatever name, on an administrative act or a condition, and no law provides it*
(行政许可法 第五十八条第一款; 优化营商环境条例 第二十五条; 禁止向企业摊派暂行条例 第二条; 公益事业捐赠法 第四条) —
read by its shape, with open slots, not from lists of the charges seen so far.

The slots:

* **money** — an open class by the ending of the noun (…费/费用, …金, …款, …资金/经费/基金, …开支/支出/成本, …存款,
  …补助), or an amount set by a base and a rate (按成交价的3%, 按注册资本千分之五, 每平方米五十元), or a sum in 元;
* **payer** — a private party by role (申请人, 被审计单位, 承办者, 车辆所有人, 信访人, 其亲属 …): anyone who is not a
  public body (财政, 政府, 机关, 部门, 局, 委员会 …);
* **payee** — any body by the ending of its name (…局, …委员会, …管委会, …办事处, …所, …站, …中心, …合作社, …集体,
  …总会/协会/基金会, …馆, …院, …学校, …专户/账户, …窗口) or a bank the body names;
* **trigger** — an administrative act (申请……的, 办理, 检查, 抽检, 审计, 评审, 查封) or a condition (……的，, ……时, ……前),
  or a duty (应当, 须, 一律).

The shapes (Burden names): ``charged`` — a body's own cost shifted onto the applicant or the inspected (``shifted``),
money paid to a body (``paid``), money a body collects at a trigger (``collected``), a charge deducted from a benefit
(``deducted``), a deposit taken in cash only (``cash_only``); ``levied`` — a donation or a purchase made a duty, by a
rate, a floor or a payroll deduction (C-FEE-02).

Guards: a basis cited or reserved (``burden.burdens`` checks it first), a protective negation or the charge barred
(不得向申请人收取任何费用), the payer a public body (所需经费由县财政保障), a lawful charge named as the money (fee.lawful,
the price authority's standard fee.priced), a civil price agreed (约定, 合同, 协议, 协商), a voluntary act (自愿, 鼓励),
a refund, a cost the law puts on a wrongdoer or on one who asks for a re-test (代履行, 败诉, 违法, 复检), and money the
government pays out (补贴, 补助, 奖励 given). Pure: sentence in, frozen ``Burden``s out; offsets into the sentence.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..firstchars import Held
from .guards import COMPELS, ENCOURAGED, PROTECTIVE, barred_just_before
from .lexicon import read_lexicon_file
from .model import Burden

NAMES = ("charged", "levied")

_FEES_FILE = Path(__file__).resolve().parents[1] / "lexicons" / "fees.toml"
_SOURCES = {c.name: c.regex_source for c, _ in read_lexicon_file(_FEES_FILE)}
# a charge a law or 行政法规 provides, or the price authority sets: fee.lawful, fee.priced (read at the money itself)
_LAWFUL = re.compile(_SOURCES["fee.lawful"])
_LAWFUL_SCAN = Held(_LAWFUL)      # (round 26, speed26: searched only where a match may stand — exact)
_PRICED = re.compile(_SOURCES["fee.priced"])
# fee.lawful members that say where money goes or what it is for, not which charge it is (补偿款 paid out, 财政专户 as the
# account a levy goes to, 服务费用): the direction is this reading's own slot
_LAWFUL_DIRECTION = re.compile(r"^(补偿款|财政专户|缴入国库|国库|政府性基金预算|服务费用|门票)$")
_REISSUE = re.compile(r"^(补领|换领|补办|遗失|损坏)")
_STATUTORY_CARD = re.compile(r"身份证|居住证|暂住证|护照|通行证|驾驶证|行驶证|号牌")

# ---- money: an open class by the ending of the noun
_CJK = r"[\u4e00-\u9fff]"
_MONEY_END = r"(?:费用|费|资金|经费|基金|存款|开支|支出|成本|补助|酬劳|报酬|(?<![条本前该各第])款(?!项目)|(?<![黄奖薪现股基资租])金(?![额融属库融牌]))"
# (not a money word inside the name of a paper or a figure: 缴费凭证, 缴费基数, 收费单位)
_MONEY = re.compile(rf"{_CJK}{{0,10}}?{_MONEY_END}(?!凭证|证明|票据|收据|发票|记录|基数|年限|档次|单位|标准|项目|窗口|系统|监管|账户|专户|情况|决定|通知)")
# an amount set by a base and a rate, or per unit, or a sum in 元
_NUM = r"[0-9０-９.．]+|[零一二三四五六七八九十百千万两]+"
_RATE = re.compile(rf"(按|按照|以)[^，。；]{{0,16}}?(的)?(比例|百分之|千分之|万分之|({_NUM})\s*[%％‰]|[一二三四五六七八九]成)"
                   # round 27 (gate27): a share of the party's income, turnover or proceeds (节能收益的百分之五, 营业额的3%)
                   rf"|{_CJK}{{0,8}}?(收益|收入|利润|营业额|销售额|营收|产值|所得)的?(百分之|千分之|万分之|({_NUM})\s*[%％‰]|[一二三四五六七八九]成)"
                   rf"|每[^，。；]{{0,8}}?({_NUM})\s*(元|万元)|({_NUM})\s*(元|万元)")
# ---- payee: any body by the ending of its name, an account, a window, a bank a body names
_BODY_END = (r"(?:局|委员会|管委会|委|人民政府|政府|办事处|财政所|所(?![有在需属得述以谓])|站|中心|合作社|社|集体|总会|协会|基金会|商会|馆|院|"
             r"学校|幼儿园|村委会|居委会|社区|专户|账户|窗口|机关|部门|队|办公室|指定银行|指定的银行|"
             # (an association or a station by its last character: 红十字会, 联合会; 电视台, 广播电台)
             r"会(?![议同商计费员])|(?<=[视播])台|电台)")
# (在 names a payee only as the bank or account money is put in: 在……指定银行存入; not 在非结算医院……支付)
_PAYEE = re.compile(rf"(向|至|入|给|交|到|汇至|汇入|缴入|存入)[^，。；、]{{0,18}}?{_BODY_END}(?![长员])"
                    # round 30 (money30): a township or a street by its bare name (向所在乡镇（街道）上交统筹资金), a fund a
                    # county or city set up (向县全民健身发展基金缴款) — set F's by and set E's bt writers
                    r"|向(?:所在|各|属地|当地)?(?:乡镇|街道|镇|乡)(?:（[^）]{1,6}）)?(?=[^，。；]{0,4}(?:上交|上缴|缴|交|支付|汇))"
                    r"|向(?:县|市|区)[^，。；、]{1,16}?基金(?=[^，。；]{0,2}(?:缴|交|捐|汇|划))"
                    # round 31 (fc31): … or a township or a street as the handing verb's own object (按……收入的3%上缴所在乡镇
                    # 统筹) — set K's ax writer
                    r"|(?<=上缴|上交|解缴|缴至|交至|缴给|交给)(?:所在|属地|当地|各)?(?:乡镇|街道|镇|乡)(?:（[^）]{1,6}）)?"
                    r"|在[^，。；、]{0,18}?(指定银行|指定的银行|专户|账户)")
# … or the body the document names for a paid service (应当委托县排水监测站进行水质检测，并……支付监测费用)
_DESIGNATED = re.compile(rf"(委托|到)(县|市|区|镇|乡)[^，。；、]{{0,14}}?{_BODY_END}(?![长员])")
# … or a business the document designates for the party (统一指定承办机构, 指定的检测公司)
_NAMES_PAYEE = re.compile(r"指定[^，。；]{0,10}(机构|单位|企业|公司)")
# ---- payer: a public body is no payer of a charge (财政, 政府, 机关, 部门, 局 …)
_PUBLIC_PAYER = re.compile(r"财政|政府|机关|部门|(?<!结)局|委员会|管委会|办事处|街道|乡镇|预算|本级|国库|基金|统筹|保险")

# ---- the verbs of the money's flow
# (the verbs of paying by their morphemes: 缴/交/付/存/汇/划 with a prefix or a result — 预存, 补缴, 划入, 付清)
_PAY = (r"缴纳|交纳|缴交|上缴|上交|补缴|补交|缴付|交付|支付|预付|预交|预缴|缴存|交存|预存|存入|存储|汇至|汇入|划入|划转|缴入|转入|上解|"
        r"结清|付清|缴清|交清|折资交|"
        r"(?<![提移转外社公递成])交(?![通流易往叉代接由给申])|缴")
_BEAR = r"承担|负担|预付|结清|付清|缴清|交清|支付|垫付|结算|报销|自理|交纳|缴纳|交付|缴付|预交|预存"
# (the verbs of collecting by their morpheme 收: 核收, 征收, 预收, 统收 …)
_COLLECT = r"收取|收回|收缴|[核征计加代预统扣另多]收|筹集|募集|征集|摊派|集资"
# (gathering verbs: money raised is a charge only from a private party the sentence names — 向辖区住户筹集; a body raising
# its own funds, 多渠道筹集资金, is none)
_GATHER = re.compile(r"筹集|募集|征集|摊派|集资")
_DEDUCT = r"扣除|扣留|扣减|抵扣|截留|扣回|提留|留存|扣缴"

# ---- the administrative act whose own cost it is (the act slot: what a body does to or for the party)
_ACT = (r"审查|审核|审批|评审|评估|论证|核查|核验|检查|抽检|抽查|抽样|检验|检测|监测|审计|鉴定|测绘|调查|复查|考核|校验|验收|"
        # (round 34, fee34: a body's metrological verification, its inspection of goods or equipment, its survey on site —
        # 监督检定, 设备查验, 现场勘验)
        r"检定|查验|勘验|"
        r"执法|监管|监督|勤务|警力|安保|保卫|疏导|查封|扣押|看管|救助|留观|许可|登记|评定|认定|接种|安置|整容|冷藏|调取|复制|复印|"
        # (a public function done on site: 消防监护, 巡查, 值守, 应急处置)
        r"消防|监护|维稳|巡查|巡逻|值守|处置|救援|应急|防疫|消杀")
_ACT_RX = re.compile(_ACT)
_OFFICIAL = re.compile(rf"(机关|部门|局|委员会|执法人员|检查人员|工作人员|监管人员|警力|公安|交警|专家){_CJK}{{0,12}}?$")

# ---- guards
# (a contract as what the parties agreed, not as a base a rate is taken of: 合同价款的百分之二)
# (a contract as what the parties agreed, not as a base a rate is taken of: 合同价款的百分之二; a lease)
_CIVIL = re.compile(r"约定|协议|协商|双方|甲方|乙方|(按照|依照|根据|按)[^，。；]{0,8}合同(?![^，。；]{0,4}(价款|金额|总价|总额|价格|造价|额)的)|合同(约定|规定|签订)|签订[^。；]{0,30}合同|"
                    r"租赁(合同|协议|期)|承租|自愿|自主选择|自行选择|自行委托|市场调节|市场价")
_FAULT = re.compile(r"代履行|败诉|过错|违约|责任方|违法|违规|非法|擅自|未经|逾期不|拒不|肇事|侵权|造成|损坏|复检|复验|复测|"
                    r"重新[^，。；]{0,4}(检验|检测|鉴定|评估|委托|测绘|测量)")
_PAID_OUT = re.compile(r"(给予|发放|拨付|兑现|奖励|奖补|补贴|补助|资助|扶持|奖金|预拨|返还)")
_REFUND = re.compile(_SOURCES["fee.refund"])
_BUDGETED = re.compile(r"(纳入|列入|计入)[^，。；]{0,8}预算|利息|利率")
_BARRED = re.compile(r"(有权)?拒绝(缴纳|交纳|支付|承担)|目录清单|(不得|严禁|禁止|不准|不再|不|免|无需|无须)(向[^，。；]{0,12})?(另行|额外|再)?(收取|收费|缴纳|交纳|承担|负担|支付|扣除|扣留|代收)|免费|免收|减免|免于|免予")
_DUTY = re.compile(r"应当|须|必须|需|要|一律|统一|均|可以")
# (a subject a relative clause defines is a condition too: 未参加……义务劳动的农户，)
_CONDITION = re.compile(r"的[，,]|时[，,]?|前[，,]?|后[，,]|期间|^[^，。；]{2,40}的[^，。；的]{1,8}[，,]")


_OWNERS_FUND = re.compile(r"(专项|住宅|物业|共用部位|共用设施)[^，。；]{0,6}维修资金|业主|物业")


def _lawful_money(text: str, sentence: str = "") -> bool:
    """Whether ``text`` (the money and what stands next to it) names a charge a law provides, or ``sentence`` one the
    price authority sets (fee.lawful, fee.priced), not counting fee.lawful's words of direction (补偿款, 财政专户) and
    a re-issued licence's 工本费 where no statutory card is named."""
    if _PRICED.search(sentence or text):
        return True
    for m in _LAWFUL_SCAN.finditer(text):
        w = m.group(0)
        if _LAWFUL_DIRECTION.match(w) or _REISSUE.match(w) and not _STATUTORY_CARD.search(text):
            continue
        if w == "维修资金" and not _OWNERS_FUND.search(sentence or text):
            continue                      # (round 30: a fund for another object's upkeep — 古建筑保护维修资金 paid to a
            # township — is not the owners' 专项维修资金 of 物业管理条例 第五十三条; set H's bs writer)
        return True
    return False


def _clause(sentence: str, at: int) -> tuple[int, int]:
    """The stretch between the punctuation (，；。) around offset ``at``."""
    a = max(sentence.rfind(p, 0, at) for p in "，,；。：") + 1
    ends = [i for i in (sentence.find(p, at) for p in "，,；。") if i >= 0]
    return a, min(ends) if ends else len(sentence)


# a contract, a piece or a case as the unit a rate counts (按每份租赁合同50元): no agreement of the parties
_UNIT_COUNTED = re.compile(r"每[份件个宗笔本项单]?[^，。；每]{0,6}?(合同|协议)")


# (round 28: what an exception sets aside — 除按合同交纳租金外，还应当……交纳 — is the lawful part beside the charge, not the
# charge's own agreed price)
_EXCEPTED = re.compile(r"除[^，。；]{1,24}?(以|之)?外(?=[，,]?[^，。；]{0,4}(还|另|再|并|须|应当))")


# round 30 (money30): a charge the document allows at a share of a base it sets itself (可以按照代收金额的3%向业主加收代收
# 服务费): the permission with its rate is the charge (价格法 第十八条; 物业管理条例 第四十四条 — set F's bw writer)
_SHARE_ALLOWED = re.compile(r"可以?(?:按|按照)[^，。；]{0,20}?(?:百分之|千分之|[0-9０-９.]+\s*[%％‰])[^，。；]{0,12}?(?:加收|收取|计收|提取)")


def _guarded(sentence: str, header: str, at: int) -> bool:
    """The guards every shape shares: the charge barred or relieved, a civil price, a voluntary act, a refund."""
    before = sentence[:at]
    return bool(PROTECTIVE.search(before) or COMPELS.search(sentence) or barred_just_before(before, 14)
                or _BARRED.search(sentence) or _CIVIL.search(_UNIT_COUNTED.sub("每件", header + _EXCEPTED.sub("", sentence)))
                or _REFUND.search(sentence)
                or _BUDGETED.search(sentence)
                or ENCOURAGED.search(before) and not (re.search(r"可以(收取|加收|代收)", sentence) or _SHARE_ALLOWED.search(sentence)))


# ---- shifted: a body's own cost borne by the party (……所需的开支由申请人承担; 承办者应当承担执法人员的……补助)
# (the payer, then anything of its clause — a time, a manner, a measure — before the verb: 由申办人在评估前一次性付清,
# 由主办单位按实际出动车辆结算)
_BORNE = re.compile(rf"由([^，。；]{{1,24}}?)({_BEAR})")
_BEARS = re.compile(rf"(应当|须|必须|要)?(承担|负担)([^，。；]{{0,24}}?{_MONEY_END})")
_OFFICER = re.compile(r"机关|部门|局|执法人员|检查人员|工作人员|监管人员|警力|专家")
_COST = re.compile(rf"(开支|支出|成本|费用|经费|补助|劳务费?|差旅费?)")


_ANAPHOR = re.compile(r"^(所需|相关|上述|由此|为此|因此|其|所发生|发生)")
# the money named for a compelled service (培训资料费, 证书工本费, 培训费和证书工本费): any money noun by its ending
_COMPELLED_COST = re.compile(rf"{_CJK}{{0,6}}?(?:费用|费|成本|开支|支出|经费)")


def _modifier(lead: str, at: int) -> str:
    """What names the cost ending at ``at`` in ``lead``: its own clause (评审所需专家劳务及差旅开支), and the clause
    before it when the cost points back (……开展审计的，所需支出: 所需, 相关, 上述)."""
    a = max(lead.rfind(p, 0, at) for p in "，,：") + 1
    own = lead[a:at]
    if _ANAPHOR.match(own) and a > 0:
        b = max(lead.rfind(p, 0, a - 1) for p in "，,：") + 1
        return lead[b:at]
    return own


def _own_act(before: str, payer: str) -> bool:
    """Whether the payer is the one who organises the act whose cost it bears (用人单位应当组织……职业健康检查，检查费用由
    用人单位承担: 职业病防治法 第三十五条) — its own act, not a body's."""
    head = re.sub(r"^.*的", "", payer.strip())
    return bool(head) and re.search(rf"{re.escape(head)}(应当|须|要|负责|自行)?(组织|开展|进行|委托|安排|实施)", before) is not None


_OPTIONAL = re.compile(r"(也|均|亦|自行|自愿)?(?<![方才不])可(以)?(委托|选择|申请|自行)")


# round 30 (money30): … or computed as a share of a base and then put on the party (审计服务费按审减金额的百分之五计取，由
# 施工单位承担; 检验费按合同金额的百分之二提取，由测绘单位支付 — set F's bz writer): the cost named by its noun's ending
# (……费/费用/经费), an act of a body in its name or its clause, the computation between it and 由 — a body's own act's cost
# charged by a rate the document sets (审计法 第十四条; 行政许可法 第五十八条第一款; 优化营商环境条例 第二十五条)
_COMPUTED = re.compile(r"(?P<cost>[\u4e00-\u9fff]{1,12}?(?:费用|费|经费))(?:统一)?(?:按|按照|以)[^，。；]{1,24}?"
                       r"(?:百分之|千分之|[0-9０-９.]+\s*[%％‰]|比例)[^，。；]{0,6}?(?:计取|计收|提取|收取|计算|核定)[，,]"
                       rf"由(?P<payer>[^，。；]{{1,16}}?)(?:{_BEAR})")


def _computed(sentence: str, header: str) -> list[Burden]:
    for m in _COMPUTED.finditer(sentence):
        payer = m.group("payer")
        if _PUBLIC_PAYER.search(payer) or _FAULT.search(payer) or _CIVIL.search(payer) or re.search(r"委托(方|人)", payer):
            continue
        a = _clause(sentence, m.start())[0]
        reach = sentence[max(0, a - 40):m.start("cost")] + m.group("cost")
        if not _ACT_RX.search(m.group("cost")) and not (_ACT_RX.search(reach) and _ANAPHOR.match(m.group("cost"))):
            continue
        if _guarded(sentence, header, m.start()) or _OPTIONAL.search(sentence[:m.start()]) \
                or _FAULT.search(sentence[:m.start()]) or _lawful_money(m.group("cost"), sentence):
            continue
        return [Burden("charged", m.start(), m.end(), m.group(0))]
    return []


def _shifted(sentence: str, header: str) -> list[Burden]:
    out = _computed(sentence, header)
    if out:
        return out
    for m in _BORNE.finditer(sentence):
        payer = re.split(r"在|按|于|据实|先行|预先|一并|统一|全部|均|自行|一次性|直接|负责", m.group(1))[0]
        if _PUBLIC_PAYER.search(m.group(1)) or not payer:
            continue
        if _PUBLIC_PAYER.search(payer) or _FAULT.search(payer) or _CIVIL.search(payer):
            continue
        a = max(sentence.rfind(p, 0, m.start()) for p in "；。") + 1
        lead = sentence[a:m.start()]
        # round 34 (fee34): the cost of a service the sentence compels the party to take from a named body (应当参加县邮政业
        # 协会组织的安全培训，培训资料费由从业人员自行承担): any money named right before 由 is that service's price
        compelled = _SERVICE_DUTY.search(lead)
        cost = None
        for c in (_COMPELLED_COST if compelled else _COST).finditer(lead):
            cost = c
        if cost is None or len(lead) - cost.end() > 8 or _guarded(sentence, header, a + cost.start()):
            continue                      # the cost is named right before 由 (……开支，由申请人承担)
        reach = _modifier(lead, cost.start())
        if not (_ACT_RX.search(reach) or _OFFICIAL.search(reach) or compelled) or _FAULT.search(reach) \
                or _OPTIONAL.search(sentence[:m.start()]) or _FAULT.search(sentence, m.end()) \
                or _own_act(sentence[:m.start()], payer):
            continue                      # not an administrative act's own cost (施工期间的安全防护费用由施工单位承担),
            # or one the party chose or caused (重新委托评估的费用由申请家庭承担)
        out.append(Burden("charged", a + cost.start(), m.end(), sentence[a + cost.start():m.end()]))
    for m in _BEARS.finditer(sentence):
        obj = m.group(3)
        if not _COST.search(obj) or not (_OFFICER.search(obj) or _ACT_RX.search(obj)):
            continue
        a = _clause(sentence, m.start())[0]
        payer = sentence[a:m.start()] or sentence[:_clause(sentence, 0)[1]]   # (……的，应当承担: the condition's subject)
        if not payer or _PUBLIC_PAYER.search(payer) or _FAULT.search(payer) or _guarded(sentence, header, m.start()) \
                or _OPTIONAL.search(sentence[:m.start()]) \
                or re.search(r"不$|不再$|无需$|无须$|免于$", sentence[:m.start()]):
            continue
        out.append(Burden("charged", a, m.end(), sentence[a:m.end()]))
    return out


# ---- paid: money paid to a body (按成交价的3%向乡镇财政所上缴; 向村股份经济合作社缴纳……保证金; 在……指定银行存入……存款)
# (not a pay verb inside a noun: 转移支付, 存储专户, 缴费凭证, 保证金交纳凭证 — a paper or an account named, no duty)
_PAY_RX = re.compile(rf"(?<!转移)(?:{_PAY})(?!费标准|付使用|专户|账户|[^，。；]{{0,4}}(凭证|证明|票据|收据|发票|回执|记录|基数|年限|档次|日期|时间))")
# a deposit in the form the law allows besides cash (工资保证金可以用金融机构保函替代: 保障农民工工资支付条例 第三十二条)
_ALLOWED_FORM = re.compile(r"(可以|可|或者|或)[^，。；]{0,14}(保函|保证保险|担保)")
_REFUSED_FORM = re.compile(r"不(接受|予接受|认可|得以|得使用|能以)[^，。；]{0,8}(保函|保险|担保)")
_DEPOSIT = re.compile(r"保证金|押金|抵押金|风险金|备用金|担保款|担保金|存款|质押金|保障金")


# a deposit paid to the other party of a procurement, a tender or a contract, by its role (中标供应商应当向采购人缴纳
# 履约保证金: 政府采购法实施条例 第四十八条; 招标投标法实施条例 第五十八条): a civil security between the parties, not a
# charge. A body by its name's ending (园区管委会, 招商服务中心) is a payee above and stays a charge (round 25)
_COUNTERPARTY = re.compile(r"(向|给|交|交给|提交给|缴入)(采购人|招标人|发包人|出租人|出让人|委托人|建设单位|采购单位|招标单位)")


# the state as owner taking its firms' profit (国有资本收益, 县属国有企业……上缴利润): no charge on a private party
_STATE_OWNER = re.compile(r"(国有|国资|县属|市属|区属)[^，。；]{0,8}(企业|公司)|国有资本|出资人")


# round 27 wave 2 (gate27b): a fee the document itself prices and obliges a party to pay a business (建设单位应当按每户
# 一千二百元的标准向县自来水公司一次性缴纳管网增容费; 应当按照每桩每月五十元的标准向物业服务企业缴纳充电设施管理费): a
# charge by a figure the county set, on an act the party does (……的，), to any firm by its name's ending (价格法 第十八条、
# 第二十三条: the government prices a service only by its pricing procedure; 优化营商环境条例 第二十五条). Not the price of
# the firm's own supply or service (水费, 电费, 物业费, 租金 — fee.priced / the utility's tariff), not an agreed price
# (``_CIVIL``), not a price the price authority sets (fee.priced).
_FIRM = re.compile(r"(?:公司|企业)$")
_FIRM_PAYEE = re.compile(r"(?:向|给)[^，。；、]{0,18}?(?:公司|企业)(?![长员])")
_OWN_FIGURE = re.compile(rf"(?:每[^，。；]{{0,8}}?(?:{_NUM})\s*(?:元|万元)|(?:{_NUM})\s*(?:元|万元)的?标准)")
_SUPPLY_PRICE = re.compile(r"(?:水|电|气|燃气|热|暖|供暖|取暖|物业(?:服务)?|停车|租|通信|网络|话|有线电视|垃圾处理|污水处理)(?:费|费用|金)$")


def _PRICE_SET(sentence: str, v, money, payee) -> bool:
    if money is None or not money.group(0).endswith(("费", "费用")) or _SUPPLY_PRICE.search(money.group(0)):
        return False
    if not _FIRM.search(payee.group(0)) or not _OWN_FIGURE.search(sentence, max(0, v.start() - 40), v.start()):
        return False
    lead = sentence[:v.start()]
    return bool(re.search(r"应当|须|必须|一律", lead) and re.search(r"的[，,]|^[^，。；]{2,40}的[^，。；的]{1,8}[，,]", lead))


_SIGNED_BEFORE = re.compile(r"签订[^，。；]{0,8}合同(?=前|之前)")
_PUBLIC_ACCOUNT = re.compile(r"财政|国库|政府|局|管委会|委员会|办公室|办事处")


def _paid(sentence: str, header: str) -> list[Burden]:
    for v in _PAY_RX.finditer(sentence):
        a, b = _clause(sentence, v.start())
        near = sentence[max(0, v.start() - 36):min(len(sentence), v.end() + 24)]
        seg = sentence[a:b]
        money = _MONEY.search(sentence, v.end(), min(len(sentence), v.end() + 24)) \
            or _MONEY.search(sentence, max(0, v.start() - 36), v.start())
        rate = _RATE.search(sentence, max(0, v.start() - 30), min(len(sentence), v.end() + 24))
        if money is None and rate is None:
            continue
        payee = _PAYEE.search(sentence, max(0, v.start() - 30), v.end() + 14) \
            or _DESIGNATED.search(sentence, max(0, v.start() - 40), v.start())
        designated = _NAMES_PAYEE.search(sentence)
        if payee is None and designated:    # 由县教育局统一指定承办机构，并……向承办机构缴费
            payee = re.search(r"(向|给)[^，。；]{0,12}(机构|单位|企业|公司)", sentence[:v.end() + 12])
        if payee is None:                   # (a firm by its name's ending, where the document sets its price)
            firm = _FIRM_PAYEE.search(sentence, max(0, v.start() - 30), v.end() + 14)
            payee = firm if firm is not None and _PRICE_SET(sentence, v, money, firm) else None
        deposit = _DEPOSIT.search(near)
        if payee is None and deposit is None:
            continue
        if payee is not None and not designated and re.search(r"企业|公司|(?<!指定)银行|保险|个人|本人|家庭|农户|(?<!被)(申请人|当事人)|受益人|受助|平台", payee.group(0)) \
                and not _PRICE_SET(sentence, v, money, payee):
            continue                      # paid to a business or a person: a price, not a charge (unless a body names it)
        # who pays: the verb's own clause, or the sentence's subject where the clause has none (并按……向……缴费)
        own = re.sub(r"(向|至|入|给|交|到|在|汇至|汇入|缴入|存入)[^，。；]*$", "", sentence[a:v.start()])
        subject = own if not re.match(r"^(并|且|按|向|每|一次性|再|后|先)", own) else sentence[:_clause(sentence, 0)[1]]
        if _PUBLIC_PAYER.search(subject) and not re.search(r"企业|单位|人员|户|者|人(?![民])|家长|职工|方", subject):
            continue                      # a public body pays (财政……拨付)
        if not (_DUTY.search(sentence[:v.start()]) or _CONDITION.search(sentence[:v.start()]) or header):
            continue
        if re.search(r"欠", near):
            continue                      # one's own debts settled (结清所有资源欠费): exacted.settled reads a gate on it
        if money is not None and payee is None and re.search(r"(补助|补贴|补偿|奖励|救助)(费|金|款|资金)?$", money.group(0)):
            continue                      # money the payer gives out (甲方每月支付临时安置补助费)
        if payee is None and deposit is not None and _COUNTERPARTY.search(sentence, max(0, v.start() - 30), v.end() + 14):
            continue                      # a contract's deposit paid to the counter-party (round 25, below)
        if money is None and rate is not None and _STATE_OWNER.search(sentence):
            continue                      # a state firm's profit paid to its owner (企业国有资产法 第十八条: 国有资本收益)
        # (round 28 wave 2: 签订合同前 is a time, not the parties' agreement, where the money goes to a public account:
        # 签订合同前须另行交纳……信誉保证金，并以现金方式存入乡镇财政专户)
        timed = _SIGNED_BEFORE.sub("此前", sentence) if payee is not None and _PUBLIC_ACCOUNT.search(payee.group(0)) else sentence
        if _lawful_money(_EXCEPTED.sub("", near), sentence) or _PAID_OUT.search(seg) or _guarded(timed, header, v.start()) \
                or _ALLOWED_FORM.search(sentence) and not _REFUSED_FORM.search(sentence):
            continue
        # (the quote opens at the payee, the verb or the money: a rate before them, 按照每头二元的标准, is the document's
        # own figure, not a citing phrase's standard — round 26)
        start = min(x.start() for x in (v, money, payee, rate if money is None else None) if x is not None)
        end = max(x.end() for x in (v, money, rate) if x is not None)
        return [Burden("charged", start, end, sentence[start:end])]
    return []


# ---- priced: a charge named with its sum where a body's service is made a duty or a gate (须先参加……中心组织的考前辅导，
# 辅导费每人800元，未参加辅导的不予报名)
_PRICED_ITEM = re.compile(rf"{_CJK}{{1,8}}?(?:费|款|金)(?:为|是)?(?:每[^，。；]{{0,4}}?)?(?:{_NUM})\s*(?:元|万元)")
_NAMED_BODY = re.compile(rf"(县|市|区|镇|乡|街道|村)[^，。；、]{{0,14}}?{_BODY_END}")
_GATE = re.compile(r"须|应当|必须|不予|不得|方可|才能")


def _priced(sentence: str, header: str) -> list[Burden]:
    m = _PRICED_ITEM.search(sentence)
    if m is None or not _NAMED_BODY.search(sentence[:m.start()]) or not _GATE.search(sentence):
        return []
    if _PAID_OUT.search(sentence) or _lawful_money(m.group(0), sentence) or _guarded(sentence, header, m.start()) \
            or re.search(r"由[^，。；]{0,10}(财政|政府|机关|部门|局)", sentence):
        return []
    return [Burden("charged", m.start(), m.end(), m.group(0))]


# round 31 (fc31): … or a service a named body organises or does (its training, its check, its agency) made a duty of
# the party, and priced by the document — the sum beside the money noun, by class (考核费用按一类、二类……分别为三千元、
# 二千元), beside a cost the party bears (自行承担培训资料成本一百元), or per unit settled (代办业务每单按五十元标准结算):
# the frame is the compelled service and the document's own figure, whatever the money is called (行政许可法 第五十八条
# 第一款; 优化营商环境条例 第二十五条; 价格法 第十八条 — sets L's ba and J's bi writers). Not a service one may choose
# (可以, 自愿 — ``_guarded``), a cost public money bears (由……财政), a price the price authority sets (fee.priced).
_SERVICE_DUTY = re.compile(rf"(?:应当|须|必须|统一|一律|均)[^，。；]{{0,8}}?(?:参加|参与|接受|通过|委托|到|由)[^，。；]{{0,4}}?"
                           rf"(?:县|市|区|镇|乡|街道)[^，。；、]{{0,14}}?{_BODY_END}(?![长员])[^，。；]{{0,8}}?"
                           r"(?:组织|举办|开展|代办|代理|提供|实施|承办)")
_SERVICE_PRICE = re.compile(rf"{_CJK}{{1,8}}?(?:费用|费|成本|资料费?)[^，。；]{{0,16}}?(?:为|是|分别为)?(?:每[^，。；]{{0,4}}?)?(?:{_NUM})\s*(?:元|万元)|"
                            rf"每[单件份次笔户人]按?(?:{_NUM})\s*(?:元|万元)[^，。；]{{0,4}}?(?:结算|收取|收费|计收|缴纳|支付)")


def _priced_service(sentence: str, header: str) -> list[Burden]:
    d = _SERVICE_DUTY.search(sentence)
    if d is None:
        return []
    m = _SERVICE_PRICE.search(sentence, d.end())
    if m is None or _PAID_OUT.search(m.group(0)) or _lawful_money(m.group(0), sentence) \
            or _guarded(sentence, header, m.start()) or re.search(r"由[^，。；]{0,10}(财政|政府|机关|部门|局)", sentence):
        return []
    return [Burden("charged", d.start(), m.end(), sentence[d.start():m.end()])]


# ---- collected: a body collects money at a trigger (由登记窗口按每份二十元收取工本费; 由接种单位……收回……成本; 一律加收……费用)
# (not inside a noun: 征收部门, 被征收人, 征收范围)
_COLLECT_RX = re.compile(rf"(?<!被)({_COLLECT}|提取|抽取|提成)(?!费|部门|机关|人|单位|范围|决定|对象|补偿|工作|程序|方式|主体)")
# round 28 wave 2 (misc28b): a share taken (提取/抽取/提成) is a charge only at a rate of a base that is another's money
# (按流转价款的百分之三提取统筹资金; 按其营业收入的百分之二提取), not the collector's own income set aside (按当年收益的
# 百分之十提取公积公益金) nor a person's own account drawn (提取住房公积金)
_TAKEN_SHARE = re.compile(r"提取|抽取|提成")
_OWN_BASE = re.compile(r"本(单位|组织|级|集体|社|公司|企业)|当年|年度|集体[^，。；]{0,4}收益|净收益|可分配|经营收益|利润总额|税后|基金|财政|预算|保费|出让")
_COLLECTOR = re.compile(rf"(由|^)[^，。；]{{0,20}}?(?:{_BODY_END}|单位|机构|殡仪馆|学校|医院|幼儿园)")
# … or whoever collects, where the sentence names the private party it collects from (向辖区住户筹集; 向办事群众收取) …
_FROM_PRIVATE = re.compile(r"向[^，。；]{0,10}?(户|人|者|群众|居民|村民|农民|学员|学生|家长|商户|企业|会员|职工|司机|车主|业主)"
                           r"[^，。；户人者众民员生长商业主]{0,2}$")
# … or none, where the party pays at a rate for an act it applies for (……办理……备案的，按每份……元收取登记费): the body
# doing the act
_APPLIED = re.compile(r"^[^，。；]{0,30}(办理|申请|申领|申报|领取|参加)[^，。；]{0,24}的[，,]")
# a charge a body may make at a sum it fixes itself (数额由幼儿园根据办园成本自行确定): the permission is the problem
_SELF_SET = re.compile(r"(数额|标准|金额|价格)[^，。；]{0,12}(自行|自主)(确定|决定|制定)")


def _collected(sentence: str, header: str) -> list[Burden]:
    for v in _COLLECT_RX.finditer(sentence):
        money = _MONEY.search(sentence, v.end(), min(len(sentence), v.end() + 24))
        if money is None and _FROM_PRIVATE.search(sentence[_clause(sentence, v.start())[0]:v.start()]):
            # (an allowance's name collected from the private party named: 向本组村民统筹收取护林员补贴)
            money = re.compile(rf"{_CJK}{{0,10}}?(补贴|津贴)").search(sentence, v.end(), min(len(sentence), v.end() + 16))
        if money is None:        # the money the sentence's topic, collected after (……会费，由县……局在年度检查时统一代收)
            money = re.search(rf"{_CJK}{{1,10}}?{_MONEY_END}(?:({_NUM})\s*(?:元|万元))?(?=[，,]由[^，。；]{{0,24}}$)",
                              sentence[:v.start()])
        if money is None:
            continue
        a, _ = _clause(sentence, v.start())
        if _TAKEN_SHARE.match(v.group(0)) and not (_RATE.search(sentence[a:v.start()])
                                             and not _OWN_BASE.search(sentence[a:v.start()])):
            continue
        lead = sentence[max(0, v.start() - 40):v.start()]
        who = _COLLECTOR.search(sentence[a:v.start()]) or _COLLECTOR.search(lead) \
            or _FROM_PRIVATE.search(sentence[a:v.start()]) \
            or (_APPLIED.search(sentence) and _RATE.search(sentence[a:v.start()]))
        if not who or _GATHER.match(v.group(0)) and not _FROM_PRIVATE.search(sentence[a:v.start()]):
            continue
        if v.group(0) in ("收回", "收缴") and re.search(r"补贴|补助|救助|奖励|奖补|抚恤|保障金|资助|多发|多领|骗取|冒领", sentence):
            continue                      # a benefit paid out taken back (收回多发的补贴): no charge
        if not (_CONDITION.search(sentence[:v.start()]) or _DUTY.search(sentence[:v.start()])):
            continue
        near = sentence[max(0, min(v.start(), money.start()) - 8):max(v.end(), money.end()) + 4]
        if _lawful_money(near, sentence) or _guarded(sentence, header, v.start()) or _FAULT.search(sentence[:v.start()]):
            continue
        if re.search(r"可以|可(?=[收加代])", sentence[max(0, v.start() - 6):v.start()]) and not _SELF_SET.search(sentence):
            continue                      # a charge allowed, its standard set elsewhere (可以收取工本费，收费标准应当公开)
        if re.search(r"罚款|罚没|滞纳金|税", money.group(0)):
            continue                      # a fine or a late charge: the penalty and coercion rules read those
        a, b = sorted((v.start(), money.start()))[0], max(v.end(), money.end())
        return [Burden("charged", a, b, sentence[a:b])]
    return []


# ---- deducted: a charge taken out of a benefit before it is paid (优待金发放前，由村委会先行扣除……集资款)
_DEDUCT_RX = re.compile(rf"({_DEDUCT})[^，。；]{{0,24}}?({_MONEY_END})")
_BENEFIT = re.compile(r"补贴|补助|优待金|保障金|低保|救助金|抚恤|工资|补偿|安置费|养老金|津贴|发放|领取|申领|余额|资助|奖励资金|拨付")
# (an amount defined by what is taken out of it, not a deduction made: 家庭总收入扣除……后的收入)
_MEASURED = re.compile(r"后的?[^，。；]{0,4}(收入|所得|余额|净额|金额|面积)")
_LAWFUL_DEDUCTION = re.compile(r"代扣代缴|质量保证金|个人所得税|社会保险|保险费|公积金|多领|冒领|已领|多发|超发|重复|欠缴的?税|借款|预支|判决|裁定")


# round 31 (fc31): … or the money named first, at a rate of the benefit, and the deduction after it (按资助金额的百分之五
# 计提资助管理费，由……中心在拨付时直接扣除 — set L's ay writer): the verb stands at its clause's end, its object the money
# of the clause before
_DEDUCT_LAST = re.compile(rf"(?:直接|先行|统一|一并|予以)?(?:{_DEDUCT})(?=[，。；,;]|$)")
_RATED_MONEY = re.compile(rf"(?:按|按照|以)[^，。；]{{0,16}}?(?:百分之|千分之|[0-9０-９.]+\s*[%％‰]|比例)[^，。；]{{0,6}}?"
                          rf"(?:计提|提取|提留|计取|收取|计收)(?P<money>{_CJK}{{0,8}}?(?:费用|费|经费|资金))")


def _deducted_after(sentence: str, header: str) -> list[Burden]:
    for d in _DEDUCT_LAST.finditer(sentence):
        lo = max(sentence.rfind(p, 0, _clause(sentence, d.start())[0] - 1) for p in "，,；;。") + 1
        m = _RATED_MONEY.search(sentence, lo, d.start())
        if m is None or not _BENEFIT.search(header + sentence) or _LAWFUL_DEDUCTION.search(sentence) \
                or _lawful_money(m.group("money")) or _guarded(sentence, header, m.start()):
            continue
        return [Burden("charged", m.start(), d.end(), sentence[m.start():d.end()])]
    return []


def _deducted(sentence: str, header: str) -> list[Burden]:
    m = _DEDUCT_RX.search(sentence)
    if m is None:
        return _deducted_after(sentence, header)
    if m is None or not _BENEFIT.search(header + sentence) or _LAWFUL_DEDUCTION.search(sentence) \
            or _lawful_money(m.group(0)) or _MEASURED.search(sentence, m.end()):
        return []
    if _guarded(sentence, header, m.start()):
        return []
    return [Burden("charged", m.start(), m.end(), m.group(0))]


# ---- withheld (round 30, money30): money kept back from what the party is owed and turned into a deposit, a reserve
# or a fund (从其首月工资中预留1000元作为……押金; 由县档案馆在支付时预留百分之十作为保密押金; 看护补贴……每月扣除五十元作为
# ……准备金 — set F's bw writer): a charge by withholding, whoever holds the money (劳动合同法 第九条; 保障中小企业款项支付
# 条例 第十二条、第十三条; 优化营商环境条例 第二十五条). The slots: what is owed, by its noun's ending (……工资/报酬/劳务费/
# 返利/……款/补贴/补助/收益); the withholding verb (预留, 扣留, 留存, 扣除, 扣减, 提留, 截留); the money it becomes, by
# its ending (……押金/保证金/准备金/经费/费). Not a deduction the law provides (代扣代缴, 社会保险, 工程质量保证金 — 建设工程
# 质量保证金管理办法), nor one barred (不得扣留).
_OWED = re.compile(r"工资|薪酬|报酬|劳务费|返利|货款|粮款|款项|工程款|价款|服务款|补贴|补助|津贴|奖金|收益|分红|结算款|[\u4e00-\u9fff]款(?![项目])")
_WITHHELD = re.compile(rf"(?P<verb>预留|扣留|留存|扣除|扣减|提留|截留|预扣|留取)[^，。；]{{0,12}}?(?:作为|用作|充作|抵作|转作|作)"
                       rf"[^，。；]{{0,16}}?(?P<money>押金|保证金|准备金|风险金|备用金|{_CJK}{{0,6}}?经费|{_CJK}{{0,6}}?(?<!工)费(?!用于))")
_STATUTORY_RETAINED = re.compile(r"代扣代缴|个人所得税|社会保险|公积金|工程质量保证金|质量保证金[^，。；]{0,12}工程|工程[^。；]{0,30}质量保证金")


def _withheld(sentence: str, header: str) -> list[Burden]:
    for m in _WITHHELD.finditer(sentence):
        owed = _OWED.search(sentence, max(0, m.start() - 30), m.start())
        if owed is None and not _OWED.search(header):
            continue
        before = sentence[:m.start()]
        if _STATUTORY_RETAINED.search(header + sentence) or barred_just_before(before, 24) \
                or PROTECTIVE.search(before) or COMPELS.search(sentence) or _BARRED.search(sentence) \
                or re.search(r"不得|严禁|禁止", sentence[_clause(sentence, m.start())[0]:m.start()]):
            continue
        if _FAULT.search(before) or _CIVIL.search(header + sentence):
            continue
        return [Burden("charged", m.start(), m.end(), m.group(0))]
    return []


# ---- cash only: a deposit the form of which is narrowed to cash (不接受银行保函)
_CASH_ONLY = re.compile(r"(一律|只能|仅|均)?以现金(形式|方式)?|不(接受|予接受|认可|得以)[^，。；]{0,6}(保函|保险|担保)")


def _cash_only(sentence: str, header: str) -> list[Burden]:
    if not _DEPOSIT.search(header + sentence):
        return []
    cash = re.search(r"现金", sentence)
    refuse = re.search(r"不(接受|予接受|认可|得以|得使用|能以)[^，。；]{0,8}(保函|保险|担保)", sentence)
    if refuse is None and not (cash and re.search(r"(一律|只能|仅|均|必须|须)[^，。；]{0,4}以?现金", sentence)):
        return []
    m = refuse or cash
    if PROTECTIVE.search(sentence[:m.start()]) or COMPELS.search(sentence):
        return []
    return [Burden("charged", m.start(), m.end(), m.group(0))]


# ---- levied: a donation or a purchase made a duty (按中标价的千分之三向县慈善总会捐资; 每人每年捐赠不少于一日工资，
# 由各单位代扣; 每年须在县融媒体中心投放不少于二万元的……服务)
_GIVE = re.compile(r"捐资|捐赠|捐款|认捐|捐献|[一日]{0,2}捐|投放|订阅|订购|购买")
_FLOOR = re.compile(rf"不少于|不低于|至少|最低|标准|每人|每户|按[^，。；]{{0,12}}(比例|百分之|千分之|万分之|%|％|‰)|({_NUM})\s*(元|万元)|一日工资|代扣|统一收缴|收缴")


_SELLER = re.compile(rf"(在|向|从|到)[^，。；、]{{0,18}}?{_BODY_END}")


def _levied(sentence: str, header: str) -> list[Burden]:
    for g in _GIVE.finditer(sentence):
        before = sentence[:g.start()]
        if ENCOURAGED.search(before) or PROTECTIVE.search(before) or COMPELS.search(sentence) \
                or barred_just_before(before, 10) or re.search(r"自愿|倡议|倡导|鼓励|动员", header + sentence):
            continue
        if not (_DUTY.search(before) or re.search(r"代扣|统一收缴|收缴", sentence)):
            continue
        if not _FLOOR.search(sentence):
            continue
        if g.group(0) in ("投放", "订阅", "订购", "购买"):
            seller = _SELLER.search(sentence, max(0, g.start() - 24), g.start())
            floor = re.search(r"不少于|不低于|至少|最低", sentence[g.start():g.start() + 16])
            if seller is None or not (floor or _PER_UNIT.search(sentence, g.end())):
                continue                  # a purchase from a body the document names, with a floor or a price per unit
                                          # the document sets (购买统一制作的标牌，每块八十元: round 37, lead37)
        elif not (_PAYEE.search(sentence) or re.search(r"代扣|收缴", sentence)):
            continue
        return [Burden("levied", g.start(), g.end(), sentence[max(0, g.start() - 12):g.end()])]
    return []


# ---- in kind: a share of the party's own goods or services handed to a body for nothing, by a floor or a rate (演出举办
# 单位应当在演出前向县文旅体局提供不低于可售门票总数2%的工作票) — a charge paid in kind (round 26). The goods by a floor or a
# share, the payee a body by its name's end; not papers, data or samples (what a body may ask for by law), nor a duty to
# the public (向社会提供不少于……的学位)
_HAND_OVER = re.compile(rf"向(?P<payee>[^，。；、]{{0,14}}?{_BODY_END})(?![长员])[^，。；]{{0,4}}?(无偿|免费)?(提供|赠送|预留|交付|让渡|配送)"
                        rf"[^，。；]{{0,4}}?(不低于|不少于|至少|按)[^，。；]{{0,16}}?(({_NUM})\s*[%％‰]|百分之|千分之|成)[^，。；]{{0,6}}?的?"
                        r"(?P<goods>[^，。；]{1,8})")
_NOT_GOODS = re.compile(r"资料|材料|信息|数据|报告|证明|样品|样本|名单|方案|计划|意见|说明|台账|记录|报表|统计")


def _in_kind(sentence: str, header: str) -> list[Burden]:
    m = _HAND_OVER.search(sentence)
    if m is None or _NOT_GOODS.search(m.group("goods")) or not _DUTY.search(sentence[:m.start()]):
        return []
    if _guarded(sentence, header, m.start()) or _PAID_OUT.search(m.group(0)):
        return []
    return [Burden("charged", m.start(), m.end(), m.group(0))]


# ---- rated: a sum the document itself counts per unit laid on a private party (受检单位按每个检测点一百二十元的标准分担
# 检测经费; 驻社区单位按照在岗职工每人每年三十元的标准向街道交纳社区共建资金; 由被检查的经营者按台（件）承担检定费用;
# 各管线权属单位应当按照……管线的长度，分摊……前期工作经费) — round 28 (fcfee28): six round-27 writers laid such a charge
# under verbs and to bodies the shapes above do not read (分摊, 分担, 认缴, 结算; 街道, 登记处, none named). The slots: a
# figure per unit (每 + a unit + a sum in 元, 按 + a unit, or a base measured 按……的长度/面积/人数 for an apportionment), a
# money noun by its ending, a verb of money flowing from the party, and a payer that is no public body; the charge needs no
# payee (禁止向企业摊派暂行条例 第二条; 优化营商环境条例 第二十五条; 行政许可法 第五十八条). Not money paid out, a lawful
# charge, an agreed price, a standard another authority set (公布的每人每年……), nor co-owners sharing their own costs.
_PER_UNIT = re.compile(rf"每[^，。；每]{{0,10}}?(?:{_NUM})\s*(?:元|万元)|(?:{_NUM})\s*(?:元|万元)的?标准|"
                       r"按(?:每)?[台件个次人户头宗单份辆亩吨](?:（[台件个次]）)?(?=[^，。；]{0,2}(?:承担|负担|缴|交|支付|分摊|分担|计))")
_MEASURED_BASE = re.compile(r"(按|按照|根据)[^，。；]{0,20}?的?(长度|面积|人数|户数|数量|产量|用量|里程|容量|规模|职工数|营业额|销售额)")
_SHARE = r"分摊|分担|均摊|摊派|认缴|认捐|计缴|计收|结算|承担|负担"
_RATED_VERB = re.compile(rf"(?:{_SHARE}|{_COLLECT}|{_PAY})")
_SET_ELSEWHERE = re.compile(r"(公布|核定|批准|规定|制定|确定|发布)的[^，。；]{0,4}$")
_CO_OWNERS = re.compile(r"共有|共用|专有部分|业主|一事一议|民主议定|议定|成员大会|代表大会")


def _rated(sentence: str, header: str) -> list[Burden]:
    for r in _PER_UNIT.finditer(sentence):
        if _SET_ELSEWHERE.search(sentence[max(0, r.start() - 20):r.start()]):
            continue
        a, b = _clause(sentence, r.start())
        end = min(len(sentence), max(b, r.end()) + 24)
        v = _RATED_VERB.search(sentence, r.end(), end)
        if v is None:
            continue
        money = _MONEY.search(sentence, v.end(), min(_clause(sentence, v.start())[1], v.end() + 20)) \
            or _MONEY.search(sentence, max(0, a - 24), r.start())
        if money is not None:
            found = _rated_charge(sentence, header, r, v, money, a)
            if found:
                return found
    for v in re.finditer(r"分摊|分担|均摊|摊派", sentence):
        base = _MEASURED_BASE.search(sentence, max(0, v.start() - 40), v.start())
        money = _MONEY.search(sentence, v.end(), min(len(sentence), v.end() + 24))
        if base is not None and money is not None:
            found = _rated_charge(sentence, header, base, v, money, _clause(sentence, base.start())[0])
            if found:
                return found
    return []


def _rated_charge(sentence: str, header: str, r, v, money, a: int) -> list[Burden]:
    w = money.group(0)
    if re.search(r"补助|补贴|奖励|奖补|救助|补偿|抚恤|津贴|工资|薪酬|报酬|罚|滞纳金|违约金|税|利息", w):
        return []
    seg = sentence[a:max(v.end(), money.end())]
    if _PAID_OUT.search(seg) or _lawful_money(sentence[max(0, money.start() - 8):money.end() + 4], sentence) \
            or _guarded(sentence, header, v.start()) or _CO_OWNERS.search(header + sentence) \
            or _FAULT.search(sentence[:v.start()]):
        return []
    collects = re.match(_COLLECT, v.group(0)) is not None
    # who pays: the one the body collects from (向农户收缴), or the subject of the verb's clause or of the sentence
    if collects:
        src = re.search(r"向([^，。；]{1,12}?)(统一|按|一次性|预先|收|征|计|代|$)", sentence[a:v.start()])
        payer = src.group(1) if src else sentence[:_clause(sentence, 0)[1]]
    else:
        own = re.sub(r"(按|按照|根据|每|向|与|由)[^，。；]*$", "", sentence[a:r.start()])
        payer = own if own and not re.match(r"^(应当|须|必须|并|且|还|再|一次性)", own) else sentence[:_clause(sentence, 0)[1]]
        by = re.search(r"由([^，。；]{1,24}?)(按|按照|承担|负担|分摊|分担|缴|交)", sentence[a:v.start()])
        if by:
            payer = by.group(1)
    if _PUBLIC_PAYER.search(payer) and not re.search(r"企业|单位|人员|户|者|人(?![民])|家长|职工|方|场所|机构", payer):
        return []
    s, e = min(r.start(), v.start(), money.start()), max(r.end(), v.end(), money.end())
    return [Burden("charged", s, e, sentence[s:e])]


def charges(sentence: str, header: str = "", before: str = "") -> list[Burden]:
    """Every charge ``sentence`` (a list item under ``header``) lays on a private party (``charged``, ``levied``)."""
    for read in (_levied, _shifted, _paid, _collected, _deducted, _withheld, _cash_only, _priced, _in_kind, _rated,
                 _priced_service):
        found = read(sentence, header)
        if found:
            return found[:1]
    return []


# ---- sanctioning: money counted on the party's own wrong (临时用地期满未交还土地的，按每日每平方米二元计收超期占用金):
# whatever it is called, a sum that grows with the wrong's duration or extent is an economic sanction for it — a fine in
# another name, which a normative document may not set (行政处罚法 第九条、第十六条). Read for the category only
# (review/categories.py adds penalty to a finding that stands already); a late charge on a debt (滞纳金, 加处罚款 —
# 行政强制法 第四十五条) and a party's own contract terms (违约金, 利息) are not this.
_WRONG_TRIGGER = re.compile(r"逾期|超过[^，。；]{0,8}(期限|期间|时间|时限)|超期|超时|期满[^，。；]{0,4}未|到期[^，。；]{0,4}未|"
                            r"未按|不按|违反|违规|违法|擅自|拒不|未经(批准|许可|同意)")
_COUNTED = re.compile(rf"(按|每)[^，。；]{{0,3}}(日|天|月|小时)|按日|逐日|每[^，。；]{{0,6}}?({_NUM})\s*(元|万元)")
# (a flat sum per unit named 补偿金 is no damage assessed: 按每车次五百元收取道路清扫补偿金; 赔偿 is)
_NOT_SANCTION = re.compile(r"滞纳金|加处罚款|违约金|利息|罚息|赔偿|罚款")


def sanctioning(sentence: str) -> str:
    """The money ``sentence`` counts on the party's own wrong named before it, or ""."""
    for v in re.finditer(rf"{_COLLECT}|{_PAY}", sentence):
        money = _MONEY.search(sentence, v.end(), min(len(sentence), v.end() + 16))
        if money is None or _NOT_SANCTION.search(money.group(0)) or _NOT_SANCTION.search(sentence):
            continue
        before = sentence[:v.start()]
        if _WRONG_TRIGGER.search(before) and _COUNTED.search(sentence[max(0, v.start() - 24):money.end()]):
            return sentence[v.start():money.end()]
    return ""


# round 28 (speed28): the costliest of these searches skip a text without the keys every match must contain
# (review/firstchars.Keyed: exact; measured by bench/reading_budget.py)
from ..firstchars import Keyed  # noqa: E402

(_BARRED, _BEARS, _FLOOR, _GIVE, _MONEY, _OPTIONAL, _PAY_RX, _PRICED, _PRICED_ITEM, _RATE, _REFUND) = \
    map(Keyed, (_BARRED, _BEARS, _FLOOR, _GIVE, _MONEY, _OPTIONAL, _PAY_RX, _PRICED, _PRICED_ITEM, _RATE,
                _REFUND))
