"""Read a clause as norms: one ``Norm`` per sentence, with its modal, actors, preconditions, sanctions, legal
basis and context, recognised through the concept lexicons (``review/lexicons``) whatever the wording.

Pure: text, the list header and a ``Lexicon`` in, frozen data classes out. Word order is handled here, not in
the rules: a precondition is an approval-type concept combined with a condition marker on either side
(……批准后方可 / 未经……批准不得 / 没有批复的一律不许 / 须报……审批 / 实行……审批 / ……同意，否则不准);
a sanction falls on a relative when a kinship word stands before it in a sentence about an offender; the agent
is the 由-phrase when there is one (由甲方承担), else the subject before the modal (甲方……承担).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..firstchars import Keyed
from .lexicon import Lexicon
from .model import Actor, Basis, Mention, Norm, Precondition, Sanction
from .negated import consequence_negated
from .relief import reliefs
from .shapes import phrases
from ..sentences import ARTICLE_LEAD, ITEM_MARK, norm_spans, sentence_spans, step_start

PRECONDITION_CONCEPTS = ("approval", "registration", "license_document", "assessment")
_MODAL_ORDER = (("prohibition", "modal.prohibition"), ("exemption", "modal.exemption"),
                ("duty", "modal.duty"), ("permission", "modal.permission"))
# 不予 refusing an act, not waiving a penalty (不予处罚, 不予罚款: a penalty waived for a fault, not an activity refused
# for want of a gate)
_REFUSED = r"不予(?!(?:行政)?(?:处罚|罚款|追究))"
_CONSEQUENCE = re.compile(r"不得|不准|不许|一律不|" + _REFUSED + r"|无权|停止|作废|失效|不能|不具有|不具备|取消|暂停|不可|禁止|严禁|不让|不给|不受理|不接受|不接纳")
_FAILED = re.compile(r"^[^，。；]{0,4}(不合格|未过|未通过|不达标|未达标|没通过|过期|逾期)")
# the paper obtained by fraud (持用……无效证明材料骗领《居住证》的，取消其申领资格; 以欺骗手段取得……的，收回): what follows
# the fraud (行政许可法 第六十九条第二款、第七十九条), not a gate before an activity — a 无 in 无效 or 虚假 is no negation
# the paper named is what lapses (逾期未续办新证的，原《居住证》自然失效; D116 第十七条): its own term restated, no activity
# held back — not 未取得《摊位证》的，不得经营 nor 证件失效后不得继续经营
_OWN_LAPSE = re.compile(r"^[^，。；]{0,4}(自然|自动|自行|即|即行|随即)?(失效|作废)(?![^。；]{0,12}(不得|不准|不许|禁止|停止|不能))")


def _lapse_only(consequence: str) -> bool:
    """The consequence of a missed renewal is only that the paper lapses (逾期未续办新证的，原《居住证》自然失效): its term,
    no activity held back."""
    first = re.split(r"[。；]", consequence)[0]
    return bool(re.search(r"(失效|作废)", first)) and not re.search(r"不得|不准|不许|禁止|停止|不能|不予|取消|收回|注销", first)


_FRAUD = re.compile(r"(骗领|骗取|冒领|冒用|诈骗|以欺骗|欺骗手段|以贿赂|伪造|变造|涂改|虚假|无效(证明|证件|材料))[^，。；]{0,20}$")
_SYSTEM_BEFORE = re.compile(r"(实行|实施|推行|建立|执行|落实)[^，。；]{0,16}$")
_DUTY_GAP = 24
# registrations that gate an activity when a document "实行" them (年检, 准入登记), unlike public registers
_GATE_REGISTRATION = frozenset({"年检", "年审", "年度检验", "年度审验", "年度核验", "定期审验", "审验", "入库", "入册",
                                "认定", "认证", "审定", "年度检查"})
_TITLE = re.compile(r"《[^《》]*》")
_QUOTED_WORDS = re.compile(r"“[^“”]{1,60}”")
# a title naming the activity its certificate licenses (经营、从业、执业、营业、营运、上岗、准营), not a status (居住证, 残疾人证)
_ACT_TITLE = re.compile(r"经营|从业|执业|营业|营运|上岗|准营|通行")   # (round 35: 《入山通行证》, a pass titled by where it lets one go)
# the rest of a condition whose negation is sanctioned (未取得[……证明]的企业，不予兑现): what is negated is required
_NEGATED_CONDITION = re.compile(r"[^，。；：:]{0,12}的[^，。；：:的]{0,4}[，,][^。；：:]{0,16}(" + _REFUSED + r"|不得|不能|不再|暂不|暂缓|取消|停止|暂停|一律不)")
# 无/非 naming a state inside the measure's own noun phrase (无房情况确认单, 无环境违法行为证明), no act between
_STATE_GAP = re.compile(r"^[^，,。；;：:、的]{0,10}$")
# … or a state the paper attests, joined by 的 (无违法违规行为的鉴定意见, 无犯罪记录的证明): what the paper says
_STATE_OF_PAPER = re.compile(r"^[^，,。；;：:、的]{1,12}的$")
# … or several states, each led by its own 无/未 (无欠缴社会保险费、无劳动争议情况书面材料; 未拖欠房租、水电费的书面材料), the
# paper's form after them: what the paper says (round 19)
_STATES_OF_PAPER = re.compile(r"^[^，,。；;：:、的]{1,14}(?:、(?:无|未|非|没有)?[^，,。；;：:、的]{1,14}){0,4}的?(?:书面|相关)?$")
_PAPER = re.compile(r"(证明|意见|鉴定|说明|确认书|确认单|承诺书?|函|证明书|证明表|材料)$")
_ACT_IN_GAP = re.compile(r"进行|实施|予以|作出|给予|对|将|把")
# 未 before a paper says what did not happen (未发生欠薪的书面确认意见), unless an act of obtaining or handing the paper
# stands between (未按要求提交……材料, 未经……出具)
_PAPER_ACT_IN_GAP = re.compile(r"经|按|提交|提供|出具|开具|取得|要求|办理|申请")
_PAPER_IN_GAP = re.compile(r"证明|材料|资料|说明|意见|证书|凭证")
# a paper named and another joined after it (……的证明和……): a negation before the first says what that paper states
_PAPER_LISTED_BEFORE = re.compile(r"的(?:书面)?(?:证明|材料|说明|意见|确认|证书|凭证)(?:和|及|以及|与|、|并)")
_MARKED = re.compile(rf"^\s*({ITEM_MARK})")
_CATALOGUE = re.compile(r"^(列入|纳入|收入|进入|录入|入选|编入).*(名录|目录|名册|库)$")
# ……的方式，在本项目中不得采用 / ……优惠政策，一律不准违规出台: a prohibition closing the sentence on the measure
_CLOSING_VERB = re.compile(r"(违规|擅自|再|以任何[^，。；]{0,4})?(采用|出台|实施|使用|设置|设立|执行|开展|存在|搞|适用|发生|约定|退还|返还|给予|提供|出具|承诺)")
_ONLY_THEN_GAP = 40
# (round 37, prec37) the consequence after a missing approval that forbids setting one up (法律、法规未设定审批的，不得另行
# 设置审批环节: 行政许可法 第十七条 restated): a protective bar on the administration, no gate on anyone's activity
_GATE_BARRED = re.compile(r"^[^。；]{0,16}?(不得|不准|不许|严禁|禁止|一律不)(再|另行|擅自|自行|额外|违规|违法|随意)?(设置|设定|设立|增设|新设|增加|附加|保留|创设)"
                          r"[^。；，]{0,12}(审批|许可|核准|批准|前置|备案|登记|条件|环节)")
# (round 37, prec37) a gate marker its own phrase disclaims (……等服务，不以其在户籍地办理相关手续为前提; 不作为前置条件):
# the marker's clause opens with a negation of "taking as" — the sentence says the thing is NOT a precondition
_DISCLAIMED_MARKER = re.compile(r"(并|且|但|也|均|一律|而)?(不以|不将|不把|不得以|不得将|不应以|不再以|无须以|无需以|不作为|不列为|不视为)")
# what an assessment (审核, 评定, 论证, 遴选 …: concept ``assessment``) holds back when it is a licence: an activity of the
# public or a business, or the registration or procedure that opens it (不予办理机构备案, 方予办理后续手续) — not a
# benefit paid (审核通过后发放补贴) nor an application merely received (审核未通过的，不予受理)
_GATED_ACTIVITY = re.compile(r"营业|经营|开业|开办|开张|招生|收托|招收|接待|施工|建设|开工|作业|营运|运营|通行|上岗|执业|从业|"
                             r"销售|生产|承接|承揽|投标|进入|进场|入场|入驻|进驻|开放|开幕|举办|开展|从事|设置|设立|安装|"
                             r"搭建|安排|揽投|揽收|上市|上路|办理[^，。；]{0,10}(登记|备案|执照|许可|手续|证照)|"
                             r"受理[^，。；]{0,6}(设立|开办|登记|许可|备案)|后续手续")
_BENEFIT_TAIL = re.compile(r"补贴|补助|奖励|资助|扶持|救助|津贴|待遇|拨付|兑现|发放|资金|保障对象|低保|评优|表彰|推荐|职称|聘用|续聘|录用")
# 仅限于经……考评入围的施工队伍: the operators admitted are those who passed
_LIMITED_BEFORE = re.compile(r"(仅限于?|只限于?|限于|限定为|仅对)[^，。；]{0,16}$")
_LIMITED_AFTER = re.compile(r"^[^，。；]{0,6}的[^，。；]{0,8}(企业|单位|机构|队伍|经营者|商户|公司|供应商|服务商|施工方|施工队)")
# 凭……核发的准入通知单通行: the paper a body issues is the token the activity is done on
_TOKEN_BEFORE = re.compile(r"凭[^，。；]{0,20}$")
# … a paper that only lets the activity go ahead (确认函, 准入通知单, 报备回执, 设置意见), not a certificate or an approval
# of something else the step relies on (凭学校批准文件办理户口迁移手续, 凭《户口迁移证》办理: 户口登记条例 第十条)
_GATE_PAPER = re.compile(r"(确认函|确认单|确认书|通知单|通知书|回执|意见函|意见|意见书)》?$")
_STRICT_DUTY = re.compile(r"^(先|事先|预先|提前|首先)[^，。；]{0,20}报")
# round 34 (fee34): a titled opinion a body issues for the activity (《网点设置意见书》, 《民宿开办意见书》): a gate's paper
_OPINION_PAPER = re.compile(r"意见书?》$")
# round 34 (fee34): a paper a body issues for a term, to be renewed when it runs out (备案证有效期一年，期满应当重新办理;
# 核发《……经营证》，有效期二年，期满须重新申领; 申请……认定，认定有效期三年): a standing leave to act, whatever it is
# called — a filing that only informs has no term (优化营商环境条例 第三十九条; 行政许可法 第十七条). Read right after the
# paper; the paper is asked of the party (a duty to apply for it) or issued to it by a body (由……核发)
_TERM = re.compile(r"^[^。；]{0,12}?(有效期[^，。；]{0,4}?([一二三四五六七八九十两半\d]+|不超过)[^，。；]{0,3}(年|个月|月)"
                   r"|期满[^，。；]{0,6}?(重新|再次)(申领|申请|办理|认定|换领|换发|登记|备案|核发|审验))")
_TERMED_GAP = re.compile(r"(于|在)?[^，。；]{0,16}?(向|到)[^，。；]{1,16}?(申请|办理|申领|领取|申办)|(先|事先|依法)?(取得|申领|领取|办理|申办)")
_ISSUING = r"由[^，。；]{1,16}?(核发|颁发|发放|签发)"    # the body issuing a paper, before it (由……核发《……》) or after it
_ISSUED_BY = re.compile(rf"{_ISSUING}(《)?[^，。；]{{0,4}}$")
_ISSUED_AFTER = re.compile(rf"^{_ISSUING}[，,]?")


def termed(after: str) -> bool:
    """Whether the words right after a paper give it a term or a renewal (……有效期一年; ……期满须重新申领)."""
    return _TERM.search(after) is not None


def _holds_back_activity(lexicon: Lexicon, after: str) -> bool:
    """Whether what follows an assessment's gate marker (方可, 不得, 不予, 前……不得) is an activity, not a benefit."""
    marks = [m for m in (lexicon.rx("cond.only_then").search(after), _CONSEQUENCE.search(after), _BEFORE.match(after))
             if m is not None]
    if not marks:
        return False
    at = min(m.end() for m in marks)
    tail = re.split(r"[。；]", after[at:at + 24])[0]
    act = _GATED_ACTIVITY.search(tail)
    return act is not None and not _BENEFIT_TAIL.search(tail[:act.end()])
_AGENT_BLOCK = "向给对与为和跟从将把及或同被让经报凭在到"
# (……不得饲养宠物，违反的停发当月低保金: the measure is what breaking the prohibition brings, not what it forbids)
_COND_BOUNDARY = re.compile(r"的[，,]|[，,](如|若|凡)|[，,](违反|违者|违背|不遵守)")
# an actor named as the issuer inside a noun phrase (县农业农村局发放的许可证, 县教育局公布的准入名单, 乡镇人民政府和村民
# 委员会出具的意见), not the subject of the sentence
_ISSUER_AFTER = re.compile(r"^(?:[和、及与][^，。；的]{1,12})?[^，。；]{0,2}(发放|颁发|核发|出具|发布|公布|开列|编制|制定|制发|确定|指定|认定|批准|同意|审定|出钱购买|出资购买|购买|采购|资助)的")
# (round 32: the thing issued may stand between the verb and 的 — 取得省级气象主管机构颁发资质的检测单位, 县局核发许可证的企业)
_ISSUER_OBJECT_AFTER = re.compile(r"^[^，。；]{0,2}(发放|颁发|核发|出具|制发)[^，。；的应须得]{1,8}的")
# an actor that gives the approval a later act waits for (区城市管理局同意后，方可设置 / 县民政局审核批准后，申请人方可……):
# the approval's giver, in a clause of time, not the subject of the sentence
_GIVER_AFTER = re.compile(r"^[^，。；]{0,8}(同意|批准|审批|核准|许可|审核|审定|验收|备案|认定|批复)[^，。；]{0,4}(后|之后|以后)[，,]")
# a body that acts on a failed gate (……未备案的，区交通运输局不予安排 / 审验不合格的，县民政局责令其停止): the gate's
# keeper, not the party the gate burdens
_KEEPER_VERB = re.compile(r"^[^，。；]{0,3}(责令|不予|不再|不受理|不接受|不接纳|不给|一律不予|取消|注销|吊销|撤销|停止|暂停|收回|拒绝)")
# ……认定通过前，不得承接业务 / 备案完成之前一律不准: the activity waits for the approval
_BEFORE = re.compile(r"^[^，。；]{0,4}(之|以)?前[，,]?[^。；]{0,8}(不得|不准|不许|禁止|严禁|一律不|不能)")


# a measure someone has undergone (曾受过行政拘留处罚的, 有否被行政拘留, 受到罚款的) or named as a thing (拘留情况, 查封机关、
# 查封时间, 查封、抵押等权利限制状况, 罚款决定书): a fact or a record described, not a measure the sentence lays
# (被 right before the measure, 被处以/给予…; or a marker of the past or of a cause before 被/受过 with a list between:
# 因被吊销营业执照、责令关闭……的; not 被征收房屋停水停电, where 被 belongs to another word)
_RECORD_BEFORE = re.compile(r"(受过|曾受到?|曾经受到?|曾被|有否被|是否被|被|年内[^，。；]{0,4}受到)(处以?|给予|判处|予以)?$")
_MARKED_BEFORE = re.compile(r"(曾经?|有否|是否|已经?|近[^，。；]{0,6}年内?|因|由于)[^，。；]{0,4}(被|受过|受到)[^，。；]{0,12}$"
                            r"|(受过|受到过?|曾受|遭受过?)[^，。；]{0,6}$")
_NAMED = re.compile(r"^((?:[、和及与或][^，。；、]{1,6}){1,4}等?[^，。；]{0,6}?|的?)"
                    r"(情况|状况|记录|信息|经历|档案|机关|文件|文号|时间|时|期限|期间|决定书|清单)")
# a list of kinds closed by its class (执行行政拘留、罚款、查封……等行政处罚和行政强制措施是否合法), where no verb lays the first
_KINDS = re.compile(r"^[^，。；、]{0,6}(?:[、和及与或][^，。；、]{1,10}){1,12}等?(行政处罚|处罚|行政强制措施|强制措施|行政强制)")
_LAYING = re.compile(r"(处|处以|并处|给予|予以|责令|可以|应当|依法)\s*$")
# a thing that has undergone the measure, named by it (对查封的场所、设施或者财物应当妥善保管; 扣押的物品应当登记): the
# measure is an attribute of what the sentence speaks of, not laid by it
_JOINED_BEFORE = Keyed(re.compile(r"[^。！？\n]*[；;]\s*$"))   # searched only where a ；stands (exact)
_ATTRIBUTIVE = re.compile(r"^(?:[、和及或][^，。；、]{1,6}){0,3}的(?!(行政)?(处罚|强制|决定|规定|情形|行为|金额|数额))[^，。；的、]{0,8}?"
                          # the thing by how its noun ends (医疗器械, 原材料, 生产工具, 涉案物品, 不动产, 银行账户), not a list of things
                          r"(场所|场地|设施|账户|资金|存款|汇款|款项|财产|证件|证照|执照|证书|房屋|车辆|船舶|票据|资料|材料|"
                          r"[品物械器材具备产簿件])")
# the one a sanction falls on is a subordinate government body, named at the end of the condition (年度考核不合格的乡镇，暂停其
# ……; 对工作不力的部门，由县政府取消其……): administration inside the government, not a sanction on the public
_GOVERNMENT_BEARER = re.compile(r"的各?(乡镇|乡（镇）|镇（街道）|乡镇（街道）|街道|街道办事处|部门|县直各?单位|成员单位|责任单位|"
                                r"地区|县（市、区）|县市区|(县|市|区|乡|镇)人民政府)[，,][^，。；]{0,14}$")
MEASURES = ("coercion",)      # with the sanction group: the concepts a sentence may name without laying them


def undergone(sentence: str, a: int, marked: bool = False) -> bool:
    """Whether the measure that starts at ``a`` is one someone has undergone (曾受过, 有否被, 因被……). ``marked``:
    only where a word of the past or of a cause says so (a bare 被 before a pattern's trigger may be a passive
    that sets the measure: 违章车辆将被拖移)."""
    before = sentence[max(0, a - 24):a]
    return _MARKED_BEFORE.search(before) is not None or (not marked and _RECORD_BEFORE.search(before) is not None)


# a measure named as the time of another act (行政机关采取扣押措施后，应当……; 实施查封前，应当报告): the sentence lays a
# duty on whoever took it, the measure itself stands as taken
_TAKEN_BEFORE = re.compile(r"(采取|实施|作出|执行|解除)[^，。；]{0,2}$")
_TAKEN_AFTER = re.compile(r"^(?:[、和及或][^，。；、]{1,6}){0,3}(措施|决定)?(后|之后|以后|前|之前|期间)[，,]")
# … or as the topic of the duties that bind whoever takes it (镇综合行政执法办公室实施查封、扣押等行政强制措施，应当在赋权清单
# 范围内进行): the next phrase opens with the duty; not where a leave to take it stands before the verb (可以实施扣押措施，……)
_TOPIC_AFTER = re.compile(r"^(?:[、和及或][^，。；、]{1,6}){0,3}等?((行政强制|强制|行政处罚|处罚)?措施)?[，,][^，。；]{0,12}?(应当|须|必须|不得)")
_TOPIC_VERB = re.compile(r"(采取|实施|执行)[^，。；]{0,16}$")     # the verb before the measure, or before the list it stands in
_CASE_BEFORE = re.compile(r"的[，,]")      # a case the measure answers (对拒不整改的，……实施查封): laid, not a topic
_LEAVE_BEFORE = re.compile(r"(可以|有权|应当|须|予以|责令|负责|授权)[^，。；]{0,6}$")


_SLIP = re.compile(r"^(?:[、和及或][^，。；、]{1,6}){0,3}[^，。；、并开出具给及和与]{0,4}?(单据|收据|票据|凭证|回执|缴款书|缴款单)")
# a measure named by its quantity (在法定幅度内确定罚款数额, 加处罚款的起算日期和标准, 罚款幅度): what is fixed or
# stated is the amount of a measure laid elsewhere, unless a laying verb stands before it (处罚款数额……)
# (not an amount being fixed: 罚款的数额为五百元, 罚款金额按……计算, 罚款数额在……以上)
_QUANTITY = re.compile(r"^(?:[、和及或][^，。；、]{1,6}){0,3}的?(起算)?(数额|金额|幅度|日期|基准|裁量)"
                       r"(?![^，。；]{0,2}(为|是|按|以|在|定为|计|不(超过|低于|少于|高于|足)|[\d一二三四五六七八九十百千万]))")


# a measure that befalls someone as an event, the object of 发生/出现/遭遇 with the other events listed with it
# (企业发生撤销、吊销、解散……等情况时; 出现被吊销营业执照、责令关闭等情形的): what happens to a firm, not laid by the sentence
_EVENT_BEFORE = re.compile(r"(发生|出现|遇有|遭遇|遭到|面临)被?(?:[^，。；、\s]{1,10}(?:、|和|及|或者|或|与|以及))*被?$")
# a bare 被 before the measure and a phrase after it closed as a condition, an attribute or a time (被吊销营业执照的，……;
# 被责令停产停业的企业; 许可证被依法吊销后): a state someone is in, the premise of another act; not 将被吊销。, which lays it
_PASSIVE_BEFORE = re.compile(r"被(依法|依规)?(处以?|给予|判处|予以)?$")
_STATE_AFTER = re.compile(r"^[^，。；]{0,16}?(的(?!(行政)?处罚)|后|之后|以后|之日|期间|时[，,])")
# a decision named with its maker's verb (依法作出吊销营业执照决定的，应当……抄送): another body's decision, described
_DECISION_AFTER = re.compile(r"^[^，。；]{0,12}?决定(书|的|后|时|之日)")
# round 43 (lead43): a fine already laid and owed, named by its not being paid or by the payment awaited (逾期不缴纳……依法
# 作出的罚款的): a debt the sentence enforces, not a fine it lays (缴纳二百元罚款 after a violation still lays one: the
# verb alone is not enough; and not 待其缴清罚款后: a rule pattern's hit ending there — a thing held until the fine is
# paid, C-COERCE-EFFECT — must not read as naming its measure)
_OWED_BEFORE = re.compile(r"(?:不|未|拒不|拒绝)(?:按期|按时|依法|足额)?(?:缴纳|缴清|交纳|交清|缴付|缴交|履行)[^，。；]{0,16}$")


# a measure named as the cause of a cost or a loss (因查封经营场所发生的看管费用; 因扣押造成的损失): who bears what it
# caused is the sentence's matter (行政强制法 第二十六条), the measure stands as taken
_CAUSE_BEFORE = re.compile(r"(因|由于)(实施|采取|依法)?$")
_CAUSE_AFTER = re.compile(r"^[^，。；]{0,12}?(发生|产生|造成|所需|支出|引起)的")


def named_as_cause(sentence: str, a: int, b: int) -> bool:
    """Whether the measure at [a, b) of ``sentence`` is named as the cause of a cost or a loss (因查封发生的费用)."""
    return _CAUSE_BEFORE.search(sentence[max(0, a - 4):a]) is not None and _CAUSE_AFTER.match(sentence[b:]) is not None


def named_measure(sentence: str, a: int, b: int, marked: bool = False) -> bool:
    """Whether the measure at [a, b) of ``sentence`` is one undergone, befallen (an event, a state), the cause of a
    cost, said not to follow (review/norms/negated.py) or named as a thing, not one laid. ``marked``: as for ``undergone`` (a rule pattern's hit, which a bare 被 may lay)."""
    if undergone(sentence, a, marked) or _NAMED.match(sentence[b:]):
        return True
    before = sentence[max(0, a - 40):a]
    if _EVENT_BEFORE.search(before):
        return True
    if _PASSIVE_BEFORE.search(before) and _STATE_AFTER.match(sentence[b:]):
        return True
    if _TAKEN_BEFORE.search(sentence[max(0, a - 4):a]) and (_TAKEN_AFTER.match(sentence[b:])
                                                             or _DECISION_AFTER.match(sentence[b:])):
        return True
    if _TOPIC_AFTER.match(sentence[b:]) and (verb := _TOPIC_VERB.search(sentence, max(0, a - 20), a)) \
            and not _LEAVE_BEFORE.search(sentence, max(0, verb.start() - 10), verb.start()) \
            and not _CASE_BEFORE.search(sentence, 0, verb.start()):
        return True
    if named_as_cause(sentence, a, b):
        return True
    if _OWED_BEFORE.search(sentence[max(0, a - 24):a]):
        return True
    if sentence[max(0, a - 2):a] == "法定":       # 在法定罚款幅度内: the law's measure, named
        return True
    if _SLIP.match(sentence[b:]):                  # 罚款、没收财物单据: the slip of a measure, a thing
        return True
    if consequence_negated(sentence, a, b):        # said not to follow (不予罚款, 免予处罚, 不因此对其处以罚款): named, not laid
        return True
    if _QUANTITY.match(sentence[b:]) and not _LAYING.search(sentence[max(0, a - 6):a]):
        return True
    if _ATTRIBUTIVE.match(sentence[b:]) and not _LAYING.search(sentence[max(0, a - 6):a]):
        return True
    return bool(_KINDS.match(sentence[b:])) and not _LAYING.search(sentence[max(0, a - 6):a])


def named_at(lexicon: Lexicon, text: str, start: int, end: int) -> bool:
    """Whether every measure the lexicon names that ends inside a rule pattern's hit [start, end) of ``text`` (处罚款,
    予以通报批评) is named there, not laid (``named_measure``: 加处罚款的起算日期和标准, 不予罚款); a place where
    measures of different length end (加处罚款, 罚款) counts as named when one of them is."""
    s0 = max((text.rfind(ch, 0, end) for ch in "。；;\n"), default=-1) + 1
    sentence = text[s0:]
    ends: dict[int, bool] = {}
    for name in MEASURES + lexicon.groups.get("sanction", ()):
        if name not in lexicon:
            continue
        for a, b in lexicon.find(name, sentence[:end - s0]):
            if b > start - s0:
                ends[b] = ends.get(b, False) or named_measure(sentence, a, b, marked=True)
    return bool(ends) and all(ends.values())


def _mentions(lexicon: Lexicon, name: str, text: str, base: int, possible=None) -> list[Mention]:
    spans = lexicon.find(name, text, possible)
    if name in MEASURES or name in lexicon.groups.get("sanction", ()):
        spans = [(a, b) for a, b in spans if not named_measure(text, a, b)]
    return [Mention(name, base + a, base + b, text[a:b]) for a, b in spans]


def _first(lexicon: Lexicon, name: str, text: str):
    m = lexicon.rx(name).search(text)
    return m


def _has(lexicon: Lexicon, name: str, text: str, possible=None) -> bool:
    """``lexicon.has(name, text)``, without a scan where ``possible`` (``lexicon.possible`` of ``text`` or of a
    text that contains it) rules the concept out (exact: a concept left out cannot match, not even empty)."""
    return not _ruled_out(lexicon, name, possible) and lexicon.has(name, text)


def _ruled_out(lexicon: Lexicon, name: str, possible) -> bool:
    """Whether ``possible`` says the concept or group ``name`` of the lexicon cannot occur (a name the lexicon
    lacks is scanned for: its empty regex matches anywhere)."""
    return possible is not None and name not in possible and name in lexicon


def modal_of(lexicon: Lexicon, sentence: str, possible=None) -> tuple[str, int]:
    """The sentence's modal (duty, permission, prohibition, exemption or none) and where it stands (-1).
    ``possible``: ``lexicon.possible(sentence)``, to skip the concepts that cannot occur (exact)."""
    best = ("none", -1)
    for kind, concept in _MODAL_ORDER:
        if possible is not None and concept not in possible:
            continue
        m = _first(lexicon, concept, sentence)
        if m and (best[1] < 0 or m.start() < best[1]):
            best = (kind, m.start())
    return best


# -- actors ----------------------------------------------------------------------------------------------
_ROLE_NAMES: dict[int, tuple[str, ...]] = {}


def role_names(lexicon: Lexicon) -> tuple[str, ...]:
    """The role concepts (role.*) of a lexicon."""
    key = id(lexicon)
    if key not in _ROLE_NAMES:
        _ROLE_NAMES[key] = tuple(n for n in lexicon.concepts if n.startswith("role."))
    return _ROLE_NAMES[key]


def actors_of(lexicon: Lexicon, sentence: str, base: int, possible=None) -> list[Actor]:
    out: list[Actor] = []
    for role in role_names(lexicon):
        for a, b in lexicon.find(role, sentence, possible):
            out.append(Actor(sentence[a:b], role, base + a, base + b))
    # 村民委员会 is also read as a 委员会 of government: the private body comes first on the same words
    out.sort(key=lambda x: (x.start, -(x.end - x.start), x.role != "role.private_body"))
    return out


_BARE_MAIN = re.compile(r"^\s*(应当|应|须|必须|要|需|需要)(?!由)")
# (a place name may stand before the body the lexicon knows: 乡|镇人民政府, 梧桐|县财政局 — not a preposition: 向县局)
_OPENER = re.compile(r"^\s*(第[一二三四五六七八九十百零〇\d]+条)?[\s\u3000]*(凡|各|全县|全市|本县|本市|本区)?"
                     r"(?:(?![向对经报由将把与和及为给在从按依凭])[\u4e00-\u9fff]){0,4}\s*$")


_GATE_RESTATED = re.compile(r"(未经|未取得|未办理|未报经|未按规定报)")
# round 31 (power31): a body's name read with the verb before it (未通过县农业农村局年度审验的合作社, 取得县民政局出具的,
# 以县水务局的名义, 按照城管执法局提出的): the body keeps the gate, lends its name or gives the opinion — the object of that
# verb, not the sentence's subject
_LEAKED_VERB = re.compile(r"(未通过|未经|通过|经过|经|取得|得|以|按照|按|依照|凭|向|对)(?=[县市区省镇乡州])")


def agent_of(actors: list[Actor], sentence: str, base: int, modal_at: int) -> Actor | None:
    """The 由-agent (由甲方承担), else the first actor before the modal that is not an object (向甲方…)."""
    for act in actors:
        rel = act.start - base
        if sentence[max(0, rel - 3):rel].endswith(("由", "交由", "统一由")) or sentence[max(0, rel - 1):rel] == "由":
            return act
    limit = modal_at if modal_at >= 0 else len(sentence)
    # the main clause's subject stands after a condition (……的，甲方… / 如……，管委会…)
    cond = [m.end() for m in re.finditer(r"的[，,]", sentence)]
    if modal_at >= 0:
        # a condition in a later phrase than the modal's begins a clause of its own (举报人应当签署承诺书，拒不签署的，不予
        # 受理): the subject of the sentence stands before it
        # (not when the later clause has a modal of its own: 不得开挖，确需开挖的，须经……批准 — its subject is its own)
        cond = [c for c in cond if c < modal_at or not re.search(r"[，,]", sentence[modal_at:c - 2])
                or _LATER_MODAL.search(sentence[c:])]
    if cond and cond[-1] > limit:
        limit = len(sentence)         # the modal word stood in the condition (未能……的，)
    if not cond and re.match(r"(如|如果|若|一旦|倘若)", sentence):
        comma = re.search(r"[，,]", sentence[:limit])
        cond = [comma.end()] if comma else []
    start_at = cond[-1] if cond else 0
    if cond and _BARE_MAIN.match(sentence[start_at:]):
        # the main clause has no subject of its own (……的，应当报……批准): who it binds is the condition's subject, when
        # the sentence opens with it (各乡镇使用财政资金举办活动的，应当事先报县人民政府批准)
        opener = [act for act in actors if act.start - base <= 4]
        if opener and _OPENER.match(sentence[:opener[0].start - base]):
            return opener[0]
    giver = None
    for act in actors:
        rel = act.start - base
        if rel < start_at:
            continue
        if rel >= limit:
            break
        if rel > 0 and sentence[rel - 1] in _AGENT_BLOCK or _LEAKED_VERB.match(act.text):
            continue
        if _ISSUER_AFTER.match(sentence[act.end - base:]) or _ISSUER_OBJECT_AFTER.match(sentence[act.end - base:]):
            continue
        if gives_approval(act, sentence, base):
            giver = giver or act        # (the subject when no other stands after it: told by the caller, from the
            continue                    # sentence before, ``analyse``)
        return act
    return giver


def gives_approval(act: Actor, sentence: str, base: int) -> bool:
    """Whether ``act`` gives the approval a later act of the sentence waits for (``_GIVER_AFTER``)."""
    return _GIVER_AFTER.match(sentence[act.end - base:]) is not None


# -- preconditions ---------------------------------------------------------------------------------------
def _private_consent(lexicon: Lexicon, sentence: str, a: int, possible=None) -> bool:
    """An approval word whose giver is a private party (业主、物业、邻居, the owner or lessor of what the act
    touches, a person of the household: 老年人、父母、配偶): consent, not a licence."""
    window = sentence[max(0, a - 20):a]
    cut = max(window.rfind("，"), window.rfind(","))
    return any(_has(lexicon, name, window[cut + 1:], possible)
               for name in ("consent.private", "consent.self", "consent.owner", "consent.person"))


# (round 41, lead, informed by a fresh look-alike) 不同意 naming those who disagree (对不同意加装电梯的业主; 不同意的一方),
# and 不同意见 (不同 + 意见: differing views): a stance or the people holding it, no approval the act waits for
_DISSENTERS = re.compile(r"[^，,。；;]{0,16}?的(?:业主|村民|居民|住户|农户|户|人员|人|一方|当事人|成员|股东|职工|群众|被征收人|权利人|家庭)")


def _dissent(sentence: str, a: int, b: int) -> bool:
    """Whether the approval word at [a, b) is 不同意 naming the dissenters, or the 同意 inside 不同意见."""
    if a == 0 or sentence[a - 1] != "不" or sentence[a:b] != "同意":
        return False
    return sentence[b:b + 1] == "见" or _DISSENTERS.match(sentence, b) is not None


def _duty_gaps(lexicon: Lexicon, before: str, duty_at: int) -> list[str]:
    """What stands between each duty word of ``before`` and the concept, and between the duty its list header lends
    (``duty_at``: where the item's own words start, after its number; -1 none) and the concept: 应当符合下列条件：
    （三）取得……许可证 reads as 应当取得……许可证."""
    gaps = [before[d.end():] for d in lexicon.rx("modal.duty").finditer(before)]
    if 0 <= duty_at <= len(before):
        gaps.append(before[duty_at:])
    return gaps


def precondition_form(lexicon: Lexicon, sentence: str, a: int, b: int, concept: str,
                      following: str = "", possible=None, duty_at: int = -1) -> str:
    """How the text makes the concept at [a, b) a precondition of an activity, or "". ``possible``:
    ``lexicon.possible(sentence)``, to skip a scan of a part of the sentence that cannot match (exact).
    ``duty_at``: where a list item's own words start when its header lends it a duty (应当具备下列条件：), else -1."""
    before, after = sentence[:a], sentence[b:]
    # 实行……审批（制度）/ 实施准入审批管理
    system = _SYSTEM_BEFORE.search(before)
    if concept == "registration" and system and (system.group(1) not in ("实行", "推行", "实施")
                                                 or sentence[a:b] not in _GATE_REGISTRATION):
        system = None      # 建立户口登记制度, 实行不动产统一登记制度: a public register, not a gate
    if concept == "assessment" and system and not re.match(r"准入|事前|前置|资格", sentence[a:b]):
        system = None      # 实行考核制度: a review of the administration's own, unless named as an entry gate
    if concept in ("approval", "registration", "assessment") and system:
        tail = re.match(r"[^，。；]{0,8}", after).group(0)
        # (实行……审批管理 / 下列活动实行事前核准：, a header over the activities it gates)
        if re.search(r"制度|管理|制", tail) or (system.group(1) in ("实行", "推行") and not tail.strip("。；：:")):
            return "system"
    # 仅限于经县商务局批准的企业, 仅限于经……考评入围的施工队伍: the operators admitted are those who passed
    if _LIMITED_BEFORE.search(before) and _LIMITED_AFTER.match(after):
        return "only_then"
    if concept == "assessment":
        return _assessment_form(lexicon, sentence, a, b, following, possible, duty_at)
    # 凭县文化和旅游局出具的备案确认书安排航拍
    if concept == "license_document" and _TOKEN_BEFORE.search(before) and _GATE_PAPER.search(sentence[a:b]) \
            and _GATED_ACTIVITY.search(
            re.split(r"[。；]", after)[0][:30]):
        return "only_then"
    # ……批准后方可 / ……批复，市场监管部门凭该批复核发执照
    m = None if _ruled_out(lexicon, "cond.only_then", possible) else lexicon.rx("cond.only_then").search(after)
    if m and m.start() <= _ONLY_THEN_GAP and not disclaimed_marker(after, m.start()):
        return "only_then"
    if _BEFORE.match(after):
        return "only_then"
    # 未经……批准的，不得 / 没有批复的一律不许 / 年审未过的即停止
    window = before[-22:]
    cut = max(window.rfind("，"), window.rfind(","))
    negated = not _ruled_out(lexicon, "negation", possible) and \
        any(n.start() > cut for n in lexicon.rx("negation").finditer(window)) or bool(_FAILED.match(after))
    if negated and _CONSEQUENCE.search(after) and not re.search(r"擅自|违反", after[:24]) and not _FRAUD.search(before) \
            and not (concept == "license_document" and _OWN_LAPSE.match(after)) and not _GATE_BARRED.match(after):
        return "unless"      # (未经同意，擅自……的，由……处以罚款 defines a violation of a licence set elsewhere)
    # 须取得……同意，否则不准
    m = lexicon.rx("cond.otherwise").search(after + following)
    if m and _CONSEQUENCE.search((after + following)[m.start():m.start() + 20]) \
            and not (concept == "license_document" and _lapse_only((after + following)[m.start():m.start() + 30])):
        return "otherwise"
    # 须报……审批 / 要先拿到……批复 / 应当提前15日向……报批
    if concept == "approval" and not after.startswith("的"):    # 经教育部核准的证书 describes, it does not require
        for gap in _duty_gaps(lexicon, before, duty_at):
            if len(gap) <= _DUTY_GAP and not re.search(r"[，。；]", gap) and (
                    lexicon.has("approval.obtain", gap) or sentence[a:b] in ("报批", "报经")):
                return "duty"
    # 须先到……报备 / 应当事先纳入……名册: a registration the activity must come after (先, not a report once done)
    if concept == "registration":
        for d in lexicon.rx("modal.duty").finditer(before):
            gap = before[d.end():]
            first = re.match(r"(被)?(先|事先|预先|首先)", gap) or re.search(r"(之|以)?前[，,]$", before[:d.start()])
            if len(gap) <= _DUTY_GAP and not re.search(r"[，。；]", gap) and first:
                return "duty"
    # 应当取得……颁发的运营资格证 / 须申领……上岗证: a licence document the activity needs (not the national
    # business licence, which every business registers for)
    # (a titled certificate such as 《工作居住证》 is an eligibility document, not a licence to act, unless its title
    # names the activity it licenses: 《房地产经纪经营资格证》, 《家政服务从业资格证》, 《托育服务执业证书》)
    if concept == "license_document" and sentence[a:b] not in ("营业执照", "执照", "证照", "合格证") \
            and (not sentence[a:b].startswith("《") or _ACT_TITLE.search(sentence[a:b]) or _OPINION_PAPER.search(sentence[a:b])):
        for gap in _duty_gaps(lexicon, before, duty_at):
            # (round 34, fee34: … before the step it opens, 应当在申领营业执照前取得……出具的……意见)
            # (round 35, norm35: or carries it — 应当持……制发的……上岗证上岗, 须凭……通行证进入)
            if len(gap) <= _DUTY_GAP and not re.search(r"[，。；]", gap) and re.match(r"(已经|已)?(在[^，。；]{1,16}?(之|以)?前)?(先|事先|提前|预先|依法)?((向|到)[^，。；]{1,16})?(申请)?(取得|申领|领取|办理|申办|持有|持(?![续久])|凭)", gap):
                return "duty"
    if concept in ("license_document", "registration"):
        if termed(after):
            for gap in _duty_gaps(lexicon, before, duty_at):
                if len(gap) <= _DUTY_GAP + 6 and not re.search(r"[，。；]", gap) and _TERMED_GAP.match(gap):
                    return "term"
            if _ISSUED_BY.search(before):
                return "term"
        # (round 34, lead: the issuing body said after the paper — ……上岗证由县文化和旅游局统一核发，有效期一年)
        issued = _ISSUED_AFTER.match(after)
        if issued and termed(after[issued.end():]):
            return "term"
    return ""


def disclaimed_marker(after: str, at: int) -> bool:
    """Whether the gate marker at ``at`` of ``after`` (为前提, 作为前置条件) stands in a clause that disclaims it: the
    clause from the last comma before the marker opens with 不以/不作为/不得将 … (不以其办理登记为前提)."""
    start = max(after.rfind("，", 0, at), after.rfind(",", 0, at)) + 1
    return bool(_DISCLAIMED_MARKER.match(after, start)) and not re.search(r"[。；]", after[start:at])


def _assessment_form(lexicon: Lexicon, sentence: str, a: int, b: int, following: str = "", possible=None,
                     duty_at: int = -1) -> str:
    """The gate form of an assessment (审核, 评定, 论证, 遴选 …) at [a, b): as an approval's, but only where it holds back
    an activity (``_holds_back_activity``), or the duty is to put the activity to the body beforehand (须事先报……会审：);
    ``precondition_form`` has already read a limit to the operators who passed it (仅限于经……考评入围的施工队伍)."""
    before, after = sentence[:a], sentence[b:]
    for gap in _duty_gaps(lexicon, before, duty_at):
        if len(gap) <= _DUTY_GAP and not re.search(r"[，。；]", gap) and _STRICT_DUTY.match(gap) \
                and not after.startswith("的"):
            return "duty"
    if not _holds_back_activity(lexicon, after):
        return ""
    m = None if _ruled_out(lexicon, "cond.only_then", possible) else lexicon.rx("cond.only_then").search(after)
    if (m and m.start() <= _ONLY_THEN_GAP) or _BEFORE.match(after):
        return "only_then"
    window = before[-22:]
    cut = max(window.rfind("，"), window.rfind(","))
    negated = any(n.start() > cut for n in lexicon.rx("negation").finditer(window)) or bool(_FAILED.match(after))
    if negated and _CONSEQUENCE.search(after) and not re.search(r"擅自|违反", after[:24]):
        return "unless"
    return ""


def preconditions_of(lexicon: Lexicon, sentence: str, base: int, following: str = "",
                     possible=None, duty_at: int = -1) -> list[Precondition]:
    out: list[Precondition] = []
    taken: list[tuple[int, int]] = []
    titles = [m.span() for m in _TITLE.finditer(sentence)]
    # (round 27, gate27: a licence a 除……外，还…… phrase excepts is the law's, not a precondition the sentence sets — what is
    # added after it is; 除应当依法取得代理记账许可外，还须经……评审合格)
    beside = [e.span(1) for e in _EXCEPT_ADDED.finditer(sentence) if e.group(1) is not None] if "除" in sentence else []
    for concept in PRECONDITION_CONCEPTS:
        for a, b in lexicon.find(concept, sentence, possible):
            if any(x <= a < y for x, y in taken) or any(x < a and b < y for x, y in titles):
                continue
            if any(x <= a and b <= y for x, y in beside):
                continue
            if concept in ("approval", "assessment") and _private_consent(lexicon, sentence, a, possible):
                continue
            if concept == "approval" and _dissent(sentence, a, b):
                continue
            form = precondition_form(lexicon, sentence, a, b, concept, following, possible, duty_at)
            if form and concept == "registration" and _CATALOGUE.search(sentence[a:b]) and form not in ("duty", "only_then"):
                form = ""      # 未列入医保目录的药品不予报销: a list of what is covered, not a gate on an activity
            if form:
                taken.append((a, b))
                out.append(Precondition(concept, form, base + a, base + b, sentence[a:b]))
    return out


# -- sanctions -------------------------------------------------------------------------------------------


# a sanction that follows a violation told in an earlier sentence of the clause: 申请人伪造申请资料的，……。申请人五年内
# 不得再次申请 — "again" says the bar answers what was done before
_AGAIN = re.compile(r"不得再|不能再|不再受理|再次|再也")


@functools.lru_cache(maxsize=1024)     # read for a clause's possible concepts (``shaped_concepts``), then by ``read``
def shaped_sanctions(lexicon: Lexicon, sentence: str) -> tuple[tuple[int, int, str, str], ...]:
    """The sanctions of ``sentence`` written object first, with a long object phrase, over coordinated objects or
    with the instrument as the subject (``shapes.phrases``), each read through the verb-first phrase it means:
    (start, end, concept, shape) over the phrase as written. Remembered (round 42, speed42): the rule pass reads each
    sentence's twice — for the concepts a clause could hold (``shaped_concepts``, ``review.match.norm_readers``) and
    for its sanctions (``sanctions_of``)."""
    out = []
    for p in phrases(sentence):
        for name in lexicon.groups.get("sanction", ()):
            if lexicon.find(name, p.text):
                out.append((p.start, p.end, name, p.shape))
    return tuple(out)


def shaped_concepts(lexicon: Lexicon, text: str) -> frozenset[str]:
    """The sanction concepts (and their group) that ``text``'s measures in other shapes read as: what
    ``lexicon.possible`` of the text does not see, for a caller that rules concepts out before reading norms."""
    names = {name for s0, s1 in sentence_spans(text) for _, _, name, _ in shaped_sanctions(lexicon, text[s0:s1])}
    return frozenset(names | {"sanction"}) if names else frozenset()


def sanctions_of(lexicon: Lexicon, sentence: str, base: int, clause_text: str, header: str,
                 possible=None) -> list[Sanction]:
    found: list[tuple[int, int, str, str]] = []
    for name in lexicon.groups.get("sanction", ()):
        for a, b in lexicon.find(name, sentence, possible):
            found.append((a, b, name, ""))
    found += shaped_sanctions(lexicon, sentence)
    if not found:
        return []
    found.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    offender = lexicon.has("offender", clause_text) or lexicon.has("offender", header)
    # the parts of one sentence before this one, closed by a semicolon (违反……的，责令改正；对经纪机构，取消……): their condition
    # still governs this part, unless it has a condition of its own (……；已取得入户资格的，取消其资格)
    joined = _JOINED_BEFORE.search(clause_text[:base])
    violated_before = joined is not None and lexicon.has("violation", joined.group(0))
    out: list[Sanction] = []
    last, last_end = (-1, -1), -1
    for a, b, name, shape in found:
        # the longest reading of a phrase; one phrase read as two concepts (取消网上签约资格: a disqualification and a
        # limit on operating) is both
        if a < last_end and (a, b) != last:
            continue
        last, last_end = (a, b), b
        if named_measure(sentence, a, b):       # undergone (a fact of someone's record) or named as a thing
            continue
        before = sentence[:a]
        on_violation = _has(lexicon, "violation", before, possible) or lexicon.has("violation", header) \
            or _has(lexicon, "cond.otherwise", before, possible) \
            or bool(_AGAIN.search(sentence) and base and lexicon.has("violation", clause_text[:base])) \
            or violated_before and not re.search(r"的[，,]", before)   # (a part with a condition of its own stands alone)
        if shape == "object_first" and not (on_violation or offender):
            continue    # (其居住证自动失效, 持证人死亡的，其资格证予以注销: an entitlement's end as a fact, not a measure)
        bearer = "offender"
        if offender and (_has(lexicon, "kinship", before + sentence[a:b], possible)
                         or re.match(r"其", sentence[b:]) and lexicon.has("kinship", sentence[b:b + 6])):
            bearer = "relative"
        elif (offender or on_violation) and _has(lexicon, "joint.others", before, possible):
            bearer = "others"          # 一户违规的，联保各户均不得……: the other members of a joint guarantee
        elif _GOVERNMENT_BEARER.search(before):
            bearer = "government"
        elif re.search(r"(所在|工作)单位|用人单位", before):
            bearer = "employer"
        out.append(Sanction(name, lexicon.severity(name), base + a, base + b, sentence[a:b], bearer,
                            on_violation))
    return out


# -- basis and context -----------------------------------------------------------------------------------
# Round 28 (real28): a list header that only announces the handling (……的，由主管部门视情节严重程度依法处理：) and whose
# items are the measures themselves (4.……向社会进行通报，给予该校次年减少其10%-50%的招生计划; 5.……给予当年年检“不合格”
# 结论: D009, D010): its 依法 names no law for what the items then set. A header over violations (有下列行为之一的，由公安
# 机关依法处罚：) still lends its basis: there the items are the acts and the header the law's measure.
_HANDLING_LEAD = re.compile(r"(?:依法|依规|依法依规|按规定|按照有关规定|依照有关规定)[^。；，：:]{0,6}?"
                            r"(?:处理|处置|查处|惩处|作出处理|予以处理|进行处理)[：:]\s*$")
_OVER_ACTS = re.compile(r"(?:下列|以下|如下)[^，。；：:]{0,6}(?:行为|情形|情况|事项|问题)|之一")


def lends_no_general_basis(header: str) -> bool:
    """Whether a list header's general basis (依法) is left out of its items' basis: a handling lead over measures."""
    return bool(header) and _HANDLING_LEAD.search(header) is not None and _OVER_ACTS.search(header) is None


def basis_of(lexicon: Lexicon, sentence: str, header: str, possible=None) -> Basis:
    """``possible``: ``lexicon.possible(sentence)``, to skip a scan of the sentence that cannot match (exact)."""
    for name, kind in (("basis.cited", "cited"), ("basis.named_law", "cited"), ("basis.general", "general")):
        for where in (sentence, header):
            if where is sentence and _ruled_out(lexicon, name, possible):
                continue
            if where is header and kind == "general" and lends_no_general_basis(header):
                continue
            excepted = excepted_spans(where)
            for m in lexicon.rx(name).finditer(where):
                if not any(a <= m.start() < b for a, b in excepted):
                    return Basis(kind, m.group(0))
    return Basis("none")


# 除提交法律、法规规定的材料外，还应当提交……: the law named in the 除……外 phrase is the basis of what is excepted, not of
# what the sentence adds beyond it (行政许可法 第十六条第四款: the addition is the document's own)
# (round 19: … or after the law's own handling of the violation, 除由执法机构依法查处外，两年内停止其享受……: what follows is
# added to what the law provides, with no 还 needed)
_EXCEPT_ADDED = re.compile(r"除([^。；]{0,40}?)(?:外|以外)[，,]?[^。；，]{0,6}(?:还|另|另行|另外|同时)"
                           r"|除([^。；，]{0,24}?依法[^。；，]{0,4}(?:查处|处罚|处理|追究|惩处)[^。；，]{0,8}?)(?:外|以外)[，,]"
                           # 在依法查处的同时，取消其……: the statutory penalty the added measure goes beyond
                           r"|在([^。；，]{0,24}?依法[^。；，]{0,4}(?:查处|处罚|处理|追究|惩处)[^。；，]{0,8}?)(?:的同时|之外|以外)[，,]"
                           # round 26: the time before the law's own decision (在依法作出处理决定前，由镇人民政府通知……暂停
                           # 该户的生活用电) and the disposition after a measure ends (先行查封……，待调查终结后依法处理): the
                           # measure laid between is the document's own
                           r"|在([^。；，]{0,4}依法[^。；，]{0,12}?(?:决定|处理|处罚|查处))(?:之前|以前|前)"
                           r"|待([^。；，]{1,30}?(?:后|终结|结束|完毕)[^。；，]{0,4}依法[^。；，]{0,6}(?:处理|处置|决定))"
                           # round 27 (gate27): the statutory step after a gate put first (应当先取得……准入证，再依法申请
                           # 食品经营许可): the gate before it is the document's own
                           r"|(?:先|先行|事先)[^。；]{1,40}?[，,](?:然后)?再(依法[^。；，]{0,16})"
                           # round 27 wave 2 (gate27b): the statutory registration done before a duty the document adds
                           # (企业依法办理登记后，应当向县商务局申请列入……名录，未列入名录的，不得……)
                           r"|(依法(?:办理|申请|完成)?[^。；，]{0,8}?(?:登记|注册)(?:手续)?(?:后|之后|以后))[，,][^。；，]{0,6}?(?:应当|须|需|必须|还应|还须)"
                           # round 28 wave 2 (pp28b): another's act done by law on the person's land or goods, the premise
                           # of a paper then demanded (承包地被依法征收后领取青苗补偿款的，……还应当由村民小组长……签字确认):
                           # the 依法 is the taking's, not the paper's
                           r"|被(依法)[^。；，]{0,16}?(?:后|之后|以后|的)[^。；]{0,40}?[，,][^。；]{0,40}?(?:应当|须|需|必须)[^。；，]{0,20}?"
                           r"(?:提交|提供|出具|签字|签名|盖章|签章)")


def excepted_spans(text: str) -> list[tuple[int, int]]:
    """The 除……外 phrases of ``text`` that a sentence goes beyond (除提交《X条例》第十条规定的材料外，还应当提交……): what
    stands in them is excepted, and excuses nothing the sentence adds after them."""
    return [next(e.span(g) for g in (1, 2, 3, 4, 5, 6, 7, 8) if e.group(g) is not None) for e in _EXCEPT_ADDED.finditer(text)]


def without_excepted(text: str, end: int) -> str:
    """``text`` with the 除……外 phrases that end before offset ``end`` (the end of a hit) blanked, same length: a
    citation there is the list the sentence goes beyond, not the basis of what the hit adds after it; a hit inside the
    phrase itself keeps it."""
    if "除" not in text and "在" not in text and "待" not in text and "被" not in text:
        return text       # every alternative of _EXCEPT_ADDED opens with one of these
    for a, b in excepted_spans(text):
        if b < end:
            text = text[:a] + "＊" * (b - a) + text[b:]
    return text



def without_later_duties(lexicon: Lexicon, text: str, end: int) -> str:
    """``text`` with the general bases that introduce another duty after offset ``end`` blanked, same length
    (……处以罚款，并按规定补办登记手续: ``basis.other_duty``): the basis of that payment or procedure, not of the
    measure that ends at ``end``, which the sentence lays on its own. A basis before the measure stays."""
    spans = [m.span() for m in lexicon.rx("basis.other_duty").finditer(text) if m.start() >= end]
    for a, b in spans:
        text = text[:a] + "＊" * (b - a) + text[b:]
    return text


def context_of(lexicon: Lexicon, sentence: str, header: str, possible=None) -> tuple[str, ...]:
    """``possible``: ``lexicon.possible(sentence)``, to skip a scan of the sentence that cannot match (exact)."""
    out = []
    if _has(lexicon, "context.definition", sentence.strip(), possible):
        out.append("definition")
    if _has(lexicon, "context.description", sentence, possible) or lexicon.has("context.description", header):
        out.append("description")
    if _has(lexicon, "context.history", sentence, possible):
        out.append("history")
    if _has(lexicon, "internal", sentence, possible):
        out.append("internal")
    # cells apart by a tab or a run of spaces; not the spaces that set an article's number off its text (第四十三条    住房
    # 保障对象违反……: a layout of the article heading, D023), which make no table of the article
    if "\t" in sentence or re.search(r"\S {3,}\S", sentence[lead.end() if (lead := ARTICLE_LEAD.match(sentence)) else 0:]):
        out.append("table")
    s = sentence.strip()
    if s.startswith(("“", "「")) and s.rstrip("。；").endswith(("”", "」")):
        out.append("quotation")
    return tuple(out)


def asked_from(lexicon: Lexicon, sentence: str, possible=None) -> int:
    """Where the asked part of a question (``context.question``: 问：……？) starts in ``sentence``, -1 when it is no
    question: at the phrase of its first asking word (``question.asking``: 是否、如何……), else at its last phrase. What
    stands before that phrase is the question's premise, stated (大龄子女须出具“经公证的未婚声明”，是否还需出具……？);
    the asked part sets nothing — the answer does (问：……应如何办理及审批？答：……)."""
    if "context.question" not in lexicon or not _has(lexicon, "context.question", sentence.strip(), possible):
        return -1
    asking = lexicon.find("question.asking", sentence) if "question.asking" in lexicon else []
    end = asking[0][0] if asking else len(sentence.rstrip()) - 1
    return max(sentence.rfind(mark, 0, end) for mark in "，,；;：:") + 1


# -- is a measure forbidden rather than set ------------------------------------------------------------
# a paper named by what it states, a 不 inside its name (不扰民证明, 不违法承诺书): a few characters of content, no modal
# word (不得、不予、不能 …) nor a phrase break between the 不 and the paper's noun
_NAMED_CONTENT = re.compile(r"^(?![得能予给准许应需必再])[^，,。；;：:的、\s]{1,4}(证明|承诺书?|声明书?|保证书|确认书|说明)")
# … or a 不 among the words promised, between a verb of signing and the pledge's noun (签订不出村、不串门承诺书; 签署不参与
# 集体维权的保证书): what the signer promises, not a negated act (round 28 wave 2, set Z)
_SIGNED_BEFORE = re.compile(r"(签订|签署|签下|签字|填写|写下)[^，,。；;：:“”《》]{0,30}$")
_PLEDGE_AFTER = re.compile(r"^[^，,。；;：:“”《》]{0,30}?(承诺书|保证书|责任书|承诺函|保证函|责任状)")


def _states_of_paper(negation: str, gap: str, measure: str) -> bool:
    """Whether the 无/非/未 ``negation`` before a paper ``measure`` names what the paper attests (无房情况确认单, 无犯罪记录的
    证明, 未发生欠薪的书面确认意见), ``gap`` the words between them, not a negated act."""
    if _ACT_IN_GAP.search(gap):
        return False
    if negation in ("无", "非") and _STATE_GAP.match(gap):
        return True
    if negation in ("无", "非", "未", "没有") and _PAPER.search(measure) and not _PAPER_ACT_IN_GAP.search(gap):
        # (not papers listed one after another: 非正常死亡公民死亡证明、户口注销证明 — the 非 is the first paper's)
        return bool(_STATE_OF_PAPER.match(gap) or _STATES_OF_PAPER.match(gap) and not _PAPER_IN_GAP.search(gap))
    return False


def forbidden(lexicon: Lexicon, sentence: str, a: int, b: int) -> bool:
    """Whether the sentence forbids (or negates) the measure at [a, b) instead of setting it: 不得/严禁/不准……
    before it in the same phrase (任何单位不得以中断供水方式…; 甲方不回购…), or after it closing the sentence
    (……的方式，在本项目中不得采用 / 一律不准违规出台). A word inside a title (《不种植毒品原植物保证书》) negates
    nothing outside it, and 无/非 before a noun name a state (无房情况确认单, 无欠税证明), not a negated act."""
    before = _TITLE.sub(lambda t: "《" + "＊" * (len(t.group(0)) - 2) + "》", sentence[:a])
    if "“" in before:     # the quoted words of a paper (签署“举报内容不实自愿承担……”的承诺书) negate nothing outside them
        before = _QUOTED_WORDS.sub(lambda t: "“" + "＊" * (len(t.group(0)) - 2) + "”", before)
    if before.rfind("《") > before.rfind("》"):          # the measure stands inside a title: its start is masked too
        cut = before.rfind("《") + 1
        before = before[:cut] + "＊" * (len(before) - cut)
    for concept in ("modal.prohibition", "modal.exemption", "negation"):
        for m in lexicon.rx(concept).finditer(before):
            gap = before[m.end():]
            if concept == "negation" and (_NEGATED_CONDITION.match(sentence[b:]) or _states_of_paper(m.group(0), gap, sentence[a:b])):
                continue      # (未取得……证明的，不予兑现: the measure is required, its absence sanctioned)
            if concept == "negation" and _PAPER_LISTED_BEFORE.search(gap):
                continue      # (名下无其他机动车的证明和物业服务企业出具的……证明: the 无 is what the first paper says, round 25)
            if len(gap) <= 18 and not re.search(r"[。；：:]|的[，,]", gap) and not _COND_BOUNDARY.search(gap) \
                    and (concept != "negation" or not re.search(r"[，,]", gap)):
                if concept == "negation" and re.match(r"(得|能|予|给|准|许)", gap[:1] or "x") is None \
                        and len(gap) > 16:
                    continue
                if concept == "negation" and m.group(0) == "不" and gap.startswith("经"):
                    continue        # 不经事先通知进入……: without notice, the entry itself is not negated
                if concept == "negation" and m.group(0) == "不" and _NAMED_CONTENT.match(gap + sentence[a:b]):
                    continue        # 不扰民证明, 不违法承诺书: the 不 is what the paper says, part of its name
                if m.group(0).startswith(("不", "严禁", "禁止")) and _SIGNED_BEFORE.search(before[:m.start()]) \
                        and _PLEDGE_AFTER.match(gap + sentence[a:b]):
                    continue        # 签订不出村、不串门承诺书: the words the pledge promises
                if re.match(r"(得|能|应)?(低于|少于|小于|短于)", gap):
                    continue        # 不得低于……的千分之二: a floor the sentence demands
                return True
    for m in lexicon.rx("unlawful").finditer(before):
        gap = before[m.end():]
        if len(gap) <= 8 and not re.search(r"[，,。；：:的]|行为", gap):   # (违法占地行为作出的: the conduct named, not the measure)
            return True                 # 违规向法人摊派 / 违法封存: the measure named as unlawful
    after = sentence[b:]
    m = lexicon.rx("modal.prohibition").search(after)
    if m and re.match(r"(低于|少于|小于|短于)", after[m.end():]):
        m = None                        # 捐赠额不得低于……: a floor the sentence demands, not a prohibition
    between = after[:m.start()] if m else ""
    if m and not _COND_BOUNDARY.search(between) and not lexicon.has("cond.otherwise", between) \
            and not lexicon.has("cond.only_then", between) \
            and ("，" not in between or re.search(r"(方式|做法|形式|政策|措施|行为)[^，]*，", between)):
        tail = after[m.end():].strip("。；;！!？? \n")
        if len(tail) <= 2 or _CLOSING_VERB.match(tail) and len(tail) <= 8:
            return True
    return False


_ITEM = re.compile(r"^\s*(第[一二三四五六七八九十百零〇\d]+条)?[\s\u3000]*([（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十\d]+[、.．])")


# a bare enumeration (非法财物、吊销许可证、查封、扣押、冻结财物、劳动教养……): kinds listed, no verb, no condition
_ENUMERATION = re.compile(r"^(?![^、]*(对|由|予以|给予|处以?|责令|将|把|可以|应当|须|依法|实施|采取|进行))"
                          r"[^，,。；;：:的]{0,12}(?:、[^，,。；;：:、的]{1,12}){3,}[^，,。；;：:的]{0,12}[。；;]?$")


def _bare_item(sentence: str) -> bool:
    """A short list item with no condition and no actor (（三）没收违法所得；). An item that ends in 的 names a
    circumstance (（二）父母未缴清物业管理费的；), the ground its header acts on, not a kind in a list."""
    m = _ITEM.match(sentence)
    return (bool(m) and len(sentence) - m.end() <= 30 and not re.search(r"的[，,]|对|由|向", sentence[m.end():])
            and not sentence.rstrip("。；;，, ").endswith("的") and not _SCORED.search(sentence, m.end()))


# a circumstance and the points it scores (1.政策内生育子女的积30分。 2.已婚未育者为10分。): a measure of a points scheme,
# not a kind in a list (round 16, D043 附件1三、D044)
_SCORED = re.compile(r"(的|者)[，,]?\s*(积|得|加|扣|减|记|计|为|加计|扣减|可得|可积)\s*[0-9０-９一二三四五六七八九十百]+(\.[0-9]+)?\s*分")


# -- the whole clause ------------------------------------------------------------------------------------
def place_mentions(sentence: str, base: int, places, taken) -> list[Mention]:
    """Mentions of ``local`` for the names of the place the document speaks for (``review.locality``): a
    梧桐县 document's “梧桐县企业” is its own county's (本县) enterprises. ``taken``: spans already read as local."""
    out: list[Mention] = []
    for name in places:             # longest first: 梧桐县 before 梧桐
        for m in re.finditer(re.escape(name), sentence):
            a, b = base + m.start(), base + m.end()
            if any(x < b and a < y for x, y in taken):
                continue
            taken.append((a, b))
            out.append(Mention("local", a, b, name))
    return out


# round 26: a body named by 由 as the one that issues a card or a licence to others (由镇人民政府核发《农村建筑工匠从业许可
# 证》): the licence's keeper, not the party its gate binds
_ISSUES_LICENCE = re.compile(r"^[^，。；]{0,4}(核发|颁发|发放|签发|发给)[^，。；]{0,16}(证|证书|证件|卡|牌|牌照|执照)》?(?=[，,。；;]|$)")


def is_keeper(agent: Actor | None, sentence: str, base: int, preconditions, earlier_agents) -> bool:
    """Whether a government agent only keeps a gate set on others: it stands after a precondition's condition
    (……的， / 未备案的施工队，) and acts on the failure (责令、不予、不受理、取消…), and no earlier sentence of the clause has a
    government body as its own subject (各乡镇的计划须经批准；未经批准的，县财政局不予拨付: administration)."""
    if agent is None or not agent.role == "role.government":
        return False
    rel = agent.start - base
    if sentence[max(0, rel - 1):rel] == "由" and _ISSUES_LICENCE.match(sentence[agent.end - base:]) \
            and not _ADMIN_OBJECT.search(sentence[:rel]):
        return True       # round 26: 实行镇级从业许可管理，由镇人民政府核发《……从业许可证》: the issuer of the licence
    if not preconditions:
        return False
    if not re.search(r"[，,]", sentence[:rel]) or not _KEEPER_VERB.match(sentence[agent.end - base:]):
        return False
    if any(p.start - base > rel for p in preconditions):
        return False
    return not any(a is not None and a.role == "role.government" for a in earlier_agents)


def conducts_gate(agent: Actor | None, actors, sentence: str, base: int, preconditions) -> bool:
    """Whether a government 由-agent itself carries out the sentence's gate (由县农业农村局牵头组织……联合会审，会审通过后方可
    开工建设): it gives the approval or assessment the activity waits for, and the party that waits is another, named
    or not. Not when another government body stands before it (县直各部门开展检查，须由县政府审批后方可进行: the body
    that waits is the government's own)."""
    if agent is None or agent.role != "role.government" or not preconditions:
        return False
    rel = agent.start - base
    if not sentence[max(0, rel - 3):rel].endswith("由"):
        return False
    if any(a.role == "role.government" and a.start < agent.start for a in actors):
        return False
    if _ADMIN_OBJECT.search(_BASIS_OPENING.sub("", sentence[:rel])):
        return False      # 乡镇年度建设计划由县水利局审核汇总，报县人民政府批准后方可实施: a plan, inside the administration
        # (round 34, fee34: not a plan the sentence opens by citing as its ground — 根据全县……发展规划，对……实行准入管理)
    stop = re.search(r"[，,。；;]", sentence[agent.end - base:])
    phrase = sentence[agent.end - base:agent.end - base + stop.start()] if stop else sentence[agent.end - base:]
    phrase_end = agent.end + len(phrase)
    if any(p.form == "only_then" and agent.end <= p.start < phrase_end for p in preconditions):
        return True
    # (由县民政局组织评估验收，验收合格后方可收住: the gate is named again after the comma)
    return _GATE_ACT.search(phrase) is not None and any(p.form == "only_then" and p.start >= phrase_end
                                                        for p in preconditions)


# a ground or a purpose the sentence opens with (根据……规划，; 为了……，): what it follows, not what it gates
_BASIS_OPENING = re.compile(r"^(根据|依据|按照|依照|结合|为了|为)[^，,。；]{0,40}[，,]")
# what the administration itself makes, spends or reports: gated inside the administration
_ADMIN_OBJECT = re.compile(r"(计划|方案|规划|预算|资金|经费|名单|目录|报告|项目库)")
# a modal word of a later clause (……确需开挖的，须经……批准)
_LATER_MODAL = re.compile(r"(应当|应|须|必须|需|需要|要|不得|禁止|严禁|可以|可|有权|一律)")
# the acts of a gate a body carries out itself (组织专家评审, 联合审查, 实地核查, 评估验收)
_GATE_ACT = re.compile(r"(审查|审核|会审|联审|审批|批准|核准|验收|评审|评估|认定|审定|核查|论证|鉴定)")


@dataclass(frozen=True, slots=True)
class HeaderForce:
    """What a list header lends each of its items: its modal (……应当履行下列义务：), the preconditions it sets
    (下列活动实行……审批管理：) and the concepts it names that it does not forbid (应当缴纳下列款项：)."""

    modal: str
    preconditions: tuple[tuple[str, str], ...]      # (concept, form)
    mentions: frozenset[str]


@functools.lru_cache(maxsize=1024)     # the same header for each of its items: read once
def header_force(lexicon: Lexicon, header: str, wanted=()) -> HeaderForce | None:
    """The force a list header lends its items, or None (no header, or one that cites its basis or only
    describes: the items then stand as written)."""
    if not header or not re.search(r"[：:]\s*$", header):
        return None
    modal, modal_at = modal_of(lexicon, header)
    actors = actors_of(lexicon, header, 0)
    agent = agent_of(actors, header, 0, modal_at)
    pre = tuple((p.concept, p.form) for p in preconditions_of(lexicon, header, 0)
                if p.form in ("system", "duty", "only_then")
                and not (p.form != "system" and agent is not None and agent.role == "role.government"
                         and agent.start < p.start))     # 各区编制的下列计划须报市政府批准： administration
    # the concepts only of a header whose items are its objects (应当缴纳下列款项： / 履行以下义务：), not of one
    # whose items are cases of a procedure (……持证明材料办理变更登记：（一）新旧住址在同一县的……)
    lends = re.search(r"((下列|以下|如下)[^，。；：:]{0,8}|缴纳|交纳|预交|收取|提交|提供|履行|遵守|做到)[：:]\s*$", header)
    # (a condition the header itself sets — 必须签订《治安责任保证书》，承担以下责任： — stays the header's: it is not
    # a condition of what each item names)
    # (the concepts that cannot occur in the header, from one lookup of its keys, are not scanned for)
    possible = lexicon.possible(header) if lends and modal == "duty" else frozenset()
    names = frozenset(n for n in wanted if not n.startswith("condition.") for a, b in lexicon.find(n, header, possible)
                      if not forbidden(lexicon, header, a, b)) if lends and modal == "duty" else frozenset()
    # (a header that grants, 居住证持有人享有下列权益：, lends its items nothing: they are benefits)
    if modal == "none" and not pre and not names:
        return None
    return HeaderForce(modal, pre, names)


@functools.lru_cache(maxsize=16)       # one ``wanted`` for all the clauses of a rule pass
def _positions(names: tuple[str, ...]) -> dict[str, int]:
    return {name: i for i, name in enumerate(names)}


@dataclass(frozen=True, slots=True)
class Reading:
    """The first pass over one sentence of a clause (``read``): what it holds — the wanted concepts' mentions, its
    preconditions and sanctions, its list header's lent ones included — before who acts, the modal, the basis and
    the context are read (``analyse``, only where a rule reads them)."""

    start: int
    end: int
    possible: frozenset                      # lexicon.possible of the sentence
    mentions: tuple[Mention, ...]
    preconditions: tuple[Precondition, ...]
    sanctions: tuple[Sanction, ...]


def read(text: str, lexicon: Lexicon, header: str = "", wanted=(), places=(), keep=None,
         within=None) -> tuple[Reading, ...]:
    """``analyse``'s first pass: one ``Reading`` per sentence, with the same mentions, preconditions and sanctions
    as its norms (``norms_found`` of either is the same; tests/test_lexicon_scan.py checks the rules' hits).
    ``keep``: only the mentions of these of the ``wanted`` concepts (those the caller's rules may read: the others'
    are not looked for); each concept's mentions, and their order among the kept ones, are what they would be.
    ``within``: ``lexicon.possible`` of ``text`` (or of a text holding it), when known: a superset of each sentence's,
    which every reading uses only to skip a scan of (part of) its sentence that cannot match, so the readings are
    the same, from one pass over the clause instead of one per sentence."""
    spans = norm_spans(text)
    # only an enumerated item (（二）…, 3、…) stands under its header; a continuation line does not
    head = header_force(lexicon, header, tuple(wanted)) if header and _MARKED.match(text) else None
    out = []
    order = _positions(tuple(wanted))
    unique = len(order) == len(wanted)
    if keep is not None:
        wanted = [name for name in wanted if name in keep]
    for i, (s0, s1) in enumerate(spans):
        sentence = text[s0:s1]
        following = text[spans[i + 1][0]:spans[i + 1][1]] if i + 1 < len(spans) else ""
        # one pass over the sentence for every concept, or what may occur in the whole clause (``within``)
        possible = lexicon.possible(sentence) if within is None else within
        mentions = []
        # the wanted concepts that may occur, in the order of ``wanted`` (found without a loop over all of them)
        live = sorted(possible.intersection(wanted), key=order.__getitem__) if unique else \
            [name for name in wanted if name in possible]
        for name in live:
            mentions += _mentions(lexicon, name, sentence, s0)
        if places and "local" in wanted:
            mentions += place_mentions(sentence, s0, places,
                                       [(m.start, m.end) for m in mentions if m.concept == "local"])
        # an item of a header that lends a duty (应当具备下列条件：（三）取得……许可证): its own words after its number
        marked = _MARKED.match(sentence) if head is not None and i == 0 and head.modal == "duty" else None
        duty_at = marked.end() if marked else -1
        preconditions = preconditions_of(lexicon, sentence, s0, following, possible, duty_at)
        sanctions = sanctions_of(lexicon, sentence, s0, text, header, possible)
        if head is not None and i == 0:     # the item's first sentence; what follows it stands alone
            preconditions += [Precondition(c, f, s0, s1, sentence) for c, f in head.preconditions]
            mentions += [Mention(n, s0, s0, "") for n in sorted(head.mentions) if keep is None or n in keep]
        out.append(Reading(s0, s1, possible, tuple(mentions), tuple(preconditions), tuple(sanctions)))
    return tuple(out)


def reading_parts(text: str, header: str = "") -> list[str]:
    """The texts in which ``read`` finds what the clause ``text`` holds: its sentences and, for an enumerated item,
    its list ``header`` (which lends it concepts and preconditions)."""
    parts = [text[a:b] for a, b in sentence_spans(text)]
    if header and _MARKED.match(text):
        parts.append(header)
    return parts


def could_hold(lexicon: Lexicon, name: str, parts) -> bool:
    """Whether ``read`` of a clause could find it holds the concept or group ``name`` — mentioned, made a
    precondition or a sanction: only where ``name`` has a non-empty match in one of its ``reading_parts`` (what each
    of those readings starts from; named measures, precondition forms and sanction readings only take away). So a
    ``conditions.could_meet`` false over the names that could be held is false over what the norms hold (it only
    grows with what is held): told by a regex search, not by reading the clause (review.match.norm_readers)."""
    for part in parts:                    # (round 42: its matches, remembered for the readings that list them)
        if lexicon.spans(name, part):
            return True
    return False


def analyse(text: str, lexicon: Lexicon, header: str = "", wanted=(), places=(), readings=None) -> tuple[Norm, ...]:
    """One Norm per sentence of ``text`` (a clause or list item; ``header`` its list header).
    ``wanted``: the concepts whose mentions the rules need; ``places``: the names of the place the document
    speaks for (``review.locality.issuing_places``), read as ``local`` when the rules want it. A list item's first sentence without a modal of its
    own takes its header's; a header's preconditions and the concepts it names (not forbidden there) count in
    it, at the item's start. ``readings``: ``read`` of the same arguments, when it was made already."""
    if readings is None:
        readings = read(text, lexicon, header, wanted, places)
    head = header_force(lexicon, header, tuple(wanted)) if header and _MARKED.match(text) else None
    out = []
    earlier_agents: list = []
    for i, r in enumerate(readings):
        s0, s1, possible, preconditions = r.start, r.end, r.possible, r.preconditions
        sentence = text[s0:s1]
        modal, modal_at = modal_of(lexicon, sentence, possible)
        actors = actors_of(lexicon, sentence, s0, possible)
        if head is not None and i == 0 and modal == "none":     # the item's first sentence takes its header's
            modal = head.modal
        context = context_of(lexicon, sentence, header, possible)
        asked = asked_from(lexicon, sentence, possible)
        if asked >= 0 and (modal_at < 0 or modal_at >= asked):
            context += ("question",)     # the modal is asked about (应如何办理及审批？), not laid down
        if modal == "none" and not actors and "description" not in context and not preconditions and (
                _bare_item(sentence) or _ENUMERATION.match(sentence.strip())):
            context += ("description",)    # （三）没收违法所得、没收非法财物； — a list of kinds, not a measure
        agent = agent_of(actors, sentence, s0, modal_at)
        if agent is None and earlier_agents and s0 >= 1 and text[s0 - 1] in "；;" \
                and (_has(lexicon, "adjustment", sentence.lstrip(" \t\u3000"), possible)
                     or _GATE_RESTATED.match(sentence.lstrip(" \t\u3000"))):
            # 区教育局负责划定招生范围；招生范围确需调整的，应报区政府批准: the subject omitted after the semicolon is
            # the body of the sentence before (承前省略), adjusting what it made; or the gate of the sentence before said
            # again as a prohibition (县统计局……应当报经批准；未经批准的，不得布置调查任务): binding the same body
            agent = earlier_agents[-1]
        if agent is not None and earlier_agents and actors and agent is actors[0] and gives_approval(agent, sentence, s0) \
                and not sentence[:agent.start - s0].strip(" \t\u3000"):
            # 应当向区城市管理局提出申请。区城市管理局同意后，方可设置: the one who waits is the sentence before's subject
            agent = earlier_agents[-1]
        basis = basis_of(lexicon, sentence, header, possible)
        if not basis.provided and out and step_start(text, s0) < s0:
            basis = out[-1].basis       # 逾期未改正的，处……: the step of the order the sentence before based
        out.append(Norm(
            start=s0, end=s1, text=sentence, header=header, modal=modal, actors=tuple(actors),
            agent=agent, preconditions=preconditions, sanctions=r.sanctions,
            basis=basis, context=context,
            mentions=r.mentions,
            keeper=is_keeper(agent, sentence, s0, preconditions, earlier_agents)
            or conducts_gate(agent, actors, sentence, s0, preconditions),
            relief=reliefs(lexicon, sentence, s0, possible)))
        earlier_agents.append(agent)
    return tuple(out)


# round 28 (speed28): the costliest of these searches skip a text without the keys every match must contain
# (review/firstchars.Keyed: exact; measured by bench/reading_budget.py)
_CLOSING_VERB, _NEGATED_CONDITION = map(Keyed, (_CLOSING_VERB, _NEGATED_CONDITION))
