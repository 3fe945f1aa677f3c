"""Burdens a body exacts from the public beyond the law, read where burden.py's readings find none (issue 8, round 20,
from the rights misses of sets G, F and heldout_round16 grouped by the norm, and rights20.toml written first):

* ``volunteered`` — a voluntary act (无偿献血, 志愿服务, 捐款, 义务植树) made a duty, a quota or the gate of a benefit, an
  evaluation or a promotion: 献血法 第二条, 志愿服务条例 第三条, 慈善法 第四条 — each rests on one's own will;
* ``waiver`` — a pledge to bear every risk oneself or to give up one's claims, demanded for a service or relief
  (民法典 第五百零六条; 立法法 第九十三条第六款);
* ``docked`` — a private party told to dock another's earnings as a sanction for his conduct (行政处罚法 第九条、第十八条:
  a fine is the administration's, set by law; 工资支付暂行规定 第十五条);
* ``held`` — one's own home or premises sold only after a holding period (民法典 第二百四十条: the owner disposes);
* ``reported`` — a business or a grower made to report its own operating figures (营业额, 用电量, 产量, 用量) on a
  schedule to a township, a village, a park or a platform no law names as the recipient (统计法 sets statistical
  surveys; 农产品质量安全法 第二十七条 a record producers keep, not a grower's report);
* ``marked`` — a relative burdened for another's status or conduct (拒服兵役人员的兄弟姐妹不予批准入伍; 其子女……由村委会出具
  不良表现意见; round 36: the relatives opening a sentence after the one telling the conduct — ……被查处的，……。其同行家属
  当年不得办理……): 罪责自负;
* ``settled`` (round 21) — a service or a benefit gated on settling a charge owed to someone else (申请提取住房公积金的，
  应当先行结清其拖欠的物业服务费): 不当联结, as ``effect.owed`` reads a charge a benefit is withheld for.

The guards are the shared ones (review/norms/guards.py: a protective negation, the burden itself barred, encouraged
conduct) and each reading's own: a reward given rather than a benefit withheld, a pledge of truth, a statutory
withholding (代扣代缴) or the worker's own damage, subsidised housing's own terms, a means test. A basis cited or
reserved is checked once for all readings in ``burden.burdens``. Pure: sentence in, ``Burden``s out.
"""

from __future__ import annotations

import re

from .guards import COMPELS, ENCOURAGED, GOVERNMENT_FIRST, PROTECTIVE, barred_just_before
from .kin import RELATIVE, STATUS_KIN
from .model import Burden

NAMES = ("volunteered", "waiver", "docked", "held", "marked", "reported", "settled")

# ---- a voluntary act made a duty or a gate
_VOLUNTARY = r"无偿献血|献血|志愿服务|志愿活动|义务(植树|劳动|献血|清扫|服务|巡逻)|公益劳动|捐款|捐赠|捐资|慈善捐|募捐|一日捐|爱心捐"
_VOL_RECORD = re.compile(rf"(应当|须|必须|需|要)(具有|具备|有|提供|出具)[^，。；]{{0,20}}?({_VOLUNTARY})[^，。；]{{0,8}}"
                         r"(记录|证明|凭证|经历|证书|时长|次数)")
_VOL_MISSED = re.compile(rf"((未|没有|拒绝|拒不)(按要求|按规定)?(参加|参与|完成|进行|开展)?|不(参加|参与|完成))[^，。；]{{0,12}}?({_VOLUNTARY})|"
                         rf"({_VOLUNTARY})[^，。；]{{0,10}}(不达标|未达到|未达标|不足|未完成)")
_VOL_QUOTA = re.compile(rf"(参加|参与|完成|开展)[^，。；]{{0,12}}?({_VOLUNTARY})[^，。；]{{0,8}}(不少于|不低于|至少|不得少于)")
_VOL_ITEM = re.compile(rf"(参加过|参加|参与过|有|具有)[^，。；]{{0,12}}?({_VOLUNTARY})")
_ELIGIBILITY = re.compile(r"(符合|具备|满足)(下列|以下|如下)[^，。；：:]{0,4}条件")
# what is withheld or lowered for not doing it (not a reward given: 表彰, 优先, 免交 — the statute's own for donors)
_HELD_BACK = re.compile(r"不予|不得(参加|参评|享受|评为|申报|申请|列入|确定|晋升)|暂停|停止|停发|取消|暂缓|扣减|扣发|后移|降低|"
                        r"不能(享受|参加|评为)|一律不")
# (nor a donor found unfit, 献血法 第九条; the statute's own rules of charity and its sanctions, 慈善法; a donation's
# tax treatment)
_VOL_GUARD = re.compile(r"党员|团员|志愿者(应当|须|按照)|约定|协议|不符合|不适宜|不宜|健康检查|身体状况|"
                        r"募捐资格|公开募捐|慈善组织|责令|警告|罚款|税前|扣除|票据")


def _volunteered(sentence: str, header: str, before: str) -> list:
    if PROTECTIVE.search(sentence) or COMPELS.search(sentence) or _VOL_GUARD.search(header + sentence):
        return []
    for rx in (_VOL_RECORD, _VOL_QUOTA, _VOL_MISSED):
        m = rx.search(sentence)
        if m is None or ENCOURAGED.search(sentence[:m.start()]):
            continue
        if rx is _VOL_MISSED and not (_HELD_BACK.search(sentence, m.end()) or _HELD_BACK.search(header)):
            continue                  # only a consequence makes the missed act count (not: 未献血的可以……)
        return [Burden("volunteered", m.start(), m.end(), m.group(0))]
    if header and _ELIGIBILITY.search(header) and not ENCOURAGED.search(header):
        m = _VOL_ITEM.search(sentence)     # 应当同时符合下列条件：（四）家庭成员中至少一人参加过无偿献血
        if m:
            return [Burden("volunteered", m.start(), m.end(), m.group(0))]
    return []


# ---- a pledge to bear every risk or to give up claims
_PLEDGED = re.compile(r"承诺|声明|保证|签署|签订|写明")
_SELF_BEAR = re.compile(r"后果自负|责任自负|风险自担|概不负责|与[^，。；]{0,8}无关|"
                        r"(自行|本人|个人|家长|自己)(承担|负责)|"
                        r"不再[^，。；]{0,14}(提出|主张|要求)[^，。；]{0,10}(补偿|赔偿)|放弃[^，。；]{0,10}(索赔|追偿|赔偿|补偿)")
_STRONG = re.compile(r"后果自负|责任自负|风险自担|概不负责|无关|不再|放弃|一切|全部|所有|任何")
# (not a pledge of truth, nor a party's own liability at law: a contractor's for its works, 安全生产法 — a business
# bearing what it does is no waiver of a person's claims)
_WAIVE_GUARD = re.compile(r"真实|如实|虚假|不实|依法承担|相应|过错|过失|施工|承包|乙方|安全生产|(企业|单位|经营者|公司)自行")


def _waiver(sentence: str, header: str, before: str) -> list:
    for p in _PLEDGED.finditer(sentence):
        tail = sentence[p.start():p.start() + 48].split("。")[0].split("；")[0]
        s = _SELF_BEAR.search(tail)
        if s is None or not _STRONG.search(tail[:s.end() + 8]) or _WAIVE_GUARD.search(tail):
            continue
        if PROTECTIVE.search(sentence[:p.start()]) or COMPELS.search(sentence[:p.start()]) \
                or barred_just_before(sentence[:p.start()], 10):
            continue                  # 不得要求……签署免除其责任的承诺书: the waiver itself barred
        return [Burden("waiver", p.start(), p.start() + s.end(), tail[:s.end()])]
    return []


# ---- earnings docked by a private party as a sanction
_EARNINGS = r"收入|报酬|劳务费|配送费|代驾费|跑腿费|提成|工资|工钱|薪酬|绩效|奖金|佣金|运费"
_DOCK = re.compile(rf"(扣除|扣减|扣发|扣留|暂扣|克扣|罚扣|没收)[^，。；]{{0,10}}?({_EARNINGS})|"
                   rf"从其?[^，。；]{{0,8}}({_EARNINGS})中(扣除|扣减|扣发|扣留|扣)")
_FIRM = re.compile(r"平台|企业|公司|物业|用人单位|雇主|承包方|经营者|单位|合作社|商户")
_CONDUCT = re.compile(r"违反|违规|违章|违法|投诉|查处|闯|未按|拒不|拒绝|超速|事故|处罚|迟到|早退|不服从")
# (not a statutory withholding, the worker's own damage or debt, nor an employer's own rules it may apply, 劳动合同法
# 第四条: 可以, 规章制度)
_DOCK_GUARD = re.compile(r"代扣|代缴|个人所得税|社会保险|保险费|公积金|赔偿|损失|约定|合同|协议|工会经费|预支|借款|欠款|"
                         r"规章制度|劳动纪律|绩效考核办法|可以")


def _docked(sentence: str, header: str, before: str) -> list:
    m = _DOCK.search(sentence)
    if m is None or _DOCK_GUARD.search(header + sentence) or PROTECTIVE.search(sentence[:m.start()]) \
            or COMPELS.search(sentence) or barred_just_before(sentence[:m.start()], 12):
        return []
    if not (_CONDUCT.search(header + sentence[:m.start()]) and _FIRM.search(sentence[:m.start()])):
        return []
    return [Burden("docked", m.start(), m.end(), m.group(0))]


# ---- one's own home or premises sold only after a holding period
_HOLD = re.compile(r"满[^，。；]{0,8}(年|个月)[^，。；]{0,3}(后|以后|之后)?[^，。；]{0,3}(方可|才能|方能|才可|才允许)[^，。；]{0,6}"
                   r"(上市交易|上市|出售|转让|交易|买卖|过户)|"
                   r"(不满|未满|不足)[^，。；]{0,8}(年|个月)的?[，,][^。；]{0,24}?(不予|不得)(办理)?[^，。；]{0,6}(转移登记|过户|交易|网签|上市|出售|转让)")
_PREMISES = re.compile(r"住房|房屋|住宅|商品房|用房|商铺|房产|不动产|车位|写字楼|公寓")
_HOLD_GUARD = re.compile(r"经济适用|共有产权|公共租赁|公租房|廉租|保障性|限价|人才住房|人才公寓|安置|周转|宅基地|集体|补贴|奖励|优惠|"
                         r"国有|划拨|承租|租赁|约定|协议|合同|土地使用权|出让金|开发投资|在建工程|预售|抵押|查封")


def _held(sentence: str, header: str, before: str) -> list:
    m = _HOLD.search(sentence)
    if m is None or not _PREMISES.search(header + sentence) or _HOLD_GUARD.search(header + sentence) \
            or PROTECTIVE.search(sentence[:m.start()]):
        return []
    return [Burden("held", m.start(), m.end(), m.group(0))]


# ---- a relative burdened for another's status or conduct
_MARKED = re.compile(rf"其({RELATIVE})[^。；]{{0,30}}?(出具|给予|作出|记入|记载|标注|签署)[^，。；]{{0,8}}(负面|不良|否定|不合格|不通过)")
_KIN_MISCONDUCT = re.compile(r"违反|违规|违法|拒不|私搭|乱建|违章|上访|缠访|闹访|拖欠|欠缴")
_KIN_GUARD = re.compile(r"收入|财产|人均|赡养|抚养|扶养|骗取|虚假|隐瞒|计划生育|超生|政策外|违法生育|不因|不得因|不得以")


# round 36 (norm36): the relatives the sentence opens with (其同行家属当年不得办理……) are those of the one whose conduct the
# clause's sentence before told (游客在景区内刻划文物被查处的，……。): 其 points back to him, and the sentence tells no
# conduct of the relatives' own
_KIN_OPENS = re.compile(rf"^(?:对|而)?其[^，。；]{{0,4}}?({RELATIVE})")
_KIN_OWN_ACT = re.compile(r"的[，,]")
# (beside burden._WITHHOLD: a service the relatives are kept from — 不得办理年卡, 不得进入, 不能购买)
_KIN_KEPT_FROM = re.compile(r"(不得|不予|不能|不再|禁止)[^，。；]{0,4}(办理|购买|进入|使用|入住|乘坐|入园|入学|就读)")


def _kin_after(sentence: str, before: str) -> bool:
    """Whether ``sentence`` withholds from the relatives it opens with for the misconduct the sentence ``before`` it tells."""
    from .burden import _MISCONDUCT_RX, _WITHHOLD

    m = _KIN_OPENS.match(sentence)
    if m is None or not before.strip() or _KIN_OWN_ACT.search(sentence[:m.end() + 16]):
        return False
    last = re.split(r"[。；;]", before.rstrip("。；; \n"))[-1]
    return bool(_MISCONDUCT_RX.search(last) or _KIN_MISCONDUCT.search(last)) \
        and bool(_WITHHOLD.search(sentence, m.end()) or _KIN_KEPT_FROM.search(sentence, m.end()))


def _marked(sentence: str, header: str, before: str) -> list:
    if _KIN_GUARD.search(header + sentence):
        return []
    if _kin_after(sentence, before):
        return [Burden("marked", 0, len(sentence), sentence)]
    m = STATUS_KIN.search(sentence)
    if m and _HELD_BACK.search(sentence, m.end()):
        return [Burden("marked", m.start(), m.end(), m.group(0))]     # 拒服兵役人员的兄弟姐妹……不予批准入伍
    m = _MARKED.search(sentence)
    if m and _KIN_MISCONDUCT.search(sentence[:m.start()]):
        return [Burden("marked", m.start(), m.end(), m.group(0))]     # 村民违反……的，其子女……出具不良表现意见
    return []


# ---- one's own operating figures reported to a township, a park or a platform
_FIGURES = re.compile(r"营业额|营业收入|销售收入|销售额|销量|销售量|产量|产值|用量|用电量|用水量|用工人数|库存|利润|纳税情况|"
                      r"经营数据|经营情况|生产数据|出栏数量|存栏数量|采摘面积|种植面积|销售去向|进销存|"
                      # round 38 (rights38): the head count of one's own animals (禽只数量, 生猪存栏, 饲养数量)
                      r"存栏|出栏|(禽|畜|猪|牛|羊|鸡|鸭|鹅|蜂)[^，。；、]{0,3}数量|饲养数量|养殖数量")
_RECIPIENT = re.compile(r"(向|通过|到|在|经)[^，。；]{0,16}?(乡镇|镇政府|街道|办事处|村委会|村民委员会|居委会|社区|管委会|园区|"
                        r"平台|系统|APP|小程序|网格|(监测|防疫|管理|信息|统计|协管|联络)员)")
_REPORTS = re.compile(r"报送|申报|上报|填报|上传|报告|报备")
_DUTY = re.compile(r"应当|必须|须|需|一律|(?<![需主重只])要(?=[^，。；]{0,12}(报送|申报|上报|填报|上传))")
_PRIVATE = re.compile(r"企业|公司|商户|经营户|经营者|种植户|养殖户|农户|大户|合作社|家庭农场|个体|业户|户(?=[，。；、]|每|应|须)")
_REPORT_GUARD = re.compile(r"统计|纳税申报|税务|排污|排放|污染|监测|安全生产|事故|疫情|传染病|疫病|检疫|危险|协议|合同|约定|"
                           r"自愿|工作人员|补贴|补助|奖励|扶持资金|申请|项目")


# a routine report on a schedule (每日, 每周, 每月) with no finding that triggers it: a disease, a pollution or an accident
# the law has reported is reported when found (动物防疫法 第三十一条: 发现动物染疫或者疑似染疫的; round 38, rights38) — the
# words of a monitoring period or an epidemic around it do not make a daily head count lawful
_ROUTINE = re.compile(r"每(日|天|周|旬|月|季度?)|定期")
_FOUND = re.compile(r"发现|出现|发生|异常|疑似|染疫|患病|病死|死亡|超标|事故")
_ROUTINE_GUARD = re.compile(r"统计|纳税申报|税务|排污|排放|污染|安全生产|危险|协议|合同|约定|自愿|工作人员|补贴|补助|奖励|扶持资金|申请|项目")


def _guarded(text: str) -> bool:
    """Whether ``text`` is a report the law or the party's own scheme asks (see ``_REPORT_GUARD``, ``_ROUTINE``)."""
    if _ROUTINE.search(text) and not _FOUND.search(text):
        return bool(_ROUTINE_GUARD.search(text))
    return bool(_REPORT_GUARD.search(text))


def _reported(sentence: str, header: str, before: str) -> list:
    text = header + sentence
    if _guarded(text) or PROTECTIVE.search(sentence) or GOVERNMENT_FIRST.match(sentence) \
            or header and GOVERNMENT_FIRST.match(header):
        return []
    for v in _REPORTS.finditer(sentence):
        r = _RECIPIENT.search(sentence, max(0, v.start() - 24), v.start())
        f = _FIGURES.search(sentence, v.end(), v.end() + 30)
        if r is None or f is None or ENCOURAGED.search(text[:len(header) + v.start()]):
            continue
        if not (_DUTY.search(sentence[:v.start()]) or header and _DUTY.search(header)):
            continue
        if not (_PRIVATE.search(sentence[:v.start()]) or header and _PRIVATE.search(header)):
            continue
        return [Burden("reported", v.start(), f.end(), sentence[v.start():f.end()])]
    return []


# ---- round 21: a service or a benefit gated on settling a charge owed to another (申请提取住房公积金的，应当先行结清
# 其拖欠的物业服务费; 办理转学手续的，家长应当先缴清所欠的燃气费): 不当联结, as effect.owed reads a charge withheld for.
# Not the charge's own service (办理燃气销户的，应当结清燃气费: effect.related), a tax or a levy the law puts first
# (契税法 第十三条: 先税后证), the maintenance fund (住宅专项维修资金管理办法), a fine, land money
_SETTLE = re.compile(r"(先行|先|事先|预先)?(结清|缴清|付清|交清|还清|补缴|补交)[^，。；]{0,6}?(其|本人|所欠|拖欠|欠缴|历年|全部)?"
                     r"[^，。；]{0,12}?(费用|费|欠款|欠费|租金|承包金)")
_APPLY_FOR = re.compile(r"(申请|办理|提取|领取|申领|报名|转学|入学|入托|登记|享受)[^，。；]{1,16}")
_SETTLE_GUARD = re.compile(r"税|维修资金|罚款|罚没|出让金|土地使用权|销户|过户|注销|退租|退房|迁出|解除|终止|转让|变更用户|"
                           r"押金|保证金|欠缴社会保险|社会保险费|社保费|补缴[^，。；]{0,6}(保险|养老|医疗)")


def _settled(sentence: str, header: str, before: str) -> list:
    from .effect import related
    m = _SETTLE.search(sentence)
    if m is None or _SETTLE_GUARD.search(header + sentence) or PROTECTIVE.search(sentence[:m.start()]) \
            or COMPELS.search(sentence) or GOVERNMENT_FIRST.match(sentence):
        return []
    a = _APPLY_FOR.search(sentence[:m.start()])
    if a is None or not re.search(r"应当|须|必须|需|方可|才能|方能|后", sentence[a.end():m.end() + 12]):
        return []
    if related("拖欠" + sentence[max(0, m.start(4) - 12):m.end()], a.group(0)):
        return []                 # the charge's own service (办理燃气过户……结清燃气费)
    return [Burden("settled", m.start(), m.end(), m.group(0))]


READINGS = (_volunteered, _waiver, _docked, _held, _marked, _reported, _settled)


def demanded_in_item(item: str, header: str) -> bool:
    """Whether a list item under a header of refusals (有下列情形之一的，不予安排：) names a waiver not pledged or a
    voluntary act not done: the item is then the demand itself, not conduct the header may sanction (review/match.py)."""
    return bool(_waiver(item, header, "") or _volunteered(item, header, ""))
