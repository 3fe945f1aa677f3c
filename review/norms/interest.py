"""A structural rights reading (round 22, issue 8): who bears the norm × which protected interest it touches × none of
the features that make such a norm lawful.

The readings of rounds 15b–21 (review/norms/burden.py, exacted.py) each take one concept (a relative's record, a
debt, leaving one's job, 户籍 for a service …). This one reads the shape they share instead:

* **bearer** — a private person (or a private business handing over persons' data), never a body acting on its own
  duty: the sentence's first actor is no government body (``GOVERNMENT_FIRST``), no official, staff or party member
  (a body's own staff are governed by its own rules);
* **burden** — a closed class of the grammar: a prohibition or a compulsory channel on the person (不得……, 只能……,
  应当通过……统一), a duty to hand persons' data to a body or to let it inspect one's phone, or access to an interest
  withheld or gated (不得报名, 方可上岗, 不予安排, 扣分) on a condition;
* **interest** — a lexicon of the protected interests (``INTERESTS``: expression and remedy, movement and residence,
  privacy and personal data, employment and occupation, education, social security and public benefits), not of
  the phrasings that touch them;
* **unrelated condition** — for a withheld or gated interest: a trait of the body (文身, 病原携带), a relative or his
  status, a pledge or a guarantor, years of residence, the non-performance of another, unrelated duty (不参加演练) —
  each a closed class (``_TRAIT``), none the interest's own eligibility;
* **none of the lawful-making features** found in the dev look-alikes (bench/README.md, "Round 22 — rights22"): a
  basis cited or reserved (burden.py ``_basis``, checked by ``burdens`` before every reading), a protective negation
  (不得以……为由, 不因, 任何单位不得; also 不得仅以), the government's own duty, what is voluntary or encouraged, a body's
  own staff, the scheme's own means test (收入, 财产), the statute's own fitness bars (有碍食品安全的疾病, 职业禁忌),
  unlawful means of expression (扰乱秩序, 谣言, 泄露秘密), the statutory real-name register (姓名、身份证件号码 only),
  and the data's own protection (保密, 不得泄露, 经本人同意).

Pure: sentence in, frozen ``Burden``s out (name ``interest``); offsets into the sentence.
"""

from __future__ import annotations

import re

from ..sentences import end_before, start_after
from .guards import COMPELS, ENCOURAGED, GOVERNMENT_FIRST, barred_just_before, contagion_work_bar
from .kin import RECUSAL, RELATIVE
from .model import Burden

NAMES = (# round 26: the four shapes of round 22 by their own names (the finding names the one that fired): expression or
         # remedy barred or channelled; persons' data handed to a body or a phone inspected; an interest withheld on an
         # unrelated condition; a standing service laid on the public
         "voice", "handed", "unrelated", "service",
         # round 25: persons' data handed over or published; a third person's contract or pay ended or cut; a course or
         # an event attended; a benefit clawed back unless one stays
         "disclosed", "contract", "attend", "clawed",
         # round 27: a loss laid on a person for exercising a right of complaint or remedy; a claim to what one is
         # owed barred
         "retaliated", "claim")

# ---- protected interests (a lexicon of interests, not of phrasings)
INTERESTS = {
    "expression": r"反映|上访|信访|投诉|举报|控告|申诉|起诉|诉讼|仲裁|复议|新闻媒体|媒体|记者|网络|网上|自媒体|发布|发表|转发|评论",
    "movement": r"离县|离开本|离开县|离开居住地|外出|出行|出境|迁出|迁往",
    "privacy": r"手机号码|电话号码|联系方式|联系电话|工作单位|婚恋|婚姻状况|婚育|家庭成员|亲属关系|社会关系|人员名单|住宿人员|"
               r"居住信息|身份信息|个人信息|家庭住址|住址|手机|通讯录|聊天|照片|收入",
    "employment": r"上岗|就业|招聘|录用|聘用|报考|应聘|岗位|任职|从业|务工|作业|入职|工作",
    "education": r"入学|学位|就读|升学|中考|招生|入园|入托|评优|三好",
    # (round 34, rights34: a social insurance scheme by its kind and enrolment — 宗教事务条例 第三十九条 gives the clergy
    # theirs —, a grant and an honour by their names: 奖补, 示范户, 称号, 先进)
    "benefit": r"低保|最低生活保障|救助|补贴|补助|报销|惠农|养老金|抚恤|慰问|医保|社会保险|福利|救济|优待|评选|评优|评先|荣誉称号|"
               r"(养老|医疗|失业|工伤|生育)保险|参保|奖补|示范户|称号|先进",
    "business": r"设立[^，。；]{0,8}(网点|门店|店)|开设|开办|经营|承租[^，。；]{0,8}摊位|摊位",
}
_INTEREST_RX = {k: re.compile(v) for k, v in INTERESTS.items()}

# ---- bearer: a private person (not a body, not its staff)
_PRIVATE = re.compile(r"个人|本人|居民|村民|群众|市民|农户|住户|业主|家长|学生|消费者|会员|顾客|乘客|游客|旅客|务工人员|农民工|"
                      r"劳动者|职工|员工|从业人员|摊主|店主|经营户|个体|承租人|租户|租客|患者|申请人|应聘人员|报名人员|"
                      r"肇事者|当事人|子女|配偶|父母|家属|家庭|亲属|(?<!工作)(?<!执法)(?<!管理)(?<!公职)人员|"
                      # a person by his trade (船工, 技工, 采茶工, 驾驶员, 厨师, 骑手): not an official nor a body's staff
                      r"(?<!工作)(?<!公务)(?<!职)(?<!员)(?<!协管)[\u4e00-\u9fff](工|员|师|手|匠)(?![会局办处厅作程商资])")
# round 33 (rights33): a person by the audience or the public he belongs to (观众, 参观者, 读者, 网民) — one whose voice
# the expression reading protects (read there only: elsewhere a body's sentence naming its users stays the body's)
_AUDIENCE = re.compile(r"观众|听众|参观者|访客|来访者|读者|网民|网友|用户")
_OWN_STAFF = re.compile(r"工作人员|公职人员|公务员|干部|党员|机关事业单位(在编|在职)?人员|执法人员|网格员|辅警|协管员")
_BODY_FIRST = re.compile(r"^[^，。；]{0,14}(局|人民政府|政府|部门|机关|办事处|委员会|村委会|居委会|管委会|中心|法院|检察院)"
                         r"(应当|负责|要|可以|不得|对|将|依|按|在|统一|组织)")

# ---- burdens on the person
# (E) expression or remedy barred or forced through one channel
_CHANNEL = re.compile(r"(不得|不准|不许|禁止|严禁|一律不得|不能)(越级|擅自|私自|自行|单独|直接|个人)?[^，。；]{0,14}?"
                      # (not a party named by the act done to it — 被投诉企业, 被举报人: 不得泄露给被投诉企业 keeps a complainant's
                      # data from it, round 26 wave 2)
                      r"(向|到|找|通过|在|接受)?[^，。；]{0,12}?(?<!被)(反映|上访|信访|投诉|举报|控告|申诉|起诉|诉讼|申请仲裁|申请复议|"
                      r"发布|发表|转发|评论|爆料|接受[^，。；]{0,4}采访)|"
                      r"(只能|必须|应当|须|一律)(通过|经由|经|由)[^，。；]{0,14}?(统一|集中)[^，。；]{0,6}(反映|提出|上报)|"
                      # round 27: the same bar written as a pledge (承诺……不越级向上级部门反映; 保证不再投诉)
                      # (round 33: the matter and the body named between, 不就项目用地补偿事宜向上级机关信访)
                      r"(承诺|保证)[^。；]{0,24}?不(越级|再|私自|擅自|单独|个人)?[^，。；]{0,20}?(?<!被)(反映|上访|信访|投诉|举报|控告|申诉|起诉|"
                      r"申请仲裁|申请复议|接受[^，。；]{0,4}采访)|"
                      # a remedy put behind a step no law sets (未经村调解委员会调解的，不得申请仲裁; 须经……同意后方可投诉)
                      r"未经[^，。；]{0,14}?(调解|调处|协商|同意|审核|签字)[^，。；]{0,4}[，,]?[^，。；]{0,8}?(不得|不能|不予|一律不)[^，。；]{0,8}?"
                      r"(申请仲裁|申请劳动仲裁|仲裁|起诉|诉讼|申请复议|复议|投诉|举报|反映|信访|上访)|"
                      r"(须|应当|必须)(先)?经[^，。；]{0,14}?(调解|同意|审核|签字)[^，。；]{0,6}(后方可|方可|才能)[^，。；]{0,8}?"
                      r"(申请仲裁|仲裁|起诉|诉讼|申请复议|投诉|举报|反映|信访|上访)")
# unlawful means of expression and the content the law bars (治安管理处罚法, 网络安全法 第十二条, 信访工作条例 第二十六条);
# the business's advertising (广告法); a collective's own voice (a body speaking); what the statute orders (复议前置)
_CHANNEL_GUARD = re.compile(r"扰乱|冲击|围堵|堵塞|滞留|暴力|威胁|缠访|闹访|聚众|非法|谣言|虚假|诽谤|侮辱|煽动|淫秽|色情|赌博|"
                            r"秘密|隐私|未成年人|广告|商业|宣传品|未经核实|不实|诋毁|恶意|捏造|他人|冒用|代替|"
                            r"复议前置|依法|走访|接待场所|工作人员|新闻发言|发言人|内部|保密|违法|违规|侵犯")
# (D) persons' data handed to a body, or one's phone inspected
_RECIPIENT = r"派出所|公安|民政|管委会|社区|村委会|村民委员会|居委会|居民委员会|网格|综治|街道|乡镇|[县市区]?[^，。；]{0,8}?局|政府|部门"
_HANDED = re.compile(r"(报送|推送|上传|上报|报告|提供|提交|缴存|交存|抄送|报)(?!的)(至|给|到)?(所在|属地|辖区|县|市|区)?[^，。；的]{0,10}?"
                     rf"({_RECIPIENT})|(向|到|给)[^，。；]{{0,10}}?({_RECIPIENT})[^，。；]{{0,8}}?(报送|推送|上传|上报|报告|提供|提交|缴存|核验|登记)")
_INSPECTED = re.compile(r"(配合|接受|允许)[^，。；]{0,16}?(检查|查看|翻看|查验)[^，。；]{0,8}?(手机|通讯|聊天|短信|微信|相册)|"
                        r"(对|将)[^，。；]{0,8}(手机|通讯工具)[^，。；]{0,16}(检查|查看|翻看)")
_DATA_WORDS = re.compile(r"手机号码|电话号码|联系方式|联系电话|工作单位|婚恋|婚姻状况|婚育|家庭成员|亲属|社会关系|人员名单|"
                         r"住宿人员|居住信息|身份信息|个人信息|家庭住址|登记信息|经历")
# whose data: a person's (会员的婚恋经历; 消费者……登记手机号码; 经营人员及住宿人员名单), not a firm's own
_DATA_PERSON = re.compile(r"会员|学员|消费者|顾客|客户|雇工|员工|职工|从业人员|务工人员|租客|承租人|住户|居民|村民|旅客|乘客|游客|"
                          r"患者|学生|家长|(?<!经营)(?<!工作)人员|家庭|本人|其")
# the statutory registers and reports (旅馆业治安管理办法, 居住证暂行条例, 传染病防治法 …), the data's protection, consent
_DATA_GUARD = re.compile(r"保密|泄露|严格保护|依法保护|删除[^，。；]{0,6}(信息|数据|记录)|不得(用于|挪作|超出|收集|采集|非法)|自愿|同意|授权|"
                         r"传染病|疫情|突发公共卫生|犯罪嫌疑|违法嫌疑|侦查|案件|旅馆|宾馆|酒店|住宿业|典当|寄递|快递|实名|"
                         r"申请|申领|申报[^，。；]{0,6}(补贴|救助|低保)|如实[^，。；]{0,16}(申报|填报|提供|报告)|核对|核查|"
                         # a beneficiary's own changes reported to the scheme (公共租赁住房, 低保: its means test)
                         r"保障|享受|资格|发生变化|情况变化|变动情况")
# (W) access to an interest withheld or gated
_WITHHELD = re.compile(r"不得[^，。；]{0,24}?(从事|报考|应聘|招用|录用)|不得(报考|报名|应聘|申请|申报|享受|参加|参评|承租|从事|设立|开设|入学|就读|录用|聘用|上岗|领取|获得)|"
                       r"不予(录用|聘用|录取|安排|发放|办理|受理|享受|纳入|列入)|不列入|不纳入|不能(报考|报名|享受|申请)|"
                       r"取消[^，。；]{0,8}资格|扣分|扣减|暂停[^，。；]{0,6}(发放|享受|办理)|(后|的)?方可(办理)?(上岗|作业|入职|就业|报名|入学|申请|享受|经营|从业|从业登记|入职登记)")
# the unrelated conditions (closed classes): a trait of the body; a relative or his status; a pledge or a guarantor;
# years of residence; an unrelated duty not performed
# (a body trait one has — 有文身 —, not the trade that bears its name: 文身从业人员)
_TRAIT = re.compile(r"(有|带有|存在)[^，。；]{0,8}?(文身|纹身|刺青)|体貌|相貌|身高|长相|病毒携带|携带者|病原携带|乙肝|艾滋|"
                    rf"(?:{RELATIVE})[^，。；]{{0,16}}?(任职|工作|就职|担任)|"
                    r"承诺书|保证书|担保人|提供担保|作担保|作为担保|居住满|连续居住|"
                    # a belief, a pregnancy, a marriage, a complaint made: traits and rights exercised (就业促进法 第三条、
                    # 第二十七条; 宪法 第三十六条、第四十一条)
                    r"信教|宗教信仰|怀孕|孕期|婚育|未婚|离异|(曾|有)[^，。；]{0,6}(上访|信访|投诉|举报)|"
                    # round 34 (rights34): a belief by its verb and a religious office (信仰宗教的农户; 宗教教职人员): 宪法 第三十六条
                    # (no discrimination of believers), 宗教事务条例 第三十九条 (the clergy's social security)
                    r"信仰宗教|宗教教职人员|教职人员|宗教人士|"
                    r"(无正当理由|无故|拒不|未按要求)(不参加|未参加|参加|缺席)|"
                    r"(不参加|未参加|缺席)[^，。；]{0,12}(演练|活动|会议|宣传|劳动|巡逻|志愿)|"
                    # the bearer is someone's relative, the trigger another's act (肇事者子女不得报考; 其家庭不得享受)
                    rf"(者|人|其)(?:{RELATIVE}|家庭)[^，。；]{{0,8}}?(不得|不予|取消)")
# the scheme's own eligibility (a means test, a fraud), the statute's fitness bars (食品安全法 第四十五条, 职业病防治法),
# a training the trade's law requires, a licence's qualification
_WITHHELD_GUARD = re.compile(r"收入|财产|骗取|虚假|隐瞒|冒领|有碍食品安全|职业禁忌|传染病|资格证|执业证|从业资格|"
                             r"诬告|捏造|缠访|闹访|(非法|违法)(上访|信访|聚集)|扰乱|积分|"
                             r"考核不合格|培训合格|安全培训|不得仅以|不得以|不因|除外|另有规定|"
                             # (round 34: conduct done through religion, not the belief — 利用宗教干预行政、司法、教育: 宪法
                             # 第三十六条第三款, 宗教事务条例 第四条)
                             r"利用宗教|干预|干涉")


# the protective negations (guards.PROTECTIVE less 严禁/禁止, which here bar the person himself)
# (round 33, rights33: 不得以任何理由…… is the bar made absolute, not a pretext barred — 农户……不得以任何理由就补偿事宜向上级部门
# 上访 bars the person's own petition, as guard.compels reads it)
_PROTECT = re.compile(r"不得(因|以(?!任何理由)|仅以|仅因)|不因|不以|不受[^，。；]{0,6}(限制|影响)|任何(单位|组织|个人|人)[^，。；]{0,6}(不得|无权)|"
                      r"不得(将|把)[^，。；]{0,12}作为")


def _not_government(sentence: str, header: str) -> bool:
    """The norm does not fall on a body or its own staff: neither the sentence's nor the header's first actor is a
    government body, and the sentence's first phrase names no official or staff member."""
    first = re.split(r"[，,；;：:]", sentence, maxsplit=1)[0]
    if re.search(r"招聘|招录|报名|应聘|报考|招用", first):
        first = ""                # an applicant for a post is no member of the staff yet
    if GOVERNMENT_FIRST.match(sentence) or header and GOVERNMENT_FIRST.match(header):
        return False
    if _BODY_FIRST.match(sentence) and not _PRIVATE.search(sentence):
        return False
    # (round 33: not the 由 of 理由 — 不得以任何理由就……向有关部门上访)
    if re.match(r"^[^，。；应须必需要]{0,20}(?<!理)由[^，。；]{0,16}(窗口|部门|机关|局|人民政府|政府|街道|镇|乡|办事处|中心|派出所)", sentence):
        return False              # a body named as the 由-agent: its own act (……承诺书由受理窗口交由公安机关核查)
    return not _OWN_STAFF.search(first)


def _channel(sentence: str, header: str) -> list[Burden]:
    for m in _CHANNEL.finditer(sentence):
        lo = start_after(sentence, m.start(), "，,；;：:。")
        scope = sentence[lo:m.end() + 12]
        if _CHANNEL_GUARD.search(scope) or COMPELS.search(sentence[lo:m.end()]):
            continue
        # (round 33: a pledge not to petition or complain binds whoever signs it, a firm or a party to an agreement too —
        # 信访工作条例 第十七条 opens the channels to 法人或者其他组织 as to citizens)
        pledge = m.group(0).startswith(("承诺", "保证"))
        if not pledge and not any(rx.search(sentence[:m.start()]) or rx.search(header) for rx in (_PRIVATE, _AUDIENCE)):
            continue
        if not pledge and re.search(r"(企业|公司|单位|机构|经营者|平台|场所)[^，。；]{0,6}$", sentence[lo:m.start()]):
            continue                  # a business's own publication (its advertising, its notices)
        return [Burden("voice", m.start(), m.end(), m.group(0))]
    return []


def _handed(sentence: str, header: str) -> list[Burden]:
    text = header + sentence
    if _DATA_GUARD.search(text):
        return []
    m = _INSPECTED.search(sentence)
    if m and re.search(r"应当|须|必须|需|要", sentence[:m.start()]):
        return [Burden("handed", m.start(), m.end(), m.group(0))]
    for m in _HANDED.finditer(sentence):
        lo = start_after(sentence, m.start(), "，,；;：:。")
        # the actor of the phrase: the nearest earlier phrase with a modal (……部门应按程序核定，并将核定情况报送……)
        start = start_after(sentence, m.start(), "；;。")
        phrases = [p for p in re.split(r"[，,]", sentence[start:m.start()]) if re.search(r"应|须|必须|需|要", p)]
        if phrases and (GOVERNMENT_FIRST.match(phrases[-1].strip()) or _BODY_FIRST.match(phrases[-1].strip())):
            continue
        if re.search(r"(不得|严禁|禁止|不准|无需|无须|不再|可以)[^，。；]{0,10}$", sentence[lo:m.start()]):
            continue
        if re.match(r"(出具|开具|核发|盖章)", sentence[m.end():]):
            continue                  # the body issues a paper (提交……居民委员会出具的……证明): the proof rules read it
        if not re.search(r"应当|须|必须|需|要|每日|每周|每月|定期|于每", sentence[:m.start()] + header):
            continue
        # the data: persons' attributes beyond their identity, named in the sentence before or in the phrase
        data = _DATA_WORDS.search(sentence, 0, min(len(sentence), m.end() + 30))
        if data is None or not _DATA_PERSON.search(sentence, 0, data.end()):
            continue                  # a firm's own name, address and telephone (经营者名称、地址和联系方式) are no person's
        return [Burden("handed", m.start(), m.end(), m.group(0))]
    return []


# (S) a standing service or participation laid on the public (每月应当参加……夜间治安巡防志愿服务; 每户每年须参加两次
# 疏散演练): unpaid work or attendance no law lays on a private person (立法法 第九十一条; a 志愿 service is one's will)
_SERVICE = re.compile(r"(应当|须|必须|需|要)(按时|定期|轮流|每[年季月周日天][^，。；]{0,8}?)?(参加|参与|出席|承担|完成)[^，。；]{0,24}?"
                      r"(巡防|巡逻|巡查|值守|执勤|演练|志愿服务|义务劳动|公益劳动|义务植树|义务清扫|宣传活动|集体活动|动员会|会议)")
_SERVICE_BEARER = re.compile(r"居民|村民|农户|住户|群众|市民|家长|业主|租户|租客|车主|驾驶员|司机|骑手|摊主|店主|商户|经营户|个体工商户|"
                             r"务工人员|外来人员|流动人口|渔民|牧民|养殖户|种植户|户主|每户|各户|家庭")
# a body's own staff or members (党员, 民兵, 网格员, 工作人员), a trade's own statutory training or drill (安全生产法:
# 应急演练 of the business, 培训), pupils under their school, a court's or a correction's measure
_SERVICE_GUARD = re.compile(r"培训|考试|考核|安全生产|应急预案|生产经营单位|企业|学校|学生|社区矫正|矫正对象|民兵|兵役|"
                            r"法定代表人|股东|成员大会|代表大会|村民会议|业主大会|听证")


def _service(sentence: str, header: str) -> list[Burden]:
    text = header + sentence
    m = _SERVICE.search(sentence)
    if m is None or _SERVICE_GUARD.search(text):
        return []
    before = sentence[:m.start()]
    if not _SERVICE_BEARER.search(before) and not (header and _SERVICE_BEARER.search(header)):
        return []
    if re.search(r"(组织|动员|发动|安排|带领|督促|引导)[^，。；]{0,12}$", before):
        return []                     # the body organises (应当组织居民参加): its own task
    return [Burden("service", m.start(), m.end(), m.group(0))]


def _withheld(sentence: str, header: str) -> list[Burden]:
    text = header + sentence
    if _WITHHELD_GUARD.search(text) or RECUSAL.search(text):     # (round 34: a recusal, review/norms/kin.py)
        return []
    if contagion_work_bar(sentence):
        return []                     # a contagious person kept from work that spreads it (guards.contagion_work_bar)
    w = _WITHHELD.search(sentence) or (_WITHHELD.search(header) if header else None)
    if w is None:
        return []
    t = _TRAIT.search(sentence)
    if t is None:
        return []
    scope = sentence + header
    if not any(_INTEREST_RX[k].search(scope) for k in ("employment", "education", "benefit", "business")):
        return []
    return [Burden("unrelated", t.start(), t.end(), t.group(0))]


# ---- round 25 (rights25): four more shapes, each a norm with open slots — who bears the loss, what is taken, by what
# act, on what condition — and the absence of a lawful-making feature (a basis: burden.burdens reads it first)

# (D) persons' data handed over or made public by a private party: the data by its noun's ending (…信息, …记录, …轨迹,
# …复印件, …号码, …名单 …), the recipient by its suffix (…局, …中心, …委员会, …平台, …公司 …) or an audience (对外, 在…栏,
# …群, …网), the voice a duty, a consent deemed or exacted (视为同意, 应当同意), or a private body's permission to publish
# (个人信息保护法 第十三条、第十四条: consent given freely and expressly; 民法典 第一千零三十四条)
_PDATA = (r"(姓名|照片|相片|肖像|身份证(件)?(号码|复印件)?|(家庭|收入|困难|婚姻|健康|住房|经济|财产)[\u4e00-\u9fff]{0,4}情况|"
          r"[\u4e00-\u9fff]{0,6}?(信息|记录|轨迹|复印件|号码|住址|名单|收入|金额|档案))")
_PDATA_RX = re.compile(_PDATA)
# whose data: a person's — named by an identity word or by a person's noun ending (…人, …户, …民, …者, …生, …客, 用户 …)
# before the data in its phrase; not a firm's own records (企业应当将安全检查记录报送……; 其生产经营信息)
_PDATA_OWNER = re.compile(r"本人|个人|实名|身份|姓名|照片|相片|肖像|手机|住址|家庭|用户|会员|职工|员工|患者|老人|父母|家长|子女|"
                          r"(学|考|新|业)生|[\u4e00-\u9fff](人|户|民|者|客|众|童|儿)(?![员民大才会局数次口群流力均])")
_BODY_SUFFIX = (r"(局|中心|委员会|村委会|居委会|办事处|政府|部门|派出所|[\u4e00-\u9fff]所(?![有在属得需述以])|站|平台|公司|企业|机构|组织|学校|医院|(?<!工作)单位|街道|社区|网格|"
                r"乡镇|镇|乡|村)")
_GIVE = r"(交由|交给|交至|(?<![提递移])交|报送|推送|同步|上传|提供|共享|传送|汇交|抄送|移交)"
# round 26 wave 2 (rightspower26b): the data opened to a body (向……局实时开放……定位信息), or the body let take it by
# an authorisation (授权平台调取其本人及家庭成员的……信息): the same hand-over, the body the one who reads
_TAKE = r"(调取|调阅|查询|查阅|查看|读取|获取|采集)"
_GIVEN = re.compile(rf"{_GIVE}(至|给|到)?[^，。；]{{0,16}}?{_BODY_SUFFIX}(?![\u4e00-\u9fff]{{0,2}}(出具|开具))|"
                    rf"(向|给)[^，。；]{{0,16}}?{_BODY_SUFFIX}[^，。；]{{0,4}}?({_GIVE}|开放)|"
                    rf"授权[^，。；]{{0,16}}?{_BODY_SUFFIX}[^，。；]{{0,6}}?{_TAKE}")
_PUBLISHED = re.compile(r"(对外|向社会|向公众|公开栏|在[^，。；]{0,16}?(栏|群|网|网站|平台|媒体|屏|显著位置)|其所在[^，。；]{0,8}?)"
                        r"[^，。；]{0,6}?(公开|公布|公示|通报|张贴|曝光|发布)|(公开|公布|公示|通报|曝光)[^，。；]{0,4}(其|本人|他们|欠)")
_DEEMED_CONSENT = re.compile(r"(视为|即视为|视同|默认)(其|本人)?(同意|授权)|(应当|须|必须|需)[^，。；]{0,4}(同意|授权)")
_DUTY_VOICE = re.compile(r"应当|须|必须|需|一律|(?<![需主重只])要(?=[^，。；]{0,6}(将|把|向|交|报|推|提供))|每[日周月季年]|定期")
# a private body publishing others' data of its own accord (物业服务企业可以公布……)
_PRIVATE_BODY = re.compile(r"(企业|公司|机构|学校|平台|组织|物业|商户|经营者|协会|商会|医院|单位)[^。；]{0,20}?可以")
# the person's own free consent, the data's protection, the statutory registers to the police, a case, one's own claim
_CONSENTED = re.compile(r"(经|征得|取得|获得)[^，。；]{0,14}?(本人|当事人|用户|其|监护人)[^，。；]{0,6}?(书面)?(同意|授权)|本人(书面)?(同意|授权)后")
_PDATA_GUARD = re.compile(r"统计|普查|(进行|办理)[^，。；]{0,8}(登记|备案)|保密|泄露|严格保护|依法保护|予以保护|删除|匿名|脱敏|去标识|不得(公开|公布|泄露|提供|出售|非法|用于|超出|收集)|"
                          r"传染病|疫情|突发公共卫生|犯罪嫌疑|违法嫌疑|侦查|案件|鼓励|自愿|志愿|倡导")
_POLICE_REGISTER = re.compile(r"(旅馆|宾馆|酒店|住宿|典当|寄递|快递|网吧|上网服务|娱乐场所|再生资源|租赁|出租)[^。]*?(公安|派出所)")
_OWN_CLAIM = re.compile(r"申请|申领|申报|报名|报考")


def _disclosed(sentence: str, header: str) -> list[Burden]:
    text = header + sentence
    if _PDATA_GUARD.search(text) or _CONSENTED.search(sentence):
        return []
    deemed = _DEEMED_CONSENT.search(sentence)
    if deemed and not re.search(r"视为|视同|默认", deemed.group(0)):
        deemed_only = None        # a consent exacted (应当同意): a duty's voice, not a consent deemed
    else:
        deemed_only = deemed
    if _POLICE_REGISTER.search(text) and not deemed_only:
        return []                 # the statutory registers sent to the police (旅馆业治安管理办法 第六条 …)
    for rx in (_GIVEN, _PUBLISHED):
        for m in rx.finditer(sentence):
            lo = start_after(sentence, m.start(), "，,；;。")
            hi = end_before(sentence, m.end(), "，,；;。")
            # the data: in the phrase, outside the act's own words (在……服务信息网公示: the audience is no data)
            phrase = sentence[lo:m.start()] + "＿" * (m.end() - m.start()) + sentence[m.end():hi]
            found = list(_PDATA_RX.finditer(phrase))
            data = [d.group(0) for d in found]
            if not data or not _PDATA_OWNER.search(phrase, 0, found[-1].end()):
                continue          # no data, or no person's (a firm's own records)
            if rx is _PUBLISHED and "公示" in m.group(0) and all(re.fullmatch(r"姓名|[\u4e00-\u9fff]*(名单|单位)", d) for d in data):
                continue          # a scheme's list of names on notice (获奖名单公示, 申请人名单公示) — not a list sent to
                                  # one's employer or village (感染者名单通报其所在单位)
            if re.search(r"(下列|以下|如下)[^，。；]{0,4}(信息|记录|情况)", phrase):
                continue          # the items say what is handed over (a header of a list)
            if rx is _GIVEN and re.match(r"[^，。；]{0,4}(备案|登记)", sentence[m.end():]):
                continue          # a filing with the competent body (报送市主管部门备案)
            if rx is _GIVEN and re.search(r"材料|证明|证件|证书|执照", sentence[lo:hi]) and re.search(r"提供|提交", sentence[lo:hi]):
                continue          # papers provided for an application: the proof rules read them
            if rx is _GIVEN and re.search(r"公安|派出所", m.group(0)) and not deemed \
                    and all(re.fullmatch(r"姓名|身份证(件)?(号码)?", d) for d in data):
                continue          # bare identity to the police: the statutory real-name registers
            head = sentence[:m.start()]
            if re.search(r"(不得|严禁|禁止|不准|无需|无须|不再)[^，。；]{0,12}$", sentence[lo:m.start()]):
                continue
            # (round 37, prec37: the person MAY authorise a body to look up his own data — 并可以书面授权担保机构查询本人征信
            # 信息: his own choice, the written authorisation his consent (个人信息保护法 第十三条第一款第一项); a consent
            # deemed or demanded stays)
            if rx is _GIVEN and m.group(0).startswith("授权") and not deemed \
                    and re.search(r"(可以|可|自愿|有权)[^，。；]{0,6}$", sentence[lo:m.start()]):
                continue
            if rx is _GIVEN and m.group(0)[:2] in ("提供", "提交") and _OWN_CLAIM.search(text):
                continue          # papers for one's own application: the proof rules read them
            voiced = (deemed and deemed.start() < m.start()) or _DUTY_VOICE.search(header + head) \
                or rx is _PUBLISHED and _PRIVATE_BODY.search(head)
            if not voiced:
                continue
            first = sentence[lo:m.start()]
            if GOVERNMENT_FIRST.match(sentence) and not deemed or GOVERNMENT_FIRST.match(first.strip()):
                continue          # the body's own handling (the sensitive-data rules read it)
            return [Burden("disclosed", m.start(), m.end(), m.group(0))]
    return []


# (C) a third person's contract or pay ended or cut by a private party on the document's order, or let cut one-sidedly
# (劳动合同法 第三十五条: a contract changed only by agreement; 第三十九条、第四十条: the statute's own grounds; 民法典
# 第一百三十六条, 第五百六十二条、第五百六十三条: a contract ended by agreement or on the law's grounds)
_ENDED = re.compile(r"(应当|须|必须|一律|要)[^，。；]{0,12}?(解除|终止|不再续签|不予续签|不得续签|辞退|解聘|清退)[^，。；]{0,14}?"
                    r"(合同|协议|关系)|"
                    r"单方(面)?(降低|下调|调低|扣减|减少|变更|解除|终止)[^，。；]{0,10}?(工资|报酬|薪酬|待遇|合同|协议|标准)")
_CONTRACT_GUARD = re.compile(r"认购|配售|配租|轮候|保障性|安居|公共租赁|通知后|协商一致|协商|约定|按照[^，。；]{0,12}(合同|协议)|期满|到期|届满|本人(申请|提出|要求)|自愿|严重违反|"
                             r"依法|法定|采购|招标|投标|中标|供应商|特许经营|承接|受托|委托|业主大会|业主委员会|劳动者可以|"
                             r"不符合录用条件|被依法追究|刑事责任|鼓励|引导")


def _contract(sentence: str, header: str) -> list[Burden]:
    text = header + sentence
    m = _ENDED.search(sentence)
    if m is None or _CONTRACT_GUARD.search(text) or barred_just_before(sentence[:m.start()], 12):
        return []
    lo = start_after(sentence, m.start(), "，,；;。")
    if GOVERNMENT_FIRST.match(sentence[lo:].strip()) or (lo == 0 and GOVERNMENT_FIRST.match(sentence)):
        return []                 # the government's own agreements (行政协议: their own rules)
    if not m.group(0).startswith("单方") and not re.search(r"与其|与该|与[^，。；]{0,8}签订|其[^，。；]{0,6}(合同|协议)", m.group(0)):
        return []                 # whose contract: a third person's (与其解除; 解除与其签订的)
    return [Burden("contract", m.start(), m.end(), m.group(0))]


# (A) a course, a talk or an event the public must attend: the object by its noun's ending (…活动, …课程, …学习, …培训,
# …辅导, …讲座, …教育, …座谈, …学时), the bearer a private person by his noun's ending (…人, …民, …户, …主, 家长, 夫妇,
# 群众) — not a trade's statutory training, a body's own staff or pupils, a sanction's education
_COURSE = re.compile(r"(应当|须|必须|需|要)(按时|定期|每[年季月周日天学][^，。；]{0,6}?)?[^，。；]{0,8}?(参加|参与|出席|完成|接受)"
                     r"[^，。；]{0,24}?(活动|课程|学习|培训|辅导|讲座|座谈|学时|答谢)")
_COURSE_BEARER = re.compile(r"家长|父母|夫妇|夫妻|群众|老人|[\u4e00-\u9fff](人|民|户|主)(?![员民大才会])")
_COURSE_GUARD = re.compile(r"从业|作业|上岗|执业|持证|资格|职业|岗位|安全生产|特种|操作|驾驶|满分|记分|工作人员|干部|党员|团员|职工|员工|"
                           r"学员|社区矫正|矫正|戒毒|违法|违反|处罚|责令|失业|考试|考核合格|取得[^，。；]{0,6}证")


def _course(sentence: str, header: str) -> list[Burden]:
    m = _COURSE.search(sentence)
    if m is None or _COURSE_GUARD.search(header + sentence):
        return []
    before = sentence[:m.start()]
    if not (_COURSE_BEARER.search(before) or header and _COURSE_BEARER.search(header)):
        return []
    if re.search(r"(组织|动员|发动|安排|带领|督促|引导)[^，。；]{0,12}$", before) or re.search(r"^[^，。；]{0,6}学生(?!家长)", sentence):
        return []                 # the body organises; pupils under their school
    return [Burden("attend", m.start(), m.end(), m.group(0))]


# (K) a benefit clawed back unless the person stays — in the county, in a job, insured — for years: money by its noun's
# ending (…补贴, …补助, …奖励, …资金, …差额, …金, …款) repaid on a condition of staying, with no agreement of his own
# (a grant agreement he signed is a contract: 民法典 第四百六十五条; a reviewer would still query a 见习补贴 claw-back)
_MONEY = r"[\u4e00-\u9fff]{0,10}?(补贴|补助|奖励|奖金|资助|贴息|津贴|生活费|资金|差额|租金|[\u4e00-\u9fff]金|款)"
_REPAY = re.compile(rf"(退还|返还|退回|追回|收回|缴回|归还|补缴|补交|退赔)[^，。；]{{0,16}}?{_MONEY}")
_STAY = re.compile(r"未[^，。；]{0,14}?(就业|工作|服务|居住|经营|缴纳|参保|纳税|创业|任教|执业|生活)[^，。；]{0,10}?满|"
                   r"(不满|未满|不足)[^，。；]{0,4}[年月]|提前(离开|离职|辞职|调离|迁出|退出)|"
                   r"(迁出|离开|调离|迁离|转出)(本[县市区镇乡村]|当地|[^，。；]{0,6}所在地)|"
                   r"(户口|户籍|经营场所|注册地|税收关系|社保关系)[^，。；]{0,8}(迁出|转出|迁离|迁往)")
_CLAW_GUARD = re.compile(r"骗取|虚假|冒领|违规使用|挪用|套取|不符合|隐瞒|伪造|约定|协议|合同|违约|服务期|定向|订单")
# a firm's incentive repaid when it moves away is a term of an investment incentive, not a person's right taken; the
# relocation bar itself is read by the fair-competition rules (a person who trades, 个体工商户, stays a person)
_FIRM_BEARER = re.compile(r"(企业|公司|市场主体|项目单位)(?!就业|工作|职工|员工|务工|任职)")


def _clawed(sentence: str, header: str) -> list[Burden]:
    m = _REPAY.search(sentence)
    if m is None or _CLAW_GUARD.search(header + sentence):
        return []
    if not _STAY.search(header + sentence[:m.start()]):
        return []
    if _FIRM_BEARER.search(header + sentence[:m.start()]):
        return []
    return [Burden("clawed", m.start(), m.end(), m.group(0))]


# ---- round 27 (rights27): persons' data told by a private party to another private party (D2): a school, a shop, a
# home told to report or pass on what it learns of the persons it serves — to a school, an employer, a class's
# teachers, other parents — by a verb of telling (报告, 通报, 告知, 转告); the recipient anything but a body of the
# government (the statutory reports: _handed and the sensitive-data rules read those) and anything but the person himself,
# his guardian or his family (职业病防治法 第三十五条: the result told to the worker; a pupil's own parents); the data a
# person's by an owner word, or health data, which is always a person's (个人信息保护法 第二十八条: 医疗健康 is sensitive)
_TELL = r"(报告|通报|告知|转告|通告)"
_TOLD = re.compile(rf"(?P<v1>{_TELL})(给|至|到)?(?P<to1>[^，。；]{{1,18}})|(向|给)(?P<to2>[^，。；]{{1,16}}?)(?P<v2>{_TELL})")
_HEALTH = re.compile(r"(就诊|病情|病史|诊疗|治疗|用药|心理咨询|心理|体检|诊断|健康|疾病|怀孕|生育)[\u4e00-\u9fff]{0,4}(情况|结果|记录|信息|报告|史)")
_GOV_RECIPIENT = re.compile(r"局|政府|部门|委员会|办事处|中心|派出所|公安|机关|街道|乡镇|机构|卫生|疾病|法院|检察|站|所$")
_SELF_RECIPIENT = re.compile(r"本人|当事人|监护人|近亲属|家属|申请人|受检|劳动者|其(父母|家长|子女|配偶)|患者")
_OTHERS_MARK = re.compile(r"同班|同校|其他|全体|全校|所有|全部|全班|[^，。；]{0,4}所在单位|单位")


def _told(sentence: str, header: str) -> list[Burden]:
    text = header + sentence
    if _PDATA_GUARD.search(text) or _CONSENTED.search(sentence) or _POLICE_REGISTER.search(text):
        return []
    for m in _TOLD.finditer(sentence):
        to = m.group("to1") or m.group("to2")
        verb_at = m.start("v1") if m.group("v1") else m.start("v2")
        lo = start_after(sentence, m.start(), "，,；;。")
        if _GOV_RECIPIENT.search(to) and not re.search(r"学校|单位", to):
            continue
        if _SELF_RECIPIENT.search(to) and not _OTHERS_MARK.search(to):
            continue              # the person himself, his guardian, his family
        seg = sentence[lo:verb_at] + ("" if m.group("v1") else "") + sentence[m.end():end_before(sentence, m.end(), "，,；;。")]
        health = _HEALTH.search(seg)
        data = health or _PDATA_RX.search(seg)
        if data is None or not (health or _PDATA_OWNER.search(seg, 0, data.end())):
            continue
        if re.search(r"(不得|严禁|禁止|不准|无需|无须|不再)[^，。；]{0,12}$", sentence[lo:verb_at]):
            continue
        if not _DUTY_VOICE.search(header + sentence[:verb_at]) or GOVERNMENT_FIRST.match(sentence[lo:].strip()):
            continue
        return [Burden("disclosed", verb_at, m.end(), m.group(0))]
    return []


# ---- round 27 (rights27): two norms with open slots around the rights of complaint, remedy and claim
# (R) a loss laid on a person because he exercised a right: the condition (……的，) names an act of the class — a
# complaint or a petition (上访, 信访, 投诉, 举报, 反映, 申诉, 控告, 检举), a remedy (起诉, 诉讼, 仲裁, 复议), speaking to the
# press —, the consequence an adverse verb on what the person holds (取消其……资格, 扣发其……奖励, 收回其承包的果园, 调离
# ……岗位): 宪法 第四十一条 (任何人不得……打击报复), 信访工作条例 第四十七条 (only a petitioner's unlawful acts are dealt
# with). Guards: the unlawful means or content (缠访闹访, 诬告, 捏造, 扰乱 …: _CHANNEL_GUARD), the person complained
# against (被投诉), a complaint withdrawn or found true, a channel declining a matter another channel holds (已经申请仲裁
# 的，不予受理调解: 信访工作条例 第三十二条), a negated consequence (不停止执行)
_RIGHT_ACT = (r"(?<!被)(上访|信访|投诉|举报|反映|申诉|控告|检举|起诉|诉讼|申请仲裁|仲裁|申请复议|复议|"
              r"接受[^，。；]{0,6}采访|向[^，。；]{0,8}(媒体|记者)[^，。；]{0,6}(反映|爆料|披露))")
_EXERCISED = re.compile(rf"(?:^|[，,；;：:])(?P<cond>[^，,。；;：:]{{0,40}}?{_RIGHT_ACT}[^，,。；;：:]{{0,16}}?)"
                        r"的(?:[\u4e00-\u9fff]{0,3}(?:人|户|员|者|工))?[，,](?P<cons>[^。；;]+)")
_ADVERSE = re.compile(r"(?<![不未])(取消|扣发|扣减|扣除|停发|减发|暂缓|暂停|停止|收回|调离|调整其|辞退|解聘|解除|降低|降级|"
                      r"列入|不予|不再|终止|追回|注销|清退|约谈)[^，。；]{0,4}?(其|该)|"
                      r"(?<![不未])(取消|扣发|扣减|停发|减发|暂缓发放|暂停发放|收回|调离|辞退|解聘|降低|不予发放|不予享受|"
                      # round 33 (rights33): a qualification suspended while the remedy runs (暂停乙方参与……项目的资格)
                      r"暂停)"
                      r"[^，。；]{0,20}?(资格|待遇|补贴|补助|奖励|奖金|工资|绩效|岗位|合同|承包|摊位|分红|低保|救助|评优|评先|荣誉)")
_EXERCISED_GUARD = re.compile(r"撤回|属实|查实|经查|核实|败诉|驳回|已经|已(?!在)|依法应当通过|"
                              r"受理|调解|立案|处理程序|复核|审查|办结|"
                              # complaints about the one who bears the loss, not his own: made against him (被……投诉),
                              # by the public he serves (消费者投诉), counted (投诉较多, 三次以上)
                              r"被[^，。；]{0,8}(上访|信访|投诉|举报|反映|控告|起诉)|"
                              r"(群众|消费者|顾客|乘客|游客|旅客|居民|业主|患者|家长|学生|服务对象|他人|用户)[^，。；]{0,4}(投诉|举报|反映|控告)|"
                              r"(投诉|举报|反映|上访|信访)[^，。；]{0,6}(较多|多次|次以上|次数|率|集中|强烈|量)")


def _retaliated(sentence: str, header: str) -> list[Burden]:
    for m in _EXERCISED.finditer(sentence):
        cond, cons = m.group("cond"), m.group("cons")
        if _CHANNEL_GUARD.search(cond) or _EXERCISED_GUARD.search(cond) or GOVERNMENT_FIRST.match(cond.strip()):
            continue
        a = _ADVERSE.search(cons)
        if a is None or _EXERCISED_GUARD.search(cons[:a.end() + 8]):
            continue
        start = m.start("cons") + a.start()
        return [Burden("retaliated", start, m.start("cons") + a.end(), a.group(0))]
    return []


# (C) a claim to what one is owed barred: a bar (不得, 不再, 一律不得) over a claiming verb (主张, 索要, 索取, 要求, 申请)
# and money owed by its noun's ending (…补偿, …赔偿, …报酬, …奖励, …工资, …费用, …款, …金) — 民法典 第一百一十七条,
# 第二百四十三条 (expropriation with compensation), 劳动法 第五十条. Guards: money already paid or beyond the standard
# (重复, 超过标准), a business's or an official's demand on others (向消费者索要; 索要财物), the party's own agreement
_CLAIM = re.compile(r"(不得|不准|一律不得|不再|不能)(另行|再行|再|就[^，。；]{0,20}?|向[^，。；]{0,12}?)?(主张|索要|索取|要求|提出|申请)"
                    r"[^，。；]{0,8}?(补偿|赔偿|报酬|奖励|奖金|工资|工钱|酬金|劳务费|[\u4e00-\u9fff](补偿|赔偿)?(款|金))")
_CLAIM_GUARD = re.compile(r"重复|超过|超出|高于|额外|标准以外|以外的|已经|已(?!在)|另有约定|约定|协议|财物|红包|好处|礼品|回扣|"
                          r"消费者|顾客|患者|学生|家长|群众|乘客|游客|服务对象|工作人员|公职人员|干部|违法|非法|虚假|骗取")


def _claim(sentence: str, header: str) -> list[Burden]:
    m = _CLAIM.search(sentence)
    if m is None or _CLAIM_GUARD.search(header + sentence):
        return []
    return [Burden("claim", m.start(), m.end(), m.group(0))]


def interest(sentence: str, header: str = "", before: str = "") -> list[Burden]:
    """The burden a sentence lays on a private person's protected interest, read by its shape (module docstring)."""
    text = header + sentence
    if _PROTECT.search(text) or COMPELS.search(text):
        return []
    # (志愿者, 志愿服务 name a person or a service, not one's will: 鼓励, 自愿 stay)
    lawful_shape = ENCOURAGED.search(re.sub(r"志愿(者|服务)", "＿＿＿", text)) or not _not_government(sentence, header)
    if not lawful_shape:
        found = (_channel(sentence, header) or _handed(sentence, header) or _withheld(sentence, header)
                 or _service(sentence, header))
        if found:
            return found
    # round 25: read where the readings above found nothing; a private body's permission (可以) to publish others' data
    # or to cut their pay is the burden itself, so these two read past 可以
    found = _disclosed(sentence, header) or _contract(sentence, header) or _told(sentence, header)
    if not found and not ENCOURAGED.search(re.sub(r"可以|志愿(者|服务)", "＿", text)):
        # round 27: the body's leave (可以收回其承包的果园) is the retaliation itself; a body's own staff keep their rights
        # of complaint too (宪法 第四十一条), so these two read past the government-first shape
        found = _retaliated(sentence, header) or _claim(sentence, header)
    if found or lawful_shape:
        return found
    return _course(sentence, header) or _clawed(sentence, header)


# round 28 (speed28): the costliest of these searches skip a text without the keys every match must contain
# (review/firstchars.Keyed: exact; measured by bench/reading_budget.py)
from ..firstchars import Keyed  # noqa: E402

(_ADVERSE, _CHANNEL, _DATA_PERSON, _PDATA_RX, _STAY, _TRAIT) = \
    map(Keyed, (_ADVERSE, _CHANNEL, _DATA_PERSON, _PDATA_RX, _STAY, _TRAIT))
