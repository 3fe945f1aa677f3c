"""Round 19, issue 9 (docs19): agency places and a validity case the labelled real documents hold and the reading missed
(recall), each with its lawful look-alike.

* the website of a body that is gone as the place where it publishes (在市国土房管局网站上公示; D003 第十条至第十二条, D004
  附件4): the body acts there; a source line (来源：市环保局网站) and the title of its document do not (``agencies.PUBLISHES``);
* a list of departments joined by 与 (卫生和计划生育与价格主管部门公布的标准; D024 第七十六条), after 于 of a comparison, and the
  bare short form 卫计 (公安、住建、卫计等行政部门; D045 第三十七条) — not 关于/属于, not a matter (卫生与计划生育工作);
* 计划生育部门 as the body that certifies (经计划生育部门认定为失独家庭的; D028) — not 计划生育技术服务机构, not 卫生健康（计划
  生育）部门; 农业部 as the body reported to (报农业部备案; D135) — not 农业部门, 农业部署; 国土规划委 in a list of bodies (D092);
* a table column of bodies headed 负责审核单位 / 核发部门或机构 (D012 附件2): its cells (市国土和房屋管理部门, 市地税部门) are
  content, read as clauses (``clauses._BODY_COLUMN``); a column of names without such a heading (a web page's links) is not;
* an 有效期 stated as a term with no date to count it from (D013 第十七条: 本办法自印发之日起实施，有效期2年, a page without its
  落款): in a cleanup, P-VALIDITY-UNDATED asks for the date (``validity.undated``); the disposition stays "请核对发布日期".

Rows are from tests/fixtures/rewordings/docs19.toml and the real documents; the real excerpts are read from
../shared/data/documents/txt and go through the whole review."""

from __future__ import annotations

import pytest

from tests.real_lines import AS_OF, DOCS, document_line, review_lines
from tests.rule_rows import check_row, rule_rows

needs_docs = pytest.mark.skipif(not DOCS.is_dir(), reason="../shared/data/documents 不存在")

ROWS = [
    # the old body's website where it publishes; a source line, the current body's website, history
    ("AG-LAND", "将经复核合格的申请对象情况在市国土房管局网站上公示。", True),                       # D003 第十条
    ("AG-LAND", "公示期满后，市住房保障部门应当将结果在市国土房管局网站予以公告。", True),           # D003 第十二条
    ("AG-POP-FP", "审核合格的申请人名单，在县人口计生局网站上公示七日。", True),
    ("AG-QTS", "评审结果由市质监局网站予以公告，接受社会监督。", True),
    ("AG-ENV", "来源：市环保局网站。", False),
    ("AG-AIC", "原市工商局网站公布的企业名录，由市市场监督管理局统一迁移维护。", False),
    ("AG-AIC", "详见《市工商局网站管理办法》。", False),
    # departments joined by 与, after 于; bare 卫计
    ("AG-HEALTH-FP", "非营利性医疗机构的收费不得高于卫生和计划生育与价格主管部门公布的同级医疗机构标准。", True),   # D024
    ("AG-HEALTH-FP", "收费标准不得高于卫生计生与价格主管部门公布的同级医疗机构标准。", True),
    ("AG-HEALTH-FP", "由教育、卫计、民政等部门按照职责分工做好留守儿童关爱工作。", True),
    ("AG-HEALTH-FP", "收费标准不得高于卫生健康与医疗保障部门公布的同级医疗机构标准。", False),
    ("AG-HEALTH-FP", "乡镇人民政府应当把卫生与计划生育工作纳入年度考核。", False),
    ("AG-AIC", "食品药品监管与工商部门应当联合开展农村集贸市场专项检查。", True),
    ("AG-AIC", "本条所称经营场所，是指属于工商、税务登记范围的场所。", False),
    # 计划生育部门; 农业部; 国土规划委
    ("AG-POP-FP", "经区计划生育部门认定的计划生育特殊家庭，优先安排入住养老机构。", True),
    ("AG-POP-FP", "独生子女父母奖励金由乡镇计划生育部门按年度审核发放。", True),
    ("AG-POP-FP", "计划生育技术服务机构应当向育龄群众免费提供避孕药具。", False),
    ("AG-POP-FP", "经区卫生健康（计划生育）部门认定的计划生育特殊家庭，优先安排入住养老机构。", False),
    ("AG-AGRI", "各省确定的示范县名单，报农业部备案。", True),
    ("AG-AGRI", "各乡镇要抓好春耕生产和农业部署，确保粮食面积稳定。", False),
    ("AG-AGRI", "根据《农业部关于加强农产品质量安全监管工作的意见》，制定本实施办法。", False),
    ("AG-AGRI", "由县农业部门负责农机购置补贴的审核发放。", False),
    ("AG-LAND", "市住房城乡建设委牵头，市发展改革委、市国土规划委配合。", True),
    # the makers of a document and the technical rules they issued; a meeting held on a day (D135, D045)
    ("AG-AGRI", "各地要按照农业部、国家档案局制发的《农村土地承包经营权确权登记颁证档案管理办法》，做好档案管理工作。", False),
    ("AG-AGRI", "确权登记数据库按照农业部制发的相关规范和标准建设。", False),
    ("AG-PRICE", "服务收费按照市物价局制定的收费标准执行。", True),
    ("AG-PRICE", "开发建设单位办理销售许可证时，还需提供市物价局制发的销售价格通知。", True),          # D067 第十一条
    ("AG-HEALTH-FP", "市流管办于6月6日召开座谈会，市教育、公安、人社、住建、卫计等部门负责人参加。", False),
    ("AG-HEALTH-FP", "建立由公安、住建、卫计等部门参加的联席会议制度，每季度召开一次会议。", True),
    ("AG-LAND", "原市国土规划委承担的规划管理职责，现由市规划和自然资源局履行。", False),
]


@rule_rows(ROWS)
def test_docs19_rows(rule_id, text, expected):
    check_row(rule_id, text, expected)


def _flagged(opinion, category: str) -> list[str]:
    return [f"{f.rule} {f.quote}" for f in opinion.findings if f.category == category and f.severity in ("warning", "error")]


def _places(opinion, category: str) -> list[str]:
    """Every place an agency finding names: its own quote and the places folded into it (one finding per old body)."""
    out = []
    for f in opinion.findings:
        if f.category == category and f.severity in ("warning", "error"):
            out.append(f.quote)
            out += [p.get("quote", "") for p in f.detail.get("folded") or ()]
    return out


@needs_docs
def test_real_website_where_the_old_body_publishes(corpus):
    """D003 第十条、第十二条: the list is published on the old body's website (labelled problems)."""
    text = ("某市公共租赁住房保障办法\n"
            + "第一条　" + document_line("D003", "在市国土房管局网站上公示").split("　", 1)[-1] + "\n"
            + "第二条　" + document_line("D003", "公示期满后，市住房保障部门应当将结果").split("　", 1)[-1] + "\n")
    found = _flagged(review_lines(text, corpus), "agency")
    assert found and all("AG-LAND" in f for f in found), found


@needs_docs
def test_real_departments_joined_by_yu(corpus):
    """D024 第七十六条 (卫生和计划生育与价格主管部门) and D045 第三十七条 (卫计, bare): labelled problems."""
    text = ("某市医疗保险办法\n"
            + "第一条　" + document_line("D024", "于卫生和计划生育与价格主管部门公布的").split("条", 1)[-1].strip() + "\n"
            + document_line("D045", "公安、住建、卫计等行政部门") + "\n")
    found = _places(review_lines(text, corpus), "agency")
    assert any("卫生和计划生育" in q for q in found), found
    assert any("卫计" in q for q in found), found


@needs_docs
def test_real_table_column_of_bodies(corpus):
    """D012 附件2: the cells of the 负责审核单位 column name the bodies that check each certificate; the old ones are
    labelled problems (市国土和房屋管理部门, 市地税部门). The table as the document gives it, cell by cell."""
    from review.clauses import split_clauses
    from review.readers import read_document

    [path] = DOCS.glob("D012_*.txt")
    doc = read_document(path)
    texts = [c.text for c in split_clauses(doc)]
    assert "市国土和房屋管理部门" in texts and "市地税部门" in texts, texts[-12:]
    from review.engine import ReviewOptions, review_document
    from review.rules import load_packs

    opinion = review_document(doc, corpus, load_packs(), ReviewOptions(as_of=AS_OF, upper_law=False))
    found = _places(opinion, "agency")
    assert "市国土和房屋管理部门" in found and "市地税部门" in found, found


def test_column_of_names_without_a_heading_is_no_table():
    """A web page's footer links (D029, D030: 地方税务局, 监察局, 法制办公室 one a line) head no column of bodies: they
    stay out of the clauses, as before."""
    from review.clauses import split_clauses
    from review.metadata import apply_metadata
    from review.readers import build_document

    lines = ["某市生育保险办法", "第一条　为保障职工生育权益，制定本办法。", "第二条　本办法自发布之日起施行。",
             "相关链接", "地方税务局", "监察局", "法制办公室"]
    doc = apply_metadata(build_document("t.txt", lines, "text"))
    assert not any(c.text in ("地方税务局", "监察局", "法制办公室") for c in split_clauses(doc))
    lines = lines[:3] + ["附件", "材料及审核单位一览表", "证明材料", "负责审核单位", "纳税证明", "市地税部门"]
    doc = apply_metadata(build_document("t.txt", lines, "text"))
    assert any(c.text == "市地税部门" for c in split_clauses(doc))


@needs_docs
def test_real_validity_term_without_a_date(corpus):
    """D013 第十七条 (labelled error, high): 有效期2年 on a page without its date — the sweep asks for the date; the
    disposition says "请核对发布日期" and does not count the finding as a problem to amend (alone it is 待核实)."""
    from review.disposition import CHECK, DocMeta, decide
    from review.engine import ReviewOptions, review_document
    from review.metadata import apply_metadata
    from review.readers import build_document
    from review.rules import load_packs

    line = document_line("D013", "有效期2年")
    lines = ["某市积分制入户管理办法", "第一条　为规范积分制入户工作，制定本办法。", "第二条　积分入户工作由市发展改革部门统筹协调。", line]
    doc = apply_metadata(build_document("t.txt", lines, "text"))
    sweep = review_document(doc, corpus, load_packs(), ReviewOptions(as_of=AS_OF, upper_law=False, topics=("validity",)))
    undated = [f for f in sweep.findings if f.rule == "P-VALIDITY-UNDATED"]
    assert len(undated) == 1 and "有效期2年" in undated[0].quote and undated[0].severity == "warning", sweep.findings
    disp = decide(DocMeta.of(sweep.document), sweep.findings, AS_OF, sweep.remit)
    assert disp.action == CHECK and "请核对发布日期" in disp.reasons[0], disp
    # a review of one document (a draft, most likely) is not asked for a date
    review = review_document(doc, corpus, load_packs(), ReviewOptions(as_of=AS_OF, upper_law=False))
    assert not [f for f in review.findings if f.rule == "P-VALIDITY-UNDATED"]
    # a dated document counts its term (expired: P-VALIDITY-EXPIRED, no UNDATED)
    dated = apply_metadata(build_document("t.txt", lines + ["某市人民政府", "2014年9月1日"], "text"))
    rules = [f.rule for f in review_document(dated, corpus, load_packs(),
                                             ReviewOptions(as_of=AS_OF, upper_law=False, topics=("validity",))).findings]
    assert "P-VALIDITY-UNDATED" not in rules and "P-VALIDITY-EXPIRED" in rules, rules
