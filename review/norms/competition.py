"""Fair competition as the norms a reviewer states (公平竞争审查条例 第八条至第十一条; 反垄断法 第五章), read from the
grammar of a sentence with open slots, not from lists of sectors, providers or goods (round 23):

* ``designations`` — DESIGNATION: a market activity (a test, an upkeep, a check-up, a purchase, a training …) must
  go to, be bought from or be done by one provider the government names (any organisation: 县……中心/公司/站/所/
  协会/馆/服务部, or a unit 所属 a body) or a set the government fixed (……确定/指定/推荐/公布的 经销商/单位/企业),
  laid with 统一/一律/均/原则上/应当/须/只能 or with the alternatives shut (不再另行, 其他……不予认可, 未在……的，
  不予).  Lawful look-alikes: an open set the law defines (依法取得/具有相应资质的), a statute's own exclusive body
  or supply (强制免疫 and 免疫规划 vaccines — not what lies 以外 them —, 检疫, 火化, 强制检定, the drivers' exam),
  lawful procurement (政府采购, 公开招标 not waived), the government's own internal service (机关事务), the parties'
  own choice (自主选择, 不得指定), public venues of trade (公共资源交易中心), medical-insurance agreements.
  The effect kind is ``reserve`` (FC-RESERVE-EFFECT).
* ``local_barriers`` — LOCALITY: goods leaving (销往/运出/调出 县外) or entering the locality made to wait for a consent
  or pay a fee, or barred; a party made to buy from or entrust a local provider, or losing a benefit when it uses an
  outside one (委托市外代理机构的，不予资助).  Look-alikes: quarantine and epidemic control (动物防疫法, 植物检疫),
  equal treatment, encouragement.  Kind ``local`` (FC-LOCAL-EFFECT).
* ``price_floors`` — PRICE: a price or fee of a competitive market floored, ceiled or fixed by a body (保护价,
  不得低于……核定/公布的价格, 统一按……元收取).  Look-alikes: the price catalogue (定价目录, 政府定价/指导价, the price
  authority), the national minimum purchase price, below-cost dumping and bids (价格法 第十四条, 招标投标法 第三十三条),
  wages and the government's own payments, the parties' own bargaining, 明码标价.  Kind ``price`` (FC-PRICE).
* EXCLUSION BY OWNERSHIP is ``reservations``' own reading in review/norms/allotment.py (民办……不纳入, 限于公办).

Pure: a sentence (a list item under ``header``) in, ``(start, end, guard)`` spans out; effect.py makes them Effects.
"""

from __future__ import annotations

import re

from ..firstchars import Keyed
from ..sentences import start_after

# ---- DESIGNATION
# the provider: any organisation, by the closed class of the ends of organisation names (the name itself is open)
_ORG = (r"(?:有限责任公司|有限公司|公司|集团|中心|站(?!点)|(?:冷|仓|粮)库|所(?![属在有需以谓得])|协会|学会|商会|馆|院|社(?![会区保])|厂|服务部|队(?![伍员])|"
        r"店|超市|商店|小卖部|基地|机构|单位|企业|经销商|供应商|服务商|代理商|室|银行|信用社)")
# … named by the government's place (县建设工程质量检测中心, 市机动车排放检验中心, 县交通运输局所属公路养护公司) …
_NAMED = rf"(?:全?[县市区乡镇州]|本[县市区]|[\u4e00-\u9fff]{{2,6}}[县市区镇])[^，。；、]{{1,22}}?{_ORG}"
# … or a set the government fixed (县动物疫病预防控制中心确定的经销商, 县特种设备协会推荐的维保单位, 县教育局确定的两家企业)
# … or one named by the venue it sits in (馆内殡葬用品服务部, 院内便民超市: the venue's own shop; round 27 wave 2)
_INSIDE = rf"(?:[馆院所站场园]|中心|市场)(?:内|里)(?:设立的|开设的|的)?[^，。；、]{{0,12}}?{_ORG}"
_FIXED = rf"[^，。；、]{{2,24}}?(?:确定|指定|推荐|公布|认定|选定|遴选|招引)(?:的[^，。；、]{{0,10}}?|(?=服务商|供应商|经销商|机构|单位|企业)){_ORG}"
# the assignment: to / from / by the provider, with the activity done there
_ASSIGN = Keyed(re.compile(rf"(?P<verb>限定为|指定为|委托|交由|交给|送交|送至|送到|(?:交售|出售|售卖|销售|交存|存放|运送|转运|移交|交)(?:至|到|给|于)|存入|存放|送|由|到|去|前往|在|从|向|使用|选用|采用|购买|采购)(?P<provider>{_FIXED}|{_NAMED}|{_INSIDE})(处)?"
                           r"(?P<act>[^，。；]{0,10}?(承担|承接|承运|承办|实施|负责|进行|开展|办理|提供|供应|供货|配送|生产|施工|"
                           r"检测|检验|检修|维修|维保|保养|购进|购买|购置|采购|选购|订购|设计|制作|铺设|安装|代理|体检|培训|训练|"
                           r"鉴定|清洗|消杀|消毒|印制|刻制|评估|咨询|处置|处理|回收|经营|出具|编制|投保|承保|供|建造|修造|制造|加工|代办|"
                           # round 36 (fc36): an account opened, money kept or settled with the provider (a bank named)
                           r"开设|开立|开户|结算))?"))
# the party itself entrusts, is sent to or buys from the provider: a transaction whatever the service is called; a task
# put 由 a body (由……承担) is one only where what is done is something a market sells
_TRANSACTING = ("委托", "交由", "交给", "送交", "送至", "送到", "送", "到", "去", "前往", "从", "使用", "选用", "采用", "购买", "采购",
                # round 26: goods sold or handed to, money deposited with, the provider (统一交售至……回收公司; 存入县农村商业银行)
                "存入", "存放",
                # round 36 (fc36): the role itself handed to the provider (合作银行限定为县农村商业银行)
                "限定为", "指定为")
_HANDED = re.compile(r"^(交售|出售|售卖|销售|交存|存放|运送|转运|移交|交)(至|到|给|于)$")
# … of something a market buys: a service or a good (the activity may stand before the provider or after it)
_MARKET_ACT = re.compile(r"检测|检验|鉴定|维保|维护|保养|维修|检修|养护|安装|施工|设计|制作|体检|健康检查|训练|培训|消杀|消毒|清洗|"
                         r"保洁|购进|购买|购置|采购|选购|订购|供应|供货|配送|定点生产|代理|评估|咨询|审计|监理|测绘|物业|印制|印刷|"
                         r"刻制|运输|回收|处置|销售|租赁|广告|招牌|经营|"
                         # round 34 (fc34): goods built or made to order, and agency (代办, 票务) are bought too
                         r"建造|修造|制造|加工|代办|票务|订票|"
                         # round 36 (fc36): banking bought of a bank (an account, its settlement, a loan)
                         r"账户|开户|结算|存款|贷款|转贷")
# … laid as a rule (one provider for all) or with the alternatives shut
_UNIFORM = re.compile(r"统一|一律|均|全部|原则上|只能|只得|应当|须|必须|定点|全县|全市|全区")
_SHUT = re.compile(r"不再(另行|自行|引入|委托|组织)|不得(另行|自行)|(其他|别的|外部)[^，。；]{0,12}(不予|不得|不能|不再|一律不)|"
                   r"未(在|到|经|从|由)[^，。；]{0,16}的[，,]?[^，。；]{0,6}(不予|不得|不能|取消)|不予(认可|采信|受理|发放)")
# the provider is no set marked only by its place (县内施工企业, 本地企业): the locality reading
_LOCAL_SET = re.compile(r"(县内|市内|区内|镇内|县域内?|市域内?|本地|当地|辖区内?|本[县市区省])[^，。；]{0,6}(企业|公司|单位|机构|经销商|供应商|商户|经营者|厂家)$")
# … nor one marked by where it is registered or housed (在本县设有搅拌站的企业; 在本市登记设立的代理机构)
_PLACED = re.compile(r"^在|^[^，。；]{0,6}(登记|注册|设立|成立|设有)|(登记|注册|设立|成立|生产|设有|经营)[^，。；]{0,10}的")
# … nor a phrase running on past an organ's name (由市住房保障部门在5个工作日内通知用人单位): only a unit it owns or a set
# it fixed is read as a provider
_ORGAN_INSIDE = re.compile(r"(局|部门|政府|委员会|办公室|办事处|派出所|管委会)(?!所属|下属|直属|确定|指定|推荐|公布|认定|选定|遴选|招引)")
# the party files, applies or fetches a paper at the body: no transaction (统一到市住保中心申请; 可到……中心打印登记信息)
# … or a person goes there to work (定向培养的乡村医生……到乡镇卫生院服务满六年)
_FILING = re.compile(r"申请|申报|报名|提交|递交|补办|领取|打印|查询|登记|备案|投诉|举报|咨询窗口|"
                     r"服务满|服务期|工作|任职|报到|上岗|就业|实习|挂职|锻炼|值班|学习")
# … nor an administrative body itself (its own function, not a market's supplier)
_ORGAN_END = re.compile(r"(局|厅|委员会|政府|办公室|办事处|大队|支队|派出所|管委会)$")
# lawful: an open set the law defines; a statute's own exclusive body or supply; lawful procurement; the government's own
# service; the parties' own choice; public trading venues; medical-insurance agreements
_OPEN_SET = re.compile(r"依法(设立|取得|认定|备案|注册)|具有相应|具备(相应)?资质|取得(相应)?资质|符合(条件|要求|规定)的")
_STATUTE_EXCLUSIVE = re.compile(r"(强制免疫|免疫规划)(?![^，。；]{0,8}(以外|之外))|(?<!非)免疫规划疫苗|检疫|火化|遗体|强制检定|驾驶人考试|"
                                r"驾驶证考试|血液|血站|民用爆炸|爆炸物品|麻醉药品|精神药品|放射性|专卖|法定(检验|检定|计量)")
# the appraiser of an expropriation: 国有土地上房屋征收与补偿条例 第二十条 rules that choice (K-EXPROP-APPRAISER reads it)
_EXPROPRIATION = re.compile(r"被征收|征收部门|征收补偿|征收评估")
_PROCURED = re.compile(r"(?<!不再)(?<!另行)(?<!无需)(?<!不经)(?<!免于)(?<!组织)(政府采购|公开招标|依法招标|招标确定|竞争性(谈判|磋商)|比选确定|"
                       r"公开(遴选|择优|竞争)|择优(选定|确定|选择)|集中采购)")
_OWN_SERVICE = re.compile(r"机关事务|机关(办公|后勤|内部)|本机关|本单位|政务服务|公共资源交易|不动产登记|档案|医保|医疗保险|参保|"
                          r"转诊|就医|入学|学位|接种|征兵|入伍|公务员|招录|录用|考生|登记手续|户口|户籍|社保|社会保险|公积金|税务|纳税|"
                          r"就诊|救治|诊疗|隔离|核酸|发热|便民服务|法律援助|就业服务|人才(服务|交流)|婚姻登记|查阅|窗口|"
                          # a paper or a filing the body itself issues or takes (到乡镇渔政管理站办理垂钓登记证)
                          r"(办理|申领|领取|换发|核发)[^，。；]{0,8}(证|登记|手续|备案|审批|许可)")
_CHOICE = re.compile(r"(?<!不再)(?<!不得)(?<!不能)(?<!无权)(自主|自行|自愿)(选择|选定|选用|确定|委托|决定|购买|采购)(?![^，。；]{0,10}的[，,]?[^，。；]{0,8}(不予|不得|取消|不纳入|不享受|不列入))|"
                     r"不得[^，。；]{0,8}(指定|限定|强制|要求|干预)|不指定|任何(单位|部门)|可以选择|均可")


_FOR_FILING = re.compile(r"(办理|申领|领取|换发|核发)[^，。；]{0,8}(证|登记|手续|备案|审批|许可)所需的?")


def _guard_designation(sentence: str, header: str, m) -> str:
    both = header + sentence
    if _protected(sentence, m.start()) or _CHOICE.search(both):
        return "protective"
    # what the law keeps to one body is the activity, not the provider's name (县驾驶人考试服务中心 may sell training)
    rest = header + sentence[:m.start("provider")] + sentence[m.end("provider"):]
    if _OPEN_SET.search(m.group("provider")) or _STATUTE_EXCLUSIVE.search(rest) or _EXPROPRIATION.search(both):
        return "statute"
    if _PROCURED.search(both):
        return "procured"
    # (a body's name ending in 服务中心/站/所 is no service of the government's: 县残疾人就业服务中心指定的机构; a scheme
    # named in the provider still is: 社保经办机构指定的收费单位)
    own = header + sentence[:m.start("provider")] + re.sub(r"服务(?=中心|站|所)", "", m.group("provider")) + sentence[m.end("provider"):]
    # (round 30, money30: a filing named only as what the service is bought for — 办理首次登记所需的房屋面积测绘 — is no
    # service of the body's own; set H's br writer)
    own = _FOR_FILING.sub("", own)
    if _OWN_SERVICE.search(own):
        return "own_service"
    return ""


# (round 26: a market's kind read as a place by its 市 — 银行间债券市场 — or providers offered as alternatives)
_ALTERNATIVES = re.compile(r"或者|或|^[\u4e00-\u9fff]{2,6}市场")


def designations(sentence: str, header: str = "") -> list[tuple[int, int, str]]:
    """The spans at which ``sentence`` sends a market activity to one provider the government names or fixes, with
    the guard if lawful."""
    for m in _ASSIGN.finditer(sentence):
        provider = m.group("provider")
        if _ORGAN_END.search(provider) or _PLACED.search(provider) or _LOCAL_SET.match(provider) \
                or _ORGAN_INSIDE.search(provider[:-1]):
            continue    # an administrative body's own function; a provider marked by its place is the locality reading
        if _ALTERNATIVES.search(provider):
            continue    # a kind of venue, or alternatives to choose from (在银行间债券市场或者商业银行柜台市场购买国债: D140)
        lo = start_after(sentence, m.start(), "；;")
        scope = header + sentence[lo:]
        fixed = re.search(r"(确定|指定|推荐|公布|认定|选定|遴选|招引)", provider) is not None
        if m.group("verb") not in _TRANSACTING and not _HANDED.match(m.group("verb")) \
                and not (m.group("act") and (_MARKET_ACT.search(scope) or fixed)):
            continue    # (a set the government fixed doing what is asked of the party is a transaction whatever it is)
        clause = sentence[start_after(sentence, m.start(), "，,；;：:"):m.start()]
        uniform = _UNIFORM.search(clause + (m.group("act") or "")) or _UNIFORM.search(header[-20:]) \
            or m.group("verb") in ("限定为", "指定为")     # round 36: the role limited to the one named is a rule for all
        # a set the government fixed is a designation by itself; a named provider needs the rule for all or the shut door
        if not (uniform or _SHUT.search(sentence) or fixed):
            continue
        tail = sentence[m.end("provider"):m.end("provider") + 12]
        if _FILING.search(re.split(r"[，。；,;]", tail)[0]) or re.search(r"(可|可以|也可)$", clause):
            continue    # a filing at the body, or a place one may go
        if m.group(1) in ("在", "向") and not (_SHUT.search(sentence) or re.search(r"(应当|须|必须|只能|一律|统一)$", clause)):
            continue    # 在县体育中心举办: a venue named, nobody sent to buy there
        return [(m.start(), m.end(), _guard_designation(sentence, header, m))]
    return []


# ---- LOCALITY
_ELSEWHERE = r"(?:县外|市外|省外|区外|镇外|乡外|外地|外县|外市|外省|本县以外|本市以外|本区以外|本省以外|外乡镇|出县|出市|出境)"
_HOME = r"(?:本县|本市|本区|本省|本地|本镇|本乡|县内|市内|区内|当地|辖区)"
# goods or animals leaving (销往县外, 运出本县) or coming in (县外生产的……进入本县)
_OUTFLOW = re.compile(rf"(销往|销售到|运出|运往|运至|调出|调往|调运出|外运|外销|流出|出售到|卖到|运离)(?:{_ELSEWHERE}|{_HOME})|"
                      rf"{_ELSEWHERE}[^，。；]{{0,4}}(销售|外运|外销|收购)")
_INFLOW = re.compile(rf"{_ELSEWHERE}[^，。；]{{0,12}}?(进入|进入{_HOME}|销往{_HOME}|入{_HOME}|运入|调入|流入)")
# … made to wait for a consent or pay a fee, or barred
_GATE = re.compile(r"(须|需|需要|应当|应|必须|要|还须|一律)[^。；]{0,14}?(经|报|取得|办理|缴纳|交纳|开具|征得|申请|申领|领取|持有)[^。；]{0,18}?"
                   r"(同意|批准|审批|核准|准许|许可|准运|出县|调节费|管理费|补偿费|费)|"
                   r"(不得|禁止|严禁|一律不得|不准)(销往|运出|调出|外运|外销|流出)")
# a party sent to a local provider, or losing a benefit for an outside one (委托市外代理机构代理的，不予资助)
_LOCAL_PROVIDER = re.compile(rf"(委托|聘请|选用|选择|使用|采购|购买|购进|交由)[^，。；]{{0,4}}?(在)?{_HOME}[^，。；]{{0,8}}?"
                             rf"(登记|注册|设立|生产|设有|注册登记)[^，。；]{{0,10}}?{_ORG}|"
                             # … picked from the local ones (应当从县内施工企业中选取)
                             rf"(从|在|向){_HOME}(的)?[^，。；]{{0,10}}?{_ORG}[^，。；]{{0,2}}?(中|内|里)?(选取|选择|选定|确定|遴选|聘请|采购|购买|购进|抽取)")
# (round 34, fc34: … or the work done at an outside provider — 在县外船厂建造的，不享受县级配套补助)
_OUTSIDE_USE = re.compile(rf"((委托|聘请|选用|选择|使用|采购|购买|购进)[^，。；]{{0,4}}?({_ELSEWHERE}|非{_HOME})[^，。；]{{0,14}}?|"
                          rf"({_ELSEWHERE}|非{_HOME})[^，。；]{{0,6}}?(委托|聘请|选用|采购|购买|购进|生产|注册|登记|建造|修造|制造|加工|维修|检测)[^，。；]{{0,8}}?)的?[，,]?"
                          r"[^，。；]{0,8}?(不予|不享受|不得享受|不给予|取消|不列入|不纳入)")
# a tie to the locality as the gate of taking part (只有在本县设立法人企业的……才能参与; 在本市连续经营不满三年的，不得承接)
_LOCAL_GATE = re.compile(rf"在?{_HOME}[^，。；]{{0,10}}?(登记|注册|设立|成立|纳税|经营|营业)[^，。；]{{0,14}}?"
                         r"(的?[^，。；]{0,12}?[，,]?(方可|才能|才可|方能)|(不满|未满|不足)[^，。；]{0,8}的[，,]?[^，。；]{0,4}(不得|不能|不予))"
                         r"[^，。；]{0,4}?(参与|参加|申请|申报|承接|投标|享受|竞价|竞买|报名|入驻|进入|经营)|"
                         # round 27 (fcagency27): … or a promise to move the seat here, on pain of being kept out (应当承诺将
                         # 注册地迁至本市……，否则不得参与竞价)
                         rf"(迁至|迁入|迁往|迁回|落户(?:到|于|至)?|设在|设于|注册在|注册于){_HOME}[^。；]{{0,24}}?否则[^，。；]{{0,4}}?"
                         r"(不得|不能|不予|取消)[^，。；]{0,6}?(参与|参加|申请|申报|承接|投标|享受|竞价|竞买|报名|入围|遴选|受理)")
_DEMAND = re.compile(r"应当|须|必须|需|只能|一律|原则上|方可|才能")
_LOCAL_GUARD = re.compile(r"检疫|疫区|疫情|封锁|疫病|同一|同等(?!条件)|相同|一视同仁|平等|公平竞争|不论|无论|鼓励|引导|(?<![不只])(?<!不予)支持|"
                          r"不得[^，。；]{0,8}(设置|限制|阻碍|要求|限定|排斥|指定|以)|文物|野生|危险(化学)?品|烟花|民用爆炸|专卖|储备")


# round 30 (money30): a default disadvantage for a firm outside a local system — not entered in the county's or city's own
# platform, list, archive or association (a registry by its noun's ending), it is graded, scored or paid down by default
# (未在县公共信用信息平台建立信用档案的企业，信用等级一律按C级认定; 未纳入县……名录库的，综合评分一律按零分计算): an outside
# firm, which has no reason to be in the local registry, is put behind (公平竞争审查条例 第九条; 优化营商环境条例 第十二条
# — set F's bz writer). The slots: the local registry (县/市/区/本地 + ……系统/平台/名录/名单/库/档案/协会 …), a
# market party, the default by its words (一律/统一/默认/视为) and a grade, a score or a cut.
_UNREGISTERED = re.compile(r"未(?:在|进入|纳入|列入|录入|加入|于)?(?:本|我)?(?:县|市|区|镇|当地|本地)[^，。；]{0,24}?"
                           r"(?:系统|平台|名录库?|名单|[^，。；]库|档案|协会|商会|目录)[^，。；]{0,10}?的")
_DEFAULTED = re.compile(r"(?:一律|统一|均|默认|视为|视同|直接)[^，。；]{0,12}?(?:[A-EＡ-Ｅ]级|零分|[0-9０-９]+分|[一二三四五六七八九十百]+分|"
                        r"不良|较差|失信|最低|减半|扣减|扣分|降低)")


def _defaulted(sentence: str) -> list[tuple[int, int, str]]:
    m = _UNREGISTERED.search(sentence)
    if m is None or not re.search(r"企业|单位|公司|经营者|供应商|投标人|机构", sentence):
        return []
    d = _DEFAULTED.search(sentence, m.end(), min(len(sentence), m.end() + 40))
    if d is None:
        return []
    guard = "protective" if _protected(sentence, m.start()) or re.search(r"不得因|不因|同等|一视同仁", sentence) else ""
    return [(m.start(), d.end(), guard)]


def local_barriers(sentence: str, header: str = "") -> list[tuple[int, int, str]]:
    """The spans at which ``sentence`` gates goods crossing the locality's border, or ties a party's supplier or its
    benefit to the locality, with the guard if lawful."""
    both = header + sentence
    # quarantine kept aside (除依法办理植物检疫证书外，还须缴纳……管理费): the fee is the barrier
    guard = "open" if _LOCAL_GUARD.search(re.sub(r"除[^，。；]{0,24}?外", "", both)) else ""
    for rx in (_OUTFLOW, _INFLOW):
        m = rx.search(sentence)
        if m:
            gate = _GATE.search(sentence, m.start())
            if gate and not _protected(sentence, m.start()):
                return [(m.start(), gate.end(), guard)]
    m = _OUTSIDE_USE.search(sentence)
    if m:
        return [(m.start(), m.end(), guard or ("protective" if _protected(sentence, m.start()) else ""))]
    m = _LOCAL_GATE.search(sentence)
    if m:
        return [(m.start(), m.end(), guard or ("protective" if _protected(sentence, m.start()) else ""))]
    m = _LOCAL_PROVIDER.search(sentence)
    if m and _DEMAND.search(sentence[start_after(sentence, m.start(), "，,；;：:"):m.start()] + header[-12:]):
        return [(m.start(), m.end(), guard or ("protective" if _protected(sentence, m.start()) else ""))]
    return _defaulted(sentence)


# ---- PRICE
# a market party's price or fee
_PRICE = r"(?:房价|票价|收购价格?|收购价|销售价格?|售价|零售价|出厂价|价格|收费(?:标准)?|服务费|培训费|维保费|运费|租金|单价|费用?标准|报价)"
# … floored, ceiled or fixed
_FLOOR = Keyed(re.compile(rf"{_PRICE}[^。；，]{{0,6}}[，,]?[^。；，]{{0,4}}?((不得|不能|不准|不应|不许|严禁|须|应当|必须)(低于|高于|超过)|不低于|不高于)"
                          r"[^。；，]{0,24}?(核定|公布|确定|制定|发布|规定|指导|保护|成本|最低|最高|基准|参考)[^。；，]{0,4}?(价|标准|价格)|"
                          r"(实行|执行|实施|制定|确定|公布|落实)[^。；，]{0,8}?(最低)?保护价|保护价(制度|收购)|"
                          rf"{_PRICE}[^。；，]{{0,4}}(实行|执行)[^。；，]{{0,4}}(最高|最低)(限价|售价|价格)|"
                          rf"{_PRICE}[^。；，]{{0,8}}?(不得|不能|不准)(低于|高于|超过)[^。；，]{{0,4}}?(每|[\d一二三四五六七八九十百千万两])|"
                          r"统一按(每|[\d一二三四五六七八九十])[^。；，]{0,12}?元[^。；，]{0,4}(收取|计收|收费|执行|结算)|"
                          # … or set by a body and the parties made to settle at it (租赁价格由县发展和改革局统一核定，……按核定价格结算)
                          rf"{_PRICE}[^。；，]{{0,6}}?[，,]?由[^，。；]{{0,20}}?(统一)?(核定|确定|制定)[^。；]{{0,30}}?按[^，。；]{{0,2}}?(核定|确定|制定|统一|此|该|上述)的?"
                          r"[^，。；]{0,6}?(价格|标准|收费标准)?[^，。；]{0,10}?(结算|收取|执行|计收|收费)|"
                          # round 26: … or floored or fixed by name as the body's own figure (不得低于核定价格销售; 统一执行县人社局
                          # 核定的收费标准)
                          r"(不得|不能|不准|严禁)(低于|高于|超过)[^。；，]{0,4}?(核定|确定|制定|公布|统一)的?(价格|价|标准|收费标准)|"
                          r"统一(执行|按照|按)[^，。；]{0,16}?(局|委员会|委|政府|部门|办公室)[^，。；]{0,4}?(核定|确定|制定|公布)的?[^，。；]{0,4}?(价格|收费标准|标准)"))
# round 27 wave 2 (price27b): … or fixed by a body whatever the price is called — a price noun by its ending (……价格/
# ……价/……费/……收费标准/……佣金/……租金/……费率) — and the businesses' own pricing shut or submitted to the body:
_PRICE_NOUN = r"(?:[\u4e00-\u9fff]{0,8}?(?:价格|票价|房价|租价|售价|运价|收费标准|收费|服务费|费用?标准|佣金|租金|费率|利率|[\u4e00-\u9fff]费))"
# the businesses' own price shut (不得自行调整; 不得擅自提高或者降低; 不得另行约定/定价; 不得上浮或者下调)
_SHUT_PRICE = (r"(不得|不能|不准|严禁|禁止|一律不得)(自行|擅自|另行|随意|私自)?[^，。；]{0,2}?"
               r"(调整|变更|变动|上浮|下浮|上调|下调|提高|降低|提价|降价|定价|约定|确定价格|改变|"
               # round 29 wave 2 (fc29b): … the price set or changed in a pair (不得自行确定或者调整), or undercut (不得以低于
               # 统一价格的方式促销; 不得降价促销; 不得以优惠、返利等方式变相降价)
               r"(确定|制定)(或者|或|和)(调整|变更)|(以)?低于[^，。；]{0,4}?(统一|核定|确定|规定)的?(价格|标准)|"
               r"[^，。；]{0,12}?(变相降价|降价促销|促销|让利|打折|压价))")
_FIXING = Keyed(re.compile(
    # a body fixes it (充电服务费由区发展和改革局统一核定为每千瓦时零点四元，各运营企业不得自行调整)
    rf"{_PRICE_NOUN}[^。；，]{{0,6}}?[，,]?由[^，。；]{{1,30}}?(统一)?(核定|确定|制定|审定|规定)(为|后)?"
    rf"[^。；]{{0,40}}?({_SHUT_PRICE}|为(每|[\d一二三四五六七八九十百千万两零])[^，。；]{{0,12}}?(元|%|％)|按[^，。；]{{0,4}}?(核定|确定|统一)的?[^，。；]{{0,6}}?(收取|执行|计收|收费|结算))|"
    # … or a rate laid for all (经纪服务佣金统一按成交价的1.5%收取) with the businesses' own price shut
    rf"{_PRICE_NOUN}[^。；，]{{0,6}}?(统一|一律|均)(按|按照)[^，。；]{{1,20}}?(收取|计收|计取|收费|执行)[^。；]{{0,20}}?{_SHUT_PRICE}|"
    # … or the body's standard executed by all (物业服务收费一律执行区住房和城乡建设局核定的统一标准)
    rf"{_PRICE_NOUN}[^。；，]{{0,6}}?(?:[，,][^。；，]{{0,12}}?)?(统一|一律|均|必须|应当)(执行|按照|按)[^，。；]{{0,20}}?(局|委员会|委|政府|部门|办公室|中心|小组)[^，。；]{{0,4}}?"
    r"(核定|确定|制定|公布|规定)的?[^，。；]{0,4}?(价格|收费标准|标准|价|利率|费率)|"
    # round 29 wave 2 (fc29b): … or put under one guidance for all and pinned in figures or shut (民宿客房价格实行统一指导，
    # 旺季每间每晚不得高于600元) — whoever guides it
    rf"{_PRICE_NOUN}[^。；，]{{0,6}}?(实行|执行|实施)统一(指导|定价|管理|调控|标准)[^。；]{{0,30}}?((不得|不能|不准)(高于|低于|超过)[^，。；]{{0,8}}?"
    r"[\d一二三四五六七八九十百千万两零]|" + _SHUT_PRICE + r")|"
    # … or a change of the price submitted to a body (旅馆调整客房价格的，应当提前15日报市场监督管理部门核定后执行)
    rf"(调整|变更|变动|提高|上调|降低|下调|改变)[^，。；]{{0,8}}?{_PRICE_NOUN}[^。；]{{0,24}}?(报|报经|报请|报送|经)[^，。；]{{1,24}}?"
    r"(核定|审核|核准|批准|审批|审定|同意)[^，。；]{0,4}?(后|方可|才能|才可)[^，。；]{0,4}?(执行|实施|实行|调整|收取)"))
# the price is one the catalogue gives the government (中央定价目录 and the local ones: 供水、供气、供热、电价、殡葬基本服务、
# 公办学校、公立医院、车辆通行费、重要景区门票), or set by the law the sentence names
_CATALOGUE = re.compile(r"定价目录|政府定价|政府指导价|依法(制定|核定|定价|确定)|价格法|《[^》]{2,40}》|供水|用水|自来水|污水处理|"
                        r"(管道)?燃气|天然气|供热|供暖|供电|电价|输配电|殡葬基本|基本殡葬|公办|公立|非营利性|车辆通行费|通行费|门票|"
                        r"保障性住房|公共租赁|行政事业性收费|最低收购价")
# … of a competitive market (what a business sells or buys), not the government's own payment, wages, or a bid's cost
_MARKET_PRICE = re.compile(r"服务|房价|票价|套餐|住宿|门票|收购|销售|售|零售|出厂|收费|服务费|培训费|维保|运费|租金|经营|企业|机构|商户|经营者|公司|单位|茶企|单价|报价")
_PRICE_GUARD = re.compile(r"定价目录|政府定价|政府指导价|价格主管部门|发展(和)?改革|发改|价格法|《[^》]{2,40}》|最低收购价|"
                          r"倾销|低于成本的?(价格|报价)|投标报价|投标人|竞标|最低工资|工资|薪酬|报酬|补贴|补助|奖励|资助|补偿|赔偿|征收|"
                          r"协商|自主|自行确定|明码标价|哄抬|市场调节价|保障性住房|公共租赁|公办|公立|行政事业性收费|"
                          r"(不得|禁止|严禁)[^，。；]{0,6}(规定|统一|干预|限定|设定)")


def price_floors(sentence: str, header: str = "") -> list[tuple[int, int, str]]:
    """The spans at which ``sentence`` floors, ceils or fixes a competitive market's price, with the guard if
    lawful."""
    m = _FLOOR.search(sentence)
    if m is None or not _MARKET_PRICE.search(header + sentence):
        return _fixed(sentence, header)
    both = header + sentence
    if _pinned(sentence) and not _CATALOGUE.search(both):
        # (round 27 wave 2: a price a body pins — the businesses' own price shut, a cap in figures — is no catalogue price
        # by the price authority's name alone: 课时收费标准由县发展改革局统一核定，每课时收费不得高于40元)
        both = PRICE_AUTHORITY.sub("", both)
    if "参考价" in m.group(0):
        # a reference price made a floor is no catalogue price, whoever publishes it; dumping is selling below cost
        both = re.sub(r"发展(和)?改革|发改|价格主管部门|(?<!低于成本的)(?<!低于成本)低价倾销", "", both)
    elif re.match(rf"{_PRICE}[^。；，]{{0,6}}?[，,]?由|(不得|不能|不准|严禁)低于", m.group(0)):
        # a price a body sets is lawful by the catalogue or the price law the sentence names, not by the body's name
        both = re.sub(r"发展(和)?改革|发改", "", both)
    guard = "lawful_price" if _PRICE_GUARD.search(both) or _protected(sentence, m.start()) else ""
    return [(m.start(), m.end(), guard)]


_MARKET_PARTY = re.compile(rf"{_ORG}|经营|经营者|商户|业主|经纪|中介|租赁|服务|营利性|幼儿园|民宿|客房|零售|销售|利率|费率|贷款|典当|担保")
# the government buys and sets what it pays (购买主体根据服务成本核定); the parties agree (双方协商确定)
# (round 28 wave 2: not the parties' deal shut — 流转双方不得另行约定价格 is the fixing's own door, not their bargaining)
_OWN_DEAL = re.compile(r"购买主体|采购人|购买方|委托方|购买服务|(双方|当事人|各方|供需双方)(?:(?!不得|不能|无权|不准|严禁|禁止)[^，。；]){0,12}(协商|议定|约定)|"
                       r"(?<!不得)(?<!不能)(?<!无权)(自主|自行)(定价|确定|制定)|明码标价|哄抬|低于成本|倾销|投标|工资(?!的)|薪酬|补贴|补助|奖励")


# the price authority by its names (价格法 第十八条: it sets the catalogue's prices) — its name alone is no catalogue price
# where the price is pinned (above) or the market's (review/norms/allotment.py)
PRICE_AUTHORITY = re.compile(r"发展(和)?改革|发改|价格主管部门")


def _pinned(sentence: str) -> bool:
    return re.search(rf"{_SHUT_PRICE}|核定为|确定为|(不得|不能|不准)(高于|超过|低于)[^。；，]{{0,4}}?[\d一二三四五六七八九十百千万两]", sentence) is not None


# round 31 wave 2 (fcw2): … or a price list an association makes for the whole trade (县家政服务行业协会应当……制定家政服务
# 收费价目表，全县家政服务机构统一执行; 搭建服务价格，由市会展行业协会统一核定后公布，会员单位不得低于核定价格): the
# association fixes what its members charge, the government ordering it — 反垄断法 第二十一条 (行业协会不得组织经营者
# 从事垄断行为), 第十七条第（一）项; 公平竞争审查条例 第十一条第（一）项. The slots: the fixer an association by its
# name's end, the act of fixing, a price noun, and all held to it (统一执行, 不得低于/高于). Look-alikes: a code of conduct
# with no price, a protective ban (不得组织……固定价格), a catalogue price, the parties' own deal.
_TRADE_BODY = r"(?:协会|商会|联合会|同业公会)"
_TRADE_FIXING = re.compile(rf"{_TRADE_BODY}[^。；]{{0,24}}?(统一)?(制定|核定|确定|商定|议定|公布)[^，。；]{{0,10}}?{_PRICE_NOUN}|"
                           rf"{_PRICE_NOUN}[^，。；]{{0,6}}[，,]?由[^，。；]{{0,16}}?{_TRADE_BODY}[^，。；]{{0,4}}?(统一)?(制定|核定|确定|商定|议定)")
_ALL_HELD = re.compile(r"统一执行|一律执行|遵照执行|(不得|不能|不准)(低于|高于|超过|突破)")


def _trade_fixed(sentence: str, header: str) -> list[tuple[int, int, str]]:
    """The span at which ``sentence`` has an association fix the trade's price, all held to it, with the guard if
    lawful."""
    m = _TRADE_FIXING.search(sentence)
    if m is None or not _ALL_HELD.search(sentence, m.end()):
        return []
    both = header + sentence
    guard = "lawful_price" if _CATALOGUE.search(both) or _OWN_DEAL.search(both) or _protected(sentence, m.start()) else ""
    return [(m.start(), m.end(), guard)]


def _fixed(sentence: str, header: str) -> list[tuple[int, int, str]]:
    """The span at which ``sentence`` has a body fix a price a business charges, or submit its change to a body, with
    the guard if lawful (a catalogue price, the government's own purchase, the parties' own deal, a protective ban)."""
    m = _FIXING.search(sentence)
    if m is None or not _MARKET_PARTY.search(header + sentence):
        return _trade_fixed(sentence, header)
    both = header + sentence
    guard = "lawful_price" if _CATALOGUE.search(both) or _OWN_DEAL.search(both) or _protected(sentence, m.start()) else ""
    return [(m.start(), m.end(), guard)]


def _protected(sentence: str, at: int) -> bool:
    lo = start_after(sentence, at, "，,；;：:")
    return re.search(r"不得|严禁|禁止|不准|任何单位", sentence[lo:at]) is not None


# ---- ELEMENT FAVOUR (round 28, fcfee28): an element's price or a fee eased for a class of businesses the document
# selects — by origin, size, newness, rank or a list — with no figure needed (对新引进的规模以上工业企业，供电企业在核定
# 电价基础上给予优惠价; 对本县户籍人员创办的企业，用水价格在核定价格基础上给予优惠): 公平竞争审查条例 第十条第（三）项
# (要素获取、行政事业性收费方面的优惠), 第十一条第（二）项. The slots, open: the class, a market actor by its name's end
# with a modifier that selects (not 所有/各类/全部; not households); the element, a supply by its morpheme (水、电、气、热、
# 暖、用地、地价、租金、运价) or a charge by its ending (……费, 收费); the favour (优惠, 减免, 免收, 减半, 优先保障, 按……折,
# 低于……价). Look-alikes: a basis or a national or provincial policy cited, a price for residents or households in need,
# a favour every user gets.
_SELECTED = re.compile(r"^(?:第[一二三四五六七八九十百零〇\d]+条[\s　]*)?(?:对|凡|对于)?(?P<cls>[^，。；]{2,30}?"
                       r"(?:企业|公司|经营者|商户|项目|厂商|总部|园区))(?:[^，。；]{0,4}?)[，,]")
_EVERYONE = re.compile(r"符合[^，。；]{0,6}(?:条件|标准|要求|规定)|依法|所有|各类|全部|一切|全体|全县|全市|全区|各(?:个)?(?:企业|用户|经营)|不分|不论|无论|同等|一视同仁")
# (a class the national law itself favours: 小微企业, 中小企业 — 促进中小企业发展法; households, not businesses)
_NOT_SELECTED = re.compile(r"小微|中小|个体工商户|居民|家庭|住户|低保|特困|困难|残疾|农户|养老|学校|医院|福利|公益|非营利")
_ELEMENT = re.compile(r"(?:用|供|生产)?(?:水|电|气|热|暖)(?:价|价格|费)?|电价|气价|水价|热价|用地|地价|土地|租金|运价|运费|"
                      r"要素|收费|[\u4e00-\u9fff]{1,6}费(?![用])|费用")
_FAVOUR = re.compile(r"优惠|减免|免收|免缴|免征|减半|减收|优先保障|优先供应|优先安排|(?:按|以)[^，。；]{0,12}?[\d一二三四五六七八九]折|"
                     r"低于[^，。；]{0,10}(?:价|价格|标准)|下浮|让利")
_POLICY_CITED = re.compile(r"《[^》]{2,40}》|(?:依照|依据|根据|按照|执行)[^，。；]{0,12}(?:国家|省|法律|法规|规定|政策)|国家[^，。；]{0,6}政策|"
                           r"(?:依法|法定)(?:减免|免征|优惠)")


def element_favours(sentence: str, header: str = "") -> list[tuple[int, int, str]]:
    """The spans at which ``sentence`` eases an element's price or a fee for a class of businesses it selects, with
    the guard if lawful."""
    m = _SELECTED.search(sentence)
    if m is None:
        return []
    cls = m.group("cls")
    if _EVERYONE.search(cls) or _NOT_SELECTED.search(cls) or not re.search(r"[\u4e00-\u9fff]{2}", cls[:-2]):
        return []
    rest = sentence[m.end():]
    f = _FAVOUR.search(rest)
    if f is None:
        return []
    e = _ELEMENT.search(rest, 0, f.end() + 8)
    if e is None or re.search(r"补贴|补助|奖励|资助|贴息", rest[:f.start()][-6:] + f.group(0)):
        return []
    both = header + sentence
    guard = "statute" if _POLICY_CITED.search(both) or _EVERYONE.search(rest[:f.start()]) else ""
    if _protected(sentence, m.end() + f.start()):
        guard = "protective"
    end = m.end() + f.end()
    return [(m.start("cls"), end, guard)]


# round 28 (speed28): the costliest of these searches skip a text without the keys every match must contain
# (review/firstchars.Keyed: exact; measured by bench/reading_budget.py)
(_CATALOGUE, _LOCAL_GUARD, _OUTFLOW, _OUTSIDE_USE, _OWN_DEAL) = \
    map(Keyed, (_CATALOGUE, _LOCAL_GUARD, _OUTFLOW, _OUTSIDE_USE, _OWN_DEAL))
