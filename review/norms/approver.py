"""Who approves (round 25, issue 9): an approval sets a licence only when a public body (or a body it makes a
gatekeeper: a 社区, a 村委会) must say yes to a private party's act. The same words set nothing of the kind when every
approver is

* **inside the one who acts** — its own head, organ or staff, by the ending of the name: …负责人, …会议 (校务会议,
  园务会议), 董事会, 股东会, 理事会, …安全员/…管理人员, 校长 (经企业负责人批准后方可作业: the firm's own work permit);
* **the person concerned** — the one whose child, home or body it is: 家长, 监护人, 本人, 配偶, 近亲属, 业主, 权利人,
  受试者, 患者 (学生携带手机进入校园的，应当经家长同意);
* **a public body, when the one who acts is a public body too** — a 公办 school, a 行政事业单位, an organ or its
  subordinate unit, or the posting of a public body's own staff (乡、镇统计人员的调动, round 28): an approval inside
  the administration (行政许可法 第三条第二款: 行政机关对其直接管理的事业单位的人事、财务、外事等事项的审批 is no
  licence).

An approver with a public body's ending (…局, …委员会, …政府, 社区, 街道, 村 …) over a private actor keeps the finding:
居民……应当经社区居委会审核同意; 民办培训机构……须报县教育局审批同意. Pure: a sentence in, a bool out.
"""

from __future__ import annotations

import re

from .body_name import NAME_AND

# the approval verbs and what introduces the approver (经……同意, 报……审批, 由……批准, 征得……同意)
_APPROVAL = re.compile(r"(?:报经|经过|经|报请|报送|报|由|征得|取得)([^，。；]{1,30}?)"
                       r"(?:书面|事先|签字|研究|讨论|集体)?(?:同意|批准|审批|审核|核准|签批|许可|确认|审定|备案)")
# (round 35, prec35: 备案 too — 事业单位……招聘方案须报县人力资源和社会保障局备案后方可发布招聘公告 is a filing inside the
# administration, 事业单位人事管理条例 第九条, as an approval there is)
_SPLIT = re.compile(r"[、和及]|并报经?|并经|或者|或|后报|讨论|研究|审核|同意")
# a public body by the ending of its name (the approver the licence rules mean), or a self-governing body told to approve
# (round 35, prec35: …馆, the public institutions a public body files with — 县档案馆, 图书馆, 博物馆, 文化馆)
_PUBLIC = re.compile(r"局|政府|部门|机关|委员会|委|办公室|办事处|街道|乡镇|社区|村|中心|站|所(?![有在])|队|管委会|厅|署|"
                     r"(?:档案|图书|博物|文化|纪念|美术)馆")
# inside the actor: its head, its organ, its staff — the whole name, once the actor's own marker (本企业, 学校) is
# dropped: 供养服务机构负责人 names another body's head (特困人员外出须经供养服务机构负责人批准: a restriction, set N)
_INSIDE = re.compile(r"^(?:主要|项目|技术|安全|分管)?(?:负责人|法定代表人|董事会|董事长|股东会|股东大会|理事会|安全员|"
                     r"(?:安全)?管理人员|技术人员|校长|园长|院长|经理|总经理|厂长|项目部|"
                     r"(?:校务|园务|院务|党委|党组|行政|办公|总经理办公|董事|职工代表)(?:会议|大会|会))$")
# the person concerned
# (业主大会 are the owners themselves: 利用共有部分设置广告的，应当经业主大会同意 — 民法典 第二百七十八条; 住户, 个人: the
# one whose home is entered or whose information is processed — 应当事先征得住户同意, 取得个人的单独同意)
_CONCERNED = re.compile(r"^(?:其|学生|幼儿|本人的?)?(?:家长|监护人|本人|配偶|近亲属|业主|业主大会|权利人|所有权人|受试者|患者|"
                        r"当事人本人|学生本人|其本人|住户|户主|个人)(?:本人)?(?:的?(?:单独|书面|明示))?$")
# an actor that is itself a public body or a public institution
# (at the sentence's opening: 各公办中小学……, 行政事业单位利用国有资产……)
_PUBLIC_ACTOR = re.compile(r"^(?:第[一二三四五六七八九十百零〇\d]+条[\s\u3000]*)?[^，。；]{0,6}?(?:公办|公立|行政事业单位|"
                           r"机关事业单位|行政机关|(?<!企)事业单位|国家机关|所属单位|直属单位|下属单位|(?:各级|县直|市直|区直|各)(?:部门|机关)|"
                           # round 36 (prec36): a level's own departments (区级部门新建政务信息化项目的，应当……报区数据局审核)
                           r"(?:县|市|区)级(?:各)?(?:部门|机关))|"
                           # (round 35, prec35: not 企事业单位, which names firms too — 机关、企事业单位……须报经区文化和旅游局审核同意, round 10)
                           # round 35 (prec35): a township's public institution by its name, as the sentence's subject
                           # (各乡镇综合文化站举办……; not 未取得乡镇卫生院同意意见的, where it is the approver)
                           r"^(?:第[一二三四五六七八九十百零〇\d]+条[\s\u3000]*)?(?:各|本)?(?:乡镇|乡|镇|街道)(?:综合)?"
                           r"(?:文化站|农技站|农业技术推广站|畜牧兽医站|水利站|林业站|卫生院|敬老院|中心学校|中心小学)|"
                           # round 36 (prec36): a county's or a city's public institution by its name's ending, as the
                           # sentence's subject (县殡仪馆公开招聘……, 县疾病预防控制中心……; 事业单位人事管理条例 第九条) —
                           # the level's name before it marks a public one, not a 民办/私立/民营 one
                           r"^(?:第[一二三四五六七八九十百零〇\d]+条[\s\u3000]*)?(?:各)?(?:县|市|区)(?:级|直|属|立)?"
                           r"(?:(?!民办|私立|民营)[^，。；、的]){0,10}?(?:殡仪馆|疾病预防控制中心|疾控中心|博物馆|图书馆|文化馆|"
                           r"档案馆|纪念馆|美术馆|人民医院|中医院|中医医院|妇幼保健院|卫生院|敬老院|福利院|儿童福利院|救助管理站|"
                           r"中学|小学|幼儿园|职业学校|职业中学|体育场|体育馆|广播电视台|融媒体中心)|"
                           # round 29 (guard29): a township, a street office or a bureau as the one who acts, by its
                           # name's ending, its modal or plan just after (各街道拟新设……的，应当将选址方案报区人民政府批准;
                           # 县林业局确需……的，应当报县人民政府批准): the administration asking its superior
                           r"^(?:第[一二三四五六七八九十百零〇\d]+条[\s\u3000]*)?(?:各|本|县|市|区)?[^，。；、]{0,10}?"
                           r"(?:街道办事处|街道|乡镇人民政府|乡（镇）人民政府|乡镇|镇人民政府|乡人民政府|人民政府|局|委员会)"
                           r"(?=拟|应当|须|需|确需|需要|如需|可以|申请)")
# round 28 (power28): … or the staff of a public body whose posting the sentence is about (乡、镇统计人员的调动，应当征得
# 县级人民政府统计机构的同意: 统计法实施条例 第三十二条; 乡镇农经站工作人员的调动): a personnel matter inside the
# administration, the body named by the ending of its name before the staff
_PUBLIC_STAFF = re.compile(r"^(?:第[一二三四五六七八九十百零〇\d]+条[\s\u3000]*)?[^，。；]{0,12}?(?:乡|镇|街道|局|政府|机关|部门|委员会|站|所|"
                           r"中心|机构)[^，。；]{0,8}?(?:工作人员|人员|干部)的?(?:调动|调离|调配|调整|任免|任命|免职|借调)")
_NOISE = re.compile(r"^(?:按规定权限|按照规定|按规定|依法|事先|书面|所在|相关|有关|本企业|本单位|本机构|本校|本园|学校|企业|单位|"
                    r"其|该|所属)+")


# an approval named without its approver (未经备案, 未经审核同意的): the sentence named the approver before
_BARE_APPROVAL = re.compile(r"未经(?:过)?(?:书面)?(?:同意|批准|审批|审核|核准|确认|审定|备案)")


def _approvers(words: str) -> list[str]:
    return [p for p in (_NOISE.sub("", w.strip()) for w in _SPLIT.split(NAME_AND.sub("", words))) if p]


def _own_organ_spending(name: str, sentence: str, at: int) -> bool:
    """Round 38 (prec38): the approver is a body's own decision organ (局党组会议, 局长办公会议, 局务会议) and what it
    holds back is the body's own disbursement (……须经局党组会议研究同意后方可拨付资金): the body's financial procedure
    (行政许可法 第三条第二款), no licence. The organ holding back a private party's activity (……方可开展) stays."""
    from .lexicon import default_lexicon

    concepts = default_lexicon().concepts
    return bool(re.match(concepts["own.organ"].regex_source, name)) and \
        re.compile(concepts["own.spending"].regex_source).match(sentence, at) is not None


def internal_approval(sentence: str, q0: int, q1: int) -> bool:
    """Whether every approval the quote [q0, q1) of ``sentence`` holds is internal (see the module's doc)."""
    found = False
    public_actor = _PUBLIC_ACTOR.match(sentence) is not None or _PUBLIC_STAFF.match(sentence) is not None
    for m in _APPROVAL.finditer(sentence, q0, q1 + 4):
        if m.start() >= q1:
            break
        names = _approvers(m.group(1))
        if not names:
            return False
        for name in names:
            if _CONCERNED.match(name) or _INSIDE.match(name):
                continue
            if public_actor and _PUBLIC.search(name):
                continue
            if _own_organ_spending(name, sentence, m.end()):
                continue
            return False
        found = True
    # round 36 (prec36): the quote's own approval names no approver (……报县人力资源和社会保障局备案，未经备案不得发布招聘
    # 公告): the approvals the sentence names before it are the ones it means
    if not found and q0 > 0 and _BARE_APPROVAL.search(sentence, q0, q1):
        return internal_approval(sentence[:q0], 0, q0)
    return found


# a private third party by the ending of its name: a firm, an operator, an employer, a landlord, an association
# (round 37, lead37: 须经原企业书面同意……方可聘用; 应当事先征得加油站经营单位的书面同意 — no public body grants anything)
_PRIVATE = re.compile(r"(?:企业|公司|经营单位|经营者|经营户|用人单位|原单位|原工作单位|出租人|物业服务人|物业服务企业|开发商|"
                      r"商户|行业协会|协会|商会|联盟)$")


def private_consent(sentence: str) -> str:
    """The approval phrase of ``sentence`` whose approvers are all private third parties — neither a public body, nor
    inside the one who acts, nor the person concerned (须经原企业书面同意并结清安全责任后，其他企业方可聘用): a third
    party's veto over a person's own choice, which the document lays as a duty (立法法 第九十三条第六款), not a licence a
    public body grants. "" when there is none."""
    for m in _APPROVAL.finditer(sentence):
        names = _approvers(m.group(1))
        names = [re.sub(r"(?:出具|签署|开具)$", "", n.rstrip("的")) for n in names]
        if names and all(_PRIVATE.search(n) and not (_CONCERNED.match(n) or _INSIDE.match(n)) for n in names):
            return m.group(0)
    return ""
