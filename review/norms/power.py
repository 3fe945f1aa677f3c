"""The power category as three norm readings (round 23, power23, issue 8), each a sentence a reviewer would say, with
open slots for who acts and what is acted on, and the guards that make the same grammar lawful:

* ``usurp`` — **who may act**: an actor that cannot hold public power — named by the closed class of the ends of its
  name, whatever stands before them (……委员会 of a village or residents, 村民小组, ……协会/理事会/合作社/集体经济组织,
  ……公司/企业/集团, ……员 of the helpers' kind: 协管员, 劝导员, 网格员, 信息员, 护渔员 …, ……队 of patrols and
  volunteers, ……服务中心/投诉中心/服务站/工作站, 指挥部, 领导小组, 专班) — is the one who does an administrative act
  (罚款, 没收, 暂扣, 扣押, 查封, 责令, 强制……, 审批, 许可, 吊销, 取缔, 作出……处罚/处理决定, 下达……通知书), named
  before the act in the sentence or in the list header over it; or such an actor is handed the act (委托/交由/授权 X
  办理 an 审批、处罚、年检 …) (行政处罚法 第十七条、第二十条、第二十一条, 行政许可法 第二十二条、第二十四条, 行政强制法
  第十七条); round 26: or a party an organ hired or entrusted decides or acts in its name (review/norms/hired.py);
* ``seize`` — **another's act**: a body does what belongs to another body or to a self-governing one — it revokes or
  changes a decision another organ made (only the organ itself, the government over it, a review body or a court may:
  地方组织法 第七十三条), rewrites the rules a self-governing body made (村规民约、章程、管理规约: 村民委员会组织法 第三十一条
  gives the township only 责令改正), removes its elected members (村民委员会组织法 第十九条: by the villagers' vote;
  民法典 第二百七十七条), or gathers what others received or own into its own hands (捐赠款物、集体资产 统一交由……统筹分配:
  慈善法 第四条, 民法典 第二百四十条);
* ``gate`` — **remedy**: 复议 or 诉讼 made to wait for an internal step (先申请复核……方可申请行政复议; 未经调解的，不得起诉;
  申请行政复议前，应当先行申诉) where no law sets that precondition (行政复议法 第二条、第二十三条, 行政诉讼法 第四十四条);
* ``drop`` — **duty shed**: a public body says it no longer does, pays for or answers for a matter (不再安排……资金,
  不再负责, 不承担……职责, 不再受理) and the sentence hands the matter to a village, a firm or the citizens themselves
  (由……自行负责/负责复垦/自行筹集), or the duty dropped is its own supervision or complaint handling (立法法 第九十一条第二款,
  国办发〔2018〕37号: 不得减少法定职责).

Guards (the lawful look-alikes): a protective negation before the act (不得, 无权, 不具有, 严禁); an advisory act of
the actor's own (劝导, 劝阻, 报告, 上报, 协助, 配合, 建议, 提醒, 移交, 报请); a holder of the power named between the
actor and the act (……报告县城市管理局依法查处: the 局 acts); the act named as undergone or as a condition (被处以罚款的);
the body's own staff, members or students (an employer's or an association's discipline); funds, plans and budgets
approved (internal administration, not a licence); the self-governing body's own business (由村民会议修改, 责令改正,
指导, 备案); a higher government, a review body or a court over the decision; the remedy offered, not required (也可以
直接起诉); the matter transferred to another public body (划转, 改由……局负责); a subsidy or reward no law owes; and,
read by effect.py for every reading (``Effect.basis``), a cited article, a general basis (依法) and 另有规定.

Pure: a sentence (and its list header) in, ``(kind, start, end, guard)`` spans out; effect.py makes them ``Effect``s.
"""

from __future__ import annotations

import functools
import re

from ..firstchars import Held
from ..sentences import start_after
from .hired import hired
KINDS = ("usurp", "expand", "seize", "gate", "drop")

# ---- who cannot hold public power: the ends of its name (an open slot before them)
_NAME = r"[\u4e00-\u9fff（）()]"
NONHOLDER = re.compile(
    r"村（居）民?委员?会|村[（(](?:社区|居)[）)](?!民)|(?:社区)?(?:村|居)民委员会|村委会|居委会|村民小组|业主委员会|业委会|"
    rf"{_NAME}{{0,12}}?(?:理事会|协会|商会|联合会|总会|促进会|学会|研究会|股份经济合作社|经济合作社|合作社|集体经济组织|联合社)|"
    rf"{_NAME}{{0,12}}?(?:有限责任公司|有限公司|公司|集团|物业服务企业|物业企业)|"
    # round 25 (power25): a supplier, by its trade and the ending of its name (供电企业, 供水单位, 燃气经营企业; any
    # firm or school as a nonholder read the regulated party of real documents as the actor: 房地产开发企业……有下列行为
    # 之一的，处以警告; 民办学校违规招生，责令限期整改)
    rf"{_NAME}{{0,6}}?(?:供电|供水|供气|供热|燃气|电力|电网|水务|热力|自来水)[^，。；、]{{0,4}}?(?:企业|单位)|"
    # round 24: the one who opens or runs a market or a venue (……开办者/举办方/运营方: 食品安全法 第六十一条 gives it
    # checks and reports, not penalties)
    rf"{_NAME}{{0,8}}?(?:开办者|开办方|开办单位|举办者|举办方|运营方|经营管理方)|"
    rf"{_NAME}{{0,12}}?(?<!执法)(?<!执法队)(?:协管员|劝导员|网格员|网格长|信息员|护渔员|护林员|巡逻员|巡护员|监督员|"
    r"联络员|管理员|志愿者|楼栋长|楼长|河长|林长|田长|路长|湖长|队员)|"
    rf"{_NAME}{{0,12}}?(?<!执法)(?:巡逻队|护渔队|护林队|巡护队|志愿服务队|志愿队|劝导队|服务队)|"
    rf"{_NAME}{{0,12}}?(?<!执法)(?<!行政)(?<!公积金)(?<!登记)(?:服务中心|投诉中心|治理中心|运营中心|服务站|工作站|劝导站|协管站|护渔站|管理站)|"
    rf"{_NAME}{{0,12}}?(?:指挥部|领导小组(?:办公室)?|工作专班|专班|工作组|联席会议)|"
    # round 32 (power32, issue 8): a public service institution named by the service it gives (融媒体中心, 信息中心,
    # 监测中心, 检测中心, 数据中心, 交易中心: a 事业单位 that reports, tests, publishes or hosts, and that no law gives a
    # sanction — 行政处罚法 第十七条、第十九条 need a law or regulation's grant to an organisation)
    rf"{_NAME}{{0,10}}?(?<!执法)(?:融媒体|传媒|新闻|信息|大数据|数据|监测|检测|检验|质检|研究|培训|交易|会展|展览)中心|"
    # round 28 wave 2 (pp28b): a public hospital, by the ending of its name (县人民医院, 医共体总院, 中心卫生院, 牵头医院):
    # a public institution, no organ, holds no sanction (医师法; 行政处罚法 第十七条)
    rf"{_NAME}{{0,12}}?(?:医院|总院|卫生院|医共体|医联体)(?![^，。；]{{0,2}}(?:职工|医师|医生|工作人员))")
# a holder of public power named between the actor and the act: it is the one who acts
HOLDER = re.compile(r"人民政府|政府|办事处|乡镇|街道办|局|部门|机关|公安|派出所|执法(?:局|队|大队|中队|支队|中心|机构)|"
                     r"大队|支队|中队|人民法院|法院|民政所|司法所")
# the act of public power
_ACT = re.compile(
    r"罚款|(?:处|处以|并处|给予)[^，。；]{0,10}?(?:罚款|罚金|处罚|警告)|没收|暂扣|扣押|扣留|查封|冻结|取缔|吊销|起尸|"
    r"(?:强制|强行)(?:拆除|清除|搬迁|腾退|清场|执行|清理)|组织清场|"
    r"责令(?!改正)[^，。；]{0,10}?(?:停止|停业|停产|关闭|拆除|腾退|搬离|离开|整改|改正|限期|撤减|撤除|撤下|缴纳|补缴|退还|清退|清除)|"
    r"(?:作出|做出|下达)[^，。；]{0,16}?(?:处罚|罚款|警告|强制|责令|拆除|腾退|停业|停止|暂停|取缔|没收|扣押|查封|关闭|限期|整改|"
    r"处理|起尸|火化)[^，。；]{0,6}?(?:决定书|决定|通知书)|"
    r"(?<![报送经])(?:(?:审批|批准)(?![后的部机事手材窗服流环结时制权局中相])|准予许可|核发(?!的)[^，。；的]{0,6}(?:证|许可))|"
    # round 24 (power24): the rest of the class of public acts — a standing withdrawn (暂停其……业务/资格), a licence or
    # a record taken back (收回其……证, 注销其……备案), conduct investigated and found (调查认定), money taken as a
    # sanction (扣除/扣款, 收取……违约金/保证金), a standing granted (审核认定, 发放……证/标识), a public reprimand
    # (通报批评: 行政处罚法 第九条)
    r"暂停(?:其|该)[^，。；]{0,16}?(?:业务|资格|经营|营业|作业|执业|结算|服务)|"
    r"(?:收回|注销|撤销)(?:(?:其|该)[^，。；]{0,12}?|[^，。；的]{0,10}?)(?:证书?|执照|许可|备案|资格|标识|牌照)(?!办理|申请|手续)|"
    r"调查认定|审核认定|(?<!经)审核同意|(?:审核|考核)(?:通过|合格)(?:后|的)[^，。；]{0,4}?(?:发放|颁发)[^，。；的]{0,6}?(?:证|标识|牌照|许可)|"
    r"颁发(?!的)[^，。；的]{0,6}?(?:证|标识|牌照|许可)|(?:直接|当场|予以)?(?:扣除|扣款|扣缴)(?!义务|单位)|收取[^，。；的]{0,10}?(?:违约金|保证金|罚金|押金)|"
    r"(?<!受到)(?<!被)(?:予以)?通报批评|"
    # round 32 (power32): a sanctioning instrument issued (出具告诫书, 签发……决定书, 制作……通知书: 反家庭暴力法 第十六条
    # gives the 告诫书 to the police; 行政处罚法 第五十九条 the 决定书 to the organ that punishes)
    r"(?:出具|签发|制作)[^，。；]{0,8}?(?:告诫书|警告书|(?:处罚|处理|责令[^，。；]{0,6}?)决定书|责令[^，。；]{0,8}?通知书)|"
    # round 25 (power25): a supply cut by whoever is not its supplier (物业服务企业有权停止对该户的供水、供电: 民法典
    # 第九百四十四条第三款 — the property manager may not)
    r"(?:停止|中止|暂停|切断|断开)(?:对)?[^，。；]{0,6}?(?:供水|供电|供气|供热|水电)")
# an approval of funds, plans, budgets: internal administration, not a licence
_INTERNAL_OBJECT = re.compile(r"资金|经费|预算|方案|计划|拨付|报销|项目库|采购")
# the actor only advises, reports or helps
ADVISORY = re.compile(r"劝导|劝阻|劝告|劝说|报告|上报|报送|报请|提请|移交|移送|协助|配合|建议|提醒|告知|反映|通报|提出|拟定|拟订")
# (round 34, power34: or the document saying it sets no such step — 镇（街道）不另设审批、登记等前置环节)
PROTECTIVE = re.compile(r"不得|无权|不具有|不具备|严禁|禁止|不能|不可|不应|不(?:另行?|再|增)设")
# the act named as undergone, or as the condition of another
_UNDERGONE = re.compile(r"(?:被|受到|受过|曾)[^，。；]{0,4}$")
# the actor's own people: an employer's, an association's or a school's discipline
# (round 24: not 会员以外/非会员 — the ones outside its membership are the public)
OWN_PEOPLE = re.compile(r"职工|员工|雇员|学生|教师|教职工|(?<!非)会员(?!以外|之外)|工作人员|(?:本|其|所属)[^，。；]{0,4}从业人员|队员|党员|本单位|章程|自律")
# the object position: a nonholder named as whom the act is done to or for (对物业服务企业处以罚款; 由县局责令村委会)
OBJECT_BEFORE = re.compile(r"(?:对|向|与|和|同|给|为|责令|要求|督促|指导|会同|组织|动员|依托|通过|配合|协助|阻挠|阻碍|拒绝|收到|根据|按照|依据|听取|征求|参照|结合)$")
_BY_HOLDER_AFTER = re.compile(r"[^，。；]{0,6}由[^，。；]{0,10}(?:部门|局|机关|人民政府|政府|办事处)")
# a condition (……的，) between the actor and the act, the actor not the one who finds the conduct (发现, 巡查中) but the
# one who did it
_IN_CONDITION = re.compile(r"的[，,]")
_FINDS = re.compile(r"^[^，。；]{0,8}(?:发现|在|巡查|检查|巡护|接到|受理|认为|对|经)")
_PUBLIC_AFFAIRS = re.compile(r"管理公共事务职能|以委托(?:机关|行政机关|单位)的?名义|受委托组织")
_DELEGATE = re.compile(r"(?:委托|交由|交给|交付|授权|转交|下放(?:给|至|到)?)$")
_DELEGATED_ACT = re.compile(r"审批|许可|处罚|罚款|查处|执法|年检|年审|强制|吊销|核发|发证|"
                            # round 27 (power27): the investigation and the order of a case (调查取证, 责令: 行政处罚法
                            # 第四十二条 — the organ's own officers, two at least)
                            r"调查取证|责令|"
                            # round 25 (power25): a duty or a power handed over whole, to be exercised (职责整体委托……协会行使)
                            r"(?:职责|职权|权力|权)[^，。；]{0,16}?(?:委托|交由|授权)[^，。；]{0,20}?行使")
# the technical or support work a body may entrust to anyone (评估, 检测, 审计)
_SUPPORT_WORK = re.compile(r"评估|检测|检验|审计|鉴定|调查(?!取证)|技术审查|宣传|摸排|统计|代收|代办|初审|材料(?:受理|收集)|咨询")


def _segment_start(sentence: str, at: int) -> int:
    return start_after(sentence, at, "，,；;：:")


_ATTRIBUTE_AFTER = re.compile(r"成员单位|意见|纪要|建议")
# the words a name does not run over: a verb or a marker before it, or another body's name (县农业农村局委托各村股份经济合作社)
_NAME_BREAK = re.compile(r".*(?:委托|交由|交给|授权|转交|下放|由|对|向|将|把|、|局|政府|办事处|部门|的|被|会同|以及|或者|和|与)")


# round 26 (speed26): searched only in a text that holds what a match must (``firstchars.Held``): the name slot's lazy
# tries at every character were a tenth of a sweep's CPU, over sentences that name no such actor
_NONHOLDER_SCAN = Held(NONHOLDER)


def nonholders(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names an actor that cannot hold public power (``NONHOLDER``), each name cut after the last word
    it cannot run over."""
    return list(_nonholders(text))


@functools.lru_cache(maxsize=2048)     # a sentence is asked about by several power readings, a list header by each item
def _nonholders(text: str) -> tuple[tuple[int, int], ...]:
    out = []
    titles = [t.span() for t in re.finditer(r"《[^《》]*》", text)]
    for m in _NONHOLDER_SCAN.finditer(text):
        if any(a <= m.start() < b for a, b in titles) or _ATTRIBUTE_AFTER.match(text, m.end()):
            continue      # a name inside a title (《融资担保公司监督管理条例》), or one that only qualifies (联席会议成员单位意见)
        brk = _NAME_BREAK.match(m.group(0))
        start = m.start() + brk.end() if brk and brk.end() < len(m.group(0)) - 1 else m.start()
        if NONHOLDER.fullmatch(text, start, m.end()):
            out.append((start, m.end()))
        else:
            out.append((m.start(), m.end()))
    return tuple(out)


_ASSOCIATION = re.compile(r"(?:行业)?(?:协会|商会|联合会|促进会|学会)$")


def _members_of(sentence: str, start: int, end: int) -> bool:
    """Whether the nonholder at ``sentence[start:end]`` is an association whose own trade the sentence names as the
    one bound by its act, before it (律师应当执行律师协会就律师执业纠纷作出的处理决定: 律师法 第四十六条, its members' self-regulation)."""
    name = sentence[start:end]
    m = _ASSOCIATION.search(name)
    if not m or m.start() < 2:
        return False
    at = start + m.start() - 2            # the name may run over the words before it (律师应当执行律师协会)
    trade = sentence[at:at + 2]
    # the members as the subject bound by it (律师应当执行), not a trade acted on after it, nor the same word in another
    # phrase (用人单位安排残疾人就业……由县残疾人联合会责令: round 24)
    return re.search(re.escape(trade) + r"[^，。；]{0,2}(?:应当|必须|须|应|服从|接受|执行|遵守)", sentence[:at]) is not None


# round 25 (power25): a coordinating organ — a 指挥部, a 领导小组 or its office, a 专班, a 工作组, a 联席会议 (国务院行政机构
# 设置和编制管理条例 第六条: it coordinates; the organs act) — that decides in any sector: the decision word open (作出/下达
# any 决定, 认定, 裁决, 通知书; 认定, 审定, 核定, 裁定 done by it), its object any matter (the decision named before it:
# 违法建设的认定和限期拆除决定，由……指挥部统一作出); and any nonholder acting in its own name (以指挥部名义送达, 以协会名义
# 发出: 行政处罚法 第二十条 — a delegate acts only in the delegating organ's name)
_COORDINATOR = re.compile(r"(?:指挥部|领导小组(?:办公室)?|工作专班|专班|工作组|联席会议(?:办公室)?)$")
_DECISION_NOUN = r"(?:决定书?|认定书?|裁决书?|通知书|(?:拆除|整改|停工|停业|停产|清障|清除|腾退|关闭)通知)"
_DECIDES = re.compile(rf"(?:统一|直接|负责|集中|径行|依据[^，。；]{{0,10}}?)?(?:作出|做出|下达|签发)(?!的)(?:[^，。；]{{0,16}}?{_DECISION_NOUN})?|"
                      r"(?<!的)(?:直接|统一|负责)?(?:认定|审定|核定|裁定)(?![权的])")
_OWN_NAME = re.compile(r"以(?P<who>[^，。；“”]{1,16}?)(?:自己)?的?名义(?:[^，。；]{0,4}?)(?:送达|下达|发出|出具|作出|做出|实施|执行|签发|发布|印发)")
# round 26 (powerrights26): … or settles a public matter in the words of a meeting (研究决定, 审议确定, 确定): a price
# (价格法 第二十三条: the price organ, after a hearing), a placement or an allocation to persons (退役军人安置条例 第二十六条),
# land found idle and taken back (闲置土地处置办法 第十四条: the land department) — not its own work (工作要点, 实施方案,
# 任务分工, 成员, 考核), the coordination of issues (重大问题, 有关事项), nor what the government then approves (报……批准)
_SETTLES = re.compile(r"(?:研究|审议|集体讨论|讨论)?(?:决定|确定)")
_COORDINATOR_DECIDES = re.compile(_DECIDES.pattern + r"|(?:研究|审议|集体讨论|讨论)?(?:决定|确定)(?![权的])")
_OWN_BUSINESS = re.compile(r"工作要点|工作方案|实施方案|工作计划|年度计划|计划|任务|分工|成员(?!大会|代表大会)|议事|会议|考核|督查|督办|重大事项|"
                           r"重大问题|重要事项|有关事项|有关问题|具体问题|疑难问题|问题|事宜|工作安排|工作部署|部署|牵头单位|责任单位|人选")
_SUBMITTED = re.compile(r"(?:提交|报送|报请|提请|报|送|经)$")
# what a coordinating organ lawfully does: coordinate, supervise, schedule (统筹, 协调, 督办, 调度, 研究, 部署)
COORDINATES = re.compile(r"统筹|协调|督办|督促|督查|调度|研究|部署|组织协调|牵头")


def _own_name(sentence: str) -> list[tuple[str, int, int, str]]:
    """A nonholder acting in its own name: the name it acts in ends as a nonholder's does (以指挥部名义送达, 以协会名义发出),
    and the sentence is not a delegate acting in the delegator's name (以委托机关名义, 以县农业农村局的名义)."""
    out = []
    for m in _OWN_NAME.finditer(sentence):
        who = m.group("who")
        if HOLDER.search(who) or not (NONHOLDER.search(who) or re.search(r"指挥部|领导小组|专班|工作组|协会|商会|公司|企业|社区|村委会|居委会|合作社", who)):
            continue
        lo = _segment_start(sentence, m.start())
        guard = "protective" if PROTECTIVE.search(sentence[lo:m.start()]) else ""
        out.append(("usurp", lo, m.end(), guard))
    return out


def _coordinators_decide(sentence: str, header: str) -> list[tuple[str, int, int, str]]:
    out: list[tuple[str, int, int, str]] = []
    for s0, e0 in nonholders(sentence):
        if not _COORDINATOR.search(sentence[s0:e0]) or OBJECT_BEFORE.search(sentence[:s0][-4:]) \
                or _DELEGATE.search(sentence[:s0][-4:]) or _SUBMITTED.search(sentence[:s0]) \
                or re.match(r"提交|报送|报请|提请|报经|报|送|经", sentence[s0:e0]):
            continue          # (提交市人才工作联席会议审定: the organ's work submitted inside the administration; 经工作组认定:
            #                   a fact found, named as the step an agreement relies on — real documents)
        seg_end = min([i for i in (sentence.find(c, e0) for c in "。；;") if i >= 0] or [len(sentence)])
        m = _COORDINATOR_DECIDES.search(sentence, e0, seg_end)
        if m is None or m.start() - e0 > 24 or sentence[m.end():m.end() + 1] == "的":
            continue
        if _SETTLES.fullmatch(m.group(0)) and (_OWN_BUSINESS.search(sentence[:s0] + sentence[m.end():seg_end])
                                               or APPROVED_AFTER.search(sentence, m.end(), seg_end)):
            continue          # its own work (研究确定年度工作要点), or what it settles approved by the government after it
        if re.match(r"(?:统一|直接|负责|集中|径行|依据)?(?:作出|做出|下达|签发)$", m.group(0)) \
                and not re.search(r"决定|认定|裁决", sentence[:s0]):
            continue          # 作出 with no decision named after it or before the organ
        between = sentence[e0:m.start()]
        guard = ""
        if HOLDER.search(between):
            guard = "holder"          # 指挥部……，认定和拆除决定由县城市管理局依法作出: the 局 decides
        elif PROTECTIVE.search(sentence[_segment_start(sentence, m.start()):m.start()] + between):
            guard = "protective"
        elif ADVISORY.search(between) or COORDINATES.search(between):
            guard = "advisory"        # 专班负责统筹协调……; 领导小组办公室提出处理意见
        out.append(("usurp", _segment_start(sentence, s0), m.end(), guard))
        break
    return out + _own_name(sentence)


_CIVIL_MONEY = re.compile(r"收取|(?:直接|当场|予以)?(?:扣除|扣款|扣缴)")
_STATE_LICENCE = re.compile(r"证书?|执照|许可|牌照")
_SUPPLY_CUT = re.compile(r"(?:停止|中止|暂停|切断|断开)(?:对)?[^，。；]{0,6}?(?:供水|供电|供气|供热|水电)")
_SUPPLIER = re.compile(r"供水|供电|供气|供热|燃气|电力|自来水|水务|热力|电网")
_ENFORCEMENT_WORK = re.compile(r"调查取证|取证|立案|查处|执法检查|处罚")
# the enforcement work a nonholder takes on itself (……协会负责对……进行调查取证; ……公司负责……的立案查处: round 27)
_TAKES_ON_WORK = re.compile(r"(?:具体)?(?:负责|承担)[^，。；]{0,24}?(?:调查取证|立案查处|立案|查处|执法检查)")


def _usurpations(sentence: str, header: str) -> list[tuple[str, int, int, str]]:
    out: list[tuple[str, int, int, str]] = _coordinators_decide(sentence, header) + hired(sentence)
    actors = nonholders(sentence)
    head = nonholders(header) if header else []
    for act in _ACT.finditer(sentence):
        a, b = act.span()
        before = sentence[:a]
        if _UNDERGONE.search(before[-8:]) or sentence[b:b + 1] == "的" and not sentence.startswith("的决定", b):
            continue      # 被处以罚款的; 作出罚款决定的: a condition or a record
        if re.search(r"审批|批准|核发|审核", act.group(0)) and _INTERNAL_OBJECT.search(sentence[max(0, a - 16):b + 12]):
            continue
        prior = [(s, e) for s, e in actors if e <= a and not OBJECT_BEFORE.search(sentence[:s][-4:])
                 and not _DELEGATE.search(sentence[:s][-4:])]
        if prior and sentence[prior[-1][0]:prior[-1][1]].endswith("企业") and _CIVIL_MONEY.match(act.group(0)):
            continue      # a firm's deposit or charge to its customers is a civil term (互联网租赁自行车运营企业……收取用户押金)
        if prior:
            s0, e0 = prior[-1]
            span_before = sentence[e0:a]
            guard_text = sentence[_segment_start(sentence, s0):a]
            start = s0
        elif head and not actors and not HOLDER.search(before):
            span_before = before
            guard_text = header[head[-1][0]:] + before
            start = 0
        else:
            continue
        seg_end = min([i for i in (sentence.find(c, b) for c in "，,。；;") if i >= 0] or [len(sentence)])
        guard = ""
        if HOLDER.search(span_before) or _BY_HOLDER_AFTER.match(sentence, b, seg_end):
            guard = "holder"          # ……报告县城市管理局依法查处; 项目审批仍由各职能部门办理: the 局 acts
        elif _IN_CONDITION.search(span_before) and not _FINDS.match(span_before):
            guard = "in_condition"    # 物业服务企业将……委托给他人……的，处以罚款: the actor is the offender
        elif PROTECTIVE.search(guard_text) or PROTECTIVE.search(sentence[_segment_start(sentence, a):a]):
            guard = "protective"
        elif ADVISORY.search(span_before):
            guard = "advisory"
        elif (OWN_PEOPLE.search(sentence + header) or _members_of(sentence, s0, e0) if prior else OWN_PEOPLE.search(sentence + header)) \
                and not _STATE_LICENCE.search(sentence[a:b + 3]) and not _SUPPLY_CUT.match(act.group(0)):
            guard = "own_people"      # (not a licence the state issued, nor a supply: no employer's or member's matter)
        if not guard and prior and _SUPPLY_CUT.match(act.group(0)) and _SUPPLIER.search(sentence[s0:e0]):
            continue                  # the supplier's own suspension (供电企业……中止供电) is read by the coercion rules
        out.append(("usurp", start, b, guard))
    # round 25 (power25): the core of enforcement handed to a nonholder by 由……负责 (调查取证工作，由各村（社区）负责:
    # 行政处罚法 第四十二条 — the organ's own officers investigate)
    for s0, e0 in actors:
        work = _ENFORCEMENT_WORK.search(sentence[max(0, s0 - 24):s0])
        if work is None or not re.search(r"由(?:各|本|所在地?|属地)?$", sentence[:s0]) or not re.match(r"[^，。；]{0,2}(?:负责|承担|实施|办理|开展)", sentence[e0:]):
            continue
        lo = _segment_start(sentence, max(0, s0 - 24) + work.start())
        guard = "advisory" if ADVISORY.search(sentence[lo:e0 + 6]) or PROTECTIVE.search(sentence[lo:s0]) else ""
        seg_end = min([i for i in (sentence.find(c, e0) for c in "，,。；;") if i >= 0] or [len(sentence)])
        out.append(("usurp", lo, seg_end, guard))
        break
    # round 27 (power27): … or the nonholder the subject that takes the case on itself (……协会负责对……进行调查取证并提出
    # 处罚意见; ……公司负责……的立案查处): the work after it, the organ (if any) only deciding on what it found
    for s0, e0 in actors:
        if OBJECT_BEFORE.search(sentence[:s0][-4:]) or _DELEGATE.search(sentence[:s0][-4:]) or _segment_start(sentence, s0) < s0 - 12:
            continue
        took = _TAKES_ON_WORK.match(sentence[e0:])
        if took is None:
            continue
        lo = _segment_start(sentence, s0)
        guard = "advisory" if ADVISORY.search(took.group(0)) or PROTECTIVE.search(sentence[lo:s0]) else \
            "own_people" if OWN_PEOPLE.search(took.group(0)) else ""
        out.append(("usurp", lo, e0 + took.end(), guard))
        break
    # the act handed to a nonholder (将……审批事项委托村民委员会办理; 委托县殡葬协会办理……年检)
    for s0, e0 in actors:
        before = sentence[:s0]
        if not _DELEGATE.search(before[-4:]):
            continue
        seg_end = min([i for i in (sentence.find(c, e0) for c in "。；;") if i >= 0] or [len(sentence)])
        support = _SUPPORT_WORK.search(sentence, e0)
        if not _DELEGATED_ACT.search(sentence[:seg_end]) or support and support.start() < e0 + 20:
            continue      # (round 30: read on the whole sentence — 调查(?!取证) cut at e0+20 read 调查取 as support work)
        guard = "protective" if PROTECTIVE.search(before[-12:]) else ""
        if _PUBLIC_AFFAIRS.search(sentence):
            guard = "lawful_delegate"     # 行政处罚法 第二十一条's conditions stated, or acting in the delegator's name
        out.append(("usurp", _segment_start(sentence, s0), min(e0 + 8, seg_end), guard))
    return out


# ---- a holder's own power stretched: a measure of its own making for refusing its survey or inspection, or a measure the
# law gives another (or gives only with approval) decided by itself
_REFUSED_OWN = re.compile(r"(?:拒不|拒绝|不予?)(?:配合|接受|参加|参与)")
_OWN_MEASURE = re.compile(r"责令[^，。；]{0,10}?(?:停止|停业|停产|关闭|搬离|腾退)|查封|扣押|暂扣|冻结|罚款|(?:停止|中止)[^，。；]{0,4}(?:供水|供电|供气)|"
                          r"限制[^，。；]{0,12}(?:出境|出行|人身)|收监|拘留|羁押")
_DECIDES_ALONE = re.compile(r"(?:自行|直接|径行|自主|单独)(?:决定|(?:作出|做出)[^，。；]{0,8}?决定|决定并)")
_APPROVED = re.compile(r"报(?:请|经|送)|批准|审批后|同意后")


def _expansions(sentence: str, header: str) -> list[tuple[str, int, int, str]]:
    out: list[tuple[str, int, int, str]] = []
    refused = _REFUSED_OWN.search(sentence)
    alone = _DECIDES_ALONE.search(sentence)
    if not (refused or alone):
        return out
    for m in _OWN_MEASURE.finditer(sentence):
        a = m.start()
        cause = refused if refused and refused.end() <= a else (alone if alone and alone.start() <= a else None)
        if cause is None or sentence[m.end():m.end() + 1] == "的":
            continue
        actor_text = sentence[:a]
        gov = [g.end() for g in GOV.finditer(actor_text)]
        non = [e for _, e in nonholders(actor_text)]
        if not (gov or GOV.search(header[-40:])) or non and (not gov or non[-1] > gov[-1]):
            continue          # a public body acts, before or after the condition (a nonholder's measure is ``usurp``)
        guard = ""
        if PROTECTIVE.search(sentence[_segment_start(sentence, a):a]) or PROTECTIVE.search(sentence[_segment_start(sentence, cause.start()):cause.start()]):
            guard = "protective"
        elif cause is alone and _APPROVED.search(sentence):
            guard = "approved"
        elif _UNDERGONE.search(sentence[:a][-8:]):
            guard = "named"
        out.append(("expand", _segment_start(sentence, cause.start()), m.end(), guard))
        break
    return out


# round 24 (power24): a power a public body gives itself in words: a licence or certificate cancelled at once, bypassing
# the body that issued it (直接注销其营业执照: 行政许可法 第七十条 — the issuing body 依法办理注销; a township or street
# issues none); standards for finding against a party set by itself (自行确定失信行为认定标准: 立法法 第九十一条, 国办发
# 〔2018〕37号); a civil dispute decided for the parties (直接作出赔偿决定: only mediation is the body's — 消费者权益保护法
# 第三十九条); a township or street claiming an 审查权/决定权 in its own words without the province's 赋权 (行政处罚法
# 第二十四条)
_LICENCE = r"(?:营业执照|执照|证书|许可证|登记证|资格证|[^，。；的]{1,8}证)"
_CANCEL_AT_ONCE = re.compile(rf"(?:直接|径行|自行|当场|即行)(?:予以)?(?:收回并)?(?:注销|吊销)(?:其|该)?[^，。；]{{0,8}}?{_LICENCE}|"
                             rf"(?:收回并|予以)?(?:注销|吊销)(?:其|该)[^，。；]{{0,8}}?{_LICENCE}")
_ISSUER = re.compile(r"原?发证机关|其核发|本机关核发|本部门核发|颁发(?:机关|部门)|登记机关|依法|报请|提请|建议|移送|告知|通知[^，。；]{0,12}(?:局|部门|机关)")
_TOWNSHIP = re.compile(r"乡镇|镇人民政府|乡人民政府|街道|办事处")
# the last body named before an act: a township's own word, or another body's ending (街道（乡、镇）住房保障机构 is a 机构)
_BODY_END = re.compile(r"乡镇|镇人民政府|乡人民政府|街道办事处|街道|办事处|局|部门|机构|机关|中心|委员会|所|站")
_OWN_STANDARD = re.compile(r"(?:自行|自主|单独)(?:确定|制定|设定|规定|认定)[^，。；]{0,12}?(?:认定|处罚|处理|失信|违规|违法|惩戒)[^，。；]{0,4}?(?:标准|条件|情形|范围)")
_CIVIL_AWARD = re.compile(r"(?:直接|径行|可以)?(?:作出|做出|裁定|决定)[^，。；]{0,6}?(?:赔偿|赔付|退赔)(?:的)?(?:决定|裁决|数额)")
_STATE_COMPENSATION = re.compile(r"赔偿义务机关|国家赔偿|行政赔偿|调解|协议|仲裁")
_CLAIMED_POWER = re.compile(r"(?:行使|享有|拥有)[^，。；]{0,20}?(?:审查|审批|决定|处罚|许可|检查|查封|扣押|整顿|核准)权")
_GRANTED = re.compile(r"赋权|赋予|依法|清单|授权|承接|委托|《")
# … or a bank made to freeze or stop a party's money on the body's notice (冻结存款、汇款 is set only by law: 行政强制法
# 第十条; a court's, or the tax authority's under its law)
_FREEZE = re.compile(r"(?:通知|函告|告知|要求|商请|协调|责成)[^，。；]{0,10}?(?:银行|金融机构)[^，。；]{0,14}?(?:冻结|止付|扣划|划扣|划拨|暂停[^，。；]{0,12}?(?:支付|结算|提取))")
_BY_LAW = re.compile(r"依法|法律|《|人民法院|申请")
# round 25 (power25): … or a person's own records taken by a body that has no power to take them: a person's bank
# accounts (个人的银行账户流水: 商业银行法 第二十九条 — only where a law provides), a person's calls and messages
# (通话记录, 聊天记录: 宪法 第四十条 — only 公安机关 or 检察机关, by law), read by the ending of the record's noun
# (……流水/……明细/……记录) after a person (个人, 本人, 家庭成员, 负责人, 法定代表人); not with the person's consent
# (round 27, power27: the person by the ending of its noun — 呼救人, 举报人, 承租人 … — not a list of them)
_PRY = re.compile(r"(?:调取|调阅|查询|查阅|获取|复制|收集)[^，。；]{0,24}?(?:个人|本人|家庭成员|亲属|家属|负责人|法定代表人|财务人员|[\u4e00-\u9fff]{1,3}?(?<!法)人)(?:的)?"
                  r"[^，。；]{0,12}?(?:(?:银行|账户|存款|资金|交易)[^，。；]{0,6}?(?:流水|明细|记录|信息)|(?:通话|通信|聊天|短信|微信|行踪|位置)[^，。；]{0,4}?(?:记录|信息|内容|轨迹))")
_CONSENT = re.compile(r"同意|授权|自愿|公安机关|检察|监察|人民法院|税务")


# round 25 (power25): a township or a street office — the lowest organ, whose powers a statute names one by one and whose
# share of a county department's powers only the province gives (行政处罚法 第二十四条; 地方组织法 第七十六条) — making a
# decision in any sector in its own words: 作出 any 决定 or 裁决 (封锁决定: 动物防疫法 第五十八条, the county government;
# 撤销监护人资格: 民法典 第三十六条, a court), 审定/核定/裁定 a result (查勘定损: the insurer's), or 自行/直接/统一 确定 a
# matter (零售网点布设: 烟花爆竹安全管理条例 第十九条, the 应急管理 department). Not what it proposes, checks first or
# reports (初审, 审核后报……批准), what it was given (赋权, 委托, 综合行政执法, 清单), its own affairs (本乡镇, 机关, 工作
# 人员, 预算), the matters a statute gives it (宅基地: 土地管理法 第六十二条; 乡村建设规划: 城乡规划法 第六十五条;
# 权属争议: 土地管理法 第十四条, 森林法 第二十二条; 低保, 临时救助: 社会救助暂行办法)
_TOWNSHIP_DECIDES = re.compile(r"(?:作出|做出)(?!的)[^，。；]{0,16}?(?:决定|裁决)(?!书?[^，。；]{0,2}的)|(?<!的)(?:审定|核定|裁决|裁定)(?![权的])|"
                               r"(?:自行|直接|统一)(?:确定|决定|认定)(?![权的])|"
                               # round 26 (powerrights26): … or an act a statute gives a named county department: a finding
                               # (作出……认定/结论: 工伤认定 — 工伤保险条例 第十七条, 社会保险行政部门; 事故责任认定 —
                               # 道路交通安全法 第七十三条, 公安机关交通管理部门), an approval or a certificate issued
                               # (负责审批 营业性演出 — 营业性演出管理条例 第十三条, 县级文化主管部门; 颁发不动产权证书)
                               r"(?:作出|做出|出具)(?!的)[^，。；]{0,16}?(?:认定|结论)(?![权的]|书?[^，。；]{0,2}的)|"
                               # round 27 (power27): … or a standing decided after its own check (审核决定/审核指定 乡村医生's
                               # 执业注册 — 乡村医生从业管理条例 第九条, the county health department; 临时活动地点 — 宗教事务
                               # 条例 第三十五条, the county religious department), the decision word open
                               r"审核(?:决定|指定|确定|认定)(?![权的])|"
                               r"(?:负责|直接|统一)?(?<![报经送])审批(?![后的权表件结])|(?:颁发|核发)(?!的)[^，。；的]{0,8}?(?:证书?|执照|许可)")
_LAST_BODY = re.compile(r"(?:乡镇|镇|乡|街道)(?:人民政府|政府)|街道办事处|街道|办事处|乡镇|人民政府|政府|局|部门|机构|机关|中心|委员会|所|站|法院")
# round 26: a township's own station or office, the township named in its name (乡镇（街道）劳动保障所, 乡镇交通安全管理站)
_TOWNSHIP_OWN_BODY = re.compile(r"(?:乡镇|乡|镇|街道)(?:（[^（）]{1,4}）)?[^，。；、的由对向]{1,12}?(?:所|站|中心)$")
_TOWNSHIP_ACTOR = re.compile(r"(?:乡镇|乡|镇|街道)(?:人民政府|政府)|街道办事处|乡镇")
CHECKS_FIRST = re.compile(r"初审|初核|审核后|核实后报|提出[^，。；]{0,8}意见|建议|协助|配合|报告|上报|报请|提请")
APPROVED_AFTER = re.compile(r"报(?:请|送|经)?[^，。；]{0,20}?(?:批准|审批|审定|同意|决定|核准)")
GIVEN = re.compile(r"赋权|综合行政执法|综合执法|承接|委托|授权|清单|下放")
OWN_AFFAIRS = re.compile(r"本(?:乡镇|镇|乡|街道|级|机关|单位)|内部|机关|工作人员|干部|预算|会议|议事")
TOWNSHIP_MATTERS = re.compile(r"宅基地|住宅用地|(?:村民|农户|农民)[^，。；]{0,4}?(?:建房|建住宅|住宅|住房)|乡道(?!路)|(?<!乡)村道(?!路)|乡村建设规划|村庄规划|权属|低保|最低生活保障|临时救助|特困|优待|征兵|民兵")


def _township_decides(sentence: str, header: str) -> list[tuple[str, int, int, str]]:
    for m in _TOWNSHIP_DECIDES.finditer(sentence):
        last = list(_LAST_BODY.finditer(sentence[:m.start()]))
        if not last or not (_TOWNSHIP.match(last[-1].group(0)) or _TOWNSHIP_OWN_BODY.search(sentence[:last[-1].end()])):
            continue          # the last body named before the decision is another's (not the township's own 所, 站)
        actor = list(_TOWNSHIP_ACTOR.finditer(sentence[:m.start()]))
        if not actor and _TOWNSHIP_OWN_BODY.search(sentence[:last[-1].end()]):
            # round 27 (power27): the township's own 中心/所/站 the one who decides, the township not named apart (镇综治
            # 中心……可以作出罚款决定)
            actor = [re.search(r"(?:乡镇|乡|镇|街道)(?:（[^（）]{1,4}）)?[^，。；、的由对向]{1,12}?(?:所|站|中心)$", sentence[:last[-1].end()])]
        if not actor or m.start() - actor[-1].end() > 24 or re.search(r"[。；;]", sentence[actor[-1].end():m.start()]):
            continue
        if OBJECT_BEFORE.search(sentence[:actor[-1].start()][-4:]) and not sentence[:actor[-1].start()].endswith("由"):
            continue          # 对乡镇人民政府……; 向街道办事处申请: the township is whom it is done to or asked
        lo = _segment_start(sentence, actor[-1].start())
        between = sentence[actor[-1].end():m.start()]
        guard = ""
        if PROTECTIVE.search(sentence[lo:m.start()]):
            guard = "protective"
        elif CHECKS_FIRST.search(between) or APPROVED_AFTER.search(sentence, m.end()):
            guard = "approved"
        elif GIVEN.search(sentence + header):
            guard = "granted"
        elif OWN_AFFAIRS.search(sentence) or TOWNSHIP_MATTERS.search(sentence + header):
            guard = "own"
        return [("expand", lo, m.end(), guard)]
    return []


def _self_given(sentence: str, header: str) -> list[tuple[str, int, int, str]]:
    out: list[tuple[str, int, int, str]] = _township_decides(sentence, header)
    if out:
        return out
    text = header[-40:] + sentence if header else sentence
    off = len(text) - len(sentence)
    for rx, kind in ((_CANCEL_AT_ONCE, "cancel"), (_OWN_STANDARD, "standard"), (_CIVIL_AWARD, "award"), (_CLAIMED_POWER, "claim"),
                     (_FREEZE, "freeze"), (_PRY, "pry")):
        m = rx.search(sentence)
        if m is None or sentence[m.end():m.end() + 1] == "的":
            continue
        actor = text[:off + m.start()]
        gov = [g.end() for g in _PUBLIC_ACTOR.finditer(actor)]
        non = [e for _, e in nonholders(actor)]
        if not gov or non and non[-1] > gov[-1]:
            continue          # a public body acts (a nonholder's act is ``usurp``)
        last = list(_BODY_END.finditer(sentence[:m.start()]))
        if kind == "cancel" and not (re.match(r"直接|径行|自行|当场|即行", m.group(0)) or last and _TOWNSHIP.match(last[-1].group(0))):
            continue          # the issuing body cancelling its own licence is 行政许可法 第七十条's
        if kind == "award" and not re.search(r"纠纷|争议", sentence):
            continue
        if kind == "claim" and not _TOWNSHIP.search(actor):
            continue
        lo = _segment_start(sentence, m.start())
        guard = ""
        if PROTECTIVE.search(sentence[lo:m.start()]) or _UNDERGONE.search(sentence[:m.start()][-8:]):
            guard = "protective"
        elif kind == "cancel" and _ISSUER.search(sentence):
            guard = "issuer"
        elif kind == "award" and _STATE_COMPENSATION.search(sentence):
            guard = "lawful_award"
        elif kind == "claim" and _GRANTED.search(sentence + header):
            guard = "granted"
        elif kind == "standard" and _APPROVED.search(sentence):
            guard = "approved"
        elif kind == "freeze" and _BY_LAW.search(sentence + header):
            guard = "by_law"
        elif kind == "pry" and _CONSENT.search(sentence + header):
            guard = "consent"
        out.append(("expand", lo, m.end(), guard))
        break
    return out


# round 24 (power24): a decision of a body that cannot hold public power — a 专班, a 领导小组, a firm — made binding on
# third parties (具有约束力, 须无条件执行, 即为……依据, 不得提出异议: 国务院行政机构设置和编制管理条例 第六条 — a
# coordinating body's decisions are carried out by the organs; 行政许可法 第二十二条); not its member units' own work
_BINDING = re.compile(r"(?:具有|具备|产生)[^，。；]{0,4}?(?:约束力|强制力|执行力)|(?:须|必须|应当)(?:无条件)?(?:执行|服从|遵照执行)|"
                      r"即(?:为|作为)[^，。；]{0,8}?(?:依据|结论|结果)|(?:不得|不能)(?:提出|再提)?异议|为最终")
# round 33 (power33, issue 8): … or its finding made what an organ's act rests on, equal in force to the document or to
# an organ's decision, or the last word on a dispute (协会核查结论作为有关行政管理的依据; 评定结果直接作为市场监管部门实施
# 处罚……的依据; 领导小组办公室研究作出决定，该决定与本办法具有同等效力; 以……学会出具的评审意见为准): the organ must find
# the facts itself (行政处罚法 第四十条、第五十四条; 行政许可法 第三十四条第三款), and no document makes another's word
# final (行政诉讼法 第十三条第（四）项). The act it grounds is one of public power over others (处罚, 许可, 核发, 查处,
# 行政管理, 监管 …), not a body's own appraisal of its staff or units (考核, 奖惩)
_GROUNDED_ACT = (r"(?:处罚|执法|许可|审批|核发|发证|查处|整治|停业|停产|吊销|暂停|取消|撤销|注销|强制|处理决定|行政管理|"
                 r"监督管理|监管|认定|登记)")
_MADE_BASIS = re.compile(rf"(?:直接)?(?:作为|成为|视为)[^，。；]{{0,24}}?{_GROUNDED_ACT}[^，。；]{{0,10}}?(?:的)?(?:直接|唯一|主要)?依据|"
                         r"(?:与|同)[^，。；]{0,24}?具有同等(?:的)?(?:法律)?效力")
_FINAL_WORD = re.compile(r"以[^，。；]{2,30}?为准")
_DECIDED = re.compile(r"(?:作出|做出|出具|研究|确定)(?:的)?[^，。；]{0,12}?(?:决定|意见|结论|认定|结果|方案)|"
                      # (round 33: a finding named by the check that made it — 核查结论, 评定结果, 抽查结论, 核查意见)
                      r"(?:核查|检查|抽查|评定|评估|检测|审核|巡查|评审|评议|考评|审查)[^，。；]{0,2}?(?:结论|结果|意见)")
_MEMBER_UNITS = re.compile(r"成员单位|各成员|组成单位|参考|参照")
# the finding the law itself makes evidence or a basis: a qualified testing or inspection body's report, an expert
# appraisal (行政处罚法 第四十六条: 鉴定意见; 医疗事故处理条例 第二十条), one the organ entrusted or checks itself
_QUALIFIED_NAME = re.compile(r"检测|检验|监测|质检|鉴定|医学会")
_QUALIFIED = re.compile(r"鉴定|资质|委托|指派|核实后|审核后|复核后|调查核实|依法调查")
_SELF_GOVERNED = re.compile(r"村|居|业主|社区")
_DISPUTE = re.compile(r"争议|异议|不服|纠纷|分歧")
_NOT_BEFORE = re.compile(r"(?:不|不得|不能|不再|不应|并非|不宜)$")


def _binding(sentence: str, header: str) -> list[tuple[str, int, int, str]]:
    b = _BINDING.search(sentence)
    made = None
    if b is None:
        made = _MADE_BASIS.search(sentence) or _FINAL_WORD.search(sentence)
        if made is None:
            return []
        b = made
    # (a finding named inside 以……为准 has its author there too: 以县地震学会出具的评审意见为准)
    end = b.end() if made is not None and made.re is _FINAL_WORD else b.start()
    actors = [(s0, e0) for s0, e0 in nonholders(sentence[:end])
              if not OBJECT_BEFORE.search(sentence[:s0][-4:]) and not _DELEGATE.search(sentence[:s0][-4:])]
    if made is not None and made.re is _FINAL_WORD:
        # (the last word on a dispute only: 以供电公司出具的结算结果为准 with no dispute is a record relied on)
        actors = [(s0, e0) for s0, e0 in actors if s0 >= b.start() and not _SELF_GOVERNED.search(sentence[s0:e0])] \
            if _DISPUTE.search(sentence[:b.start()]) else []
    if not actors:
        return []
    s0, e0 = actors[0]
    d = _DECIDED.search(sentence, e0, end)
    if d is None:
        return []
    between = sentence[e0:b.start()] if b.start() > e0 else ""
    guard = ""
    if HOLDER.search(sentence[e0:d.start()]):
        guard = "holder"      # 专班提出意见，由县人民政府作出决定: the government decides
    elif PROTECTIVE.search(sentence[_segment_start(sentence, b.start()):b.start()] + between) \
            or made is not None and _NOT_BEFORE.search(sentence[:b.start()]):
        guard = "protective"  # (round 33: 不作为行政处罚的依据)
    elif _MEMBER_UNITS.search(sentence) or ADVISORY.search(between):
        guard = "own_people"
    elif made is not None and (_QUALIFIED_NAME.search(sentence[s0:e0]) or _QUALIFIED.search(sentence)):
        guard = "qualified"   # (round 33: a testing body's report, an expert appraisal, a finding the organ entrusted or checks)
    return [("usurp", _segment_start(sentence, s0), b.end(), guard)]


# ---- another's act
_DECISION_OF_OTHER = re.compile(
    r"(?P<author>[^，。；]{0,24}?)(?:作出|做出|制定|出具)的[^，。；]{0,24}?(?:决定|处罚|许可|批复|行政行为|意见|文件)"
    r"[^。；]{0,30}?(?:可以|有权|应当)?[^，。；]{0,4}?(?:直接|径行|一律)?(?:予以)?(?<!办理)(?<!后续)(?P<verb>撤销|变更|改变|纠正|废止|宣布无效|确认无效)(?!登记|手续|、|等|事项)")
_DECISION_OF_OTHER_SCAN = Held(_DECISION_OF_OTHER)     # (round 26: its open author slot tried only where it may match)
# … or the verb first (镇人民政府可以撤销村民委员会作出的决定)
_REVOKE_FIRST = re.compile(r"(?:可以|有权|直接|径行|予以)[^，。；]{0,2}?(?P<verb>撤销|变更|改变|纠正|废止)(?P<author>[^，。；]{1,20}?)(?:作出|做出)的"
                           r"[^，。；]{0,12}?(?:决定|处罚|许可|批复|行政行为|决议)")
_COURT_OR_REVIEW = re.compile(r"人民法院|法院|复议机关|行政复议|上级|上一级")
# a government first in the sentence: the one over the organs whose decisions it changes (县人民政府认为所属工作部门……)
_GOVERNMENT_FIRST = re.compile(r"^[^，。；]{0,10}人民政府")
_BY_OWN_ORGAN = re.compile(r"自己|本机关|本部门|本局|其作出|原(?:作出)?(?:决定|处罚)?机关")
_SELF_RULES = re.compile(r"村规民约|居民公约|自治章程|章程|管理规约|议事规则|(?:村民会议|村民代表会议|业主大会|成员大会|成员代表大会|会员大会)"
                         r"(?:(?:作出|通过)?的?(?:决定|决议)|(?:作出|通过)的[^，。；]{1,10}?(?:决定|决议|方案))")
# round 24 (power24): the self-governing body's own acts a public body may only guide, correct (责令改正) or file (备案),
# not approve: its rules and decisions, its candidates and election results, its choice of manager (村民委员会组织法
# 第十五条、第二十七条、第三十六条, 民法典 第二百七十八条)
_SELF_ACTS = re.compile(rf"{_SELF_RULES.pattern}|候选人(?:名单)?|选举结果|(?:业主大会|业主)[^，。；]{{0,10}}?(?:选聘|续聘|解聘|改聘)[^，。；]{{0,10}}?(?:决定)?")
_APPROVAL_GATE = re.compile(r"(?:须|需|应当|必须)?(?:报|经)(?P<body>[^，。；]{1,16}?)(?:审查|审核|审批|批准|同意|审定|核准)(?!备案)[^，。；]{0,6}?"
                            r"(?:后方可|方可|后才能|方能|才能|后生效|方为有效|后执行|后实施)")
_OWNERS_CHOICE = re.compile(r"(?:选聘|续聘|改聘|解聘|更换|聘用)[^，。；]{0,6}?(?:新的)?物业服务(?:企业|人)|(?:续聘|改聘|解聘)")
_CHOOSES = re.compile(r"(?<!报)(?:确定|决定|选定|指定|选聘)")
_MANAGER = re.compile(r"[^，。；]{0,4}物业服务(?:企业|人)")
# (the owners' meeting deciding, the street guiding; or the government the owner — 政府投资建设的公租房小区)
_OWNERS_DECIDE = re.compile(r"业主大会|业主共同|业主依法|业主委员会[^，。；]{0,6}(?:决定|组织)|指导|协助|备案|应急|临时|"
                            r"政府投资|财政投资|公共租赁住房|公租房|保障性?住房|保障房|国有|产权单位")
_REWRITE = re.compile(r"(?:直接|径行|自行|统一|可以|有权|予以)[^，。；]{0,4}?(?:修改|删改|删除|修订|改写|废止|撤销|变更|改变|(?:宣布|确认)[^，。；]{0,6}?无效|作废)")
_SELF_BODY_ACTS = re.compile(r"(?:由|经)(?:本村)?(?:村民会议|村民代表会议|业主大会|成员大会|成员代表大会|会员大会|会员代表大会|股东会|理事会)"
                             r"[^，。；]{0,10}(?:制定|修改|通过|决定|讨论|表决)|责令[^，。；]{0,4}(?:改正|修改|纠正)|指导|备案|提出[^，。；]{0,6}意见|建议")
_SELF_BODY = re.compile(r"村民会议|村民代表会议|业主大会|成员大会|成员代表大会|会员大会|会员代表大会|股东会|股东大会|理事会")
_STATE_OWNED = re.compile(r"国有|国资|出资人|所属|直属|本单位")
_MEMBERS = re.compile(r"(?:村民委员会|村委会|居民委员会|居委会|村（居）民?委员?会|业主委员会|业委会|村务监督委员会|监事会|理事会|村民小组)"
                      r"的?(?:成员|委员|主任|副主任|组长|理事长|理事|监事|负责人)|村(?:民)?小组长")
_REMOVE_MEMBER = re.compile(r"免去|免除[^，。；]{0,4}职务|撤换|撤销[^，。；]{0,6}职务|(?<!提出)罢免(?!的要求|申请|案)|撤职|停职|辞退|解聘|责令[^，。；]{0,2}辞职|"
                            r"(?:暂停|停止)[^，。；]{0,4}职务|另行(?:任命|指定|指派|选派|委派)|(?:指定|指派|选派|委派)[^，。；]{0,8}(?:代理|主持|代为|接替|补任)")
# (round 28 wave 2, pp28b: the body sends its own man in — 另行指派人员代理其职务, 指派镇驻村干部代理其职务: any verb of
# sending, 指定/指派/选派/委派, not only 指定)
_ELECTORATE = re.compile(r"村民(?:依法)?(?:提出|表决|投票)|有选举权的|村民会议|村民代表会议|业主大会|成员大会|会员大会|选举|"
                         r"提请|建议|依法罢免|罢免的要求|罢免申请|联名")
_PUBLIC_ACTOR = re.compile(r"人民政府|政府|乡镇|街道|办事处|局|部门|指挥部|领导小组|专班|管委会|中心|办公室|[^，。；]{1,6}办(?![理事法公])")
_OTHERS_PROPERTY = re.compile(r"(?:农户|村民|业主|居民|个人|企业|村级|村集体)[^，。；]{0,8}?(?:资源|房屋|土地|屋顶|林地|宅基地|承包地|山林|水面)|(?:接受|受赠|募集|收到|获得)的[^，。；]{0,12}?(?:捐赠|捐助)?(?:款物|款项|物资|资金|财产|捐款|善款)|(?:社会)?捐赠(?:的)?(?:款物|款项|物资|财产)|捐款|善款|"
                              r"(?:村|社区|农村)?集体(?:经济组织)?的?(?:资金|资产|收益|财产|经营收入)")
_OWNED_BY = re.compile(r"农户|村民|业主|居民|个人|企业|村级|村集体")
_GATHER = re.compile(r"(?:一律|全部)(?:上交|上缴|交由|交给|归集)|统一(?:交由|交给|上交|上缴|归集|划转|纳入|接收|支配|调配|分配|收储|收回|流转|出租|招商|发包|处置)|集中(?:接收|保管|管理|归集|支配)|统筹(?:分配|调配|使用|安排)")
_WILL_SET_ASIDE = re.compile(r"不再?(?:按照|尊重|依照|考虑)[^，。；]{0,6}意愿|违背[^，。；]{0,6}意愿")
_VOLUNTARY = re.compile(r"自愿|意愿|捐赠人(?:有权|可以|同意)|捐赠协议|(?<!农户)(?<!村民)(?<!业主)不得|严禁|财政(?:资金|拨付|预算)|代理记账|代理|代管|记账")


def _seizures(sentence: str, header: str) -> list[tuple[str, int, int, str]]:
    out: list[tuple[str, int, int, str]] = []
    for m in _DECISION_OF_OTHER_SCAN.finditer(sentence):
        author = m.group("author")
        if not re.search(r"机关|部门|局|办事处|人民政府|街道|乡镇|单位|中心|委员会", author):
            continue
        lo = _segment_start(sentence, m.start())
        guard = ""
        if _COURT_OR_REVIEW.search(sentence[:m.end()]) or _BY_OWN_ORGAN.search(author) \
                or _GOVERNMENT_FIRST.match(sentence) and not nonholders(sentence[:m.start("verb")]):
            guard = "higher"          # a court, a review body, the organ itself or the government over it (地方组织法 第七十三条)
        elif _SELF_BODY.search(sentence[:m.start("verb")]) and not _PUBLIC_ACTOR.search(sentence[:m.start("verb")]):
            guard = "self_governed"
        elif PROTECTIVE.search(sentence[lo:m.start("verb")]):
            guard = "protective"
        elif re.search(r"提请|建议|报请|申请", sentence[m.start():m.start("verb")]):
            guard = "advisory"
        out.append(("seize", lo, m.end(), guard))
    if not out:
        for m in _REVOKE_FIRST.finditer(sentence):
            author = m.group("author")
            if not re.search(r"机关|部门|局|办事处|人民政府|街道|乡镇|单位|中心|委员会|会议|大会", author):
                continue
            lo = _segment_start(sentence, m.start())
            guard = ""
            if _COURT_OR_REVIEW.search(sentence[:m.end()]) or _BY_OWN_ORGAN.search(author) \
                    or _GOVERNMENT_FIRST.match(sentence) and not nonholders(sentence[:m.start()]) \
                    and not re.search(r"村民委员会|居民委员会|村委会|居委会|业主|村民会议|集体经济组织", author):
                guard = "higher"
            elif _SELF_BODY.search(sentence[:m.start()]):
                guard = "self_governed"   # 村民会议有权撤销村民委员会不适当的决定 (村民委员会组织法 第二十七条)
            elif PROTECTIVE.search(sentence[lo:m.start()]):
                guard = "protective"
            out.append(("seize", lo, m.end(), guard))
            break
    rules = _SELF_RULES.search(sentence)
    if rules:
        for m in _REWRITE.finditer(sentence, rules.end()):
            actor = sentence[:m.start()]
            if not _PUBLIC_ACTOR.search(actor[:rules.start()] + actor[rules.end():]):
                continue      # (the self-governing body named as the author of what is acted on is not the actor: round 24)
            guard = ""
            own = [x.end() for x in _SELF_BODY.finditer(actor) if not rules.start() <= x.start() < rules.end()]
            public = [x.end() for x in _PUBLIC_ACTOR.finditer(actor)]
            if own and (not public or own[-1] > public[-1]) \
                    or _SELF_BODY_ACTS.search(sentence[_segment_start(sentence, m.start()):m.end()]):
                guard = "self_governed"
            elif _STATE_OWNED.search(sentence):
                guard = "owner"
            elif PROTECTIVE.search(sentence[_segment_start(sentence, m.start()):m.start()]):
                guard = "protective"
            out.append(("seize", _segment_start(sentence, m.start()), m.end(), guard))
            break
    acts = _SELF_ACTS.search(sentence)
    gate = _APPROVAL_GATE.search(sentence, acts.end()) if acts else None
    if gate and _PUBLIC_ACTOR.search(gate.group("body")) and not re.search("备案", gate.group(0)):
        guard = "protective" if PROTECTIVE.search(sentence[_segment_start(sentence, gate.start()):gate.start()]) else ""
        out.append(("seize", _segment_start(sentence, acts.start()), gate.end(), guard))
    # round 24 (power24): the owners' own choice of their manager made by a public body (由街道办事处……确定新的物业服务
    # 企业; 续聘、改聘，由街道办事处会同……确定: 民法典 第二百七十八条 — the owners decide it together)
    choice = _OWNERS_CHOICE.search(sentence)
    if choice:
        for m in _CHOOSES.finditer(sentence):
            actor = sentence[:m.start()]
            public = [x for x in _PUBLIC_ACTOR.finditer(actor)]
            if not public or not (choice.end() <= m.start() or _MANAGER.match(sentence, m.end())):
                continue
            guard = ""
            if _OWNERS_DECIDE.search(sentence):
                guard = "self_governed"
            elif PROTECTIVE.search(sentence[_segment_start(sentence, m.start()):m.start()]):
                guard = "protective"
            seg_end = min([i for i in (sentence.find(c, m.end()) for c in "，,。；;") if i >= 0] or [len(sentence)])
            out.append(("seize", _segment_start(sentence, m.start()), seg_end, guard))
            break
    members = _MEMBERS.search(header + sentence)
    if members:
        for m in _REMOVE_MEMBER.finditer(sentence):
            seg = sentence[_segment_start(sentence, m.start()):m.start()]
            if not _PUBLIC_ACTOR.search(sentence[:m.start()]):
                continue
            guard = ""
            if _ELECTORATE.search(sentence):
                guard = "electorate"
            elif PROTECTIVE.search(seg):
                guard = "protective"
            out.append(("seize", _segment_start(sentence, m.start()), m.end(), guard))
            break
    prop = _OTHERS_PROPERTY.search(sentence)
    if prop:
        g = _GATHER.search(sentence, prop.end())
        if g:
            guard = ""
            if _VOLUNTARY.search(_WILL_SET_ASIDE.sub("", sentence)):
                guard = "voluntary"   # (the giver's will set aside — 不再按照捐赠人意愿 — is the seizure itself)
            elif _STATE_OWNED.search(sentence):
                guard = "owner"
            elif re.search(r"(?:由|交由)[^，。；]{0,10}(?:集体经济组织|合作社|村民(?:代表)?会议|成员大会|村民委员会|村委会)",
                           sentence[max(0, g.start() - 14):g.end() + 12]) \
                    or _OWNED_BY.match(prop.group(0)) and not _PUBLIC_ACTOR.search(sentence[prop.end():g.end() + 12]):
                guard = "owner"       # the owner (or its meeting) gathers its own; a holding with no public body named
            out.append(("seize", _segment_start(sentence, g.start()), g.end(), guard))
    return out


# ---- remedy
_REVIEW = r"(?:行政复议|复议|行政诉讼|诉讼|起诉|向人民法院|仲裁)"
# round 24 (power24): … or the complaint a body must take (受理……投诉/举报: 消费者权益保护法 第三十九条, 信访工作条例),
# made to wait for the party's own talks with the one complained of, and for a time to pass
_REVIEW_OR_COMPLAINT = r"(?:行政复议|复议|行政诉讼|诉讼|起诉|向人民法院|仲裁|受理[^，。；]{0,4}?(?:投诉|举报|申诉))"
_INTERNAL = r"(?:复核|复查|申诉|异议|调解|调处|协商|评议|信访|反映|投诉|核查|核实|审查|处理意见)"
_GATES = (
    re.compile(rf"(?:先|首先|先行|事先)[^。；]{{0,30}}?{_INTERNAL}[^。]{{0,40}}?(?<![一双各])(?:方可|方能|才能|才可|才可以|方予|才予|然后|再行?)(?:依法)?[^。，；]{{0,12}}?{_REVIEW_OR_COMPLAINT}"),
    re.compile(rf"未(?:经|申请|提出|进行)[^，。；]{{0,20}}?{_INTERNAL}[^。；]{{0,16}}?[，,]?[^。；]{{0,8}}?(?:不得|不能|不可|不予受理)[^，。；]{{0,12}}?{_REVIEW}"),
    # the step made the only way, and review barred (只能向县教育局申请复核，不得申请行政复议)
    re.compile(rf"{_INTERNAL}[^。；]{{0,20}}?(?:不得|不能|不可|无权)(?:再)?(?:就[^，。；]{{0,10}})?(?:申请|提起|提出)[^，。；]{{0,4}}?{_REVIEW}"),
    re.compile(rf"{_REVIEW}[^，。；]{{0,6}}(?:前|之前)[，,][^。]{{0,30}}?(?:应当|须|必须|需)(?:先|先行|首先)?[^。]{{0,24}}?{_INTERNAL}"),
)
_OPTIONAL = re.compile(r"也可以直接|或者直接|可以直接(?:向|申请|提起)|可以选择|自愿")


# round 24 (power24): review or suit given up by the party's promise (承诺放弃……申请行政复议的权利; 承诺不就……提起行政诉讼):
# the right is the law's (行政复议法 第二条, 行政诉讼法 第二条), no agreement takes it away, 自愿 or not
_WAIVED = re.compile(rf"(?:承诺|保证|同意|声明|确认)(?:放弃|不再?|自愿放弃)[^。；]{{0,20}}?(?:申请|提起|提出)?{_REVIEW}")


def _gates(sentence: str, header: str, before: str = "") -> list[tuple[str, int, int, str]]:
    w = _WAIVED.search(sentence)
    if w:
        lo = _segment_start(sentence, w.start())
        return [("gate", lo, w.end(), "protective" if PROTECTIVE.search(sentence[lo:w.start()]) else "")]
    """``before``: the clause before the sentence — the step may be required in the sentence before (应当先向县财政局
    申请复核；对复核结果仍不服的，方可申请行政复议)."""
    out = []
    prev = before[-60:] if before else ""
    for rx in _GATES:
        m = rx.search(sentence)
        if m is None and prev:
            prev = prev.rstrip("。") + "，"
            joined = prev + sentence
            m2 = rx.search(joined)
            if m2 is not None and m2.end() > len(prev):
                guard = "optional" if _OPTIONAL.search(joined) else ""
                out.append(("gate", 0, m2.end() - len(prev), guard))
                break
        if m is None:
            continue
        guard = ""
        if _OPTIONAL.search(sentence):
            guard = "optional"
        elif re.search(r"不得因|不因", sentence):
            guard = "protective"
        out.append(("gate", _segment_start(sentence, m.start()), m.end(), guard))
        break
    return out


# ---- duty shed
GOV = re.compile(r"(?:保护|管理|监督|执法)机构|司法所|派出所|(?:救助|管理|监督|检测|防治)(?:站|所)|(?:管理|养护|监察|执法)(?:处|段)(?![理置罚])|人民政府|政府|财政(?!资金|补助|预算|收入|专项)|办事处|局|部门|机关|大队|支队|中队|文明办|管委会|(?<![村居]民)(?<!业主)(?<!监督)委员会")
# (round 34, power34: the act's object open after 对 — 不再对辖区政策性粮食承储库点的库存数量和质量开展监督检查, a noun
# phrase of any length up to the phrase's end, not six characters; and the body's own check named as done again, 另行/再行/
# 单独 — 有关部门不再另行抽检)
_DROP = re.compile(r"(?:今后|以后|原则上|一律|均|也|亦)?(?:不再|不|停止|取消|免除)(?:再)?(?:对[^，。；]{0,24}?)?(?:另行|再行|单独)?"
                   r"(?:安排|承担|负责|履行|开展|进行|组织|受理|拨付|提供|"
                   r"投入|保障|派员|实施|监管|监督|检查|抽检|抽查|审计|核查|兜底|筹集|列支|接收|收治|审核|核实|复核|"
                   # round 35 (norm35, issue 8): or says it takes no part in it (不再派员参与, 不参与调查, 原则上不再介入)
                   r"参与|参加|介入|过问|到场)")
# (round 35: a verb of taking part names no matter itself — 县档案局今后不再参与 —: the matter is the sentence's topic before it)
_RECUSED = re.compile(r"利害关系|回避")
_TAKE_PART = re.compile(r"(?:派员)?(?:参与|参加|介入|过问|到场)$|派员$")
_DUTY_OBJECT = re.compile(r"资金|经费|职责|责任|监管|监督|检查|抽检|抽查|巡查|审计|受理|投诉|举报|管理|维护|建设|救助|保障|鉴定|验收|调解|复垦|处置|"
                          r"接收|收治|核查|核实|审核|复核|核验|查验|调查(?!问卷)")
_SUPERVISION = re.compile(r"监管|监督|检查|抽检|抽查|巡查|审计|受理|投诉|举报|调解|查处|核查|核实|审核|复核|核验|查验|调查(?!问卷)")
_NO_DUTY_OWED = re.compile(r"补助|补贴|奖励|奖补|扶持|优惠|贴息|返还")
# (round 38, power38: the bearer may be named at length — 由古树名木所在地村民委员会或者土地使用者全部承担 — and the share
# said whole: 全部, 全额, 自费)
_HANDED = re.compile(r"由[^，。；]{0,24}?(?:自行|自己|本人|自主|全部|全额|自费)?(?:负责|承担|筹集|筹措|解决|处置|设置|维护|管理|复垦|建设|兜底|开展|处理)|"
                     r"自行(?:负责|承担|筹集|筹措|解决|处置|设置|维护|管理|开展)|"
                     # round 34 (power34): the party's own check, by the word that makes it its own (由施工单位自行组织实施,
                     # 由协会自律管理)
                     r"由[^，。；]{0,16}?(?:自行|自律)(?:组织|实施|检查|检测|检验|监测|调查)|"
                     # round 35 (norm35): its own check by the check's name (由各使用单位自查自纠, 由……自行排查)
                     r"由[^，。；]{0,16}?(?:自查|自纠|自检|自评|自行排查)|"
                     # round 25 (power25): the matter moved to another by a verb of handing (移交沿街单位和属地社区承担,
                     # 交由所在地沿街商户负责, 整体委托……协会行使)
                     r"(?:移交|交由|交给|转交|委托|下放(?:给|至|到)?)[^，。；]{0,20}?(?:承担|负责|行使|维护|管理|实施|办理)")
_HANDED_TO_PUBLIC = re.compile(r"由[^，。；]{0,10}(?:人民政府|政府|局|部门|机关|办事处|委员会(?<![村居]民委员会)(?<!业主委员会))[^，。；]{0,4}(?:负责|承担|实施)|"
                               r"划转|划入|改由[^，。；]{0,10}(?:局|部门|政府)")
_CONTRACT = re.compile(r"甲方|乙方|合同|协议|约定")
# the law's own refusals: the same facts again, a matter already handled or closed (信访工作条例 第三十五条、第三十六条)
LAWFUL_REFUSAL = re.compile(r"同一事实|同一事项[^，。；]{0,6}(?:重复|再次)|重复(?:投诉|信访|举报|提出)|已经?(?:受理|办结|处理)|正在(?:办理|处理)|依法终结|"
                             r"不属于[^，。；]{0,10}(?:职责|受理范围)")
_PROTECT_DUTY = re.compile(r"不得以|不得(?:推卸|减少|免除|转嫁)|不改变|不免除|不减轻|不可抗力")


# round 24 (power24): the liability a public body or its staff answers for waived whatever happens (不论……均不追究责任:
# 公务员法 第五十九条, 监察法 — a 容错 clause names the diligence that excuses, 已履行……职责/勤勉尽责/无主观故意), and
# a body or its money put beyond the budget or the audit the law sets (不纳入……预算, 不接受审计监督: 预算法 第四条, 审计法 第二条)
_WHATEVER = re.compile(r"(?:不论|无论|不管)[^。；]{2,30}?[，,]?[^，。；]{0,6}?(?:均|一律|一概|都|概)?不(?:予|再)?(?:追究|承担)[^，。；]{0,10}?责任")
_DILIGENT = re.compile(r"履行[^，。；]{0,8}(?:职责|义务)|勤勉尽责|尽职|无主观|非主观|不可抗力|依法依规")
_UNACCOUNTED = re.compile(r"不(?:纳入|列入)[^，。；]{0,8}?预算|不(?:接受|受|进行)[^，。；]{0,6}?审计|不(?:向|报)[^，。；]{0,20}?(?:人民代表大会|人大)[^，。；]{0,10}?报告")


# … or the party's claim for the damage the body itself causes barred (……过程中造成……损坏的，……不得要求赔偿: 国家赔偿法
# 第二条、第四条); not a loss of the party's own making (因其自身原因造成)
# (round 26: any negation of the body's own liability — 不承担任何赔偿责任, 概不予以补偿, 均不赔偿, 免于赔偿)
_NO_CLAIM = re.compile(r"造成[^。；]{0,14}?(?:损失|损害|损坏|损毁)[^。；]{0,16}?(?:不得|不能|无权|不予|一律不|概不|均不|一概不|不承担|免于|免除|不负)"
                       r"(?:提出|要求|申请|主张|给予|予以)?[^，。；]{0,4}?(?:赔偿|补偿)")
_OWN_FAULT = re.compile(r"自身|自行|本人|其自己|当事人(?:的)?原因|不可抗力|违法建筑|违章建筑|违法建设")
_OFFICIAL = re.compile(r"执法人员|工作人员|执法队|行政机关|人民政府|政府|局|部门|机关|办事处|街道|乡镇")


def _unaccountable(sentence: str) -> list[tuple[str, int, int, str]]:
    out = []
    m = _NO_CLAIM.search(sentence)
    if m and _OFFICIAL.search(sentence[:m.start()]):
        guard = "own_fault" if _OWN_FAULT.search(sentence[:m.end()]) and not re.search("相邻|他人|第三人|周边", sentence) else \
            "protective" if _PROTECT_DUTY.search(sentence) else ""
        out.append(("drop", _segment_start(sentence, m.start()), m.end(), guard))
    m = _WHATEVER.search(sentence)
    if m:
        guard = "protective" if _PROTECT_DUTY.search(sentence) else "diligent" if _DILIGENT.search(sentence[:m.end()]) else ""
        out.append(("drop", _segment_start(sentence, m.start()), m.end(), guard))
    m = _UNACCOUNTED.search(sentence)
    if m and not PROTECTIVE.search(sentence[_segment_start(sentence, m.start()):m.start()]):
        out.append(("drop", _segment_start(sentence, m.start()), m.end(), ""))
    return out


# round 25 (power25): a whole class of applications the body must decide frozen (全县暂停受理各类社会组织成立登记申请;
# 暂停办理……个体工商户注册登记): 行政许可法 第三十二条、第四十二条 and the registration statutes make the body accept and
# decide every application in time; not the law's own pause (征收: 国有土地上房屋征收与补偿条例 第十六条, with its term),
# a system's upkeep, one party's case (对其, 该), a protective negation
_FREEZES = re.compile(r"(?:暂停|停止|暂缓|一律不再)(?:受理|办理|接收|审批|核发)[^，。；]{0,24}?(?:申请|登记|注册|备案|审批|许可|证照?)(?!的)")
_WHOLE_CLASS = re.compile(r"各类|全部|一律|所有|全县|全市|全区|全镇|辖区内?|期间|另行通知|之日起|暂停")
_PAUSE_LAWFUL = re.compile(r"征收|征地|指标|额度|名额|次年|依法|法律|不得超过|系统|升级|维护|节假日|对其|该(?:申请|企业|单位)|同一|重复|不符合|材料不")


def _frozen_applications(sentence: str) -> list[tuple[str, int, int, str]]:
    m = _FREEZES.search(sentence)
    if m is None or not _WHOLE_CLASS.search(sentence[:m.end()]) or nonholders(sentence[:m.start()]):
        return []
    lo = _segment_start(sentence, m.start())
    guard = "protective" if PROTECTIVE.search(sentence[lo:m.start()]) else "lawful_refusal" if _PAUSE_LAWFUL.search(sentence) else ""
    return [("drop", lo, m.end(), guard)]


# round 26 (powerrights26): … or the public step of a decision on persons dropped in the same sentence: a matter decided
# (确定, 决定, 审定, 认定, 核定, 分配 a 名单/对象/方案/价格/标准) and its 公示, 听证, 公告, 征求意见 or 排序 no longer done
# (不再进行……公示, 无需听证): 价格法 第二十三条, 重大行政决策程序暂行条例 第十四条, and the schemes' own rules (公共租赁住房
# 管理办法 第十五条, 退役军人安置条例 第二十六条) set the step; not a privacy or a secret kept from it, a step already done
# (已公示, 不再重复), the statute's own simplified procedure (简易程序, 当场), a protective negation
_STEP_DROPPED = re.compile(r"(?:不再|无需|无须|不必|不需要?|免于|免予|省略|取消)(?:进行|组织|开展|履行|经过|实行|举行|召开)?"
                           r"[^，。；]{0,10}?(?:公示|听证|公告|征求[^，。；]{0,8}?意见|(?<!赋分)排序(?!号)|赋分排序)")
_DECIDED_MATTER = re.compile(r"(?:确定|决定|审定|认定|核定|分配|选定|评定)[^。；]{0,30}|(?:名单|对象|方案|价格|标准|结果)")
_STEP_LAWFUL = re.compile(r"隐私|秘密|涉密|已(?:经)?(?:公示|听证|公告)|重复|简易程序|当场|另有规定|法律[^，。；]{0,6}规定|不宜公开|"
                          r"不得(?:省略|取消|以)")


def _step_dropped(sentence: str) -> list[tuple[str, int, int, str]]:
    m = _STEP_DROPPED.search(sentence)
    if m is None or not _DECIDED_MATTER.search(sentence[:m.start()]):
        return []
    lo = _segment_start(sentence, m.start())
    guard = "protective" if PROTECTIVE.search(sentence[lo:m.start()]) else "lawful_refusal" if _STEP_LAWFUL.search(sentence) else ""
    return [("drop", lo, m.end(), guard)]


# round 34 (power34): … or the supervision of an activity handed to the party supervised (安全检查工作全部交由快递企业自行
# 组织实施; 监督检测由特许经营企业自行开展) while the body keeps only a record of it (仅负责事后备案, 只负责汇总存档): the
# supervision named before the handing, the body by the ending of its name in the phrase that keeps the record (立法法 第九十一条
# 第二款, 国办发〔2018〕37号 — 不得减少法定职责). Not a matter handed to another public body, not a protective negation,
# not a record the body keeps beside its own check (依法对其开展监督检查, 组织抽查: the supervision still its own).
_BODYS_OWN = re.compile(r"本(?:局|部门|机关|单位|系统)|所属|下属|直属|内部|考勤")
_ONLY_RECORD = re.compile(r"(?:仅|只|只是|仅仅)(?:负责|做好|进行|办理|实行)?[^，。；]{0,6}?(?:备案|存档|登记|汇总|归档)(?!审查)")
_CHECK_KEPT = re.compile(r"(?:依法|负责|组织|开展|进行|实施|定期|随机)[^，。；]{0,12}?(?:监督检查|抽查|抽检|检查|巡查|监管)")
_NEGATED = re.compile(r"不|无需|无须|免于|免予|取消")


def _only_recorded(sentence: str) -> list[tuple[str, int, int, str]]:
    rec = _ONLY_RECORD.search(sentence)
    if rec is None:
        return []
    lo = _segment_start(sentence, rec.start())
    if not GOV.search(sentence[lo:rec.start()]):
        return []                 # a public body is the one that keeps only the record
    for handed in _HANDED.finditer(sentence):
        h_lo = _segment_start(sentence, handed.start())
        matter = sentence[h_lo:handed.start()]
        if not _SUPERVISION.search(matter) or _HANDED_TO_PUBLIC.search(handed.group(0)) or not re.search(r"由|交", handed.group(0)):
            continue              # the supervision itself, handed to a party outside the administration
        guard = ""
        if PROTECTIVE.search(sentence[lo:rec.start()]) or _PROTECT_DUTY.search(sentence):
            guard = "protective"
        elif _BODYS_OWN.search(matter):
            guard = "own"         # a system's own internal check (供销社系统内部的财务检查)
        elif _CONTRACT.search(sentence):
            guard = "contract"
        elif any(not _NEGATED.search(sentence[_segment_start(sentence, k.start()):k.start()])
                 for k in _CHECK_KEPT.finditer(sentence) if not h_lo <= k.start() < handed.end()):
            guard = "kept"        # the body's own check named beside the record (并依法对其开展监督检查)
        return [("drop", min(h_lo, lo), rec.end(), guard)]
    return []


def _drops(sentence: str, header: str) -> list[tuple[str, int, int, str]]:
    out = _unaccountable(sentence) or _frozen_applications(sentence) or _step_dropped(sentence)
    if out:
        return out
    for m in _DROP.finditer(sentence):
        lo = _segment_start(sentence, m.start())
        seg = sentence[lo:m.start()]
        if not (GOV.search(seg) or not seg.strip() and GOV.search(sentence[:_segment_start(sentence, lo - 1) if lo else 0] or sentence[:lo])):
            continue            # the one who drops it is a public body, named in its own phrase (or first, over a condition)
        if sentence[:m.start()].count("“") > sentence[:m.start()].count("”"):
            continue            # quoted: another text's words
        seg_end = min([i for i in (sentence.find(c, m.end()) for c in "，,。；;") if i >= 0] or [len(sentence)])
        obj = sentence[m.start():seg_end]
        if _TAKE_PART.search(m.group(0)) and not _DUTY_OBJECT.search(obj):
            topic = sentence[:lo]
            if not _SUPERVISION.search(topic):
                continue         # taking no part in what is not a supervision (不参与市场经营活动)
            obj = topic[-16:] + obj
        if not (_DUTY_OBJECT.search(obj) or m.group(0).endswith(("负责", "承担", "监管", "监督", "检查", "受理"))):
            continue
        handed = _HANDED.search(sentence)
        handed = handed if handed and not _HANDED_TO_PUBLIC.search(handed.group(0)) else None
        if handed is None and not _SUPERVISION.search(obj) and "赔偿" not in obj:
            continue
        guard = ""
        if _NO_DUTY_OWED.search(obj):
            guard = "no_duty_owed"
        elif _RECUSED.search(sentence[:m.start()]):
            guard = "recusal"    # (round 35: 与被检查单位有利害关系的……工作人员，不参与该项检查 — 行政处罚法 第四十三条)"
        elif _BODYS_OWN.search(obj):
            guard = "own"        # (round 34: its own units or staff checked — 不再对本局所属台站的考勤进行审核 — internal)
        elif _CONTRACT.search(sentence + header):
            guard = "contract"
        elif _PROTECT_DUTY.search(sentence):
            guard = "protective"
        elif LAWFUL_REFUSAL.search(sentence + header):
            guard = "lawful_refusal"
        elif re.search(r"应当[^，。；]{0,8}而(?:不|未)", sentence[lo:seg_end]) or sentence[seg_end - 1:seg_end] == "的":
            guard = "described"  # 公安机关应当受理而不受理的: a failure named as a case, not a duty dropped
        elif _HANDED_TO_PUBLIC.search(sentence):
            guard = "transferred"
        elif re.search(r"拒不|拒绝|违反|未按|逾期不|弄虚作假|骗取", sentence[:m.start()]) and handed is None:
            guard = "sanction"   # a benefit withheld for the party's conduct: the penalty or rights readings' matter
        out.append(("drop", lo, seg_end, guard))
        break
    return out or _only_recorded(sentence)


# round 29 wave 2 (pr29b): a department's power held by another body — the power named first by its act noun (登记,
# 许可, 处罚, 审批, 核发, 核准, 执法, 查处 …, with 事项/权/职权/业务 or not), then 由 + a body + a verb of exercising it
# (行使, 办理, 实施, 审核发放, 核发 …): 开发区范围内的市场主体登记和涉企行政处罚事项，由开发区招商服务中心统一行使，市直有关
# 部门不再办理; 食品经营许可由所在乡镇人民政府审核发放. The body by the ending of its name: one that holds no public power
# (``nonholders``: ……服务中心, ……专班) reads ``usurp``; a township or its own 所/站/中心 reads ``expand`` (行政处罚法
# 第二十四条, 行政许可法 第二十二条: the province's 赋权 only). Not an organ (……局, 部门), not what was given (赋权, 委托,
# 清单, 承接 …), not support work (初审, 材料收集, 代办), not the organ's own arrangement (本局, 内部, 窗口)
_HELD = re.compile(r"(?P<act>登记|许可|处罚|审批|核发|核准|执法|查处|征收|强制|认定)(?!证明|材料|申请|手续|窗口)[^。；]{0,8}?"
                   r"[，,]?(?:统一|集中|改由|交由|均|一律)?由(?P<body>[^，。；]{2,24}?)"
                   r"(?:统一|集中|直接|负责|具体)?(?P<verb>行使|办理|实施|审核发放|审核颁发|审核核发|发放|核发|颁发|审批|作出)")
_TOLD_TO_STOP = re.compile(r"不再(?:办理|受理|实施|行使|审批|核发)")
_HELD_OWN = re.compile(r"本(?:局|部门|机关|单位)|内部|窗口|科室|机关")
_HELD_SUPPORT = re.compile(r"初审|初核|材料|转报|代办|代收|帮办|咨询|宣传|协助|配合")


def _held(sentence: str, header: str) -> list[tuple[str, int, int, str]]:
    for m in _HELD.finditer(sentence):
        body = m.group("body")
        hold = [(s, e) for s, e in nonholders(body) if e == len(body)]
        township = _TOWNSHIP_ACTOR.search(body) and re.search(r"(?:人民政府|政府|办事处|乡镇|街道)$", body) \
            or _TOWNSHIP_OWN_BODY.search(body)
        if not hold and not township or HOLDER.search(body) and not township:
            continue
        if hold and m.group("act") in ("登记", "认定") and not _TOLD_TO_STOP.search(sentence, m.end()):
            continue      # a registration a public service centre keeps is often its own by statute (就业登记, 社会保险登记)
        kind = "usurp" if hold else "expand"
        lo = _segment_start(sentence, m.start("act"))
        guard = ""
        if PROTECTIVE.search(sentence[lo:m.end()]):
            guard = "protective"
        elif GIVEN.search(sentence + header) or _PUBLIC_AFFAIRS.search(sentence):
            guard = "granted"
        elif _HELD_SUPPORT.search(sentence[lo:m.end()]):
            guard = "advisory"
        elif _HELD_OWN.search(sentence) or kind == "expand" and TOWNSHIP_MATTERS.search(sentence + header):
            guard = "own"
        return [(kind, lo, m.end(), guard)]
    return []


def readings(sentence: str, header: str = "", before: str = "") -> list[tuple[str, int, int, str]]:
    """Every span of ``sentence`` (a list item under ``header``; ``before`` the clause before it) one of the power
    readings reads, with its guard."""
    return _usurpations(sentence, header) + _binding(sentence, header) + (_expansions(sentence, header) or _self_given(sentence, header)) \
        + _seizures(sentence, header) + _gates(sentence, header, before) + _drops(sentence, header) + _held(sentence, header)


# round 28 (speed28): the costliest of these searches skip a text without the keys every match must contain
# (review/firstchars.Keyed: exact; measured by bench/reading_budget.py)
from ..firstchars import Keyed  # noqa: E402

(_ACT, _COORDINATOR_DECIDES, _DECIDES, _DECISION_OF_OTHER, GOV, _NAME_BREAK, _OTHERS_PROPERTY,
 _TOWNSHIP_DECIDES) = \
    map(Keyed, (_ACT, _COORDINATOR_DECIDES, _DECIDES, _DECISION_OF_OTHER, GOV, _NAME_BREAK, _OTHERS_PROPERTY,
                _TOWNSHIP_DECIDES))


# round 32 (speeds): the two costliest power readings asked only where one of the patterns their every answer passes
# through may match (review/firstchars.gated; exact: tests/test_speeds.py compares each with the reading itself).
# - _usurpations: a coordinating organ deciding (_COORDINATOR), acting in its own name (_OWN_NAME), a hired party
#   (hired._HIRED), an act of power (_ACT), enforcement work handed over (_ENFORCEMENT_WORK), taken on (_TAKES_ON_WORK)
#   or delegated (_DELEGATE);
# - _seizures: another's decision undone (_DECISION_OF_OTHER_SCAN, _REVOKE_FIRST), a self-governing body's rules
#   (_SELF_RULES), its act gated (_APPROVAL_GATE), the owners' choice (_OWNERS_CHOICE), a member removed (_REMOVE_MEMBER),
#   another's property gathered (_GATHER).
from ..firstchars import Gate, gated  # noqa: E402
from .hired import _HIRED  # noqa: E402

_usurpations = gated(_usurpations, Gate(_COORDINATOR, _OWN_NAME, _HIRED, _ACT, _ENFORCEMENT_WORK, _TAKES_ON_WORK,
                                        _DELEGATE))
_seizures = gated(_seizures, Gate(_DECISION_OF_OTHER_SCAN, _REVOKE_FIRST, _SELF_RULES, _APPROVAL_GATE, _OWNERS_CHOICE,
                                  _REMOVE_MEMBER, _GATHER))
