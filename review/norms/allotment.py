"""Two more effects of a sentence, read from the closed-class grammar of a norm (review/norms/effect.py holds the
others and calls these):

* ``reserve`` — a market activity of businesses or consumers reserved to one provider: an assignment (由/交由/委托/
  限定为/只能在 … a provider named by the closed class of the ends of organisation names) marked as affiliated or
  single (所属/下属/国有/城投/指定的/唯一/独家/一家) together with an exclusion of others or of the parties' own choice
  (不得另行/自行委托, 其他……不得, 不再引入), or with 统一/一律/原则上 for an affiliated provider; or a benefit limited by
  ownership (限于公办/国有; 民办……不纳入).  Lawful look-alikes: a prohibition of the reservation, the government's
  own procurement (政府采购, 集中采购), equal treatment (同等, 平等, 一视同仁, 公平竞争), a cited basis.
* the power a body gives itself or the duty it sheds: ``intrude`` — a body replaces, removes or appoints the members
  of a private party's own organ (业主委员会, 理事会, 股东会 …), or a state firm's own business is made to wait for an
  official's approval; ``final`` — a body's mediation or handling made binding on the parties; ``beyond`` — a demand
  for material beyond the list (目录/清单/规定以外的材料); ``shed`` — a public body excludes its own duty or
  liability (不承担……责任; 不再调查，以……为准).  Look-alikes: a protective negation, a cited basis, 人民调解/仲裁/
  法院 (the law's own binding force), guidance and assistance, the owner's decision on major matters under 企业国有资产法,
  责任 excluded only after duty done (尽职, 依法履职).
* round 16 (concepts16): ``fix`` — a body fixes the prices, wages or contract terms of private parties (由县民政局统一核定
  民办养老机构的收费标准; 人工单价由县住建局统一规定) and excludes their own setting (不得自行调整, 一律执行, 按此签订);
  ``select`` — a body picks the winner of an award outside the statutory procedure (另行指定中标人; 直接确定……不受评审
  结果限制; 不再进行招标; 无需招标拍卖挂牌).  Look-alikes: a price the law lets government fix (定价目录, 价格法, the price
  authority), public providers and subsidised housing, guidance for the parties' bargaining (指导线, 参考), the parties'
  own setting (自主确定); the procedure kept (按照排序, 依次), the law's own exceptions (单一来源, 限额以下, 抢险救灾),
  a protective negation, a cited basis.

Pure: a sentence in, ``(kind, start, end, guard)`` spans out; effect.py makes them ``Effect``s.
"""

from __future__ import annotations

import re

from ..firstchars import Keyed
from ..sentences import end_before, start_after
from .competition import PRICE_AUTHORITY, _MARKET_ACT as _SOLD

# ---- reservation of a market activity
_ORG_END = r"(?:有限责任公司|有限公司|公司|企业|集团|机构|单位|银行|中心|服务部|厂|社|馆|站|主体|经营者|运营商|服务商|供应商|酒店|饭店|景区)"
_ASSIGN = re.compile(r"(原则上|一律|统一|全部|均|确定|只能|只得|仅|只)?(由|交由|委托|限定为|限定于|限于|仅限于?|只能在|只能由|只能向|只能到|确定由|作为|安排在|放在|定点在)"
                     rf"([^，。；]{{0,30}}{_ORG_END})")
# without an exclusion, only a firm is read as reserved a market (由机关事务局所属服务中心统一管理 is the body's own work)
_FIRM_END = re.compile(r"(公司|企业|集团|银行|厂|服务部|主体|经营者|运营商|服务商|供应商|宾馆|酒店|饭店|景区)$")
# public money or public bodies' own buying, where 应当 alone reserves it (各部门组织的会议应当安排在县旅游集团所属酒店) — round 16
_PUBLIC_BUYER = re.compile(r"各(乡镇|部门|单位|机关)|机关|财政资金|政府投资|国有资金|公务")
_AFFILIATED = re.compile(r"所属|下属|旗下|直属|国有|国资|城投|城发|县属|市属|区属|(指定|确定|选定)的|一家|唯一|独家")
_SINGLE = re.compile(r"唯一[^，。；]{0,6}主体|独家|限定为")
_UNIFORM = re.compile(r"统一|一律|原则上|独家|集中|只能|全部")
_EXCLUDE = re.compile(r"不得(另行|自行|擅自)?[^，。；]{0,8}?(委托|聘请|选择|选定|购买|购入|订购|订餐|采购|开设|引入|进入|收购|从事|经营|承接|提供|供货|供应|销售|配送)|"
                      r"(其他|别的|外部|另外的|社会)[^，。；]{0,12}(不得|不再|不能|不予|一律不)|"
                      r"不再(引入|引进|批准|新设|准入|增加|招引)|不得另行|不得自行|不得(到|在|去|向|从)(其他|别的|外部|外地)")
_OWNERSHIP_ONLY = re.compile(r"(限于|仅限于?|只限于?|仅面向|只面向|仅对|只对|仅向|只向)[^，。；]{0,16}(公办|国有|国资|县属|市属|区属)|"
                             r"(民办|民营|私营|非公|社会力量|社会资本)[^，。；]{0,16}(不纳入|不享受|不予|不列入|不得享受|不在[^，。；]{0,10}范围)|"
                             # round 23 (fc23): the private operator named first, its exclusion after a comma or as a bar on
                             # taking part (社会力量举办的中医诊所，不纳入……遴选范围; 非公立医疗机构不得申报……项目)
                             r"(民办|民营|私营|非公|社会力量|社会资本|私立)[^，。；]{0,16}[，,]?(不纳入|不列入|不参与|不参加|不得(申报|申请|参与|参加|承接|纳入|列入))(?![^，。；]{0,6}(营利|违法))|"
                             r"优先(选择|选用|采购|考虑|安排|委托|确定)[^，。；]{0,8}(国有|县属|市属|区属|国资)")
_PUBLIC_OWNED = re.compile(r"公办|国有|国资")
_RESERVE_GUARD = re.compile(r"不得[^，。；]{0,6}(限定|指定|限制|排斥|强制|要求)|任何单位|营利性|政府采购|集中采购|采购目录|同等(?!条件)|平等|一视同仁|"
                            r"公平竞争|不因[^，。；]{0,10}(性质|所有制)|均可|自主选择|《[^》]{2,40}》")
_EQUAL = re.compile(r"同等(?!条件)")


# searched only in a text that holds a key their matches need (``firstchars.Keyed``, exact): every sentence a rule asks
# about the effects of is read by these, and they open with an optional word, which the regex engine tries everywhere
_ASSIGN, _OWNERSHIP_ONLY = Keyed(_ASSIGN), Keyed(_OWNERSHIP_ONLY)


def reservations(sentence: str) -> list[tuple[int, int, str]]:
    """The spans at which ``sentence`` reserves a market activity to one provider, with the guard if lawful."""
    guard = "protective_or_open" if _RESERVE_GUARD.search(sentence) else ""
    out = []
    exclusion = _EXCLUDE.search(sentence)
    for m in _ASSIGN.finditer(sentence):
        provider = m.group(0)
        marked = _AFFILIATED.search(provider) or _SINGLE.search(sentence[max(0, m.start() - 4):m.end() + 8])
        if not marked:
            continue
        tail = sentence[m.end():m.end() + 8]
        uniform = _UNIFORM.search(provider + tail) or (re.search(r"(应当|须|必须)$", sentence[max(0, m.start() - 3):m.start()])
                                                         and _PUBLIC_BUYER.search(sentence[:m.start()]))
        if exclusion or (uniform and _AFFILIATED.search(provider) and _FIRM_END.search(provider)):
            out.append((m.start(), m.end(), guard))
            break
    if not out:
        for m in _OWNERSHIP_ONLY.finditer(sentence):
            lo = start_after(sentence, m.start(), "，,；;：:")
            if m.group(0)[:1] in "民私非社" and _PUBLIC_OWNED.search(sentence[lo:m.start()]):
                continue    # 公办学校以及政府向民办学校购买的学位不予录取: both kinds named alike, none singled out
            out.append((m.start(), m.end(), guard))
            break
    return out


# ---- power a body gives itself, duty it sheds
# the organs of a private party (owners, members, shareholders) and their members
_PRIVATE_ORGAN = re.compile(r"业主(大会|委员会)|股东(大)?会|董事会|理事会|监事会|会员(代表)?大会|社员(代表)?大会|合作社|协会|商会|"
                            r"职工(代表)?大会")
_PERSONNEL = re.compile(r"(直接|可以|有权|予以|负责)?(更换|撤换|罢免|免去|免除其|解散|改组|改选|任免|任命|指定新|提名并决定|"
                        r"(审定|决定|确定|指定)[^，。；]{0,16}人选)")
# a body deciding a private party's internal affairs: its distribution, pay, officers, statutes, plans
_OWN_AFFAIRS = re.compile(r"(决定|核定|审定|统一核定|统一确定)[^，。；]{0,16}(利润分配|分配比例|分红|薪酬|工资标准|人选|章程|招生计划|经营计划|内部)|"
                          r"(利润分配|分配比例|分红|薪酬|工资标准|人选|章程|招生计划|经营计划)[^，。；]{0,12}(统一核定|统一确定|统一审定)")
_PRIVATE_PARTY = re.compile(r"企业|民办|合作社|协会|商会|商户|业主")
_INTRUDE_GUARD = re.compile(r"指导|协助|不得|《[^》]{2,40}》|依法|依照|(由|经)(业主|股东|会员|社员|成员)[^，。；]{0,8}(决定|罢免|选举|表决)")
# a state firm's own business made to wait for an official's approval (the owner decides major matters under law)
_STATE_FIRM = re.compile(r"国有(独资|控股)?(企业|公司)|国企|(县|市|区)属企业|平台公司")
_OFFICIAL_APPROVAL = re.compile(r"(须|需|应当|必须|均须|一律)[^，。；]{0,4}(报|经|由)[^，。；]{0,20}?(领导|负责人|市长|县长|区长|局长|书记|主任)"
                                r"[^，。；]{0,8}?(审定|审批|批准|同意|签字|签批|审核)")
_MAJOR = re.compile(r"薪酬|负责人的?(任免|考核)|合并|分立|改制|上市|注册资本|发行债券|重大投资|大额担保|重大财产|解散|破产|出资人|企业国有资产法|国有资产监督管理|"
                    r"国资委|重大事项|三重一大")
# a body's handling of a dispute between private parties made binding on them
_BINDING = re.compile(r"(意见|结论|结果|决定|方案)[^，。；]{0,12}(对|于)[^，。；]{0,10}(双方|当事人|各方)[^，。；]{0,4}(具有|有)[^，。；]{0,4}"
                      r"(强制)?(约束力|法律效力|执行力)|强制约束力|"
                      r"(意见|结论|结果|决定)[^。；]{0,4}[，,]?(双方|当事人|各方)[^，。；]{0,4}(必须|应当|均应|须)(执行|履行|遵照执行|服从)")
_BINDING_GUARD = re.compile(r"人民调解|仲裁|人民法院|司法确认|《[^》]{2,40}》|调解协议|复议|判决|裁定书|自愿")
# … between private parties: a dispute of theirs, not the body's own decision on one party (which the law makes binding)
_BETWEEN = re.compile(r"纠纷|争议|双方|各方|矛盾")
_HANDLER = re.compile(r"调处|调解|协调|处理|裁决|裁定|认定")
# a demand for material beyond the list
_BEYOND = re.compile(r"(目录|清单|规定|列明|所列|法定|规范)[^，。；]{0,12}(以外|之外)的[^，。；]{0,8}(材料|资料|文件|证明|报告|条件|证件)")
_DEMAND = re.compile(r"要求|提交|提供|补充|补正|出具")
# a public body's own duty or liability excluded
# (round 28, power28: not a duty kept — 运营企业承担安全主体责任不免除县体育局的监管责任, the body's own duty stated of itself)
_SHED = re.compile(r"(不承担|不负|(?<![不未])免除|免于承担|不再承担|概不承担)[^，。；]{0,8}?责任|概不负责|"
                   r"不再(开展|进行|组织|实施)?[^，。；]{0,6}(调查|核查|核实|审查|入户)[^。；]{0,6}[，,][^。；]{0,30}以[^。；]{0,30}为准")
_SHED_GUARD = re.compile(r"尽职|履职尽责|依法履行|已经履行|已履行|不可抗力|另有规定|《[^》]{2,40}》|不得|"
                         # round 25 (power25): the duty kept whatever else is done (不因委托……日常管护而免除其监管责任)
                         r"不因[^，。；]{0,24}?而(?:免除|减轻|不再)")
_PUBLIC_BODY = re.compile(r"人民政府|政府|办事处|街道|乡镇|部门|机关|(?<!业主)委员会|局|厅|办公室|站|派出所|中心")


def _protected(sentence: str, at: int) -> bool:
    lo = start_after(sentence, at, "，,；;：:")
    return re.search(r"不得|严禁|禁止|不准|任何单位", sentence[lo:at]) is not None


_PERSONNEL, _BINDING, _STATE_FIRM, _SHED = Keyed(_PERSONNEL), Keyed(_BINDING), Keyed(_STATE_FIRM), Keyed(_SHED)


def powers(sentence: str, header: str = "") -> list[tuple[str, int, int, str]]:
    """The spans at which ``sentence`` (a list item under ``header``) gives a body power over private parties' own
    affairs or sheds its own duty: ``(kind, start, end, guard)``."""
    out: list[tuple[str, int, int, str]] = []
    both = header + sentence
    for m in _PERSONNEL.finditer(sentence):
        if _PRIVATE_ORGAN.search(both) and _PUBLIC_BODY.search(header + sentence[:m.start()]):
            guard = "law_or_guidance" if _INTRUDE_GUARD.search(sentence) or _protected(sentence, m.start()) else ""
            out.append(("intrude", m.start(), m.end(), guard))
            break
    if not out and _PRIVATE_PARTY.search(both):
        m = _OWN_AFFAIRS.search(sentence)
        if m and _PUBLIC_BODY.search(header + sentence[:m.start()]) and not _protected(sentence, m.start()):
            out.append(("intrude", m.start(), m.end(), "owner_major" if _STATE_FIRM.search(both) or re.search(
                r"《[^》]{2,40}》|依法|依照|价格法|政府定价|国有", sentence) else ""))
    if _STATE_FIRM.search(both) or _PRIVATE_ORGAN.search(both):
        m = _OFFICIAL_APPROVAL.search(sentence)
        if m:
            out.append(("intrude", m.start(), m.end(), "owner_major" if _MAJOR.search(both) else ""))
    m = _BINDING.search(sentence)
    if m and _HANDLER.search(sentence[:m.end()]) and _BETWEEN.search(both):
        out.append(("final", m.start(), m.end(),
                    "law_describes" if _BINDING_GUARD.search(sentence) or _protected(sentence, m.start()) else ""))
    m = _BEYOND.search(sentence)
    if m and _DEMAND.search(sentence):
        out.append(("beyond", m.start(), m.end(), "protective" if _protected(sentence, m.start()) or
                    re.search(r"不得|无须|不需|不再要求|自愿", sentence) else ""))
    m = _SHED.search(sentence)
    if m and _PUBLIC_BODY.search(header + sentence[:m.start()]):
        out.append(("shed", m.start(), m.end(),
                    "duty_done" if _SHED_GUARD.search(sentence) or _protected(sentence, m.start()) else ""))
    return out


# ---- round 16: private parties' terms fixed by a body; an award made outside the procedure
_TERMS = re.compile(r"费标准|费用标准|工资|薪酬|薪资|报酬|劳务费|收费标准|收费|价格|售价|租金|承包金|单价|费率|服务费|培训费|床位费|护理费|运价|票价")
# the body that fixes them (由/经/报 … a public body … 统一核定/制定/定价/规定/确定/审定)
_FIXING_BODY = r"(人民政府|政府|办事处|街道|乡镇|局|委员会|(?<![业])委|办公室|指挥部|管委会)"
_FIXER = re.compile(r"(由|经|报)[^，。；]{0,24}?" + _FIXING_BODY + r"[^，。；]{0,4}?"
                    r"(统一|集中)?(核定|制定|定价|规定|确定|审定|核准)|"
                    # round 45 (power45): … or the body named first, putting the price under one it sets (县商务局对……服务套餐
                    # 价格实行统一定价)
                    + _FIXING_BODY + r"[^，。；]{0,4}?对[^，。；]{1,30}?实行(统一)?(定价|核价|限价)")
# … and the parties' own setting excluded
_OWN_SETTING = re.compile(r"不得(自行|擅自|另行|私自)[^，。；]{0,4}(调整|变动|变更|约定|协商|确定|改变|提高|降低|浮动|上调|下调|议价|定价)|"
                          r"一律(执行|按此)|(应当|须|必须)(按|按照)(此|该)[^，。；]{0,8}(签订|执行|结算|支付|发放)|"
                          # round 45 (power45): … or held to the body's figure in so many words (经营者应当按核定标准收费;
                          # 各服务商应当按照统一价格执行)
                          r"(应当|须|必须|一律)(按|按照)(核定|统一|规定)的?[^，。；]{0,4}(标准|价格|价)(执行|收费|收取|计收|结算)|"
                          # … or the body's figure executed once it is fixed (由……统一核定后执行)
                          r"统一(核定|制定|确定)后(执行|实施)")
# (round 45, power45: … and the private parties by their kind — 经营主体, 服务商, 运营方, 托育机构, 营利性, 社会资本/社会力量举办)
_PRIVATE_TERMS = re.compile(r"企业|民办|经营者|出租人|承租人|公司|商铺|商户|总承包|劳务|养老机构|培训机构|个体|私营|用人单位|出租汽车|驾驶员|业主|"
                            r"经营主体|服务商|运营方|开办方|托育机构|营利性|民营|社会资本|社会力量")
# a business's price named as the market's (营利性, 民办, 社会资本举办的): the price authority's name alone then makes it no
# catalogue price (价格法 第六条, 第十八条) — only the catalogue, a cited law or a public provider does
_MARKET_NAMED = re.compile(r"营利性|民办|民营|私营|社会资本|社会力量|市场调节价|经营性")
# a price the law lets government fix or guide; public providers and subsidised housing; guidance; the parties' own setting
_FIX_GUARD = re.compile(r"《[^》]{2,40}》|价格法|定价目录|政府定价|政府指导价|医疗保障|(?<!非)公立|公办|"
                        r"保障性住房|公共租赁|廉租|经济适用|安置住房|指导线|参考|最低工资|集体协商|(?<!不得)(自主|自行)(确定|定价|制定)|依法|依照|"
                        r"另有规定|财政|行政事业性收费")
# an award and the procedure it skips
_PICK = re.compile(r"(另行|直接|自行|径行|径直)(指定|确定|选定|选择|决定)")
_OUTSIDE = re.compile(r"不受[^，。；]{0,8}(评审|评标|招标|比选|磋商|谈判)[^，。；]{0,4}(结果)?[^，。；]{0,2}(限制|约束)|"
                      r"不再(进行|组织|履行)?[^，。；]{0,4}(招标|评审|评标|比选|磋商|采购程序)|"
                      r"(无需|无须|不需|不必|免于|不经)(进行|组织|履行)?[^，。；]{0,4}(招标|拍卖|挂牌|评审|评标|比选|磋商|公开竞价|采购程序)|"
                      r"(评审|评标|磋商|比选)(结果|意见|报告)[^，。；]{0,4}仅(供|作)参考|"
                      r"(评审|评标|磋商|比选|谈判|招标)(结果|报告|名单)?[^，。；]{0,6}(之外|以外)|"
                      r"认为[^，。；]{0,24}(不合适|不适宜|不满意|不符合要求)|"
                      # round 44 (concept44): a supervising body that disagrees with the result or the candidates takes the
                      # award over (对……推荐的中标候选人有异议的，可以直接指定……; 直接改变评审结果，另行确定中标供应商):
                      # 招标投标法 第四十条 leaves the choice to the 招标人 among the candidates the committee recommends
                      r"(对|就)[^，。；]{0,24}(中标候选人|成交候选人|中标结果|成交结果|评审结果|评标结果)[^，。；]{0,4}有(异议|不同意见)|"
                      r"(改变|变更|推翻|否决)[^，。；]{0,4}(评审|评标|磋商|比选)(结果|意见|报告)")
_AWARD = re.compile(r"中标|成交|供应商|供应企业|施工单位|承接单位|承包|受让人|服务商|运营单位|监理|设计单位|采购|招标|评审|评标|磋商|比选|出让")
_SELECT_GUARD = re.compile(r"《[^》]{2,40}》|单一来源|限额(标准)?以下|限额标准|按照?[^，。；]{0,6}(排序|顺序)|依次|抢险|救灾|应急|"
                           r"国家安全|国家秘密|另有规定|依法")


def terms_and_awards(sentence: str, header: str = "") -> list[tuple[str, int, int, str]]:
    """The spans at which ``sentence`` has a body fix private parties' terms (``fix``) or pick an award's winner
    outside its procedure (``select``): ``(kind, start, end, guard)``."""
    out: list[tuple[str, int, int, str]] = []
    both = header + sentence
    m = _FIXER.search(sentence)
    if m and _TERMS.search(both) and _PRIVATE_TERMS.search(both) and _OWN_SETTING.search(sentence):
        authority = PRICE_AUTHORITY.search(both) and not _MARKET_NAMED.search(both)
        guard = "lawful_price" if authority or _FIX_GUARD.search(both) or _protected(sentence, m.start()) else ""
        out.append(("fix", m.start(), m.end(), guard))
    for m in _PICK.finditer(sentence):
        if not (_OUTSIDE.search(sentence) and _AWARD.search(both)):
            break
        guard = "procedure_kept" if _SELECT_GUARD.search(both) or _protected(sentence, m.start()) else ""
        out.append(("select", m.start(), m.end(), guard))
        break
    return out


# ---- round 16: a market actor or product required to be local (K8 of tests/fixtures/rewordings/concepts16.toml)
# the place (a closed class like review/lexicons/market.toml ``local``: keep the two in step)
_HERE = r"(?:本县|本市|本区|本省|本地|本镇|县内|市内|区内|县域内?|市域内|县城区|县城|城区|当地|我县|我市|我区|辖区内)"
# … joined to what makes an actor or a thing local: registered, built, made, housed or trading here
_LOCAL_ACTOR = re.compile(rf"{_HERE}[^，。；]{{0,10}}?(注册|登记|设立|设厂|投资设厂|生产|加工|制造|出产|种植|养殖)[^，。；]{{0,14}}?"
                          r"(企业|公司|厂家|厂商|产品|车型|商品|供应商|经营者|农产品|原料)|"
                          rf"在{_HERE}[^，。；]{{0,12}}?(设有|拥有|具有|有|建有|连续经营|经营)[^，。；]{{0,16}}?(场所|门店|网点|办公|站|厂|基地|仓库|场地|机构|车间|生产线)|"
                          # round 42 (lead42): … or the goods' origin named as a local producer (采购的……应当来源于本县……
                          # 屠宰厂; 所用苗木应当产自本市苗圃基地): where a thing comes from, not who sells it
                          rf"(?:来源于|来自|产自|出自|采购自|购自|购进自|取自){_HERE}[^，。；]{{0,14}}?"
                          r"(企业|公司|厂|场|基地|合作社|供应商|经营者|苗圃|农户)")
# … demanded of whoever takes part in buying, selling, bidding or supplying
# (round 34, fc34: … or a benefit or an assignment confined to the local ones — 补贴仅适用于在本县设有生产基地的企业
# 生产的机具: a demand by its restriction, 公平竞争审查条例 第九条第（四）项)
_DEMAND_LOCAL = re.compile(r"(应当|须|必须|需|只能|限于|仅限于?|一律|原则上|均应|(仅|只)(适用于|面向|对|向|用于))")
_MARKET_ACT = re.compile(r"采购|选用|购置|购买|使用|所用|供应|投标|竞标|招标|参与|参加|承接|承揽|供货|进货|配送|服务|项目|"
                         # round 36 (fc36): public work a body hands out, of a service a market sells (承担政府补贴性职业
                         # 技能培训任务的培训机构 — not 防汛抢险任务, a duty): the services as designations reads them
                         rf"承担[^，。；]{{0,10}}?(?:{_SOLD.pattern})[^，。；]{{0,4}}?(任务|业务)")
# … or whoever enters the market here: a licence, permit or filing applied for, trading or operating (车辆应当为本市企业
# 生产的车型 for a 网约车运输证: 公平竞争审查条例 第九条第（一）项) — not the county's own money given to its firms (补贴,
# 扶持资金, 奖励: a subsidy scheme's own eligibility, read by the subsidy rules)
_MARKET_ENTRY = re.compile(r"申请[^，。；]{0,12}(证|许可|准入|备案|资质|牌照)|申请(设立|开办|举办)|营运|运营|准入|经营|销售|入市|进入")
_PUBLIC_MONEY = re.compile(r"补贴|补助|扶持|奖励|奖补|资金|贴息|申报")
_LOCAL_GUARD = re.compile(r"《[^》]{2,40}》|依法|鼓励|引导|支持|优先支持|不得[^，。；]{0,8}(要求|限定|限制|指定|排斥|设置|以)|不因|平等|同等(?!条件)|一视同仁|"
                          r"公平竞争|不论|无论|县内外|内外资|地理标志|原产地|产地证明|"
                          # round 27 (fcagency27): the winner setting up the project's own company after the award (基础设施
                          # 和公用事业特许经营管理办法 第十八条): a duty of performance, no gate of taking part
                          r"(中标|中选|成交|选定的|特许经营者|社会资本方)[^。；]{0,24}(设立|成立|组建|注册)[^，。；]{0,4}项目公司")


# round 30 (money30): … or a record, a person or a payment the actor must have here — works done here (近三年在本市……
# 同类工程业绩; 具有在本市完成的……业绩), its key staff registered here (项目负责人应当为本市注册建造师), its tax or social
# insurance paid here (税收和社会保险费在县内缴纳; 主要技术人员社会保险在本市缴纳), or a company set up on the spot (应当就地
# 设立……子公司): 公平竞争审查条例 第九条; 招标投标法实施条例 第三十二条第二款第（三）项; 政府采购法实施条例 第二十条
# (set F's bw and bz writers). Whoever takes part in a market (_MARKET_ACT); the demand before the tie or the place
_BENEFIT = r"扶持|奖励|补贴|补助|奖补|资助"
# … where the stake is a benefit, only a tie the firm must newly make here — a company set up, an investment landed, its
# tax relation moved (须在……举办地设立……分公司) — not a status the county's own scheme may ask (在本县注册登记、纳税的
# 企业 is who a county's fund is for), nor a person's social insurance (申请人才公寓补贴的，须在本县缴纳社会保险)
_FIRM_TIE = re.compile(r"设立|落地|关系")
_FIRM = re.compile(r"企业|公司|机构|经营者|商户|供应商|服务商|承包商|事务所|运营商")
_TIED = re.compile(rf"(?:{_HERE}|就地|在当地)[^，。；]{{0,24}}?(?:业绩|注册(?:的)?[^，。；]{{0,4}}?(?:建造师|工程师|执业|人员)|"
                   r"(?:依法)?纳税|(?:税收|税款|社会保险费?|社保)[^，。；]{0,4}?缴纳|缴纳[^，。；]{0,4}?(?:税收|税款|社会保险费?|社保)|"
                   r"设立[^，。；]{0,14}?(?:子公司|分公司|分支机构|法人)|"
                   # (round 30, lead: the firm itself registered here — 须在本县注册登记)
                   r"(?:注册登记|登记注册|工商登记))|"
                   rf"(?:业绩|(?:税收|税款|社会保险费?|社保))[^，。；]{{0,4}}?(?:在|于){_HERE}(?:完成|缴纳|取得)?|"
                   # (… or its tax relation moved here: 将税收关系迁入本县; 公平竞争审查条例 第九条)
                   rf"(?:税收|纳税|税务)关系[^，。；]{{0,4}}?(?:迁入|转入|迁至|转至|落户|落在|落到){_HERE}|"
                   rf"具有在{_HERE}[^，。；]{{0,8}}?完成的[^，。；]{{0,10}}?业绩|"
                   # round 34 (fc34): … the place named by what ties the firm, before it (注册地和主要技术人员社会保险缴纳地均在
                   # 本县的专业机构; 住所地、纳税地在本市的企业); the activity's own place is here too (须在展会举办地设立
                   # ……分公司; 须在项目所在地设立子公司 — the award's own project company is _LOCAL_GUARD's); or an
                   # investment the firm must land here as the price of taking part (须承诺同步落地……配套项目，方可参加……配置:
                   # 公平竞争审查条例 第九条第（二）项, 强制外地经营者在本地投资经营)
                   rf"(?:注册地|住所地?|登记地|纳税地|生产地|(?:社会保险|社保)(?:费)?缴纳地)[^，。；]{{0,16}}?(?:均|都|须|应当|必须)?(?:在|位于|为|属于){_HERE}|"
                   r"在[^，。；]{0,6}?(?:举办地|所在地)[^，。；]{0,12}?设立[^，。；]{0,14}?(?:子公司|分公司|分支机构|法人)|"
                   r"(?:同步|配套)?落地[^，。；]{0,10}?配套[^，。；]{0,10}?(?:项目|产业)|配套(?:产业|项目)[^，。；]{0,4}?落地")
_TIE_MARKET = re.compile(r"投标|招标|磋商|谈判|比选|采购|供应商|承接|承揽|承储|承建|遴选|竞买|竞标|来县|来市|来区|业务|"
                         # round 34 (fc34): … or public work assigned or entrusted (委托……机构承担, 指派给……事务所承办), or a
                         # resource allotted by competition (竞争性配置)
                         r"委托|指派|承办|配置")
# … or a benefit a firm applies for (申请……扶持资金的展览公司，须在……设立分公司，并将……收入在当地纳税): the tie as the
# benefit's price is 第九条第（二）项's 变相强制 — only a firm's own tie (_FIRM_TIE) of a firm named in the sentence
_TIE_BENEFIT = re.compile(_BENEFIT)


_LOCAL_ACTOR = Keyed(_LOCAL_ACTOR)

# round 31 wave 2 (fcw2): … or a share of what is bought fixed for local goods or firms (应当有不少于百分之七十来自本县粮油
# 企业; 本地产品的采购比例不得低于百分之六十): 公平竞争审查条例 第九条第（一）项 (限制外地商品进入本地市场). The slots: a
# floor on a share (不少于/不低于/至少 + a percentage or 成) and the place of the goods or their seller; the demand by the
# floor itself. Look-alikes: a share encouraged (鼓励/引导), reserved for small firms by law, the national help-buying
# scheme (脱贫地区, 消费帮扶 — no place of the county's own).
_SHARE = r"(?:\d+(?:\.\d+)?\s*[%％]|百分之[一二三四五六七八九十百零〇两\d]+|[一二三四五六七八九]成|一半|半数|[二三四五]分之[一二三四])"
_FLOOR = r"(?:不少于|不低于|不得低于|不得少于|至少|应占|须占)"
# round 34 (fc34): … or of what a firm hires or hands on — its staff drawn from here (项目组成员中本县户籍人员不得少于一半:
# 第九条第（五）项, a discriminatory requirement on outside firms), its work subcontracted to local firms (应当将不低于30%的
# 工程量分包给本村施工队: 第九条第（二）项、第（三）项); the village is a home too where the work is the village's own
_HOME_SHARE = r"(?:本县|本市|本区|本省|本地|本镇|本乡|本村|县内|市内|区内|村内|县域内?|市域内|当地|我县|我市|我区|辖区内)"
_QUOTA = Keyed(re.compile(
    rf"{_FLOOR}[^，。；]{{0,4}}?{_SHARE}[^，。；]{{0,6}}?(?:来自|采购自|购自|产自|出自|为|选用|采购|使用)"
    rf"[^，。；]{{0,2}}?{_HERE}[^，。；]{{0,10}}?(?:企业|公司|厂家|产品|商品|农产品|供应商|经营者)|"
    rf"{_HERE}[^，。；]{{0,10}}?(?:企业|公司|产品|商品|农产品)[^，。；]{{0,10}}?(?:比例|比重|份额|占比)[^，。；]{{0,4}}?"
    rf"(?:不得低于|不低于|不少于|不得少于|应达到|应当达到|须达到)|"
    # round 36 (fc36): a share of what is bought or made here, as a demand or as the mark of a benefit (关键零部件在本市
    # 采购的比例应当不低于百分之六十; 使用本县渔船捕捞原料比例达到百分之八十以上的，……减半收取) — not the economy's own
    # output (生产总值)
    rf"{_HERE}[^，。；]{{0,10}}?(?:采购|购买|购进|购置|捕捞|出产|制造|加工|生产(?!总值))的?[^，。；]{{0,6}}?(?:比例|比重|份额|占比)"
    rf"[^，。；]{{0,4}}?(?:不得低于|不低于|不少于|不得少于|应达到|应当达到|须达到|达到[^，。；]{{0,12}}以上的)|"
    rf"{_HOME_SHARE}(?:户籍|籍|常住户口)?的?(?:人员|员工|职工|劳动力|工人|技术人员|从业人员)[^，。；]{{0,6}}?{_FLOOR}[^，。；]{{0,4}}?{_SHARE}|"
    rf"{_FLOOR}[^，。；]{{0,4}}?{_SHARE}的?[^，。；]{{0,10}}?(?:分包|转包|委托|交由|交给)给?[^，。；]{{0,2}}?{_HOME_SHARE}[^，。；]{{0,10}}?"
    r"(?:企业|公司|施工队|施工单位|供应商|经营者|合作社)"))
# (what a firm hires is a market's only where a firm bears it: 公益性岗位中本县户籍人员不得少于 is the government's own hiring)
_STAFF_SHARE = re.compile(r"人员|员工|职工|劳动力|工人")
_FIRM_PARTY = re.compile(r"企业|公司|机构|供应商|服务商|承包商|施工|中介|事务所|经营者|中标人|投标人")


def local_demands(sentence: str, header: str = "") -> list[tuple[int, int, str]]:
    """The spans at which ``sentence`` (an item under ``header``) demands that a market actor or a thing bought be
    local (made, registered, housed or trading here), with the guard if lawful."""
    q = _QUOTA.search(sentence)
    if q is not None and _STAFF_SHARE.search(q.group(0)) and not _FIRM_PARTY.search(header + sentence[:q.start()]):
        q = None
    if q is not None:
        guard = "open" if _LOCAL_GUARD.search(header + sentence) or _protected(sentence, q.start()) \
            or re.search(r"中小企业|小微企业|脱贫地区|消费帮扶", header + sentence) else ""
        return [(q.start(), q.end(), guard)]
    m = _LOCAL_ACTOR.search(sentence)
    traded = _TIE_MARKET.search(header + sentence) is not None
    if m is None and (traded or _TIE_BENEFIT.search(header + sentence) and _FIRM.search(header + sentence)):
        m = _TIED.search(sentence)
        if m is not None and not traded and not _FIRM_TIE.search(m.group(0)):
            m = None
        if m is not None and not _DEMAND_LOCAL.search(sentence[:m.end()]) and not (header and _DEMAND_LOCAL.search(header)):
            m = None
        # (years of presence here — 在本县连续缴纳社会保险满一年 — are the entry reading's threshold: review/norms/entry.py)
        if m is not None and re.search(r"连续|满[^，。；]{0,3}年", sentence[m.start():end_before(sentence, m.end(), "，,；;。")]):
            m = None
        if m is not None:
            # (依法 of the tender or the tax itself is no basis of the tie: 参加本市依法必须招标的……工程投标; 在本县依法纳税)
            both = re.sub(r"依法(?=(必须)?(进行)?(招标|采购|纳税|缴纳))", "", header + sentence)
            guard = "open" if _LOCAL_GUARD.search(both) or _protected(sentence, m.start()) else ""
            return [(m.start(), m.end(), guard)]
    if m is None or not (_MARKET_ACT.search(header + sentence)
                         or _MARKET_ENTRY.search(header + sentence) and not _PUBLIC_MONEY.search(header + sentence)):
        return []
    demand = [d for d in _DEMAND_LOCAL.finditer(sentence[:m.start()])]
    if not demand and not (header and _DEMAND_LOCAL.search(header)):
        return []
    guard = "open" if _LOCAL_GUARD.search(header + sentence) or _protected(sentence, m.start()) else ""
    return [(m.start(), m.end(), guard)]
