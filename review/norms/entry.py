"""Fair competition, round 24: who is favoured or kept out of a market, by what means, read with open slots (公平竞争
审查条例 第八条至第十条; 反垄断法 第三十九条至第四十二条). competition.py reads one provider named or fixed, the locality
and the price; these readings add the other means a document uses, each recognised by the shape of the sentence:

* ``closed_sets`` — RESERVE: a party made to pick (选取/选用/选购/抽取/使用) from a list, catalogue, pool or platform
  the government keeps (……目录内的产品, ……入库机构中选取, ……平台入驻企业中选购), or what lies outside it refused
  (目录外产品不予验收). Look-alikes: the government's own procurement (政府采购, 协议供货, 采购人), an open set
  (符合条件的……开放入驻, 不设数量限制), the party's own choice.
* ``takings`` — RESERVE: a body the government names takes the market and the others are shut out or made to join it
  (统一经营……其他……不得/应当并入; 须与……集团合资组建), or a long grant shuts out the rest (期内不再授权其他主体).
  Look-alikes: a concession let by competition (招标, 竞争方式), a statute's own body.
* ``entry_bars`` — ENTRY: new entrants capped by number (总量控制, 每两万人一家, 不得超过三家, 饱和……暂停受理) or by
  distance from the incumbents (与已有超市之间……不得少于一千米, 其他经营者不得在……周边一公里范围内经营), or made to
  meet a threshold that is no qualification for the service: a size (注册资本不低于), an ownership (应当为国有控股企业),
  a title the government awards (县民政局评定的星级称号), a record in the locality (本县连续五年经营经历). Look-alikes:
  a cap a law provides or let by tender (出租汽车 with 招投标), safety distances, a floor on service points (至少一家),
  a qualification the law names (资质, 许可), a protective clause.
* ``origin_rates`` — DIFFER (kind ``differ``; burden.py owns ``origin``, a person's): a fee, a price or a subsidy that differs by origin (外地经营户……按本地标准的1.5倍收取;
  县外企业承运的不予补贴). Look-alikes: the same standard for all (同等, 相同, 一视同仁).
* ``favours`` — FAVOUR: the government's own or a named company spared a fee or a procedure the others bear (对县城投
  集团……免收……费; 国有企业……可以直接委托，其他所有制企业……须公开招标), or a fund routed to one named body while the
  others are left out (定向拨付县职业技术学校，其他培训机构……不纳入). Look-alikes: an exemption a law grants to a class
  (依照……规定), an ownership-blind procedure.

Pure: a sentence (a list item under ``header``) in, ``(start, end, guard)`` spans out; effect.py makes them Effects.
"""

from __future__ import annotations

import re

from ..firstchars import Held
from ..sentences import end_before, start_after

_NUM = r"[\d０-９一二三四五六七八九十百千万两〇零.．]+"
# an organisation by the ends of its names (the name is open): a firm, a body's unit, a cooperative, a school
_ORG = (r"(?:有限责任公司|有限公司|公司|集团|中心|社(?![会区保])|协会|商会|学校|学院|医院|院|馆|厂|站(?!点)|所(?![属在有需以谓得])|"
        r"服务部|基地|机构|企业|服务商|供应商|经销商)")
# a body that names or keeps something (the government side): its name by its end, or a place's own organ
_BODY = r"(?:[县市区镇乡州省][^，。；、]{0,14}?(?:局|委|委员会|办|办公室|中心|政府|协会|联合会|残联|妇联|部门|站|所)|本级政府|政府)"
_DEMAND = re.compile(r"应当|应|须|需|必须|只能|只得|一律|统一|原则上|限于|仅限|方可|才能")
_PROTECT = re.compile(r"不得(以|将|把)?[^，。；]{0,10}(限定|指定|限制|要求|强制|排斥|作为|(设置|设定)[^，。；]{0,6}(条件|门槛|障碍|限制|壁垒))|严禁[^，。；]{0,8}(限定|指定|设置)|"
                      r"任何(单位|部门|组织)|不设(置)?[^，。；]{0,4}(数量|总量|门槛|限制)|不受[^，。；]{0,6}(限制|数量)")
_CITED = re.compile(r"(依照|依据|根据|按照)《[^》]{2,40}(法|条例|决定|规定)》|《[^》]{2,40}(法|条例)》第")
_PROCURED = re.compile(r"(?<!不经)(?<!无需)(?<!免于)(政府采购|采购人|协议供货|框架协议|集中采购|电子卖场|网上商城|财政资金|政府投资|"
                       r"国有资金|公开招标|招投标|招标方式|竞争性(谈判|磋商)|公开竞价|竞争方式|择优)")
_CHOICE = re.compile(r"(?<!不得)(?<!不能)(自主|自行|自愿)(选择|选取|选定|选用|确定|决定|购买)|可以(选择|选取)|均可|开放入驻")


def _protected(sentence: str, at: int) -> bool:
    lo = start_after(sentence, at, "。；;")
    return _PROTECT.search(sentence[lo:]) is not None


def _guard(sentence: str, both: str, at: int, lawful: str, *shapes: re.Pattern) -> str:
    """The guard of a reading's span at ``at``: a protective clause, a cited statute, else ``lawful`` where one of the
    reading's own lawful ``shapes`` stands in ``both`` (the header and the sentence), else none ("")."""
    if _protected(sentence, at):
        return "protective"
    if _CITED.search(both):
        return "statute"
    return lawful if any(rx.search(both) for rx in shapes) else ""


# ---- CLOSED SETS: a pick confined to a list, catalogue, pool or platform the government keeps
_SET = r"(?:推荐目录|目录|名录|名单|清单|短名单|备选库|专家库|机构库|库|中介超市|超市|平台)"
_PICK = re.compile(rf"(?P<set>[^，。；]{{0,30}}?{_SET}[’'”\"」》]?)(?P<where>内|中|里|之内|范围内)?(?:的|已|已经)?"
                   r"(?P<member>入库|入驻|入围|在册|列入的|内的)?[^，。；]{0,14}?(?:中|内)?"
                   r"(?P<act>选取|选择|选用|选购|抽取|购买|采购|购进|使用|聘请|委托|确定)")
_OUTSIDE_SET = re.compile(rf"{_SET}(外|以外|之外)[^，。；]{{0,12}}(不予|不得|不能|一律不)|(未列入|未入库|未纳入|未入驻)[^，。；]{{0,16}}"
                          r"(不予|不得|不能|一律不)|"
                          # round 27: … or a body's membership as the door (未加入协会的开锁经营者不得……承接开锁业务)
                          r"(未(加入|参加)[^，。；]{0,10}?(协会|商会|联合会|联盟)|非(协会|商会)?会员)[^，。；]{0,16}[，,]?[^，。；]{0,16}?"
                          r"(不予|不得|不能|一律不)")
_KEPT = re.compile(rf"{_BODY}|(确定|建立|公布|发布|推荐|搭建|认定|遴选|设立|组建)的?|[县市区]['’“”\"「]?[^，。；]{{0,10}}$")


# … or a platform the government fixed that the party must join or trade through (须接入县商务局确定的智慧配送平台);
# not a platform of supervision or of the government's own service (接入监管平台, 通过政务服务平台申报)
# (round 34, fc34: … or a system another firm runs, the body having fixed the firm — 接入县交通运输局确定的服务商建设运营的
# 终端系统: the body's pick of a provider, not its own platform)
_PLATFORM = re.compile(rf"(接入|加入|入驻|使用|通过)[^，。；]{{0,4}}?(?P<set>{_BODY}?[^，。；]{{0,6}}?(确定|指定|推荐|建设|搭建|运营|开发)的"
                       rf"(?:[^，。；]{{0,10}}?平台|(?:服务商|供应商|运营商|企业|公司)[^，。；]{{0,10}}?系统))")
_OWN_PLATFORM = re.compile(r"监管|监测|监控|政务|数据|信息|追溯|备案|报送|上传|公共资源|交易中心|信用|预警|申报|登记")


_PICK_SCAN = Held(_PICK)      # (round 26, speed26: searched only where a match may stand — exact)

# (round 31, fc31: a set named by its title closes with 》 before 中 — 从……局发布的《优质产品推荐目录》中选用)
# round 27 (fcagency27): … or the pick laid before a set a body recommended, fixed or published, whatever the set is —
# a list (目录/名录/名单), a brand, or a number of firms (须选用县公安局推荐品牌目录内的产品; 应当选用市生态环境局推荐品牌的
# 产品; 原则上在县交通运输局推荐的三家维修企业中选择); the body by its name's ending, the set by its noun's
_FIXED_SET = (rf"{_BODY}[^，。；]{{0,6}}?(?:推荐|确定|指定|公布|发布|认定|遴选|选定)的?[^，。；]{{0,8}}?"
              rf"(?:品牌|{_SET}|{_ORG}|单位|厂家|厂商|产品)")
_PICK_FIXED = re.compile(rf"(?P<act>选用|选购|采购|购买|购进|使用|安装|选择|选定|聘请|委托)(?P<set>{_FIXED_SET})|"
                         rf"(?:在|从)(?P<set2>{_FIXED_SET})》?(?:中|内|里|之中|范围内)(?P<act2>选择|选取|选定|选购|选用|采购|购买|委托|聘请|确定)")


def closed_sets(sentence: str, header: str = "") -> list[tuple[int, int, str]]:
    """The spans at which ``sentence`` confines a party's pick to a set the government keeps, with the guard if
    lawful."""
    for m in _PICK_SCAN.finditer(sentence):
        lo = start_after(sentence, m.start(), "，,；;：:")
        before = header[-16:] + sentence[lo:m.start()] + m.group("set")[:2]
        kept = _KEPT.search(m.group("set"))
        member = m.group("member") or re.search(r"(已|已经)?(入库|入围|入驻)$", m.group("set"))
        if not (m.group("where") or member) or not kept:
            continue
        if not (_DEMAND.search(before) or _OUTSIDE_SET.search(sentence)):
            continue
        return [(m.start(), m.end(), _guard_set(sentence, header, m.start()))]
    for m in _PICK_FIXED.finditer(sentence):
        lo = start_after(sentence, m.start(), "，,；;：:")
        if _DEMAND.search(header[-16:] + sentence[lo:m.start()]) or _OUTSIDE_SET.search(sentence):
            return [(m.start(), m.end(), _guard_set(sentence, header, m.start()))]
    m = _PLATFORM.search(sentence)
    if m and _DEMAND.search(sentence[start_after(sentence, m.start(), "，,；;：:"):m.start()] + header[-12:]) \
            and not _OWN_PLATFORM.search(m.group("set")):
        return [(m.start(), m.end(), _guard_set(sentence, header, m.start()))]
    m = _OUTSIDE_SET.search(sentence)
    if m and _KEPT.search(sentence[:m.start()]) and _DEMAND.search(sentence[:m.start()]):
        return [(m.start(), m.end(), _guard_set(sentence, header, m.start()))]
    return []


# (round 31, fc31: a list the State or the province keeps is set by the upper level — 国家农机购置补贴机具目录)
_UPPER_SET = re.compile(r"(国家|国务院|中央|全国|省)[^，。；]{0,16}?(目录|名录|清单|名单)")


def _guard_set(sentence: str, header: str, at: int) -> str:
    both = header + sentence
    if _protected(sentence, at) or _CHOICE.search(both):
        return "protective"
    if _CITED.search(both) or _UPPER_SET.search(both):
        return "statute"
    # (round 34, fc34: a pick on merit inside the closed set — 在已入库的三家企业中择优确定 — is no open competition)
    if _PROCURED.search(re.sub(r"(中|内|里)择优", "", both)):
        return "procured"
    return ""


# ---- TAKINGS: a named body takes the market; the others shut out or made to join it
_NAMED = rf"(?:全?[县市区乡镇州]|本[县市区]|[\u4e00-\u9fff]{{2,6}}[县市区镇])[^，。；、]{{0,18}}?{_ORG}"
_TAKE = re.compile(rf"由(?P<who>{_NAMED})(?:及其[^，。；]{{0,6}})?[^，。；]{{0,6}}?(统一|独家|集中|全权|专营)[^，。；]{{0,4}}?"
                   r"(经营|销售|运营|规划|布点|建设|承担|负责|收购|供应|配送|代理|承接|提供)")
_OTHERS_SHUT = re.compile(r"(其他|其余|现有|已有|原有|已开展|社会)[^。；]{0,24}?(不得|不再|一律不|应当|须|必须)[^。；]{0,10}?"
                          r"(经营|销售|设立|设置|开办|从事|承接|并入|纳入|移交|加入|归入|停止)")
_JOIN = re.compile(rf"(须|应当|必须|只能)(与|和|同)(?P<who>{_NAMED})(合资|合作|联合|共同)(组建|成立|设立|经营|开办|投资)|"
                   rf"(并入|归入|加入)[^，。；]{{0,14}}?(体系|网络|集团|公司|平台)(?:统一经营)?")
_GRANT = re.compile(r"(授权|授予|交由|委托|特许)[^。；]{0,40}?(期限|期内|期间|有效期|年内|期满前)[^。；]{0,16}?"
                    r"(不再|不得|不另行|不另)([^，。；]{0,4}(授权|授予|出让|许可|委托|批准|引入|审批|同意)[^，。；]{0,6}(其他|第二|新的|别的)|"
                    r"(向|对|给|为)?(其他|第二|新的|别的)[^，。；]{0,8}(授权|授予|出让|许可|委托|批准|引入|审批|发放))")
_TAKE_GUARD = re.compile(r"特许经营协议|(通过|以)[^，。；]{0,10}(招标|竞争|竞价|拍卖|挂牌)|重新(组织)?(招标|竞争)|火化|遗体|"
                         r"专卖|民用爆炸|供水|供电|供气|邮政|强制免疫|法定")


# round 26: a right or a market allotted straight to a firm marked by ownership or by name (采矿权原则上统一出让给县属国有
# 企业; 经营权统一授予县城投公司下属……公司): the right by its noun's ending (…权), the firm by its mark or its name's end
_OWNED_FIRM = r"(?:国有|国资|县属|市属|区属|省属|城投|平台)[^，。；、]{0,12}?(?:企业|公司|集团)"
_ALLOT = re.compile(rf"(?P<what>权|业务|项目|资源)[^，。；]{{0,6}}?(统一|原则上|全部|直接|独家|一律|整体)[^，。；]{{0,4}}?"
                    rf"(出让|授予|配置|交由|划转|划拨|发包|委托|交给|授权|转让)给?(?P<who>{_OWNED_FIRM}|{_NAMED})")
# … or a counterparty chosen only from such firms (代建单位原则上在县属国有企业中确定)
_PICK_WITHIN = re.compile(rf"(在|从)(?P<who>[^，。；]{{0,6}}?{_OWNED_FIRM})[^，。；]{{0,2}}?(中|内|里|范围内)"
                          r"(确定|选定|选择|选取|遴选|抽取|产生|聘请|委托)")


# round 31 wave 2 (fcw2): the operation of a whole area's facilities handed by name to one firm, without 统一/独家 (由县交通
# 投资集团有限公司负责全县……的建设和运营; 全区公共充电设施由区城投能源公司投资建设并运营管理): the firm by its name's end
# (公司, 集团 — not a bureau or a public centre), the thing an operation (运营, 经营), the reach the whole area (全县, 全区,
# 城乡) — 公平竞争审查条例 第八条第（二）项、第（三）项. Look-alikes: a firm chosen by tender or competition, a concession
# agreement, the law's own reservation (_TAKE_GUARD), a body's own duty (not a firm), a part the firm runs among others.
_FIRM = rf"(?:全?[县市区乡镇州]|本[县市区])[^，。；、]{{0,18}}?(?:有限责任公司|有限公司|分公司|公司|集团)"
_WHOLE = re.compile(r"全[县市区镇乡域]|城乡|辖区内")
_RUN = re.compile(rf"由(?P<who>{_FIRM})[^，。；]{{0,24}}?(运营|经营)|(运营|经营)[^，。；]{{0,6}}[，,]?由(?P<who2>{_FIRM})[^，。；]{{0,4}}?负责")


# (the law's own reservations of _TAKE_GUARD, the post's only as its letters and universal service — 邮政法 第五条: a
# village parcel station is no reserved business)
# … nor the firm's own facilities beside the others' own operation (负责其投资建设的停车场的运营，其他停车场由各经营者自主经营)
_RUN_GUARD = re.compile(_TAKE_GUARD.pattern.replace("|邮政|", "|信件|邮政普遍服务|") + r"|其(自有|自建|投资|所属|建设)|自主经营|自行经营")


def _runs(sentence: str) -> re.Match | None:
    """The match at which ``sentence`` hands the operation of the whole area's facilities to one named firm."""
    m = _RUN.search(sentence)
    if m is None or not _WHOLE.search(sentence[:m.end() + 16]) or _RUN_GUARD.search(sentence) or _PROCURED.search(sentence):
        return None
    return m


def takings(sentence: str, header: str = "") -> list[tuple[int, int, str]]:
    """The spans at which ``sentence`` hands a market to a named body shutting the others out, makes the others join
    it, or grants an activity for a term shutting the others out, with the guard if lawful."""
    both = header + sentence
    found = None
    m = _TAKE.search(sentence)
    if m and _OTHERS_SHUT.search(sentence, m.end()):
        found = m
    found = found or _JOIN.search(sentence) or _GRANT.search(sentence) or _ALLOT.search(sentence)
    guards = _TAKE_GUARD
    if found is None and (found := _runs(sentence)) is not None:
        guards = _RUN_GUARD
    if found is None:
        m = _PICK_WITHIN.search(sentence)
        if m and _DEMAND.search(sentence[start_after(sentence, m.start(), "，,；;：:"):m.start()] + header[-12:]):
            found = m
    if found is None:
        return []
    guard = _guard(sentence, both, found.start(), "procured", guards, _PROCURED)
    return [(found.start(), found.end(), guard)]


# ---- ENTRY BARS: a cap on the number of entrants, a distance from the incumbents, a threshold unrelated to the service
# an operator by the ends of its names (洗车场, 便利店, 快递驿站, 网吧, 药店, 经营户 …)
_OPERATOR = r"(?:店|铺|场(?!地|合)|馆|厅|吧|行(?!政|为|业)|网点|经营点|经营户|经营者|企业|机构|驿站|市场|站点|场所|摊点|公司|商户)"
_CAP = re.compile(rf"{_OPERATOR}[^。；]{{0,30}}?(实行|实施|进行)?(总量控制|数量控制|总量限制|数量限制)|"
                  rf"每[^，。；]{{0,4}}?{_NUM}[^，。；]{{0,4}}?(常住)?(人口|人|户)[^，。；]{{0,4}}?(设置?|设立|配置|布局)?[^，。；]{{0,2}}?(一|1|１)(家|个|处)|"
                  rf"{_OPERATOR}[^，。；]{{0,4}}(不得超过|不超过|不多于|最多|限设|只设|仅设|只能设)[^，。；]{{0,2}}{_NUM}(家|个|处)(?!月|日|工作日|小时)|"
                  r"(饱和|已满|(达到|已达|超过)[^，。；]{0,6}(数量|总量|上限))[^。；]{0,12}?(暂停|不再|停止)[^，。；]{0,4}(受理|审批|核准|备案|登记|准入|新增|新设|办理)")
# … what is capped is no market: people, households, admissions, emissions, land or water (入户指标总量控制, 排放总量)
_PER_CAPITA = re.compile(rf"每[^，。；]{{0,12}}?(人口|人|户)[^，。；]{{0,8}}?[一1两2](家|个|处)")
_NOT_MARKET = re.compile(r"户籍|户口|入户|落户|积分|人口|人员|职工|学生|学位|招生|编制|排放|污染|用地|用水|能耗|指标|床位|车位")
_SPACING = re.compile(rf"(新开设|新设立|新设|新建|新开办|新开|新增)[^。；]{{0,14}}?与(现有|已有|已建|既有|原有|已设|周边|相邻|最近的?|同类|同品牌|同业|其他)"
                      r"[^，。；]{0,12}?(之间)?的?[^，。；]{0,4}(距离|间距)[^，。；]{0,4}(不得|不能|不应|应当?|须)?(少于|小于|低于|不少于|不小于|大于|超过|在)|"
                      # … the distance named before it (应当与现有殡葬服务机构保持五公里以上的距离)
                      rf"(新开设|新设立|新设|新建|新开办|新开|新增)[^。；]{{0,14}}?与(现有|已有|已建|既有|原有|已设|相邻|同类|同品牌|同业)[^。；]{{0,16}}?"
                      rf"(保持|相距|间隔|相隔)[^，。；]{{0,4}}?{_NUM}(米|公里|千米)|"
                      # … or a zone around the incumbents closed to newcomers (现有网点周边五百米范围内不得新设)
                      rf"(现有|已有|已建|既有|原有|已设)[^，。；]{{0,12}}(周边|周围|附近)[^，。；]{{0,4}}{_NUM}(米|公里|千米)[^，。；]{{0,8}}"
                      r"(不得|不再|不予|暂停)[^，。；]{0,6}(新设|开办|设立|审批|受理|备案|新建)|"
                      r"(其他|同类)[^，。；]{0,8}(经营者|企业|商户|单位|个人|门店)[^，。；]{0,4}不得在[^，。；]{0,20}(周边|附近|周围)"
                      rf"[^，。；]{{0,4}}{_NUM}[^，。；]{{0,3}}(米|公里|千米)[^，。；]{{0,6}}(经营|销售|设立|开办|设置)")
# round 26: … or the new entrants' registration or filing suspended outright (全县暂停新设电竞酒店的相关登记、备案; 暂停
# 办理新设……运营企业的备案): the operator by its name's end, the act by the set-up words
_FROZEN = re.compile(rf"(暂停|停止|暂缓|不再)[^，。；]{{0,6}}?(新设|新开|新增|新建|新办|开办|设立)[^，。；]{{0,16}}?{_OPERATOR}(?!职工|员工|人员)"
                     r"[^，。；]{0,6}?(登记|备案|审批|核准|许可|申请|准入|手续)")
# round 29 wave 2 (fc29b): … or a moratorium on new entrants for a period or over an area, whatever the operator is
# (2026年至2028年期间本县城区不再新增健身房……场所，已受理的相关申请暂缓办理; 三年内不再受理新设会展公司的设立申请): the
# operator by its name's end, the stop by its verb, and the period (……年内, ……期间, ……前) or the area (城区, ……范围内,
# 街区, 全镇) by its shape — 公平竞争审查条例 第八条第（四）项
_STOP = r"(?:不再|暂停|停止|暂缓|暂不)"
_NEWCOMER = r"(?:新增|新设|新开|新建|新办|新批|开办|设立|受理新设|受理新增|受理新的|受理|审批|核准|办理新设|办理新增)"
_MORATORIUM = re.compile(rf"{_STOP}[^，。；]{{0,2}}?{_NEWCOMER}[^，。；]{{0,18}}?{_OPERATOR}(?!职工|员工|人员|从业人员|负责人)|"
                         # … the newcomers' filing by its own words (不再受理新的汽车租赁经营备案申请)
                         rf"{_STOP}受理新的?[^，。；]{{0,12}}?(经营|开业|营业)[^，。；]{{0,4}}(备案|登记|许可|申请)")
_SPELL = re.compile(rf"{_NUM}年(至|到|—|-|－){_NUM}?年?|{_NUM}年(内|以内|期间)|(年|月|日)(以?前|底前|之前)|期间|期内|"
                    r"(城区|老城|中心城|主城|街区|片区|区域|范围|辖区|园区|镇区)(内|范围内)?|全[县市区镇乡]|本[县市区镇乡]")
_CAP_GUARD = re.compile(r"安全|防火|消防|防护|卫生防护|国家标准|技术规范|环境影响|危险|易燃|易爆|学校|校园|幼儿园|水源|文物|军事|"
                        r"出租汽车|出租车|专卖|烟草|至少|不少于[^，。；]{0,4}(一|1)(家|个)|招投标|招标|拍卖|竞争方式|征收|拆迁")
# a threshold: a size, an ownership, a title a body awards, a record in the locality
# the one gated is a market actor (not a person applying for a hukou or a school place)
# (round 34, fc34: … or whoever takes part in a selection, whatever it is called — 参与……招标的单位)
_PARTICIPANT = re.compile(r"(供应商|投标人|服务商|承接|代储|承建|承运|配送|企业|经营者|经营户|机构|公司|商户|"
                          r"(参与|参加)[^，。；]{0,20}?(招标|投标|比选|遴选|采购)[^，。；]{0,2}?的)")
_SIZE = re.compile(rf"(注册资本|注册资金|实缴资本|资产总额|净资产|年营业收入|营业收入|年销售额|纳税额|经营规模)[^，。；]{{0,6}}"
                   rf"(不得低于|不低于|不少于|不得少于|达到|应当?在|须在|在)[^，。；]{{0,4}}{_NUM}")
# (政府 only as an owner, 政府投资/控股企业: not 政府采购支持中小企业, the procurement policy)
_OWNED = re.compile(r"(应当|须|必须|只能|限于|仅限)(为|是|由)?[^，。；]{0,8}?(国有|国资|市属|县属|区属|政府(?=[^，。；]{0,2}(控股|独资|参股|出资|投资|所属)))[^，。；]{0,6}?(控股|独资|参股)?"
                    r"(企业|公司)")
_TITLE = re.compile(rf"(具有|具备|获得|取得|持有|获评|被评为|为){_BODY}?[^，。；]{{0,10}}?(评定|授予|认定|评选|命名|颁发|评为)的?"
                    r"[^，。；]{0,14}?(称号|荣誉|星级|等级|示范|奖项|先进|单位)")
# … an award of a region or a trade as the gate of a bid (政府采购法实施条例 第二十条第四项: 以特定行政区域或者特定行业
# 的业绩、奖项作为……中标、成交条件), membership of an association (a social body one joins at will)
_AWARD = re.compile(r"(获得|获评|荣获|取得|具有)过?[^，。；]{0,4}?(省级|市级|县级|区级|部级|国家级|行业)(以上)?[^，。；]{0,14}?(奖项|奖|称号)")
_BIDDING = re.compile(r"投标|竞标|采购|供应商|比选|遴选|入围|中标|成交|承接")
_MEMBER = re.compile(r"(应当|须|必须|只能|限于)(为|是|系|具有)?[^，。；]{0,16}(协会|商会|学会|联合会|联盟)(的)?(会员|成员|理事)")
_RECORD = re.compile(rf"(在|于)?本[县市区省镇][^，。；]{{0,10}}?(连续)?{_NUM}年以上?[^，。；]{{0,12}}?(经营|从业|服务|运营|承接)[^，。；]{{0,8}}"
                     rf"(经历|经验|业绩|记录)|连续{_NUM}年(以上)?[^，。；]{{0,4}}?(在|于)本[县市区省镇][^，。；]{{0,10}}?(经营|从事|开展|服务|运营|承接)|"
                     # round 34 (fc34): … the business named before its years (具有在本县连续从事该项业务三年以上的业绩)
                     rf"(在|于)本[县市区省镇][^，。；]{{0,4}}?(连续)?(经营|从事|开展|服务|运营|承接)[^，。；]{{0,12}}?{_NUM}年以上?[^，。；]{{0,4}}?"
                     r"(经历|经验|业绩|记录)")
# round 36 (fc36): … or the entrant's own setting up made to wait for its rivals' or their trade body's consent (申请设立……
# 应当取得县内现有……机构过半数同意的书面意见; 新开办……须先取得县……行业协会出具的准入意见): a private say over entry,
# 公平竞争审查条例 第八条第（四）项 and 第十一条第（一）项 (a facility for the incumbents' boycott)
_CONSENT = re.compile(r"(申请设立|设立|新开办|开办|新设|新建|开业|进入)[^。；]{0,40}?(取得|征得|经|经过)[^，。；]{0,12}?"
                      r"(现有|已有|原有|同行|同业|行业协会|商会|协会|联合会)[^，。；]{0,20}?(同意|准入意见|推荐意见|认可)")
# … or a list the government keeps made the door of the trade itself (应当纳入县……机构名录后，方可在本县开展检验业务):
# 公平竞争审查条例 第八条第（四）项 (a 名录/库 as an entry condition)
_LISTED = re.compile(r"(纳入|列入|进入|录入|入选)[^，。；]{0,16}?(名录|目录|名单|企业库|机构库|单位库)[^，。；]{0,4}?[，,]?[^，。；]{0,4}?"
                     r"(方可|才能|才可以|始得)[^，。；]{0,12}?(开展|从事|经营|承接|营业|提供|进入)")
# a profession whose statute makes membership part of the licence (律师法 第四十五条, 注册会计师法 第三十五条)
_PROFESSION = re.compile(r"律师|注册会计师|会计师事务所|公证|执业医师|司法鉴定")
_NOT_BELOW = re.compile(r"不得(低于|少于)")
_ENTRY_GUARD = re.compile(r"资质|执业|许可证|担保|典当|小额贷款|保安|银行|保险|证券|专卖|民用爆炸|"
                          r"奖励|表彰|评优|评先|给予[^，。；]{0,6}(奖|补)")


def entry_bars(sentence: str, header: str = "") -> list[tuple[int, int, str]]:
    """The spans at which ``sentence`` caps or spaces new entrants or gates them by a threshold unrelated to the
    service, with the guard if lawful."""
    both = header + sentence
    for rx in (_CAP, _SPACING, _FROZEN, _MORATORIUM):
        m = rx.search(sentence)
        if m and rx is _MORATORIUM and not _SPELL.search(header[-20:] + sentence[:m.start()]):
            continue    # (a stop with no period or area is a case's own decision, not a moratorium)
        if m and not (rx is not _SPACING and _NOT_MARKET.search(_PER_CAPITA.sub("", sentence[start_after(sentence, m.start(), "。；;"):m.end()]))):
            guard = _guard(sentence, both, m.start(), "lawful_cap", _CAP_GUARD)
            return [(m.start(), m.end(), guard)]
    if not _PARTICIPANT.search(both):
        return []
    for rx in (_SIZE, _OWNED, _TITLE, _RECORD, _AWARD, _MEMBER, _CONSENT, _LISTED):
        m = rx.search(sentence)
        if m is None or rx is _AWARD and not _BIDDING.search(both) or rx in (_MEMBER, _CONSENT) and _PROFESSION.search(both):
            continue
        lo = start_after(sentence, m.start(), "。；;")
        if rx is not _OWNED and not _DEMAND.search(header[-16:] + sentence[lo:m.end()]) and not _NOT_BELOW.search(m.group(0)):
            continue
        guard = _guard(sentence, both, m.start(), "lawful_threshold", _ENTRY_GUARD)
        return [(m.start(), m.end(), guard)]
    return []


# ---- ORIGIN RATES: a fee, a price or a subsidy that differs by where the party or the goods come from
# (round 29 wave 2, fc29b: … or by the owner's kind — 外商投资企业, 外资, 港澳台资, 民营 — against 内资, 国有: the same
# differentiated charge, 外商投资法 第九条 and 公平竞争审查条例 第十条; … or by where it is registered: 在本市以外登记注册的)
_AWAY = (r"(?:县外|市外|省外|区外|外地|外县|外市|外省|外来|境外|非本[县市区省地镇乡](?:籍|户籍|企业|注册)?|本[县市区省]以外|"
         r"外商投资|外商|外资|港澳台资|民营|私营|非公有制|非国有)")
_HOME = r"(?:本县|本市|本区|本省|本地|本镇|本乡|县内|市内|区内|当地)"
_HOME_RATE = r"(?:本县|本市|本区|本省|本地|本镇|本乡|县内|市内|区内|当地|内资|国有|同类)"
_MONEY = r"(?:[\u4e00-\u9fff]{0,4}(?:费|金|租|价格?|补贴|补助|奖励))"
_TRADER = r"(?:[^，。；]{0,10}?(?:商|经营户|企业|公司|经营者|商户|供应商|车辆|货车|产品|商品|货物|机构)(?!户籍|户口))"
_RATE = re.compile(rf"{_AWAY}{_TRADER}[^。；]{{0,40}}?{_MONEY}[^。；]{{0,16}}?(按|比照|以)?{_HOME_RATE}?[^，。；]{{0,12}}?"
                   rf"({_NUM}倍|加收|上浮|提高|加价|翻倍|增收)|"
                   rf"{_AWAY}{_TRADER}[^。；]{{0,30}}?{_MONEY}[^。；]{{0,12}}?{_NUM}元[^。；]{{0,20}}[；;，,][^。；]{{0,4}}?{_HOME}[^。；]{{0,24}}?{_NUM}元|"
                   rf"{_HOME}{_TRADER}[^。；]{{0,30}}?{_MONEY}[^。；]{{0,12}}?{_NUM}元[^。；]{{0,20}}[；;，,][^。；]{{0,4}}?{_AWAY}{_TRADER}[^。；]{{0,24}}?{_NUM}元")
# the outside party losing a benefit, whatever it did (县外企业承运的，不予补贴)
_AWAY_DENIED = re.compile(rf"{_AWAY}[^，。；]{{0,10}}?(企业|公司|经营者|商户|供应商|机构|产品|商品|货物|车辆)[^，。；]{{0,12}}?的[，,]?"
                          r"[^，。；]{0,6}?(不予|不享受|不得享受|不给予|不列入|不纳入)[^，。；]{0,6}(补贴|补助|奖励|资助|扶持|奖补|优惠)")
_SAME = re.compile(r"同等|相同|同一|一视同仁|平等|无差别|不区分|不论|无论|统一标准|检疫|疫情|疫区")
# round 27 (fcagency27): a market party marked by its home origin — a household registration or a registration here, by
# the grammar of the mark (本县户籍人员, 具有本区户籍的投资者, 在本市注册登记的企业) — given a cut price, a halved charge or
# extra points (按基准地价的50%, 按市场价的六折, 减半缴纳, 另加5分) in a market the government runs (land, premises, bids)
_HOME_MARK = rf"(?:具有|持有|拥有|属于|在)?{_HOME}(?:户籍|户口|常住户口|籍|注册登记|注册|登记)"
_HOME_CUT = re.compile(rf"{_HOME_MARK}[^。；]{{0,50}}?((按|以)[^，。；]{{0,12}}?({_NUM}\s*[%％]|百分之{_NUM}|{_NUM}折|半价)|"
                       rf"减半|(另|再|额外)?加[^，。；]{{0,2}}?{_NUM}分|加分|免收|免缴|免交|减免|优惠价)")
_HOME_MARKET = re.compile(r"企业|公司|投资|经营|竞买|出让|租金|租用|厂房|用地|地价|底价|投标|评审|办学|创办|项目|保证金|摊位|店铺|门面|采购")


def _joined(sentence: str, before: str) -> str:
    """The sentence with the one before it when that one ends with ； (two halves of one contrast: 县外企业按……元收取；
    县内企业按……元收取), else the sentence alone."""
    if before.endswith(("；", ";")):
        return before[start_after(before, len(before) - 1, "。；;！？\n"):]
    return ""


def origin_rates(sentence: str, header: str = "", before: str = "") -> list[tuple[int, int, str]]:
    """The spans at which ``sentence`` (after ``before``, the clause text before it) sets a different fee, price or
    subsidy by origin, with the guard if lawful."""
    both = header + sentence
    m = _RATE.search(sentence) or _AWAY_DENIED.search(sentence)
    if m is None and _HOME_MARKET.search(sentence):
        m = _HOME_CUT.search(sentence)
    if m is None:
        prior = _joined(sentence, before)
        j = _RATE.search(prior + sentence) if prior else None
        if j is None or j.end() <= len(prior):
            return []
        both = header + prior + sentence
        guard = "open" if _SAME.search(both) else "statute" if _CITED.search(both) else ""
        return [(0, j.end() - len(prior), guard)]
    guard = _guard(sentence, both, m.start(), "open", _SAME)
    return [(m.start(), m.end(), guard)]


# ---- FAVOURS: a named or the government's own company spared a charge or a procedure; a fund routed to one body
_OWN_FIRM = rf"(?:{_NAMED}|(?:国有|国资|县属|市属|区属|城投|平台)[^，。；、]{{0,10}}?(?:企业|公司|集团))"
_SPARED = re.compile(rf"(?P<who>{_OWN_FIRM})(?:及其[^，。；]{{0,8}})?[^。；]{{0,34}}?"
                     r"(免收|免缴|免征|免交|免于缴纳|减半收取|减半征收|减免|不收取|缓缴|可以不经[^，。；]{0,4}招标|不经招标|免于招标|"
                     r"无需招标|单一来源|直接(委托|发包|签订|指定|确定))")
_ROUTED = re.compile(rf"(定向|直接|全部|统一|专项)(拨付|拨给|安排给|补贴给|补助给|下达给?|划拨给?)[^，。；]{{0,2}}(?P<who>{_NAMED})")
_CHARGE_SPARED = re.compile(r"免|减半|减免|不收取|缓缴")
# (round 41, lead, informed by a fresh look-alike) a public service body named as the one that does not charge
# (园区便民服务中心为外来务工人员提供……服务，不收取费用): the provider, not a market operator spared a charge
_PUBLIC_PROVIDER = re.compile(r"(便民|政务|党群|社区|综合|公共|为民)服务(中心|站|大厅)|人民政府|办事处|管理委员会|管委会")
_COLLECTOR_VERB = re.compile(r"免收|不收取|减半收取|减半征收|免征")
_MARKET_PARTY = re.compile(r"企业|公司|商户|经营者|市场主体|供应商|开发商|开发单位|建设单位|投资者|个体工商户|合作社")
_OTHERS_LEFT = re.compile(r"(其他|其余|非国有|民营|社会)[^。；]{0,24}?(不纳入|不享受|不予|不列入|不适用|须|应当|必须|按)")
# … the government's own firm opening the half before ；, the others' different term opening this one (县属国有企业承建
# 的……按月全额支付；其他企业承建的，按……百分之七十支付)
_OWN_OPENS = re.compile(rf"^[^，。；]{{0,6}}?{_OWN_FIRM}")
_OTHERS_OPEN = re.compile(r"^[^，。；]{0,4}?(其他|其余|非国有|民营|社会资本|民间资本|私营|非公)[^，。；]{0,8}?(企业|公司|经营者|主体|单位|项目)")
_FAVOUR_GUARD = re.compile(r"(依照|依据|根据|按照)[^，。；]{0,20}(规定|政策)|依法|同等|一视同仁|各类(所有制|市场主体|企业)")


def favours(sentence: str, header: str = "", before: str = "") -> list[tuple[int, int, str]]:
    """The spans at which ``sentence`` (after ``before``, the clause text before it) spares a named or own company a
    charge or a procedure, or routes a fund to one named body leaving the others out, or ties a benefit to dealing with
    the government's own or fixed provider, with the guard if lawful."""
    both = header + sentence
    prior = _joined(sentence, before)
    tied = _tied(sentence, header, prior)
    if tied:
        return tied
    if prior:
        # the procedure spared in the half before (国有企业……可以直接委托；其他所有制企业……须公开招标): read here
        p = _SPARED.search(prior)
        o = _OTHERS_LEFT.search(sentence)
        if p and o and not _CHARGE_SPARED.search(p.group(0)) and not _FAVOUR_GUARD.search(header + prior + sentence):
            return [(0, o.end(), "protective" if _protected(prior, p.start()) else "")]
        if _OWN_OPENS.search(prior) and _OTHERS_OPEN.search(sentence) and not _FAVOUR_GUARD.search(header + prior + sentence):
            o = _OTHERS_OPEN.search(sentence)
            return [(0, o.end(), "protective" if _protected(prior, 0) else "")]
    marked = _marked(sentence, header)
    if marked:
        return marked
    m = _SPARED.search(sentence)
    if m and not _CHARGE_SPARED.search(m.group(0)) and not _OTHERS_LEFT.search(sentence, m.end()):
        m = None        # a procedure skipped is a favour only where the others must go through it
    provider = _PUBLIC_PROVIDER.search(m.group("who")) if m else None
    if provider and _COLLECTOR_VERB.search(m.group(0)) \
            and not _MARKET_PARTY.search(sentence, m.start("who") + provider.end(), m.end()):
        m = None        # the public service body itself charging no one it serves: no operator spared
    if m is None:
        m = _ROUTED.search(sentence)
        if m and not _OTHERS_LEFT.search(sentence, m.end()) and "统一" not in sentence[m.end():]:
            m = None    # a fund paid to a body is a favour where the others are left out or the body takes the service
    if m is None:
        return []
    guard = _guard(sentence, both, m.start(), "open", _FAVOUR_GUARD)
    return [(m.start(), m.end(), guard)]



# ---- MARKED: a benefit or an access tied to a mark the party bears, whatever the market (公平竞争审查条例 第九条、
# 第十条): the mark is where it is registered, taxed, insured or housed, its vehicles' registration, its founder's 户籍,
# where its goods are made, its ownership, a set a body fixed, an honour a body grants; the means is a score, a raised
# or a paid benefit, a priority, a benefit only for the marked, a gate to taking part, a steering with an incentive.
# The slots are open: the mark by its grammar (a place + a registering verb; 总部 + a place; a body + 推荐/确定的;
# a body + 授予的 …称号), the party by the ends of a market actor's name, the means by its verbs.
_REGISTER = r"(?:注册|登记|设立|成立|纳税|缴纳|缴税|落户|转籍|生产|制造|加工)"
_MARK_LOCAL = (rf"在?{_HOME}[^，。；]{{0,8}}?{_REGISTER}|(?:注册地|住所地|登记地|注册)(?:在|为|位于)?{_HOME}|(?:转籍|迁入|落户|转入)(?:至|到|在)?{_HOME}|{_HOME}(?:户籍|籍)|"
               rf"总部[^，。；]{{0,6}}?(?:{_HOME}|与[^，。；]{{0,12}}?所在地一致)|"
               r"[县市区](?:[^，。；]{0,10}?)(?:园区|开发区|产业园|集中区|集聚区)[^，。；]{0,6}?(?:生产|制造|加工)")
_MARK_OWNED = r"(?<![非])(?:国有|国资|县属|市属|区属|省属|城投)"
# (a set fixed by a body or a firm the government runs — 县供销社推荐的网点 —, or a list of one: 列入县体育局名录的)
_MARK_LISTED = (rf"(?:{_BODY}|{_NAMED})[^，。；]{{0,4}}?(?:确定|指定|推荐|备案|公布|遴选|入围)的?[^，。；]{{1,10}}|"
                rf"(?:列入|纳入|进入|入选)[^，。；]{{0,14}}?(?:名录|名单|目录|库)的?")
# (a title by a body's grant, or a body's own quoted name for it: 县商务局“老字号”挂牌)
_MARK_HONOUR = (rf"{_BODY}[^，。；]{{0,4}}?(?:授予|评定|命名|颁发|评选)的?[^，。；]{{0,16}}?(?:称号|荣誉|奖项)|"
                rf"获评{_BODY}[^，。；]{{0,20}}?(?:称号|示范|先进|优秀|星级|[”」])|"
                rf"(?:获得|取得|具有|持有|被授予){_BODY}[^，。；]{{0,4}}?[“「\"][^”」\"，。；]{{2,16}}[”」\"]")
# round 31 wave 2 (fcw2): a class by place alone — 本地会展企业, 本县企业, 县内粮油企业 — no registering verb: read only
# where the class competes with others for the same thing (a tender, a purchase, a service taken on; ``_CONTESTED``)
_MARK_HOME = rf"(?<![非外])(?<!本[县市区省]以外的)(?:本县|本市|本区|本地|县内|市内|区内|当地)[^，。；的、]{{0,6}}?(?:企业|公司|供应商|投标人|经营者|服务商|产品|商品)"
_MARK = re.compile(rf"(?P<local>{_MARK_LOCAL})|(?P<owned>{_MARK_OWNED})|(?P<listed>{_MARK_LISTED})|(?P<honour>{_MARK_HONOUR})|"
                   rf"(?P<home>{_MARK_HOME})|(?P<named>{_NAMED})")
# the marked party is a market actor by its name's end (not a firm's staff: 企业职工), or goods (生产的)
_ACTOR = re.compile(r"(企业|公司|机构|经营户|商户|经营者|供应商|投标人|服务商|经销商|银行|旅行社|合作社|门店|商家|厂家|生产的)"
                    r"(?!职工|员工|人员|负责人|法定代表人|从业|薪酬)")
# the means
_RAISE = r"(?:上浮|上调|调高|提高|增加|翻倍|加倍|提升)"
_SCORE = re.compile(rf"(加|另加|另计|给予|增加|多得|多计)[^，。；]{{0,4}}?{_NUM}分|加分|(得分|分值|评分|分数)[^，。；]{{0,4}}?{_RAISE}")
_BOOST = re.compile(rf"(补贴|补助|奖励|奖补|资助|贴息)[^，。；]{{0,16}}?{_RAISE}|(另行|另|再|额外)(给予)?[^，。；]{{0,6}}?(补贴|补助|奖励|奖补)|"
                    rf"{_RAISE}[^，。；]{{0,6}}?{_NUM}")
_PAID = re.compile(r"(给予|予以|发放|兑付|享受)[^，。；]{0,14}?(补贴|补助|奖励|奖补|资助|贴息|扶持)")
_PRIORITY = re.compile(r"优先")
# (the ownership of a market actor: 国有资本控股, 县属国有企业, 国有独资 — not a state employee, a firm's restructuring, or a
# public task the firm is paid for)
_OWNED_ACTOR = re.compile(r"(?:国有|国资|县属|市属|区属|省属|城投)[^，。；]{0,6}?(控股|独资|参股|企业|公司|集团|资本|院线)")
_OWNED_DUTY = re.compile(r"职工|员工|人员|下岗|改制|退休|承担[^，。；]{0,10}(公益|政策性|应急|储备|保供)")
_ONLY = re.compile(r"仅对|仅限|仅向|仅为|只对|只限|只向|限于")
_GATE_ACCESS = re.compile(r"(方可|才能|才可|方能)[^，。；]{0,4}?(参与|参加|申请|申报|承接|投标|享受|入围|入驻|进入|纳入|列入)")
# (round 31 wave 2, fcw2: where the class by place alone is read — the others compete for the same thing — and a price
# cut its means: 本县企业的投标报价按百分之五的扣除后参与评审)
_CONTESTED = re.compile(r"招标|投标|评标|评审|采购|比选|遴选|中标|成交|承接|承办|承揽")
_PRICE_CUT = re.compile(rf"(报价|价格|价款)[^，。；]{{0,8}}?({_NUM}\s*[%％]|百分之{_NUM})[^，。；]{{0,4}}?(扣除|下浮|折扣|优惠)")
_STEER = re.compile(r"(引导|动员|组织|督促|鼓励|推动)[^，。；]{0,12}?(选择|选用|使用|购买|委托|到|向|投保|采购)")
_INCENTIVE = re.compile(r"补贴|补助|奖励|考核|考评|评比|排名|通报|挂钩|信用评价|评先|评优")
# taking part in a market or a public benefit (the gate's context): a fund applied for, a bid, a service taken on
_TAKING_PART = re.compile(r"(申请|申领|享受|参与|参加|承接|投标|入围|入驻)[^，。；]{0,20}?(补贴|补助|奖励|资金|扶持|项目|采购|招标|服务|政策)|"
                          r"供应商|投标人|承接主体")
_DEMAND_MARK = re.compile(r"(应当|须|必须|只能|方可)(为|是|将|把)?")
_MARKED_GUARD = re.compile(r"不论|无论|不区分|不分|同等(?!条件)|同一标准|相同|一视同仁|各类(所有制|市场主体|经营主体|企业)|"
                           r"中小企业|小微企业|价格扣除|预留[^，。；]{0,6}份额|开放|均可|自主选择|自愿")


# round 31 (fc31): a benefit tied to dealing with a provider the government owns or fixed, the others' users left out
# (对使用县国有苗圃出产苗木的造林主体……给予造林补助；使用其他来源苗木的，不予补助; 入驻市商务部门推荐的……平台的，给予
# ……补贴；入驻其他平台的不予补贴): the party's subsidy buys the provider its market (公平竞争审查条例 第十条第（二）项,
# 第八条第（三）项). The slots, open: the dealing (a verb of using, buying, joining or entrusting), the provider marked as
# the government's — owned (国有, 县属, 所属, 下属) or fixed by a body (……局推荐/确定/指定/公布的) — whatever it is called
# (苗圃, 平台, 服务网, 种畜场), a benefit in what follows, and the same dealing with the others denied it (在同句或者；后的
# 半句). Look-alikes: a condition of quality or of a lawful check (符合国家标准, 检疫合格 — no provider), the others not
# denied, a basis cited, equal treatment, a provider by open procurement, a protective ban.
_DEAL = r"(?:使用|选用|采用|购买|购置|采购|选购|引进|入驻|加入|接入|委托|交由|交给|投保|租用|订购)"
_LINKED = rf"(?:{_MARK_OWNED}|所属|下属|直属|{_BODY}[^，。；]{{0,4}}?(?:推荐|确定|指定|公布|发布|认定|遴选|选定)的)"
_TIED = re.compile(rf"{_DEAL}[^，。；]{{0,10}}?{_LINKED}[^，。；]{{0,24}}?的[^，。；的]{{0,8}}(?=[，,])")
_TIED_BENEFIT = re.compile(r"补贴|补助|奖励|奖补|资助|贴息")
_OTHERS_DENIED = re.compile(rf"{_DEAL}[^，。；]{{0,6}}?(其他|其余|别的)[^，。；]{{0,12}}?的?[，,]?[^，。；]{{0,6}}?"
                            r"(不予|不享受|不给予|不再给予|不纳入|不列入|取消)")


def _tied(sentence: str, header: str, prior: str) -> list[tuple[int, int, str]]:
    """The span at which ``sentence`` (after ``prior``, the half before its ；, or none) denies a benefit to those who
    deal with providers other than the one the government owns or fixed, with the guard if lawful."""
    text = prior + sentence
    m = _TIED.search(text)
    if m is None:
        return []
    o = _OTHERS_DENIED.search(text, m.end())
    if o is None or o.end() <= len(prior) or not _TIED_BENEFIT.search(text, m.end(), o.start()):
        return []
    both = header + text
    guard = _guard(text, both, m.start(), "open", _FAVOUR_GUARD, _MARKED_GUARD, _PROCURED)
    return [(max(0, m.start() - len(prior)), o.end() - len(prior), guard)]


def _segment_of(sentence: str, at: int) -> tuple[int, int]:
    lo = start_after(sentence, at, "，,；;：:")
    return lo, end_before(sentence, at, "，,；;：:")


def _overlapping(rx: re.Pattern, text: str):
    """Every match of ``rx`` starting at each offset in turn (a named firm's wide match — 由本县户籍人员……机构 — does
    not hide the mark inside it)."""
    at = 0
    while (m := rx.search(text, at)) is not None:
        yield m
        at = m.start() + 1


def _marked(sentence: str, header: str = "") -> list[tuple[int, int, str]]:
    """The spans at which ``sentence`` gives a score, a benefit, a priority or an access to a party by a mark of its
    place, founder, goods, ownership, a set a body fixed or an honour a body granted, with the guard if lawful."""
    both = header + sentence
    for m in _overlapping(_MARK, sentence):
        lo, hi = _segment_of(sentence, m.start())
        phrase, rest, before = sentence[lo:hi], sentence[hi:], sentence[:lo]
        kind = m.lastgroup
        # the mark's own phrase up to its end: where a priority, an only-for or a steering verb stands before a set
        lead = sentence[lo:m.end()]
        # a person's 户籍 or place (低保对象, 职工) marks no market actor; a gate names its actor before the demand
        actor = _ACTOR.search(phrase) or "生产" in m.group(0)
        found = None
        if kind == "local" and not actor:
            if _DEMAND_MARK.search(sentence[lo:m.start()]) and _TAKING_PART.search(header[-16:] + before) \
                    and _ACTOR.search(header[-16:] + before):
                found = "gate"
        elif kind in ("local", "honour", "named") and (_SCORE.search(rest) or _SCORE.search(phrase[m.end() - lo:])):
            found = "score"
        elif kind == "home":
            if _CONTESTED.search(header[-24:] + sentence):
                tail = phrase[m.end() - lo:] + rest
                if _SCORE.search(tail) or _PRICE_CUT.search(tail) or _PRIORITY.search(tail[:30]) or \
                        (_PAID.search(rest) and re.search(r"的$|的[^，。；]{0,12}$", phrase)):
                    found = "home"
        elif kind == "local" and actor and _GATE_ACCESS.search(rest[:24]):
            found = "gate"              # round 31 wave 2 (fcw2): 在本县设立法人并纳税的，方可纳入……名单
        elif kind == "local" and (_BOOST.search(rest) or _PAID.search(rest)) and re.search(r"的$|的[^，。；]{0,12}$", phrase):
            found = "benefit"
        elif kind in ("local", "honour") and _PRIORITY.search(phrase[:m.start() - lo] + rest[:30]):
            found = "priority"
        elif kind in ("local", "listed", "owned", "named") and _ONLY.search(lead):
            found = "only"
        elif kind == "honour" and _GATE_ACCESS.search(rest[:24]):
            found = "gate"
        elif kind == "local" and _DEMAND_MARK.search(phrase[:m.start() - lo]) and _TAKING_PART.search(header[-16:] + before) \
                and _ACTOR.search(header[-16:] + before + phrase):
            found = "gate"
        elif kind == "listed" and _STEER.search(lead) and _INCENTIVE.search(rest):
            found = "steer"
        elif kind == "owned" and (_PAID.search(phrase + rest) or _SCORE.search(rest)) and _OTHERS_LEFT.search(rest):
            found = "benefit"
        elif kind == "owned" and (_PAID.search(rest) or _BOOST.search(rest)) \
                and (re.search(r"的$", phrase) or re.match(r"^(?:第[一二三四五六七八九十百零〇\d]+条[\s　]*)?对", phrase) and _ACTOR.search(phrase)) \
                and _OWNED_ACTOR.match(sentence, m.start()) and not _OWNED_DUTY.search(phrase):
            found = "benefit"           # round 26: 由国有资本控股的，……给予……补助 — the ownership the condition of a benefit
        if found is None:
            continue
        guard = _guard(sentence, both, m.start(), "open", _MARKED_GUARD)
        return [(m.start(), m.end(), guard)]
    return []


# round 28 (speed28): the costliest of these searches skip a text without the keys every match must contain
# (review/firstchars.Keyed: exact; measured by bench/reading_budget.py)
from ..firstchars import Keyed  # noqa: E402

_PICK, _PROCURED, _RATE, _SPACING, _SPARED = map(Keyed, (_PICK, _PROCURED, _RATE, _SPACING, _SPARED))
# round 31 (speed31): two more, measured where entry_bars and favours search them over a sweep (bare 0.23 / 0.06 s,
# keyed 0.15 / 0.04 s over every third real document)
_MARK, _CAP = map(Keyed, (_MARK, _CAP))
