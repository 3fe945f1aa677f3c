"""The effect of a sentence on a private party, read from the closed-class grammar of a norm and not from lists of
the things affected: who acts (a public body, or anyone a public body arranges — 协调/组织/通知/委托 a supplier, a
property manager, a 居委会), with what effect (a closed class: ``withhold`` a supply, service, benefit or qualification;
``remove`` or take property; restrict ``liberty``; decide ``final``ly or bar review; ``override`` the parties' own
agreement; open-ended ``discretion``), on what trigger (the party's non-compliance or violation), until when (直至…… /
在……之前 / 待……后恢复), for how long, and on what basis (a cited article, 依法/依照有关规定, a 另有规定 reservation).

A reading also says why an effect is lawful where the same grammar shows it (``guard``): a protective negation (不得以……
为由停止供水), a basis that provides the measure, what a court does or the application to it, the actor being the
supplier itself or the body disposing of its own things, a reservation for what the law provides otherwise.

Pure: a sentence (and the clause before it, for a trigger stated in an earlier sentence: ……通报批评。同时暂停……) in,
frozen ``Effect``s out; offsets are into the sentence.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..firstchars import Keyed
from ..sentences import end_before, start_after
from .allotment import local_demands, powers, reservations, terms_and_awards
from .analyse import named_as_cause, without_excepted
from .competition import designations, element_favours, local_barriers, price_floors
from .entry import closed_sets, entry_bars, favours, origin_rates, takings
from .graded import graded_classes
from .borne import MISDEED
from .measure import _SPAN, bars, holds
from .charged import readings as charged_readings
from .chosen_provider import exemptions, provider_spans
from .competent import NAMES as MISPLACED_NAMES, readings as competent_readings
from .power import readings as power_readings
from .shed import readings as shed_readings
from .withheld import readings as withheld_readings
from .fault_shifted import readings as fault_readings
from .takeover import takeovers
from .through import KINDS as THROUGH_KINDS, readings as through_readings
from . import allotment, charged, competition, entry, takeover
from ..firstchars import Gate, gated

# round 32 (speeds): the readings that answer nothing for almost every sentence, asked only where one of the patterns
# their every answer passes through may match (review/firstchars.gated; exact: tests/test_speeds.py compares each with
# the reading itself). The patterns, from each reading's code:
# - price_floors: a floor (_FLOOR), else ``_fixed``'s fixing (_FIXING), else ``_trade_fixed``'s (_TRADE_FIXING);
price_floors = gated(price_floors, Gate(competition._FLOOR, competition._FIXING, competition._TRADE_FIXING))
# - closed_sets: a pick confined to a set (_PICK_SCAN, _PICK_FIXED), a platform (_PLATFORM), a set's outside (_OUTSIDE_SET);
closed_sets = gated(closed_sets, Gate(entry._PICK_SCAN, entry._PICK_FIXED, entry._PLATFORM, entry._OUTSIDE_SET))
# - local_barriers: goods out or in (_OUTFLOW, _INFLOW), an outside provider used (_OUTSIDE_USE), a local gate
#   (_LOCAL_GATE), a local provider (_LOCAL_PROVIDER), ``_defaulted``'s unregistered firm (_UNREGISTERED);
local_barriers = gated(local_barriers, Gate(competition._OUTFLOW, competition._INFLOW, competition._OUTSIDE_USE,
                                            competition._LOCAL_GATE, competition._LOCAL_PROVIDER,
                                            competition._UNREGISTERED))
# - takeovers: ``_owner_matter``'s officer (_POST, in the sentence), matter (_MATTER_RX, in the header and the sentence)
#   or ``_quota``'s quota handed down (_HANDED_DOWN) — over the header and the sentence;
takeovers = gated(takeovers, Gate(takeover._POST, takeover._MATTER_RX, takeover._HANDED_DOWN),
                  lambda sentence, header="", before="": header + sentence)
# - favours: ``_tied``'s tie (_TIED, over the half before ；and the sentence), the others left or opening the sentence
#   after a procedure spared or an own firm in that half (_OTHERS_LEFT, _OTHERS_OPEN), ``_marked``'s mark (_MARK), a
#   procedure spared (_SPARED) or a fund routed (_ROUTED) — over the half before and the sentence;
favours = gated(favours, Gate(entry._TIED, entry._OTHERS_LEFT, entry._OTHERS_OPEN, entry._MARK, entry._SPARED,
                              entry._ROUTED),
                lambda sentence, header="", before="": entry._joined(sentence, before) + sentence)
# - entry_bars: a cap, a spacing, a freeze or a moratorium (_CAP, _SPACING, _FROZEN, _MORATORIUM), else a threshold
#   (_SIZE, _OWNED, _TITLE, _RECORD, _AWARD, _MEMBER, _CONSENT, _LISTED);
entry_bars = gated(entry_bars, Gate(entry._CAP, entry._SPACING, entry._FROZEN, entry._MORATORIUM, entry._SIZE,
                                    entry._OWNED, entry._TITLE, entry._RECORD, entry._AWARD, entry._MEMBER,
                                    entry._CONSENT, entry._LISTED))
# - takings: a market taken, joined, granted or allotted (_TAKE, _JOIN, _GRANT, _ALLOT), ``_runs``'s operation handed
#   over (_RUN), a pick within a set (_PICK_WITHIN);
takings = gated(takings, Gate(entry._TAKE, entry._JOIN, entry._GRANT, entry._ALLOT, entry._RUN, entry._PICK_WITHIN))
# - reservations: a provider assigned (_ASSIGN) or an ownership only (_OWNERSHIP_ONLY);
reservations = gated(reservations, Gate(allotment._ASSIGN, allotment._OWNERSHIP_ONLY))
# - charged: one of its four shapes (_ACT_FIRST, _RIGHT_FIRST, _SELLS, _BODY_FIRST).
charged_readings = gated(charged_readings, Gate(charged._ACT_FIRST, charged._RIGHT_FIRST, charged._SELLS,
                                                charged._BODY_FIRST))

KINDS = ("withhold", "remove", "liberty", "final", "override", "discretion", "reserve", "intrude", "beyond", "shed",
         "fix", "select", "local", "takeover", "usurp", "expand", "seize", "gate", "drop", "conceal", "shift", "price", "entry", "unreasoned",
         "differ", "favour") + THROUGH_KINDS
# what a rule asks for: a withholding is named by what is withheld (a supply; a qualification for a period; else a
# service or benefit), the other kinds by themselves
NAMES = ("supply", "benefit", "disqualify", "remove", "liberty", "final", "override", "discretion",
         "reserve", "intrude", "beyond", "shed", "fix", "select", "local", "takeover", "usurp", "expand", "seize", "gate", "drop",
         "conceal", "shift", "price", "entry", "unreasoned", "differ", "favour") + THROUGH_KINDS + MISPLACED_NAMES

# ---- who acts: a public body by the closed class of the ends of its names, or anyone it arranges
_PUBLIC = Keyed(re.compile(r"人民政府|政府|办事处|街道|乡镇|(?<![城市])镇(?!压)|(?<!家)乡(?!村)|[^，。；、\s]{1,12}?(局|厅|委员会|委|办公室|中心|站|队)(?![伍员长])"
                     r"|领导小组|指挥部|专班|社区|村委会?|居委会|网格员|执法人员|执法队员|治保人员|行政机关|主管部门|有关部门|"
                     r"学校|卫生室|合作社|集体经济组织|管委会|派出所"))
_ARRANGE = re.compile(r"(协调|组织|委托|通知|商请|函告|函请|提请|要求|联系|责成|安排|指导|督促|会同|派员|指派|请)(?!力量统一)")
# a supplier, a firm or a person named as the one who acts (供电企业可以中止供电; 供水企业应当……恢复供水)
# … or a private person bearing the duty (养犬人应当立即将被伤害人送至医疗机构: the owner's own duty of care, not a body's)
_PRIVATE_ACTOR = re.compile(r"((供水|供电|供气|供热|燃气|电力|自来水|物业服务)(企业|公司|单位)|企业|公司|平台|用人单位|开方|"
                            r"(?<!工作)(?<!执法)(?<!管理)(?<!公职)(?<!工作人)[\u4e00-\u9fff]{1,3}(?:人|者)(?![员民]))"
                            r"(?=[^，。；]{0,6}(可以|应当|有权|须|将|即|依照|依法|不得))")

# ---- the effects
# (round 45, rights45: the refusal by the party it is done for — 村委会不为其出具任何证明材料, 不给其办理; as sanction.refusal
# reads it in review/lexicons/sanctions.toml)
_WITHHOLD_VERB = r"(?:在)?[一二三四五六七八九十两\d]+年内(?:不得|禁止|不予|停止|不再)|终身不得|不得(?=参与|参加|享受|领取)|暂停|停止|中止|终止|切断|断开|限制|暂缓|暂不|不予|不再|取消|停发|扣减|扣发|冻结|收回|不(?=为其|给其)"
# what a body gives a party: a supply, a service done for it, a benefit paid, a standing it holds
_GIVEN = (r"供水|供电|供气|供热|供暖|燃气|用电|用水|水量|电力|生产用电|网络|宽带|通信|信号|电源|水源|气源|出租|租赁|"
          r"提供|服务|办理|出具|开通|运行|注册|学籍|手续|证明|事项|"
          r"享受|发放|分配|分红|兑现|拨付|补贴|补助|福利|待遇|奖励|资金|收益|股金|"
          r"资格|参加|参与|承接|申报|评优|评先|结算|定点|业务|申领|报名|从事|受聘|投标|"
          r"保障|救助|低保|受理其|"
          # round 27 (coerce27b): the supply named by the word for supplying, its kind by who supplies it (协调供水、供气
          # 企业暂停供应; 函告供电企业对其生产场所停止供应) — read only where a supplier is named (``_SUPPLIER_NAMED``)
          r"供应(?![商链])")
_WITHHOLD = re.compile(rf"({_WITHHOLD_VERB})(?!要求|收取|征收|处罚|罚款|追究|行政处罚)(对|为|向)?(其|该|本)?[^，。；]{{0,14}}?({_GIVEN})")
_SUPPLY = re.compile(r"供水|供电|供气|供热|供暖|燃气|用电|用水|水量|电力|[断停](水|电|气)|网络|宽带|通信|信号|电源|水源|气源|"
                     r"供应(?![商链])")
# a supplier of a utility by its trade and the ending of its name (供水、供气企业; 供电单位; 燃气公司; 通信运营企业)
_SUPPLIER_NAMED = re.compile(r"(供水|供电|供气|供热|供暖|燃气|电力|自来水|水务|热力|电网|通信|电信|网络)[^，。；]{0,6}?(企业|单位|公司)")
_QUALIFICATION = re.compile(r"资格|参加|参与|承接|申报|评优|评先|定点|业务|投标")
# round 32 (look32): 解除扣留 lifts a measure (行政强制法 第二十八条), it removes nothing
_REMOVE = re.compile(r"(?<!自行)(?<!限期)(?<!责令)(?<!履行)(?<!要求)(?<!解除)(?<![不未])(强制|强行|直接|统一|集中|现场|当场|就地|组织[^，。；]{0,8}?)?"
                     r"(拆除|清除|拆毁|(?<=其)拆卸|拆卸其|拆下其|卸下其|收缴(?!违法所得|罚没)|暂扣|扣押|扣留|查封|封闭|封存|锁闭|张贴封条|销毁|(?<!户口)(?<!户籍)迁出(?!地|手续|登记)|起尸|移除|拖离|拖走|拖移|拖运|清走|"
                     r"强制清理|强制搬迁|强制腾退|冻结其[^，。；]{0,6}(存款|账户|资金)|划拨|扣划|"
                     # round 38 (power38): the party's goods sold or kept as ownerless by the body (变卖, 按无主物品处置:
                     # 行政强制法 第十三条 — an enforcement a law sets; 第二十八条 — what is held is returned)
                     r"(?<!公开)(?<!依法)变卖|(按|作为|视为|视作|当作)(无主|无人认领)[^，。；]{0,4}(处置|处理|变卖)|"
                     # round 16: premises closed by the body itself (先行关闭, 强行关闭其养殖场所, 直接予以关停)
                     r"(?<=先行|强制|强行|直接|立即|即行|予以)关闭|关停)"
                     r"(?!处理|公告|决定|通知|费用|产生|工作|方案|范围|期限|物|的|所需|所产生|后|前|完毕|到位)")
_LIBERTY = re.compile(r"带离|带至|带到|带回|接回|(?<![推发报抄移转递呈传])(送至|送往|送到)|押送|看管(?!所)|看护(?!所)|看守(?!所)|留置|"
                      r"(接返|带返)(?!工作)|将其控制|不得(让|允许|准许)其[^，。；]{0,6}离开|(二十四小时|24小时|全天候|全天|全程)[^，。；]{0,4}(陪护|看护|陪同|跟随|盯守|守候|监护|看守)|限制[^，。；]{0,6}(人身|离开|外出|出行)|"
                      r"集中(进行|参加|开展)?[^，。；]{0,12}(教育|学习|疏导|训诫|培训)|学习班|法制学习|(?<!安全)警示教育|教育疏导")
_FINAL = re.compile(r"(为|是|即为|具有|作为)(最终|终局)|最终(效力|结果|结论|决定)|"
                    r"不停止(拆除|执行|实施)|不影响[^，。；]{0,14}(拆除|执行|实施)|"
                    r"(不再|无需|无须|不必|不用)(申请|经)?人民法院|"
                    r"无条件服从|不得(提出|提起|进行)?(异议|陈述|申辩)|不(接受|受理|予受理)[^，。；]{0,4}(申诉|复议|异议|复核|诉讼)|"
                    # the party's review, suit or complaint closed (不得申请行政复议或者提起行政诉讼; 不得提起申诉; 只能向本局申请复查)
                    r"不得(再)?(申请|提起|提出)[^，。；]{0,4}(行政复议|复议|行政诉讼|诉讼|申诉)|只能向本[^，。；]{0,6}申请[^，。；]{0,4}(复查|复核|复议)|"
                    r"以[^，。；]{0,16}的?(认定|确认|核定|决定|意见)为准")
_OVERRIDE = re.compile(r"不得(另行|自行)[^，。；]{0,4}(约定|协商|商定|变更|确定)|约定(一律)?无效|"
                       r"(须|需|应当|必须)(报|经)[^，。；]{0,24}?(确认|同意|审查|审核|批准|备案|核准|审定|认可|签字|盖章)[^，。；]{0,6}?"
                       r"(方为有效|才能生效|方能生效|方可生效|始生效力|才有效|方生效|后生效|才生效|方有效|始得生效)")
# a private act whose validity is made to hang on a body's confirmation, with no modal (……签订的合同，经……确认后方为有效)
_VALID_ONLY = re.compile(r"(合同|协议|决议|约定|章程|选举结果)[^。；]{0,24}?(经|报)[^。；]{0,20}?(确认|同意|审查|审核|批准|认可|盖章)"
                         r"[^，。；]{0,4}?(方为有效|才能生效|方能生效|方可生效|才有效|方有效|始生效力|方生效|才生效)")
_DISCRETION = re.compile(r"(酌情|酌定)(处理|决定|处置)|(自行|视情况?|根据(工作需要|实际情况|实际需要|需要)[^，。；]{0,4}?(自行)?)[^，。；]{0,6}?"
                         r"(决定|采取|确定|处理|处置)[^，。；]{0,12}(处理方式|措施|如何处理|处理办法)|"
                         r"凡[^，。；]{0,24}(认为|认定)[^。；]{0,40}?(均|都|一律)[^，。；]{0,6}(可|有权)|"
                         r"(其认为|认为)(适当|必要|合适)的?(处理)?措施")
# each searched only in a sentence that holds a key its matches need (``Keyed``, exact): most sentences lay no effect, and
# these patterns open with an optional word or a lookbehind, which the regex engine would try at every character
_PATTERNS = tuple((kind, Keyed(rx)) for kind, rx in (
    ("withhold", _WITHHOLD), ("remove", _REMOVE), ("liberty", _LIBERTY), ("final", _FINAL),
    ("override", _OVERRIDE), ("override", _VALID_ONLY), ("discretion", _DISCRETION)))
# open-ended discretion reads only over what the document leaves open (未作规定、未列明、其他、凡……)
_OPEN = re.compile(r"未尽|未作规定|未列明|未规定|未明确|其他|凡|具体问题|各类")

# ---- on what trigger
_NONCOMPLIANCE = re.compile(r"拒不|拒绝|不配合|未配合|不服从|不听|不参加|未参加|不履行|未履行|未缴|未交|拖欠|欠缴|阻挠|阻拦|"
                            r"逾期(不|未)|未按(时|期|规定|要求)?|未(签订|签署|作出承诺|承诺|录入|接种|缴清|息访)|不息访|缠访|闹访|涉嫌|非法|未在[^，。；]{0,10}内|未自行|不自行|仍不|越级|上访|"
                            r"违反|违规|违法|违章|擅自|私自|乱搭|不听劝阻|滋事|强行拉客|舞弊|投诉查实|未经(批准|许可|审批|同意)|"
                            r"被[^，。；]{0,10}(发现|查实|查处|认定)|(存在|发现)[^，。；]{0,8}(隐患|问题)|"
                            # round 27 (coerce27b): the act kept up after an order or a warning (经责令停止后仍继续办班)
                            r"(责令|劝阻|制止|催告|告诫|警告)[^，。；]{0,16}?仍(?!应|须|需|可)|仍(继续|然继续)|"
                            # round 28 (fcfee28): conduct named by the list of acts a text forbids (有本办法第十二条所列行为的;
                            # 有下列行为之一的)
                            r"有[^，。；]{0,20}?(所列|下列|以下|前款|上述)[^，。；]{0,6}?行为(之一)?的")
_NOT_DOING = re.compile(r"拒|(?<![是])不(?!得|予|符合|再符合|足|满|具备|具有|属于|在|超过|低于|高于|同|等|少于|宜|能|明|清|详|齐|全|完整|一致|准确|确定)|"
                        r"未(?!达到|满|成年|婚|取得|超过|列入|纳入|经)|没有(?!达到)|违|擅自|非法|无证|无照|"
                        r"被[^，。；]{0,8}(投诉|举报|查|发现)")
# … and of those, the party's refusing or not doing what is asked of it (the leverage grammar), not its breach of a
# scheme's own rules (违反医疗保险规定: the scheme's sanction, read by the penalty rules)
_REFUSING = re.compile(r"拒|(?<![是])不(?!得|予|符合|再符合|足|满|具备|具有|属于|在|超过|低于|高于|同|等|少于|宜|能|明|清|详|"
                       r"齐|全|完整|一致|准确|确定)|未(?!达到|满|成年|婚|取得|超过|列入|纳入|经)|没有(?!达到)")
_OF_PARTY = re.compile(r"(?:^|[，,；;])对([^，。；]{2,40})的[^，。；的]{0,10}[，,]")


def noncompliance(header: str, before_effect: str) -> bool:
    """Whether the effect's condition names the party's non-compliance: one of the trigger words, or a condition
    (……的，; 对……的……，) whose verb is negated or refused (不按要求搬离, 未返校, 拒绝安装) or a finding against it."""
    if _NONCOMPLIANCE.search(header + before_effect):
        return True
    # round 43 (concept43b): … or a misdeed the party did (发布虚假公告的; 提供虚假业绩骗取中标的; 发生虐待老年人事件的;
    # 偷工减料的 — review/lexicons/detriment.toml detriment.misdeed), in the effect's condition
    if any(MISDEED.search(c) for c in conditions(header, before_effect)):
        return True
    return any(_NOT_DOING.search(c) and not _GROUND.search(c) for c in conditions(header, before_effect))


def conditions(header: str, before_effect: str) -> list[str]:
    """The conditions an effect stands under: the sentence's ……的， phrase, its 对……的 phrase, the list header."""
    found = [condition_of(before_effect), header] + [m.group(1) for m in _OF_PARTY.finditer(before_effect)]
    return [c for c in found if c]


_PERIOD = re.compile(r"[一二三四五六七八九十两半\d]+(个)?(年|月|日|天|小时)(内)?|终身|永久")
_UNTIL = re.compile(r"(直至|直到|(?<![接期对招等看优])待)[^。；]{0,24}?(为止|后|时)?(?=[，。；]|$)|在[^，。；]{0,20}之前")

# ---- on what basis, and why the same grammar may be lawful
# (round 31, power31 and fc31: not the quoted name of a list a body keeps or a paper it issues — 《优质产品推荐目录》,
# 《……名录》, 《……清单》, 《……备案回执》, 《……确认书》: the set the party is sent to or the measure's own object, no
# rule cited; a 《……证明》 stays, as in burden.py)
_CITED = re.compile(r"《[^》]{2,40}(?<!目录)(?<!名录)(?<!清单)(?<!名单)(?<!回执)(?<!确认书)(?<!决定书)(?<!通知书)》")
_GENERAL = re.compile(r"(?<!除)依法(?!律)|按规定|依照(法律|其规定)|法律、法规规定|依照有关(法律|规定)|按照有关(法律|规定)|依照规定|按照规定|依据有关")
# for a measure on the person or his things (``remove``, ``liberty``): 未按规定, 不按照有关规定 name the party's breach,
# not a basis (as review/lexicons/basis.toml reads it) — round 16. A withheld benefit keeps the looser reading: there
# 未按照规定缴纳契税的，不予办理登记 is the statute's own words (契税法 第十三条) more often than not
_GENERAL_STRICT = re.compile(r"(?<!除)(?<![未不没])依法(?!律)|(?<![未不没])按规定|依照(法律|其规定)|法律、法规规定|(?<![未不没])依照有关(法律|规定)|"
                             r"(?<![未不没])按照有关(法律|规定)|(?<![未不没])依照规定|(?<![未不没])按照规定|依据有关")
_RESERVED = re.compile(r"另有规定")
_PROHIBIT = re.compile(r"不得|严禁|禁止|不准|不许|不能|任何单位和个人")
# a prohibition whose phrase runs on past a comma (不得因……，而限制其子女入学; 不得……，迫使当事人履行拆除……决定)
_FORBIDS_ACROSS = re.compile(r"(不得|严禁|禁止)[^。；]*[，,]$")
_FOR_REASON = re.compile(r"(不得|严禁|禁止)(以|因)[^。；]*(为由|之故)[，,]$")
_JOINED = re.compile(r"^(而|迫使|或者|或|以|致使|强迫|逼迫|借此|从而)")
# the measure named, not laid (本办法不另行设定罚款、没收; 执法人员实施扣押时)
_NAMED = re.compile(r"设定|设立|另行规定")
_CONTRACT = re.compile(r"(按照|依照|根据)[^，。；]{0,6}(协议|合同)|约定|解除[^，。；]{0,4}(协议|合同)")
_GROUND = re.compile(r"不(齐|全|完整|清|一致|准确|真实|合格|达标)|还款|还贷|申报|提交|提供|出具|虚假|骗取|欺骗|不正当手段|冒领|冒用|隐瞒|伪造|不如实|驳回|转租|转借|超过[^，。；]{0,10}标准|不符合|不再符合|不在本县|尚未(处理|办结|结案|处理终结)")
_BILL = re.compile(r"水费|电费|燃气费|气费|热费|供暖费")
# words any trigger and any benefit share, which say nothing of their being related
_COMMON = frozenset(["家庭", "本人", "人员", "其家", "当年", "年度", "相关", "有关", "各类", "申请", "办理", "手续", "其子",
                     "子女", "本县", "本市", "规定", "按照", "一律", "村民", "居民", "其本", "当期", "成员", "家长"])


_BARE_SUBJECT = re.compile(r"^[^，,。；;的]{1,8}$")      # 签约居民 before 未按要求……: only the party's name
_REFUSAL_AT = re.compile(r"拒不|拒绝|未按|不按|未(?!满|达|成年|婚)|(?<![是])不(?!得|予|符合|再|足|满|具备|具有|属于|在|超过|低于|高于|同|等|少于)")
_CONDITION_END = re.compile(r"的[^，,。；;的]{0,6}[，,]")


def condition_of(before: str) -> str:
    """The condition a sentence opens with (……的，; ……的农户，: a 的 and at most a short noun before a comma): the text
    up to its last such 的, else nothing."""
    ends = [m.start() for m in _CONDITION_END.finditer(before)]
    return before[:ends[-1]] if ends else ""


# round 21: a charge the party owes (拖欠物业服务费, 欠缴停车管理费, 家庭成员未按期缴纳医疗保险费): its only lawful link is
# the supply or scheme the charge pays for — the supplier's own supply (民法典 第六百五十四条), the insurance's own
# benefit —, never a certificate, a relief, a vote or a school place (不当联结; 立法法 第九十三条第六款). Wages and
# contract sums a firm owes are other debts (保障农民工工资支付条例 sets their sanctions): not read here.
_DEBT = re.compile(r"(拖欠|欠缴|欠交|欠付|所欠|未缴清|未结清|未缴纳|未交纳|未缴|未交|不缴纳|不交纳|未(按时|按期|足额|按规定|按照)"
                   r"[^，。；]{0,16}?(缴纳|交纳|交|缴))(?!工资|薪|工程款|货款)[^，。；]{0,16}?(?<![工薪])"
                   r"(费用|费|租金|承包金)")
_CHARGE_COMMON = frozenset(["服务", "管理", "维护", "使用", "费用", "城乡", "基本", "缴纳", "交纳", "按时", "按期", "足额",
                            "拖欠", "欠缴", "累计", "超过", "个月"])
_CHARGE_OR_COMMON = _COMMON | _CHARGE_COMMON


def owed(trigger: str) -> str:
    """The charge a trigger says the party owes (拖欠物业服务费 → 物业服务费), or ""."""
    m = _DEBT.search(trigger)
    if m is None:
        return ""
    return trigger[m.end(1):m.end()]


# round 34 (pen34): when and where, not what — a period (一年内, 两年内, 六个月), a count (三次以上) or the place's own scope
# (在本区范围内) stands in a trigger and in a bar alike (一年内被投诉三次以上的旅行社，……两年内不得承接……业务: both hold
# 年内) and says nothing of the benefit's being the one the party broke the terms of
_WHEN_AND_WHERE = re.compile(rf"{_SPAN}(?:内|以内|之内)?|[一二三四五六七八九十两\d]+(?:次|起|户|人)(?:以上|及以上)?|"
                             r"(?:在)?本(?:县|市|区|镇|乡)(?:行政区域|范围)?(?:内)?|(?:全|本)(?:县|市|区|镇|乡)范围内?")


def related(trigger: str, withheld: str) -> bool:
    """Whether the trigger and the thing withheld share a word (two characters, not a common one): the benefit
    withheld for breaking its own terms, not as leverage for an unrelated demand. Where the trigger is a refusal or an
    omission (签约居民未按要求参加年度健康体检的), only what was refused or omitted counts: the party's own name
    (签约居民) says who he is, not what he failed to do (round 19). Where it is a charge owed, only the charge's own
    name counts (round 21: 物业服务费 and 出具证明等服务事项 share no more than 服务)."""
    trigger, withheld = _WHEN_AND_WHERE.sub("|", trigger), _WHEN_AND_WHERE.sub("|", withheld)
    charge = owed(trigger)
    if charge:
        return _share_a_pair(charge, withheld, _CHARGE_OR_COMMON)
    refused = _REFUSAL_AT.search(trigger)
    if refused and _BARE_SUBJECT.match(trigger[:refused.start()]):
        trigger = trigger[refused.start():]
    return _share_a_pair(trigger, withheld, _COMMON)


def _share_a_pair(words: str, other: str, common) -> bool:
    """Whether ``other`` holds a two-character run of ``words`` that is not in ``common``."""
    pairs = {words[i:i + 2] for i in range(len(words) - 1)} - common
    return any(other[i:i + 2] in pairs for i in range(len(other) - 1))


# the party's own refusal of a demand the body makes (the leverage grammar): what a benefit may not be withheld for
# (round 19: obstructing the body's own project — 阻挠基站建设, 阻碍征迁 — is refusing it too)
_LEVERAGE = re.compile(r"拒不|拒绝|不配合|未配合|不服从|不听|不参加|未参加|不履行|未履行|越级|上访|缠访|闹访|不息访|"
                       r"未(签订|签署|作出承诺|承诺|录入|接种|缴清|参加)|未按时|阻挠|阻碍|阻拦|妨碍|抵制")


def leverage_item(item: str) -> bool:
    """Whether a list item is a case of leverage: a charge owed to another or a demand refused (round 21)."""
    return bool(owed(item) or _LEVERAGE.search(item))


# the body's own act after its order (在下达限期拆除通知的次日组织人员清除): the order is named, the body removes
_AFTER_ORDER = re.compile(r"的|组织|调集|安排|派员|由")


def _ORDERED_LAST(before: str) -> int:
    """Where the last 责令/限期/督促 in ``before`` ends."""
    found = list(_ORDERED.finditer(before))
    return found[-1].end() if found else 0


_PROCEDURE_BARRED = re.compile(r"人民法院|不停止|不影响")
_ORDERED = re.compile(r"责令|限期|督促")
# a condition that is the party's standing, not a demand it refused (违法犯罪记录, 违反计划生育): the rights rules on
# origin and record read those
_STATUS_ONLY = re.compile(r"记录|前科|违法犯罪|计划生育|政策外|超生|户籍")
_GOVERNMENT_FIRST = re.compile(r"^(第[^条]{1,8}条\s*)?(各|本|县|市|区|镇|乡)?[^，。；的]{0,8}(人民政府|乡镇|街道办事处|部门|机关)")
_HIGHER = re.compile(r"省|自治区|国务院|部(?!门)")
_OWN_CONDUCT = re.compile(r"擅自$")
_COURT = re.compile(r"人民法院|法院")
_COURT_BARRED = re.compile(r"(不再|无需|无须|不必|不用)(申请|经)?人民法院")
_CARE = re.compile(r"(医疗机构|医院|卫生院|卫生室|急救|救助站|救助管理机构)[^，。；]{0,8}(救治|治疗|就医|就诊|诊治|抢救|救助)|(救治|抢救|就医|就诊)")
_VOLUNTARY = re.compile(r"自愿|随时申请离开|可以申请离开")
_ARBITRATION = re.compile(r"仲裁")
_CONTINUES = re.compile(r"^(同时|并|并且|另外|此外|且|还)")


@dataclass(frozen=True, slots=True)
class Effect:
    """One effect a sentence lays: its ``kind`` (``KINDS``), where it stands (sentence offsets) and what it says;
    who acts (``public`` | ``arranged`` | ``private`` | ``unknown``); the party's trigger (``noncompliance`` |
    ``none``); the until-clause and the period, as written; the basis (``cited`` | ``general`` | ``reserved`` |
    ``none``); and ``guard``: why the same grammar is lawful here, or ``""``."""

    kind: str
    start: int
    end: int
    text: str
    actor: str
    trigger: str
    until: str
    period: str
    basis: str
    guard: str
    object: str = ""        # the rest of the phrase after the effect's words: what is withheld or removed
    bar: bool = False       # a period-bound bar on the party's standing or activity (review/norms/measure.py)

    @property
    def laid(self) -> bool:
        """Whether the sentence lays the effect on a private party itself, unguarded, without a basis."""
        if self.guard or self.basis != "none":
            return False
        return self.kind in ("final", "override", "discretion", "reserve", "intrude", "beyond", "shed", "fix", "select",
                             "local", "takeover", "usurp", "expand", "seize", "gate", "drop", "conceal", "shift", "price", "entry", "unreasoned", "differ",
                             "favour") + THROUGH_KINDS or self.kind.startswith("misplaced_") \
            or self.actor in ("public", "arranged", "unknown")

    @property
    def name(self) -> str:
        """The effect's name among ``NAMES``."""
        if self.kind != "withhold":
            return self.kind
        if self.bar:
            return "disqualify"
        if self.on_supply:
            return "supply"
        return "disqualify" if self.on_qualification and self.period else "benefit"

    @property
    def on_supply(self) -> bool:
        return self.kind == "withhold" and _SUPPLY.search(self.text + self.object) is not None

    @property
    def on_qualification(self) -> bool:
        return self.kind == "withhold" and _QUALIFICATION.search(self.text + self.object) is not None


def _segment(sentence: str, at: int) -> tuple[int, int]:
    """The comma phrase holding offset ``at``."""
    lo = start_after(sentence, at, "，,；;：:")
    return lo, end_before(sentence, at, "，,；;。")


def actor_of(sentence: str, at: int) -> str:
    """Who does the effect at ``at``: ``arranged`` (a body arranges it: 协调供电单位暂停……), ``public`` (the nearest
    named actor before it is a public body), ``private`` (a supplier or firm acting on its own) or ``unknown``
    (no actor named: the document's own measure)."""
    before = sentence[:at]
    public = [m for m in _PUBLIC.finditer(before)]
    private = [m for m in _PRIVATE_ACTOR.finditer(before)]
    arranged = [m for m in _ARRANGE.finditer(before)]
    if public and arranged and arranged[-1].start() >= public[-1].start():
        return "arranged"
    last_public = public[-1].end() if public else -1
    last_private = private[-1].end() if private else -1
    if last_private > last_public:
        return "private"
    if public:
        return "public"
    return "unknown"


# the disposition after a measure ends (先行查封……，待调查终结后依法处理): how the matter is then decided, not a basis for
# the measure laid before it
_DISPOSED_AFTER = re.compile(r"待[^，。；]{1,30}?(后|终结|结束|完毕)[^，。；]{0,4}依法[^，。；]{0,4}(处理|处置|作出[^，。；]{0,4}决定)"
                             r"|在[^，。；]{0,4}依法[^，。；]{0,12}?(决定|处理|处罚|查处)(之前|以前|前)")
# the thing is the party's: named as its (其……), or the party bears the cost of the act (拆除费用由违法建设者承担; not
# the treasury's or the body's own: 拆除费用由县财政承担)
_ITS = re.compile(r"^[^，。；]{0,4}其|(对|将|把)其[^，。；]{0,12}$")
_PARTY_PAYS = re.compile(r"(费用|开支|支出)[^，。；]{0,4}由(?![^，。；]{0,8}(财政|政府|本级|机关|本单位|本局|集体))[^，。；]{1,12}(承担|负担|支付)|"
                         # round 38 (power38): the sale's proceeds pay the party's costs or debts (变卖所得冲抵清障费用)
                         r"^[^，。；]{0,4}所得[^，。；]{0,6}(冲抵|抵缴|抵扣|抵偿|偿还|清偿|支付|用于)")


def _party_thing(sentence: str, m) -> bool:
    """Whether what is removed at ``m`` is the party's: 其 next to it, or the party bearing the cost after it."""
    return bool(_ITS.search(sentence[m.end():m.end() + 6]) or _ITS.search(sentence[max(0, m.start() - 16):m.start()])
                or _PARTY_PAYS.search(sentence[m.end():]))


_TENDER_SCOPE = re.compile(r"依法(?=(?:必须)?(?:进行)?(?:公开)?招标)")


def _basis(sentence: str, header: str, kind: str = "") -> str:
    both = _DISPOSED_AFTER.sub("", header + sentence)
    if _CITED.search(both):
        return "cited"
    if _RESERVED.search(both):
        return "reserved"
    if (_GENERAL_STRICT if kind in ("remove", "liberty") else _GENERAL).search(both):
        return "general"
    return "none"


_REMEDY_OWN_BASIS = re.compile(r"依法(?=[^，。；]{0,4}(申请|提起|向人民法院|起诉))")
# round 26 (powerrights26): the lawfulness of the body's own measure in the condition of a liability it sheds (依法采取处置
# 措施给当事人造成损失的，一律不予赔偿) is the measure's, not a basis for shedding the liability (国家赔偿法 第四条 owes it
# for lawful acts too only where a law says so; the sentence names no such law)
_MEASURE_OWN_BASIS = re.compile(r"依法(?=[^，。；]{0,12}?(?:采取|实施|履行|开展|执行|作出|组织|进行)[^。；]{0,30}?造成)")
_COST_OF = re.compile(r"(的)?(费用|费|成本|开支|支出|经费)(?!用于)")


def _guard(kind: str, sentence: str, m, actor: str, trigger: str, header: str = "") -> str:
    """Why the effect ``m`` in ``sentence`` is lawful; ``header``: what stands before it (its list header and the
    clause's preceding text; for an effect in a list header, the item)."""
    lo, _ = _segment(sentence, m.start())
    before = sentence[lo:m.start()]
    own_negation = m.group(0).startswith("不")
    if not own_negation and (_PROHIBIT.search(before) or _FORBIDS_ACROSS.search(sentence[:lo])
                             and _JOINED.match(sentence[lo:m.start()]) or _FOR_REASON.search(sentence[:lo])):
        return "protective"       # 不得以……为由停止供水; 任何单位和个人不得以停止供电……等方式
    if kind == "withhold" and _GOVERNMENT_FIRST.match(header[-80:] if header else sentence):
        return "government_bearer"  # 各乡镇人民政府的年度债务计划……未经批准的，县财政局不予拨付资金: no private party
    if kind == "remove" and _ORDERED.search(before) and not _AFTER_ORDER.search(before[_ORDERED_LAST(before):]):
        return "ordered"          # 责令限期无偿拆除: the party is ordered to remove, the body removes nothing
    if kind in ("withhold", "remove") and (_NAMED.search(before) or sentence[m.end():m.end() + 1] == "时"):
        return "named"
    if kind in ("withhold", "remove", "liberty") and (named_as_cause(sentence, m.start(), m.end())
                                                     or _COST_OF.match(sentence, m.end())):
        return "named"            # 因查封经营场所发生的看管费用: who bears what the measure caused, or its cost
    seg_end = _segment(sentence, m.start())[1]
    if kind in ("withhold", "remove", "liberty") and sentence[seg_end - 1:seg_end] == "的" \
            and sentence[seg_end:seg_end + 1] in "，,":
        return "in_condition"     # 非法扣押他人居住证的，……: the effect names the party's conduct, the trigger
    if kind in ("withhold", "remove", "liberty") and sentence[seg_end - 1:seg_end] == "的" \
            and not sentence[seg_end:].strip(" ；;。.") and header.rstrip().endswith(("：", ":")):
        return "in_condition"     # ……有下列行为之一的，处……罚款：（二）非法扣押他人居住证的；: an item of a list of cases
    if kind in ("withhold", "remove") and _CONTRACT.search(sentence):
        return "contract"         # 甲方有权按照本协议的约定收回已拨付的资金
    if kind == "withhold" and _GROUND.search(sentence[:m.start()] + header):
        return "ground"           # the benefit's own condition fails (骗取, 收入超过标准, 尚未处理完毕)
    if kind == "withhold" and _BILL.search(sentence[:m.start()] + header) \
            and (_SUPPLY.search(sentence[m.start():seg_end]) or not owed(sentence[:m.start()] + header)):
        return "bill"             # the supply's own bill unpaid (round 21: what is withheld is the supply, not a certificate)
    phrase = sentence[m.start():seg_end]
    # (round 34, pen34: a qualification or a business barred for a period is a sanction however close to the conduct —
    # 限制开展生产经营活动、限制从业, 行政处罚法 第九条第（四）项 —, not a benefit's own terms)
    if kind == "withhold" and not _SUPPLY.search(phrase) and not _period_bound(sentence, m) \
            and related(condition_of(sentence[:m.start()]) + header, sentence[m.start():seg_end]):
        return "related"          # the benefit withheld for breaking its own terms (转借公租房的，取消其公租房保障)
    if kind == "withhold" and not _SUPPLY.search(phrase) and not _period_bound(sentence, m) \
            and not _LEVERAGE.search(condition_of(sentence[:m.start()]) + header + sentence[:m.start()]) \
            and not owed(condition_of(sentence[:m.start()]) + header + sentence[:m.start()]) \
            and not any(_REFUSING.search(c) and not _GROUND.search(c) and not _STATUS_ONLY.search(c)
                        for c in conditions(header, sentence[:m.start()])):
        return "no_leverage"      # a benefit withheld on a ground of its own scheme, not for refusing a demand
    if _OWN_CONDUCT.search(before):
        return "conduct"          # 养老机构擅自暂停服务的行为: the party's own conduct described
    if kind == "final" and _HIGHER.search(header + sentence[:m.start()]):
        return "law_describes"    # a higher body's final word, as the law gives it
    if kind == "liberty" and m.group(0)[:1] in "送" and not re.search(r"(其|人员|人|者)[^，。；]{0,8}$", before):
        return "not_a_person"     # 将申领材料送至……中心
    if kind in ("withhold", "remove", "liberty") and actor == "private":
        return "private_actor"    # the supplier's own right or duty (检修停水; 依照民法典中止供电)
    if _COURT.search(sentence) and not _COURT_BARRED.search(sentence):
        return "court"            # 依法申请人民法院强制执行; 人民法院裁定准予执行的
    if kind == "liberty" and _CARE.search(sentence[m.end():]) and not re.search(r"强制|强行", sentence):
        return "care"             # 养老机构应当将突发疾病的老年人送至医疗机构救治: a duty of care, no restraint
    if kind == "liberty" and _VOLUNTARY.search(sentence):
        return "voluntary"
    if kind == "final" and _ARBITRATION.search(sentence):
        return "law_describes"    # 劳动争议调解仲裁法 第四十七条's final awards
    if kind in ("withhold", "remove") and trigger == "none" and not (kind == "remove" and _party_thing(sentence, m)):
        return "no_trigger"       # the body's own things or its own duty (拆除本级政府投资建设的临时安置房)
    if kind == "discretion" and not _OPEN.search(sentence):
        return "not_open"         # 根据工作需要合理安排执法人员: the body's own work
    return ""


def _period_bound(sentence: str, m) -> bool:
    """Whether the withholding at ``m`` bars a qualification or a business (``_QUALIFICATION`` in its phrase) for a
    period (``_PERIOD`` from its phrase on): a bar of standing, not a benefit's own terms."""
    lo, hi = _segment(sentence, m.start())
    return bool(_QUALIFICATION.search(sentence[m.start():hi]) and _PERIOD.search(sentence[lo:]))


def _basis_beside_exception(sentence: str, at: int, header: str, basis: str) -> str:
    """The basis of a measure at ``at``: a law cited only for what an exception sets aside (除依照《……》第四十一条处理外，
    另……暂停其……) is no basis for the measure the body adds beside it (round 28, fcfee28; round 43 for the effect
    patterns too)."""
    return _basis(without_excepted(sentence, at), header) if basis == "cited" else basis


@functools.lru_cache(maxsize=1024)     # a list header is read again for each of its items (``laid`` is remembered too)
def effects(sentence: str, header: str = "", before: str = "") -> tuple[Effect, ...]:
    """Every effect ``sentence`` (a list item under ``header``; ``before`` the clause text before it) lays."""
    out: list[Effect] = []
    basis = _basis(sentence, header)          # the sentence's, for every effect it lays
    for kind, rx in _PATTERNS:
        for m in rx.finditer(sentence):
            if kind == "withhold" and m.group(4).startswith("供应") and not _SUPPLIER_NAMED.search(sentence):
                continue          # 停止供应 of goods, no supplier named: not a supply cut
            prior = sentence[:m.start()]
            if noncompliance(header, prior):
                trigger = "noncompliance"
            elif _CONTINUES.match(sentence) and _NONCOMPLIANCE.search(before):
                trigger = "noncompliance"   # ……的，通报批评。同时暂停其……资格一年
            else:
                trigger = "none"
            actor = actor_of(sentence, m.start())
            if actor == "unknown" and _CONTINUES.match(sentence):
                actor = actor_of(before, len(before))
            tail = sentence[m.end():]
            until = _UNTIL.search(tail)
            lo, _ = _segment(sentence, m.start())
            period = _PERIOD.search(sentence[lo:])
            own_basis = _basis_beside_exception(sentence, m.start(), header, basis)
            out.append(Effect(kind, m.start(), m.end(), m.group(0), actor, trigger,
                              until.group(0) if until else "", period.group(0) if period else "",
                              own_basis if kind not in ("remove", "liberty") else _basis(sentence, header, kind),
                              _guard(kind, sentence, m, actor, trigger, header + before[-80:]),
                              sentence[m.end():_segment(sentence, m.start())[1]]))
    # round 26 (sanction26): a bar on the party's standing or activity for a period, whatever is barred; a thing held
    # until its release, whatever the verb that takes it (review/norms/measure.py)
    for start, end, period in bars(sentence):
        if any(e.kind == "withhold" and start <= e.start < end and e.name == "disqualify" and not e.guard for e in out):
            continue      # read already as a qualification withheld for a period
        m = _MatchAt(sentence, start, end)
        trigger = _trigger(sentence, start, header, before)
        actor = actor_of(sentence, start)
        if actor == "unknown" and _CONTINUES.match(sentence):
            actor = actor_of(before, len(before))
        # the graded case of the conduct told before (依照《条例》第四十三条，……的，……给予警告；情节严重的，责令停业整顿
        # 一个月至三个月): the article the sentence before cites is this one's basis (not a bare 依法 there: 依法予以处罚；
        # 情节严重的，暂停其……一年 adds the bar to the law's penalty)
        own_basis = "cited" if basis == "none" and _GRADED.match(sentence) \
            and _basis(_last_sentence(before), "") == "cited" else basis
        # round 28 (fcfee28): a law cited for what the exception sets aside (除依照《……》第四十一条处理外，另……暂停其……)
        # is no basis for the bar the body adds beside it
        if basis == "cited":
            own_basis = _basis_beside_exception(sentence, start, header, basis)
        out.append(Effect("withhold", start, end, sentence[start:end], actor, trigger, "", period, own_basis,
                          _bar_guard(sentence, m, actor, trigger, header + before[-80:]), "", True))
    for start, end, release in holds(sentence):
        if any(e.kind == "remove" and start <= e.start < end and not e.guard for e in out):
            continue
        m = _MatchAt(sentence, start, end)
        actor = actor_of(sentence, start)
        trigger = _trigger(sentence, start, header, before)
        # a thing held on a condition about the party or its thing (……的，; 对……的车辆，); with none, a custody of the
        # body's own course (学校可以统一保管，待放学后归还) is not read
        conditioned = trigger == "noncompliance" or bool(header or condition_of(sentence[:start])
                                                          or _OF_PARTY.search(sentence[:start]))
        guard = _guard("remove", sentence, m, actor, "held", header + before[-80:]) if conditioned else "no_trigger"
        out.append(Effect("remove", start, end, sentence[start:end], actor, trigger, release, "",
                          _basis(sentence, header, "remove"), guard, ""))
    # round 23: fair competition as four readings (review/norms/competition.py; ownership is reservations' own): a
    # provider the government names or fixes, a tie to the locality, a price floored or fixed — one reading a sentence
    reserved = reservations(sentence) or designations(sentence, header) or closed_sets(sentence, header) \
        or takings(sentence, header)
    if all(guard for *_, guard in reserved):
        # round 37 (fc37): the providers the government chose, named without 指定 (review/norms/chosen_provider.py) —
        # read where no other reading lays the reservation (its own guards decide: 定点刻章店 of a 政务服务中心's
        # arranging, with the others shut out, is no service of the body's own)
        reserved = [s for s in provider_spans(sentence, header, before) if not s[2]] or reserved
    for start, end, guard in reserved:
        out.append(Effect("reserve", start, end, sentence[start:end], "public", "none", "", "", basis, guard))
    if not any(e.kind == "reserve" for e in out):
        # (round 30, money30: 依法 of a tender's scope — 本市依法必须招标的……工程 — is no basis of a tie laid on its bidders)
        local_basis = _basis(_TENDER_SCOPE.sub("", sentence), header) if basis == "general" else basis
        for start, end, guard in local_demands(sentence, header) or local_barriers(sentence, header):
            out.append(Effect("local", start, end, sentence[start:end], "public", "none", "", "", local_basis, guard))
    # round 24 (fc24): the other means of fair competition (review/norms/entry.py) — entrants capped, spaced or gated by
    # an unrelated threshold; a rate by origin; a charge or a procedure spared the government's own company
    if not any(e.kind in ("reserve", "local") and e.laid for e in out):
        for kind, found in (("entry", entry_bars(sentence, header)), ("differ", origin_rates(sentence, header, before)),
                            ("favour", favours(sentence, header, before) or element_favours(sentence, header)
                                        or exemptions(sentence, header))):
            for start, end, guard in found:
                out.append(Effect(kind, start, end, sentence[start:end], "public", "none", "", "", basis, guard))
        # round 28 wave 2 (misc28b): a benefit, a price or an order graded by the class of firm (its place or its
        # owner: 总部设在本县的按……一百元，县外企业按……五十元; 社会力量举办的……排在政府举办的……之后)
        if not any(e.kind in ("differ", "favour") for e in out):
            for kind, start, end, guard in graded_classes(sentence, header, before):
                out.append(Effect(kind, start, end, sentence[start:end], "public", "none", "", "", basis, guard))
    for start, end, guard in price_floors(sentence, header):
        out.append(Effect("price", start, end, sentence[start:end], "public", "none", "", "", basis, guard))
    for kind, start, end, guard in powers(sentence, header) + terms_and_awards(sentence, header):
        if not any(e.kind == kind and e.start <= start < e.end for e in out):
            out.append(Effect(kind, start, end, sentence[start:end], "public", "none", "", "", basis, guard))
    # round 17: a body deciding a private party's or a collective's own matter (review/norms/takeover.py); one reading
    # of a span: a price fixed, an organ intruded on or a choice overridden is read by its own kind
    for start, end, guard in takeovers(sentence, header, before):
        if not any(e.kind in ("fix", "intrude", "override", "select") and e.laid for e in out):
            out.append(Effect("takeover", start, end, sentence[start:end], "public", "none", "", "", basis, guard))
    # round 23 (power23): the power category's readings (review/norms/power.py) — public power used by who cannot hold
    # it, another body's act taken, a remedy gated, a duty shed; one reading of a span (a span another kind already
    # reads as laid is not read again)
    # round 27 (power27): reasons shed, a requisition, another organ's audit (review/norms/shed.py)
    # round 28 (power28): a bureau's act charged to a township or a coordinating body (review/norms/charged.py)
    # round 41 (power41): government information withheld wholesale or from the party it concerns (review/norms/withheld.py);
    # the body's own failing put on another party (review/norms/fault_shifted.py)
    for kind, start, end, guard in power_readings(sentence, header, before) + shed_readings(sentence, header) \
            + charged_readings(sentence, header) + competent_readings(sentence, header) + withheld_readings(sentence, header) \
            + fault_readings(sentence, header):
        if not any(e.laid and e.start <= start < e.end and e.kind in ("intrude", "shed", "final") for e in out):
            # (a remedy's own 依法 — 方可依法申请行政复议 — is what the sentence gates, not a basis for the gate)
            own = _basis(_REMEDY_OWN_BASIS.sub("", sentence), header) if kind == "gate" else \
                _basis(_MEASURE_OWN_BASIS.sub("", sentence), header) if kind == "drop" and basis == "general" else \
                _basis(sentence, header, "remove") if (kind in ("usurp", "expand") or kind.startswith("misplaced_")) and basis == "general" else basis
            # (round 27, power27: for who acts, 未按规定 names the party's breach, not a basis for the act — 镇综治中心对
            # 未按规定登记……的出租人，可以作出罚款决定)
            out.append(Effect(kind, start, end, sentence[start:end], "public", "none", "", "", own, guard))
    # round 38 (power38): a sanction or a coercion carried out through a third party at the body's order
    # (review/norms/through.py); a withholding read on the same words is the same measure
    for kind, start, end, guard in through_readings(sentence, header):
        trigger = _trigger(sentence, start, header, before)
        if trigger == "none" and not guard and not condition_of(sentence[:start]) and not _OF_PARTY.search(sentence[:start]):
            guard = "no_trigger"
        if not guard:
            out = [e for e in out if not (e.kind == "withhold" and start <= e.start < end)]
        out.append(Effect(kind, start, end, sentence[start:end], "arranged", trigger, "", "", basis, guard))
    barred = [e for e in out if e.kind == "final" and _PROCEDURE_BARRED.search(e.text)]
    if barred and any(e.kind == "remove" for e in out):
        # the removal done without the statute's procedure (不再申请人民法院强制执行; 复议诉讼期间不停止拆除): one
        # problem, the coercion; the bar is how it is laid, not a finding of its own
        out = [e for e in out if e not in barred]
        out = [Effect(e.kind, e.start, e.end, e.text, e.actor, "procedure_barred", e.until, e.period, e.basis, "", e.object)
               if e.kind == "remove" and e.guard == "no_trigger" else e for e in out]
    if header and not any(e.kind == "withhold" for e in out):
        # the effect stands in the list header and the item names who incurs it (有下列情形之一的，暂停其……：（二）拒不……的)
        # (round 17: also where the item's own words name another measure, the conduct: 拒绝拆除自家旱厕的)
        for e in effects(header, "", before):
            if out and e.kind != "withhold":
                continue
            if e.kind in ("withhold", "remove") and e.trigger == "none" and _NONCOMPLIANCE.search(sentence):
                e = Effect(e.kind, e.start, e.end, e.text, e.actor, "noncompliance", e.until, e.period, e.basis,
                           _guard(e.kind, header, _MatchAt(header, e.start, e.end), e.actor, "noncompliance", sentence),
                           e.object)
            out.append(Effect(e.kind, 0, len(sentence), e.text, e.actor, e.trigger, e.until, e.period,
                              _basis(sentence, header) if e.basis == "none" else e.basis, e.guard, e.object))
    return tuple(out)


_GRADED = re.compile(r"^(情节(特别|较为|十分)?(严重|恶劣|较重|轻微)|(再次|多次|屡次|两次以上|三次以上)[^，。；]{0,12}|逾期[^，。；]{0,8}|拒不改正)的[，,]|^(同时|并|并且|且)")


def _last_sentence(before: str) -> str:
    """The last sentence of the clause text ``before`` (up to its last 。 or ；, that mark excluded)."""
    text = before.rstrip("。；; ")
    cut = max(text.rfind(c) for c in "。；;")
    return text[cut + 1:]


def _trigger(sentence: str, at: int, header: str, before: str) -> str:
    """The party's trigger for an effect at ``at``: ``noncompliance`` or ``none`` (as ``effects`` reads it)."""
    if noncompliance(header, sentence[:at]):
        return "noncompliance"
    if _CONTINUES.match(sentence) and _NONCOMPLIANCE.search(before):
        return "noncompliance"
    return "none"


# the party's own request or choice (申请暂停营业的; 根据其申请): a suspension it asked for is no sanction
_OWN_REQUEST = re.compile(r"(申请|要求)[^，。；]{0,4}(暂停|停止|中止|注销|退出|歇业|停业|暂缓)|(根据|依|应|按)(其|本人|当事人|经营者)?的?申请|自愿|主动(申请|退出)")
# the one barred is a government or a body of the administration (年度考核不合格的乡镇，暂停其……资格一年): administration
_GOVERNMENT_PARTY = re.compile(r"(人民政府|乡镇|乡（镇）|镇（街道）|街道办事处|街道|部门|机关|成员单位|责任单位|县直单位|村（居）委会)$")
_TERM_END = re.compile(r"(届满|期满|到期)")


def _bar_guard(sentence: str, m, actor: str, trigger: str, header: str = "") -> str:
    """Why a period-bound bar (``measure.bars``) at ``m`` is lawful here, or ``""``: a protective negation, a
    government or the administration's own body barred, the party's own request, a contract's or term's end, the bar
    named in the condition, a court's, a private party's own right; and a bar with no condition before it (the
    document's general scheme: 暂停受理申请三个月 for all) or a 不得-bar with no breach before it (购买不满五年的，
    五年内不得上市交易: a statute's holding period)."""
    lo, seg_end = _segment(sentence, m.start())
    before = sentence[lo:m.start()]
    if _PROHIBIT.search(before) or _FORBIDS_ACROSS.search(sentence[:lo]) and _JOINED.match(before) \
            or _FOR_REASON.search(sentence[:lo]):
        return "protective"
    condition = condition_of(sentence[:m.start()]) or header
    if _GOVERNMENT_FIRST.match(header[-80:] if header else sentence) \
            or _GOVERNMENT_PARTY.search(re.sub(r"[，,]$", "", condition).removesuffix("的")) \
            or _GOVERNMENT_PARTY.search(sentence[:lo].rstrip("，,；;")):
        return "government_bearer"
    if _OWN_REQUEST.search(sentence[:m.end()] + header):
        return "own_request"
    if _CONTRACT.search(sentence) or _TERM_END.search(sentence[:m.start()]):
        return "contract"
    if _NAMED.search(before) or sentence[m.end():m.end() + 1] == "时":
        return "named"
    if sentence[seg_end - 1:seg_end] == "的" and sentence[seg_end:seg_end + 1] in "，,":
        return "in_condition"
    if actor == "private":
        return "private_actor"
    if _COURT.search(sentence) and not _COURT_BARRED.search(sentence):
        return "court"
    negative_bar = re.search(r"不得|不再|禁止", m.group(0)) is not None
    if trigger != "noncompliance" and (negative_bar or not (condition or _OF_PARTY.search(sentence[:m.start()]))):
        return "no_trigger"
    return ""


@dataclass(frozen=True, slots=True)
class _MatchAt:
    """A span of ``text`` read as a match (``_guard`` reads ``start()``, ``end()`` and ``group(0)``)."""

    text: str
    s: int
    e: int

    def start(self) -> int:
        return self.s

    def end(self) -> int:
        return self.e

    def group(self, _=0) -> str:
        return self.text[self.s:self.e]


@functools.lru_cache(maxsize=1024)
def laid(sentence: str, header: str = "", before: str = "") -> tuple[Effect, ...]:
    """The effects ``sentence`` lays on a private party, unguarded and without a basis (``Effect.laid``).

    Remembered (pure: frozen ``Effect``s of the three strings): every rule whose norm condition asks for an
    ``effect`` reads the same sentence of a clause again (about five times a sentence over the 167 real documents),
    so the sentence is read once and the rules share the reading. A clause's rules run one after the other, so a
    small cache holds every sentence they ask about."""
    return tuple(e for e in effects(sentence, header, before) if e.laid)


# round 28 (speed28): the costliest of these searches skip a text without the keys every match must contain
# (review/firstchars.Keyed: exact; measured by bench/reading_budget.py)
(_COST_OF, _DISCRETION, _GENERAL_STRICT, _LIBERTY, _NONCOMPLIANCE, _REMOVE, _UNTIL) = \
    map(Keyed, (_COST_OF, _DISCRETION, _GENERAL_STRICT, _LIBERTY, _NONCOMPLIANCE, _REMOVE, _UNTIL))
_PATTERNS = tuple((kind, Keyed(rx) if any(rx is k.rx for k in (_REMOVE, _LIBERTY, _DISCRETION)) else rx)
                  for kind, rx in _PATTERNS)
