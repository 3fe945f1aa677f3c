"""Upper-law round 29, upperG29 (bench/README.md, "Round 29 — upperG29"): grading by the kind of change.

Once the article is compared, the change is read by its kind whatever the words (review/compare/effects.py, the word
classes as data in grading.toml [effects]): an effect class turned into its opposite (a compensation the article
grants denied; registration against third parties made a condition of validity; a filing made a licence, an approval
a filing), another kind of body consenting (a party's consent given to an organ or a villagers' committee); a deemed
consequence negated (视为受理 → 视为尚未受理); an age written as X周岁以前 read as the greatest age; an exemption the
article grants made a duty wherever the act is read (acts.py); a time limit of some of the article's listed bearers; a
body named for a place no bearer. Articles as read in the corpus (/tmp/c3.db, 2026-12-05)."""

from __future__ import annotations

import pytest

from review.compare import compare
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

RULES = load_packs()
FLOOD = ("依照前款规定调用的物资、设备、交通运输工具等，在汛期结束后应当及时归还；造成损坏或者无法归还的，按照国务院有关规定给予适当"
         "补偿或者作其他处理。取土占地、砍伐林木的，在汛期结束后依法向有关部门补办手续；有关地方人民政府对取土后的土地组织复垦，对砍伐"
         "的林木组织补种。")
LIVESTOCK = ("因畜牧业发展规划、土地利用总体规划、城乡规划调整以及划定禁止养殖区域，或者因对污染严重的畜禽养殖密集区域进行综合整治，确需"
             "关闭或者搬迁现有畜禽养殖场所，致使畜禽养殖者遭受经济损失的，由县级以上地方人民政府依法予以补偿。")
SHIP = "船舶由两个以上的法人、非法人组织或者自然人共有的，应当向船舶登记机关登记；未经登记，不得对抗善意第三人。"
LAND = "土地经营权流转期限为五年以上的，当事人可以向登记机构申请土地经营权登记。未经登记，不得对抗善意第三人。"
RAIL = "在铁路线路上架设电力、通讯线路，埋置电缆、管道设施，穿凿通过铁路路基的地下坑道，必须经铁路运输企业同意，并采取安全防护措施。"
RELAY = "经承包方书面同意，并向本集体经济组织备案，受让方可以再流转土地经营权。"
REGISTRY = "不动产登记机构未当场书面告知申请人不予受理的，视为受理。"
METAL = "收购废旧金属的企业和个体工商户，应当在取得营业执照后15日内向所在地县级人民政府公安机关备案。"
ESTATE = ("住宅物业的建设单位，应当通过招投标的方式选聘物业服务企业；投标人少于3个或者住宅规模较小的，经物业所在地的区、县人民政府"
          "房地产行政主管部门批准，可以采用协议方式选聘物业服务企业。")
ARMY = ("年满十八周岁的男性公民，应当被征集服现役；当年未被征集的，在二十二周岁以前仍可以被征集服现役。普通高等学校毕业生的征集年龄可以"
        "放宽至二十四周岁，研究生的征集年龄可以放宽至二十六周岁。")
FOREST = "农村居民采伐自留地和房前屋后个人所有的零星林木，不需要申请采伐许可证。"
SME = "中小企业以应收账款融资的，机关、事业单位和大型企业应当自中小企业提出确权请求之日起30日内确认债权债务关系，支持中小企业融资。"
REGISTER = "办理市场主体登记、备案事项，应当遵守法律法规，诚实守信，不得利用市场主体登记，牟取非法利益，扰乱市场秩序，危害国家安全、社会公共利益。"
NOTICE = "征地补偿安置方案拟定后，县级以上地方人民政府应当在拟征收土地所在的乡（镇）和村、村民小组范围内公告，公告时间不少于三十日。"


def _kinds(clause: str, upper: str) -> list[tuple[str, str]]:
    return [(c.kind, c.severity) for c in compare(clause, upper).material()]


@pytest.mark.parametrize("clause, upper, kind, severity", [
    # a compensation the article grants, denied: 由……自行承担 (防洪法 第四十五条, H novel_br 地质灾害防治条例)
    ("紧急防汛期调用的物资、设备、交通运输工具，在汛期结束后归还；造成损坏或者无法归还的，由被调用的单位和个人自行承担。", FLOOD,
     "consequence_changed", "error"),
    # … and 不予补偿 (H novel_bq, V novel_an 畜禽规模养殖污染防治条例 第二十五条)
    ("因划定畜禽禁止养殖区域需关闭或者搬迁的养殖场，搬迁费用和经济损失由养殖者自行承担，县人民政府不予补偿。", LIVESTOCK,
     "consequence_changed", "error"),
    # registration against third parties made a condition of validity (海商法 第九条; Z novel_bp 农村土地承包法 第四十一条)
    ("船舶由两个以上的法人、非法人组织或者自然人共有的，应当向船舶登记机关登记；未经登记的，共有关系不发生效力。", SHIP,
     "consequence_changed", "error"),
    ("土地经营权流转期限五年以上的，流转合同自镇农村经营管理站登记之日起生效，未经登记的不发生效力。", LAND,
     "consequence_changed", "error"),
    # an enterprise's consent given to an organ (铁路法 第四十六条), a party's to a villagers' committee (Z novel_bp)
    ("在铁路线路上架设电力、通讯线路，埋置电缆、管道设施，必须经县交通运输局同意，并采取安全防护措施。", RAIL,
     "body_changed", "error"),
    ("受让方经村民委员会同意并向镇农村经营管理站备案后，可以将流转取得的土地经营权再流转给第三方。", RELAY, "body_changed", "error"),
    # a deemed consequence negated (H novel_br 不动产登记暂行条例 第十七条)
    ("登记机构未当场书面告知申请人不予受理的，视为尚未受理，登记期限自申请人补正材料之日起计算。", REGISTRY,
     "consequence_changed", "error"),
    # a filing made a licence (S novel_av), an approval made a filing (K novel_ad)
    ("收购废旧金属的企业和个体工商户，应当在开业前取得县公安局核发的特种行业许可证，未取得的不得收购。", METAL,
     "consequence_changed", "error"),
    ("住宅规模较小或者投标人少于三个的，建设单位可以采用协议方式选聘前期物业服务企业，并在签订合同后十五日内报县住房和城乡建设局备案。",
     ESTATE, "consequence_changed", "warning"),
    # X周岁以前: the greatest age, raised (兵役法 第二十条)
    ("年满十八周岁的男性公民，应当被征集服现役；当年未被征集的，在二十五周岁以前仍可以被征集服现役。", ARMY, "age", "warning"),
    # an exemption made a duty, read on the act (L novel_ai 森林法 第五十六条第二款)
    ("农村居民采伐自留地和房前屋后个人所有的零星林木用于油茶林改造的，应当向乡镇林业工作站申请采伐许可证。", FOREST, "modal", "warning"),
    # a limit of some of the article's listed bearers, lengthened (L novel_ai 保障中小企业款项支付条例 第十六条)
    ("中小企业以应收账款融资的，机关、事业单位应当自中小企业提出确权请求之日起60日内确认债权债务关系。", SME, "time_limit", "error"),
    # a body named for a place is no bearer: the county's notice period shortened (H novel_br 土地管理法实施条例 第二十八条)
    ("征地补偿安置方案拟定后，在拟征收土地所在村、村民小组范围内公告，公告期限为十日。", NOTICE, "time_limit", "warning"),
])
def test_change_kind_read(clause, upper, kind, severity):
    assert (kind, severity) in _kinds(clause, upper)


@pytest.mark.parametrize("clause, upper", [
    # the article's compensation kept, with the county's body that pays it
    ("紧急防汛期调用的物资、设备、交通运输工具，在汛期结束后应当及时归还；造成损坏或者无法归还的，由县防汛抗旱指挥部按照国务院有关规定"
     "给予适当补偿或者作其他处理。", FLOOD),
    # the article's registration effect kept
    (SHIP, SHIP),
    ("流转期限为五年以上的土地经营权，当事人可以向登记机构申请土地经营权登记，未经登记，不得对抗善意第三人。", LAND),
    # the article's consenting body kept, a local step added beside it
    ("在铁路线路上架设电力、通讯线路，必须经铁路运输企业同意，并采取安全防护措施。", RAIL),
    # the deemed consequence kept
    ("登记机构未当场书面告知申请人不予受理的，视为受理。", REGISTRY),
    # the filing kept
    ("收购废旧金属的企业和个体工商户，应当在取得营业执照后15日内向县公安局备案。", METAL),
    # the article's own age
    ("当年未被征集的，在二十二周岁以前仍可以被征集服现役。", ARMY),
    # the exemption kept
    ("农村居民采伐自留地和房前屋后个人所有的零星林木，不需要申请采伐许可证。", FOREST),
    # the same limit
    ("中小企业以应收账款融资的，机关、事业单位应当自中小企业提出确权请求之日起30日内确认债权债务关系。", SME),
    # a list of kinds of matter (登记和许可事项) and a protective prohibition are no licence laid for a filing (V novel_be:113)
    ("办理市场主体登记和许可事项应当遵守下列规定：\n（三）不得要求申请人提供婚育情况证明、计划生育证明等材料，不得将生育情况作为审查内容；",
     REGISTER),
    ("办理市场主体登记、备案事项，不得要求申请人另行取得许可证。", REGISTER),
    # 审批信息 is no approval, 网签备案由……负责 no filing made by the party (Q novel_ap:128)
    ("不动产登记由县自然资源局负责，房屋交易网签备案由县住房和城乡建设局负责，两部门应当实现信息实时共享。",
     "不动产登记有关信息与住房城乡建设、农业、林业、海洋等部门审批信息、交易信息等应当实时互通共享。"),
    # a licence shown (出示……预售许可证明) is no approval step of the clause's filing (D139, 城市房地产开发经营管理条例 第二十六条)
    ("房地产开发企业应当在商品房现售前将房地产开发项目手册及符合商品房现售条件的有关证明文件报送房地产开发主管部门备案。",
     "房地产开发企业预售商品房时，应当向预购人出示商品房预售许可证明。"),
    # 经营许可 is no approval (经 of 经营), and the article's 许可、备案 a list of kinds of information (X novel_bx:11)
    ("市市场监督管理局应当在政务服务网公开第三类医疗器械经营许可的办事指南、申请材料目录和办理时限，并提供网上申请渠道。",
     "负责药品监督管理的部门应当通过国务院药品监督管理部门在线政务服务平台依法及时公布医疗器械许可、备案、抽查检验、违法行为查处"
     "等日常监督管理信息。"),
])
def test_lawful_restatement_not_altered(clause, upper):
    assert [k for k in _kinds(clause, upper) if k[0] in ("consequence_changed", "body_changed", "age", "modal",
                                                          "time_limit")] == []


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in fixture_cases("upperG29.toml")])
def test_upperG29_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
