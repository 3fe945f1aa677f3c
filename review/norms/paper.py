"""The proof reading (round 23, issue 8): one norm a reviewer states in a sentence — *a person (an applicant, a party,
a firm, a household) must hand in a paper that a third body issues, certifies or signs, and no statute names that
paper* (优化营商环境条例 第四十四条; 国办发〔2018〕47号) — read by its shape, with open slots, not from lists of the
issuers, papers and sectors of the clauses seen so far.

* **demand** — a closed class of the grammar: a hand-in verb (提交, 提供, 出具, 附, 报送, 持, 凭, 出示 …) under a duty
  or a condition (应当, 须, 方可, 未……不予), a paper the person is to hand in named first (……证明，由申请人……一并报送),
  a third party's sign-off the person's paper must carry (须经……签字背书, 须由……在申请表上签字核实), or an item of a
  list whose header asks for materials (应当提交下列材料：, 申请材料清单);
* **paper** — an open slot by the morphology of paper nouns: …证明(材料/书/函), …确认书/单/函, …意见(书), …情况说明/
  材料, …说明, 承诺书, 担保函, 介绍信, 公证书/文书, …流水, …复印件, …核查单, …认定, …声明;
* **third body** — an open slot by the morphology of organisation and office-holder nouns: a name ending in 单位, 机构,
  委员会, 会, 村, 社区, 小组, 医院, 学校, 园区, 协会, 派出所, 站, 所, 中心, 公司, 合作社, 组织, 银行, 物业, 部队 …, or an
  office-holder (…长, 主任, 书记, 网格员, 干部), that issues (出具, 开具), seals (盖章, 签章), signs (签字, 背书, 见证) or
  certifies (核实, 证实, 认定) the paper — or a paper a third body makes by its nature (银行流水, 收入证明, a notarised
  paper, a 介绍信, a 担保函), the person's own family as further bearers (其全部近亲属的收入证明);
* **on_file** — the data-sharing shape: a paper the government already holds or can verify (已汇聚至……共享平台,
  已归集至电子证照库, 可以通过……查询) still demanded on paper (仍应当提交……纸质复印件);
* **guards** — what makes the same grammar lawful: a basis cited or reserved (checked by ``burden.burdens`` before
  every reading: 依照《……》第……条, 依法, 法律法规另有规定的从其规定), the demand lifted or replaced (告知承诺,
  不再要求, 免于提交, 无需, 不得要求), a protective negation (不得以……为由), the issuer barred from issuing (不得出具),
  a false paper sanctioned, the statute's own papers (proof.lawful_record, proof.statutory, proof.alternative_forms,
  proof.tax_voucher, papers made abroad), an expert body's report (检测、鉴定、评估机构), a government body's own
  review (审核意见), the applicant's own statement or identity papers, and family-planning papers, which the
  family-planning rules report (FP-PROOF).

Pure: sentence in, frozen ``Burden``s out (names ``paper`` and ``on_file``); offsets into the sentence.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..firstchars import Held
from ..sentences import end_before, start_after
from .kin import RELATIVE
from .lexicon import read_lexicon_file
from .model import Burden

NAMES = ("paper", "on_file", "gated")

_PROOF_FILE = Path(__file__).resolve().parents[1] / "lexicons" / "proof.toml"
_SOURCES = {c.name: c.regex_source for c, _ in read_lexicon_file(_PROOF_FILE)}
# papers a statute names or the person's own legal records: proof.lawful_record (出生医学证明, 户口迁移证 …), proof.statutory
# (劳动合同法 第五十条 离职证明, 居住证暂行条例 第九条 住宿证明 …), proof.alternative_forms (结婚证或者……证明),
# proof.tax_voucher (税收征收管理法 第三十四条), proof.abroad (papers made abroad, a notary chosen freely),
# proof.acceptance_step and proof.refusal_reasons (the body's own step), proof.truthful (what was handed in)
_STATUTORY = re.compile("|".join(f"(?:{_SOURCES[n]})" for n in (
    "proof.lawful_record", "proof.statutory", "proof.alternative_forms", "proof.tax_voucher", "proof.abroad",
    "proof.acceptance_step", "proof.refusal_reasons", "proof.truthful")))
_HEALTH_STATUTORY = re.compile(_SOURCES["proof.health_statutory"])
# round 38 (realprec38): an agent's or an entrusted guardian's notarised mandate (proof.notarised_mandate) — the principal's
# own act, which the law accepts in place of signing in person — is no notarised paper a third body makes by its nature
_MANDATE = re.compile(_SOURCES["proof.notarised_mandate"])
# a body in another region (参保地社保经办机构, 原工作地): the receiving body may be unable to verify there (proof.elsewhere)
_ELSEWHERE = re.compile(_SOURCES["proof.elsewhere"])
# a status a registrar holds (婚姻, 参保, 住房, 纳税, 无违法记录, 健康 …): when a government body or a hospital is to certify
# it, C-PROOF-03 and C-PROOF-HEALTH read the paper with their own guards and wording (a village certifying it stays here)
_REGISTERED = re.compile("|".join(f"(?:{_SOURCES[n]})" for n in (
    "proof.status_proof", "proof.registered_status", "proof.record_proof", "proof.duplicate_proof", "proof.tax_proof",
    "proof.health_proof")))

# ---- the demand
_MODAL = r"应当|应(?!用)|须|需要|需|必须|要(?!求)|一律|均须|均应|务必"
_HAND = (r"提交|提供|出具|附送|附上|附(?![件近加则属有])|报送|递交|交验|出示|备齐|携带|带齐|上传|一并报|取得|"
         r"(?<![坚支维保主扶把劫矜操])持(?![续久平有证卡])|凭(?![证借着据条单])")
# (not 提交的: papers already handed in, read by the body — 对申请人提交的证明进行审核)
_DEMAND = re.compile(rf"({_MODAL})[^。；;]{{0,16}}?({_HAND})(?!的)|({_HAND})(?!的)[^。；;]{{0,40}}?(后|之后)[，,]?[^。；;]{{0,6}}(方可|方能|才能|才可)"
                     rf"|未(按[^。；;，]{{0,6}})?(提交|提供|出具|附)[^。；;]{{0,40}}?的?[，,][^。；;]{{0,12}}(不予|不得|一律不|暂不)"
                     r"|由(申请人|申请单位|申报单位|申请企业|当事人|本人|其家属|家属|申领人|利用者|养殖户|经营者)[^。；;]{0,20}?"
                     r"(提交|报送|提供|附送)(?!的)")
# a materials list header (申请……应当提交下列材料：; 附件3：……申请材料清单)
_LIST_HEADER = re.compile(rf"({_HAND}|准备|备好)[^。；;]{{0,16}}(下列|以下|如下)|材料清单|资料清单|所需(材料|资料)|申请(材料|资料)[：:\s]*$"
                          r"|(下列|以下|如下)(材料|资料|文件|证明)")

# ---- the third body: an organisation or an office-holder, by the ends of its name
_ORG_END = (r"单位|机构|委员会|委会|理事会|联合会|协会|商会|学会|工会|联合社|合作社|经济组织|组织|社区|村|[村居]民小组|小组|"
            r"医院|卫生院|卫生室|诊所|学校|幼儿园|园区|管委会|派出所|警务室|服务站|站(?![点立])|(?<![场住])所(?![在属有需得述列以])|"
            r"中心|公司|集团|企业|部队|银行|信用社|物业|支部|总支|党委|党组织|办事处|街道|乡镇|[乡镇]人民政府|部门|机关|局|馆|院|厂|"
            r"林场|农场|牧场|渔场|市场|业主大会|大会|两委|(?<![举开创兴经承主协督代包申批])办(?![理法事公])|经营者|出租人|房东")
_HOLDER = (r"[组村社站所队主]长|主任|书记|网格员|村干部|邻居|邻户|证明人|见证人|"
           r"(?:相邻|周边|四邻|毗邻)[^，。；、]{0,6}?(?:权利人|农户|住户|村民|居民|业主|经营户|商户)|"
           # round 26 wave 2 (proof26b): a collective of persons, each to sign or seal (全体住户, 各商户, 每户村民)
           r"(?:全体|所有|每一?|各)[\u4e00-\u9fff]{0,6}?(?:户|民|人|者|主|员|商|东)")
_ORG = rf"[\u4e00-\u9fff（）()]{{0,16}}?(?:{_ORG_END}|{_HOLDER})[)）]?"
_ISSUE = r"出具|开具|签发|盖章|签章|加盖[^，。；、]{0,4}?章|签字|签名|捺印|按手印|见证|背书|核实|认定|证实|签署|确认"
# paper nouns (an open slot by their endings)
_PAPER = (r"书面(?:说明|意见|材料|确认|认定)|证明(?:材料|书|信|函|文件)?|确认(?:书|单|函|表|意见)|意见书?|情况(?:说明|材料)|说明(?:材料)?|书面材料|材料|"
          r"承诺(?:书|函)|保证(?:书|函)|担保(?:函|书)|介绍信|推荐(?:信|函|表)|公证(?:书|文书)|流水|复印件|影印件|"
          r"核查(?:单|表|意见)|核实(?:单|表|意见)|认定(?:书|意见)?|鉴定(?:书|表|意见)?|声明(?:书)?|证实材料|函|"
          # round 26: a voucher a third body writes of a debt settled or a payment made (物业服务费结清凭据, 银行回单)
          r"凭据|回单|"
          # round 26 wave 2 (proof26b): a form or a paper by its noun's ending alone (测评表, 无异议书, 联名书)
          r"表|(?<!申请)(?<![证])书")
# a paper the third body issues: 〈body〉……出具的〈…paper〉
# (between the body and its act at most a phrase on whom or on what paper: 对其……, 在申请表上, 为其 — no other body)
# (round 28 wave 2, pp28b: the facts the paper states may be several, joined by 、 — 无上访、无经济纠纷意见; a fact the body
# is asked to certify may stand in its 对 phrase — 街道办事处对该房屋未用于居住或者其他经营用途签署的意见; a paper named by
# …记录 — 派出所开具的……无治安违法记录, read only where it states a negative fact, below)
_FACTS = r"(?:[^，。；、]|、(?=无|未|没有|不))"
_ISSUED = re.compile(rf"(?P<org>{_ORG})(?:对[^，。；、]{{0,24}}?|在[^，。；、]{{0,12}}?(?:表|书|单|栏|材料|证明|件)上?|为其|就[^，。；、]{{0,10}}?)?"
                     rf"(?:分别|共同|统一|均|逐一|逐页)?(?P<verb>{_ISSUE})(?:{_ISSUE})?(?:并[^，。；、]{{0,6}}?)?的(?P<what>{_FACTS}{{0,30}}?)(?P<paper>{_PAPER}|记录(?![^，。；、]{{0,2}}(?:证明|表|书))(?=[，。；;]|$))")
# a third body's sign-off the person's paper must carry: 须经村民小组长签字背书; 须由网格员在申请表上签字核实
_SIGNED_OFF = re.compile(rf"({_MODAL}|(?<=[，,])并|(?<=[，,])(?=由))(?:先|另行|事先|须|需|应当)?(?:经|由)(?P<org>{_ORG})[^，。；]{{0,20}}?"
                         r"(?P<act>签字|签名|盖章|签章|加盖[^，。；]{0,4}?章|背书|见证|核实盖章|核实并盖章|签署意见|出具意见|证实|签字确认|签字核实)")
# a body's name joined to its paper with no verb between (举办人无违法犯罪记录的公安机关书面材料)
_JOINED = re.compile(rf"(?P<org>{_ORG})(?P<paper>书面(?:材料|意见|说明|证明)|证明材料|意见书|确认书|确认函|情况说明)")
# a third body's opinion on the person: 所在社区对其经营期间邻里关系及有无投诉情况的书面意见
_OPINION = re.compile(rf"(?P<org>{_ORG})对(?:其|申请人|申请单位|申请企业|当事人|本人|该)[^，。；]{{0,30}}?的"
                      r"(?P<paper>(?:书面)?(?:意见|评价|鉴定|证明|说明|确认书|确认意见|认定意见))")
# papers a third party makes by their nature: a bank's statement, a notary's deed, and an income proof of relatives (the
# family as further bearers: 其全部近亲属……的收入证明 — the household's own income is the means test's)
_NATURAL = re.compile(r"(?:银行|账户|资金|个人|收支|交易|工资|薪酬|存款|缴费|缴纳)[^，。；、]{0,4}流水|银行[^，。；、]{0,2}回单|(?<!无)收入证明|经(?:过)?公证的|公证文书|经[^，。；、]{0,8}公证(?:后|以后)")
# what is not a third body's paper demanded: an approval or the body's own review (审批意见, 审核意见); an expert
# body's report (检测、检验、鉴定、评估、认证、审计机构 and professional firms); the person himself signing
_NOT_PAPER = re.compile(r"(?<!担)保函|保单|保险单|履约|投标|预付款|保证金|审批|批准|许可|核准|准予|批复|审核意见|初审意见|审查意见|复核意见|审定|验收|预审|选址|规划条件|环评|环境影响|论证|评审")
_EXPERT = re.compile(r"检测|检验|鉴定|评估|认证|审计|会计师|律师|设计|勘察|测绘|监理|计量")
_SELF = re.compile(r"(申请人|申请单位|申报单位|申请企业|本人|当事人|申领人|利用者|委托人|受托人|其|本单位|自身|自己)$")
# a government body, a hospital, a notary, a court (_OFFICIAL): a status it registers is C-PROOF-03's; a body whose paper
# a law or an upper rule often names (_LEGAL: a hospital, a notary, a court, the police) is read only where the sentence
# itself demands it, not on a list header's strength alone (D076's 变更性别登记 materials, a labelled look-alike)
_OFFICIAL = re.compile(r"(人民政府|政府|局|厅|部门|机关|办事处|街道|乡镇|[乡镇]|管委会|(?<!民)(?<!业主)委员会|中心|派出所|公安[^，。；]{0,4}|"
                       r"医院|卫生院|医疗机构|诊所|公证[^，。；]{0,4}|法院|检察院|仲裁[^，。；]{0,4})$")
_LEGAL = re.compile(r"(医院|卫生院|医疗机构|诊所|公证[^，。；]{0,4}|法院|检察院|仲裁[^，。；]{0,4}|公安[^，。；]{0,4}|派出所)$")
_GOVERNMENT = re.compile(r"(人民政府|政府|局|厅|部门|机关|办事处|街道|乡镇|[乡镇]|管委会|(?<!民)(?<!业主)委员会)$")
# where the issuer's name starts: after the demand verb, a modal, a particle or a list comma before it
_ORG_START = re.compile(r".*(?:取得|提交|提供|出具|附送|附上|报送|递交|出示|应当|须|需要|需|必须|由|经(?!济|营|销|贸|管|办)|的|持|凭|并|及|和|或者|或|、|以及|：|:|\s)")

# papers a person holds of his own (a certificate, a licence, a title) and their copies: no third body certifies anything
_OWN = re.compile(r"产权证明|权属证书|权属证明|不动产权|房产证|居住证|身份证|户口簿|营业执照|结婚证|离婚证|毕业证|学位证|学历证|资格证|执业证|许可证|接种证|"
                  r"[^，。；、]{1,6}证(?:书)?(?:原件|复印件|影印件|副本)")
# one of several acceptable forms, a paper of the person's own among them (……证明或者……产权证、租赁合同; 无业证明或失业证):
# the person hands in what he has (not several would-be issuers joined by 或: 社区、村(居)委会或者基层卫生医疗机构出具的死亡证明)
_ALTERNATIVE = re.compile(r"(或者|或是|或(?![缺许]))[^，。；]*?(证(?![明实])|执照|合同|协议|簿|认证)|(证(?![明实])|执照|合同|协议|簿)[^，。；、]{0,6}?(或者|或是|或(?![缺许]))")
# the issuer's record of the person's own dealings with it (a donation received, blood given, a report made, an award, a
# volunteer's hours, an activity it ran): a receipt or record like a contract voucher (优化营商环境条例 第四十四条 合同凭证;
# 慈善法 第六十六条 志愿服务记录证明)
_DEALINGS = re.compile(r"捐赠|捐献|献血|举报|表彰|奖励|荣誉|获奖|志愿|服务时[间长数]|考试|成绩|学籍|在读|就读|"
                       r"参加[^，。；]{0,12}(?:活动|宣传|工作|培训|竞赛|比赛)")
# a points claim's evidence (积分入户, 加分): the person brings what he claims points for
_SCORING = re.compile(r"积分|加分|计分|分值|得分")

# ---- the held shape: papers the government holds or can verify, still demanded on paper
_HELD = re.compile(r"已(?:经)?(?:汇聚|归集|共享|上传|录入|接入|推送|纳入|存储|汇集|入库)[^，。；]{0,8}?(?:至|到|于|进|入)?[^，。；]{0,16}?"
                   r"(?:共享|电子证照|数据库|信息库|证照库|平台|系统)"
                   r"|(?:可以|能够|可)(?:通过|从|在)[^，。；]{0,24}?(?:共享|核验|查询|核查|获取|调取|比对)"
                   r"|已(?:在|经|于)?[^，。；]{0,16}?(?:登记|持有|取得|办理|录入|备案)[^，。；]{0,12}?的[，,]?[^。；]{0,4}?(?:亦|也|同样|仍)")
_STILL = re.compile(rf"(仍|还|另行|再|依然|仍然|同时|亦|也|同样|重复)[^，。；]{{0,8}}?({_MODAL})?[^，。；]{{0,8}}?(提交|提供|报送|出具|打印|开具|交验|补交)"
                    rf"|({_MODAL})[^，。；]{{0,8}}?(提交|提供|报送|交验)[^。；]{{0,60}}?(纸质|复印件|原件|打印件)")
_HELD_PAPER = re.compile(r"纸质|复印件|原件|打印|证明|盖章|记录|证照|材料")

# ---- guards
_LIFTED = re.compile(r"告知承诺|书面承诺|承诺(?:代替|替代)|承诺制|不再(?:要求|提交|索要|提供|需要)|无需|无须|免于|免予|不需|不必|不用"
                     r"|(?:不得|严禁|禁止|不准|不能|不)(?:要求|索要|强制|让)|(?:不得|不予|可以不予|可不予?)(?:出具|开具)|自行核验"
                     r"|(?:无法|不能|未能)(?:通过)?[^，。；]{0,12}(?:共享|核验|获取|查询|验证)")
# a pledge that does not replace the paper: the paper still demanded beside it (办理……告知承诺手续时，应当一并提交……情况说明;
# 在签署承诺书的同时，仍须提交……核查意见) — round 25
_PLEDGE = re.compile(r"告知承诺|书面承诺|承诺制|承诺书")
_STILL_DEMANDED = re.compile(rf"(?:仍|一并|同时|还|另行|亦|也)[，,]?[^，。；]{{0,6}}?(?:{_MODAL})?[^，。；]{{0,4}}?(?:提交|提供|附|出具|报送)")


def _lifted(sentence: str) -> bool:
    """Whether the demand is lifted or replaced (告知承诺, 不再要求 …), not a pledge beside which the paper is still asked."""
    for m in _LIFTED.finditer(sentence):
        if _PLEDGE.fullmatch(m.group(0)) and _STILL_DEMANDED.search(sentence, m.end()) \
                and not re.search(r"代替|替代|免于|免予|不再|无需|无须", sentence):
            continue
        return True
    return False


_PROTECT = re.compile(r"不得(?:因|以|仅以|仅因)|不因|不以|任何(?:单位|组织|个人|人)[^，。；]{0,6}(?:不得|无权)")
_FALSE = re.compile(r"虚假|伪造|变造|骗取|冒领|假证明|假材料|不实")
_FAMILY_PLANNING = re.compile(r"计划生育|计生|婚育|生育(?:情况|状况)?证明|独生子女|节育|孕检|流动人口婚育")
_KEYS = re.compile(r"出具|开具|签发|盖章|签章|加盖|签字|签名|捺印|手印|见证|背书|核实|认定|证实|签署|确认|流水|公证|介绍信|担保函|关系证明|收入证明"
                   r"|共享|平台|核验|查询|电子证照|数据库|意见|评价|书面|确认书|确认函|情况说明|证明材料")


def _in_sentence(sentence: str) -> bool:
    """Whether the sentence itself makes a person hand something in: a duty or condition on a hand-in verb."""
    return _DEMAND.search(sentence) is not None


def _demanded(sentence: str, header: str) -> bool:
    """Whether the sentence (or its list header) makes a person hand something in: a duty or condition on a hand-in
    verb in the sentence, or a materials header over a list item."""
    if header and _LIST_HEADER.search(header) and not _LIFTED.search(header):
        return True
    return _in_sentence(sentence)


def _clause(sentence: str, a: int, b: int) -> str:
    """The part of the sentence (between semicolons and stops) holding [a, b)."""
    lo = start_after(sentence, a, "；;。")
    return sentence[lo:end_before(sentence, b, "；;。")]


def _phrase(sentence: str, a: int, b: int) -> str:
    """The phrase (between commas and stops) holding [a, b)."""
    lo = start_after(sentence, a, "，,；;。")
    return sentence[lo:end_before(sentence, b, "，,；;。")]


_ITEM_MARK = re.compile(r"^[（(][一二三四五六七八九十\d]{1,3}[）)]")


def _trimmed(org: str) -> str:
    m = _ORG_START.match(org)
    org = org[m.end():] if m else org
    return org[_ITEM_MARK.match(org).end():] if _ITEM_MARK.match(org) else org     # an item's number is no part of a name


def _third(org: str) -> bool:
    """Whether the body named as issuer is a third body: not the person himself, not an expert firm."""
    org = org.strip("（）()")
    return bool(org) and not _SELF.search(org) and not _EXPERT.search(org)


def _statutory(sentence: str, a: int, b: int) -> bool:
    """Whether the paper at [a, b), or an alternative to it in its phrase, is one a statute names."""
    phrase = _phrase(sentence, a, b)
    return bool(_STATUTORY.search(sentence[a:b]) or re.search(r"或者|或是|或", phrase) and _STATUTORY.search(phrase))


_SENTENCE_GUARDS = re.compile("|".join(f"(?:{_SOURCES[n]})" for n in (
    "proof.acceptance_step", "proof.refusal_reasons", "proof.truthful", "proof.alternative_forms")))


# round 27 (gate27): what a paper certifies, a negative fact about the person — no penalty, no record, no debt, no dispute,
# no property (未受……处罚, 无……记录, 无拖欠……, 无……纠纷, 无自有……用房): open in what is denied, by the denial's grammar
_NEGATIVE_FACT = re.compile(r"(?:未受|未曾受|未被|没有|无)[^，。；、]{0,12}?(?:处罚|处分|记录|违法|违规|犯罪|纠纷|欠|拖欠|债务|投诉|事故|房|用房|住房|财产"
                            # (round 28 wave 2, pp28b: no petition, no dispute, a use or an event denied — 无上访, 未发生过
                            # 土地权属争议, 未用于居住: what a body is asked to certify of a person or a place)
                            r"|上访|信访|争议)|未(?:曾)?(?:用于|用作|作为|发生|出现|改变)")


def _issued(sentence: str, header: str) -> list[Burden]:
    for m in _ISSUED_SCAN.finditer(sentence):
        org, what = _trimmed(m.group("org")), m.group("what") + m.group("paper")
        start = m.end("org") - len(org)
        if not _third(org) or _NOT_PAPER.search(sentence[start:m.end()]):
            continue
        if m.group("paper") == "记录" and not _NEGATIVE_FACT.search(what):
            continue      # a record named (……出具的检查记录), not a paper that the person has none
        if _GOVERNMENT.search(org) and re.search(r"意见|函|同意", what) and not _NEGATIVE_FACT.search(sentence[m.end("org"):m.end()]):
            continue      # a body's opinion or consent in a procedure: the licence rules read a consent demanded
            # (not a body's paper that the person has no record, no penalty, no debt: a certificate under another name —
            # 登记管理机关出具的近三年未受行政处罚的书面意见, round 27)
        if re.match(r"(?:审核|初审|审批|审查|复核)", what):
            continue
        if re.search(r"医院|卫生院|医疗|诊所|卫生室", org) and _HEALTH_STATUTORY.search(header + sentence):
            continue      # health papers a law asks of food and public-place workers, recruits, deferred schooling
        if _OWN.search(what) and not (re.match(r"盖章|签章|加盖|签字|签名|捺印", m.group("verb"))
                                      and re.search(r"复印件|影印件", m.group("paper"))):
            continue      # a certificate the body issued is the person's own (a copy the body seals is its certification)
        if _ALTERNATIVE.search(_clause(sentence, start, m.end())) or _DEALINGS.search(what):
            continue
        if _OFFICIAL.search(org) and (_REGISTERED.search(sentence) or _ELSEWHERE.search(sentence)) or _ELSEWHERE.search(org):
            continue      # a registrar's status (C-PROOF-03 reads it, its condition often stated first), or one held elsewhere
        if _statutory(sentence, start, m.end()):
            continue
        if not (_in_sentence(sentence) or _demanded(sentence, header) and not _LEGAL.search(org)):
            continue
        return [Burden("paper", start, m.end(), sentence[start:m.end()])]
    return _issued_by(sentence, header)


# a paper a third body is to issue, named after the act (持卡人须由户籍地社区出具本人健在的书面确认): the same demand, the
# verb first (round 25)
_BY = re.compile(rf"(?:{_MODAL})(?:先|另行)?由(?P<org>{_ORG})(?P<verb>出具|开具|签发)(?P<what>[^，。；、]{{0,24}}?)(?P<paper>{_PAPER})")


def _issued_by(sentence: str, header: str) -> list[Burden]:
    for m in _BY.finditer(sentence):
        org = _trimmed(m.group("org"))
        start = m.end("org") - len(org)
        if not _third(org) or _GOVERNMENT.search(org) or _LEGAL.search(org) or _NOT_PAPER.search(sentence[start:m.end()]):
            continue      # (a hospital's referral, a notary's, a court's or the police's paper: often the law's own, D030's 转诊证明)
        if _OWN.search(m.group("what")) or _statutory(sentence, start, m.end()):
            continue
        return [Burden("paper", start, m.end(), sentence[start:m.end()])]
    return []


_PAPER_BEFORE = re.compile(rf"(?:{_PAPER})[（(]?$")


def _signed_off(sentence: str, header: str) -> list[Burden]:
    for m in _SIGNED_OFF.finditer(sentence):
        if not m.group(1) and not (header and _LIST_HEADER.search(header) and _PAPER_BEFORE.search(sentence, 0, m.start() - 1)):
            continue      # (a bare ，由……签署意见 only after a paper an item of a materials list names — round 27)
        org = _trimmed(m.group("org"))
        if not _third(org) or _GOVERNMENT.search(org):
            continue      # a body's own review (乡镇人民政府签署审核意见) is its procedure
        if re.search(r"审核|初审|审批|审查|复核", sentence[m.start("act"):m.end("act") + 6]):
            continue
        # the paper that must carry the sign-off, named just before it (……的书面说明（须经……签字背书）): the burden is that
        # paper (a 无 before it names what the paper states, review.norms.analyse.forbidden)
        p = _PAPER_BEFORE.search(sentence, 0, m.start())
        if p:
            end = p.end() - (1 if sentence[p.end() - 1] in "（(" else 0)
            return [Burden("paper", p.start(), end, sentence[p.start():end])]
        return [Burden("paper", m.start(), m.end(), m.group(0))]
    return []


def _joined(sentence: str, header: str) -> list[Burden]:
    if not _in_sentence(sentence):
        return []
    for m in _JOINED_SCAN.finditer(sentence):
        org = _trimmed(m.group("org"))
        start = m.end("org") - len(org)
        if not _third(org) or len(org) < 2 or _ALTERNATIVE.search(_phrase(sentence, start, m.end())):
            continue
        if _GOVERNMENT.search(org) and m.group("paper") in ("意见书", "书面意见"):
            continue
        if not re.search(r"(的|提交|提供|出具|附|报送|取得|持|凭|出示)$", sentence[:start]):
            continue      # the body stands where a paper's issuer is named, not as the subject of the sentence
        return [Burden("paper", start, m.end(), sentence[start:m.end()])]
    return []


def _opinion(sentence: str, header: str) -> list[Burden]:
    for m in _OPINION_SCAN.finditer(sentence):
        org = _trimmed(m.group("org"))
        start = m.end("org") - len(org)
        if not _third(org) or _GOVERNMENT.search(org) or _NOT_PAPER.search(sentence[start:m.end()]):
            continue
        if not _demanded(sentence, header):
            continue
        return [Burden("paper", start, m.end(), sentence[start:m.end()])]
    return []


_KIN = re.compile(RELATIVE)


def _mandated(text: str, at: int) -> bool:
    """The notarised paper at ``at`` is the mandate of someone acting for another (proof.notarised_mandate)."""
    return any(a <= at < b for a, b in (m.span() for m in _MANDATE.finditer(text)))


def _natural(sentence: str, header: str) -> list[Burden]:
    for m in _NATURAL.finditer(sentence):
        phrase_start = start_after(sentence, m.start(), "。；;")
        # the paper is what the hand-in verb asks for, not a paper named in passing (向出具该公证书的公证机构提出复查)
        if sentence[m.end():m.end() + 1] == "的" or not re.search(rf"({_HAND})(?!的)[^。；;]{{0,40}}$", sentence[phrase_start:m.start()]):
            continue
        if not _in_sentence(sentence) or _ALTERNATIVE.search(_phrase(sentence, m.start(), m.end())):
            continue
        if m.group(0).startswith("经") and re.search(r"自愿|驻外|使(?:（领）|\(领\)|领)?馆|境外|国外|涉外|港澳|台湾", sentence):
            continue      # papers made abroad, a notary chosen freely (proof.abroad)
        if m.group(0).startswith("经") and _mandated(header + sentence, len(header) + m.start()):
            continue      # the notarised mandate of an agent or an entrusted guardian (proof.notarised_mandate)
        if m.group(0) == "收入证明" and not _KIN.search(sentence, 0, m.start()):
            continue      # an income proof of the household the means test reads; of relatives outside it, a burden
        return [Burden("paper", m.start(), m.end(), m.group(0))]
    return []


# ---- round 25: circular proofs — a paper a body issues is demanded for a procedure, and the body, before it issues, must
# see a paper of that same procedure (须附园区管委会出具的入园审核意见；管委会出具入园审核意见前，应当查验该项目已取得的规划条件
# 核定书; 须提交城建档案馆出具的档案接收证明；城建档案馆接收管线档案时，须查验管线竣工验收备案证明): neither can come first
# (优化营商环境条例 第四十四条; 国办发〔2018〕47号 — 循环证明). Any body, any paper: the issuer's name read again, with a check
# before or at its own act.
_ISSUER_PAPER = re.compile(rf"(?P<org>{_ORG})(?:出具|核发|开具|签发)的(?P<paper>[^，。；;]{{0,24}}?(?:{_PAPER}|通知书|回执|证书|核定书|[^，。；;]证(?!明)))")
# round 26 (speed26): the patterns that start with a body's open name slot (``_ORG``) searched only in a text that
# holds what a match must (``firstchars.Held``: exact); the slot's lazy tries at every character cost more than the rest
_ISSUED_SCAN, _JOINED_SCAN, _OPINION_SCAN, _ISSUER_PAPER_SCAN = Held(_ISSUED), Held(_JOINED), Held(_OPINION), Held(_ISSUER_PAPER)
_CHECKS_FIRST = re.compile(r"(?:出具|核发|开具|签发|接收|受理|办理)[^，。；;]{0,20}?(?:前|时|之前)[，,]?[^。；;]{0,8}?(?:应当|须|需|必须|要)"
                           r"(?:先|先行)?(?:查验|核验|审查|核对|验看|查看|审核|收取)[^。；;]{0,40}?(?:证明|书|证|意见|回执|通知|凭证|材料)")


def _circular(sentence: str, header: str) -> list[Burden]:
    if not _in_sentence(sentence):
        return []
    for m in _ISSUER_PAPER_SCAN.finditer(sentence):
        org = _trimmed(m.group("org"))
        start = m.end("org") - len(org)
        if not _third(org) or len(org) < 2:
            continue
        stop = min([i for i in (sentence.find(c, m.end()) for c in "；;。") if i >= 0] or [len(sentence)])
        rest = sentence[stop:]
        name = org[-3:] if len(org) >= 3 else org
        for c in _CHECKS_FIRST.finditer(rest):
            if name in rest[:c.start() + 4] or re.match(r"[；;。]\s*(?:其|该)", rest):
                return [Burden("paper", start, m.end(), sentence[start:m.end()])]
    return []


# ---- round 31 (rights31): the circle read by its two needs, whatever verbs say them — *procedure A needs paper B, and
# B (its issuing, or the procedure B belongs to) needs A's own paper or result* (办理甲许可须提交乙登记核验函；办理乙登记须
# 提交甲许可受理回执; 出具意见时，以申请人已取得的许可证作为审查材料; 确认书凭注销证明出具): neither can come first
# (优化营商环境条例 第四十四条; 国办发〔2018〕47号). A need is a demand (申请/办理 A 的，应当提交 B), a check at or before
# an act (出具/办理 A 时，应当查验/以 B) or a paper made on another (A 凭 B 出具); two needs close a circle when each one's
# paper names the other's procedure (a shared word, not a generic one: 许可, 登记, 证明 …). A chain that does not close
# (施工许可 ← 规划许可证 ← 土地使用权证) is the lawful order of two procedures.
_NEED_DEMAND = re.compile(r"(?:申请|办理|申领|申报|领取)(?P<x>[^，。；;]{2,24}?)的?[，,][^。；;]{0,12}?(?:应当|须|需|必须)[^。；;，,]{0,6}?"
                          r"(?:提交|提供|附具|附送|持)(?P<y>[^。；;]{2,44}?)(?=[，,。；;]|$)")
_NEED_CHECK = re.compile(r"(?:出具|核发|开具|签发|办理|受理|作出)(?P<x>[^，。；;的]{1,14}?)(?:时|前|之前)[，,]?[^。；;]{0,8}?(?:应当|须|需|必须|要)?(?:先|先行)?"
                         r"(?:查验|核验|审查|核对|验看|查看|审核|收取|以)(?P<y>[^，。；;]{2,40}?)(?=作为|为|[，,。；;]|$)")
_NEED_ON = re.compile(r"(?P<x>[^，。；;]{1,14}?)(?:凭|依据)(?P<y>[^，。；;]{2,24}?)(?:出具|核发|开具|签发|办理)")
_GENERIC_WORDS = {"申请", "办理", "证明", "材料", "许可", "登记", "情况", "出具", "提交", "审查", "书面", "证书", "资格", "人民", "政府",
                  "县级", "部门", "管理", "本人", "取得", "已取", "企业", "机构", "单位", "相关", "有关", "手续", "文件", "结论"}


def _words(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)} - _GENERIC_WORDS


def _cycle(sentence: str) -> list[Burden]:
    if not _in_sentence(sentence):
        return []
    needs = [(m.start("y"), m.end("y"), m.group("x").removeprefix("该"), m.group("y").split("的")[-1])
             for rx in (_NEED_DEMAND, _NEED_CHECK, _NEED_ON) for m in rx.finditer(sentence)]
    for a, b, x1, y1 in needs:
        for c, d, x2, y2 in needs:
            if (a, b) != (c, d) and _words(y1) & _words(x2) and _words(y2) & _words(x1):
                first = min((a, b), (c, d))
                return [Burden("paper", first[0], first[1], sentence[first[0]:first[1]])]
    return []


def _held(sentence: str, header: str) -> list[Burden]:
    h = _HELD.search(sentence)
    if h is None:
        return []
    s = _STILL.search(sentence)
    if s is None or not _HELD_PAPER.search(sentence):
        return []
    a, b = min(h.start(), s.start()), max(h.end(), s.end())
    return [Burden("on_file", a, b, sentence[a:b])]


# ---- round 26 wave 2 (proof26b): the paper asked again — *the applicant already gave it, pledged instead of it (告知承诺)
# or let the system fetch it (授权调用, 电子证照), and it is still demanded* (优化营商环境条例 第三十五条; 国办发〔2020〕42号).
# The antecedent is any act of giving by its grammar (已……提交/上传/授权/调用/选择……的), the demand any hand-in verb after
# 仍/还/另行/亦/重新, the paper any noun by its ending. Guards: the demand lifted or barred (``_lifted``, 不得要求……再),
# a changed fact (变更, 补正, 变化), and the body's own check.
_GIVEN = re.compile(r"已(?:经)?[^，。；;]{0,24}?(?:提交|提供|报送|上传|授权|调用|获取|共享|归集|持有|选择|告知承诺|承诺|签署)"
                    r"[^。；;]{0,30}?的"
                    r"|(?:选择|签署|作出)[^，。；;]{0,12}?(?:告知承诺|承诺书|书面承诺)[^。；;]{0,20}?(?:的|同时|后)")
# (round 31: the modal first, 应当再次提交)
_AGAIN = re.compile(rf"(?:(?:仍|还|另行|重新|再次|亦|也|同样)[，,]?[^，。；;]{{0,6}}?(?:{_MODAL})|另行|重新|再次)[^，。；;]{{0,10}}?"
                    r"(?:提交|提供|报送|补交|收取|交验|出示|附)(?!的)")
_AGAIN_PAPER = re.compile(r"原件|复印件|纸质|证明|材料|[^，。；;]{1,8}?(?:书|函|表|单|证|照|报告)")
_CHANGED = re.compile(r"变更|变化|改变|补正|更正|新增|过期|失效|届满|不一致|不符|遗失|损毁")


def _again(sentence: str) -> list[Burden]:
    g = _GIVEN.search(sentence)
    if g is None:
        return []
    a = _AGAIN.search(sentence, g.end() - 1)
    if a is None or not _AGAIN_PAPER.search(sentence) or _CHANGED.search(sentence):
        return []
    if re.search(r"(?:不得|严禁|禁止|不准|不能|不再|无需|无须|免于|免予|不需|不必|可以不|可不)", sentence):
        return []
    return [Burden("on_file", g.start(), a.end(), sentence[g.start():a.end()])]


# ---- round 28 (rp28): the added paper — *beside what already proves the matter (除提交……外，还应当提交; 在提交……的同时，
# 还须; 应当同时提交), the person must hand in a paper a body makes* (优化营商环境条例 第四十四条第二款: what a certificate,
# a form or the body's own check covers is no 证明事项). The sentence itself says the paper is one more. Open slots: the
# base (any paper, any form), the issuer by its place (whatever stands between the hand-in verb and the making verb — a
# government office too: an office's paper on what it holds is a paper it can check itself), the making verb (出具, 开具,
# 盖章确认, 打印并加盖……章, 签注意见 …), the paper by its noun's ending (…证明/…说明/…意见/…函/…单/…表/…回执/…凭证/
# …报告/…清单/…记录). Guards: the statute's own papers (``_statutory``; papers made abroad only where the base is no
# certificate of the person's own), an approval, a test or a consultation the law sets (``_NOT_ADDED``), the person or an
# expert firm as issuer (``_third``), the demand lifted or barred (``papers``); under a bare 同时 (no base named), the
# issuer's record of the person's own dealings with it (a school's 学籍证明, an exam's result: ``_DEALINGS``).
_ADDED_MARK = re.compile(rf"除(?:{_HAND}|交验|按[^，。；;]{{0,4}}?(?:{_HAND}))?(?P<base>[^。；;]{{1,30}}?)外[，,]?[^。；;，,]{{0,4}}?"
                         rf"(?:还|另|另行|另外|并|同时|仍)[^。；;，,]{{0,3}}?(?:{_MODAL})[^。；;，,]{{0,3}}?(?:{_HAND}|交验)"
                         rf"|(?:{_HAND}|交验)(?P<base2>[^。；;]{{1,30}}?)的同时[，,]?[^。；;，,]{{0,4}}?(?:还|另|仍|再|并)?(?:{_MODAL})[^。；;，,]{{0,3}}?(?:{_HAND})"
                         rf"|(?P<weak>(?:{_MODAL})(?:同时|一并|另行)(?:{_HAND}))")
_MAKE = r"出具|开具|签发|核发|盖章|签章|加盖|签字|签署|签注|打印|确认|核实|证实|认定"
_ADDED_PAPER = (r"证明(?:材料|书|文件|函)?|情况说明|说明(?:材料)?|意见(?:书)?|确认(?:书|函|单|表)|核验(?:函|单|表)|函|回执|凭证|凭据|"
                r"报告|清单|记录(?:单|表)?|查询单|[^，。；;、]单|[^，。；;、]表|承诺书|保证书|担保(?:书|函)|声明(?:书)?|认定书")
_ADDED_PAPER_RX = re.compile(rf"(?P<org>[^，。；;、的]{{2,24}}?)(?P<verb>{_MAKE})[^，。；;、的]{{0,12}}?的(?P<what>[^，。；;、]{{0,24}}?)(?P<paper>{_ADDED_PAPER})")
# an approval, a test, a consultation the law sets (a body's review the person is sent to fetch stays: 复核意见, 审查意见)
_NOT_ADDED = re.compile(r"审批|批准|许可(?!证)|核准|准予|准许|批复|验收|预审|选址|规划条件|环评|环境影响|论证|评审|认可文件|检测|检验|鉴定")
_ABROAD = re.compile(_SOURCES["proof.abroad"])


def _added(sentence: str) -> list[Burden]:
    for mark in _ADDED_MARK.finditer(sentence):
        stop = min([i for i in (sentence.find(c, mark.end()) for c in "。；;") if i >= 0] or [len(sentence)])
        m = _ADDED_PAPER_RX.match(sentence, mark.end(), stop)
        if m is None:
            continue
        org = m.group("org").strip("（）()")
        tail = m.group("what")[-4:] + m.group("paper")
        if not _third(org) or _NOT_ADDED.search(org + tail) or _ALTERNATIVE.search(_phrase(sentence, m.start(), m.end())):
            continue
        if mark.group("weak") and _DEALINGS.search(m.group("what")):
            continue      # (同时 alone names no base that suffices: the issuer's record of the person's own dealings stays lawful)
        base = mark.group("base") or mark.group("base2") or ""
        phrase = _phrase(sentence, m.start(), m.end())
        statutory = _STATUTORY.search(sentence[m.start():m.end()]) or (_STATUTORY.search(phrase) and re.search(r"或者|或是|或", phrase))
        if statutory and not (_OWN.search(base) and _ABROAD.search(statutory.group(0))):
            continue      # a paper a statute names (made abroad: only where the firm's own certificate is the base)
        return [Burden("paper", m.start(), m.end(), m.group(0))]
    return []


# ---- round 29 (rights29): two more ways to write the same demand (a third body's paper handed in)
# the body's seal named before the body, on the paper the person hands in (须提交加盖用人单位公章的劳动关系证明, Z
# novel_bn:54): the body an open slot by its name's ending, the paper by its noun's ending — not the person's own seal
# (加盖本企业公章的申请书), not the person's own application form (申请表, 报名表, 登记表: the form the person fills)
_SEALED = re.compile(rf"(?:{_HAND})[^。；;，]{{0,6}}?(?:经)?加盖(?P<org>{_ORG})(?:的)?(?:公章|印章|签章|行政章|章)(?:并[^，。；、]{{0,6}}?)?的"
                     rf"(?P<what>{_FACTS}{{0,30}}?)(?P<paper>{_PAPER})")
_OWN_FORM = re.compile(r"(?:申请|报名|登记|申报|审批|审核|备案|信息|采集|推荐)(?:表|书)$|申请书|承诺书|声明书?$")
# … or the person sent to the body to fetch it (须到原毕业学校开具学历证明; 则需到当时办理……的地方开具相关证明: D053,
# D003): a duty word, 到 + any body or place, an issuing verb, a paper noun
_FETCHED = re.compile(rf"(?:{_MODAL}|请)(?:先|自行|本人|另行)?到(?P<org>{_ORG}|[^，。；、]{{2,24}}?(?:地方|单位|学校|处))"
                      rf"(?P<verb>开具|出具|补开|开)(?P<what>[^，。；、]{{0,12}}?)(?P<paper>{_PAPER})")


# the fetch as the fallback when the body's own check finds nothing (D011: 申请人登录……网站打印查询页面；如果查询不到，
# 请先到毕业学校开具证明): the body verified first, the paper only where its records fail
_CHECKED_FIRST = re.compile(r"(?:查询|查|核查|核验|核实|比对|检索)(?:不到|不出|无果|无结果|无记录)|无法(?:查询|核查|核验|核实|比对)|(?:系统|网上|平台)[^，。；]{0,6}(?:无|没有)[^，。；]{0,4}(?:记录|信息)")


def _sealed_or_fetched(sentence: str, header: str) -> list[Burden]:
    for rx in (_SEALED, _FETCHED):
        for m in rx.finditer(sentence):
            if rx is _FETCHED and _CHECKED_FIRST.search(sentence, 0, m.start()):
                continue
            org = _trimmed(m.group("org"))
            if not _third(org) or re.match(r"(?:本|其|自身|自己)", org) or _EXPERT.search(org):
                continue
            start, end = m.start("org") - (2 if rx is _SEALED else 1), m.end()
            what = m.group("what") + m.group("paper")
            # (a certificate of the person's own, 学历证, 资格证 — not the proof a body writes of it, 学历证明)
            if _OWN_FORM.search(what) or _OWN.search(re.sub(r"证明", "", what)) or _NOT_PAPER.search(sentence[m.start():m.end()]):
                continue
            if _OFFICIAL.search(org) and (_REGISTERED.search(sentence) or _ELSEWHERE.search(sentence)):
                continue      # a registrar's status: C-PROOF-03's
            if _LEGAL.search(org) or _statutory(sentence, m.start("what"), end):
                continue      # a hospital's, a notary's, a court's or the police's paper: often the law's own
            return [Burden("paper", start, end, sentence[start:end])]
    return []


def papers(sentence: str, header: str = "", before: str = "", after: str = "") -> list[Burden]:
    """The paper a sentence makes a person hand in that a third body issues, certifies or signs, or that the
    government already holds (module docstring)."""
    if not _PROTECT.search(sentence) and not _FALSE.search(sentence):
        again = _again(sentence)
        if again:
            return again
    if not _KEYS.search(sentence):
        # (a circle whose demand names no issuer — 应当提交机动车注销证明；……办理注销登记时，应当查验……确认书 — has its key
        # words in the sentence after it)
        joined = sentence + after.split("。", 1)[0]
        if _lifted(joined) or _PROTECT.search(joined) or _FALSE.search(joined) or _FAMILY_PLANNING.search(header + joined):
            return []
        return [b for b in _cycle(joined) if b.start < len(sentence)]
    text = header + sentence
    if _lifted(sentence) or _PROTECT.search(sentence) or _FALSE.search(sentence):
        return []
    if _FAMILY_PLANNING.search(text):
        return []         # family-planning papers: FP-PROOF
    if _SCORING.search(text):
        return []         # the evidence of a points claim
    held = _held(sentence, header)
    if held:
        return held
    circular = _circular(sentence + after.split("。", 1)[0], header) or _cycle(sentence + after.split("。", 1)[0])
    if circular:
        return circular
    if _SENTENCE_GUARDS.search(sentence):
        return []
    added = _added(sentence)
    if added:
        return added
    found = (_issued(sentence, header) or _signed_off(sentence, header) or _opinion(sentence, header)
            or _joined(sentence, header) or _natural(sentence, header) or _sealed_or_fetched(sentence, header))
    return [b for b in found if not _statutory(sentence, b.start, b.end)]


# ---- round 25: the gate (issue 8, license) — *a private party may do an act only once a body has listed it, issued it a
# paper, inspected it or taken its filing, or a private party has consented; without that the act is refused or stopped*
# (行政许可法 第十四条、第十五条、第十七条: a normative document sets no licence, whatever it calls it). The slots are open:
# the gatekeeper by the ends of body names (…局/…办公室/…领导小组/…委员会/…中心/…政府/…协会/…站 — ``_ORG``), the
# gating paper by the ends of paper nouns (…通知书/…意见/…证书/…确认书/…函/…回执), the list by its ending (…名录库/…目录/
# …名单/…名册), the gated act as any act after 方可/才能 or before 前, the consequence as any refusal or stop (不得, 不予,
# 暂不, 劝阻制止 …). Guards: a licence an upper law sets (C-LICENSE-01's ``unless``: license.statutory), a basis cited
# (``burden.burdens``), the administration's own money, plans and works (``_INTERNAL``), a private body's say over its own
# members, a list of goods or of benefits (``_GOODS``, ``_BENEFIT``), a blacklist, an owner's say over his own property,
# an expert's test (检验、检测), a filing of a document, a voluntary or protective sentence.
_GATE_ORG_END = _ORG_END + r"|办公室|领导小组|政府|办|委|队|馆|妇联|残联|侨联|文联|科协|工商联"
_GATE_ORG = rf"[\u4e00-\u9fff（）()]{{0,24}}?(?:{_GATE_ORG_END})"
_GATE_PAPER = (r"(?:通知书|通知|意见书|意见|证明(?:书|文件)?|确认书|确认函|确认单|证书|许可证|登记证|资格证|[\u4e00-\u9fff]证(?![书明照件])|批复|批文|"
               r"函|同意书|文件|回执|凭证|决定书)")
_OBTAIN = r"(?:取得|领取|持有|拿到|获得|申领|办理)"
_ISSUER_VERB = r"(?:核发|颁发|出具|签发|开具|作出|下达|发放|制发|印制)"
_THEN = r"(?:方可|方能|才能|才可|始得|再行|后再)"
_REFUSE = r"(?:不得|不予|暂不|一律不|禁止|不准|不能|不再|停止|劝阻|制止|暂缓|中止|不接收|不受理|拒收)"
_CHECK = r"(?:验收|核查|审查|论证|评定|认定|评审|查验|检查|考评|考核|审核|确认|评估|资格审查|把关|测评|审验|评议)"
_LIST_NOUN = r"(?:名录库|名录|目录|名单|名册|库)"
_OBTAINED = re.compile(rf"{_OBTAIN}(?P<org>{_GATE_ORG})(?:统一)?(?:{_ISSUER_VERB})的(?P<paper>[^，。；;]{{0,24}}?{_GATE_PAPER})》?")
_PASSED = re.compile(rf"(?:{_MODAL})(?:先|事先|另行|还须?|再|预先)?(?:经过|经|通过|报)(?P<org>{_GATE_ORG})(?:组织|开展|实施|进行|牵头|会同[^，。；]{{0,12}}?)?的?"
                     rf"(?P<what>[^，。；;]{{0,16}}?)(?P<check>{_CHECK})")
_UNLISTED = re.compile(rf"未(?:被)?(?:纳入|列入|进入|录入|入选|编入|入围|入库|列进|载入)(?P<list>[^，。；;]{{0,30}}?{_LIST_NOUN})"
                       rf"(?P<who>[^，。；;]{{0,10}}?)的?[，,]?(?P<then>[^。；;]{{0,30}}?){_REFUSE}(?P<act>[^，。；;]{{1,24}})")
_UNFILED = re.compile(rf"未(?:经|完成|办理|进行|按规定|按要求)?[^，。；;]{{0,8}}?(?:备案|报备)(?:登记|手续)?的[^，。；;]{{0,6}}[，,][^。；;]{{0,20}}?{_REFUSE}")
_FILE_DUTY = re.compile(rf"(?:{_MODAL})[^，。；;]{{0,12}}?(?:向|到|在)[^，。；;]{{1,24}}?(?:登记备案|备案|报备)")
_CONSENT = re.compile(r"(?:取得|征得|经|提交|附)[^，。；;]{0,24}?(?P<org>业主委员会|业委会|业主大会|物业服务(?:企业|人|公司)|物业公司|住户|居民|邻居|邻户|"
                      r"相邻[^，。；;]{0,6}?(?:权利人|业主|住户|单位)|村民小组|[村居]民委员会|村委会|居委会)(?:和[^，。；;]{0,12}?)?的?(?:书面|签字)?"
                      r"(?P<word>同意(?:书|意见|证明|函)?|认可|无异议(?:意见|证明)?)")
# before an act: 开业前取得……, 开工生产前，须经……
_BEFORE_ACT = re.compile(r"(?:前|之前|以前)[，,]?[^，。；;]{0,10}$")
_AFTER_THEN = re.compile(rf"^[^。；;]{{0,20}}?(?:后|以后|之后|的)?[，,]?[^，。；;]{{0,12}}?{_THEN}")
# round 27 (gate27): the paper obtained first, the act after it (应当先取得……核发的……准入证，再依法申请……许可)
_FIRST = re.compile(r"(?:先|先行|事先|预先)$")
_THEN_NEXT = re.compile(r"^[^。；;]{0,20}?[，,]\s*(?:然后|之后)?再(?!次|生|造|利用|审|评)")
# round 31 (power31): … or the act without the card punished (未持证垂钓的按非法捕捞处理) or barred by the card's
# absence (无证车辆一律不得接运)
_PUNISHED = r"(?:按|以|依照|视为|视同)[^，。；;]{0,12}?(?:处理|处罚|论处|查处)|予以(?:处罚|取缔|查处|没收)|没收|罚款"
_AFTER_REFUSED = re.compile(rf"^[^。；;]{{0,40}}?[；;，,]\s*(?:未(?:取得|领取|持有|持|申领|经|通过)|无(?=证|照|卡|牌))[^，。；;]{{0,24}}?的?[，,]?"
                            rf"[^。；;]{{0,24}}?(?:{_REFUSE}|{_PUNISHED})")
# … or a body then acting only on that paper (……先行取得……出具的……意见，市场监督管理部门凭该意见办理登记)
_ON_IT = re.compile(rf"^[^。；;]{{0,30}}?凭(?:(?:该|此|上述|前述|所述)[^，。；;]{{0,6}}?|[^，。；;]{{0,8}}?(?:{_GATE_PAPER}|[证书单卡]))办理")
# round 31 (power31): … or the act barred until the paper is in hand (在取得……出具的《……回执》之前，不得收住老年人)
_BEFORE_REFUSED = re.compile(rf"^(?:之前|以前|前)[，,]?[^，。；;]{{0,12}}?{_REFUSE}")
_AND_PAPER = re.compile(rf"^(?:合格|通过|同意)?[^。；;]{{0,4}}[，,]?并(?:取得|领取|出具)[^，。；;]{{0,20}}?{_GATE_PAPER}")
# a duty to hold a paper a body issues, put on whoever does an act (承接……的机构，应当取得……核发的《……证书》; 应当另行取得)
_DOER = re.compile(r"(?:从事|承接|开展|经营|开办|举办|设立|提供|参与|进入|开设)[^，。；;]{1,30}?的(?:机构|企业|单位|个人|经营者|组织|人员|商户|公司)[，,]?"
                   rf"[^，。；;]{{0,6}}(?:{_MODAL})[^，。；;]{{0,4}}$|(?:另行|事先|预先|先行)$")
# ---- guards
_INTERNAL = re.compile(r"(?:财政|专项|项目|预算|政府)资金|资金(?:拨付|使用|申请|安排)|经费|预算(?!单位)|拨付|立项|政府投资|财政(?![局厅部所])|方案|计划|(?<!办理)规划(?!许可|符合|区)|编制|报表|统计|信息公开|公文|上级")
_GOODS = re.compile(r"药品|诊疗|医保|医疗保险|产品|商品|品种|设备|车型|项目(?!单位)|物品|病种|疾病|耗材|图书|教材|目录内")
_BENEFIT = re.compile(r"补贴|补助|奖励|奖补|扶持|享受|报销|支付|结算|优惠|贴息|评优|表彰|救助|保障|待遇|资助|减免")
_BLACK = re.compile(r"黑名单|失信|异常|重点监管|严重违法|禁入|负面清单|清单|不良")
_MEMBERS = re.compile(r"会员|本会|本协会|本社|社员|成员单位|理事会|内部")
# the licences and checks a law sets (approval.toml license.statutory: 施工许可, 营业执照, 竣工验收 …): asked for, not set
_LICENSED = re.compile({c.name: c.regex_source for c, _ in read_lexicon_file(_PROOF_FILE.with_name("approval.toml"))}["license.statutory"])
_STATUTORY_TEST = re.compile(r"检验|检测|消防|环境影响|竣工|防雷|职业病|特种设备|计量")
_OWNER = re.compile(r"所有权人|产权人|出租人|房主|权利人|共有部分|共用部位|共用设施|公共部位|外墙|屋顶|住宅[^，。；;]{0,8}(?:改|变更|改变)")
_FILED_DOC = re.compile(r"(?:方案|计划|文件|合同|章程|预案|规范性文件|标准|制度|报告)[^，。；;]{0,4}(?:报|向)?[^，。；;]{0,12}备案|不影响")
_PARTY = re.compile(r"企业|机构|单位|经营者|者|商户|户|人员|组织|公司|合作社|队伍|商|个人|主体|服务|站|点|场所|作坊")


# a benefit or an honour the county gives (示范社评定, 奖补): its own terms, not leave to act; a return after a sanction
# (已被责令停产整顿的……恢复生产前须经……验收): the law's own procedure
_SOUGHT = re.compile(r"(?:申请|申领|申报|享受|领取|兑现|发放)[^，。；;]{0,12}?(?:补贴|补助|奖励|奖补|扶持|贴息|资助|救助金|优惠|资金)")
_HONOUR = re.compile(r"示范|评选|称号|先进|星级|评优|表彰|责令|整改|整顿|停产|停业")


def _gate_guarded(sentence: str) -> bool:
    return bool(_PROTECT.search(sentence) or re.search(r"自愿|鼓励|引导|可以(?!不)|不需|无需|不再要求|告知承诺|(?:不得|严禁|禁止)[^，。；;]{0,4}要求", sentence)
                or _HONOUR.search(sentence) or _SOUGHT.search(sentence))


def _obtained(sentence: str) -> list[Burden]:
    for m in _OBTAINED.finditer(sentence):
        org = _trimmed(m.group("org"))
        start = m.end("org") - len(org)
        if len(org) < 2 or _EXPERT.search(org) or _SELF.search(org) or _MEMBERS.search(org):
            continue
        after, before = sentence[m.end():], sentence[:m.start()]
        # (a paper the law sets, asked for as the law asks it: 依法取得……捕捞许可证; 取得……核发的施工许可证)
        if before.endswith("依法") or _LICENSED.search(m.group("paper")):
            continue
        refused = before.endswith("未") and re.match(rf"^的?[，,][^。；;]{{0,24}}?{_REFUSE}", after)
        if not (_AFTER_THEN.match(after) or _BEFORE_ACT.search(before) or _AFTER_REFUSED.match(after)
                or _DOER.search(before) or refused or _BEFORE_REFUSED.match(after) or _ON_IT.match(after)
                or _FIRST.search(before) and _THEN_NEXT.match(after)):
            continue
        return [Burden("gated", m.start(), m.end(), sentence[m.start():m.end()])]
    return []


def _passed(sentence: str) -> list[Burden]:
    for m in _PASSED.finditer(sentence):
        org = _trimmed(m.group("org"))
        if len(org) < 2 or _EXPERT.search(org) or _SELF.search(org) or _MEMBERS.search(org) \
                or _STATUTORY_TEST.search(org + m.group("what") + m.group("check")):
            continue
        after, before = sentence[m.end():], sentence[:m.start()]
        if not (_AFTER_THEN.match(after) or _AND_PAPER.match(after) or _AFTER_REFUSED.match(after)
                or _BEFORE_ACT.search(before)):
            continue
        return [Burden("gated", m.start(), m.end(), sentence[m.start():m.end()])]
    return []


# round 31 (power31): a check without which the act is barred — *未经 a body's review, first review or rating, the act is
# refused* (报……审查；未经审查的，展馆不得布展; 未经县妇联评定为合格家政员的，不得从事; 应当经……初审同意；未经初审同意的，不予出具),
# whatever the body, the check and the act (行政许可法 第十七条; 优化营商环境条例 第三十九条). The body is named in the 未经
# phrase, or the sentence has put the matter to it before (报……审查). Guards: a test the law or an expert body sets
# (检验、检测 …, ``_STATUTORY_TEST``, ``_EXPERT``), a check a law sets (license.statutory: 广告法 第四十六条 医疗、药品广告的
# 审查; 生猪屠宰管理条例 第二条 定点屠宰), a private body's own members, the applicant itself.
_UNPASSED = re.compile(rf"未(?:经过?|通过)(?P<org>{_GATE_ORG})?(?P<what>[^，。；;]{{0,12}}?)"
                       rf"(?P<check>{_CHECK}|初审|预审|(?:确定|评定|认定|核定)为)[^，。；;]{{0,16}}?的?[，,]"
                       rf"(?P<then>[^。；;]{{0,24}}?){_REFUSE}(?P<act>[^，。；;]{{1,24}})")
_PUT_TO = re.compile(rf"(?:报|报送|送|提交|经|通过)(?P<org>{_GATE_ORG})[^，。；;]{{0,6}}?(?:{_CHECK}|初审|预审)")


# (a statutory regime taken as the model for another subject, 对牛、羊屠宰参照生猪实行定点管理: the regime extended is the
# document's own, not the one the law sets)
_MODELLED = re.compile(r"参照[^，。；;]{0,12}?(?:实行|执行|管理|办理)")


def _unpassed(sentence: str, before: str = "") -> list[Burden]:
    prior = re.split(r"[。]", before)[-1] if before else ""      # (……报……审查；未经审查的，……: a semicolon apart)
    for m in _UNPASSED.finditer(sentence):
        org = _trimmed(m.group("org") or "")
        named = len(org) >= 2
        if not named:
            put = _PUT_TO.search(sentence, 0, m.start()) or _PUT_TO.search(prior)
            org = _trimmed(put.group("org")) if put else ""
            if len(org) < 2 or m.group("check").endswith("为"):
                continue
        if _EXPERT.search(org) or _SELF.search(org) or _MEMBERS.search(org) \
                or _STATUTORY_TEST.search(org + m.group("what") + m.group("check")) \
                or _LICENSED.search(_MODELLED.sub("", prior + sentence)):
            continue
        return [Burden("gated", m.start(), m.end(), m.group(0))]
    return []


# round 27 (gate27): a second gate on top of a statutory licence — *besides the licence the law sets, the party must
# also pass a body's review or hold its paper* (除应当依法取得……许可外，还须经县财政局组织的年度业务能力评审合格; 除持有……许可证
# 外，另须取得……出具的……证明): whatever the licence, the body, the check or the paper (行政许可法 第十六条第四款: a lower
# rule adds no condition to a licence). Guards: a test the law itself sets (检验、检测、消防、竣工 …), an expert body's.
_ON_TOP = re.compile(rf"除(?:应当|须|应)?(?:依法)?(?:取得|持有|具备|具有|办理|领取)[^。；;]{{1,40}}?(?:许可证?|执照|资质|资格证?|证书|登记证?)"
                     rf"[^。；;，,]{{0,4}}外[，,]?[^。；;]{{0,6}}?(?:还|另|另行|并|同时|仍)(?:{_MODAL})(?:先|另行)?"
                     rf"(?P<gate>(?:经过?|通过|取得|领取|持有|参加|接受)(?P<org>{_GATE_ORG})?[^。；;]{{0,30}}?"
                     rf"(?:{_CHECK}|{_GATE_PAPER}|备案|培训))")


def _on_top(sentence: str) -> list[Burden]:
    m = _ON_TOP.search(sentence)
    if m is None or _STATUTORY_TEST.search(m.group("gate")) or _EXPERT.search(m.group("org") or ""):
        return []
    return [Burden("gated", m.start("gate"), m.end("gate"), m.group("gate"))]


# round 27 wave 2 (gate27b): an admission regime a body runs over a business's activity — a regime noun (准入/名录/资格 …
# + 管理/制度/核查/审核) *实行* over whoever does an act, whatever the sector, the act and the body (……经营的，实行准入管理，
# 由……办公室统一公布准入企业名录; 实行县级准入核查制度，经……领导小组审议通过后，方可 …). A regime named 准入 is a gate by
# its name; a 名录/资格/核查 regime only with a bar after it (方可, 不得, 未列入……不予). Guards: the law's own regime
# (国家, 依法, a cited 《》), a negative list or blacklist, a list of goods, the government's own purchases, a register that
# bars nothing (不影响, 不作为……条件), a protective or voluntary sentence (``_gate_guarded``).
_REGIME = re.compile(r"(?:实行|实施|推行|执行)(?P<what>[^，。；;]{0,10}?)"
                     r"(?P<regime>(?:准入|名录|资格)[^，。；;、]{0,4}?(?:管理|制度|核查|审核|审查|核准))")
_REGIME_BAR = re.compile(rf"{_THEN}|{_REFUSE}|凭[^，。；;]{{0,8}}?办理")
_REGIME_ACT = re.compile(r"从事|开展|经营|营业|进入|投放|设立|新设|开办|承接|承办|入场|入驻|营运|运营|服务")
_LAWS_OWN = re.compile(r"国家|依法|依照|根据《|按照《|《[^》]{1,30}(?:法|条例)》|另有规定|负面清单|(?:放宽|降低|取消|清理|破除|废止|设置|另设|违规)[^，。；;]{0,6}准入")
_PURCHASE = re.compile(r"采购|公务用车|公务接待|定点维修|预算单位")
# (a person by the trade the regime admits: 厨师, 导游, 护工)
_TRADE = re.compile(r"[师工]|从业")
_NO_BAR = re.compile(r"不影响|不作为|不得作为|不构成|不属于")


def _admission(sentence: str) -> list[Burden]:
    m = _REGIME.search(sentence)
    if m is None or _LAWS_OWN.search(sentence) or _BLACK.search(sentence) or _GOODS.search(m.group("what")) \
            or _PURCHASE.search(sentence) or _NO_BAR.search(sentence):
        return []
    if not (_REGIME_ACT.search(sentence) and (_PARTY.search(sentence) or _TRADE.search(sentence))):
        return []
    if "准入" not in m.group("regime") and not _REGIME_BAR.search(sentence, m.end()):
        return []
    return [Burden("gated", m.start("regime"), m.end("regime"), m.group("regime"))]


def _unlisted(sentence: str, before: str = "") -> list[Burden]:
    for m in _UNLISTED.finditer(sentence):
        scope = m.group("list") + m.group("who") + m.group("then") + m.group("act")
        if _GOODS.search(m.group("list") + m.group("who")) or _BENEFIT.search(m.group("act")) or _BLACK.search(m.group("list")):
            continue
        prior = re.split(r"[。]", before)[-1] if before else ""      # (……申请列入……名录；未列入名录的，……)
        if not _PARTY.search(prior + sentence[:m.start()] + scope):
            continue
        return [Burden("gated", m.start(), m.end(), m.group(0))]
    return []


def _unfiled(sentence: str, before: str = "") -> list[Burden]:
    m = _UNFILED.search(sentence)
    # the duty to file in the sentence, or in the clause's sentence before (……登记备案；未经备案的，……: a semicolon apart)
    prior = re.split(r"[。]", before)[-1] if before else ""
    if m is None or not (_FILE_DUTY.search(sentence, 0, m.start()) or _FILE_DUTY.search(prior)) \
            or _FILED_DOC.search(prior + sentence):
        return []
    return [Burden("gated", m.start(), m.end(), m.group(0))]


def _consented(sentence: str) -> list[Burden]:
    for m in _CONSENT.finditer(sentence):
        if _OWNER.search(sentence):
            return []
        after, before = sentence[m.end():], sentence[:m.start()]
        gated = (_AFTER_THEN.match(after) or _AFTER_REFUSED.match(after) or _BEFORE_ACT.search(before)
                 or re.search(r"(?:申请|申办|申领|办理)[^，。；;]{0,20}(?:许可|证|登记|执照)", before)
                 and re.search(rf"(?:{_MODAL})", before))
        if not gated or not re.search(rf"(?:{_MODAL})|未", sentence):
            continue
        return [Burden("gated", m.start(), m.end(), m.group(0))]
    return []


# a freeze of the applications to set up or open something, for everyone (一律暂停受理新设民办幼儿园的设立申请): the licence
# the law lets anyone apply for refused to all (not one firm's application: 暂停受理其……申请)
_SETUP_FROZEN = re.compile(r"(?:暂停|停止|暂缓|不再)受理(?![其该])[^。；，]{0,24}?(?:新设|新办|新建|新开|开办|设立|成立|举办|新增)[^。；，]{0,24}?(?:申请|登记|审批|许可)")


def _frozen(sentence: str) -> list[Burden]:
    m = _SETUP_FROZEN.search(sentence)
    return [Burden("gated", m.start(), m.end(), m.group(0))] if m else []


_GATE_KEYS = re.compile(r"受理|方可|方能|才能|才可|始得|前|未|不得|不予|暂不|后再|再行|应当|须|需|必须|准入")


def gates(sentence: str, header: str = "", before: str = "") -> list[Burden]:
    """The gate a sentence (a list item: with its ``header``, which may name the act and the time, 开展……服务前，应当具备
    下列条件：) puts before a private party's act: a listing, a paper a body issues, a body's inspection, a filing or a
    private party's consent, without which the act is refused or stopped (the block above)."""
    text, shift = sentence, 0
    if header and re.search(r"(?:前|之前)[，,]?[^：:]{0,20}(?:应当|须|必须|需)[^：:]{0,12}(?:条件|要求)[：:]\s*$", header):
        mark = re.match(r"\s*(?:[（(][一二三四五六七八九十0-9]+[)）]|[0-9]+[.、．])?", sentence).end()
        text = "开展前，应当" + sentence[mark:]
        shift = len("开展前，应当") - mark
    if not _GATE_KEYS.search(text) or _INTERNAL.search(text) or _FAMILY_PLANNING.search(text):
        return []
    if _gate_guarded(header + text):
        # (a second gate on top of a statutory licence is no honour sought: only the voluntary and protective guards hold)
        if _HONOUR.search(header + text) and not _SOUGHT.search(header + text) and not _gate_guarded(_HONOUR.sub("", header + text)):
            return _on_top(text) if not shift else []
        return []
    found = (_unlisted(text, before) or _admission(text) or _obtained(text) or _passed(text) or _unpassed(text, before) or _on_top(text) or _unfiled(text, before)
             or _consented(text) or _frozen(text))
    if shift:                     # offsets of the item itself (the lent words stand before it)
        found = [Burden(b.name, max(0, b.start - shift), max(1, b.end - shift), b.text) for b in found]
    return found


# round 28 (speed28): the costliest of these searches skip a text without the keys every match must contain
# (review/firstchars.Keyed: exact; measured by bench/reading_budget.py)
from ..firstchars import Keyed  # noqa: E402

(_AFTER_THEN, _AGAIN_PAPER, _DEMAND, _GOVERNMENT, _LIFTED, _NATURAL, _NOT_PAPER, _OWN, _PAPER_BEFORE, _STILL) = \
    map(Keyed, (_AFTER_THEN, _AGAIN_PAPER, _DEMAND, _GOVERNMENT, _LIFTED, _NATURAL, _NOT_PAPER, _OWN,
                _PAPER_BEFORE, _STILL))
