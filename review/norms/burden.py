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

import functools
import re

from ..firstchars import Keyed
from ..sentences import end_before, start_after
from .effect import condition_of
from .exacted import NAMES as EXACTED_NAMES, READINGS as EXACTED_READINGS
from .freeze import NAMES as FREEZE_NAMES, wholesale as _wholesale
from .guards import COMPELS, ENCOURAGED, GOVERNMENT_FIRST, PROTECTIVE, barred_just_before
from .interest import NAMES as INTEREST_NAMES, interest as _interest
from .kin import MARKED_STATUS, RECUSAL, RELATIVE, STATUS_KIN
from .model import Burden
from .charge import NAMES as CHARGE_NAMES, charges as _charges
from .class_bar import NAMES as CLASS_NAMES, barred_class, watch_duty
from .forfeit import NAMES as FORFEIT_NAMES, forfeited
from .assigned import NAMES as ASSIGNED_NAMES, assigned as _assigned_read
from .detriment import NAMES as DETRIMENT_NAMES, borne as _borne
from .paper import NAMES as PAPER_NAMES, gates as _gates, papers as _papers
from .register import gated as _register
from .unrelated import NAMES as UNRELATED_NAMES, withdrawn as _withdrawn
from .pay_held import NAMES as PAY_HELD_NAMES, pledged as _pledged
from .lexicon import default_lexicon

NAMES = ("others", "duty", "sensitive", "origin", "wages", "own_act", "data", "record", "status",
         # round 29 wave 2 (pr29b, review/norms/unrelated.py): a benefit withdrawn for a duty owed elsewhere
         *UNRELATED_NAMES,
         # round 19 (C-RIGHTS-NARROW): a membership or patrol required; one's own life or others' data told to a body; a
         # right narrowed; a loss deemed; things taken without compensation; another's liability shared; a group shut
         # out of a benefit; a choice taken away
         "join", "tell", "reduce", "deemed", "taken", "shared", "shut_out", "choice",
         # round 20 (review/norms/exacted.py): a voluntary act exacted, a waiver pledge, earnings docked, a home held
         # for a period, a relative marked, one's own operating figures reported
         *EXACTED_NAMES,
         # round 22 (review/norms/interest.py): a private person's protected interest burdened, read by its shape
         *INTEREST_NAMES,
         # round 23 (review/norms/paper.py): a paper a third body issues, or the government holds, demanded of a person
         *PAPER_NAMES,
         # round 24 (review/norms/charge.py): money a private party pays a public or designated body, under any name
         *CHARGE_NAMES,
         # round 24 (review/norms/freeze.py): a handling frozen wholesale, a use of one's own property barred, a standing
         # duty of check, fitting or insurance laid on a household
         *FREEZE_NAMES,
         # round 37 (review/norms/class_bar.py): a class of people barred by a record, a status or an origin; a private
         # party made to collect, report or watch others
         *CLASS_NAMES,
         # round 38 (review/norms/forfeit.py): a private claim deemed lost by a document's deadline, a private-law act
         # under an official's consent, a member's share lost as a side effect, a collective or a complainant made to bear
         *FORFEIT_NAMES,
         # round 39 (review/norms/detriment.py): a detriment borne for another's act, for a right's exercise, for a
         # status that is no wrong, or laid on a whole class in advance
         *DETRIMENT_NAMES,
         # round 42 (review/norms/assigned.py): the administration of people laid on a private party; a child's status
         # fixed by the parent's sex
         *ASSIGNED_NAMES,
         # round 45 (review/norms/pay_held.py): a worker's pay kept back, or his money taken, as a pledge
         *PAY_HELD_NAMES)

# ---- persons: relatives and household (closed class of kinship terms), a whole group, a private person as subject
_RELATIVE = RELATIVE
_RELATIVE_RX = re.compile(_RELATIVE)
RELATIVE_RX = _RELATIVE_RX        # review/match.py: a list item naming a relative is the problem itself, not conduct
_WHOLE = re.compile(r"(全体|所有|整[村组]|全[村组]|该(村|组|小区|社区|单位|企业|楼|片区)[^，。；]{0,4}(全体|所有|的))"
                    r"[^，。；]{0,6}?(户|民|人|员|工|生|商)")
_GROUP_EVENT = re.compile(r"(发生|发现|出现|存在|有)[^，。；]{1,30}?的(村民小组|行政村|自然村|村组|村|社区|小区|楼栋|单位|企业|学校|片区)"
                          r"|(村民小组|行政村|自然村|村组|村|社区|小区|楼栋|片区)(范围|辖区)?内?[^，。；]{0,4}(发生|发现|出现)")
_PERSON = (r"居民|村民|农户|住户|业主|市民|个人|家长|渔民|农民|承租人|出租人|所有权人|权利人|房主|户主|群众|车主|商户|"
           r"经营户|租户|监护人|游客|消费者|务工人员|农民工|职工|学生|患者|养犬人|购房人|申请人|当事人|公民|自然人|老人|"
           # round 17: a person by the office or standing he holds (后备干部, 车辆所有人, 沿线经营者, 理事、监事)
           r"干部|所有人|经营者|理事|监事|选手|运动员|"
           # round 34 (rights34): a person by the statutory name of his role (机动车驾驶人: 道路交通安全法; 承包人, 建房人)
           r"驾驶人|承包人|建房人|"
           r"(?<!工作)(?<!执法)(?<!公职)(?<!管理)(?<!服务)人员")
# (the subject stands before the modal: 村殡葬信息员应当在得知村民去世后……报告 — 村民 is in what the 信息员 must do)
_PERSON_SUBJECT = re.compile(rf"^(凡|对|其余|其他|各|本[县市区]?)?(?:(?!企业|公司|单位|机构|组织|平台|物业|学校|医院|部门|委员会|协会|中心|应当|必须|须|不得)[^，。；、：:]){{0,14}}?({_PERSON})"
                             # … or the person noun that heads a long subject, after its last 的 and before the phrase
                             # ends or the modal (人民防空工程建设范围内被征收房屋的住户，应当……不得……提出异议): round 30
                             rf"|^[^，。；、：:]{{0,40}}的(?:{_PERSON})(?=[，,]|$|应当|应|须|必须|需|不得)")

# ---- consequences: a sanction or a benefit, admission, distribution withheld
# (round 34, rights34: an application by 申领, and work barred — 不得从事, 不得在……从业 — as a benefit withheld)
_WITHHOLD = re.compile(r"(?<!不得)(不得(参加|参评|参与|评为|享受|领取|申请|申领|申报|报名|入选|列为|纳入|获得|继续|从事|从业|上岗)|"
                       r"不得在[^，。；]{1,12}?(从业|就业|任职)|不予(纳入|安排|分配|发放|办理|批准|受理|享受|录取|评定|资助|补助|补贴)?|"
                       r"(暂停|停止|停发|取消|扣减|扣发|收回|一律不予|不再|暂缓|暂不)(?!要求|收取)|年内不得|终身不得|"
                       # round 33 (rights33): an application handled more strictly (其配偶、子女……申请……时，应当从严审核):
                       # the list header's measure (_HEADER_WITHHOLD) in a sentence of its own
                       r"从严(审核|审查|审批|把关))")

# round 26: a header's refusal of a post or a clearance (不得聘用为……, 不予录用, 考察（政审）不合格): each item names its ground
# round 31 wave 2 (rightsw2): … or a measure that falls on the person without withholding a named benefit — expelled or
# dismissed (开除, 辞退, 清退, 调离), handled more strictly (从严审核, 从严审查), marked for control (列为重点……对象)
_HEADER_WITHHOLD = re.compile(r"不得(?:聘用|录用|招用|报考|应聘|担任|推荐)|不予(?:录用|聘用|推荐)|(?:考察|政审|审查|考核)[^，。；：:]{0,6}?不合格"
                              r"|开除|辞退|清退|调离|从严(?:审核|审查|审批|把关)|列为重点[^，。；：:]{0,4}?对象")


_UNLAWFUL_ACT = re.compile(r"非法|违章|擅自|私自")


def kin_bear_header(header: str, item: str) -> bool:
    """Whether the list ``header``'s consequence is borne by the relatives of the one whose conduct ``item`` names
    (有下列情形之一的，对其配偶、子女申请……暂缓办理：（一）参与非法采砂的): the header's kin words are the item's (round 26)."""
    # the two cheap tests first: most headers name no relative, and reading the burdens is the costly part
    return bool(header) and _RELATIVE_RX.search(_consequence_of(header)) is not None \
        and not _RELATIVE_RX.search(item) and any(b.name == "others" for b in _others(item, header))


def _consequence_of(header: str) -> str:
    """What a list header lays, after its condition (有下列情形之一的，对其配偶……暂缓办理： → 对其配偶……暂缓办理)."""
    at = max(header.rfind("的，"), header.rfind("的,"))
    return header[at + 2:] if at >= 0 else ""


# a header listing the conditions an applicant must meet (应当同时符合下列条件：): each item gates what is applied for
_ELIGIBILITY = re.compile(r"(同时|应当|须|必须|需)(符合|具备|满足)(下列|以下|如下)[^，。；：:之]{0,4}条件(?!之一)")

# ---- the trigger of a relative: conduct, record or status (涉赌涉毒, 违法犯罪记录, 上访, 在……工作)
_MISCONDUCT = (r"违法|违规|犯罪|前科|记录|涉(赌|毒|黑|恶|访|案)|吸毒|赌博|传销|处理|处罚|查处|拘留|判刑|上访|信访|"
               r"缠访|闹访|讨薪|讨要|堵路|围堵|聚集|焚烧|燃放|火点|捕捞|"
               # round 17: a debt, a flight or a refusal of the relative (失信被执行人, 拖欠物业费, 外逃, 拒不缴纳, 未完成)
               r"失信|拖欠|欠缴|欠费|外逃|潜逃|逃匿|拒不|拒绝|未完成|"
               # round 31 wave 2 (rightsw2): a crime named by its punishment or an unlawful act (非法集资被追究刑事责任)
               r"刑事责任|非法|"
               # round 33 (rights33): a wrong named by the penalty it drew (被吊销……证, 责令停产停业, 取缔 — 行政处罚法 第九条)
               # or by the offence itself (醉酒驾驶)
               r"吊销|责令停产停业|责令关闭|取缔|醉驾|醉酒驾驶|"
               # round 34 (rights34): drugs by the act and by the measure the act drew (吸食毒品, 被强制隔离戒毒: 禁毒法
               # 第三十八条), a firm's record by the register that marks it (经营异常名录: 市场主体登记管理条例 第四十条)
               r"吸食|毒品|戒毒|经营异常|异常名录")
_CONDUCT = re.compile(_MISCONDUCT + r"|在[^，。；]{0,24}(工作|任职)")
_MISCONDUCT_RX = re.compile(_MISCONDUCT)
# the family-planning status of the parents: the family-planning rules read it
_FAMILY_PLANNING = re.compile(r"超生|计划生育|政策外|违法生育")
# a means test the law sets over the household (社会救助暂行办法 第九条: 共同生活的家庭成员人均收入), support duties,
# the party's own fraud, a scheme's own household terms
# (round 17: a dwelling or a car is a means only as what the household owns — 名下不得有其他住房 —, not as the home a
# relative is turned out of: 其配偶不得继续承租保障性租赁住房)
_MEANS = re.compile(r"收入|财产|人均|赡养|抚养|扶养|(名下|拥有|购买|购置|持有|有)[^，。；]{0,6}(车辆|机动车|房产|住房)|存款|骗取|虚假|隐瞒|"
                    r"冒领|伪造|不如实|不再符合|不符合|户籍所在地|户口所在地")
# round 17: someone else made to bear a person's private conduct: the employer an employee's, the landlord a tenant's,
# the school a pupil's (not the employer's own duties at work: a violation of 操作规程 is the firm's own)
# round 31 (rights31): a relative's past fraud already punished (其配偶曾因骗取……受到行政处罚) is the relative's record, not
# the household's means test the fraud guard above stands for: the applicant bears what another did
_RELATIVE_PAST = re.compile(rf"({_RELATIVE})[^，。；]{{0,10}}?(骗取|虚假|隐瞒)[^，。；]{{0,20}}?(受到|被)[^，。；]{{0,6}}?(处罚|查处|处理|处分)")
_THIRD_ACTOR = re.compile(r"员工|职工|雇员|从业人员|承租人|租户|房客|租客|学生")
_PRIVATE_MISCONDUCT = re.compile(r"赌博|吸毒|涉毒|嫖娼|打架|斗殴|醉酒|醉驾|信访|上访|缠访|闹访|传销|邪教|犯罪|治安管理处罚|拘留")
_THIRD_BEARER = re.compile(r"所在(企业|单位|公司|学校)|用人单位|其单位|雇主|出租人|房东|房主")
# round 34 (rights34): a firm's record borne by its staff — the staff the topic of the withholding phrase (……被列入经营异常
# 名录的企业，其职工不得申报……补贴): the firm acted, its workers lose a benefit of their own (行政处罚法 第五条: a measure
# answers the wrong of the one who did it); not its managers, whom some laws bar for the firm's wrong (法定代表人, 负责人)
_STAFF_TOPIC = re.compile(r"^其(职工|员工|雇员|雇工|从业人员|工人|务工人员)")
_FIRM = re.compile(r"企业|公司|单位|商户|市场主体|个体工商户|合作社")
_JOINT_HOUSEHOLD = re.compile(r"(申请人|本人|户主)(及|和|与|、|以及)[^，。；]{0,8}(家庭成员|配偶|子女|家属)|共同申请")
# a relative named by the status of the one he is related to: review/norms/kin.py
_STATUS_KIN = STATUS_KIN

# ---- a duty on a private person
# (not a duty denied: 无需向任何组织申报, 不必提交, 无须征得同意 — round 41, lead, informed by a fresh look-alike)
_MODAL = re.compile(r"(?<![无不毋])(?:应当|必须|须|需|一律|不得|(?<![需主重只])要(?=签订|签署|出具|作出|提交|向|到))")
# reporting to someone: the recipient (group 2) decides — to an authority it is the statutory registration or report
# the law itself sets (户口登记条例, 居住证暂行条例, 治安管理); to a 社区, 村委会, 物业, a 理事会 or a person it is new
# (not a noun the word heads: 向登记机关提交, 到备案窗口 name the body an application goes to)
_REPORT = re.compile(r"(向|到)([^，。；]{0,16}?)(报告|报备|登记|备案|申报)(?!机关|机构|部门|窗口|中心|系统|平台|大厅)")
# (round 34, rights34: the paper handed in by any verb of handing — 向社区递交保证书, 上交责任书)
_PLEDGE = re.compile(r"(签订|签署|出具|作出|提交|递交|呈交|上交|交回)[^，。；]{0,16}(承诺书|保证书|责任书|承诺)|书面保证|保证(本人|其|家庭|子女|学生|今后)")
_CONSENT = re.compile(r"(征得|取得|经|获得)([^，。；]{1,18}?)(的?书面)?同意")
_AUTHORITY = re.compile(r"局|人民政府|政府|部门|机关|公安|派出所|主管|办事处|管委会|法院|行政|审批|机构|单位|中心|窗口|所在地|户籍地|"
                        r"(?<!业主)委员会(?=批准)")
# whose consent the law itself requires: the holder of the right (所有权人, 共有人, 监护人, 权利人, 当事人, 本人)
# (round 26 wave 2: the holder of a contracted right by 承包 and a party's ending — 征得承包农户同意, 承包方同意)
_RIGHT_HOLDER = re.compile(r"所有人|所有权人|共有人|监护人|权利人|当事人|本人|出租人|承租人|利害关系|配偶|双方|各方|"
                           r"承包(农户|方|户|人|者|经营户)")
_WAIVE = re.compile(r"不得[^，。；]{0,12}(提出异议|异议|主张[^，。；]{0,6}补偿|要求[^，。；]{0,10}补偿|索要[^，。；]{0,6}补偿)|"
                    r"(?<!视为)(?<!视同)放弃[^，。；]{0,8}(补偿|赔偿|请求|权利|权)|无条件(配合|服从|同意)")
_TRUTH = re.compile(r"真实|如实|准确|完整|合法有效")
# what the pledge is about, named before it (对所填报内容的真实性作出书面承诺)
_PLEDGE_OF = re.compile(r"对[^，。；]{0,40}(真实|如实|准确|完整|合法有效)[^，。；]{0,4}$")

# ---- sensitive personal data (个人信息保护法 第二十八条)
_SENSITIVE = re.compile(r"宗教信仰|生物识别|指纹|人脸信息|人脸图像|虹膜|声纹|基因|医疗健康|健康状况|病史|病历|病情|"
                        r"金融账户|银行账户|银行存款|存款|账户余额|行踪轨迹|行踪|性取向")
_HANDLE = re.compile(r"采集|收集|登记|录入|归集|填写|填报|载明|报送|推送|共享|公开|公示|上传|调取|汇总|统计|纳入")
_PROTECTS = re.compile(r"保密|泄露|保护|删除|不得(采集|收集|登记|公开|泄露|提供|出售|非法)|严禁|禁止|同意|授权|自愿|核对[^，。；]{0,10}(收入|财产)")

# ---- an entitlement the law gives, gated on 户籍
# (round 23: a place in public education, not only 义务教育 by name — 入园, 就读, 招收, 学位, 送教上门, 特殊教育: 义务教育法
# 第十二条, 残疾人教育条例 第十二条 and 居住证暂行条例 第十二条 tie them to residence, not 户籍)
_ENTITLEMENT = re.compile(r"社会保险|养老保险|医疗保险|失业保险|工伤保险|生育保险|医保|临时救助|医疗救助|义务教育|入学|"
                          r"入园|就读|学位|招收|送教|特殊教育|随班就读|学前教育|"
                          r"就业援助|就业困难|失业登记|就业登记|公共就业服务|法律援助")
_HUKOU_GATE = re.compile(r"(须|必须|应当|应|需)(具有|具备|持有|为|是|属于)[^，。；]{0,8}(户籍|户口)(?!所在地|地)|"
                         # round 21: the holder named between (须由父母一方持有本县户籍满五年方可报名)
                         r"(须|必须|应当|需)[^，。；]{1,8}?(具有|具备|持有)[^，。；]{0,8}(户籍|户口)(?!所在地|地)|"
                         r"(仅限于?|只限于?|限于)[^，。；]{0,8}(户籍|户口)(?!所在地|地)|"
                         r"非本[^，。；]{0,4}(户籍|户口)[^。；]{0,24}(不得|不予|不能|回|由其)")
_ITEM_HUKOU = re.compile(r"^（[一二三四五六七八九十]+）([^，。；]{0,10}?(具有|具备|持有)|为|属于)[^，。；]{0,8}(户籍|户口)")
# round 21: a registration or a public service any resident may ask for (a library card, a bus card, a vehicle's or a
# dog's registration, an examination's enrolment, a disabled person's vehicle): 居住证暂行条例 第十二条、第十三条 give
# the holder of a 居住证 the public services; no law ties these to 户籍
_SERVICE_REG = re.compile(r"登记|上牌|牌照|号牌|借阅|乘车卡|乘车证|优待证|老年证|报名|中考|养犬|犬只|机动轮椅车|"
                          r"办理[^，。；]{0,10}(证|卡)|申领[^，。；]{0,10}(证|卡)")
# … not the schemes a law ties to the household's registration or a collective's membership (社会救助暂行办法 第十一条,
# 兵役法, 选举法, 土地管理法, 村民委员会组织法), the registration of 户籍 itself, housing and talent schemes (read by
# the fair-competition and housing rules), the national university admission
_HUKOU_LAWFUL = re.compile(r"低保|最低生活保障|特困|救助|宅基地|承包|集体|村民|股份|征兵|兵役|入伍|选民|选举|退役|安置|迁入|迁移|"
                           r"落户|户口登记|户籍登记|身份证|生育|计划生育|人才|购房|住房|公租房|保障房|拆迁|征收|补偿|高考|高校|"
                           r"普通高等|学籍|婚姻|结婚|收养|护照|出入境|港澳|台湾")


def hukou_lawful(text: str) -> bool:
    """Whether ``text`` names a scheme a law ties to the household's registration or a collective's membership
    (``_HUKOU_LAWFUL``: 低保, 宅基地, 征兵, 选举 …)."""
    return _HUKOU_LAWFUL.search(text) is not None


_RESIDENCE_ALT = re.compile(r"居住证(?![^，。；]{0,16}(不予|不得|不能|不享受|除外))|常住人口|或者在本|或在本|(?<!本县)(?<!本市)(?<!本区)常住地|不得以[^，。；]{0,12}(户籍|户口)为由|不因[^，。；]{0,8}(户籍|户口)|不受[^，。；]{0,4}(户籍|户口)")

# ---- wages withheld
# (round 33, rights33: pay under its other names — 劳动报酬, 薪酬, 薪金 —, and a sum docked from it for a debt or charge
# the worker owes: 工资支付暂行规定 第十五条 lets an employer deduct only tax, social insurance, a court's maintenance
# order and what a law or regulation sets)
_PAY = r"(?:工资|劳动报酬|薪酬|薪金)"
_WAGES = re.compile(rf"(暂扣|扣发|扣押|暂缓发放|缓发|停发|暂停发放|扣减|不予发放|克扣|拖欠|扣留)[^，。；]{{0,8}}{_PAY}|{_PAY}[^，。；]{{0,4}}(暂扣|暂缓发放|停发|不予发放|扣发)|"
                    rf"从[^，。；]{{0,8}}{_PAY}中[^，。；]{{0,6}}(代扣|扣除|扣缴|抵扣|扣减|扣收)")
_WAGE_TRIGGER = re.compile(r"未|不|拒|违反|违规|欠|投诉|举报")
# the deductions the law allows (工资支付暂行规定 第十五条): tax, social insurance, a court's maintenance order
_WAGE_LAWFUL = re.compile(r"个人所得税|社会保险|养老保险|医疗保险|失业保险|住房公积金|抚养费|赡养费|扶养费|人民法院|判决|裁定")

# ---- basis and guards shared
# (not a form's title: 《学生乘车安全责任承诺书》, 《申请表》 — round 20, what one signs is no basis)
_CITED = re.compile(r"《[^》]{2,40}(?<!书)(?<!表)(?<!单)(?<!卡)(?<!册)(?<!合同)(?<!协议)(?<!证)(?<!照)(?<!回执)(?<!函)》")
# (not a certificate's title: 《……许可证》, 《……执照》; round 31: nor a receipt's or a letter's, 《……备案回执》, 《……确认函》 —
# a 《……证明》 stays: 《出生医学证明》 names a statutory paper, D035/D037's labelled look-alike)
_GENERAL = re.compile(r"(?<!除)(?<!被)依法(?!律)|(遵守|依照|按照)[^，。；]{0,4}法律、(行政)?法规|按规定|(依照|按照|根据|依据)(?!下列|以下|如下|上述|前款|本(办法|规定|细则|方案|通知|意见|制度|章程|公约|约定))(国家|省|上级|法律|法规|行政法规)?[^，。；]{0,4}?(有关|相关)?(规定|法律)|依照(法律|其规定|规定)|法律、(行政)?法规(规定|另有)|依照有关(法律|规定)|按照有关(法律|规定)|按照规定|依据有关")
_RESERVED = re.compile(r"另有规定")


# searched only in a text that holds a key their matches need (``firstchars.Keyed``, exact): each sentence an effect
# rule asks about is read by them, and they open with a word the regex engine would try at every character
_GENERAL, _WAGES, _MEANS, _WITHHOLD = Keyed(_GENERAL), Keyed(_WAGES), Keyed(_MEANS), Keyed(_WITHHOLD)


# a basis word negated names a breach, not a basis (未按规定时间清运的; 未依法取得……的 — round 20)
_BREACH = re.compile(r"(未|不|没有)(依法|按规定|按照规定|依照规定|按照有关规定|依照有关规定)")


# the 依法 of a statutory licence a gate is put before or added on top of names no basis for the gate (应当先取得……准入证，
# 再依法申请食品经营许可; 除应当依法取得……许可外，还须经……评审合格 — round 27, gate27)
# … or of the registration done before the gate (企业依法办理登记后，应当……申请列入……名录，未列入名录的，不得 — round 27
# wave 2, gate27b): the statutory step the gate follows, in its own clause of time
# … nor the 按规定 of the base beside which a paper is added (除按规定提交申请材料外，还应当提交……出具的……意见 — round 28, rp28)
_BESIDE_GATE = re.compile(r"(?<=再)依法(?=申请|办理|取得|登记)|(?<=除)(?:依法|按规定|按照规定)(?=[^。；]{0,40}?外[，,]?[^。；，]{0,6}(?:还|另|同时))"
                          r"|依法(?=[^。；]{0,40}?外[，,]?[^。；，]{0,6}(?:还|另|同时))"
                          r"|依法(?=(?:办理|申请|完成)?[^，。；]{0,8}?(?:登记|注册)(?:手续)?(?:后|之后|以后)[，,])")


# remembered for the last texts: ``burdens`` and ``beside`` ask it of the same text (the header, the sentence and its next
# part), one after the other; a pure function of the string (round 31, speed31: the costliest search a sweep repeated
# on the same text, ``_GENERAL``, was asked 4,199 times over every fourth real document, 1,734 of them again)
@functools.lru_cache(maxsize=64)
def _basis(text: str) -> bool:
    """Whether ``text`` cites a law, says 依法 or the like, or reserves another provision (a negated basis word names a
    breach, and the 依法 of a statutory step beside a gate names none)."""
    text = _BREACH.sub(lambda m: "＊" * len(m.group(0)), text) if "未" in text or "不" in text or "没有" in text else text
    if "依法" in text or "规定" in text:
        text = _BESIDE_GATE.sub(lambda m: "＊" * len(m.group(0)), text)
    return bool(_CITED.search(text) or _GENERAL.search(text) or _RESERVED.search(text))


def _segment(sentence: str, at: int) -> tuple[int, int]:
    lo = start_after(sentence, at, "，,；;：:")
    return lo, end_before(sentence, at, "，,；;。")


def _others(sentence: str, header: str) -> list[Burden]:
    out = []
    if PROTECTIVE.search(sentence) and not PROTECTIVE.search(sentence).group(0).startswith("任何"):
        return out
    if _MEANS.search(_RELATIVE_PAST.sub("", sentence + header)) or GOVERNMENT_FIRST.match(sentence) \
            or _FAMILY_PLANNING.search(sentence + header):
        return out
    if RECUSAL.search(sentence):
        return out                            # a recusal (review/norms/kin.py), not a burden on the relative's account
    effects = list(_WITHHOLD.finditer(sentence))
    in_header = False
    if not effects and header:
        hm = list(_WITHHOLD.finditer(header)) or list(_HEADER_WITHHOLD.finditer(header)) or list(_ELIGIBILITY.finditer(header))
        if hm:
            in_header = True
            effects = hm
    for m in effects:
        if in_header:
            # the effect stands in the header: the item is the trigger; a relative's conduct or status there
            # (the applicant's household as a whole — 申请人及共同申请的家庭成员应当……在本市工作或居住 — is the scheme's
            # household condition: only a misconduct reads there)
            if _RELATIVE_RX.search(sentence) and (_MISCONDUCT_RX.search(sentence) or _CONDUCT.search(sentence)
                                                  and not _JOINT_HOUSEHOLD.search(sentence)):
                out.append(Burden("others", 0, len(sentence), sentence))
            # round 26: … or the header's consequence borne by the relatives of the one whose conduct the item names
            # (有下列情形之一的，对其配偶、子女申请……暂缓办理：（一）参与非法采砂的)
            elif _RELATIVE_RX.search(_consequence_of(header)) and not _JOINT_HOUSEHOLD.search(header) \
                    and (_MISCONDUCT_RX.search(sentence) or _UNLAWFUL_ACT.search(sentence)):
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
        elif not rel_bearer and kin_topic(sentence, lo):
            out.append(Burden("others", m.start(), m.end(), m.group(0)))       # ……的人员，其配偶、子女……，五年内不得
        elif _THIRD_ACTOR.search(trigger) and _PRIVATE_MISCONDUCT.search(trigger) and _THIRD_BEARER.search(bearer):
            out.append(Burden("others", m.start(), m.end(), m.group(0)))       # 员工因赌博被处罚的，其所在企业不得……
        elif _STAFF_TOPIC.match(bearer) and _FIRM.search(trigger):
            out.append(Burden("others", m.start(), m.end(), m.group(0)))       # ……的企业，其职工不得申报……
        elif _STATUS_KIN.search(trigger):
            out.append(Burden("others", m.start(), m.end(), m.group(0)))       # 外逃人员子女申请就读的，不予安排
        elif _WHOLE.search(bearer) or _GROUP_EVENT.search(trigger):
            out.append(Burden("others", m.start(), m.end(), m.group(0)))       # 该村全体农户; 发生火点的村民小组
    return out[:1]


# round 33 (rights33): the relatives who bear a measure stand as the topic of their own phrase, after the one whose
# conduct triggers it and before the phrase that withholds (因……被追究刑事责任的人员，其配偶、子女及共同生活的其他家庭
# 成员，五年内不得申报……; ……的企业主要负责人，其配偶、子女在本县申请……的，一律不予受理; ……的企业，其法定代表人的配偶、
# 子女投资设立的企业，……一并不得参与): 其 points back to that one, and the relatives' own phrase tells no conduct of theirs
# (其子女吸毒的，…… is the child's own record: the offender is the child)
_KIN_TOPIC = re.compile(rf"^其[^，。；]{{0,8}}?({_RELATIVE})")


def kin_topic(sentence: str, at: int) -> bool:
    """Whether the phrase just before ``at`` (the start of a withholding phrase) is a topic naming the relatives of
    someone whose misconduct the sentence tells before it."""
    if at < 2:
        return False
    lo = start_after(sentence, at - 1, "，,；;：:")
    topic = sentence[lo:at - 1]
    return bool(_KIN_TOPIC.match(topic)) and not _MISCONDUCT_RX.search(topic) \
        and _MISCONDUCT_RX.search(sentence[:lo]) is not None


def _duty(sentence: str, header: str) -> list[Burden]:
    out = []
    duty_header = bool(header and _PERSON_SUBJECT.search(header) and _MODAL.search(header)
                       and not GOVERNMENT_FIRST.match(header))
    for rx in (_REPORT, _PLEDGE, _CONSENT, _WAIVE):
        for m in rx.finditer(sentence):
            lo, hi = _segment(sentence, m.start())
            before = sentence[lo:m.start()]
            if rx in (_CONSENT, _REPORT) and (_AUTHORITY.search(m.group(2)) or _RIGHT_HOLDER.search(m.group(2))):
                continue                      # an authority's permission or registration; a right-holder's consent
            if rx is _PLEDGE and _TRUTH.search(sentence[m.start():hi] if _PLEDGE_OF.search(before) is None
                                               else sentence[lo:hi]):
                continue                      # a pledge that what one files is true (对……的真实性作出书面承诺 too)
            if rx is _CONSENT and not re.search(r"事先|应当|须|必须|需|方可|后方|才能|方能", sentence[max(0, lo - 12):hi + 8]):
                continue
            if COMPELS.search(sentence[:m.start()]) or PROTECTIVE.search(before):
                continue                      # 任何单位不得要求业主放弃……
            if rx is not _WAIVE and not (_MODAL.search(sentence[:m.end()]) or duty_header):
                continue
            first = sentence[:_segment(sentence, 0)[1]]
            subject = _PERSON_SUBJECT.search(sentence[lo:]) or _PERSON_SUBJECT.search(first) or duty_header
            if not subject or GOVERNMENT_FIRST.match(sentence[lo:]) or GOVERNMENT_FIRST.match(sentence):
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
    if _RESIDENCE_ALT.search(header + sentence):
        return []
    entitlement = _ENTITLEMENT.search(header + sentence)
    if not entitlement and not (_SERVICE_REG.search(header + sentence) and not _HUKOU_LAWFUL.search(header + sentence)):
        return []
    m = _HUKOU_GATE.search(sentence)
    if m is None and header and _ELIGIBILITY.search(header):
        m = _ITEM_HUKOU.search(sentence)      # an item under 应当同时符合下列条件：
    if m is None or PROTECTIVE.search(sentence[:m.start()]):
        return []
    if not entitlement and m.group(0).startswith("非本"):
        return []                 # a service: only its gate (须具有本县户籍), not the others routed elsewhere (非本市户籍
                                  # 儿童……按……规定进行报名: D009, a procedure)
    return [Burden("origin", m.start(), m.end(), m.group(0))]


# round 21: a collective member's land, share or compensation ended or refused for where his household is registered
# (户籍迁出本村的，其土地承包经营权……一并终止; 户籍迁入不满五年的村民，不参与……补偿费的分配; 户籍已迁出的外嫁女): 农村土地
# 承包法 第二十七条 (no land taken back for a move, nor its surrender made the price of 落户), 第三十一条 (women who marry
# out keep it), 妇女权益保障法 第五十五条. Not a surrender one chooses (自愿交回), a protective negation, the member's
# status decided by law or by the collective's members in the law's procedure (依法认定)
_MOVED = re.compile(r"(户籍|户口)[^，。；]{0,6}?(迁出|已迁出|迁离|迁往|不在本)|(户籍|户口)迁入[^，。；]{0,10}?(不满|不足|未满)")
_MEMBER_LOST = re.compile(r"(终止|丧失|取消|收回|不参与|不参加|不得参加|不得参与|不予分配|不再享有|不享有|不享受|一并终止)"
                          r"[^。；]{0,20}?(承包|收益分配|分红|补偿|股份|股权|福利|集体经济|宅基地)|"
                          r"(承包经营权|承包地|收益分配|分红|补偿费|股份|股权)[^，。；]{0,20}?(一并终止|终止|丧失|取消|收回|不予分配)")
_MEMBER_GUARD = re.compile(r"自愿|依法认定|不得以|不因|不得因|不受[^，。；]{0,4}(户籍|户口)|保留|继续享有|不影响")


def _member_origin(sentence: str, header: str) -> list[Burden]:
    text = header + sentence
    if _MEMBER_GUARD.search(text) or PROTECTIVE.search(text):
        return []
    m = _MOVED.search(sentence)
    if m is None or not _MEMBER_LOST.search(text):
        return []
    return [Burden("origin", m.start(), m.end(), m.group(0))]


def _wages(sentence: str, header: str) -> list[Burden]:
    m = _WAGES.search(sentence)
    if m is None or PROTECTIVE.search(sentence[:m.start()]) or re.search(r"不得[^，。；]{0,6}$", sentence[:m.start()]):
        return []
    trigger = condition_of(sentence[:m.start()]) + header
    if not (_WAGE_TRIGGER.search(trigger) or _unrelated_ground(trigger)) or _WAGE_LAWFUL.search(header + sentence):
        return []
    return [Burden("wages", m.start(), m.end(), m.group(0))]


def _unrelated_ground(trigger: str) -> bool:
    """Round 45 (rights45): a ground that has nothing to do with the pay — a private dispute or a debt owed to someone
    else (review/lexicons/entitlements.toml ground.unrelated: 与班组长之间存在借款纠纷的，扣留其工资代为清偿)."""
    return default_lexicon().has("ground.unrelated", trigger)


def _pay_pledged(sentence: str, header: str) -> list[Burden]:
    """Round 45 (rights45): a worker's pay kept back, or his money taken, as a pledge (review/norms/pay_held.py)."""
    return _pledged(sentence, header)


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
                      r"不得(辞职|离职|辞去|调离|调往|调出|离岗|跳槽)|"
                      # round 31: a member's leaving of his cooperative or association barred (农民专业合作社法 第二十五条:
                      # a member may leave on notice; 社会团体 members join and leave of their own will)
                      r"不得(退社|退会|退出[^，。；]{0,6}?(合作社|协会|商会|学会|联合会|工会|集体经济组织))|"
                      # round 27: the leaving asked for (不得申请调动、辞职): a worker's own request, whatever its verb
                      r"不得(提出|申请)(调动|辞职|离职|调离|调出|解除[^，。；]{0,4}(劳动|聘用)合同)|不得(到|去|前往)[^，。；]{0,6}(外|以外)[^，。；]{0,2}(务工|就业|工作|打工)|"
                      r"不得外出(务工|打工)|不得(将户口|把户口)?保留在(原籍|原户籍地|原居住地)|"
                      # round 17: a job elsewhere barred by its other steps (不得报考县外单位, 不得与县外企业签订劳动合同);
                      # one's own home limited (不得在自有住房内留宿); a household sent back by the body (将其户口迁回原籍)
                      r"不得(报考|应聘)[^，。；]{0,8}(外|其他单位|其他用人单位)|"
                      # round 27: … any other employer by the noun's ending, or the civil service (不得报考公务员或者其他事业单位岗位)
                      r"不得(报考|应聘)[^，。；]{0,8}?(公务员|其他[^，。；]{0,6}?(单位|岗位|企业|机构|职位))|"
                      r"不得(与|同|和)[^，。；]{0,8}(外|其他)[^，。；]{0,8}(签订|订立)[^，。；]{0,4}(劳动|聘用)(合同|协议)|"
                      r"不得在[^，。；]{0,6}(自有|自家|自己的|本人)[^，。；]{0,4}(住房|住宅|房屋|家中)[^，。；]{0,4}(内|中)?[^，。；]{0,4}(留宿|容留|接待)|"
                      r"(将其|把其)(户口|户籍)(迁回|迁出|退回)|"
                      # round 21: leaving put under another's consent (离职的，须取得原机构出具的同意离职书; 确需辞职的，应当
                      # ……报……同意), the county left only with leave (不得请假外出; 不得离开县域), one's file kept back
                      # (人事档案不予转出): 劳动合同法 第三十七条, 民法典 第一百三十条
                      r"(辞职|离职|离岗|辞去)(?:[^。；]{0,6}的[，,])?[^。；]{0,24}?(须|应当|必须|需)[^。；]{0,6}?(取得|经|报|征得)[^。；]{0,20}?(同意|批准)|"
                      r"不得(请假|离开)(外出|本县|县域|本乡镇|乡镇|本市|市域|本地|辖区|本村)?(?!岗位|工作岗位|现场|值班|值守)|不得请假外出|"
                      r"(人事档案|档案|社会保险关系|社保关系|组织关系)[^，。；]{0,10}(不予|暂不|不得|不能)(转出|转移|调出|转递)|"
                      # round 23: work elsewhere barred for a period after leaving (离职后一年内不得在本区其他机构从业;
                      # 离职未满一年的，其他企业不得聘用): a non-compete only an agreement sets, with pay (劳动合同法 第二十三条、
                      # 第二十四条); a document cannot lay it on a trade (宪法 第四十二条, 就业促进法 第三条)
                      r"(离职|辞职|离岗|跳槽|辞去[^，。；]{0,6}职务|(解除|终止)[^，。；]{0,4}(劳动|聘用)(合同|关系))[^。；]{0,10}?"
                      r"(后|之日起|未满|不满|不足)(?:(?!单位|企业|机构|公司|用人)[^。；]){0,16}?(不得|不准|禁止|一律不)[^。；]{0,16}?"
                      r"(从业|执业|任职|就职|入职|就业|任教|执教|受聘|聘用|录用|招用|雇用|工作|开业|经营|"
                      # … or any work at another place of the trade, whatever it is called (不得在本区其他配送站点接单配送); the one
                      # barred is the leaver, not a body named after his leaving (原单位不得在其他单位面前诋毁其声誉)
                      r"(?<=[在到去])[^。；]{0,12}?(其他|别的|另外的?))")
_OWN_GUARD = re.compile(r"约定|协议|合同|经济适用|共有产权|公共租赁|公租房|廉租|保障性|限价|人才住房|周转房|宿舍|承租|租用|借用|转租|"
                        r"宅基地|集体土地|耕地|承包地|违法|违章|无证|未经登记|取保候审|监视居住|社区矫正|假释|缓刑|"
                        r"公有|国有(?!林场|农场|企业|公司|单位)|集体所有|资产|公物|物资|文物|野生|药品|危险|用于|给[^，。；]{0,12}(无|未|没有|不具备|不能)|"
                        # (round 21: a person confined or kept at a post by a statute's measure, not his leaving)
                        r"隔离|医学观察|留验|强制治疗|监视居住|当班|值班期间")
_LEFT_THEN_BARRED = re.compile(r"离职|辞职|离岗|跳槽|辞去|解除|终止")
_AS_TIME = re.compile(r"(后|之后|以后|之日|期间|期内|起)")     # 签订劳动合同后: a time, not the agreement's term
# a person named by his occupation (救生员、教练员; 厨师; round 19), not an official (公务员法 sets their resignation)
_OCCUPATION = re.compile(r"(?<!公务)(?<!工作人)(?<!办事)(?<!委)(?<!议)[\u4e00-\u9fff]{1,3}(员|师)(?!会|局|办|处|厅)")
_SENT_BACK = re.compile(r"(将其|把其)(户口|户籍)")
_SALE = re.compile(r"出售|出租|转让|赠与|转卖|上市交易|买卖")
_HOME = re.compile(r"房屋|住房|房产|住宅|安置房|商品房|私房|自有房|车辆|汽车")
_SUBSIDISED = re.compile(r"补贴|补助|奖励|优惠|资助|贴息")
_MOVE_OR_WORK = re.compile(r"户口|户籍|辞职|离职|辞去|调离|调往|调出|离岗|跳槽|务工|就业|打工|原籍|报考|应聘|劳动|聘用")


def _kin(sentence: str, header: str) -> list[Burden]:
    if PROTECTIVE.search(sentence) or _MEANS.search(sentence) or _FAMILY_PLANNING.search(sentence + header):
        return []
    m = _KIN_CLEAN.search(sentence) or _KIN_HAS.search(sentence)
    if m is None:
        return []
    return [Burden("others", m.start(), m.end(), m.group(0))]


_FILE_KEPT = re.compile(r"(人事档案|档案|社会保险关系|社保关系|组织关系)[^，。；]{0,10}(不予|暂不|不得|不能)(转出|转移|调出|转递)")
_LEAVING = re.compile(r"离开|离职|辞职|调离|调出|离岗|解除[^，。；]{0,4}(劳动|聘用)合同")


def left_item(item: str, header: str) -> bool:
    """Whether a list item names a person's leaving (服务未满八年离开本县的) under a header that keeps his file or his
    insurance back for it (……其人事档案和社会保险关系不予转出：): the item is the restriction itself (round 21)."""
    return bool(header and _FILE_KEPT.search(header) and _LEAVING.search(item)
                and not PROTECTIVE.search(header) and not _OWN_GUARD.search(header + item))


def _own_act(sentence: str, header: str) -> list[Burden]:
    if left_item(sentence, header):
        return [Burden("own_act", 0, len(sentence), sentence)]
    m = _OWN_ACT.search(sentence)
    if m is None:
        return []
    lo, _ = _segment(sentence, m.start())
    # (a 合同 or 协议 inside the restriction is what it restricts — 不得与县外企业签订劳动合同 —, not an agreement's term)
    base = len(header)
    if PROTECTIVE.search(sentence[:m.start()]) or COMPELS.search(sentence) \
            or any(not (g.group(0) in ("合同", "协议") and (m.start() <= g.start() - base < m.end()
                                                            or _AS_TIME.match(header + sentence, g.end())))
                   for g in _OWN_GUARD.finditer(header + sentence)):
        return []
    if re.search(r"(?<!报考)(?<!应聘)(?<!考录)(?<!或者)(?<!报考其他)(公务员|参照公务员|机关工作人员)", header + sentence):
        return []                 # an official's resignation: 公务员法 第八十五条 sets it
    if _SALE.search(m.group(0)) and not _HOME.search(header + sentence):
        return []                 # goods or services sold (不得出售假冒商品): market rules, not one's own home
    if _SUBSIDISED.search(header + sentence) and not _MOVE_OR_WORK.search(m.group(0)):
        return []                 # a subsidised thing kept for its scheme's term (补贴购置的农机具两年内不得转让)
    if _SENT_BACK.match(m.group(0)) or _FILE_KEPT.match(m.group(0)) and _LEAVING.search(sentence[:m.start()]):
        return [Burden("own_act", m.start(), m.end(), m.group(0))]   # 由公安机关将其户口迁回原籍: the body moves him
    if _LEFT_THEN_BARRED.match(m.group(0)) and not GOVERNMENT_FIRST.match(sentence):
        return [Burden("own_act", m.start(), m.end(), m.group(0))]   # whoever leaves a job is a worker (导游, 月嫂)
    first = sentence[:_segment(sentence, 0)[1]]
    if GOVERNMENT_FIRST.match(sentence) or not (_PERSON_SUBJECT.search(first) or _PERSON_SUBJECT.search(sentence[lo:])
                                                 or re.search(r"学员|毕业生|教师|医生|人才|女方|男方|住户|安置户|农户|户主|购房人|业主|被征收人|村民|居民|人员|职工|本人|干部|工作者|专干|社工|护士|技师|大师",
                                                              header + sentence[:m.start()])
                                                 or _OCCUPATION.search(header + sentence[:m.start()])):
        return []
    return [Burden("own_act", m.start(), m.end(), m.group(0))]


# ---- round 17: personal data of oneself or of others handed over (个人信息保护法 第十三条、第三十四条), labour demanded
# of households, a registration or a job gated on a record no law sets for it
# The data is read by role, not by the scheme: what only a person has — where he is and goes (位置, 定位, 轨迹, 行程,
# 去向, 出入时间, 活动地点), whom he meets and what he says (接触人员, 社会交往, 网络发言, 通讯录, 通话, 聊天记录, 录音), his
# body and health (指纹, 虹膜, 人脸, 声纹, 基因, 病历, 就诊), his beliefs, money and purchases (宗教信仰, 存款, 流水,
# 所购物品, 消费记录), his working day (考勤, 请假) — after a verb that hands it over (上传, 推送, 报送, 传送, 同步, 报告,
# 提供, 提交, 登记, 采集, 授权……调取). Bare identity (姓名, 身份证件号码, 住址) is what the statutory registrations ask
# (旅馆业, 租赁房屋, 实名制): never enough alone.
_DATA = re.compile(r"位置|定位|轨迹|行程|去向|行踪|出入(时间|记录|情况)|活动(地点|场所|轨迹|情况|范围)|接触(人员|者|情况)|"
                   r"社会交往|交往情况|网络发言|言论|通讯录|通讯记录|通话(记录|录音|清单|详单)?|聊天记录|录音|"
                   r"指纹|虹膜|人脸|面部(信息|图像)|声纹|基因|DNA|生物(识别)?信息|病历|就诊(记录|信息|情况)|病史|病情|"
                   r"宗教信仰|存款|流水|收支明细|消费记录|所购物品|购物记录|考勤|打卡记录|请假|"
                   # a person's transactions itemised, by the noun's ending (该居民的收寄件明细, 该用户的汇款明细, 顾客的
                   # 消费详单; round 28 wave 2, set Z): a person owns them (the owner is looked for before), not wages or
                   # funds a business accounts for (工资明细, 资金明细, 补贴发放明细)
                   r"(?<=的)(?:(?!工资|薪|资金|费用|补贴|补助|项目|财务|账)[^，。；、的]){0,8}(明细|详单)")
# nouns a person's data is named by only where a person owns them (用户的骑行起止位置; not 车辆的行驶轨迹)
_DATA_ANY_OWNER = re.compile(r"接触|社会交往|交往情况|网络发言|言论|通讯录|通讯记录|聊天记录|指纹|虹膜|人脸|面部|声纹|基因|DNA|"
                             r"生物|病历|就诊|病史|病情|宗教信仰|存款|流水|消费记录|所购物品|购物记录|考勤|打卡记录|请假")
_DATA_OWNER = re.compile(r"用户|乘客|旅客|客人|顾客|住客|消费者|承租人|租户|房客|职工|员工|从业人员|学生|居民|村民|住户|"
                         r"收件人|寄件人|本人|其|家属|随行|患者|选手|会员|观众|游客|人员|个人|公民|申请人|家庭成员")
_HAND_OVER = re.compile(r"报送|推送|上传|传送|传输|同步|报告|提供|提交|录入|登记|采集|收集|上报|交由|交给|共享|"
                        r"授权[^，。；]{0,12}(调取|查看|查询|读取|获取|使用|查阅)|开放[^，。；]{0,6}(权限|查询)|"
                        # round 31 wave 2 (rightsw2): a tracking app or device the person must install, keep on or wear
                        # (须在手机上安装定位软件并保持开启): his whereabouts handed over as he goes; the app may be named
                        # by who picked it (安装县地震局指定的定位软件: round 31, the lead's own rewording)
                        r"(?:安装|下载|开启|佩戴)(?=[^，。；]{0,12}(?:定位|追踪|轨迹))")
# the device placed on a vehicle, vessel, aircraft or machine named just before the verb (为营运车辆安装卫星定位装置: 道路运输
# 条例 and its rules; 在作业机具上安装定位监测终端), not on the person (机械操作人员须在手机上安装: the phone is his)
_VEHICLE_DEVICE = re.compile(r"(车|船|航空器|无人机|机具|机械|农机)[^，。；手人员]{0,6}$")
_DEVICE_VERBS = frozenset(("安装", "下载", "开启", "佩戴"))
_DATA_GUARD = re.compile(r"保密|泄露|严格保护|依法保护|予以保护|删除|不得(用于|挪作|超出)|用于[^，。；]{0,12}以外|自愿|"
                         r"经(本人|其本人|当事人|用户|消费者|申请人|旅客|乘客|患者)[^，。；]{0,6}(同意|授权)|"
                         r"传染病|疫情|疾病预防控制|突发公共卫生|犯罪嫌疑人|违法嫌疑人|侦查|案件|"
                         # electronic monitoring the law sets (社区矫正法 第二十九条; 刑事诉讼法: 取保候审, 监视居住)
                         r"社区矫正|矫正对象|取保候审|监视居住")
# the data's own use forbidden (不得将人脸识别作为唯一验证方式): a protection of the person, whatever follows
_DATA_FORBIDDEN = re.compile(r"(不得|严禁|禁止|不准|不许)[^，。；]{0,6}?(将|把|以|使用|采用)?[^，。；]{0,4}?(人脸|指纹|虹膜|声纹|位置|定位|轨迹|行程|通讯|通话|录音)")
_SERVICE_GIVEN = re.compile(r"[^，。；]{0,4}?(其他|优先|上门|便利|服务|方式|条件|帮助|支持|保障|指导|咨询)")
_PAPER = re.compile(r"证明|材料|凭证|复印件|报告|鉴定|证书|证件")
_DATA_BEARER_DUTY = re.compile(r"应当|必须|须|需|一律|(?<![需主重只])要(?=[^，。；]{0,4}(上传|报送|提供|提交|授权|登记))")


# a person's health status sent to where he works, studies or lives (艾滋病病毒抗体阳性人员名单抄送其所在单位和户籍地村（居）
# 民委员会; round 28 wave 2, set Z): his unit or village learns what only he and the health bodies may (个人信息保护法 第二十八条;
# 艾滋病防治条例 第三十九条); not the occupational and health-certificate checks an employer arranges by law
_HEALTH_STATE = re.compile(r"阳性|感染者|携带者|患者|病人|病史|病情|确诊|患病|患有|体检结果|检测结果|诊断结果|检查结果")
_TO_HIS_PLACE = re.compile(r"(抄送|通报|告知|报送|提供|通知|发送|推送)[^，。；]{0,6}?(其(所在|工作|就读|户籍地|居住地)?|所在|工作|就读)"
                           r"(单位|学校|村|社区|居|户籍地|居住地)(?![^，。；、和]{0,4}(卫生|医|疾病|防疫))")   # (not a health body there)
_HEALTH_LAWFUL = re.compile(r"职业(健康|病)|健康证|从业人员健康|本人|监护人|近亲属|家属")


def _health_sent(sentence: str) -> list[Burden]:
    """A duty to send a person's health status to his own unit, school or village (``_TO_HIS_PLACE``), the status named
    in the same sentence before the verb."""
    m = _TO_HIS_PLACE.search(sentence)
    if m is None or _HEALTH_LAWFUL.search(sentence) or not _HEALTH_STATE.search(sentence, 0, m.start()):
        return []
    if not _DATA_BEARER_DUTY.search(sentence[:m.start()]) or GOVERNMENT_FIRST.match(sentence):
        return []
    return [Burden("data", m.start(1), m.end(1), m.group(1))]


def _data(sentence: str, header: str) -> list[Burden]:
    """A duty on a private party (a person, a business, a landlord, an employer) to hand personal data of himself or of
    others over; not a public body's own handling (the sensitive reading and the SENSITIVE-INFO rule read that), not a
    prohibition or a protection, not what is voluntary or consented to, not the statutory disease and case reports."""
    if _DATA_GUARD.search(header + sentence) or PROTECTIVE.search(sentence) or _DATA_FORBIDDEN.search(sentence):
        return []
    duty_header = bool(header and _DATA_BEARER_DUTY.search(header) and not GOVERNMENT_FIRST.match(header))
    hv = _HAND_OVER.search(header) if duty_header else None
    if hv and not re.search(r"(不得|严禁|禁止|无需|无须|不再|可以)[^，。；]{0,10}$", header[:hv.start()]):
        # the header hands over, the item names what (应当向村委会如实报告下列事项：（三）……活动地点和接触人员)
        # (not papers listed to prove one's own claim: 应当提交下列材料：……住院病历、鉴定报告 — the proof rules read those)
        if _DATA.search(sentence) and not _PAPER.search(header[hv.end():] + sentence):
            return [Burden("data", 0, len(sentence), sentence)]
    for v in _HAND_OVER.finditer(sentence):
        lo, hi = _segment(sentence, v.start())
        if re.search(r"(不得|严禁|禁止|不准|无需|无须|不再|可以)[^，。；]{0,10}$", sentence[lo:v.start()]):
            continue                          # 不得上传; 可以提交
        if not (_DATA_BEARER_DUTY.search(sentence[:v.start()]) or duty_header):
            continue
        if v.group(0) in _DEVICE_VERBS and _VEHICLE_DEVICE.search(sentence[lo:v.start()]):
            continue                          # 营运车辆应当安装卫星定位装置: the vehicle's device, not the person's
        if _SERVICE_GIVEN.match(sentence, v.end()):
            continue                          # 提供其他验证方式; 提供优先就诊等便利: a service given, no data handed over
        if v.group(0) in ("提供", "提交") and _PAPER.search(sentence, v.end(), hi):
            continue                          # 应提供……诊断证明及住院病历等证明材料: a paper proving one's own claim (the proof rules)
        if GOVERNMENT_FIRST.match(sentence) or GOVERNMENT_FIRST.match(sentence[lo:]):
            continue                          # the body's own work (县卫生健康局应当登记……)
        # the data: after the verb in its phrase, or before it (将……推送至; a list item under a 报告下列事项 header)
        scope = [(v.end(), min(len(sentence), v.end() + 40))]
        la = sentence.rfind("将", 0, v.start())
        if la >= 0 and v.start() - la <= 40:
            scope.append((la, v.start()))
        # a device the person carries is his own: its wearer, named before the verb (in its phrase, or as the
        # sentence's subject: ……的住户，须在手机上安装……定位软件), owns what it tracks
        wearer = v.group(0) in _DEVICE_VERBS and _DATA_OWNER.search(sentence, 0, v.start())
        for a, b in scope:
            for d in _DATA.finditer(sentence, a, b):
                owner = wearer or _DATA_OWNER.search(sentence, max(a, d.start() - 20), d.start())
                if _DATA_ANY_OWNER.match(d.group(0)) or owner or duty_header:
                    return [Burden("data", v.start(), v.end(), v.group(0))]
    return _health_sent(sentence)


# labour demanded of households (义务工, 投劳, 工日; 农民承担费用和劳务监督管理条例 abolished, 一事一议 under its law)
_LABOUR = re.compile(r"(每户|每人|每个劳动力|户均|各户|受益户|农户|住户)[^。；]{0,16}(出|承担|投|完成|提供)[^，。；]{0,6}"
                     r"(义务工|劳务|投劳|工日|劳动日|义务劳动)|(义务工|投劳|无偿劳动)[^。；]{0,30}(折资|折算|以现金|代替|缴纳|交纳)")
_LABOUR_GUARD = re.compile(r"一事一议|村民会议|村民代表会议|自愿|志愿|组织法|筹资筹劳")
_LABOUR = Keyed(_LABOUR)          # (as _GENERAL above)


def _labour(sentence: str, header: str) -> list[Burden]:
    m = _LABOUR.search(sentence)
    if m is None or _LABOUR_GUARD.search(header + sentence) or PROTECTIVE.search(sentence[:m.start()]):
        return []
    if not _MODAL.search(sentence) or GOVERNMENT_FIRST.match(sentence):
        return []
    return [Burden("duty", m.start(), m.end(), m.group(0))]


# a household registration or a job gated on a record (申请将户口迁入的，须无刑事犯罪记录; 受过治安管理处罚的人员不得受聘
# 从事……): the registration rules set no such condition, the statutes that bar a job for a record name it and are cited
_PUNISHED = r"犯罪记录|违法犯罪|刑事处罚|刑事犯罪|治安管理处罚|行政拘留|违法记录|行政处罚"
_RECORD_GATE = re.compile(rf"(无|没有|未受过|未曾受过|未有|不得有)[^，。；]{{0,8}}?({_PUNISHED})")
_HUKOU_APPLY = re.compile(r"(户口|落户|户籍)(迁入|登记|准入)|(迁入|申请)[^，。；]{0,12}(户口|落户|户籍)|落户")
# … or a social benefit applied for (申请公益性岗位补贴、社会保险补贴的就业困难人员，应当无刑事犯罪记录): its rules set the
# need, not the past (round 17, from the held-out set E after it was measured); not an honour or a reward (评优, 表彰, 奖励)
_BENEFIT_APPLY = re.compile(r"(申请|享受|领取|申领)[^，。；]{0,16}(补贴|补助|救助|低保|最低生活保障|公益性岗位|保障性住房|公共租赁住房|"
                            r"租赁住房|待遇|贷款贴息)")
_JOB_BAR = re.compile(rf"(受过|有|曾受|曾有)[^，。；]{{0,8}}?({_PUNISHED})[^，。；]{{0,6}}的(人员|人)?[，,]?[^。；]{{0,24}}?"
                      r"不得(受聘|从事|担任|被[^，。；]{0,12}(招用|聘用|录用)|为其注册|注册)")
_STATUTORY_OFFICE = re.compile(r"公务员|法官|检察官|警察|教师|校车|律师|公证员|会计|保安员|驾驶员培训|网约车|医师|执业|"
                               r"幼儿园|托育|监护")


# round 21: a sentence served or a punishment undergone barring, for years or for life, a business registration, a stall,
# a trade or a job no law bars the person from (刑满释放后三年内不得申请开办废旧物品收购站; 受过治安管理处罚的人员，五年内不得
# 从事家政服务): a disqualification only a law or a regulation may set (行政处罚法 第九条、第十六条), and the person's
# right to work and to trade (宪法 第四十二条; 促进个体工商户发展条例). Not the offices and trades whose statute sets
# the bar (公司法 第一百七十八条, 娱乐场所管理条例 第五条, 保安服务管理条例 第八条, 民用爆炸物品安全管理条例, 教师法 …)
_SERVED = (r"刑满释放|被判处[^，。；]{0,6}(刑罚|徒刑|拘役|管制)|判处刑罚|受过[^，。；]{0,10}?(刑事处罚|治安管理处罚|行政处罚|行政拘留)|"
           r"有[^，。；]{0,6}(犯罪记录|违法记录|前科)|"
           # round 36 (norm36): a punishment undergone told by the wrong it answered (曾因扰乱单位秩序被行政拘留的)
           r"曾(?:经)?(?:因[^，。；]{0,16}?)?(?:被|受到?)[^，。；]{0,6}?(行政拘留|拘留|判处|刑事处罚|行政处罚|追究刑事责任|处理|查处)|"
           # … or a past of another matter on record — a debt paid late, a petition, a dispute (往年有学费缴纳逾期记录的):
           # the benefit refused for it is no consequence of its own scheme (不当联结)
           r"有[^，。；]{0,10}?(逾期|拖欠|欠费|欠缴|上访|信访|缠访|闹访|纠纷)[^，。；]{0,6}?记录")
# (round 31: the place may stand between the bar and the trade — 不得在本县二手车交易市场从事经纪)
# (round 36, norm36: … or a service or a scheme joined — 不得报名参加……培训补贴项目)
_TRADE_BAR = re.compile(rf"({_SERVED})[^。；]{{0,30}}?(不得|不予)(?:在[^，。；]{{1,14}}?)?[^，。；]{{0,8}}?(申请|申办|开办|从事|经营|承包|办理|注册|登记|受聘|租赁|报名|参加)")
_TRADE_BAR_HEADER = re.compile(r"(不得|不予)[^，。；：:]{0,8}?(申请|申办|开办|从事|经营|承包|办理|注册|登记|受聘|租赁)[^：:]*[：:]\s*$")
_SERVED_RX = re.compile(_SERVED)
# a basis the sentence names (依法, 《……》, the term a law sets)
_BASIS_WORDS = re.compile(r"依法|《|规定的期限|期限届满前")
_STATUTORY_BAR = re.compile(r"公司|董事|监事|高级管理人员|娱乐场所|典当|拍卖|民用爆炸|爆破|危险|枪支|弹药|金融|证券|保险|出租汽车|"
                            r"网约车|网络预约|校车|教师|学校|幼儿园|托育|律师|会计|医师|执业|公务员|法官|检察官|警察|保安|安全生产|"
                            r"主要负责人|生产经营单位|食品|药品|兽药|种子|招标|投标|建筑|工程|监护|驾驶|未成年人|社区矫正|缓刑|假释|"
                            rf"{_BASIS_WORDS.pattern}|"
                            # round 36: the bars their own laws set (兵役法 and the enlistment's political review, 人民陪审员法
                            # 第六条, 村民委员会组织法 第十三条 on those deprived of political rights)
                            r"入伍|征兵|兵役|陪审|选举|政治权利")


def record_item(item: str, header: str) -> bool:
    """Whether a list item names a sentence served or a punishment undergone under a header that refuses a trade, a
    registration or a job for it (有下列情形之一的人员，不予办理摊位租赁登记：（一）曾因故意犯罪受过刑事处罚的): the item is
    the bar itself, not conduct the header sanctions (round 21)."""
    return bool(header and _TRADE_BAR_HEADER.search(header) and _SERVED_RX.search(item)
                and not _STATUTORY_BAR.search(header + item) and not PROTECTIVE.search(header)
                and not GOVERNMENT_FIRST.match(header))


def _record(sentence: str, header: str) -> list[Burden]:
    if PROTECTIVE.search(sentence) or _RELATIVE_RX.search(sentence):
        return []                     # relatives: _kin reads them
    if record_item(sentence, header):
        return [Burden("record", 0, len(sentence), sentence)]
    t = _TRADE_BAR.search(sentence)
    if t and not GOVERNMENT_FIRST.match(sentence):
        bar = sentence.rfind(t.group(len(t.groups()) - 1), t.start(), t.end())
        # round 36 (norm36): the statute's trade or office is what is barred, not the wrong the record tells (曾因酒后驾驶
        # 被处理的人员，不得申请……公共自行车……服务: no driving bar); a basis anywhere still counts
        if not _STATUTORY_BAR.search(header + sentence[bar:]) and not _BASIS_WORDS.search(sentence):
            return [Burden("record", bar, t.end(), sentence[bar:t.end()])]
    m = _RECORD_GATE.search(sentence)
    if m and (_HUKOU_APPLY.search(header + sentence[:m.start()]) or _BENEFIT_APPLY.search(header + sentence[:m.start()])) \
            and _MODAL.search(sentence[:m.start()] + header):
        return [Burden("record", m.start(), m.end(), m.group(0))]
    if m and re.search(r"的[，,][^。；]{0,8}(可以|方可|才能)[^。；]{0,8}申请[^。；]{0,16}(户口|落户|户籍)", sentence[m.end():]):
        return [Burden("record", m.start(), m.end(), m.group(0))]     # ……且本人无刑事犯罪记录的，可以申请将户口迁入
    m = _JOB_BAR.search(sentence)
    if m and not _STATUTORY_OFFICE.search(sentence) and not GOVERNMENT_FIRST.match(sentence):
        bar = sentence.rfind("不得", m.start(), m.end())     # the bar, not the record it names (受过……处罚的: undergone)
        return [Burden("record", bar, m.end(), sentence[bar:m.end()])]
    return []


# a benefit's recipient restricted in his private life — travel, leisure, purchases, feasts (领取特困供养金期间不得出国
# 旅游): the benefit's own conditions are means, read by _MEANS; a court's 限制消费 on a debtor has its basis
_RECIPIENT = re.compile(r"(享受|领取|纳入|获得|申领)[^，。；]{0,16}(补助|补贴|救助|供养|低保|最低生活保障|保障金|津贴|扶持|资助|保障)|"
                        r"低保(对象|户|家庭)|特困|救助对象|贫困户|监测户|保障对象")
_LIFESTYLE = re.compile(r"不得[^，。；]{0,4}(出国|出境|外出)?(旅游|旅行)|不得(进入|出入)[^，。；]{0,10}(场所|娱乐|酒吧|歌舞厅|KTV|网吧|高档)|"
                        r"不得(购买|购置)[^，。；]{0,6}(小汽车|轿车|汽车|奢侈品|高档)|不得[^，。；]{0,6}(举办|操办)[^，。；]{0,6}(宴席|酒席|宴会)|"
                        r"不得(饮酒|打牌|打麻将|高消费|宴请)")
_LIFESTYLE_GUARD = re.compile(r"被执行人|人民法院|限制消费|限制高消费|工作人员|公职人员|党员|干部")


def _lifestyle(sentence: str, header: str) -> list[Burden]:
    m = _LIFESTYLE.search(sentence)
    if m is None or not _RECIPIENT.search(header + sentence[:m.start()]) or _LIFESTYLE_GUARD.search(header + sentence):
        return []
    if PROTECTIVE.search(sentence[:m.start()]) or GOVERNMENT_FIRST.match(sentence):
        return []
    return [Burden("own_act", m.start(), m.end(), m.group(0))]


# a civil-status registration (婚姻登记条例, 收养登记办法, 户口登记条例 on births and deaths) gated on a step its own law
# does not set: counselling, mediation, a course, a check (申请离婚登记的，应当先接受调解; 须先参加婚前辅导课程)
_STATUS_REG = re.compile(r"(结婚|离婚|婚姻|复婚|再婚|收养|出生|死亡)登记")
# round 31 (rights31): a marriage registration's papers are closed (婚姻登记条例 第八条: the identity card and the parties'
# signed declaration; a divorce's written agreement, 第十三条) — a paper a third party makes or consents by, demanded beside
# them (应当同时提交子女签署的知情同意书; 侨联出具的婚姻状况意见)
_MARRIAGE_REG = re.compile(r"(结婚|离婚|复婚|再婚)登记")
_MARRIAGE_PAPER = re.compile(r"(应当|须|必须|需|需要)(同时|另行|还|一并)?[^，。；]{0,4}?(提交|提供|出具)[^，。；]{0,20}?"
                             r"(出具|签署|签字|开具)的[^，。；]{0,12}?(同意书|意见|证明|承诺书|保证书)")
_STATUS_STEP = re.compile(r"(应当|须|必须|需|需要)先?[^，。；]{0,12}?(参加|接受|完成|经过|通过)[^，。；]{0,12}?"
                          r"(调解|辅导|培训|课程|教育|考试|体检|检查|咨询|讲座|学习)")


def _status(sentence: str, header: str) -> list[Burden]:
    if not _STATUS_REG.search(header + sentence) or PROTECTIVE.search(sentence):
        return []
    m = _STATUS_STEP.search(sentence)
    if m is None and _MARRIAGE_REG.search(header + sentence):
        m = _MARRIAGE_PAPER.search(sentence)
    if m is None or re.search(r"自愿|可以|鼓励|提倡|倡导", sentence[:m.end()]):
        return []
    # the step's own phrase says who takes it (婚姻登记机关受理……后，当事人须参加……: the parties, round 25)
    if GOVERNMENT_FIRST.match(sentence[start_after(sentence, m.start(), "，,；;"):].strip()) \
            or GOVERNMENT_FIRST.match(sentence) and not re.search(r"当事人|申请人|双方|夫妻|男女", sentence[:m.start()]):
        return []
    return [Burden("status", m.start(), m.end(), m.group(0))]


# ---- round 19 (rights19): the concepts of the rights misses in the dev sets read by role, modal and act, whatever the
# words — a membership or a patrol required of the public, a right narrowed (to join a union, to complain or go to
# court, to leave one's county), a pledge to give up a remedy, a loss of one's share or job "deemed", a third party
# made to share another's liability, one's own things taken without compensation, a group shut out of a benefit by
# its origin or its past, a person's own life reported. Guards as for the other readings: a basis (checked once in
# ``burdens``), a protective negation, the government's own duty, voluntary or encouraged conduct.
_DUTY_MODAL = r"(?:应当|必须|须|需|一律|要)"
# O1 a membership or a standing duty of service required of the public (宪法 第三十五条: association is free; 社会团体
# 登记管理条例: members join of their own will)
_JOIN = re.compile(_DUTY_MODAL + r"[^，。；]{0,10}?(加入|参加|入会|加盟|编入)[^，。；]{0,16}?"
                   r"(协会|商会|学会|联合会|联盟|(服务|巡逻|巡防|联防|护村|护林|志愿|突击|应急)队|志愿者队伍|互助组|合作社)"
                   r"|" + _DUTY_MODAL + r"[^，。；]{0,12}?(参加|参与|承担|完成)[^，。；]{0,16}?(巡查|巡逻|巡防|值守|值班|执勤|义务劳动|公益劳动)")
# O2 a right narrowed: to join a union (工会法 第三条); to complain, petition or sue (信访工作条例, 行政诉讼法, 民事诉讼法); to
# leave one's county or village (民法典 第一百三十条: a person's own whereabouts)
_UNION = re.compile(r"不(得|准|能|许)[^，。；]{0,6}?(加入|参加|组建|成立|筹建)[^，。；]{0,8}工会")
# (not a party named by the act done to it: 不得透露给被举报单位 keeps a reporter's data from it — round 26 wave 2)
_COMPLAIN = re.compile(r"不(得|准|许)(再|越级)?[^，。；]{0,10}?(?<!被)(投诉|举报|信访|上访|申诉|控告|检举|反映诉求|起诉|提起诉讼|申请仲裁)|"
                       r"(人民法院|法院)[^，。；]{0,4}不予受理|"
                       r"未经[^，。；]{0,12}?(调解|同意|协商)[^，。；]{0,4}的?[，,]?[^，。；]{0,14}?不予受理[^，。；]{0,4}(其)?(投诉|举报|申诉|起诉|复议|仲裁)|"
                       r"应当先[^，。；]{0,14}?(申请|进行|经)?[^，。；]{0,4}(调解|协商)[^，。；]{0,30}?(不予受理|方可|才能|后方)|"
                       # round 20: the step and the suit in separate phrases (应当先行申请人民调解，经调解不成的，方可向人民
                       # 法院起诉; 须先经村民小组调处；未经调处的，……仲裁机构不予受理)
                       r"(应当|须|必须|需)先(行)?[^，。；]{0,16}?(调解|协商|协调|调处)[^。；]{0,24}?(方可|才能|后方|才可)[^，。；]{0,8}(起诉|诉讼|申请仲裁|仲裁)|"
                       r"未经[^，。；]{0,12}?(调解|调处|协调|协商)的[，,][^。；]{0,30}?(仲裁|法院|委员会|机构)[^，。；]{0,4}不予受理")
_COMPLAIN_GUARD = re.compile(r"不(得|准|许)[^，。；]{0,10}?(打击|报复|压制|阻挠|限制|妨碍|泄露|公开|拒绝|推诿|拖延|刁难|干涉|阻止|以|因|将|"
                             r"煽动|串联|胁迫|诱使|操纵|教唆|组织他人|冒用|代替他人|捏造|借)|"
                             r"恶意|虚假|诬告|捏造|重复投诉|已经受理|正在|依法应当通过诉讼|不符合|条件|超过[^，。；]{0,8}(期限|时效|年|月|日)|"
                             r"已经?(作出|生效|裁决|判决)|同一事实|撤诉")
_STATUTORY_ORDER = re.compile(r"劳动(人事)?争议|人事争议|仲裁协议|仲裁条款|复议前置")
# round 31 (rights31): a person's complaints shut out for a period (一年内对其投诉不再受理; 六个月内不再受理其举报) — the
# remedy itself withheld, whatever the earlier complaints were (消费者权益保护法 第三十九条; 信访工作条例 第二十条); the same
# matter answered for good (信访工作条例 第三十五条: 同一事实和理由, no period) is the law's own end of a procedure
_COMPLAINTS_SHUT = re.compile(r"[\d一二三四五六七八九十两半]+个?(年|月|日|周|天)内[^，。；]{0,12}?(不再|不予|停止|暂停)受理[^，。；]{0,8}")
_COMPLAINT_WORD = re.compile(r"投诉|举报|信访|申诉|控告|检举")
_LEAVE = re.compile(r"不(得|准|许|能)(擅自)?离开(本县|本市|本区|本镇|本乡|本村|本地|县域|居住地|户籍地|所在[县市区镇乡村])")
# O2/O5 a pledge to give up a remedy or to stay silent (不采取聚集、上访等方式反映诉求); a loss "deemed" from a breach
_PLEDGE_SILENCE = re.compile(r"(承诺书|保证书|责任书|承诺|保证|约定)[^。；]{0,30}?(不(采取|以|通过)?[^，。；]{0,12}?(上访|信访|聚集|投诉|举报|起诉|诉讼|仲裁|复议|反映诉求)|"
                             r"放弃[^，。；]{0,8}(上访|信访|投诉|起诉|诉讼|仲裁|复议|申诉))")
_DEEMED = re.compile(r"(视为|视同|按)(本人)?(自动|自愿|主动)?(放弃|离职|辞职|退出|解除)[^，。；]{0,14}?"
                     r"(分配|分红|收益|补偿|承包|宅基地|股份|股权|福利|离职|辞职|劳动关系|工作|岗位|户籍|成员)"
                     r"|(视为|视同)(自动|自愿)?(离职|辞职)")
_DEEMED_GUARD = re.compile(r"听证|陈述|申辩|复议|诉讼|受理|补正|撤回|申请材料")
# the claim's own step missed (逾期未申报的，视为自动放弃当年补贴): the benefit's procedure, not a sanction
# … or an allocation declined (不服从安排者视为放弃入读资格; 连续2次放弃选房的，视为自动放弃保障资格; 未在规定时间内选房……视同放弃
# 一次配租资格): the scheme's own order of allocation (the 资格, 待遇 so lost are the allocation's; seen in the round-19 dump)
_CLAIM_MISSED = re.compile(r"逾期|过期|超过[^，。；]{0,6}(期限|时间)|(未|不|没有)(按时|按期|在[^，。；]{0,10}内)?(申请|申报|领取|确认|签字确认|提交|办理|报名|登记|认领|答复|回复|选房|签订|付款)|旷工|"
                           r"不服从安排|放弃(选房|摇号|购房|配租|配售|入读|学位)|轮候")
# O4 a third party made to share another's liability (出租人与承租人共同承担; 担保人承担连带责任): 罪责自负, and civil
# liability follows one's own fault (民法典 第一千一百六十五条) or a statute that names the bearer
_SHARED = re.compile(r"(共同承担|承担连带|负连带|连带承担|一并承担)[^，。；]{0,10}?(责任|罚款|赔偿|损失|费用)|"
                     r"(与|和|同)[^，。；]{0,10}?共同承担|"
                     # round 25: the same liability as the doer's (与饲养户承担同等责任)
                     r"(与|和|同)[^，。；]{0,10}?(承担|负)(同等|相同|同样)[^，。；]{0,4}?(责任|赔偿)")
_OTHER_ACTOR = re.compile(r"承租人|租户|租客|房客|游客|顾客|消费者|客人|住客|员工|职工|雇员|从业人员|快递员|骑手|驾驶员|学员|学生|"
                          r"会员|村民|住户|申请人|被担保人|他人|其家属")
_SHARED_GUARD = re.compile(r"过错|明知|知道或者应当知道|未尽|未履行|未按|依法|约定|合同|协议|执行工作任务|职务|共同实施|共同侵权|"
                           r"共同(违法|故意)|共有|合伙|连带保证|保证合同|借款|贷款|挂靠|分包|转包|出借|借用|名义|"
                           r"生产者|销售者|广告|代言|平台|网络")
# O5 one's own things taken or removed with compensation refused (门牌一律收回，不予补偿): 民法典 第一百一十七条, 第二百四十三条
_TAKEN = re.compile(r"(收回|拆除|清除|没收|收缴|清理|撤除|摘除|拆下)[^。；]{0,10}?[，,]?(不予|不给予?|不作|概不|不再给予)(任何)?(补偿|赔偿|返还)|"
                    r"无偿(收回|拆除|收缴|征用)")
_TAKEN_GUARD = re.compile(r"违法|违章|违规|擅自|未经(批准|许可|审批|同意)|非法|私自|临时|超过[^，。；]{0,6}期限|期满|到期|逾期|"
                          r"国有|公有|集体所有|政府投资|协议|约定|合同|无主|废弃|危险|闲置|未动工|土地使用权|使用权|划拨")
# O3 a group shut out of a benefit by its origin or its past (非本县户籍的……不享受; 社区矫正对象……不参加收益分配)
_GROUP = re.compile(r"非本[县市区镇乡村]?(户籍|户口|常住户口)?(的)?|外地户籍|外省市?户籍|外来[^，。；]{0,6}?人员|流动人口|非户籍|农业户籍|农村户籍|"
                    r"社区矫正对象|刑满释放人员|解除强制隔离戒毒人员|戒毒人员|服刑人员|在押人员|上访人员|信访人员|"
                    # round 31 (rights31): a class marked by a disability (残疾人保障法 第三条: no discrimination for it),
                    # or by what a relative did or is (父亲因犯罪正在服刑的子女: the consequence borne by another)
                    r"(肢体|精神|智力|视力|听力|言语|多重)?残疾(人|人员|证|证件|等级)|"
                    rf"({RELATIVE})[^，。；]{{0,8}}?({MARKED_STATUS})")
_SHUT_OUT = re.compile(r"(不享受|不得享受|不纳入|不予(发放|纳入|享受|安排|分配)|不参加|不得参加|不列入|不能享受|一律不予)[^，。；]{0,16}?"
                       r"(分配|分红|收益|补贴|补助|津贴|慰问|福利|待遇|救助|保障|招生|入学|就读|医疗|保险|服务|奖励|资助|"
                       # round 31: a public post or aid scheme, a health service (公益性岗位安置, 困难帮扶, 健康体检)
                       r"岗位|安置|帮扶|健康|卫生|体检)")
# (a residence permit named is the scheme's alternative tie — 持居住证的 — except that a basic public-health service is
# every resident's: 基本医疗卫生与健康法 第十六条, round 31)
_GROUP_GUARD = re.compile(r"骗取|虚假|隐瞒|收入|财产|不符合|不再符合|服刑期间[^，。；]{0,6}(养老|待遇)|"
                          r"居住证(?![^。；]*不(纳入|享受|列入)[^，。；]{0,16}?(健康档案|健康体检|家庭医生|慢病|预防接种|基本公共卫生))|常住|或者|依法|"
                          r"低保|最低生活保障|特困|户籍所在地|宅基地|承包地|统计")
# O1 a person's own life reported to a body (行车路线, 住宿变动, 治丧时间地点和人数, 宴请人数): the reading of _data widened
# to a person's own movements, stays and gatherings, the subject being the person himself
_OWN_LIFE = re.compile(r"(行车|出行|外出)?路线|住宿(变动|地点|情况)?|住处|去向|行程|外出(时间|地点|情况|人员)|返回(日期|时间)|"
                       r"(治丧|婚礼|宴请|宴席|聚会|聚餐)[^，。；]{0,6}(时间|地点|人数|规模)|(参加|宴请|出席)人数|停留时间|"
                       r"收入情况|收入状况|工作单位")
_TELL = re.compile(r"(向|到|给)([^，。；]{0,16}?)(报告|报备|申报|告知|说明|登记|报送|报)(?!名|考|批|请|销)")
_LIFE_GUARD = re.compile(r"申请|享受|领取|申领|低保|救助|补贴|保障|疫情|传染病|隔离|社区矫正|取保候审|监视居住|被执行人|"
                         r"工作人员|干部|公职人员|党员|自愿|可以|鼓励|保密|大型|群众性活动")
_GUESTS = re.compile(r"旅客|客人|住客|顾客|游客|乘客|承租人|租客|房客|学员|学生|会员|人员信息|名单")
_SUBJECT_PERSON = re.compile(r"家庭|户主|主办户|农户|蜂农|种植户|养殖户|渔民|牧民|驾驶员|快递员|配送员|骑手|务工人员|流动人口|"
                             r"外来人员|租客|会员|学员|居民|村民|住户|业主|个人|游客|(?<!工作)(?<!执法)(?<!管理)人员")
# others' data forwarded to a community body (报送所在社区): the statutory registers (旅馆业, 典当, 再生资源) are kept by the
# business or sent to the police under their article; a 社区, 村委会, 网格 or 综治中心 is given none
_COMMUNITY = r"(社区|村委会|村民委员会|居委会|居民委员会|网格员|网格|综治中心|物业)"
_FORWARD = re.compile(r"(报送|推送|上传|报告|提供|传送|抄送|交)(至|给|到)?(所在)?[^，。；]{0,8}?" + _COMMUNITY +
                      r"|(向|给)(所在)?[^，。；]{0,8}?" + _COMMUNITY + r"(报送|推送|上传|报告|提供|传送)")
_OTHERS_DATA = re.compile(r"(购买人|购药人|购买者|买受人|出售人|寄件人|收件人|顾客|消费者|会员|学员|患者|乘客|"
                          r"入托[^，。；]{0,6}|家长|父母)[^，。；]{0,4}的?[^，。；]{0,6}(姓名|身份证|手机号码|电话|住址|联系方式|工作单位|收入|信息)")


_PATROL = frozenset(["巡查", "巡逻", "巡防", "值守", "值班", "执勤", "劳动"])
_BODY_SUBJECT = re.compile(r"企业|公司|单位|机构|学校|医院|场所|村(?!民)|社区|物业|协会|组织")


def _subject_public(sentence: str, header: str) -> bool:
    """Whether the sentence's duty falls on the public (not a body, not an official)."""
    return not (GOVERNMENT_FIRST.match(sentence) or header and GOVERNMENT_FIRST.match(header))


def _obliged(sentence: str, header: str, before: str) -> list[Burden]:
    """O1: a membership, a patrol or a standing service required of the public; a person's own movements, stays and
    gatherings reported to a body; others' data forwarded to a community body (a sentence of its own after the
    register: 登记信息每日报送所在乡镇综治中心)."""
    text = header + sentence
    if PROTECTIVE.search(sentence) or COMPELS.search(sentence):
        return []
    m = _JOIN.search(sentence)
    if m and re.search(r"组织|安排|动员|发动|指导|督促|带领|指派|选派", m.group(0)):
        m = None                  # 应当组织村民参加巡逻: the body organises, a duty of its own
    if m and m.group(0)[-2:] in _PATROL and _BODY_SUBJECT.search(sentence[:m.start()]):
        m = None                  # 企业应当安排人员值班: a business's own safety duty (安全生产法), not a person's service
    if m and not ENCOURAGED.search(text[:len(header) + m.start()]) and _subject_public(sentence, header) \
            and not re.search(r"党员|团员|工作人员|干部|公职人员|网格员|村(组)?干部|工会会员", text):
        return [Burden("join", m.start(), m.end(), m.group(0))]
    for t in _TELL.finditer(sentence):
        if not _MODAL.search(header + sentence[:t.start()]) or ENCOURAGED.search(sentence[:t.start()]):
            continue
        if not _subject_public(sentence, header) or _LIFE_GUARD.search(text):
            continue
        first = sentence[:_segment(sentence, t.start())[1]]
        if not (_SUBJECT_PERSON.search(header) or _SUBJECT_PERSON.search(first)):
            continue
        life = _OWN_LIFE.search(sentence, t.end(), min(len(sentence), t.end() + 30))
        if life and _GUESTS.search(sentence, t.end(), life.end()):
            continue              # 向公安机关报送住宿旅客信息: the guests' register (旅馆业治安管理办法), read by _FORWARD if at all
        if life:
            return [Burden("tell", t.start(), t.end(), t.group(0))]
    f = _FORWARD.search(sentence)
    if f and (_MODAL.search(header + sentence[:f.start()]) or _MODAL.search(before[-60:])) \
            and _OTHERS_DATA.search((before[-80:] if before else "") + sentence) and _subject_public(sentence, header) \
            and not _DATA_GUARD.search(text) and not ENCOURAGED.search(sentence[:f.start()]):
        return [Burden("tell", f.start(), f.end(), f.group(0))]
    return []


# O2 a member's vote taken for an unrelated debt or conduct (欠缴物业费的业主不得参加业主大会表决): 民法典 第二百七十八条 gives
# every owner a vote by his share; a vote is lost only by law (剥夺政治权利) or withheld from one with an interest (回避)
_VOTE = re.compile(r"不(得|能|再)(参加|参与)[^，。；]{0,10}?(表决|投票|选举)|(暂停|取消|剥夺|限制|中止)(其)?[^，。；]{0,10}?(表决权|投票权|选举权)|"
                   r"(表决权|投票权|选举权)[^，。；]{0,4}(暂停|取消|中止|不予计算|不计入)|不计入[^，。；]{0,6}表决(基数|票数)")
_VOTE_GUARD = re.compile(r"利害关系|回避|关联|剥夺政治权利|精神病|无民事行为能力|工作人员|不得以|不得因")
_VOTE_TRIGGER = re.compile(r"欠缴|拖欠|未(按|缴|交)|拒(不|绝)|违反|违规|不配合")
# O5 one's land or home taken back because one moved or works elsewhere (举家外出务工满三年的，宅基地由村集体收回): 土地管理法
# 第六十二条 and 农村土地承包法 第二十七条 keep them for those who settle in town
_LAND_TAKEN = re.compile(r"(外出|务工|迁出|进城|落户|未回村|不在本村|户口迁|转为非农|举家)[^。；]{0,40}?(收回|调整|注销)其?(宅基地|承包地|责任田|口粮田)|"
                         # (round 31: the verb before the land, 由村集体经济组织统一收回其宅基地)
                         r"(外出|务工|迁出|进城|落户|未回村|不在本村|户口迁|转为非农|举家)[^。；]{0,30}?(宅基地|承包地|责任田|口粮田|住房)"
                         r"[^，。；]{0,12}?(收回|调整|注销)")
_LAND_GUARD = re.compile(r"自愿|有偿|依法|一户多宅|超标准|违法|非法|全家迁入设区的市|不得")


def _narrowed(sentence: str, header: str, before: str) -> list[Burden]:
    """O2, O5: a right to join a union, to complain or go to court, to leave one's county narrowed; a pledge to stay
    silent; a loss of one's share or job deemed from a breach; one's own things taken without compensation."""
    text = header + sentence
    v = _VOTE.search(sentence)
    if v and _VOTE_TRIGGER.search(sentence[:v.start()]) and not _VOTE_GUARD.search(text):
        return [Burden("reduce", v.start(), v.end(), v.group(0))]
    if header and _VOTE.search(header) and _VOTE_TRIGGER.search(sentence) and not _VOTE_GUARD.search(text):
        return [Burden("reduce", 0, len(sentence), sentence)]     # 业主有下列情形之一的，不得参加表决：（二）欠缴……
    m = _LAND_TAKEN.search(sentence)
    if m and not _LAND_GUARD.search(text):
        return [Burden("taken", m.start(), m.end(), m.group(0))]
    m = _UNION.search(sentence)
    if m and not re.search(r"(阻挠|限制|干涉|阻止|任何单位|任何组织)[^，。；]{0,8}$", sentence[:m.start()]) \
            and not re.search(r"阻挠|限制|干涉|阻止|妨碍", m.group(0)):
        return [Burden("reduce", m.start(), m.end(), m.group(0))]
    m = _COMPLAINTS_SHUT.search(sentence)
    if m and _COMPLAINT_WORD.search(sentence[max(0, m.start() - 8):m.end()]) and not PROTECTIVE.search(sentence) \
            and not re.search(r"任何(单位|组织|人)|工作人员", sentence[:m.start()]):
        return [Burden("reduce", m.start(), m.end(), m.group(0))]
    # (not the order a statute sets — 劳动争议: 仲裁 first — nor the parties' own arbitration agreement)
    for m in (() if _STATUTORY_ORDER.search(header + sentence) else _COMPLAIN.finditer(sentence)):
        lo, _ = _segment(sentence, m.start())
        scope = sentence[:m.end() + 2] if "不予受理" in m.group(0) else sentence[lo:m.end() + 2]
        if _COMPLAIN_GUARD.search(scope) or ENCOURAGED.search(sentence[lo:m.start()]):
            continue
        if re.search(r"任何(单位|组织|人)|工作人员|机关|部门", sentence[lo:m.start()]) and "不予受理" not in m.group(0):
            continue                  # 任何单位不得……; 工作人员不得……: a body barred, not the public
        if not _subject_public(sentence, header):
            continue
        return [Burden("reduce", m.start(), m.end(), m.group(0))]
    m = _LEAVE.search(sentence)
    if m and not _OWN_GUARD.search(text) and not re.search(r"工作人员|干部|公职人员|值班|执勤|岗位|在岗|隔离|医学观察|疫情|防控", text) \
            and _subject_public(sentence, header) and not PROTECTIVE.search(sentence[:m.start()]):
        return [Burden("own_act", m.start(), m.end(), m.group(0))]
    m = _PLEDGE_SILENCE.search(sentence)
    if m and re.search(r"确保|杜绝|防止|避免|不(发生|出现)", m.group(0)):
        m = None                  # 确保不发生越级上访: a body's own target, no person's right given up
    if m and barred_just_before(sentence[:m.start()], 4):
        m = None                  # 不得约定被征收人放弃申请行政复议: the pledge itself barred
    if m and not COMPELS.search(sentence[:m.start()]) and not PROTECTIVE.search(sentence[:m.start()]) \
            and _subject_public(sentence, header):
        return [Burden("reduce", m.start(), m.end(), m.group(0))]
    m = _DEEMED.search(sentence)
    if m and not _DEEMED_GUARD.search(sentence[m.start():m.end() + 6]) and not PROTECTIVE.search(sentence[:m.start()]) \
            and not _CLAIM_MISSED.search(header + sentence[:m.start()]):
        return [Burden("deemed", m.start(), m.end(), m.group(0))]
    m = _TAKEN.search(sentence)
    if m and not _TAKEN_GUARD.search(text) and not PROTECTIVE.search(sentence[:m.start()]) \
            and not GOVERNMENT_FIRST.match(sentence[_segment(sentence, m.start())[0]:]):
        return [Burden("taken", m.start(), m.end(), m.group(0))]
    return []


def _shared(sentence: str, header: str, before: str) -> list[Burden]:
    """O4: a third party made to share another's liability (出租人……与承租人共同承担; 担保人对违建行为承担连带责任)."""
    m = _SHARED.search(sentence)
    if m is None or _SHARED_GUARD.search(header + sentence) or PROTECTIVE.search(sentence[:m.start()]):
        return []
    doer = _OTHER_ACTOR.match(sentence, 0, 12) or _OTHER_ACTOR.search(sentence[:12]) \
        or re.search(r"(与|和|同)(" + _OTHER_ACTOR.pattern + r")", sentence[max(0, m.start() - 12):m.end()])
    if not doer or not _subject_public(sentence, header):
        return []
    return [Burden("shared", m.start(), m.end(), m.group(0))]


def _shut_out(sentence: str, header: str, before: str) -> list[Burden]:
    """O3: a group shut out of a benefit by its origin or its past (非本县户籍的环卫工人不享受高温津贴)."""
    g = _GROUP.search(sentence)
    if g is None or _GROUP_GUARD.search(header + sentence) or PROTECTIVE.search(sentence):
        return []
    m = _SHUT_OUT.search(sentence, g.end())
    if m is None or m.start() - g.end() > 30:
        return []
    return [Burden("shut_out", m.start(), m.end(), m.group(0))]


# O2 a choice taken away: the public made to buy or have done at a place a body names (须在……指定的……购买); 民法典 第一百三十条,
# 消费者权益保护法 第九条 (the consumer chooses the seller)
_CHOICE = re.compile(r"(须|应当|必须|需|要|只能|一律)(在|到|从|向|由)[^，。；]{0,16}?(指定|定点|确定|认可)的[^，。；]{0,14}?"
                     r"(购买|选购|购置|消费|维修|安装|就餐|住宿|印制|订购|订阅)")


def _chosen(sentence: str, header: str, before: str) -> list[Burden]:
    m = _CHOICE.search(sentence)
    if m is None or PROTECTIVE.search(sentence[:m.start()]) or ENCOURAGED.search(sentence[:m.start()]):
        return []
    if not _subject_public(sentence, header) or re.search(r"政府采购|采购人|预算单位|财政资金|公务|工作人员|定点医疗机构|医保|医疗保险", header + sentence):
        return []             # a body's own purchases; the statutory designated medical institutions of social insurance
    return [Burden("choice", m.start(), m.end(), m.group(0))]


# (round 28, rp28: work or trade gated on the register or on years of residence — review/norms/register.py)
_READINGS = (_others, _duty, _sensitive, _origin, _register, _member_origin, _wages, _kin, _own_act, _data, _labour, _record, _lifestyle, _status,
             _withdrawn, _pay_pledged)
# read only where none of the readings above finds a burden (they see ``before``, the clause's earlier sentences, too)
# (the structural reading of round 22 last: it is what none of the concept readings took)
def _class_bar(sentence: str, header: str, before: str) -> list[Burden]:
    """Round 37 (rights37): a class barred, or others watched (review/norms/class_bar.py)."""
    return barred_class(sentence, header) or watch_duty(sentence, header)


def _forfeit(sentence: str, header: str, before: str) -> list[Burden]:
    """Round 38 (rights38): a private right taken as a side effect (review/norms/forfeit.py)."""
    return forfeited(sentence, header)


def _detriment(sentence: str, header: str, before: str) -> list[Burden]:
    """Round 39 (rights39): who bears a detriment, and for what (review/norms/detriment.py)."""
    return _borne(sentence, header)


def _assigned(sentence: str, header: str, before: str) -> list[Burden]:
    """Round 42 (rights42): who is assigned what — the government's administration of people laid on a private
    party, a child's registration fixed by the parent's sex (review/norms/assigned.py)."""
    return _assigned_read(sentence, header)


_FALLBACK_READINGS = (_obliged, _narrowed, _shared, _shut_out, _chosen, *EXACTED_READINGS, _interest, _class_bar, _forfeit,
                      _detriment, _assigned)
# round 34 (speed34): the names each of them can give (the ``Burden``s its code builds; ``burdens_among`` reads only
# those that can give a name asked for — tests/test_speed34.py checks every answer over the fixtures against this)
_FALLBACK_GIVES = ((_obliged, frozenset(("join", "tell"))),
                   (_narrowed, frozenset(("reduce", "taken", "own_act", "deemed"))),
                   (_shared, frozenset(("shared",))),
                   (_shut_out, frozenset(("shut_out",))),
                   (_chosen, frozenset(("choice",))),
                   *((read, frozenset(EXACTED_NAMES)) for read in EXACTED_READINGS),
                   (_interest, frozenset(INTEREST_NAMES)),
                   (_class_bar, frozenset(CLASS_NAMES)),
                   (_forfeit, frozenset(FORFEIT_NAMES)),
                   (_detriment, frozenset(DETRIMENT_NAMES)),
                   (_assigned, frozenset(ASSIGNED_NAMES)))


@functools.lru_cache(maxsize=1024)
def _rights(sentence: str, header: str) -> tuple[Burden, ...]:
    """What the rights readings (``_READINGS``) find in ``sentence``, in their order: read by ``burdens`` and by
    ``burdens_among`` of the same sentence, once."""
    out: list[Burden] = []
    for read in _READINGS:
        out.extend(read(sentence, header))
    return tuple(out)


# remembered (pure: frozen ``Burden``s of the four strings): the rules over another gate than rights' (a licence's gate
# word, a fee's flow, a paper) read the same sentence again (round 27: 16,207 readings of 11,892 distinct sentences over
# a sweep of the 167 real documents without it)
@functools.lru_cache(maxsize=1024)
def burdens(sentence: str, header: str = "", before: str = "", after: str = "") -> tuple[Burden, ...]:
    """Every burden ``sentence`` (a list item under ``header``; ``before``/``after`` the clause text around it) lays on a
    private person without a basis."""
    if _basis(header + sentence + after.split("。", 1)[0]):
        return ()                 # a basis cited, or reserved in the sentence's next part (；法律、法规另有规定的……)
    out: list[Burden] = list(_rights(sentence, header))
    if not out:
        for read in _FALLBACK_READINGS:
            out.extend(read(sentence, header, before))
    if not out:
        out.extend(_wholesale(sentence, header))     # round 24 (review/norms/freeze.py): what no reading above took
    out.extend(beside(sentence, header, before, after))
    return tuple(out)


# the names only the readings beside the others give (``beside``): none of the readings before them gives one
BESIDE_NAMES = frozenset(PAPER_NAMES + CHARGE_NAMES)
# … and those ``_wholesale`` gives (review/norms/freeze.py)
_WHOLESALE_NAMES = frozenset(FREEZE_NAMES)


@functools.lru_cache(maxsize=1024)
def burdens_among(sentence: str, header: str, before: str, after: str, wanted: frozenset[str]) -> tuple[Burden, ...]:
    """The burdens of ``burdens`` (same arguments) whose names are among ``wanted``, in the same order: read without
    the readings that cannot give one of those names (round 34: a rule asking whether a sentence lays a rights burden
    need not read its papers, fees and gates, nor the fallbacks of other names). Every rights reading is read (whether
    one finds anything decides whether the fallbacks read at all); a fallback only where it can give a wanted name,
    or where ``_wholesale`` can (whether a fallback finds anything decides whether it reads); ``_wholesale`` and
    ``beside`` only where they can give one (``_WHOLESALE_NAMES``, ``BESIDE_NAMES``). Exact: what is left out gives
    no wanted name and decides nothing that does."""
    if _basis(header + sentence + after.split("。", 1)[0]):
        return ()
    out = [b for b in _rights(sentence, header) if b.name in wanted]
    if not _rights(sentence, header):
        wholesale = not _WHOLESALE_NAMES.isdisjoint(wanted)
        found = False
        for read, gives in _FALLBACK_GIVES:
            if wholesale or not gives.isdisjoint(wanted):
                got = read(sentence, header, before)
                found = found or bool(got)
                out.extend(b for b in got if b.name in wanted)
        if wholesale and not found:
            out.extend(b for b in _wholesale(sentence, header) if b.name in wanted)
    if not BESIDE_NAMES.isdisjoint(wanted):
        out.extend(b for b in beside(sentence, header, before, after) if b.name in wanted)
    return tuple(out)


@functools.lru_cache(maxsize=1024)
def beside(sentence: str, header: str = "", before: str = "", after: str = "") -> tuple[Burden, ...]:
    """The burdens of ``burdens`` that stand beside the rights readings, read whatever else the sentence lays — the
    paper, the gate and the charge, in that order — and so without them: what a condition asking only for their names
    (``BESIDE_NAMES``: a licence's gate, a fee, a paper) needs to read (round 27; remembered as ``burdens`` is, which
    reads them through here)."""
    if _basis(header + sentence + after.split("。", 1)[0]):
        return ()
    # the proof reading stands beside the rights readings: a paper demanded is its own burden, whatever else the
    # sentence lays (round 23)
    out: list[Burden] = list(_papers(sentence, header, before, after))
    # … and so does the gate (round 25): an act a private party may do only once listed, issued a paper, inspected,
    # filed or consented to — a licence by another name (review/norms/paper.py ``gates``)
    out.extend(_gates(sentence, header, before))
    # … and so does the fee reading: money a private party pays a body is its own burden (round 24)
    out.extend(_charges(sentence, header, before))
    return tuple(out)


# round 28 (speed28): the costliest of these searches skip a text without the keys every match must contain
# (review/firstchars.Keyed: exact; measured by bench/reading_budget.py)
(_HUKOU_GATE, _OCCUPATION, _OWN_LIFE, _SERVICE_GIVEN, _SUBJECT_PERSON) = \
    map(Keyed, (_HUKOU_GATE, _OCCUPATION, _OWN_LIFE, _SERVICE_GIVEN, _SUBJECT_PERSON))
