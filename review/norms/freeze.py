"""Wholesale restrictions a document lays on persons' rights (round 24, issue 8), read as norms with open slots, not
as lists of the schemes they touch (立法法 第九十一条, 第八十条; 国办发〔2018〕37号 一（一）: a 规范性文件 may not 减损
rights or 增加 obligations without an upper-level basis):

* ``freeze`` — a body suspends or refuses, for a whole area, period or class of persons, a **handling** persons are
  entitled to: a suspending verb (暂停, 停止, 暂缓, 冻结; 不予, 不得, 不再 only with 一律 or a scope) before an object
  that ends in a handling noun (…登记, …手续, …审批, …申请, …备案, …许可, …执照, 过户, 落户 …), with a scope that makes
  it wholesale (一律; an area: …范围内, 片区, 全县; a period: …期间, 自…起, …前, 为止) and no trigger in the person's own
  conduct (…的，: the conditional readings take those);
* ``own_use`` — owners or operators barred outright from a use or a disposition of their **own** property: a
  prohibition whose clause names a thing by an owner's marker (自有, 自家, 自建, 私人, 私有, 其所有, 其承包, 居民住宅)
  and a thing noun, the act whatever verb follows — not a limit (不得超过), not an act gated by a permit (未经, 擅自),
  not an unlawful thing or use;
* ``self_duty`` — a household or a person told to check, fit out or insure at his own cost, or to let his home be
  inspected, as a standing duty (每季度应当……自检; 须自费安装; 须购买……保险; 配合……入户检查).

Guards (each a feature that makes the look-alike lawful, found in round 24's own clauses, tests/fixtures/rewordings/
rights24.toml): a basis cited or reserved (read before every burden reading, burden.burdens), the freeze the law
provides (国有土地上房屋征收与补偿条例 第十六条: after a 征收 scope, only 新建、扩建、改建 and 改变用途 are frozen; 土地
管理法实施条例 第二十六条: 抢栽抢建), a case under investigation or a dispute (耕地保护和质量提升法 第六十二条（六）; 不动产
登记暂行条例 第二十二条), a fraud, an emergency or an office's own closure, a quota used up, a protective negation, the
body's own duty (不得擅自暂停), the subsidised thing's own terms, an unlawful or hazardous use, encouraged conduct.

Pure: sentence in, frozen ``Burden``s out; offsets into the sentence.
"""

from __future__ import annotations

import re

from ..sentences import end_before, start_after
from .guards import COMPELS, ENCOURAGED, GOVERNMENT_FIRST, barred_just_before
from .model import Burden

NAMES = ("freeze", "own_use", "self_duty", "withdrawn", "local_tie")

# ---- slots shared by the readings
# a private bearer by how its name ends: …民 (居民, 村民, 渔民), …户 (农户, 住户, 商户, 家庭户), …主 (业主, 户主, 车主,
# 房主), …人 (个人, 本人, 承租人, 所有权人 — not a body's 工作人员, 负责人), …者 (经营者, 消费者) — an open class
_BEARER = re.compile(r"个人|本人|家庭|人员|[\u4e00-\u9fff](民|户|主)(?![任席管体动要导办题])|"
                     r"(?<!工作)(?<!负责)(?<!责任)(?<!联系)(?<!代表)(?<!执法)(?<!管理)(?<!公职)[\u4e00-\u9fff]{1,3}人(?!民|员|大|才)|"
                     r"[\u4e00-\u9fff](营|费|有|用|租|购|让)者|市场主体|个体工商户|企业|公司|"
                     # a person by his family or school standing (家长, 子女, 学生)
                     r"家长|父母|子女|监护人|学生|儿童|毕业生")
# the protective negations of a restriction: the body barred from it (不得以……为由; 任何单位不得; 不得擅自暂停)
_PROTECT = re.compile(r"不得(因|以|仅以|仅因)|不因|不以|不受[^，。；]{0,6}(限制|影响)|任何(单位|组织|部门|机关)[^，。；]{0,8}(不得|无权)|"
                      r"不得(擅自|随意|无故|自行)?(暂停|停止|暂缓|中止|拒绝|拖延|限制)")

# ---- freeze: a handling suspended or refused wholesale
_SUSPEND = r"暂停|停止|暂缓|中止|冻结|停办|停批"
_REFUSE = r"不予|不得|不准|不再|暂不|不能|不办理"
_HANDLING_VERB = r"办理|受理|审批|审核|批准|核准|核发|换发|颁发|签发|登记|备案|过户|落户|迁入|签约|派单|发证|办证"
# a handling by how its noun ends (…登记, …手续, …审批, …申请, …备案, …许可, …执照, 过户, 落户 …)
_HANDLING_NOUN = re.compile(r"登记|手续|审批|申请|备案|许可|执照|证照|营业执照|许可证|过户|落户|迁入|业务|分户|立户|批准|核准|"
                            r"签约|派单|宅基地|建房|"
                            # round 27 (coerce27b): a change, an account, a claim a person files (户名变更, 开户, 居住证申领,
                            # 入住登记): the handling by the act the person asks for
                            r"变更|开户|报装|申领|注销")
_FREEZE = re.compile(rf"(一律|统一|全部|均)?({_SUSPEND})(受理|办理|审批|核发|新增)?|(一律|均|全部|统一)({_REFUSE})(予以)?({_HANDLING_VERB})|"
                     rf"(不予|不得|不再|暂不)(予以)?({_HANDLING_VERB})")
# what makes it wholesale: every case (一律), a whole area, a whole period
_WHOLESALE = re.compile(r"一律|全部|所有|凡|范围内|范围的|区域内|片区|辖区|区内|镇内|村内|城区|中心城区|全[县市区镇乡村街域]|"
                        r"本[县市区镇乡村](范围|域|内)|期间|之日起|起至|以前|之前|完工前|完成前|结束前|为止|年内|年度内|[〇一二三四五六七八九十0-9]{2,4}年")
# round 25: a whole class as the frozen handling's beneficiary — the members of a body under a sanction (暂停为该校在校
# 学生办理……; 暂停为该商场内经营户办理……): the body's sanction borne by every one of them
_CLASS = re.compile(r"为(该|其)[^，。；]{0,10}?[\u4e00-\u9fff](生|户|民|员|工|者)(?![会局]|办[公事])")
# round 27: the scope written after the verb, over the handling's object (暂停受理该乡镇范围内所有……登记申请)
_SCOPE_AFTER = re.compile(r"所有|全部|范围内|辖区内|区域内")
# … and the applicants a private organisation by its name's ending (培训机构, 托管机构, 专业合作社, 行业协会)
_APPLICANT_BODY = re.compile(r"[\u4e00-\u9fff]{2}(机构|合作社|协会|社会组织)(?!编制|改革)|"
                             # round 27 (coerce27b): a market entity or premises by its name's ending (二手车经营主体,
                             # 歌舞娱乐场所), or the registration of an entity's own founding or change (设立登记, 开业登记)
                             r"[\u4e00-\u9fff]{2}(主体|场所)|(设立|开业|成立|住所|经营范围|股权)[^，。；、]{0,4}?(登记|申请)")
# a trigger in the person's own conduct or state (……的，暂不受理): the conditional readings judge those
_OWN_TRIGGER = re.compile(r"的[，,]|(未|不|没有|拒)[^，。；]{0,10}的$")     # (……的，暂不受理; 未签署的不予登记)
# words quoted (a pledge's text: “……赔偿经营者全部损失”) are no scope of the norm
_QUOTED = re.compile(r"“[^“”]*”")
# the frozen object is the construction or the change of use a 征收 scope freezes (条例 第十六条; 实施条例 第二十六条)
_EXPROPRIATION = re.compile(r"征收|征用|拆迁|征地")
_BUILD_OR_USE = re.compile(r"新建|扩建|改建|改变[^，。；]{0,4}用途|抢栽|抢建|抢种|装修")
_TRANSFER = re.compile(r"转移|过户|抵押|分割|析产|继承|买卖|交易|租赁|出租|落户|迁入|户口|户籍|分户|流转|首次登记|执照")
# what persons hold, named in the frozen clause (不动产, 土地经营权流转合同): the handling is theirs
# (round 26: … or a benefit persons are owed, by its noun's ending: ……待遇, ……补贴, ……救助, ……保障金, ……养老金)
_PROPERTY = re.compile(r"房(?![间租费])|住宅|不动产|宅基地|土地|林地|承包|车辆|执照|合同|待遇|补贴|补助|救助|保障金|养老金|抚恤金|津贴")
# (round 26: not a survey whose end bounds the freeze — 完成土壤污染状况调查前, 普查: a period, not a case)
_FREEZE_GUARD = re.compile(r"涉嫌|违法|违规|非法|无效|案件|(?<!状况)(?<!普)(?<!现状)调查(?![^，。；]{0,3}前)|查处|立案|查封|扣押|法院|司法|仲裁|诉讼|争议|纠纷|异议|虚假|隐瞒|欺骗|骗取|伪造|"
                           r"突发|应急|疫情|传染病|(?<!地质)灾害(?!隐患)|假期|节假日|春节|国庆|系统|升级|维护|调试|停电|网上|线上|不受影响|"
                           r"指标|名额|额度|配额|用完|用尽|已满|额满|预约")


def _freeze(sentence: str, header: str) -> list[Burden]:
    text = header + sentence
    if _FREEZE_GUARD.search(text) or _PROTECT.search(sentence) or COMPELS.search(sentence):
        return []
    for m in _FREEZE.finditer(sentence):
        lo = start_after(sentence, m.start(), "，,；;：:。")
        hi = end_before(sentence, m.end(), "，,；;。")
        obj = sentence[m.start():hi]
        if not _HANDLING_NOUN.search(obj):
            continue                  # no handling frozen (暂停营业, 停止供水: the penalty and coercion readings)
        if barred_just_before(sentence[:m.start()], 6) and not re.match(r"不得", m.group(0)):
            continue                  # the freeze itself forbidden (不得……暂停办理)
        before = sentence[:m.start()]
        if _OWN_TRIGGER.search(before):
            continue                  # 对……的，暂不受理: a condition of the person's own
        if not (_WHOLESALE.search(_QUOTED.sub("", before) + m.group(0)) or _WHOLESALE.search(header) or _CLASS.search(obj)
                or _SCOPE_AFTER.search(obj)):
            continue
        if not (_BEARER.search(sentence) or _PROPERTY.search(sentence, lo, hi) or _APPLICANT_BODY.search(obj)):
            continue                  # no private bearer: a body's own programme (暂停审批新增建设用地指标)
        if _EXPROPRIATION.search(text) and _BUILD_OR_USE.search(obj) and not _TRANSFER.search(obj):
            continue                  # the freeze the 征收 rules provide
        if GOVERNMENT_FIRST.match(sentence[lo:]) and re.search(r"应当|负责", sentence[lo:m.start()]) \
                and not re.search(r"暂停|停止|暂缓|一律", m.group(0)):
            continue
        return [Burden("freeze", m.start(), hi, obj)]
    return []


# ---- own_use: a use or disposition of one's own property barred outright
_BAN = re.compile(r"(一律)?(不得|不准|不许|禁止|严禁)")
# a thing one owns: an owner's marker before a thing noun (自有住房, 自家庭院, 私人住宅, 其承包的林地, 居民住宅)
_OWN_MARK = r"自有|自家|自建|自用|自购|私人|私有|本人|其(所有|承包|自有)的?|(居民|村民|农户|个人|业主)(的)?"
_THING = (r"房(?![间租费])|住宅|宅院|庭院|院落|车位|车库|商铺|店铺|门面|铺面|门店|商业用房|渔船|船舶|船只|车辆|汽车|"
          r"林地|耕地|承包地|土地|山林|果园|鱼塘|网箱|设备|机械")
_OWN_THING = re.compile(rf"({_OWN_MARK})[^，。；、]{{0,4}}?({_THING})")
# a limit on the act, not a ban of it (不得超过, 不得低于), or an act gated by a permit (未经……, 擅自)
_LIMIT = re.compile(r"^(一律)?(不得|不准|不许|禁止|严禁)(超过|低于|高于|少于|多于|大于|小于|超出|短于|长于)")
_OWN_USE_GUARD = re.compile(r"未经|擅自|私自|违法|违章|违规|非法|无证|无照|占用|侵占|搭建|加层|危险|易燃|易爆|有毒|放射|消防|"
                            r"安全通道|疏散|群租|隔断|分隔|厨房|卫生间|阳台|地下储藏|经济适用|共有产权|公共租赁|公租房|廉租|"
                            r"保障性|限价|人才住房|安置房|补贴|补助|取得完全产权|年内|期限内|外国人|境外|文物|名录|征收|"
                            r"噪声|噪音|油烟|污水|排放|焚烧|燃放|赌博|淫秽|色情|传销|宗教|宣扬|采伐|砍伐")


def _own_use(sentence: str, header: str) -> list[Burden]:
    text = header + sentence
    if _OWN_USE_GUARD.search(text) or _PROTECT.search(sentence) or COMPELS.search(sentence):
        return []
    if ENCOURAGED.search(text) or GOVERNMENT_FIRST.match(sentence):
        return []
    for b in _BAN.finditer(sentence):
        if _LIMIT.match(sentence[b.start():]):
            continue
        lo = start_after(sentence, b.start(), "，,；;。")
        hi = end_before(sentence, b.end(), "，,；;。")
        if len(sentence[lo:b.start()].strip("一律")) <= 1 and lo > 0:
            lo = start_after(sentence, lo - 1, "，,；;。")     # 村民自有住房，一律不得出租: the thing named before the comma
        own = _OWN_THING.search(sentence, lo, hi)
        if own is None:
            continue
        if re.search(r"任何(单位|组织|部门|机关|人)", sentence[lo:b.start()]):
            continue                  # 任何单位和个人不得……: the general duty to respect, not a ban on the owner
        if not (_BEARER.search(sentence[:hi]) or _BEARER.search(header)):
            continue
        return [Burden("own_use", b.start(), hi, sentence[b.start():hi])]
    return []


# ---- self_duty: a household told to check, fit out, insure at its own cost, or to let its home be inspected
_HOUSEHOLD = re.compile(r"[\u4e00-\u9fff](民|户)(?![籍口政])|业主|户主|房主|车主|家庭|市民|群众|商户")
_DUTY = re.compile(r"(应当|须|必须|需|需要|要)(?:[^，。；]{0,16}?)"
                   r"(自检|自查|自行检查|自行检测|自费[^，。；]{0,10}(安装|购买|配备|加装|更换|检测)|"
                   r"(安装|加装|配备|购买|投保|购置)[^，。；]{0,16}?(设备|装置|设施|系统|保险|监控|摄像|报警器|探测器|灭火器)|"
                   r"(配合|接受)[^，。；]{0,12}?入户[^，。；]{0,8}?(检查|查看|核查|巡查))")
# a business or an institution as the one bound (安全生产法, 食品安全法, 消防法 第十六条 lay such duties on them)
_BUSINESS = re.compile(r"企业|公司|单位|学校|医院|机构|经营者|场所")
_SELF_DUTY_GUARD = re.compile(r"普查|统计|调查|疫情|传染病|消防救援|执法|公安机关|依法|"
                              r"食品|药品|特种设备|危险|燃气经营者|供气|机动车交通事故责任强制保险|交强险|组织|动员|指导|协助|帮助|"
                              r"免费|补贴|补助|统一安装|统一配备|政府出资|财政|防疫|消毒|养殖场")
# a utility's own inspection of its supply (城镇燃气管理条例 第十七条: 燃气经营者……定期进行安全检查)
_UTILITY = re.compile(r"燃气|供热|供水|供电")


def _self_duty(sentence: str, header: str) -> list[Burden]:
    text = header + sentence
    if _SELF_DUTY_GUARD.search(text) or _PROTECT.search(sentence) or COMPELS.search(sentence):
        return []
    if ENCOURAGED.search(text) or GOVERNMENT_FIRST.match(sentence):
        return []
    m = _DUTY.search(sentence)
    if m is None:
        return []
    if not (_HOUSEHOLD.search(sentence[:m.start()]) or _HOUSEHOLD.search(header)) \
            or _BUSINESS.search(header + sentence[:m.start()]):
        return []
    if barred_just_before(sentence[:m.start()], 8):
        return []
    if "入户" in m.group(0) and _UTILITY.search(sentence):
        return []
    return [Burden("self_duty", m.start(), m.end(), m.group(0))]


# ---- withdrawn: a statutory social benefit withdrawn, suspended or docked for conduct that is not the scheme's own test
# (社会救助暂行办法: the means test, the death or the move of the beneficiary, a work refused — 第四十五条 — decide it)
_BENEFIT = re.compile(r"低保|最低生活保障|特困|五保|供养|临时救助|医疗救助|教育救助|住房救助|社会救助|养老金|养老保险|基本医疗保险|医保|"
                      r"抚恤|优抚|残疾人[^，。；]{0,4}补贴|高龄(津贴|补贴)|救济|"
                      # round 25: aid by its noun's ending (灾后救助, 受灾群众救助; 救灾资金, 恢复重建补助)
                      r"[\u4e00-\u9fff]{1,4}救助|救灾|恢复重建|"
                      # round 31 (rights31): what a statute gives whoever meets its own test — social insurance paid by
                      # the employer (社会保险法 第十条), the elders' and the disabled's concessions (老年人权益保障法 第五十七条,
                      # 残疾人保障法 第五十条), treatment and basic public-health services (基本医疗卫生与健康法 第五条、第十六条)
                      r"社会保险|社保|优待(证|卡)|乘车优待|诊疗|医疗服务|基本公共卫生|家庭医生|健康档案")
_WITHDRAW = re.compile(r"取消|停发|暂停|停止|扣减|减发|扣发|降低|不予(发放|享受|纳入|办理|审批)|不得(享受|申请|纳入)|不再(享受|发放)")
# round 25: a header naming the aid its items shut out (有下列情形之一的，不纳入灾后救助……范围：)
_WITHDRAW_HEADER = re.compile(_WITHDRAW.pattern + r"|不(纳入|列入)")
# round 31 (rights31): in a sentence (not a header), a card or a service refused or voided as well — 注销其优待证, 拒绝为其
# 提供诊疗服务, 不再为其办理 — and a body's leave to do so (可以注销) is no conduct encouraged
_WITHDRAW_SENTENCE = re.compile(_WITHDRAW.pattern + r"|注销|拒绝(为其|向其|对其)?(提供|办理)|不再为其(办理|提供)")
_MAY_WITHDRAW = re.compile(r"可以(?=[^，。；]{0,6}?(" + _WITHDRAW_SENTENCE.pattern + r"))")
# (an agricultural subsidy's own policy sets conditions on the land's use — 撂荒, 占用耕地 —: not read here)
_LEAD_IN = re.compile(r"(下列|以下|如下)[^，。；：:]{0,4}(情形|情况|行为|条件)")
# the trigger: a condition (……的，) or the person named by it (……的住户，其……)
_TRIGGER = re.compile(r"^[^。；]{2,60}?的[^，。；]{0,8}[，,]")
_OWN_TEST = re.compile(r"收入|财产(?!损失)|存款|房产|车辆|骗取|虚报|虚假|隐瞒|冒领|死亡|去世|迁出|迁离|户籍|户口|不再符合|不符合|条件|标准|"
                       r"服刑|在押|收监|失踪|出境|定居|就业|工作|劳动能力|赡养|抚养|扶养|入住|集中供养|重复|期满|到期")


# persuasion the person refused (经……多次动员仍拒不转移): his conduct, not conduct encouraged
_REFUSED_PERSUASION = re.compile(r"(动员|引导|劝导|劝说)[^，。；]{0,4}(仍|后仍|后)?(拒不|拒绝|不)")


def _withdrawn(sentence: str, header: str) -> list[Burden]:
    text = header + sentence
    if _PROTECT.search(sentence) or COMPELS.search(sentence) \
            or ENCOURAGED.search(_MAY_WITHDRAW.sub("", _REFUSED_PERSUASION.sub("", text))):
        return []
    if header and _LEAD_IN.search(header):
        # an item under 有下列情形之一的，停止发放……: the item is the trigger, the header what is withdrawn
        if _OWN_TEST.search(text) or not (_WITHDRAW_HEADER.search(header) and _BENEFIT.search(header)):
            return []
        return [Burden("withdrawn", 0, len(sentence), sentence)]
    t = _TRIGGER.match(sentence)
    if t is None or _OWN_TEST.search(header + t.group(0)) or _LEAD_IN.search(t.group(0)):
        return []                 # (a lead-in's own sentence: its items say what triggers it)
    for w in _WITHDRAW_SENTENCE.finditer(sentence, t.end()):
        hi = end_before(sentence, w.end(), "，,；;。")
        lo = start_after(sentence, w.start(), "，,；;：:。")
        b = _BENEFIT.search(sentence, lo, hi)
        if b and b.group(0) not in t.group(0):      # (the conduct on the benefit itself — 转借优待证的，注销其优待证 — is its own test)
            return [Burden("withdrawn", w.start(), hi, sentence[w.start():hi])]
    return []


# ---- local_tie: a person's access to a job, a school place, a service or a dwelling gated on a local tie — 户籍, a
# residence permit, a household moved in, years of local tax or insurance — whatever the access (就业促进法 第三条;
# 居住证暂行条例 第十二条: the permit opens services, it is no bar)
# the tie as a condition the person must meet: hold or be (须持有本县居住证, 须具有本市户口, 仅限本县户籍), move his
# household in first (须先将户口迁入本县), or have paid tax or insurance or lived here for years (须在本县连续纳税满三年)
_TIE = r"(户籍|户口|居住证)(?!所在|地|证明|簿|迁移|专用|有效|签注)"
_TIE_GATE = re.compile(rf"(须|必须|应当|需|只能)(先|其)?[^，。；]{{0,6}}?(具有|具备|持有|取得|为|是|属于)[^，。；]{{0,8}}?{_TIE}|"
                       rf"(仅限于?|只限于?|限于)[^，。；]{{0,6}}?{_TIE}|"
                       r"(须|必须|应当|需)(先)?将[^，。；]{0,4}(户籍|户口)迁入本|"
                       # round 25: the household itself the subject (户口应当迁入县儿童福利院集体户，方可享受……)
                       r"(户籍|户口)(应当|须|必须|需)(先)?(迁入|迁至|转入|落户)|"
                       r"(须|必须|应当|需)[^，。；]{0,6}?在本[县市区镇乡街][^，。；]{0,6}?(纳税|缴税|缴纳[^，。；]{0,6}(社会保险|社保|税)|参保|居住)[^，。；]{0,4}满|"
                       rf"面向本[^，。；]{{0,6}}{_TIE}|"
                       # round 26: a service given only to those with the tie (仅接待持本县户籍的居民; 仅向本县户籍居民开放)
                       rf"(?:仅|只)(?P<served>接待|向|对|为|面向|受理|供|允许)[^，。；]{{0,8}}?本[县市区镇乡][^，。；]{{0,4}}?{_TIE}|"
                       rf"非本[^，。；]{{0,4}}{_TIE}[^，。；]{{0,8}}[，,]?[^，。；]{{0,6}}(不予|不得|不能|一律不)(报名|报考|应聘|入场|申请|参加|录用|招聘|入学|就读|受理|办理|享受)")
# what the person seeks: applied for, entered, enrolled in, looked for (an open class of access verbs)
_ACCESS = re.compile(r"申请(?!人)|报名|报考|应聘|招聘|求职|入场|入读|入学|就读|入园|承租|入住|享受|领取|参加|录用")
# the law's own residence gates: the permit or the 户口 itself applied for, a collective's membership, an election, the
# place assistance is asked in, the conscription, public rental housing's local conditions (公共租赁住房管理办法 第七条)
_TIE_GUARD = re.compile(r"申领[^，。；]{0,6}居住证|办理[^，。；]{0,6}居住证|落户|迁入户口|选举|选民|村民委员会|集体经济|承包|宅基地|"
                        r"低保|最低生活保障|救助|特困|兵役|征兵|公共租赁|公租房|廉租|积分|高考|中考|学籍|所在地|户籍地|他处|提出申请|"
                        r"同等|平等|不受|不论|无论|不分|不以|不得以|企业|公司|机构|单位|法定代表人|"
                        r"(?<![不方])(可以|可)(?!报名|申请)")


# the institution a person seeks a place in or moves his household to (申请入住公办养老机构的老年人) is no firm applying (_TIE_GUARD: 企业, 机构 …)
_SOUGHT_BODY = re.compile(r"(入住|入读|入托|入园|入学|就读|进入|迁入|迁至)[^，。；]{0,10}?(机构|单位)")


def _local_tie(sentence: str, header: str) -> list[Burden]:
    text = header + sentence
    if _TIE_GUARD.search(_SOUGHT_BODY.sub("", text)) or _PROTECT.search(sentence):
        return []
    m = _TIE_GATE.search(sentence)
    if m is None:
        return []
    # what is sought stands before the gate (申请……的，须……) or after it as what the gate opens (方可入场求职)
    hi = end_before(sentence, m.end(), "，,；;。")
    opened = re.search(r"(方可|才能|后方可|方能|后)[^，。；]{0,6}?(" + _ACCESS.pattern + ")", sentence[m.end():])
    if not (_ACCESS.search(header + sentence[:m.start()]) or opened or m.group("served")
            or m.group(0).startswith(("面向", "非本")) and _ACCESS.search(sentence, m.start(), hi)):
        return []
    if not (_BEARER.search(text) or re.search(r"子女|学生|儿童|大学生|毕业生", text)):
        return []
    return [Burden("local_tie", m.start(), m.end(), m.group(0))]


READINGS = (_freeze, _own_use, _self_duty, _withdrawn, _local_tie)


def wholesale(sentence: str, header: str = "") -> list[Burden]:
    """The wholesale restrictions ``sentence`` lays (module docstring)."""
    out: list[Burden] = []
    for read in READINGS:
        out.extend(read(sentence, header))
    return out


# round 28 (speed28): the costliest of these searches skip a text without the keys every match must contain
# (review/firstchars.Keyed: exact; measured by bench/reading_budget.py)
from ..firstchars import Keyed  # noqa: E402

(_APPLICANT_BODY, _BEARER, _FREEZE, _FREEZE_GUARD, _WHOLESALE) = \
    map(Keyed, (_APPLICANT_BODY, _BEARER, _FREEZE, _FREEZE_GUARD, _WHOLESALE))
