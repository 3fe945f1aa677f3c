"""A body taking over what belongs to a private party or a collective (round 17, power17), read from the roles of a
norm and not from lists of phrases (review/norms/effect.py calls this and makes the spans ``Effect``s of kind
``takeover``):

* **who acts** — a public body or a non-statutory organ, by the closed class of the ends of their names (……局, ……办,
  ……委员会, ……领导小组, ……指挥部, ……专班, ……中心, ……站, 街道办事处, 乡镇人民政府, 河长, 林长, 网格员), named as the
  agent of the verb (由/经/报 X …; X 可以/有权/负责 …) or in the list header over an item that opens with the verb;
* **with what power** — deciding for the owner (决定, 确定, 核定, 调整, 作出……调整决定, 统一安排, 选定, 指定, 审定 a
  matter) or making the owner's own decision wait for the body's approval (决议、方案、选聘结果、任免 …… 经/报 X 审核同意、
  批准、确认 …… 方可执行/后生效/无效);
* **on what object** — a matter of a private party's or a collective's own (its price, fee, rent, pay, staff, members,
  distribution, contracting-out, planting, production and sales, the look of its own house, the felling of its own
  trees, its resolutions), owned by an open class of owners read by role (业主, 村民, 农户, 个人, 企业, 经营者, 商户,
  民办/民营 ……, 集体经济组织, 村民小组, 合作社, 社会组织 and the ends of firm names: ……公司, ……机构, ……单位);
* **taken over** — the body acts 统一/直接/自行/径行 or with 可以/有权, or the owner is bound (应当执行, 应当服从, 按此,
  不得自行……, 不再表决), or the owner's decision is void without the approval.

Guards — the same grammar lawful: a protective negation (不得统一调整, 任何单位不得干预), the owner's own choice kept
(自主, 尊重, 由业主大会/村民会议决定 with the body only 指导/协助), a price the law lets the government fix (定价目录,
政府定价/指导价, 价格主管部门), the body's own affairs and public providers (所属, 公办, 国有, 县属, 直属, 财政资金,
政府投资), a filing (备案) rather than an approval. A cited or general basis and 另有规定 are read by effect.py
(``Effect.basis``).

Pure: a sentence (and its list header) in, ``(start, end, guard)`` spans out.
"""

from __future__ import annotations

import re

from ..firstchars import Held, Keyed
from ..sentences import start_after

# ---- who acts: a public body or a non-statutory organ (not the owners' own organs)
_BODY = (r"(?:(?:县|市|区|镇|乡|州|旗|省|街道|社区|各|本|该|所在地?)[^，。；、：:\s]{0,16}?"
         r"(?:人民政府|政府|办事处|管委会|局|厅|(?<!业主)(?<!村民)(?<!居民)(?<!理事)委员会|委(?!托)|办公室|办(?![理法事])|领导小组|指挥部|专班|"
         r"中心|[^，。；、：:\s]{1,4}站(?![点台长])|(?:管理|服务|派出|司法|林业|财政)所|居民委员会|居委会)"
         r"|街道办事处|乡镇人民政府|乡镇|主管部门|有关部门|行政机关|河长|林长|网格员|网格长|领导小组(?:办公室)?|指挥部|工作专班|"
         # round 38 (power38): an association's supervising organ (社会团体登记管理条例 第六条: 业务主管单位 — it guides,
         # it does not choose the association's officers: 第十四条第（五）项, the 章程 sets how they are chosen)
         r"业务主管单位)")
BODY_RX = re.compile(_BODY)
# the owners' own organs and meetings: never the one taking over
_OWNERS_ORGAN = re.compile(r"业主(大会|委员会)|村民(会议|代表会议|小组会议)|股东(大)?会|董事会|理事会|会员(代表)?大会|社员(代表)?大会|"
                           r"职工(代表)?大会|成员(代表)?大会")

# ---- with what power
# deciding for the owner
_DECIDE = re.compile(r"(统一|直接|自行|径行|集中|一并)?(决定|确定|核定|调整|安排|选定|指定|审定|审批|任免|分配|发包)(?!权)|"
                     # round 25 (power25): the owner's officer appointed by the body (直接向学校委派校长; 院长人选由……直接指派)
                     r"(统一|直接|自行|径行)?(委派|指派|任命|选派|派任)(?!权)|"
                     r"收归|统一(收回|处置|经营|规定|制定)|"
                     # round 41 (power41): the owner's own decision overturned (有权否决……会员大会作出的章程修改决议)
                     r"(直接|径行)?(否决|推翻)(?!权)|"
                     r"(作出|做出)[^，。；]{0,10}?(调整|统一安排|安排)(的)?决定|(作出|做出)[^，。；]{0,4}(统一)?安排")
_MARKED = re.compile(r"统一|直接|自行|径行|集中|一并")
_POWER_MODAL = re.compile(r"可以|有权|负责|得以")
# the owner's own decision made to wait for the body's approval
_APPROVE = re.compile(r"(审核同意|审查同意|审定|审批|批准|确认|同意|核准|认可)")
_VALIDITY = re.compile(r"(后|方)(方可|才能|才可|方能)?(生效|实施|执行|有效)|方可(生效|实施|执行|有效)|方为有效|才能生效|(决定|选聘|决议|结果|任免)[^，。；]{0,4}无效")
# round 32 (power32, issue 8): … or the owner's own act on its internal affairs made to wait for the body's prior consent
# (企业调整产品销售价格、聘任高级管理人员，应当事先征得……中心同意): the consent asked before the act is the approval, no
# 方可生效 needed. The act is the owner's decision on its officers, its pay, its prices or its profit shares
# (优化营商环境条例 第十一条; 劳动法 第四十七条; 价格法 第六条) — not a transfer, a lease or a change of licensed
# particulars, which laws do make wait for consent (采矿权转让, 承包地转让 …)
_PRIOR_CONSENT = re.compile(r"(?:(?:事先|事前|预先|提前)[^，。；]{0,2}(?:征得|取得|经过?|报经?)|征得|取得)$")
_OWN_INTERNAL_ACT = re.compile(r"(?:调整|变更|聘任|聘用|解聘|任免|更换|确定|制定)[^，。；]{0,12}?"
                               r"(?:负责人|经理|高级管理人员|管理人员|工资|薪酬|报酬|售价|销售价格|报价|服务价格|收费标准|分红|盈余分配|利润分配)")

# round 41 (power41): … or made to pass the body's review, the decision barred when it does not (审查未通过的，该决议不得
# 执行; 未经审核同意的，决议无效)
_REVIEWED = re.compile(r"(?:进行|予以|开展)?(?:合法性|合规性)?(?:审查|审核|把关)(?!同意|意见)")
_FAILED_BARRED = re.compile(r"(?:未通过|不通过|未获通过|不同意|未经同意)的?[，,][^。；]{0,12}?(?:不得|不能|不予|一律不)(?:执行|实施|生效)|"
                            r"(?:未通过|不通过|未获通过|不同意)的?[，,][^。；]{0,12}?无效")

# ---- on what object: a matter of the owner's own
# the owner's officer, by the ending of the post (校长, 院长, 秘书长, 负责人, 经理)
_POST_SOURCE = r"[校院园馆会社团]长|理事长|秘书长|负责人|总经理|经理|董事|监事"
_POST = re.compile(_POST_SOURCE)
_MATTER = (r"价格|售价|定价|票价|场次|排片|收费|费(用)?标准|租金|房租|报酬|工资|薪酬|样式|式样|颜色|外立面|外观|招牌|店招|分配|分红|收益|承包|发包|"
           r"出租对象|承租人|承租方|出售|转让|采伐|处置|处分|种植|品种|茬口|生产计划|经营计划|销售|供货对象|进货|招生|聘用|解聘|聘任|"
           r"任免|人选|成员名单|入住|决议|选聘|更换|章程|发布价格|服务对象|经营范围|"
           # the owner's things (收归, 统一收回, 统一处置 …): its trees, ponds, house front, stall, parking space, assets
           r"林木|树木|果树|山林|鱼塘|水面|门头|牌匾|广告牌|车位|摊位|商铺|资产|财产|房屋|营业时间|经营时间|公共收益|机动地|土地|股权|"
           # a self-governing body's own election (村民委员会换届选举的候选人名单)
           r"候选人|换届|选举|"
           # round 25 (power25): the owner's officer, by the ending of the post (校长, 院长, 秘书长, 负责人, 经理)
           rf"{_POST_SOURCE}")
_MATTER_RX = re.compile(_MATTER)
# the owner's own decisions (for the approval grammar)
_DECISION = re.compile(r"决议|决定|方案|选聘结果|选举结果|结果|名单|任免|聘用|解聘|聘任|分配|发包|更换|章程|计划")
# the owners, by role: people, firms, collectives and the ends of their names
_OWNER = (r"业主|村民|农户|农民|居民|住户|户主|个人|私人|自然人|企业|经营者|经营户|个体|商户|摊主|民宿|民办|民营|非公|社会组织|社会团体|"
          r"社团|协会|商会|理事会|会员大会|集体经济组织|村集体|农村集体|集体土地|村民小组|集体所有|合作社|商铺|门店|店铺|家庭农场|小区|"
          r"村民委员会|村委会|居民委员会|驾校|经营单位|经营性|开发建设单位|建设单位|开发商|市场开办者|设置单位|"
          r"用人单位|出租人|承租人|所有权人|权利人|承包方|承包户|业主大会|业主委员会|农场|养殖场|停车场|菜市场|商场|加油站|加气站|充电站|"
          # round 33 (power33): a private party by the ending of its name or role — a firm of professionals (律师事务所,
          # 地震安全性评价事务所), a travel agency, the owner of a building or work (产权人)
          r"产权人|[^，。；、\s]{1,8}(?:公司|机构|厂|店|事务所|旅行社)(?![所地])|"
          # round 25 (power25): a household by the ending of its name (种粮大户, 养殖户, 承包户)
          r"[\u4e00-\u9fff]{1,3}(?<![每各一全住])户(?![籍口外型内数])|"
          # round 28 wave 2 (pp28b): the village itself as the possessor (各村征地补偿费分配方案, 本村集体林地): its
          # distribution and contracting are its villagers' to decide (村民委员会组织法 第二十四条)
          r"(?:各|本|该|每个?)村(?![民委级庄镇办干组])")
_OWNER_RX = re.compile(_OWNER)
# the figures a body may fix for an owner (round 33: its price, charge, rent, pay and their limits)
_FIGURE = r"(?:价格|售价|收费|费用|标准|租金|工资|薪酬|幅度|上限|下限|报价|价)"
# the owner bound or its own choice excluded
_BOUND = re.compile(rf"({_OWNER})[^，。；]{{0,6}}(应当|必须|须|一律|均应|要)(予以)?(执行|服从|遵照执行|遵守|按此|照此)|"
                    rf"({_OWNER})[^，。；]{{0,8}}(不得|不能|无权)(自行|擅自|另行|私自)|"
                    rf"({_OWNER})[^，。；]{{0,8}}不再(表决|讨论|决定|选聘|自行)|"
                    r"(应当|必须|须)(按此|照此)|一律(执行|服从)|"
                    # round 33 (power33): the owner held to the body's figure — not above or below it, or by it (家政服务
                    # 机构的实际收费不得高于核定标准; 企业应当按照核定幅度调整职工工资) — or barred from agreeing its own with
                    # its counterparty (各通信运营企业不得与产权人另行协商; 产权人不得与使用人另行约定)
                    rf"({_OWNER})[^，。；]{{0,8}}(不得|不能|严禁)(超过|高于|低于|突破|超出)[^，。；]{{0,4}}(核定|确定|统一)[^，。；]{{0,2}}?{_FIGURE}|"
                    rf"({_OWNER})[^，。；]{{0,8}}(应当|必须|须|一律)(按照|按|依照|执行)[^，。；]{{0,4}}(核定|确定|统一)[^，。；]{{0,2}}?{_FIGURE}|"
                    rf"({_OWNER})[^，。；]{{0,8}}(不得|不能|无权)[^，。；]{{0,10}}?另行(协商|议价|约定|定价|商定|确定)")

# round 28 wave 2 (pp28b): a quota handed down on the owner's business — the body fixes and hands down (核定下达) how much
# the owner may take in, make, sell or run, and binds it not to exceed it (……不得超出核定规模招生, 不得突破核定场次): the
# object is open (any amount of its business, by the quota's grammar), the owner by role. Only where the quota is handed
# down (下达): a figure a licence sets (执业许可证核定的床位) is the licence's
_QUOTA_BOUND = re.compile(rf"({_OWNER})[^，。；]{{0,8}}(不得|不能|严禁|禁止)[^，。；]{{0,2}}(超出|超过|突破)[^，。；]{{0,6}}?(核定|下达|指标|分配)")
_HANDED_DOWN = re.compile(r"(核定|确定|分配|审定)下达|下达[^，。；]{0,4}(指标|计划|任务|数量|规模)")

# ---- why the same grammar is lawful
_PROTECT = re.compile(r"不得|严禁|禁止|不准|任何单位|不予干预|无权|"
                      # round 25 (power25): the body says it does not decide (县农业农村局不对化肥经营者的销售价格作统一规定)
                      r"不对[^，。；]{0,16}?(?:作|进行|予以)|不(?:作|予|再)统一")
_OWN_CHOICE = re.compile(r"自主|尊重|自愿|(由|经)[^，。；]{0,6}(业主大会|业主委员会|村民会议|村民代表会议|村民小组会议|股东会|理事会|会员大会|成员大会|双方|当事人)"
                         r"[^，。；]{0,8}(决定|表决|协商|约定|选举|讨论)")
_PRICE_LAW = re.compile(r"定价目录|政府定价|政府指导价|价格主管部门|发展(和)?改革|发改|价格法|行政事业性收费|成本监审|"
                        r"公立|公办|国有|县属|市属|区属|所属|直属|下属|本(机关|单位|部门)|财政资金|政府投资|国有资金|保障性住房|公共租赁|"
                        r"安置房|公益性|机关事务|征收|征用|"
                        # round 29 (guard29): the state as investor over the firms it funds (市国资委根据业绩合同对所出资企业
                        # 负责人进行年度考核: 企业国有资产法 第二十七条, 履行出资人职责的机构) — its own property
                        r"所出资|出资人职责|履行出资人")
_GUIDE = re.compile(r"指导|协助|建议|参考|引导|鼓励|备案|推荐")


# searched only in a text that holds a key their matches need (``firstchars.Keyed``, exact): they open with a class or
# an alternation the regex engine would try at every character of every sentence a rule asks about
_OWNER_RX, _BOUND, _DECIDE = Keyed(_OWNER_RX), Held(_BOUND), Keyed(_DECIDE)   # (_BOUND: round 26, all its keys together)


def _segment(sentence: str, at: int) -> tuple[int, int]:
    lo = start_after(sentence, at, "，,；;：:")
    his = [i for i in (sentence.find(c, at) for c in "，,；;。") if i >= 0]
    return lo, min(his) if his else len(sentence)


def _agent(sentence: str, at: int) -> re.Match | None:
    """The body that does the verb at ``at``: the last public body or organ named before it in the sentence, not an
    owners' organ, and no owner named between them as the subject (业主大会选聘……报街道办事处确认: the body confirms)."""
    found = None
    for m in BODY_RX.finditer(sentence[:at]):
        if _OWNERS_ORGAN.search(m.group(0)):
            continue
        found = m
    return found


def _owner_matter(sentence: str, header: str, before: str = "") -> bool:
    """Whether a matter of a private party's or a collective's own stands in the sentence: an owner as its possessor
    (民宿的客房价格, 村集体经济组织的年度收益分配方案, 个人所有的零星林木……采伐), or the matter named and its owner
    bound to the body's decision (……种植品种和茬口作出统一安排，项目区农户应当服从)."""
    if before and _POST.search(sentence) and _OWNER_RX.search(before[-40:]):
        return True       # the officer of the owner the clause before names (民办学校聘任校长……；……直接向学校委派校长)
    both = header + sentence
    if _MATTER_RX.search(both) and _BOUND.search(sentence) or _quota(sentence):
        return True
    for m in _MATTER_RX.finditer(both):
        lo = max(0, m.start() - 18)
        if _OWNER_RX.search(both[lo:m.start()]) or _OWNER_RX.search(both[m.end():m.end() + 4]):
            return True
    return False


def _quota(sentence: str) -> bool:
    """Whether the owner is bound not to exceed a quota handed down to it (……核定下达，……不得超出核定规模)."""
    return _HANDED_DOWN.search(sentence) is not None and _QUOTA_BOUND.search(sentence) is not None


def _guard(sentence: str, header: str, at: int) -> str:
    lo, hi = _segment(sentence, at)
    both = header + sentence
    if _PROTECT.search(sentence[lo:at]) or re.search(r"(不得|严禁|禁止)[^，。；]{0,12}$", sentence[:lo].rstrip("，,")):
        return "protective"
    if _OWN_CHOICE.search(both):
        return "own_choice"
    if _PRICE_LAW.search(both):
        return "lawful_or_own"
    if _GUIDE.search(sentence[lo:hi]):
        return "guidance"
    return ""


# a body that reports its own plan to a higher one (区教育行政部门……招生计划，报区政府审定): one body's work, no owner's decision
_REPORTER_BODY = re.compile(r"部门|机关|局|政府|办事处|委员会|中心|办公室")
_ITEM_HEAD = re.compile(r"^\s*([（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十\d]+[、.．])?\s*")
_HEADER_POWER = re.compile(r"职责|措施|权力|职权|负责|可以|有权|事项")


def takeovers(sentence: str, header: str = "", before: str = "") -> list[tuple[int, int, str]]:
    """The spans at which ``sentence`` (a list item under ``header``; ``before`` the clause before it, which may name
    the owner: 民办学校聘任校长……；县教育局……可以直接向学校委派校长) has a body decide a private party's or a
    collective's own matter, or make the owner's own decision wait for its approval, with the guard if lawful."""
    out: list[tuple[int, int, str]] = []
    if not _owner_matter(sentence, header, before):
        return out
    bound = _BOUND.search(sentence) is not None or _quota(sentence)
    # an item that opens with the verb, its body and power in the header (……领导小组办公室履行下列职责：（三）决定……)
    lead = _ITEM_HEAD.match(sentence).end()
    m = _DECIDE.match(sentence, lead)
    if header and m and BODY_RX.search(header) and _HEADER_POWER.search(header) and not _OWNERS_ORGAN.search(header):
        return [(m.start(), m.end(), _guard(sentence, header, m.start()))]
    for m in _DECIDE.finditer(sentence):
        agent = _agent(sentence, m.start())
        if agent is None or sentence[m.end():m.end() + 1] == "的" or re.search(r"未经[^，。；]{0,16}$", sentence[:m.start()]):
            continue        # attributive (……确定的评估机构) or a gate (未经有关部门核定的), not a decision laid
        between = sentence[agent.end():m.start()]
        if re.search(r"[。；;]", between) or len(between) > 40:
            continue
        # an owner named after the body and before the verb is the verb's subject (街道办事处指导业主大会选定……)
        # (not one heard on the way: 根据居民意见直接决定)
        # (round 33: nor one whose state the body goes by — 根据企业经营效益核定, 按照展会规模)
        subject = re.sub(r"(根据|按照|依据|结合|听取|征求|参考)[^，。；]{0,12}?(意见|情况|需要|建议|要求|效益|状况|水平|规模|等级)", "", between)
        if _OWNER_RX.search(subject) and not re.search(r"对|就|将|向", subject):
            continue
        # … the body acting on the owner's matter (对……进行核定, 对……予以调整) is marked as much as 统一 or 可以
        marked = _MARKED.search(m.group(0)) or _POWER_MODAL.search(between) or _MARKED.search(between[-4:]) \
            or re.search(r"^对|[，,]对", between) and re.search(r"(进行|予以|作出|加以)$", between) \
            or re.search(r"由$", sentence[max(0, agent.start() - 1):agent.start()]) and len(between) <= 2 \
            or re.search(r"由$", sentence[max(0, agent.start() - 1):agent.start()]) \
            and re.fullmatch(r"(考察|考核|研究|审查|提名|推荐|酝酿)(后|并|同意后)?", between) and _POST.search(sentence) \
            or re.search(r"(报|经)$", sentence[max(0, agent.start() - 1):agent.start()]) and len(between) <= 2 \
            and not _REPORTER_BODY.search(sentence[:agent.start()])
        if not (marked or bound):
            continue
        out.append((m.start(), m.end(), _guard(sentence, header, m.start())))
        break
    if out:
        return out
    # round 41 (power41): the owner's decision put through the body's review and barred if it fails (县科技局对……企业股东会
    # 作出的决议进行合法性审查，审查未通过的，该决议不得执行): the review is an approval by another name
    for m in _REVIEWED.finditer(sentence):
        agent = _agent(sentence, m.start())
        if agent is None or not _DECISION.search(sentence, agent.end(), m.start()) \
                or not _FAILED_BARRED.search(sentence, m.end()):
            continue
        return [(m.start(), m.end(), _guard(sentence, header, m.start()))]
    # the owner's decision made to wait for the body's approval (……决议，应当报县民政局审核同意后方可执行)
    for m in _APPROVE.finditer(sentence):
        agent = _agent(sentence, m.start())
        if agent is None or not re.search(r"(经|报|由|须|需|应当)[^，。；]{0,4}$", sentence[max(0, agent.start() - 6):agent.start()]):
            continue
        prior = _PRIOR_CONSENT.search(sentence[:agent.start()]) and _OWN_INTERNAL_ACT.search(sentence[:agent.start()])
        if not prior and (not _DECISION.search(sentence[:agent.start()]) or not _VALIDITY.search(sentence[m.end():m.end() + 24])
                          and not re.search(r"无效", sentence[m.end():])):
            continue
        out.append((m.start(), m.end(), _guard(sentence, header, m.start())))
        break
    return out


# round 28 (speed28): the costliest of these searches skip a text without the keys every match must contain
# (review/firstchars.Keyed: exact; measured by bench/reading_budget.py)
_MATTER_RX = Keyed(_MATTER_RX)
