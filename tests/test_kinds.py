"""Document kinds from the text's own signals (review/kinds.py) and the reviewing office's remit (review/office.py).

One row per signal: synthetic heads first, then real headers of ../shared/data/documents/txt (read-only; skipped
without it).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from review.kinds import region_of
from review.metadata import extract_metadata
from review.office import AGREEMENT, NOT_OURS, Office, remit

DOCS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "documents" / "txt"
needs_docs = pytest.mark.skipif(not DOCS.is_dir(), reason="shared documents not present")


def kind_of(text: str):
    meta = extract_metadata(text, text.split("\n"))
    return meta["kind_info"]


SYNTHETIC = [
    # (id, head, kind, draft, a word of the evidence)
    ("people's-congress regulation", "××市流动人口服务管理条例\n（2011年12月28日××市第十一届人民代表大会常务委员会第三十七次会议通过）\n"
     "第一章 总则\n第一条 为了加强流动人口服务管理，制定本条例。", "地方性法规", "", "常务委员会第三十七次会议通过"),
    ("congress notice", "××市第十二届人民代表大会常务委员会公告\n第1号\n《××市养犬管理条例》已经通过，现予公布。\n第一条 为了规范养犬，制定本条例。",
     "地方性法规", "", "人民代表大会常务委员会公告"),
    ("government order", "××省人民政府令\n第 203 号\n《××省职工生育保险规定》已经省人民政府同意，现予公布，自2015年1月1日起施行。\n省长　张三\n"
     "二〇一四年十月二十日\n××省职工生育保险规定\n第一条 为了保障职工生育期间的基本权益，制定本规定。", "地方政府规章", "", "人民政府令"),
    ("executive meeting and governor", "××市居住证管理办法\n《××市居住证管理办法》已经2016年7月21日市人民政府第64次常务会议通过，现予公布，"
     "自2016年12月1日起施行。\n市长　李四\n2016年8月2日\n第一条 为了规范居住证管理，制定本办法。", "地方政府规章", "", "常务会议通过"),
    # a county government may not make 规章: its "令" is a 规范性文件 in substance
    ("county order", "××县人民政府令\n第 3 号\n《××县城区养犬管理办法》已经县人民政府同意，现予公布。\n县长　王五\n2020年1月1日\n"
     "第一条 为了规范养犬，制定本办法。", "规范性文件", "", "人民政府令"),
    ("ministry order", "城市房地产抵押管理办法\n（1997年5月9日建设部令第56号发布　2001年8月15日修正）\n第一章　总　则\n"
     "第一条　为了加强房地产抵押管理，制定本办法。", "部门规章", "", "建设部令第56号"),
    # an order cited in the body is another instrument's, not this document's
    ("cited order", "关于印发《××市公共租赁住房管理办法》的通知\n××府办〔2013〕3号\n各区人民政府：\n根据《公共租赁住房管理办法》（住房和城乡建设部令第11号），"
     "现印发给你们。\n××市人民政府办公厅\n2013年1月25日\n第一条 为了规范公共租赁住房管理，制定本办法。", "规范性文件", "", "印发"),
    ("state council regulation", "不动产登记暂行条例\n现公布《不动产登记暂行条例》，自2015年3月1日起施行。\n总理　李克强\n2014年11月24日\n"
     "第一条　为整合不动产登记职责，制定本条例。", "行政法规", "", "总理"),
    ("party and government", "中共××市委办公室 ××市人民政府办公室关于印发《××市流动人口居住管理办法》的通知\n××委办发〔2013〕26号\n"
     "各县（市、区）委、人民政府：\n现印发给你们。\n中共××市委办公室　××市人民政府办公室\n2013年3月6日", "党内文件", "", "中共"),
    ("court", "××市中级人民法院关于审理房屋征收案件的指导意见\n各基层人民法院：\n现提出如下意见。\n××市中级人民法院\n2016年5月1日",
     "司法文件", "", "人民法院"),
    ("internal working rules", "××市卫生局行政复议案件审理工作规程\n第一条 为规范我局审理行政复议案件工作，制定本规程。\n"
     "第二条 政策法规处负责具体工作，各处室配合。", "内部工作文件", "", "工作规程"),
    ("guide", "××市积分入户申办指南\n一、申请对象\n二、申请材料\n1.身份证。\n三、办理流程\n四、咨询电话\n", "办事指南", "", "指南"),
    ("annex table", "××市异地务工人员积分指标及分值表\n|指标|分值|\n|初中|20分|", "附件", "", "分值表"),
    ("agreement", "××县房屋征收货币补偿协议书\n征收部门（甲方）：××县住房和城乡建设局\n被征收人（乙方）：＿＿\n甲乙双方协商一致，订立本协议。",
     "合同协议", "", "甲方"),
    # drafts are reviewed as what they will become
    ("draft normative", "××县城区养犬管理办法（送审稿）\n第一条 为了规范养犬行为，制定本办法。", "规范性文件", "送审稿", ""),
    ("draft rule", "省政府法制办就《××省实有人口服务管理办法（修正草案）》公开征求意见\n来源：立法二处\n"
     "××省人民政府法制办公室现将正在审核的《××省实有人口服务管理办法（修正草案）》全文公布。\n第一条 为了加强服务管理，制定本办法。",
     "地方政府规章", "草案", "立法二处"),
    ("draft regulation", "××市物业管理条例（草案）\n第一条 为了规范物业管理活动，制定本条例。", "地方性法规", "草案", ""),
    # a draft whose articles are headed 〔立法目的〕: legislation, not a 规范性文件 (D107, a 省政府规章's revision)
    ("draft with legislative headings", "××省流动人口服务管理办法\n（修订征求意见稿）\n第一条〔立法目的和依据〕　为了加强流动人口服务管理，"
     "根据有关法律、法规，制定本办法。\n第二条〔适用范围〕　本办法适用于本省行政区域。", "地方政府规章", "征求意见稿", "立法目的"),
    # a ministry's rule read without its 令号: the ministry's meeting, the 部令 it replaces, its national scope
    ("ministry meeting", "土地登记办法\n（2007年11月28日国土资源部第5次部务会议审议通过，自2008年2月1日起施行。）\n第一章　总　则\n"
     "第一条　为规范土地登记行为，制定本办法。", "部门规章", "", "国土资源部第5次部务会议审议通过"),
    ("commission meeting", "××资格管理办法\n（2019年3月1日国家卫生健康委员会委务会议审议通过）\n第一条　为规范资格管理，制定本办法。",
     "部门规章", "", "委务会议审议通过"),
    ("replaces a ministry order", "房屋登记办法\n第一条　为了规范房屋登记行为，制定本办法。\n第二条　房屋登记机构办理登记。\n"
     "第九十八条　本办法自2008年7月1日起施行。《城市房屋权属登记管理办法》（建设部令第57号）同时废止。", "部门规章", "",
     "建设部令第57号"),
    ("national scope", "房地产经纪管理办法\n第一章　总 则\n第一条　为了规范房地产经纪活动，制定本办法。\n"
     "第二条　在中华人民共和国境内从事房地产经纪活动，应当遵守本办法。", "部门规章", "", "中华人民共和国境内"),
    ("interpreted by a State Council department", "住宅专项维修资金管理办法\n第一条　为了加强管理，制定本办法。\n"
     "第四十三条　本办法由国务院建设主管部门、财政部门共同解释。", "部门规章", "", "国务院建设主管部门"),
    # a province's own document saying the same is not national
    ("provincial scope", "××省流动人口服务和管理规定\n××省人民政府办公厅\n第一条　为了规范流动人口服务，制定本规定。\n"
     "第二条　本省行政区域内的流动人口服务和管理，适用本规定。", "规范性文件", "", ""),
    # an issuing notice makes a ministry's 办法 a 规范性文件 even with national scope
    ("ministry notice", "住房城乡建设部关于印发《××管理办法》的通知\n建房〔2015〕12号\n各省、自治区住房城乡建设厅：\n现印发给你们。\n"
     "第一条　为了规范管理，制定本办法。\n第二条　在中华人民共和国境内从事××活动，适用本办法。", "规范性文件", "", "建房〔2015〕12号"),
    # a city 办法 that repeals the government's earlier order is the government's 规章 in turn
    ("replaces a government order", "××市经济适用住房管理办法\n第一条　为了规范经济适用住房管理，制定本办法。\n"
     "第五十六条　本办法自2010年1月1日起施行。2008年9月12日发布的《××市经济适用住房管理办法》(市人民政府第191号令)同时废止。",
     "地方政府规章", "", "第191号令"),
    ("replaces a 规范性文件", "××市公共租赁住房管理办法\n第一条　为了规范管理，制定本办法。\n"
     "第三十条　本办法自2016年1月1日起施行。《××市公共租赁住房管理暂行办法》（××府〔2012〕5号）同时废止。", "规范性文件", "", ""),
    ("guide with 所需资料", "××市居住证办理须知\n来××人员申报居住登记\n前置条件\n在本市居住半年以上。\n所需资料\n"
     "一、居民身份证（原件）；", "办事指南", "", "须知"),
    # a web page's 名称 field is the title, not the page's menu
    ("web page title field", "××市流动人口信息网\n首页｜政务公开\n主题分类：通知公告\n发布机构：××市流动人口管理办公室\n"
     "名　　称：××市流动人口管理办公室关于印发《××市居住证办理工作指引》的通知\n各镇区：\n现印发给你们。\n一、申请材料\n"
     "二、办理流程\n", "办事指南", "", "指引"),
    # … the same guide issued by a notice with a 文号 binds everyone it sets conditions for: a normative document (D016)
    ("guide issued with a 文号", "××市流动人口管理办公室关于印发《××市居住证办理工作指引》的通知\n××流管办〔2016〕71号\n各镇区：\n"
     "现将《××市居住证办理工作指引》印发给你们，并于7月1日起正式实施。\n一、申请材料\n二、办理流程\n", "规范性文件", "",
     "流管办〔2016〕71号"),
    ("plain notice", "××市住房和建设局关于公共租赁住房轮候的通知\n××建〔2014〕12号\n各区住房保障部门：\n现就有关事项通知如下。\n"
     "本通知自印发之日起施行，有效期5年。", "规范性文件", "", "建〔2014〕12号"),
]


@pytest.mark.parametrize("head, kind, draft, evidence", [r[1:] for r in SYNTHETIC], ids=[r[0] for r in SYNTHETIC])
def test_kind_from_signals(head, kind, draft, evidence):
    got = kind_of(head)
    assert got.kind == kind, got.describe()
    assert got.draft == draft
    if evidence:
        assert any(evidence in e for e in got.evidence), got.evidence
    assert got.describe().startswith(got.label)


@pytest.mark.parametrize("name, region, level", [
    ("深圳市住房和建设局", "深圳市", "市"),
    ("广东省人力资源和社会保障厅", "广东省", "省"),
    ("深圳市福田区人民政府", "深圳市福田区", "县"),
    ("广州市住房保障办公室", "广州市", "市"),                # 广州市, not 广州 + 市
    ("重庆市人民政府", "重庆市", "省"),                      # a municipality is of provincial level
    ("国土资源部", "", "国家"),
    ("中共温州市委办公室", "温州市", "市"),
    ("成都市建筑施工企业非本市户籍农民工参加社会保险试行办法", "成都市", "市"),   # not "…企业非本市"
    ("办法省政府令第175号", "", ""),                         # no region before 省政府
])
def test_region_of(name, region, level):
    assert region_of(name) == (region, level)


def _kind(kind: str, region: str = "", level: str = "", branch: str = "政府"):
    from review.kinds import DocKind, Issuer

    return DocKind(kind, issuer=Issuer(name=region + "人民政府", region=region, level=level, branch=branch))


@pytest.mark.parametrize("kind, office, ours, group", [
    # the office's own government and its departments
    (_kind("规范性文件", "深圳市", "市"), "深圳市", True, ""),
    (_kind("地方政府规章", "深圳市", "市"), "深圳", True, ""),
    # a higher or another region's government document
    (_kind("规范性文件", "广东省", "省"), "深圳市", False, NOT_OURS),
    (_kind("规范性文件", "东莞市", "市"), "深圳市", False, NOT_OURS),
    # never the office's own, with or without an office
    (_kind("地方性法规", "深圳市", "市", "人大"), "深圳市", False, NOT_OURS),
    (_kind("地方性法规", "深圳市", "市", "人大"), None, False, NOT_OURS),
    (_kind("规范性文件", "", "国家"), None, False, NOT_OURS),
    (_kind("党内文件", "深圳市", "市", "联合"), "深圳市", False, NOT_OURS),
    (_kind("合同协议", "深圳市", "市"), "深圳市", False, AGREEMENT),
    # without an office a government document of any region is taken as the office's own
    (_kind("规范性文件", "广东省", "省"), None, True, ""),
    # a ministry's rule is a national body's even when the text names no ministry
    (_kind("部门规章"), None, False, NOT_OURS),
    # an office known by its level (a sweep's inferred office): a higher body's document is not its own
    (_kind("规范性文件", "内蒙古自治区", "省"), Office("", "市", True), False, NOT_OURS),
    (_kind("地方政府规章", "陕西省", "省"), Office("", "市", True), False, NOT_OURS),
    (_kind("规范性文件", "北京市", "省"), Office("", "市", True), True, ""),    # a 直辖市 is a city
    (_kind("规范性文件", "惠州市", "市"), Office("", "市", True), True, ""),    # any city: the region is unknown
    (_kind("规范性文件", "惠州市", "市"), Office("", "县", True), False, NOT_OURS),
    # an archive of several cities' documents: a higher body's document is not ours when it stands above one of them
    (_kind("规范性文件", "广东省", "省"), Office("", "市", True, ("东莞市", "深圳市")), False, NOT_OURS),
    (_kind("规范性文件", "内蒙古自治区", "省"), Office("", "市", True, ("鄂尔多斯市", "深圳市")), False, NOT_OURS),
    (_kind("规范性文件", "广州市", "市"), Office("", "县", True, ("广州市番禺区",)), False, NOT_OURS),
    # … and disposed of as its own office would when no office of the archive is under it
    (_kind("规范性文件", "吉林省", "省"), Office("", "市", True, ("东莞市", "深圳市")), True, ""),
    (_kind("地方政府规章", "新疆维吾尔自治区", "省"), Office("", "市", True, ("鄂尔多斯市",)), True, ""),
    (_kind("规范性文件", "深圳市", "市"), Office("", "县", True, ("广州市番禺区",)), True, ""),
    # … a provincial body whose province the text does not name is still above the office
    (_kind("规范性文件", "", "省"), Office("", "市", True, ("深圳市",)), False, NOT_OURS),
    # an office the user names: every higher or other region's document is not its own
    (_kind("规范性文件", "吉林省", "省"), "深圳市", False, NOT_OURS),
])
def test_remit(kind, office, ours, group):
    r = remit(kind, Office.parse(office) if isinstance(office, str) else office)
    assert (r.ours, r.group) == (ours, group)
    assert r.ours or r.reason


# D100 (温委办发〔2013〕26号): signed by the 市委办公室 and the 市政府办公室 — the government's part is the office's,
# cleaned up with the party office (the round-6 labellers: "政府法制部门就政府部分提出废止意见")
_JOINT = "中共温州市委办公室、温州市人民政府办公室"


@pytest.mark.parametrize("name, office, ours, says", [
    (_JOINT, "温州市", True, "会同中共温州市委办公室联合清理"),
    (_JOINT, Office("", "市", True, ("温州市", "深圳市")), True, "政府部分属本级清理对象"),
    # … not the government part of another city's office: another region's document
    (_JOINT, "深圳市", False, "党内或者党政联合文件"),
    # a party body alone, or a higher party-and-ministry document (D136: 国土资源部、中央编办), stays apart
    ("中共温州市委办公室", "温州市", False, "党内或者党政联合文件"),
    ("国土资源部、中央机构编制委员会办公室", "温州市", False, "国家机关"),
])
def test_the_government_part_of_a_joint_document(name, office, ours, says):
    from review.kinds import PARTY, DocKind, Issuer, _branch, region_of

    region, level = region_of(name.split("、")[0])
    kind = DocKind(PARTY, issuer=Issuer(name=name, region=region, level=level, branch=_branch(name)))
    r = remit(kind, Office.parse(office) if isinstance(office, str) else office)
    assert r.ours is ours and says in r.reason


def _doc(kind: str, region: str = "", level: str = "", branch: str = "政府"):
    from review.kinds import DocKind, Issuer

    return DocKind(kind, issuer=Issuer(region=region, level=level, branch=branch))


@pytest.mark.parametrize("kinds, office", [
    # most government documents are a city's or a county's: a city office's archive, region unknown when mixed
    # (with the regions of those documents: an office above none of them is not above the archive's offices)
    ([_doc("规范性文件", "深圳市", "市"), _doc("规范性文件", "东莞市", "市"), _doc("规范性文件", "北京市", "省"),
      _doc("规范性文件", "广东省", "省")], Office("", "市", True, ("东莞市", "北京市", "深圳市"))),
    # … a named city's when two thirds of them are that city's
    ([_doc("规范性文件", "深圳市", "市")] * 3 + [_doc("规范性文件", "广州市", "市"), _doc("规范性文件", "广东省", "省")],
     Office("深圳市", "市", True)),
    # mostly provincial: nothing is inferred (every government document stays the office's own)
    ([_doc("规范性文件", "广东省", "省")] * 3 + [_doc("规范性文件", "深圳市", "市")], None),
    # national, 人大 and party documents and agreements tell nothing about whose archive it is
    ([_doc("部门规章", "", "国家")] * 5 + [_doc("地方性法规", "湖北省", "省", "人大")] * 5 +
     [_doc("规范性文件", "深圳市", "市")] * 2, None),
    ([], None),
])
def test_infer_office(kinds, office):
    from review.office import infer_office

    assert infer_office(kinds) == office


@pytest.mark.parametrize("title, issuer, forwarded", [
    ("广州市人民政府办公厅转发省人力资源和社会保障厅关于做好积分入户工作意见的通知", ("广州市", "市"), "省人力资源和社会保障厅"),
    ("××县人民政府办公室转发国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知", ("××县", "县"), "国务院办公厅"),
    # a government office passing on its own department's 意见 issues it as its own document
    ("广东省人民政府办公厅转发省国土资源厅关于深化征地制度改革意见的通知", ("广东省", "省"), ""),
    ("××市人民政府办公室关于印发《××市公共租赁住房管理办法》的通知", ("××市", "市"), ""),
])
def test_forwards_higher(title, issuer, forwarded):
    from review.kinds import Issuer, forwards_higher

    assert forwards_higher(title, Issuer(region=issuer[0], level=issuer[1])) == forwarded


REAL = [
    # (file prefix, kind, draft, issuer region) — headers of real documents (dev set only)
    ("D052_", "地方性法规", "", "杭州市"),
    ("D094_", "地方性法规", "", "湖北省"),
    ("D110_", "地方性法规", "", "深圳市"),
    ("D057_", "地方政府规章", "", "福建省"),
    ("D041_", "规范性文件", "", "东莞市"),   # 东莞市人民政府令 of 2013: 东莞 was no 较大的市 before the 2015 立法法
    ("D106_", "地方政府规章", "草案", "辽宁省"),
    ("D065_", "规范性文件", "", "天津市"),            # 津政发 印发: a 规范性文件 although about 居住证
    ("D050_", "规范性文件", "", "广东省"),
    ("D118_", "内部工作文件", "", "深圳市"),
    ("D136_", "党内文件", "", ""),
    ("D038_", "办事指南", "", "东莞市"),
    ("D165_", "合同协议", "", "北京市"),
    ("D133_", "行政法规", "", ""),
    ("D132_", "部门规章", "", ""),       # 国土资源部第5次部务会议审议通过
    ("D141_", "部门规章", "", ""),       # replaces 建设部令第57号
    ("D107_", "地方政府规章", "征求意见稿", "陕西省"),   # 第一条〔立法目的和依据〕
    ("D023_", "规范性文件", "", "惠州市"),     # cites 《广东省城镇住房保障办法》（广东省人民政府令第181号）: not its own order
    ("D082_", "地方政府规章", "", "武汉市"),   # replaces 市人民政府第191号令
    ("D079_", "办事指南", "", "成都市"),
    ("D013_", "规范性文件", "", ""),     # opens with 第一条: its 申报指南 section is not its title
    ("D062_", "规范性文件", "", "上海市"),   # 2016年上海市内户口迁移政策……规定, no 落款: the region after the year
    # 规章 whose copies kept only the articles (no 令号, no 公布语): read from their form, the evidence called weak
    ("D113_", "地方政府规章", "", "吉林省"),   # 根据国务院《居住证暂行条例》, 自２０１６年４月１５日起施行
    ("D143_", "地方政府规章", "", "深圳市"),
    ("D144_", "地方政府规章", "", "深圳市"),
    ("D145_", "地方政府规章", "", "深圳市"),   # 根据《深圳市保障性住房条例》
    ("D146_", "地方政府规章", "", "深圳市"),
    # the same form with one sign of a 规范性文件 stays one
    ("D084_", "规范性文件", "", "郑州市"),     # 落款 郑州市人民政府办公厅: an office makes no 规章
    ("D097_", "规范性文件", "", "苏州市"),     # rests on no law or 法规 (结合本市实际, 制定本办法)
    ("D153_", "规范性文件", "", "深圳市"),     # 自发布之日起施行: no stated date
    ("D081_", "规范性文件", "", "武汉市"),     # rests on a 文号 document (武政办【2008】178号)
    # a work plan sent to the cities' governments: targets, measures, duties, nothing for the public to do
    ("D162_", "内部工作文件", "", ""),
    ("D078_", "规范性文件", "", "南京市高淳区"),   # an 入学工作实施方案 with 报名 requirements and 材料: binds the public
    # unlabelled documents (round 10): the order number before 令 (北京市人民政府第11号令发布); a compilation of the
    # legal channels each department listed (将各单位的清单进行汇编，印制成本册): it quotes laws, it sets nothing
    ("D073_", "地方政府规章", "", "北京市"),
    ("D124_", "办事指南", "", ""),
    # a 规章 whose web copy kept only the articles, resting on the laws named as a class (根据国家有关法律、法规的规定)
    ("D101_", "地方政府规章", "", "湖南省"),
]


@needs_docs
@pytest.mark.parametrize("prefix, kind, draft, region", REAL, ids=[r[0].strip("_") for r in REAL])
def test_real_headers(prefix, kind, draft, region):
    from review.readers import read_document

    [path] = sorted(DOCS.glob(prefix + "*"))
    got = read_document(path).kind_info
    assert (got.kind, got.draft, got.issuer.region) == (kind, draft, region), got.describe()
    if prefix in ("D113_", "D143_", "D144_", "D145_", "D146_", "D101_"):
        assert "依据较弱" in got.note and "未见令号" in got.note, got.describe()
    if kind in ("部门规章", "行政法规"):
        assert got.issuer.level == "国家", got.issuer


# ---------------------------------------------------------------- which rules a kind gets

RULE_TEXT = ("××市人民政府令\n第 5 号\n《××市养犬管理办法》已经市人民政府第10次常务会议通过，现予公布，自2024年1月1日起施行。\n市长　赵六\n"
             "2023年12月1日\n××市养犬管理办法\n第一条 为了规范养犬行为，制定本办法。\n"
             "第二条 违反本办法规定携犬出户未系犬绳的，由公安机关给予警告，并处二百元罚款。\n"
             "第三条 情节严重的，吊销其养犬登记证。\n第四条 本办法自2024年1月1日起施行。")
REGULATION_TEXT = ("××市养犬管理条例\n（2023年10月1日××市第十六届人民代表大会常务委员会第十次会议通过）\n"
                   "第一条 为了规范养犬行为，制定本条例。\n第二条 违反本条例规定的，处二百元罚款。\n第三条 本条例自2024年1月1日起施行。")


def _review(text, corpus):
    from review.engine import ReviewOptions, review_document
    from review.metadata import apply_metadata
    from review.readers import build_document
    from review.rules import load_packs

    doc = apply_metadata(build_document("x.txt", text.split("\n"), "text"))
    return review_document(doc, corpus, load_packs(), ReviewOptions(as_of="2026-12-01", upper_law=False))


def test_a_rule_may_set_a_warning_and_a_fine_not_a_revocation(corpus):
    op = _review(RULE_TEXT, corpus)
    assert op.document.kind == "地方政府规章"
    rules = {f.rule for f in op.findings}
    assert not {r for r in rules if r.startswith("C-PENALTY")}, rules     # 警告、罚款: within 行政处罚法 第十四条
    assert "R-RULE-PENALTY" in rules                                       # 吊销: not a 规章's to set
    assert not {r for r in rules if r.startswith("P-VALIDITY")}            # a 规章 carries no 有效期
    assert op.conclusion != "不予通过"


def test_a_local_regulation_has_no_validity_requirement(corpus):
    op = _review(REGULATION_TEXT, corpus)
    assert op.document.kind == "地方性法规"
    assert not [f for f in op.findings if f.category in ("validity", "penalty")]
    assert op.conclusion == "非本级文件"       # a 人大 regulation is never the government office's own


LICENSE = "第二条　在城区开办婚介服务机构，须经区民政局审核批准，领取《婚介服务登记证》后方可营业。\n第三条　本办法自2026年1月1日起施行。"


@pytest.mark.parametrize("head, kind, setting, validity", [
    # a 规范性文件 and its draft: the 设定 rules and an 有效期
    ("某市婚介服务管理办法\n某市人民政府办公室\n第一条　为了规范婚介服务，制定本办法。\n", "规范性文件", True, True),
    ("某市婚介服务管理办法（征求意见稿）\n第一条　为了规范婚介服务，制定本办法。\n", "规范性文件", True, True),
    # a 规章 (of a government, of a ministry): neither; its penalties go to R-RULE-PENALTY
    ("某市婚介服务管理办法\n（2020年5月1日市人民政府第10次常务会议通过，现予公布）\n市长　赵六\n"
     "第一条　为了规范婚介服务，制定本办法。\n", "地方政府规章", False, False),
    ("婚介服务管理办法\n（2020年5月1日民政部第3次部务会议审议通过）\n第一条　为了规范婚介服务，制定本办法。\n",
     "部门规章", False, False),
])
def test_setting_and_validity_rules_by_kind(corpus, head, kind, setting, validity):
    op = _review(head + LICENSE, corpus)
    assert op.document.kind == kind, op.document.kind_info.describe()
    rules = {f.rule for f in op.findings}
    assert ("C-LICENSE-01" in rules) == setting, rules
    assert ("P-VALIDITY-MISSING" in rules) == validity, rules


@pytest.mark.parametrize("region, province", [
    ("深圳市福田区", "广东省"),        # a district: its city's province
    ("广东省深圳市", "广东省"),        # the province named first
    ("鄂尔多斯市", "内蒙古自治区"),
    ("吉林市", "吉林省"),              # a city named like its province
    ("延边朝鲜族自治州", "吉林省"),    # an autonomous prefecture
    ("北京市朝阳区", ""),              # a 直辖市's district stands under no province
    ("梧溪县", ""),                    # a county whose city is not named: unknown
])
def test_province_of(region, province):
    from review.office import province_of

    assert province_of(region) == province


def test_every_prefecture_is_listed_once():
    import tomllib

    from review.office import PREFECTURES

    data = tomllib.loads(PREFECTURES.read_text(encoding="utf-8"))["province"]
    names = [c for cities in data.values() for c in cities]
    assert len(names) == len(set(names))
    assert all(p.endswith(("省", "自治区")) for p in data)
    assert all(c.endswith(("市", "州", "盟", "地区")) for c in names)


@pytest.mark.parametrize("region, level, date, may", [
    ("吉林省", "省", "", True),
    ("深圳市", "市", "2009-05-01", True),          # 经济特区所在地的市
    ("苏州市", "市", "2001-01-01", True),          # approved by the 国务院
    ("东莞市", "市", "2013-09-12", False),         # a 地级市 without the power before the 2015 amendment
    ("东莞市", "市", "2016-01-01", True),
    ("惠州市", "市", "", None),                    # depends on a date the text does not give
    ("深圳市福田区", "县", "2020-01-01", False),
])
def test_may_make_rules(region, level, date, may):
    from review.kinds import may_make_rules

    assert may_make_rules(region, level, date) is may


RULE_ARTICLES = "".join(f"第{n}条　……\n" for n in "三四五六七八九十")
RULE_FORM = ("深圳市某某登记暂行办法\n第一章　总则\n第一条　为了规范某某登记，根据《中华人民共和国物权法》，结合本市实际，制定本办法。\n"
             "第二条　本办法适用于本市行政区域内的某某登记。\n" + RULE_ARTICLES + "第十一条　本办法自2010年3月1日起施行。\n")


@pytest.mark.parametrize("text, kind", [
    (RULE_FORM, "地方政府规章"),
    (RULE_FORM.replace("起施行。", "起施行，有效期5年。"), "规范性文件"),
    (RULE_FORM.replace("第十一条", "第十一条　本办法由市住房和建设局负责解释。\n第十二条"), "规范性文件"),
    (RULE_FORM.replace("根据《中华人民共和国物权法》", "根据《关于加强某某管理的通知》（深府〔2009〕1号）"), "规范性文件"),
    (RULE_FORM.replace("自2010年3月1日起施行", "自发布之日起施行"), "规范性文件"),
    (RULE_FORM.replace("深圳市", "宝安县"), "规范性文件"),
    (RULE_FORM.replace("深圳市", "惠州市"), "规范性文件"),    # a city whose power depends on a date: the text gives 2010
])
def test_a_rule_without_its_order(text, kind):
    got = kind_of(text)
    assert got.kind == kind, got.describe()


@needs_docs
def test_an_old_style_year_bracket_is_no_breadcrumb():
    from review.readers import read_document

    # the text opens with its 主送 and notice; the plan's own title line carries 粤发<2006>24号
    [path] = sorted(DOCS.glob("D162_*"))
    assert read_document(path).title == "贯彻落实粤发<2006>24号文件完善住房保障制度具体实施方案"


WORK_PLAN = ("某市推进住房保障工作实施方案\n一、工作目标\n到2010年，基本解决低收入家庭住房困难。\n二、具体措施\n"
             "（一）各区要加快廉租住房建设，年度竣工面积不低于5%。\n三、职责分工\n市住房保障部门负责统筹协调；市财政部门负责落实资金。\n")


@pytest.mark.parametrize("text, kind", [
    (WORK_PLAN, "内部工作文件"),
    # the same plan with a procedure for the public binds it: a normative document
    (WORK_PLAN.replace("市财政部门负责落实资金。", "市财政部门负责落实资金。申请人应当提交户籍证明和收入证明。"), "规范性文件"),
    # no duties: a plan of measures may bind anyone it addresses
    (WORK_PLAN.replace("三、职责分工", "三、其他"), "规范性文件"),
])
def test_a_work_plan(text, kind):
    assert kind_of(text).kind == kind, kind_of(text).describe()
