"""Burdens a sentence lays on private persons that no upper-level law gives, read from the closed-class grammar of a
norm and not from the names of the schemes affected (issue 8, the rights readings of round 15b):

* ``others`` — who bears the consequence is not who acted: a sanction or a withheld benefit falls on the actor's
  relatives or household (其子女不得……; 本人及共同生活家庭成员), on a whole group (该村全体农户; the 村民小组 where a fire
  broke out), or on an applicant for what a relative did or is (家庭成员有违法犯罪记录的; 有子女在……工作的);
* ``duty`` — a new duty on a private person: report or register to someone, pledge (for others too), obtain a third
  party's consent that is not an authority's permission, refrain from objecting, give up compensation;
* ``sensitive`` — sensitive personal data (the closed class of 个人信息保护法 第二十八条: religious belief, biometrics,
  medical health, financial accounts, whereabouts) collected, recorded or passed on;
* ``origin`` — a statutory entitlement (social insurance, unemployment registration, compulsory schooling, temporary
  assistance, employment aid) gated on 户籍;
* ``wages`` — wages withheld as leverage for something else the worker has not done;
* ``own_act`` (round 16, concepts16) — a person's own civil act forbidden or forced: moving the household out (五年内不得
  将户口迁出), selling, letting or giving away his home, leaving a job or the county to work elsewhere; and, read as
  ``others``, a condition on relatives' records (本人及其配偶、直系亲属须无刑事犯罪记录; 其父母有吸毒记录的，政审不予通过).
  Look-alikes: a protective negation (任何单位不得限制), the party's own agreement (按照协议约定), the terms of subsidised
  or public housing and of a subsidised thing (经济适用住房, 公共租赁住房, 补贴购置), a leased thing, land the land rules
  read, a court's or the police's statutory measure (取保候审, 社区矫正); for the relatives, the household's means and
  a protective 不因.

Each reading carries the guards the same grammar shows: a protective negation (不得以……为由; 不因), a basis cited or
reserved (《……》, 依法, 另有规定), the government's own duty, what is voluntary or consented to, a means test the law
itself sets (家庭成员人均收入), the party's own fraud. Pure: sentence in, frozen ``Burden``s out; offsets into it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .effect import condition_of

NAMES = ("others", "duty", "sensitive", "origin", "wages", "own_act")

# ---- persons: relatives and household (closed class of kinship terms), a whole group, a private person as subject
_RELATIVE = (r"子女|儿女|父母|配偶|夫妻|近亲属|亲属|家庭成员|家属|监护人|兄弟姐妹|祖父母|外祖父母|孙子女|直系亲属|"
             r"共同生活的?(家庭)?(成员|人员)|其家庭|其家人|家人")
_RELATIVE_RX = re.compile(_RELATIVE)
_WHOLE = re.compile(r"(全体|所有|整[村组]|全[村组]|该(村|组|小区|社区|单位|企业|楼|片区)[^，。；]{0,4}(全体|所有|的))"
                    r"[^，。；]{0,6}?(户|民|人|员|工|生|商)")
_GROUP_EVENT = re.compile(r"(发生|发现|出现|存在|有)[^，。；]{1,30}?的(村民小组|行政村|自然村|村组|村|社区|小区|楼栋|单位|企业|学校|片区)"
                          r"|(村民小组|行政村|自然村|村组|村|社区|小区|楼栋|片区)(范围|辖区)?内?[^，。；]{0,4}(发生|发现|出现)")
_PERSON = (r"居民|村民|农户|住户|业主|市民|个人|家长|渔民|农民|承租人|出租人|所有权人|权利人|房主|户主|群众|车主|商户|"
           r"经营户|租户|监护人|游客|消费者|务工人员|农民工|职工|学生|患者|养犬人|购房人|申请人|当事人|公民|自然人|老人|"
           r"(?<!工作)(?<!执法)(?<!公职)(?<!管理)(?<!服务)人员")
_PERSON_SUBJECT = re.compile(rf"^(凡|对|其余|其他|各|本[县市区]?)?(?:(?!企业|公司|单位|机构|组织|平台|物业|学校|医院|部门|委员会|协会|中心)[^，。；、：:]){{0,14}}?({_PERSON})")

# ---- consequences: a sanction or a benefit, admission, distribution withheld
_WITHHOLD = re.compile(r"(?<!不得)(不得(参加|参评|参与|评为|享受|领取|申请|报名|入选|列为|纳入)|不予(纳入|安排|分配|发放|办理|批准|受理|享受|录取|评定|资助|补助|补贴)?|"
                       r"(暂停|停止|停发|取消|扣减|扣发|收回|一律不予|不再)(?!要求|收取)|年内不得|终身不得)")

# a header listing the conditions an applicant must meet (应当同时符合下列条件：): each item gates what is applied for
_ELIGIBILITY = re.compile(r"(同时|应当|须|必须|需)(符合|具备|满足)(下列|以下|如下)[^，。；：:之]{0,4}条件(?!之一)")

# ---- the trigger of a relative: conduct, record or status (涉赌涉毒, 违法犯罪记录, 上访, 在……工作)
_MISCONDUCT = (r"违法|违规|犯罪|前科|记录|涉(赌|毒|黑|恶|访|案)|吸毒|赌博|传销|处理|处罚|查处|拘留|判刑|上访|信访|"
               r"缠访|闹访|讨薪|讨要|堵路|围堵|聚集|焚烧|燃放|火点|捕捞")
_CONDUCT = re.compile(_MISCONDUCT + r"|在[^，。；]{0,24}(工作|任职)")
_MISCONDUCT_RX = re.compile(_MISCONDUCT)
# the family-planning status of the parents: the family-planning rules read it
_FAMILY_PLANNING = re.compile(r"超生|计划生育|政策外|违法生育")
# a means test the law sets over the household (社会救助暂行办法 第九条: 共同生活的家庭成员人均收入), support duties,
# the party's own fraud, a scheme's own household terms
_MEANS = re.compile(r"收入|财产|人均|赡养|抚养|扶养|车辆|机动车|房产|住房|存款|骗取|虚假|隐瞒|冒领|伪造|不如实|不再符合|"
                    r"不符合|户籍所在地|户口所在地")

# ---- a duty on a private person
_MODAL = re.compile(r"应当|必须|须|需|一律|不得")
# reporting to someone: the recipient (group 2) decides — to an authority it is the statutory registration or report
# the law itself sets (户口登记条例, 居住证暂行条例, 治安管理); to a 社区, 村委会, 物业, a 理事会 or a person it is new
_REPORT = re.compile(r"(向|到)([^，。；]{0,16}?)(报告|报备|登记|备案|申报)")
_PLEDGE = re.compile(r"(签订|签署|出具|作出|提交)[^，。；]{0,10}(承诺书|保证书|责任书|承诺)|书面保证|保证(本人|其|家庭|子女|学生|今后)")
_CONSENT = re.compile(r"(征得|取得|经|获得)([^，。；]{1,18}?)(的?书面)?同意")
_AUTHORITY = re.compile(r"局|人民政府|政府|部门|机关|公安|派出所|主管|办事处|管委会|法院|行政|审批|机构|单位|中心|窗口|所在地|户籍地|"
                        r"(?<!业主)委员会(?=批准)")
# whose consent the law itself requires: the holder of the right (所有权人, 共有人, 监护人, 权利人, 当事人, 本人)
_RIGHT_HOLDER = re.compile(r"所有人|所有权人|共有人|监护人|权利人|当事人|本人|出租人|承租人|利害关系|配偶|双方|各方")
_WAIVE = re.compile(r"不得[^，。；]{0,12}(提出异议|异议|主张[^，。；]{0,6}补偿|要求[^，。；]{0,10}补偿|索要[^，。；]{0,6}补偿)|"
                    r"(?<!视为)(?<!视同)放弃[^，。；]{0,8}(补偿|赔偿|请求|权利|权)|无条件(配合|服从|同意)")
_TRUTH = re.compile(r"真实|如实|准确|完整|合法有效")
_COMPELS = re.compile(r"(不得|严禁|禁止)(要求|强迫|迫使|强制|强令|以)")

# ---- sensitive personal data (个人信息保护法 第二十八条)
_SENSITIVE = re.compile(r"宗教信仰|生物识别|指纹|人脸信息|人脸图像|虹膜|声纹|基因|医疗健康|健康状况|病史|病历|病情|"
                        r"金融账户|银行账户|银行存款|存款|账户余额|行踪轨迹|行踪|性取向")
_HANDLE = re.compile(r"采集|收集|登记|录入|归集|填写|填报|载明|报送|推送|共享|公开|公示|上传|调取|汇总|统计|纳入")
_PROTECTS = re.compile(r"保密|泄露|保护|删除|不得(采集|收集|登记|公开|泄露|提供|出售|非法)|严禁|禁止|同意|授权|自愿|核对[^，。；]{0,10}(收入|财产)")

# ---- an entitlement the law gives, gated on 户籍
_ENTITLEMENT = re.compile(r"社会保险|养老保险|医疗保险|失业保险|工伤保险|生育保险|医保|临时救助|医疗救助|义务教育|入学|"
                          r"就业援助|就业困难|失业登记|就业登记|公共就业服务|法律援助")
_HUKOU_GATE = re.compile(r"(须|必须|应当|应|需)(具有|具备|持有|为|是|属于)[^，。；]{0,8}(户籍|户口)(?!所在地|地)|"
                         r"(仅限于?|只限于?|限于)[^，。；]{0,8}(户籍|户口)(?!所在地|地)|"
                         r"非本[^，。；]{0,4}(户籍|户口)[^。；]{0,24}(不得|不予|不能|回|由其)")
_ITEM_HUKOU = re.compile(r"^（[一二三四五六七八九十]+）(具有|具备|持有|为|属于)[^，。；]{0,8}(户籍|户口)")
_RESIDENCE_ALT = re.compile(r"居住证|常住人口|或者在本|或在本|(?<!本县)(?<!本市)(?<!本区)常住地|不得以[^，。；]{0,12}(户籍|户口)为由|不因[^，。；]{0,8}(户籍|户口)|不受[^，。；]{0,4}(户籍|户口)")

# ---- wages withheld
_WAGES = re.compile(r"(暂扣|扣发|扣押|暂缓发放|缓发|停发|暂停发放|扣减|不予发放|克扣|拖欠|扣留)[^，。；]{0,8}工资|工资[^，。；]{0,4}(暂扣|暂缓发放|停发|不予发放|扣发)")
_WAGE_TRIGGER = re.compile(r"未|不|拒|违反|违规")

# ---- basis and guards shared
_CITED = re.compile(r"《[^》]{2,40}》")
_GENERAL = re.compile(r"(?<!除)(?<!被)依法(?!律)|(遵守|依照|按照)[^，。；]{0,4}法律、(行政)?法规|按规定|(依照|按照|根据|依据)(国家|省|上级|法律|法规|行政法规)?[^，。；]{0,4}?(有关|相关)?(规定|法律)|依照(法律|其规定|规定)|法律、(行政)?法规(规定|另有)|依照有关(法律|规定)|按照有关(法律|规定)|按照规定|依据有关")
_RESERVED = re.compile(r"另有规定")
_PROTECTIVE = re.compile(r"不得(因|以)|不因|不以|不受|严禁|禁止|任何(单位|组织|人)")
_GOVERNMENT_FIRST = re.compile(r"^(第[^条]{1,8}条\s*)?(各|本|县|市|区|镇|乡)?[^，。；的、在以对向被有]{0,10}(人民政府|乡镇|街道办事处|部门|机关|局)")


@dataclass(frozen=True, slots=True)
class Burden:
    """One burden ``sentence`` lays: its ``name`` (``NAMES``), where it stands (offsets into the sentence), and what
    it says."""

    name: str
    start: int
    end: int
    text: str


def _basis(text: str) -> bool:
    return bool(_CITED.search(text) or _GENERAL.search(text) or _RESERVED.search(text))


def _segment(sentence: str, at: int) -> tuple[int, int]:
    lo = max(sentence.rfind(c, 0, at) for c in "，,；;：:") + 1
    his = [i for i in (sentence.find(c, at) for c in "，,；;。") if i >= 0]
    return lo, min(his) if his else len(sentence)


def _others(sentence: str, header: str) -> list[Burden]:
    out = []
    if _PROTECTIVE.search(sentence) and not _PROTECTIVE.search(sentence).group(0).startswith("任何"):
        return out
    if _MEANS.search(sentence + header) or _GOVERNMENT_FIRST.match(sentence) or _FAMILY_PLANNING.search(sentence + header):
        return out
    effects = list(_WITHHOLD.finditer(sentence))
    in_header = False
    if not effects and header:
        hm = list(_WITHHOLD.finditer(header)) or list(_ELIGIBILITY.finditer(header))
        if hm:
            in_header = True
            effects = hm
    for m in effects:
        if in_header:
            # the effect stands in the header: the item is the trigger; a relative's conduct or status there
            if _RELATIVE_RX.search(sentence) and _CONDUCT.search(sentence):
                out.append(Burden("others", 0, len(sentence), sentence))
            continue
        lo, hi = _segment(sentence, m.start())
        bearer = sentence[lo:hi]
        trigger = sentence[:lo] or condition_of(sentence[:m.start()])
        if not trigger:
            continue
        rel_bearer = _RELATIVE_RX.search(bearer)
        rel_trigger = _RELATIVE_RX.search(trigger)
        if not _MISCONDUCT_RX.search(trigger) and not _GROUP_EVENT.search(trigger):
            continue                          # nobody's act triggers it: a scheme's own terms
        if rel_bearer and not (rel_trigger and rel_trigger.group(0) == rel_bearer.group(0)):
            out.append(Burden("others", m.start(), m.end(), m.group(0)))       # 其子女不得……; 本人及家庭成员……
        elif rel_trigger and _CONDUCT.search(trigger[rel_trigger.end():]):
            out.append(Burden("others", m.start(), m.end(), m.group(0)))       # 父母……被处理的，……不得
        elif _WHOLE.search(bearer) or _GROUP_EVENT.search(trigger):
            out.append(Burden("others", m.start(), m.end(), m.group(0)))       # 该村全体农户; 发生火点的村民小组
    return out[:1]


def _duty(sentence: str, header: str) -> list[Burden]:
    out = []
    duty_header = bool(header and _PERSON_SUBJECT.search(header) and _MODAL.search(header)
                       and not _GOVERNMENT_FIRST.match(header))
    for rx in (_REPORT, _PLEDGE, _CONSENT, _WAIVE):
        for m in rx.finditer(sentence):
            lo, hi = _segment(sentence, m.start())
            before = sentence[lo:m.start()]
            if rx in (_CONSENT, _REPORT) and (_AUTHORITY.search(m.group(2)) or _RIGHT_HOLDER.search(m.group(2))):
                continue                      # an authority's permission or registration; a right-holder's consent
            if rx is _PLEDGE and _TRUTH.search(sentence[m.start():hi]):
                continue                      # a pledge that what one files is true
            if rx is _CONSENT and not re.search(r"事先|应当|须|必须|需|方可|后方|才能|方能", sentence[max(0, lo - 12):hi + 8]):
                continue
            if _COMPELS.search(sentence[:m.start()]) or _PROTECTIVE.search(before):
                continue                      # 任何单位不得要求业主放弃……
            if rx is not _WAIVE and not (_MODAL.search(sentence[:m.end()]) or duty_header):
                continue
            first = sentence[:_segment(sentence, 0)[1]]
            subject = _PERSON_SUBJECT.search(sentence[lo:]) or _PERSON_SUBJECT.search(first) or duty_header
            if not subject or _GOVERNMENT_FIRST.match(sentence[lo:]) or _GOVERNMENT_FIRST.match(sentence):
                continue
            out.append(Burden("duty", m.start(), m.end(), m.group(0)))
            return out
    return out


def _sensitive(sentence: str, header: str) -> list[Burden]:
    if _PROTECTS.search(sentence):
        return []
    for m in _HANDLE.finditer(sentence):
        tail = sentence[m.end():m.end() + 40]
        s = _SENSITIVE.search(tail)
        if s:
            return [Burden("sensitive", m.start(), m.end() + s.end(), sentence[m.start():m.end() + s.end()])]
        lo = sentence.rfind("将", 0, m.start())     # 将……病历……推送至: the data before the verb
        if lo >= 0 and m.start() - lo <= 30 and (s := _SENSITIVE.search(sentence, lo, m.start())):
            return [Burden("sensitive", s.start(), m.end(), sentence[s.start():m.end()])]
    return []


def _origin(sentence: str, header: str) -> list[Burden]:
    if not _ENTITLEMENT.search(header + sentence) or _RESIDENCE_ALT.search(header + sentence):
        return []
    m = _HUKOU_GATE.search(sentence)
    if m is None and header and _ELIGIBILITY.search(header):
        m = _ITEM_HUKOU.search(sentence)      # an item under 应当同时符合下列条件：
    if m is None or _PROTECTIVE.search(sentence[:m.start()]):
        return []
    return [Burden("origin", m.start(), m.end(), m.group(0))]


def _wages(sentence: str, header: str) -> list[Burden]:
    m = _WAGES.search(sentence)
    if m is None or _PROTECTIVE.search(sentence[:m.start()]) or re.search(r"不得[^，。；]{0,6}$", sentence[:m.start()]):
        return []
    trigger = condition_of(sentence[:m.start()]) + header
    if not _WAGE_TRIGGER.search(trigger):
        return []
    return [Burden("wages", m.start(), m.end(), m.group(0))]


# ---- round 16: a condition on relatives' records; a restriction on a person's own civil act
_RECORD = r"记录|前科|刑事处罚|行政处罚|处罚|犯罪|违法|失信|不良信用|吸毒|涉毒|涉黑|涉恶|拘留"
_KIN_CLEAN = re.compile(rf"({_RELATIVE})[^，。；]{{0,12}}?(须|应当|必须|需|均)?(无|没有|未受过|未曾受过|未曾|未有|不得有|不能有|不存在)"
                        rf"[^，。；]{{0,10}}?({_RECORD})")
_KIN_HAS = re.compile(rf"({_RELATIVE})[^，。；]{{0,12}}?(有|存在|受过|曾受)[^，。；]{{0,10}}?({_RECORD})[^，。；]{{0,6}}的[，,]"
                      r"[^。；]{0,16}(不予|不得|取消|不能|不通过|不合格|不录用|不聘用|不予录取)")
# what a person may do with his own: his household's registration, his home, his work (not where a household is to be
# registered when it moves, 应当将户口迁至本人合法固定住所: the registration rules' own place, 户口登记条例 第十条)
_OWN_ACT = re.compile(r"不得(将|把)?[^，。；]{0,8}?(户口|户籍)[^，。；]{0,4}(迁出|迁往|迁至|迁移|转出|迁回)|"
                      r"不得(将|把)?[^，。；]{0,10}?(出售|出租|转让|赠与|转卖|上市交易|买卖)|"
                      r"不得(辞职|离职|辞去|调离|调往|调出|离岗|跳槽)|不得(到|去|前往)[^，。；]{0,6}(外|以外)[^，。；]{0,2}(务工|就业|工作|打工)|"
                      r"不得外出(务工|打工)|不得(将户口|把户口)?保留在(原籍|原户籍地|原居住地)")
_OWN_GUARD = re.compile(r"约定|协议|合同|经济适用|共有产权|公共租赁|公租房|廉租|保障性|限价|人才住房|周转房|宿舍|承租|租用|借用|转租|"
                        r"宅基地|集体土地|耕地|承包地|违法|违章|无证|未经登记|取保候审|监视居住|社区矫正|假释|缓刑|"
                        r"公有|国有|集体所有|资产|公物|物资|文物|野生|药品|危险|用于|给[^，。；]{0,12}(无|未|没有|不具备|不能)")
_SALE = re.compile(r"出售|出租|转让|赠与|转卖|上市交易|买卖")
_HOME = re.compile(r"房屋|住房|房产|住宅|安置房|商品房|私房|自有房|车辆|汽车")
_SUBSIDISED = re.compile(r"补贴|补助|奖励|优惠|资助|贴息")
_MOVE_OR_WORK = re.compile(r"户口|户籍|辞职|离职|辞去|调离|调往|调出|离岗|跳槽|务工|就业|打工|原籍")


def _kin(sentence: str, header: str) -> list[Burden]:
    if _PROTECTIVE.search(sentence) or _MEANS.search(sentence) or _FAMILY_PLANNING.search(sentence + header):
        return []
    m = _KIN_CLEAN.search(sentence) or _KIN_HAS.search(sentence)
    if m is None:
        return []
    return [Burden("others", m.start(), m.end(), m.group(0))]


def _own_act(sentence: str, header: str) -> list[Burden]:
    m = _OWN_ACT.search(sentence)
    if m is None:
        return []
    lo, _ = _segment(sentence, m.start())
    if _PROTECTIVE.search(sentence[:m.start()]) or _COMPELS.search(sentence) or _OWN_GUARD.search(header + sentence):
        return []
    if _SALE.search(m.group(0)) and not _HOME.search(header + sentence):
        return []                 # goods or services sold (不得出售假冒商品): market rules, not one's own home
    if _SUBSIDISED.search(header + sentence) and not _MOVE_OR_WORK.search(m.group(0)):
        return []                 # a subsidised thing kept for its scheme's term (补贴购置的农机具两年内不得转让)
    first = sentence[:_segment(sentence, 0)[1]]
    if _GOVERNMENT_FIRST.match(sentence) or not (_PERSON_SUBJECT.search(first) or _PERSON_SUBJECT.search(sentence[lo:])
                                                 or re.search(r"学员|毕业生|教师|医生|人才|女方|男方|住户|安置户|农户|户主|购房人|业主|被征收人|村民|居民|人员|职工|本人",
                                                              header + sentence[:m.start()])):
        return []
    return [Burden("own_act", m.start(), m.end(), m.group(0))]


_READINGS = (_others, _duty, _sensitive, _origin, _wages, _kin, _own_act)


def burdens(sentence: str, header: str = "", before: str = "", after: str = "") -> tuple[Burden, ...]:
    """Every burden ``sentence`` (a list item under ``header``; ``before``/``after`` the clause text around it) lays on a
    private person without a basis."""
    if _basis(header + sentence + after.split("。", 1)[0]):
        return ()                 # a basis cited, or reserved in the sentence's next part (；法律、法规另有规定的……)
    out: list[Burden] = []
    for read in _READINGS:
        out.extend(read(sentence, header))
    return tuple(out)
